import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  daysInMonth,
  diffDays,
  formatIsoDate,
  fromDayNumber,
  isIsoDate,
  isWeekend,
  isWeekendDayNumber,
  parseIsoDate,
  toDayNumber,
  weekday,
} from './days';

describe('parsing and validating ISO dates', () => {
  it('parses a valid date', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it.each([
    ['2021-02-30', /2021-02 has 28 days, not 30/],
    ['2023-02-29', /2023-02 has 28 days, not 29/],
    ['1900-02-29', /1900-02 has 28 days/],
    ['2024-04-31', /2024-04 has 30 days, not 31/],
    ['2024-13-01', /month 13 does not exist/],
    ['2024-00-10', /month 0 does not exist/],
    ['2024-01-00', /has 31 days, not 0/],
    ['2024-1-5', /expected the form YYYY-MM-DD/],
    ['05/01/2024', /expected the form YYYY-MM-DD/],
    ['2024-01-05T00:00:00Z', /expected the form YYYY-MM-DD/],
    ['', /expected the form YYYY-MM-DD/],
  ])('rejects %s with a clear message', (text, message) => {
    expect(() => parseIsoDate(text)).toThrow(RangeError);
    expect(() => parseIsoDate(text)).toThrow(message);
    expect(isIsoDate(text)).toBe(false);
  });

  it('rejects a value that is not a string', () => {
    expect(() => parseIsoDate(20240101 as unknown as string)).toThrow(TypeError);
    expect(isIsoDate(null)).toBe(false);
  });

  it('knows leap years by the Gregorian rule', () => {
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(() => daysInMonth(2024, 13)).toThrow(RangeError);
  });

  it('formats with zero padding and validates', () => {
    expect(formatIsoDate(2026, 2, 7)).toBe('2026-02-07');
    expect(() => formatIsoDate(2026, 2, 30)).toThrow(RangeError);
  });
});

describe('day numbers and arithmetic', () => {
  it('uses the Julian Day Number', () => {
    expect(toDayNumber('2000-01-01')).toBe(2451545);
    expect(fromDayNumber(2451545)).toBe('2000-01-01');
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(() => addDays('2026-01-01', 0.5)).toThrow(RangeError);
  });

  it('diffs dates', () => {
    expect(diffDays('2026-01-01', '2026-12-31')).toBe(364);
    expect(diffDays('2026-12-31', '2026-01-01')).toBe(-364);
  });

  it('gives the weekday (0 = Sunday)', () => {
    expect(weekday('2026-02-17')).toBe(2); // Tết Bính Ngọ, a Tuesday
    expect(weekday('2026-02-14')).toBe(6);
    expect(weekday('2026-02-22')).toBe(0);
    expect(isWeekend('2026-02-14')).toBe(true);
    expect(isWeekend('2026-02-16')).toBe(false);
    expect(isWeekendDayNumber(toDayNumber('2026-02-22'))).toBe(true);
    expect(isWeekendDayNumber(toDayNumber('2026-02-20'))).toBe(false);
  });

  it('agrees with the UTC calendar of the host for random dates (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: julianDayNumber1900(), max: julianDayNumber1900() + 80000 }), (jdn) => {
        const iso = fromDayNumber(jdn);
        const utc = new Date(`${iso}T00:00:00Z`);
        expect(utc.toISOString().slice(0, 10)).toBe(iso);
        expect(utc.getUTCDay()).toBe(weekday(iso));
        expect(toDayNumber(iso)).toBe(jdn);
      }),
    );
  });

  it('addDays then diffDays gives back n (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 70000 }), fc.integer({ min: -5000, max: 5000 }), (offset, n) => {
        const d = fromDayNumber(julianDayNumber1900() + offset);
        expect(diffDays(d, addDays(d, n))).toBe(n);
      }),
    );
  });
});

function julianDayNumber1900(): number {
  return toDayNumber('1900-01-01');
}

describe('addYears (BLDS 2015 art. 148(3)–(4))', () => {
  it.each([
    ['2024-02-29', -5, '2019-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2024-02-29', 1, '2025-02-28'],
    ['2021-11-10', -5, '2016-11-10'],
    ['2021-12-31', 1, '2022-12-31'],
  ])('%s %+d years → %s', (from, n, to) => {
    expect(addYears(from, n)).toBe(to);
  });

  it('always gives a valid date, the same month, and the same day unless the month is shorter', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 70_000 }), fc.integer({ min: -50, max: 50 }), (offset, n) => {
        const from = addDays('1950-01-01', offset);
        const to = addYears(from, n);
        expect(isIsoDate(to)).toBe(true);
        const a = parseIsoDate(from);
        const b = parseIsoDate(to);
        expect([b.year, b.month]).toEqual([a.year + n, a.month]);
        expect(b.day).toBe(Math.min(a.day, daysInMonth(b.year, b.month)));
      }),
    );
  });

  it('refuses a fractional count', () => {
    expect(() => addYears('2024-01-01', 1.5)).toThrow(RangeError);
  });
});
