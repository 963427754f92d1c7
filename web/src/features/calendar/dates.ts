/**
 * Calendar arithmetic for the screens (pure, on 'YYYY-MM-DD' strings, no time zone involved). The working-day
 * arithmetic itself stays on the server, which knows the announced schedules; this only lays out the grid.
 */
import { addDays, daysInMonth, formatIsoDate, weekday } from '@core/domain/calendar/days';
import type { Dayjs } from 'dayjs';

export interface YearMonth {
  year: number;
  /** 1–12 */
  month: number;
}

/** '2026-02' → { year: 2026, month: 2 }; anything else → null. */
export function parseYearMonth(value: string | null | undefined): YearMonth | null {
  const m = /^(\d{4})-(\d{2})$/.exec(value ?? '');
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  return year >= 1900 && year <= 2100 && month >= 1 && month <= 12 ? { year, month } : null;
}

/** The month a 'YYYY-MM-DD' date falls in. */
export function monthOfDate(date: string): YearMonth {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
}

export function formatYearMonth({ year, month }: YearMonth): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function shiftMonth({ year, month }: YearMonth, by: number): YearMonth {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/**
 * The dates a Monday-first month grid shows: from the Monday on or before the 1st to the Sunday on or after the
 * last day (Vietnamese calendars start the week on Thứ Hai). Always whole weeks: 28 to 42 days.
 */
export function monthGrid({ year, month }: YearMonth): { from: string; to: string; dates: string[] } {
  const first = formatIsoDate(year, month, 1);
  const last = formatIsoDate(year, month, daysInMonth(year, month));
  const from = addDays(first, -((weekday(first) + 6) % 7));
  const to = addDays(last, 6 - ((weekday(last) + 6) % 7));
  const dates: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) dates.push(d);
  return { from, to, dates };
}

/** 0 = Sunday … 6 = Saturday, as i18n keys `calendar.weekdays.N`. */
export function weekdayIndex(date: string): 0 | 1 | 2 | 3 | 4 | 5 | 6 {
  return weekday(date);
}

/** antd DatePicker value → 'YYYY-MM-DD' (the picker's own date, no time zone conversion). */
export function isoOf(value: Dayjs | null | undefined): string | undefined {
  return value ? value.format('YYYY-MM-DD') : undefined;
}
