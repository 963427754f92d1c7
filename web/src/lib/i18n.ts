/**
 * Vietnamese first, English second. Both catalogues are bundled (they are a few kB) so switching is instant
 * and the login page works offline from the cache. The chosen language is remembered in the browser for the
 * login page and saved to the account (PUT /api/me/language) once signed in.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import vi from '../i18n/vi.json';
import en from '../i18n/en.json';
import type { Language } from './types';
import { setFallbackMessages, setRequestLanguage } from './api';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi };
  }
}

const STORAGE_KEY = 'tiepdan.language';

export function isLanguage(value: unknown): value is Language {
  return value === 'vi' || value === 'en';
}

function storedLanguage(): Language {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return isLanguage(v) ? v : 'vi';
  } catch {
    return 'vi';
  }
}

/** Everything outside React that depends on the language follows i18next's current one. */
function applySideEffects(lng: Language): void {
  dayjs.locale(lng);
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
  setRequestLanguage(lng);
  setFallbackMessages({
    network: i18n.t('errors.network'),
    unknown: i18n.t('errors.unknown'),
    throttled: i18n.t('errors.throttled'),
  });
}

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'vi',
  supportedLngs: ['vi', 'en'],
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});
applySideEffects(currentLanguage());

i18n.on('languageChanged', (lng) => {
  if (isLanguage(lng)) applySideEffects(lng);
});

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'vi';
}

export async function setLanguage(lng: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Private mode may refuse storage; the choice still applies to this tab.
  }
  if (i18n.language !== lng) await i18n.changeLanguage(lng);
}

export default i18n;

/**
 * Looks up a key built at run time from server data (an audit action code such as `unit.merged`);
 * undefined when the catalogue has no entry, so the caller can fall back to the raw code.
 */
export function translateDynamic(key: string): string | undefined {
  if (!i18n.exists(key)) return undefined;
  const value: unknown = (i18n.t as unknown as (k: string, o: { returnObjects: boolean }) => unknown)(key, { returnObjects: true });
  return typeof value === 'string' ? value : undefined;
}
