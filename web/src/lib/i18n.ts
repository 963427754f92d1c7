/**
 * Vietnamese first, English second. Only the language in use is downloaded, and only the strings of the screens
 * opened so far: the login route carries the shared and login strings of one language (`base`, with antd's and
 * dayjs's locale); each area of screens brings its own strings when its route loads; switching language fetches
 * the new language's share of what is already loaded before the switch, so no screen ever shows a bare key.
 * The chosen language is remembered in the browser for the login page and saved to the account
 * (PUT /api/me/language) once signed in.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import type { Locale } from 'antd/es/locale';
import type base from '../i18n/vi/base.json';
import type shell from '../i18n/vi/shell.json';
import type admin from '../i18n/vi/admin.json';
import type people from '../i18n/vi/people.json';
import type calendar from '../i18n/vi/calendar.json';
import type periods from '../i18n/vi/periods.json';
import type records from '../i18n/vi/records.json';
import type { Language } from './types';
import { setFallbackMessages, setRequestLanguage } from './api';

/** The catalogue's parts, by the screens that use them; each top-level key lives in exactly one part. */
interface Parts {
  base: typeof base;
  shell: typeof shell;
  admin: typeof admin;
  people: typeof people;
  calendar: typeof calendar;
  periods: typeof periods;
  records: typeof records;
}
/** Parts a route asks for; `base` is always there. */
export type Area = Exclude<keyof Parts, 'base'>;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // Keys are checked against the whole catalogue; which part is loaded when is the router's business.
    resources: { translation: Parts['base'] & Parts['shell'] & Parts['admin'] & Parts['people'] & Parts['calendar'] & Parts['periods'] & Parts['records'] };
  }
}

interface Pack {
  base: Parts['base'];
  antdLocale: Locale;
}

// Written out (not a glob) so each English part is type-checked against its Vietnamese original.
const PACKS: Record<Language, () => Promise<Pack>> = {
  vi: () => import('../i18n/vi/pack'),
  en: () => import('../i18n/en/pack'),
};
const AREAS: { [L in Language]: { [A in Area]: () => Promise<{ default: Parts[A] }> } } = {
  vi: {
    shell: () => import('../i18n/vi/shell.json'),
    admin: () => import('../i18n/vi/admin.json'),
    people: () => import('../i18n/vi/people.json'),
    calendar: () => import('../i18n/vi/calendar.json'),
    periods: () => import('../i18n/vi/periods.json'),
    records: () => import('../i18n/vi/records.json'),
  },
  en: {
    shell: () => import('../i18n/en/shell.json'),
    admin: () => import('../i18n/en/admin.json'),
    people: () => import('../i18n/en/people.json'),
    calendar: () => import('../i18n/en/calendar.json'),
    periods: () => import('../i18n/en/periods.json'),
    records: () => import('../i18n/en/records.json'),
  },
};

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

/** Areas the screens shown so far asked for: a language switch brings them in the new language too. */
const wanted = new Set<Area>();
/** One download per language and part; a failed one is forgotten so the next attempt retries it. */
const loading = new Map<string, Promise<void>>();
const antdLocales: Partial<Record<Language, Locale>> = {};
/** The language being switched to, while its parts download. */
let switchingTo: Language | null = null;

function loadPart(lng: Language, part: 'base' | Area): Promise<void> {
  const key = `${lng}/${part}`;
  let done = loading.get(key);
  if (!done) {
    done = (async () => {
      if (part === 'base') {
        const pack = await PACKS[lng]();
        antdLocales[lng] = pack.antdLocale;
        i18n.addResourceBundle(lng, 'translation', pack.base, true, true);
      } else {
        i18n.addResourceBundle(lng, 'translation', (await AREAS[lng][part]()).default, true, true);
      }
    })();
    done.catch(() => loading.delete(key));
    loading.set(key, done);
  }
  return done;
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
  resources: {},
  // The store starts empty and fills as parts arrive; init must not wait for (or ask) a backend.
  partialBundledLanguages: true,
  initAsync: false,
  lng: storedLanguage(),
  fallbackLng: false,
  supportedLngs: ['vi', 'en'],
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

i18n.on('languageChanged', (lng) => {
  if (isLanguage(lng)) applySideEffects(lng);
});

/** Resolves once the stored language's shared strings and locales are in: the app renders after that. */
export async function startI18n(): Promise<void> {
  await loadPart(currentLanguage(), 'base');
  applySideEffects(currentLanguage());
}

/** The strings of a group of screens, in the current language (and in the one being switched to, if any). */
export async function loadAreas(areas: readonly Area[]): Promise<void> {
  for (const area of areas) wanted.add(area);
  const languages = switchingTo && switchingTo !== currentLanguage() ? [currentLanguage(), switchingTo] : [currentLanguage()];
  await Promise.all(languages.flatMap((lng) => areas.map((area) => loadPart(lng, area))));
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'vi';
}

/** antd's texts (pagination, date pickers, empty lists) for the current language. */
export function antdLocale(): Locale | undefined {
  return antdLocales[currentLanguage()];
}

/** Switches once the new language's parts for everything on screen are in; rejects (and stays put) if they cannot load. */
export async function setLanguage(lng: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Private mode may refuse storage; the choice still applies to this tab.
  }
  if (i18n.language === lng) return;
  switchingTo = lng;
  try {
    await Promise.all([loadPart(lng, 'base'), ...[...wanted].map((area) => loadPart(lng, area))]);
    await i18n.changeLanguage(lng);
  } finally {
    if (switchingTo === lng) switchingTo = null;
  }
}

export default i18n;
