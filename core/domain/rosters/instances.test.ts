import { describe, expect, it } from 'vitest';
import { seedScaleInstance } from './instances';

describe('seedScaleInstance', () => {
  it('builds the seed period at full scale: 20 places, 25 days × 3 shifts, 300 officers, the same every time', () => {
    const input = seedScaleInstance();
    expect(input.places).toHaveLength(20);
    expect(input.shifts).toHaveLength(20 * 25 * 3);
    expect(input.officers).toHaveLength(300);
    expect(input.shifts[0]!.start).toBe('2021-10-20T06:00:00+07:00');
    expect(JSON.stringify(seedScaleInstance())).toBe(JSON.stringify(input));
    expect(JSON.stringify(seedScaleInstance({ seed: 2 }))).not.toBe(JSON.stringify(input));
  });

  it('marks the holidays of the work calendar over a 90-day period (1/1/2022)', () => {
    const input = seedScaleInstance({ days: 90 });
    expect(input.shifts.filter((s) => s.isHoliday && s.placeId === 'tp').map((s) => s.id.split(':')[1])).toContain('2022-01-01');
  });
});
