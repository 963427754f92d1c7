/**
 * Instants as epoch milliseconds and their local (Asia/Ho_Chi_Minh) reading. Vietnam has kept UTC+7 without daylight
 * saving since 1975, so local time is a fixed offset and needs no time-zone database.
 */
import type { IsoInstant, LocalDate } from './types';

export const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const OFFSET_MS = 7 * HOUR_MS;

/** Epoch milliseconds of an ISO instant; throws on text that is not one (an offset or `Z` is required). */
export function instantMs(iso: IsoInstant): number {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(iso)) throw new RangeError(`Not an ISO instant with an offset: ${iso}`);
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO instant: ${iso}`);
  return ms;
}

/** The instant written in local time with its `+07:00` offset, to the second. */
export function localIso(ms: number): IsoInstant {
  return `${new Date(ms + OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}

/** Local calendar date of an instant. */
export function localDate(ms: number): LocalDate {
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 10);
}

/** Epoch milliseconds of a local date at a local hour (hours past 24 run into the next day). */
export function localDateHourMs(date: LocalDate, hour: number): number {
  return Date.parse(`${date}T00:00:00Z`) - OFFSET_MS + hour * HOUR_MS;
}

/** Local weekday, 0 = Sunday … 6 = Saturday. */
export function localWeekday(ms: number): number {
  return new Date(ms + OFFSET_MS).getUTCDay();
}

/** Index of the local calendar week (Monday to Sunday) holding the instant; equal indexes mean the same week. */
export function localWeekIndex(ms: number): number {
  // Epoch day 0 (1970-01-01) was a Thursday, so day + 3 counts from a Monday.
  return Math.floor((Math.floor((ms + OFFSET_MS) / DAY_MS) + 3) / 7);
}

/** "25/10" — how a shift's day is named in a sentence. */
export function dayMonth(ms: number): string {
  const d = localDate(ms);
  return `${d.slice(8, 10)}/${d.slice(5, 7)}`;
}

export function addLocalDays(date: LocalDate, days: number): LocalDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
