import { describe, expect, it } from 'vitest';
import { fromDayNumber, julianDayNumber } from './days';
import {
  hungKingsDate,
  leapMonthOf,
  lunarDateOfDayNumber,
  lunarMonthLength,
  lunarToSolar,
  lunarYearName,
  solarToLunar,
  tetDate,
} from './lunar';
import { TET_REFERENCE } from './lunar.test-data';

describe('Tết and Giỗ Tổ Hùng Vương against the independent reference table (amlich-hnd.js, 1968–2053)', () => {
  it('covers every year 1968–2053 once', () => {
    expect(TET_REFERENCE.map(([year]) => year)).toEqual(Array.from({ length: 86 }, (_, i) => 1968 + i));
  });

  it.each(TET_REFERENCE)('%i: Tết %s, Hùng Kings %s, leap month %i', (year, tet, hungKings, leap) => {
    expect(tetDate(year)).toBe(tet);
    expect(hungKingsDate(year)).toBe(hungKings);
    expect(leapMonthOf(year)).toBe(leap);
    expect(solarToLunar(tet)).toEqual({ day: 1, month: 1, year, leap: false });
    expect(solarToLunar(hungKings)).toEqual({ day: 10, month: 3, year, leap: false });
  });
});

describe('Vietnam (UTC+7) and China (UTC+8) differ where a new moon falls between 23:00 and 24:00 Beijing time', () => {
  it.each([
    [2007, '2007-02-17', '2007-02-18'],
    [2030, '2030-02-02', '2030-02-03'],
    [1968, '1968-01-29', '1968-01-30'],
    [2053, '2053-02-18', '2053-02-19'],
  ])('Tết %i: %s in Vietnam, %s in China', (year, vietnam, china) => {
    expect(tetDate(year, 7)).toBe(vietnam);
    expect(tetDate(year, 8)).toBe(china);
    expect(tetDate(year)).toBe(vietnam);
  });

  it('17/02/2007 is mùng 1 Tết in Vietnam but 30 tháng Chạp in China', () => {
    expect(solarToLunar('2007-02-17', 7)).toEqual({ day: 1, month: 1, year: 2007, leap: false });
    expect(solarToLunar('2007-02-17', 8)).toEqual({ day: 30, month: 12, year: 2006, leap: false });
  });

  it('1985 is a month apart (computed only, see domain.md §8)', () => {
    expect(tetDate(1985, 7)).toBe('1985-01-21');
    expect(tetDate(1985, 8)).toBe('1985-02-20');
  });
});

describe('leap months', () => {
  it.each([
    [2020, 4],
    [2023, 2],
    [2025, 6],
    [2028, 5],
    [2024, 0],
    [2026, 0],
  ])('lunar year %i has leap month %i', (year, month) => {
    expect(leapMonthOf(year)).toBe(month);
  });

  it('a leap month follows the regular month of the same number', () => {
    const regular = lunarToSolar({ day: 1, month: 6, year: 2025, leap: false });
    const leap = lunarToSolar({ day: 1, month: 6, year: 2025, leap: true });
    expect(regular).toBe('2025-06-25');
    expect(leap).toBe('2025-07-25');
    expect(solarToLunar('2025-07-25')).toEqual({ day: 1, month: 6, year: 2025, leap: true });
    expect(solarToLunar('2025-07-24')).toEqual({ day: 30, month: 6, year: 2025, leap: false });
  });

  it('throws a RangeError for a leap month the year does not have', () => {
    expect(() => lunarToSolar({ day: 1, month: 3, year: 2025, leap: true })).toThrow(RangeError);
    expect(() => lunarToSolar({ day: 1, month: 6, year: 2024, leap: true })).toThrow(/no leap month 6/);
  });

  it('throws a RangeError for day 30 of a 29-day month and for out-of-range fields', () => {
    // The last month of Ất Tỵ (2025) has 29 days: Tết 2026 follows 29 Chạp.
    expect(lunarMonthLength(2025, 12)).toBe(29);
    expect(() => lunarToSolar({ day: 30, month: 12, year: 2025, leap: false })).toThrow(RangeError);
    expect(lunarToSolar({ day: 29, month: 12, year: 2025, leap: false })).toBe('2026-02-16');
    expect(() => lunarToSolar({ day: 1, month: 13, year: 2025, leap: false })).toThrow(RangeError);
    expect(() => lunarToSolar({ day: 0, month: 1, year: 2025, leap: false })).toThrow(RangeError);
    expect(() => lunarToSolar({ day: 1.5, month: 1, year: 2025, leap: false })).toThrow(RangeError);
    expect(() => lunarToSolar({ day: 1, month: 1, year: 2025, leap: false }, 99)).toThrow(RangeError);
  });
});

describe('supported range and round trip', () => {
  it('every day 1900-01-01 … 2100-12-31 converts to a lunar date and back, with days and months in sequence', () => {
    const first = julianDayNumber(1900, 1, 1);
    const last = julianDayNumber(2100, 12, 31);
    let previous = lunarDateOfDayNumber(first);
    let failures = 0;
    for (let jdn = first; jdn <= last; jdn++) {
      const lunar = lunarDateOfDayNumber(jdn);
      if (lunarToSolar(lunar) !== fromDayNumber(jdn)) failures++;
      // Either the next day of the same month, or day 1 of a new month after day 29 or 30.
      const sameMonth = lunar.month === previous.month && lunar.leap === previous.leap && lunar.day === previous.day + 1;
      const newMonth = lunar.day === 1 && (previous.day === 29 || previous.day === 30);
      if (jdn > first && !sameMonth && !newMonth) failures++;
      previous = lunar;
    }
    expect(failures).toBe(0);
    expect(last - first + 1).toBe(73414);
  });

  it('rejects solar dates outside 1900–2100 and invalid ISO dates', () => {
    expect(() => solarToLunar('1899-12-31')).toThrow(RangeError);
    expect(() => solarToLunar('2101-01-01')).toThrow(RangeError);
    expect(() => solarToLunar('2021-02-30')).toThrow(/2021-02 has 28 days/);
    expect(solarToLunar('1900-01-01')).toEqual({ day: 1, month: 12, year: 1899, leap: false });
  });
});

describe('lunar year names', () => {
  it.each([
    [2026, 'Bính Ngọ'],
    [2025, 'Ất Tỵ'],
    [1968, 'Mậu Thân'],
    [2024, 'Giáp Thìn'],
  ])('%i is %s', (year, name) => {
    expect(lunarYearName(year)).toBe(name);
  });
});
