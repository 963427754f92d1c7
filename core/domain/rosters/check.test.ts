import { describe, expect, it } from 'vitest';
import { checkRoster } from './check';
import { expandShifts } from './shifts';
import { DEFAULT_ROSTER_RULES, type RosterInput, type RosterOfficer } from './types';

const officer = (id: string, unitId: string, roles: string[], extra: Partial<RosterOfficer> = {}): RosterOfficer => ({ id, unitId, name: `Ông ${id}`, roles, unavailable: [], ...extra });

/** Two places, 3 × 8 h over 20/10–27/10/2021; shift ids `place:date:index` (0 = 06–14, 1 = 14–22, 2 = 22–06). */
function input(officers: RosterOfficer[]): RosterInput {
  const span = { from: '2021-10-20T06:00:00+07:00', to: '2021-10-27T06:00:00+07:00', holidays: [] };
  return {
    places: [
      { id: 'tp', unitId: 'btcd', name: 'Trụ sở TCD thành phố', reinforcementAllowed: true, reinforcementUnitIds: ['tt'] },
      { id: 'p1', unitId: 'p1', name: 'Nơi tiếp công dân phường 1', partnerUnitIds: ['ca1'], reinforcementAllowed: false },
    ],
    shifts: [
      ...expandShifts({ ...span, placeId: 'tp', pattern: { code: '3x8' }, requirements: [{ role: 'tiep_cong_dan', count: 1 }, { role: 'cong_an', count: 1 }] }),
      ...expandShifts({ ...span, placeId: 'p1', pattern: { code: '3x8' }, requirements: [{ role: 'tiep_cong_dan', count: 1 }, { role: 'cong_an', count: 1 }] }),
    ],
    officers,
    rules: { ...DEFAULT_ROSTER_RULES },
  };
}

const staff = [
  officer('a', 'btcd', ['tiep_cong_dan']),
  officer('b', 'btcd', ['tiep_cong_dan'], { unavailable: [{ start: '2021-10-21T00:00:00+07:00', end: '2021-10-22T00:00:00+07:00', kind: 'day_off_in_lieu' }] }),
  officer('c', 'ca1', ['cong_an']),
  officer('t', 'tt', ['tiep_cong_dan']),
];
const codes = (assignments: { officerId: string; shiftId: string; role: string }[]) => checkRoster(input(staff), assignments).map((v) => v.code);

describe('checkRoster', () => {
  it('accepts a roster that keeps every hard rule (reinforcement where the place allows it, rest respected)', () => {
    expect(
      codes([
        { officerId: 'a', shiftId: 'tp:2021-10-20:0', role: 'tiep_cong_dan' },
        { officerId: 'a', shiftId: 'tp:2021-10-21:0', role: 'tiep_cong_dan' },
        { officerId: 't', shiftId: 'tp:2021-10-20:1', role: 'tiep_cong_dan' },
        { officerId: 'c', shiftId: 'p1:2021-10-20:2', role: 'cong_an' },
        { officerId: 'c', shiftId: 'p1:2021-10-21:2', role: 'cong_an' },
      ]),
    ).toEqual([]);
  });

  it('refuses an officer without the duty role, from a unit that may not staff the place, or on leave', () => {
    expect(codes([{ officerId: 'a', shiftId: 'tp:2021-10-20:0', role: 'cong_an' }])).toEqual(['not_qualified']);
    expect(codes([{ officerId: 't', shiftId: 'p1:2021-10-20:0', role: 'tiep_cong_dan' }])).toEqual(['wrong_unit']);
    const v = checkRoster(input(staff), [{ officerId: 'b', shiftId: 'tp:2021-10-21:0', role: 'tiep_cong_dan' }]);
    expect(v.map((x) => x.code)).toEqual(['unavailable']);
    expect(v[0]!.message).toBe('Ông b đang nghỉ bù trong Ca sáng 21/10 tại Trụ sở TCD thành phố.');
  });

  it('refuses two places at once, the same shift twice, a role the shift does not need, and more than required', () => {
    expect(codes([{ officerId: 'a', shiftId: 'tp:2021-10-20:0', role: 'tiep_cong_dan' }, { officerId: 'a', shiftId: 'tp:2021-10-20:0', role: 'tiep_cong_dan' }])).toEqual(['over_required', 'duplicate']);
    expect(codes([{ officerId: 'c', shiftId: 'tp:2021-10-20:0', role: 'cong_an' }, { officerId: 'c', shiftId: 'p1:2021-10-20:0', role: 'cong_an' }])).toEqual(['wrong_unit', 'overlap']);
    expect(codes([{ officerId: 'a', shiftId: 'tp:2021-10-20:0', role: 'lanh_dao_tiep' }])).toEqual(['role_not_required', 'not_qualified']);
    expect(codes([{ officerId: 'x', shiftId: 'tp:2021-10-20:0', role: 'cong_an' }, { officerId: 'a', shiftId: 'nowhere', role: 'cong_an' }])).toEqual(['unknown_officer', 'unknown_shift']);
  });

  it('keeps 12 hours of rest after a night shift and 10 after any other (configurable)', () => {
    // Night 20/10 22–06, then 21/10 14–22: 8 hours of rest.
    expect(codes([{ officerId: 'c', shiftId: 'p1:2021-10-20:2', role: 'cong_an' }, { officerId: 'c', shiftId: 'p1:2021-10-21:1', role: 'cong_an' }])).toEqual(['rest_after_night']);
    // Afternoon 14–22, then 06–14 the next day: 8 hours.
    expect(codes([{ officerId: 'c', shiftId: 'p1:2021-10-20:1', role: 'cong_an' }, { officerId: 'c', shiftId: 'p1:2021-10-21:0', role: 'cong_an' }])).toEqual(['rest_after_shift']);
    const relaxed = { ...input(staff), rules: { ...DEFAULT_ROSTER_RULES, restAfterShiftHours: 8 } };
    expect(checkRoster(relaxed, [{ officerId: 'c', shiftId: 'p1:2021-10-20:1', role: 'cong_an' }, { officerId: 'c', shiftId: 'p1:2021-10-21:0', role: 'cong_an' }])).toEqual([]);
    const v = checkRoster(input(staff), [{ officerId: 'c', shiftId: 'p1:2021-10-20:2', role: 'cong_an' }, { officerId: 'c', shiftId: 'p1:2021-10-21:1', role: 'cong_an' }]);
    expect(v[0]!.message).toBe('Ông c chưa nghỉ đủ 12 giờ sau Ca đêm 20/10 tại Nơi tiếp công dân phường 1 trước Ca chiều 21/10 tại Nơi tiếp công dân phường 1.');
  });

  it('caps the hours of a calendar week (Monday to Sunday), 48 by default', () => {
    // 20/10/2021 is a Wednesday: 20–24/10 is one week, and 5 shifts are 40 hours; 25/10 starts the next week.
    const days = ['20', '21', '22', '23', '24', '25', '26'].map((d) => ({ officerId: 'c', shiftId: `p1:2021-10-${d}:0`, role: 'cong_an' }));
    expect(codes(days)).toEqual([]);
    const tight = { ...input(staff), rules: { ...DEFAULT_ROSTER_RULES, weeklyHoursCap: 32 } };
    const v = checkRoster(tight, days);
    expect(v.map((x) => x.code)).toEqual(['weekly_hours']);
    expect(v[0]!.message).toBe('Ông c trực 40 giờ trong tuần có ngày 20/10, quá giới hạn 32 giờ.');
  });
});
