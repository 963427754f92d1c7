import { describe, expect, it } from 'vitest';
import { fromDayNumber, weekday } from './days';
import { compensatoryDays, computedHolidays, nationalDayAdjacentDay, statutoryHolidays } from './holidays';
import { ANNOUNCED_SCHEDULES } from './schedules';

const datesOf = (list: { date: string }[]): string[] => list.map((h) => h.date);

describe('statutory holidays (Labour Code 2019 art. 112(1))', () => {
  it('gives 11 days with their Vietnamese names, Tết being 30 (or 29) Chạp and mùng 1–4', () => {
    const list = statutoryHolidays(2027);
    expect(list.map((h) => [h.date, h.name])).toEqual([
      ['2027-01-01', 'Tết Dương lịch'],
      ['2027-02-05', 'Tết Nguyên đán'],
      ['2027-02-06', 'Tết Nguyên đán'],
      ['2027-02-07', 'Tết Nguyên đán'],
      ['2027-02-08', 'Tết Nguyên đán'],
      ['2027-02-09', 'Tết Nguyên đán'],
      ['2027-04-16', 'Giỗ Tổ Hùng Vương'],
      ['2027-04-30', 'Ngày Chiến thắng'],
      ['2027-05-01', 'Ngày Quốc tế Lao động'],
      ['2027-09-02', 'Quốc khánh'],
      ['2027-09-03', 'Quốc khánh'],
    ]);
    expect(list.every((h) => h.kind === 'holiday')).toBe(true);
  });

  it('applies the effective dates: no second National Day day before 2021, no Hùng Kings day before 2007', () => {
    expect(datesOf(statutoryHolidays(2020)).filter((d) => d.startsWith('2020-09'))).toEqual(['2020-09-02']);
    expect(statutoryHolidays(2006).some((h) => h.group === 'hung-kings')).toBe(false);
    expect(statutoryHolidays(2007).some((h) => h.group === 'hung-kings')).toBe(true);
  });
});

describe('the day accompanying 2 September', () => {
  it.each([
    [2021, 'Thu', '2021-09-03'],
    [2022, 'Fri', '2022-09-01'],
    [2023, 'Sat', '2023-09-01'],
    [2024, 'Mon', '2024-09-03'],
    [2025, 'Tue', '2025-09-01'],
    [2026, 'Wed', '2026-09-01'],
    [2029, 'Sun', '2029-09-03'],
  ])('%i (2/9 on %s) → %s', (year, _weekday, expected) => {
    expect(nationalDayAdjacentDay(year)).toBe(expected);
  });

  it('reproduces the day each announcement 2021–2026 chose', () => {
    for (const year of [2021, 2022, 2023, 2024, 2025, 2026]) {
      const announced = ANNOUNCED_SCHEDULES.filter((s) => s.year === year)
        .flatMap((s) => s.daysOff)
        .filter((d) => d.name === 'Quốc khánh' && d.date !== `${year}-09-02`)
        .map((d) => d.date);
      expect(announced, String(year)).toEqual([nationalDayAdjacentDay(year)]);
    }
  });
});

describe('make-up days for holidays on the weekly rest day (art. 111(3))', () => {
  it('moves a weekend holiday to the next Monday–Friday that is not already off', () => {
    // 2023: Hùng Kings Sat 29/4, 30/4 Sun, 1/5 Mon → made up Tue 2/5 and Wed 3/5.
    const made = computedHolidays(2023).filter((h) => h.kind === 'compensatory');
    expect(made.map((h) => [h.date, h.name])).toContainEqual(['2023-05-02', 'Nghỉ bù Giỗ Tổ Hùng Vương']);
    expect(made.map((h) => [h.date, h.name])).toContainEqual(['2023-05-03', 'Nghỉ bù Ngày Chiến thắng']);
    expect(made.map((h) => [h.date, h.name])).toContainEqual(['2023-01-02', 'Nghỉ bù Tết Dương lịch']);
  });

  it('computes future years: Tết 2027 on a weekend, 1/5/2027 a Saturday, 2/9/2029 a Sunday, 1/1/2028 a Saturday', () => {
    const made = (year: number): string[] => datesOf(computedHolidays(year).filter((h) => h.kind === 'compensatory'));
    expect(made(2027)).toEqual(['2027-02-10', '2027-02-11', '2027-05-03']);
    expect(made(2029)).toEqual(['2029-09-04']);
    expect(made(2028)).toContain('2028-01-03');
    for (const year of [2027, 2028, 2029, 2030, 2031]) {
      for (const day of made(year)) expect([1, 2, 3, 4, 5]).toContain(weekday(day));
    }
  });

  it('gives no make-up day for a weekday holiday and skips days that are already off', () => {
    expect(compensatoryDays([{ date: '2026-09-02', name: 'Quốc khánh', kind: 'holiday' }], () => false)).toEqual([]);
    const offMondayTuesday = new Set(['2026-04-27', '2026-04-28']);
    const made = compensatoryDays([{ date: '2026-04-26', name: 'Giỗ Tổ Hùng Vương', kind: 'holiday', group: 'hung-kings' }], (jdn) =>
      offMondayTuesday.has(fromDayNumber(jdn)),
    );
    expect(made).toEqual([{ date: '2026-04-29', name: 'Nghỉ bù Giỗ Tổ Hùng Vương', kind: 'compensatory', group: 'hung-kings' }]);
  });
});
