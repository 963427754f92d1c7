import type { IsoDate } from '../calendar/types';
import { KIND_INFO, type DocumentKind } from './kinds';

/**
 * "Bắc Ninh, ngày 05 tháng 10 năm 2021" (NĐ 30/2020/NĐ-CP art. 8, Phụ lục I): days below 10 and the months
 * January and February take a leading zero, so a date cannot be altered by writing a digit in front of it.
 */
export function placeAndDate(place: string, date: IsoDate): string {
  return `${place}, ${dateInWords(date)}`;
}

/** "ngày 05 tháng 10 năm 2021", padded as in the place-and-date line. */
export function dateInWords(date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const m = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `ngày ${String(day).padStart(2, '0')} tháng ${m} năm ${year}`;
}

/**
 * Numbers below 10 are written "01"…"09": registers start at "số 01" (TT 01/2011/TT-BNV art. 8, the practice NĐ 30/2020
 * kept; its Phụ lục I is not in our legal texts, so UNCONFIRMED there).
 */
export const numberText = (n: number): string => String(n).padStart(2, '0');

/**
 * The symbol after the number (NĐ 30/2020 Phụ lục I mục II.3, Phụ lục III): the type's abbreviation and the
 * issuer's ("TB-UBND", "PC-BTCD"); a công văn carries the issuer's and, when given, the drafting office's
 * ("UBND-TCD"). Unnumbered kinds have none.
 */
export function documentSymbol(kind: DocumentKind, issuerAbbreviation: string, drafter?: string | null): string | null {
  const numbering = KIND_INFO[kind].numbering;
  if (numbering.kind === 'unnumbered') return null;
  if (numbering.kind === 'typed') return `${numbering.abbreviation}-${issuerAbbreviation}`;
  return drafter ? `${issuerAbbreviation}-${drafter}` : issuerAbbreviation;
}
