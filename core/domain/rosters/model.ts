/** The input read once into indexed form, and the hard rules between shifts that solver, checker and gaps share. */
import { HOUR_MS, dayMonth, instantMs, localWeekIndex } from './time';
import type { DutyRoleCode, RosterInput, RosterOfficer, RosterPlace, RosterRules, RosterShift, Unavailability } from './types';

export interface PreparedShift {
  shift: RosterShift;
  place: RosterPlace;
  start: number;
  end: number;
  hours: number;
  /** Local calendar week in which the shift starts (the weekly hours cap counts it there). */
  week: number;
  /** Rest the officer needs after this shift before the next one starts, in milliseconds. */
  restAfter: number;
}

export interface PreparedOfficer {
  officer: RosterOfficer;
  unavailable: { start: number; end: number; kind: Unavailability['kind'] }[];
  preferences: { start: number; end: number; kind: 'avoid' | 'prefer' }[];
}

export interface Prepared {
  rules: RosterRules;
  shifts: Map<string, PreparedShift>;
  /** Shifts in start order (ties by id), for deterministic iteration. */
  shiftList: PreparedShift[];
  officers: Map<string, PreparedOfficer>;
  places: Map<string, RosterPlace>;
}

export function prepare(input: RosterInput): Prepared {
  const places = new Map(input.places.map((p) => [p.id, p]));
  const shiftList: PreparedShift[] = [];
  for (const shift of input.shifts) {
    const place = places.get(shift.placeId);
    if (!place) throw new RangeError(`Shift ${shift.id} names an unknown place ${shift.placeId}`);
    const start = instantMs(shift.start);
    const end = instantMs(shift.end);
    if (end <= start) throw new RangeError(`Shift ${shift.id} ends before it starts`);
    const restHours = shift.isNight ? input.rules.restAfterNightHours : input.rules.restAfterShiftHours;
    shiftList.push({ shift, place, start, end, hours: (end - start) / HOUR_MS, week: localWeekIndex(start), restAfter: restHours * HOUR_MS });
  }
  shiftList.sort((a, b) => a.start - b.start || (a.shift.id < b.shift.id ? -1 : a.shift.id > b.shift.id ? 1 : 0));
  const shifts = new Map(shiftList.map((s) => [s.shift.id, s]));
  const officers = new Map(
    input.officers.map((o) => [
      o.id,
      {
        officer: o,
        unavailable: o.unavailable.map((u) => ({ start: instantMs(u.start), end: instantMs(u.end), kind: u.kind })),
        preferences: (o.preferences ?? []).map((p) => ({ start: instantMs(p.start), end: instantMs(p.end), kind: p.kind })),
      },
    ]),
  );
  return { rules: input.rules, shifts, shiftList, officers, places };
}

/**
 * Whether one officer may not work both shifts: they overlap, or the later one starts before the rest owed after the
 * earlier one has passed (12 h after a night shift, 10 h after any other by default; Labour Code 2019 art. 110).
 */
export function conflicts(a: PreparedShift, b: PreparedShift): boolean {
  return !(b.start >= a.end + a.restAfter || a.start >= b.end + b.restAfter);
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

const OWN_UNITS = new WeakMap<RosterPlace, ReadonlySet<string>>();

/** Units whose officers staff the place as their own (kept per place: the solver asks for every candidate). */
export function ownUnits(place: RosterPlace): ReadonlySet<string> {
  let units = OWN_UNITS.get(place);
  if (!units) OWN_UNITS.set(place, (units = new Set([place.unitId, ...(place.partnerUnitIds ?? [])])));
  return units;
}

export function mayStaff(officer: RosterOfficer, place: RosterPlace): { allowed: boolean; reinforcement: boolean } {
  if (ownUnits(place).has(officer.unitId)) return { allowed: true, reinforcement: false };
  const allowed = place.reinforcementAllowed && (!place.reinforcementUnitIds || place.reinforcementUnitIds.includes(officer.unitId));
  return { allowed, reinforcement: allowed };
}

/** The first unavailability that overlaps the shift, if any. */
export function unavailabilityDuring(officer: PreparedOfficer, shift: PreparedShift): PreparedOfficer['unavailable'][number] | undefined {
  return officer.unavailable.find((u) => overlaps(u, shift));
}

/** Preference score of working the shift: +1 inside a `prefer` interval, −1 inside an `avoid` one. */
export function preferenceScore(officer: PreparedOfficer, shift: PreparedShift): number {
  let score = 0;
  for (const p of officer.preferences) if (overlaps(p, shift)) score += p.kind === 'prefer' ? 1 : -1;
  return score;
}

/** Short nouns for a role in a sentence ("thiếu 1 công an"). Codes outside the shipped catalogue are shown as they are. */
const ROLE_NOUNS: Record<string, string> = {
  tiep_cong_dan: 'cán bộ tiếp công dân',
  xu_ly_don: 'cán bộ xử lý đơn',
  lanh_dao_tiep: 'lãnh đạo tiếp công dân',
  cong_an: 'công an',
  to_cong_tac: 'thành viên tổ công tác',
  y_te: 'cán bộ y tế',
  mat_tran: 'cán bộ Mặt trận, đoàn thể',
};

export function roleNoun(role: DutyRoleCode): string {
  return ROLE_NOUNS[role] ?? role;
}

/** "Ca đêm 25/10 tại Trụ sở TCD thành phố" */
export function describeShift(s: PreparedShift): string {
  return `${s.shift.label} ${dayMonth(s.start)} tại ${s.place.name}`;
}

export function officerName(o: PreparedOfficer | undefined, id: string): string {
  return o?.officer.name ?? id;
}
