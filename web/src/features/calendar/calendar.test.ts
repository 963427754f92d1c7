import { describe, expect, it } from 'vitest';
import { monthGrid, parseYearMonth, shiftMonth } from './dates';
import { spans } from './schedules';

describe('month grid', () => {
  it('runs Monday to Sunday in whole weeks around the month', () => {
    const feb = monthGrid({ year: 2026, month: 2 });
    expect(feb.from).toBe('2026-01-26');
    expect(feb.to).toBe('2026-03-01');
    expect(feb.dates).toHaveLength(35);
    // February 2021 starts on a Monday and ends on a Sunday: exactly four weeks.
    expect(monthGrid({ year: 2021, month: 2 }).dates).toHaveLength(28);
    expect(monthGrid({ year: 2026, month: 3 }).dates).toHaveLength(42);
  });
  it('steps across years and reads the address bar strictly', () => {
    expect(shiftMonth({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
    expect(shiftMonth({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(parseYearMonth('2026-02')).toEqual({ year: 2026, month: 2 });
    expect(parseYearMonth('2026-13')).toBeNull();
    expect(parseYearMonth('x')).toBeNull();
  });
});

describe('schedule summary', () => {
  it('joins consecutive days off of the same name into one span', () => {
    const day = (date: string, name: string) => ({ date, name, kind: 'holiday' as const, group: null });
    expect(
      spans([day('2026-02-17', 'Tết Nguyên đán'), day('2026-02-16', 'Tết Nguyên đán'), day('2026-02-18', 'Tết Nguyên đán'), day('2026-09-02', 'Quốc khánh'), day('2026-09-01', 'Quốc khánh'), day('2026-09-04', 'Quốc khánh')]),
    ).toEqual([
      { from: '2026-02-16', to: '2026-02-18', name: 'Tết Nguyên đán', kind: 'holiday' },
      { from: '2026-09-01', to: '2026-09-02', name: 'Quốc khánh', kind: 'holiday' },
      { from: '2026-09-04', to: '2026-09-04', name: 'Quốc khánh', kind: 'holiday' },
    ]);
  });
});

