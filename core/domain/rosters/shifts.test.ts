import { describe, expect, it } from 'vitest';
import { expandShifts, isNightShift, uncoveredIntervals } from './shifts';
import { instantMs } from './time';

const base = { placeId: 'tp', requirements: [{ role: 'cong_an', count: 1 }], holidays: ['2021-10-22'] };

describe('expandShifts', () => {
  it('runs 3 × 8 h round the clock, the night shift 22:00–06:00 flagged as night work (BLLĐ art. 106)', () => {
    const shifts = expandShifts({ ...base, pattern: { code: '3x8' }, from: '2021-10-20T00:00:00+07:00', to: '2021-10-22T00:00:00+07:00' });
    // The night shift of 19/10 runs into the period from 00:00 to 06:00, clipped.
    expect(shifts.map((s) => [s.id, s.start, s.end, s.isNight])).toEqual([
      ['tp:2021-10-19:2', '2021-10-20T00:00:00+07:00', '2021-10-20T06:00:00+07:00', true],
      ['tp:2021-10-20:0', '2021-10-20T06:00:00+07:00', '2021-10-20T14:00:00+07:00', false],
      ['tp:2021-10-20:1', '2021-10-20T14:00:00+07:00', '2021-10-20T22:00:00+07:00', false],
      ['tp:2021-10-20:2', '2021-10-20T22:00:00+07:00', '2021-10-21T06:00:00+07:00', true],
      ['tp:2021-10-21:0', '2021-10-21T06:00:00+07:00', '2021-10-21T14:00:00+07:00', false],
      ['tp:2021-10-21:1', '2021-10-21T14:00:00+07:00', '2021-10-21T22:00:00+07:00', false],
      ['tp:2021-10-21:2', '2021-10-21T22:00:00+07:00', '2021-10-22T00:00:00+07:00', true],
    ]);
    expect(shifts.map((s) => s.label)).toEqual(['Ca đêm', 'Ca sáng', 'Ca chiều', 'Ca đêm', 'Ca sáng', 'Ca chiều', 'Ca đêm']);
    expect(uncoveredIntervals(shifts, '2021-10-20T00:00:00+07:00', '2021-10-22T00:00:00+07:00')).toEqual([]);
  });

  it('runs 2 × 12 h with the 19:00–07:00 shift as the night shift, and flags weekends and the holidays passed in', () => {
    const shifts = expandShifts({ ...base, pattern: { code: '2x12' }, from: '2021-10-22T07:00:00+07:00', to: '2021-10-24T07:00:00+07:00' });
    expect(shifts.map((s) => [s.start, s.isNight, s.isWeekend, s.isHoliday])).toEqual([
      ['2021-10-22T07:00:00+07:00', false, false, true],
      ['2021-10-22T19:00:00+07:00', true, false, true],
      ['2021-10-23T07:00:00+07:00', false, true, false],
      ['2021-10-23T19:00:00+07:00', true, true, false],
    ]);
  });

  it('staffs the working day only, skipping weekends and holidays unless asked, and says which hours stay uncovered', () => {
    const span = { from: '2021-10-21T00:00:00+07:00', to: '2021-10-25T00:00:00+07:00' };
    const weekdays = expandShifts({ ...base, pattern: { code: 'day_only' }, ...span });
    expect(weekdays.map((s) => s.id)).toEqual(['tp:2021-10-21:0']);
    expect(weekdays[0]).toMatchObject({ start: '2021-10-21T07:00:00+07:00', end: '2021-10-21T17:00:00+07:00', isNight: false });
    const every = expandShifts({ ...base, pattern: { code: 'day_only', includeDaysOff: true }, ...span });
    expect(every).toHaveLength(4);
    expect(uncoveredIntervals(weekdays, span.from, span.to)).toEqual([
      { start: '2021-10-21T00:00:00+07:00', end: '2021-10-21T07:00:00+07:00' },
      { start: '2021-10-21T17:00:00+07:00', end: '2021-10-25T00:00:00+07:00' },
    ]);
  });

  it('gives nothing for an empty or reversed period', () => {
    expect(expandShifts({ ...base, pattern: { code: '3x8' }, from: '2021-10-22T00:00:00+07:00', to: '2021-10-21T00:00:00+07:00' })).toEqual([]);
  });
});

describe('isNightShift', () => {
  it('counts a shift as night work when it lies mostly inside 22:00–06:00', () => {
    const at = (iso: string) => instantMs(iso);
    expect(isNightShift(at('2021-10-20T14:00:00+07:00'), at('2021-10-20T22:00:00+07:00'))).toBe(false);
    expect(isNightShift(at('2021-10-20T18:00:00+07:00'), at('2021-10-21T02:00:00+07:00'))).toBe(true);
    expect(isNightShift(at('2021-10-21T00:00:00+07:00'), at('2021-10-21T06:00:00+07:00'))).toBe(true);
    expect(isNightShift(at('2021-10-21T05:00:00+07:00'), at('2021-10-21T13:00:00+07:00'))).toBe(false);
  });
});
