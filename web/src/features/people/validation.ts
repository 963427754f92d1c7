/**
 * The person form checks what the server will check, with core's own rules, so the officer at the counter hears
 * about a mistyped CCCD before pressing "Lưu" (the server validates again and stays the authority).
 * Messages are i18n strings rather than core's Vietnamese text so that the English interface reads English;
 * the Vietnamese ones repeat core's wording.
 */
import type { TFunction } from 'i18next';
import { normalizeDocumentNumber, validateIdentityDocument, type CccdInfo, type IdentityDocumentType } from '@core/domain/identity/cccd';
import { todayInVietnam } from '../../lib/dates';

export const MIN_BIRTH_YEAR = 1900;

/** The current year in Vietnam (the server compares birth years with its own clock's year). */
export function currentYear(): number {
  return Number(todayInVietnam().slice(0, 4));
}

/** An error message for an identity number of the given type, or null when it passes (empty passes: it is optional). */
export function identityProblem(t: TFunction, type: IdentityDocumentType, raw: string | undefined, birthYear: number | null | undefined): string | null {
  if (!raw || normalizeDocumentNumber(raw) === '') return null;
  const result = validateIdentityDocument({ type, number: raw, birthYear: birthYear ?? null, asOfYear: currentYear() });
  if (result.ok) return null;
  const n = normalizeDocumentNumber(raw);
  const digit = Number(n[3] ?? 0);
  const century = 20 + Math.floor(digit / 2);
  switch (result.code) {
    case 'empty':
      return null;
    case 'not_digits':
      return t(type === 'cmnd' ? 'people.idErrors.cmndDigits' : 'people.idErrors.notDigits');
    case 'wrong_length':
      return t(type === 'cmnd' ? 'people.idErrors.cmndLength' : 'people.idErrors.wrongLength', { count: n.length });
    case 'unknown_province':
      return t('people.idErrors.unknownProvince', { code: n.slice(0, 3) });
    case 'century_mismatch':
      return t('people.idErrors.centuryMismatch', { digit, century, year: birthYear ?? '' });
    case 'birth_year_mismatch':
      return t('people.idErrors.birthYearMismatch', { digits: n.slice(4, 6), year: birthYear ?? '' });
    case 'birth_year_in_future':
      return t('people.idErrors.birthYearInFuture', { year: (century - 1) * 100 + Number(n.slice(4, 6)), now: currentYear() });
    case 'invalid_format':
      return t(type === 'passport' ? 'people.idErrors.passport' : 'people.idErrors.other');
  }
}

/** What a valid CCCD says about its holder (birthplace province, gender, birth year), for hints and pre-filling. */
export function cccdInfo(raw: string | undefined): CccdInfo | null {
  if (!raw) return null;
  const result = validateIdentityDocument({ type: 'cccd', number: raw, asOfYear: currentYear() });
  return result.ok && result.type === 'cccd' ? result : null;
}

/** Birth year: a whole year from 1900 to this year (as the server's schema). Empty is allowed. */
export function birthYearProblem(t: TFunction, year: number | null | undefined): string | null {
  if (year === null || year === undefined) return null;
  if (!Number.isInteger(year) || year < MIN_BIRTH_YEAR || year > currentYear()) return t('people.birthYearRange', { min: MIN_BIRTH_YEAR, max: currentYear() });
  return null;
}
