import { describe, expect, it } from 'vitest';
import { leaderReceptionMinimum, meetsMinimum } from './leader-reception';

describe('leaders\' reception minimum (Luật Tiếp công dân 2013 arts. 14–15)', () => {
  it('a district chairman receives at least 2 days a month, a commune chairman 1 day a week', () => {
    expect(leaderReceptionMinimum('district')).toMatchObject({ days: 2, per: 'month' });
    expect(leaderReceptionMinimum('commune')).toMatchObject({ days: 1, per: 'week' });
    expect(leaderReceptionMinimum('agency')).toBeNull();
  });
  it('two sessions on one day count once', () => {
    const min = leaderReceptionMinimum('district');
    expect(min && meetsMinimum(min, ['2021-10-05', '2021-10-05'], 1)).toBe(false);
    expect(min && meetsMinimum(min, ['2021-10-05', '2021-10-19'], 1)).toBe(true);
  });
});
