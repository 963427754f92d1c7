import type { IsoDate } from './types';

/**
 * Day arithmetic on ISO dates through integer day numbers (the Julian Day Number of the
 * proleptic Gregorian calendar). No `Date` object is involved, so no host time zone and no
 * daylight-saving hour can shift a day.
 */

export interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

/** 0 = Sunday … 6 = Saturday, like `Date#getUTCDay`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Invalid month ${month}: expected 1–12`);
  }
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_LENGTHS[month - 1] ?? 31);
}

/** Parses `YYYY-MM-DD` and rejects dates that do not exist, such as 2021-02-30. */
export function parseIsoDate(date: IsoDate): YearMonthDay {
  if (typeof date !== 'string') {
    throw new TypeError(`Invalid ISO date: expected a 'YYYY-MM-DD' string, got ${typeof date}`);
  }
  const match = ISO_PATTERN.exec(date);
  if (!match) {
    throw new RangeError(`Invalid ISO date '${date}': expected the form YYYY-MM-DD`);
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1) {
    throw new RangeError(`Invalid ISO date '${date}': year 0000 does not exist`);
  }
  if (month < 1 || month > 12) {
    throw new RangeError(`Invalid ISO date '${date}': month ${month} does not exist`);
  }
  const length = daysInMonth(year, month);
  if (day < 1 || day > length) {
    throw new RangeError(`Invalid ISO date '${date}': ${match[1]}-${match[2]} has ${length} days, not ${day}`);
  }
  return { year, month, day };
}

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw new RangeError(`Year ${year} cannot be written as an ISO date (1–9999)`);
  }
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  parseIsoDate(text);
  return text;
}

/** Julian Day Number of a Gregorian date (integer arithmetic only). */
export function julianDayNumber(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

/** Inverse of `julianDayNumber` for the Gregorian calendar. */
export function fromJulianDayNumber(jdn: number): YearMonthDay {
  if (!Number.isInteger(jdn)) throw new RangeError(`Day number must be an integer, got ${jdn}`);
  const a = jdn + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: 100 * b + d - 4800 + Math.floor(m / 10),
  };
}

export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  return julianDayNumber(year, month, day);
}

export function fromDayNumber(jdn: number): IsoDate {
  const { year, month, day } = fromJulianDayNumber(jdn);
  return formatIsoDate(year, month, day);
}

export function addDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Number of days must be an integer, got ${n}`);
  return fromDayNumber(toDayNumber(date) + n);
}

/**
 * The same day and month `n` years later (or earlier, n < 0): a period in years ends on the corresponding day and
 * month (BLDS 2015 art. 148(4)); a day that month lacks in that year — 29 February — becomes the month's last day,
 * as clause 3 says for periods in months. 29/02/2024 five years back is 28/02/2019.
 */
export function addYears(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Number of years must be an integer, got ${n}`);
  const { year, month, day } = parseIsoDate(date);
  return formatIsoDate(year + n, month, Math.min(day, daysInMonth(year + n, month)));
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function diffDays(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function weekdayOfDayNumber(jdn: number): Weekday {
  // JDN 0 was a Monday, so JDN + 1 counts from Sunday.
  return (((jdn + 1) % 7) + 7) % 7 as Weekday;
}

export function weekday(date: IsoDate): Weekday {
  return weekdayOfDayNumber(toDayNumber(date));
}

/** Saturday or Sunday: the civil service's weekly rest days. */
export function isWeekendDayNumber(jdn: number): boolean {
  const w = weekdayOfDayNumber(jdn);
  return w === 0 || w === 6;
}

export function isWeekend(date: IsoDate): boolean {
  return isWeekendDayNumber(toDayNumber(date));
}

export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

/** Vietnamese weekday names, index = `Weekday`. */
export const WEEKDAY_NAMES_VI = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;
