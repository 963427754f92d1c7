/**
 * Generated roster instances at the scale of the seed's plan (issue 9 §4): the city reception office and 19 wards
 * staffed round the clock in 3 × 8 h shifts by 300 officers, with leave, days off in lieu and wishes drawn from a
 * seeded generator. Used by the benchmark and the tests; deterministic for the same options.
 */
import { WorkCalendar } from '../calendar';
import { expandShifts } from './shifts';
import { seededRandom } from '../random';
import { addLocalDays, localDateHourMs, localIso } from './time';
import { DEFAULT_ROSTER_RULES, type RosterInput, type RosterOfficer, type RosterPlace, type Unavailability } from './types';


export interface SeedScaleOptions {
  /** First day, local (default the seed's 2021-10-20). */
  from?: string;
  days?: number;
  wards?: number;
  officers?: number;
  seed?: number;
  /** Share of officers with a leave of 2–5 days somewhere in the period. */
  leaveRate?: number;
}

export function seedScaleInstance(options: SeedScaleOptions = {}): RosterInput {
  const from = options.from ?? '2021-10-20';
  const days = options.days ?? 25;
  const wards = options.wards ?? 19;
  const total = options.officers ?? 300;
  const random = seededRandom(options.seed ?? 1);
  const to = addLocalDays(from, days);
  const holidays = new WorkCalendar()
    .days(from, addLocalDays(to, -1))
    .filter((d) => !d.working && d.kind !== 'weekend')
    .map((d) => d.date);

  const places: RosterPlace[] = [
    { id: 'tp', unitId: 'btcd', name: 'Trụ sở TCD thành phố', partnerUnitIds: ['ca-tp', 'vp'], reinforcementAllowed: true, reinforcementUnitIds: ['thanh-tra'] },
  ];
  for (let w = 1; w <= wards; w++) {
    const n = String(w).padStart(2, '0');
    places.push({ id: `p${n}`, unitId: `ubnd-${n}`, name: `Nơi tiếp công dân phường ${n}`, partnerUnitIds: [`ca-${n}`], reinforcementAllowed: true, reinforcementUnitIds: ['thanh-tra', 'ca-tp'] });
  }

  // From 06:00 of the first day to 06:00 after the last: whole shifts only, `days` × 3 per place.
  const span = { from: localIso(localDateHourMs(from, 6)), to: localIso(localDateHourMs(to, 6)) };
  const shifts = places.flatMap((place) =>
    expandShifts({
      placeId: place.id,
      pattern: { code: '3x8' },
      ...span,
      holidays,
      requirements:
        place.id === 'tp'
          ? [
              { role: 'tiep_cong_dan', count: 2 },
              { role: 'cong_an', count: 1 },
              { role: 'lanh_dao_tiep', count: 1 },
            ]
          : [
              { role: 'tiep_cong_dan', count: 1 },
              { role: 'cong_an', count: 1 },
            ],
    }),
  );

  // Units and their sizes; officers left over after the minimum go round the wards.
  const units: { unitId: string; roles: string[][]; size: number }[] = [
    { unitId: 'btcd', roles: [['tiep_cong_dan'], ['tiep_cong_dan', 'xu_ly_don']], size: 12 },
    { unitId: 'vp', roles: [['lanh_dao_tiep']], size: 7 },
    { unitId: 'ca-tp', roles: [['cong_an']], size: 9 },
    { unitId: 'thanh-tra', roles: [['tiep_cong_dan', 'xu_ly_don']], size: 6 },
  ];
  for (let w = 1; w <= wards; w++) {
    const n = String(w).padStart(2, '0');
    units.push({ unitId: `ubnd-${n}`, roles: [['tiep_cong_dan'], ['tiep_cong_dan', 'lanh_dao_tiep']], size: 6 });
    units.push({ unitId: `ca-${n}`, roles: [['cong_an']], size: 6 });
  }
  let spare = total - units.reduce((sum, u) => sum + u.size, 0);
  for (let i = 4; spare > 0; i = i + 1 >= units.length ? 4 : i + 1, spare--) units[i]!.size++;

  const periodStart = localDateHourMs(from, 0);
  const at = (day: number, hour: number): string => localIso(periodStart + (day * 24 + hour) * 3_600_000);
  const officers: RosterOfficer[] = [];
  for (const unit of units) {
    for (let k = 0; k < unit.size; k++) {
      const unavailable: Unavailability[] = [];
      if (random() < (options.leaveRate ?? 0.1)) {
        const start = Math.floor(random() * days);
        unavailable.push({ start: at(start, 0), end: at(Math.min(days, start + 2 + Math.floor(random() * 4)), 0), kind: 'leave' });
      }
      if (random() < 0.15) {
        const day = Math.floor(random() * days);
        unavailable.push({ start: at(day, 0), end: at(day + 1, 0), kind: 'day_off_in_lieu' });
      }
      const preferences: RosterOfficer['preferences'] = [];
      if (random() < 0.2) {
        const day = Math.floor(random() * days);
        preferences.push({ start: at(day, 22), end: at(day + 1, 6), kind: 'avoid' });
      }
      officers.push({
        id: `${unit.unitId}-${String(k + 1).padStart(2, '0')}`,
        unitId: unit.unitId,
        name: `Cán bộ ${unit.unitId} số ${k + 1}`,
        roles: unit.roles[k % unit.roles.length]!,
        unavailable,
        preferences,
      });
    }
  }
  return { places, shifts, officers, rules: { ...DEFAULT_ROSTER_RULES } };
}
