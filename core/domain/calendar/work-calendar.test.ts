import { describe, expect, it } from 'vitest';
import { addDays, diffDays } from './days';
import { ANNOUNCED_SCHEDULES } from './schedules';
import type { AnnouncedSchedule } from './types';
import { breakName, createWorkCalendar } from './work-calendar';

const calendar = createWorkCalendar();

/** Days `first` … `last` are all off and the days just outside are working. */
function expectBreak(first: string, last: string): void {
  for (let d = first; d <= last; d = addDays(d, 1)) expect(calendar.isWorkingDay(d), `${d} should be off`).toBe(false);
  expect(calendar.isWorkingDay(addDays(first, -1)), `${addDays(first, -1)} should be worked`).toBe(true);
  expect(calendar.isWorkingDay(addDays(last, 1)), `${addDays(last, 1)} should be worked`).toBe(true);
}

describe('weekends and ordinary days', () => {
  it('Saturday and Sunday are off with their names; Monday–Friday are worked', () => {
    expect(calendar.dayInfo('2026-03-07')).toMatchObject({ working: false, kind: 'weekend', name: 'Thứ Bảy' });
    expect(calendar.dayInfo('2026-03-08')).toMatchObject({ working: false, kind: 'weekend', name: 'Chủ nhật' });
    const monday = calendar.dayInfo('2026-03-09');
    expect(monday.working).toBe(true);
    expect(monday.kind).toBeUndefined();
    expect(monday.name).toBeUndefined();
  });

  it('gives the lunar date of each day', () => {
    expect(calendar.dayInfo('2026-02-17').lunar).toEqual({ day: 1, month: 1, year: 2026, leap: false });
    expect(calendar.dayInfo('2026-04-26').lunar).toEqual({ day: 10, month: 3, year: 2026, leap: false });
  });
});

describe('announced breaks 2021–2026', () => {
  it.each([
    ['Tết 2021', '2021-02-10', '2021-02-16'],
    ['Tết 2022', '2022-01-29', '2022-02-06'],
    ['Tết 2023', '2023-01-20', '2023-01-26'],
    ['Tết 2024', '2024-02-08', '2024-02-14'],
    ['Tết 2025', '2025-01-25', '2025-02-02'],
    ['Tết 2026', '2026-02-14', '2026-02-22'],
    ['30/4–1/5 2021', '2021-04-30', '2021-05-03'],
    ['30/4–1/5 2022', '2022-04-30', '2022-05-03'],
    ['Hùng Kings + 30/4–1/5 2023', '2023-04-29', '2023-05-03'],
    ['30/4–1/5 2024', '2024-04-27', '2024-05-01'],
    ['30/4–1/5 2025', '2025-04-30', '2025-05-04'],
    ['30/4–1/5 2026', '2026-04-30', '2026-05-03'],
    ['2/9 2021', '2021-09-02', '2021-09-05'],
    ['2/9 2022', '2022-09-01', '2022-09-04'],
    ['2/9 2023', '2023-09-01', '2023-09-04'],
    ['2/9 2024', '2024-08-31', '2024-09-03'],
    ['2/9 2025', '2025-08-30', '2025-09-02'],
    ['2/9 2026', '2026-08-29', '2026-09-02'],
    ['Tết Dương lịch 2026', '2026-01-01', '2026-01-04'],
    ['Hùng Kings 2026', '2026-04-25', '2026-04-27'],
  ])('%s: %s … %s off', (_label, first, last) => {
    expectBreak(first, last);
  });

  it('Tết 2026 (TB 9441/TB-BNV): 16–20/02 are named Tết Nguyên đán', () => {
    for (const d of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']) {
      expect(calendar.dayInfo(d)).toMatchObject({ working: false, kind: 'holiday', name: 'Tết Nguyên đán' });
    }
  });

  it('make-up Saturdays are worked days; the weekday swapped for them is a bridge day', () => {
    for (const d of ['2024-05-04', '2025-04-26', '2026-01-10', '2026-08-22']) {
      expect(calendar.dayInfo(d)).toMatchObject({ working: true, kind: 'worked-weekend' });
    }
    expect(calendar.dayInfo('2025-05-02')).toMatchObject({ working: false, kind: 'bridge' });
    expect(calendar.dayInfo('2026-08-31')).toMatchObject({ working: false, kind: 'bridge' });
  });

  it('2023 has no make-up Saturday on 6/5 (none was announced)', () => {
    expect(calendar.dayInfo('2023-05-06')).toMatchObject({ working: false, kind: 'weekend' });
  });

  it('the announcement replaces the computed Tết: 17/02/2021 is worked with it, off without it', () => {
    expect(calendar.isWorkingDay('2021-02-17')).toBe(true);
    expect(createWorkCalendar([]).isWorkingDay('2021-02-17')).toBe(false);
    expect(createWorkCalendar([]).dayInfo('2021-02-17')).toMatchObject({ kind: 'compensatory', name: 'Nghỉ bù Tết Nguyên đán' });
  });

  it('computed make-up days still apply around announced ones (Hùng Kings 26/4/2026 → 27/4)', () => {
    expect(calendar.dayInfo('2026-04-27')).toMatchObject({ working: false, kind: 'compensatory', name: 'Nghỉ bù Giỗ Tổ Hùng Vương' });
  });

  it('ignores unconfirmed schedules unless asked (24/11/2026)', () => {
    expect(calendar.isWorkingDay('2026-11-24')).toBe(true);
    const withUnconfirmed = createWorkCalendar(ANNOUNCED_SCHEDULES, { includeUnconfirmed: true });
    expect(withUnconfirmed.dayInfo('2026-11-24')).toMatchObject({ working: false, name: 'Ngày Văn hóa Việt Nam' });
  });
});

describe('weekend days inside a holiday break', () => {
  const TET_WEEKEND = 'Nghỉ Tết Nguyên đán (trùng ngày nghỉ hằng tuần)';

  it('14–15 and 21–22/02/2026, around the Tết days 16–20, are named after Tết but stay weekend days', () => {
    for (const d of ['2026-02-14', '2026-02-15', '2026-02-21', '2026-02-22']) {
      expect(calendar.dayInfo(d), d).toMatchObject({ working: false, kind: 'weekend', name: TET_WEEKEND });
    }
    // Not holidays: nothing is made up for them and they are not special days of the year.
    expect(calendar.specialDays(2026).map((d) => d.date)).not.toContain('2026-02-14');
    expect(calendar.nextWorkingDay('2026-02-20')).toBe('2026-02-23');
  });

  it('names every occasion of a break; a break across the new year is named from either side', () => {
    // 2025: 30/4, 1/5, swapped Friday 2/5, then the weekend.
    for (const d of ['2025-05-03', '2025-05-04']) {
      expect(calendar.dayInfo(d)).toMatchObject({ kind: 'weekend', name: 'Nghỉ lễ Ngày Chiến thắng và Ngày Quốc tế Lao động (trùng ngày nghỉ hằng tuần)' });
    }
    // 2024: the weekend 27–28/4 before the swapped Monday 29/4.
    expect(calendar.dayInfo('2024-04-27')).toMatchObject({ kind: 'weekend', name: 'Nghỉ lễ Ngày Chiến thắng và Ngày Quốc tế Lao động (trùng ngày nghỉ hằng tuần)' });
    // Saturday 31/12/2022, then 1/1/2023 (Sunday) and its make-up day.
    expect(calendar.dayInfo('2022-12-31')).toMatchObject({ kind: 'weekend', name: 'Nghỉ Tết Dương lịch (trùng ngày nghỉ hằng tuần)' });
    expect(calendar.dayInfo('2026-08-29')).toMatchObject({ kind: 'weekend', name: 'Nghỉ lễ Quốc khánh (trùng ngày nghỉ hằng tuần)' });
    // Computed occasions too: Saturday 25/4/2026 before Hùng Kings' day (Sunday 26/4) and its make-up day.
    expect(calendar.dayInfo('2026-04-25')).toMatchObject({ kind: 'weekend', name: 'Nghỉ lễ Giỗ Tổ Hùng Vương (trùng ngày nghỉ hằng tuần)' });
  });

  it('an ordinary weekend, or one cut from the break by a worked day, keeps its weekday name', () => {
    expect(calendar.dayInfo('2026-02-07')).toMatchObject({ kind: 'weekend', name: 'Thứ Bảy' });
    // Sunday 27/4/2025 follows the worked Saturday 26/4 and precedes two working days.
    expect(calendar.dayInfo('2025-04-27')).toMatchObject({ kind: 'weekend', name: 'Chủ nhật' });
    // Computed 2027: Thursday 2/9 and Friday 3/9; the weekend after is part of the break, the one before is not.
    expect(calendar.dayInfo('2027-09-04')).toMatchObject({ kind: 'weekend', name: 'Nghỉ lễ Quốc khánh (trùng ngày nghỉ hằng tuần)' });
    expect(calendar.dayInfo('2027-08-28')).toMatchObject({ kind: 'weekend', name: 'Thứ Bảy' });
  });

  it('takes the occasion from an entered schedule’s days; days without one name no break', () => {
    const days = ['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'];
    const entered = (group?: 'tet'): AnnouncedSchedule => ({
      year: 2027,
      document: { number: '1/TB-BNV' },
      covers: ['tet'],
      daysOff: days.map((date) => ({ date, name: 'Tết Nguyên đán', kind: 'holiday' as const, ...(group ? { group } : {}) })),
      workedWeekendDays: [],
      replacesComputed: false,
    });
    // 6–7/02/2027 lie between Tết days on both sides.
    expect(createWorkCalendar([entered('tet')]).dayInfo('2027-02-06')).toMatchObject({ kind: 'weekend', name: TET_WEEKEND });
    expect(createWorkCalendar([entered()]).dayInfo('2027-02-06')).toMatchObject({ kind: 'weekend', name: 'Thứ Bảy' });
    const unknown = { ...entered(), daysOff: [{ date: '2027-02-04', name: 'Tết', kind: 'holiday' as const, group: 'le-hoi' as never }] };
    expect(() => createWorkCalendar([unknown])).toThrow(/Unknown holiday group 'le-hoi'/);
  });

  it('breakName joins the occasions in order', () => {
    expect(breakName(['tet'])).toBe(TET_WEEKEND);
    expect(breakName(['hung-kings', 'victory', 'labour'])).toBe('Nghỉ lễ Giỗ Tổ Hùng Vương, Ngày Chiến thắng và Ngày Quốc tế Lao động (trùng ngày nghỉ hằng tuần)');
  });
});

describe('schedules added later by an administrator', () => {
  const tet2027: AnnouncedSchedule = {
    year: 2027,
    document: { number: '1/TB-BNV', date: '2026-10-01', issuer: 'Bộ Nội vụ' },
    covers: ['tet'],
    daysOff: ['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'].map((date) => ({
      date,
      name: 'Tết Nguyên đán',
      kind: 'holiday' as const,
    })),
    workedWeekendDays: [],
    replacesComputed: false,
  };

  it('withSchedules returns a new calendar and leaves the old one as it was', () => {
    const updated = calendar.withSchedules([tet2027]);
    expect(updated.isWorkingDay('2027-02-04')).toBe(false);
    expect(updated.isWorkingDay('2027-02-11')).toBe(true);
    expect(calendar.isWorkingDay('2027-02-04')).toBe(true);
    expect(calendar.isWorkingDay('2027-02-11')).toBe(false);
  });

  it('replacesComputed drops every computed holiday of the year', () => {
    const bare = createWorkCalendar([{ ...tet2027, covers: [], replacesComputed: true }]);
    expect(bare.isWorkingDay('2027-01-01')).toBe(true);
    expect(bare.isWorkingDay('2027-09-02')).toBe(true);
    expect(bare.isWorkingDay('2027-02-04')).toBe(false);
    expect(bare.isWorkingDay('2028-05-01')).toBe(false);
  });

  it('rejects inconsistent data', () => {
    const weekdayWorked = { ...tet2027, workedWeekendDays: [{ date: '2027-02-03', reason: 'x' }] };
    expect(() => createWorkCalendar([weekdayWorked])).toThrow(/is a weekday/);
    const badDate = { ...tet2027, daysOff: [{ date: '2027-02-30', name: 'Tết Nguyên đán', kind: 'holiday' as const }] };
    expect(() => createWorkCalendar([badDate])).toThrow(RangeError);
    const offAndWorked: AnnouncedSchedule = {
      ...tet2027,
      daysOff: [{ date: '2027-02-06', name: 'Tết Nguyên đán', kind: 'holiday' }],
    };
    const worked: AnnouncedSchedule = { ...tet2027, daysOff: [], workedWeekendDays: [{ date: '2027-02-06', reason: 'Làm bù' }] };
    // A later schedule overrides an earlier one on the same day.
    expect(createWorkCalendar([offAndWorked, worked]).isWorkingDay('2027-02-06')).toBe(true);
    expect(createWorkCalendar([worked, offAndWorked]).isWorkingDay('2027-02-06')).toBe(false);
  });
});

describe('working-day arithmetic', () => {
  it('nextWorkingDay and previousWorkingDay skip Tết 2026', () => {
    expect(calendar.nextWorkingDay('2026-02-13')).toBe('2026-02-23');
    expect(calendar.previousWorkingDay('2026-02-23')).toBe('2026-02-13');
    expect(calendar.nextWorkingDay('2026-03-09')).toBe('2026-03-10');
  });

  it('addWorkingDays does not count the start day; n = 0 means today if working, else the next working day', () => {
    expect(calendar.addWorkingDays('2026-02-12', 1)).toBe('2026-02-13');
    expect(calendar.addWorkingDays('2026-02-12', 2)).toBe('2026-02-23');
    expect(calendar.addWorkingDays('2026-02-15', 1)).toBe('2026-02-23');
    expect(calendar.addWorkingDays('2026-02-12', 0)).toBe('2026-02-12');
    expect(calendar.addWorkingDays('2026-02-17', 0)).toBe('2026-02-23');
    // A letter received on Friday 9/1/2026: 10 working days, the worked Saturday 10/1 counting.
    expect(calendar.addWorkingDays('2026-01-09', 10)).toBe('2026-01-22');
    expect(() => calendar.addWorkingDays('2026-01-09', -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2026-01-09', 1.5)).toThrow(RangeError);
  });

  it('addCalendarDays ends on d + n, moved to the next working day when that is a day off (BLDS arts. 147–148)', () => {
    expect(calendar.addCalendarDays('2026-03-02', 30)).toBe('2026-04-01');
    expect(calendar.addCalendarDays('2026-01-21', 30)).toBe('2026-02-23');
    expect(calendar.addCalendarDays('2026-03-05', 2)).toBe('2026-03-09');
    expect(calendar.addCalendarDays('2026-08-12', 10)).toBe('2026-08-22');
    expect(() => calendar.addCalendarDays('2026-03-05', -2)).toThrow(RangeError);
  });

  it('countWorkingDays counts (from, to], across years, and is antisymmetric', () => {
    expect(calendar.countWorkingDays('2026-02-13', '2026-02-23')).toBe(1);
    expect(calendar.countWorkingDays('2026-02-13', '2026-02-13')).toBe(0);
    // 1/1 holiday, 2/1 bridge, 5–9/1, Saturday 10/1 worked, Monday 12/1.
    expect(calendar.countWorkingDays('2025-12-31', '2026-01-12')).toBe(7);
    expect(calendar.countWorkingDays('2026-01-12', '2025-12-31')).toBe(-7);
  });

  it('countWorkingDays over 2021–2026 equals a day-by-day count', () => {
    let byHand = 0;
    for (let d = '2021-01-01'; d <= '2026-12-31'; d = addDays(d, 1)) if (calendar.isWorkingDay(d)) byHand++;
    const first = calendar.isWorkingDay('2021-01-01') ? 1 : 0;
    expect(calendar.countWorkingDays('2021-01-01', '2026-12-31') + first).toBe(byHand);
    expect(byHand).toBeGreaterThan(6 * 240);
  });

  it('days(from, to) lists every day, both ends included', () => {
    const list = calendar.days('2026-02-14', '2026-02-22');
    expect(list).toHaveLength(9);
    expect(list.every((d) => !d.working)).toBe(true);
    expect(list[0]?.date).toBe('2026-02-14');
    expect(diffDays(list[0]?.date ?? '', list[8]?.date ?? '')).toBe(8);
    expect(() => calendar.days('2026-02-22', '2026-02-14')).toThrow(RangeError);
  });

  it('specialDays lists the year’s holidays, make-up, bridge and worked days in order', () => {
    const special = calendar.specialDays(2025).map((d) => d.date);
    expect(special).toEqual([...special].sort());
    expect(special).toContain('2025-04-26');
    expect(special).toContain('2025-05-02');
    expect(special).toHaveLength(13);
  });
});
