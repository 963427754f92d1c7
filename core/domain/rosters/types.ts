/**
 * The roster solver's contract (issue 9 §2): what a period's storage hands the solver and what it gets back.
 * Instants are ISO 8601 strings with an offset (the expander writes `+07:00`); Vietnam keeps UTC+7 all year, so a
 * local date or hour is the instant shifted by seven hours.
 */

/** An ISO 8601 date-time with an offset, e.g. `2021-10-25T22:00:00+07:00`. */
export type IsoInstant = string;

/** A local calendar date `YYYY-MM-DD` in Asia/Ho_Chi_Minh. */
export type LocalDate = string;

/** A code of the `duty_role` catalogue (core/domain/catalogs/data.ts), e.g. `tiep_cong_dan`, `cong_an`. */
export type DutyRoleCode = string;

export interface RosterPlace {
  id: string;
  /** The unit that staffs the place with its own officers. */
  unitId: string;
  /** How the place is named in gap sentences, e.g. "Trụ sở TCD thành phố". */
  name: string;
  /**
   * Other units that staff the place as a matter of course, not as reinforcement: a ward office is staffed by the
   * ward's people's committee and by the ward police (Công an phường), a unit of its own.
   */
  partnerUnitIds?: string[];
  /** Whether officers of other units may be put on its shifts (reinforcement, a second stage of the solve). */
  reinforcementAllowed: boolean;
  /** When reinforcement is allowed: the units that may send officers; absent means any unit. */
  reinforcementUnitIds?: string[];
}

export interface RoleRequirement {
  role: DutyRoleCode;
  count: number;
}

export interface RosterShift {
  /** Stable and unique across the input (the expander makes `placeId:date:index`). */
  id: string;
  placeId: string;
  start: IsoInstant;
  end: IsoInstant;
  /** Vietnamese label used in sentences: "Ca sáng", "Ca chiều", "Ca đêm", "Ca ngày". */
  label: string;
  /** Night work, Labour Code 2019 art. 106: the shift lies mostly within 22:00–06:00. */
  isNight: boolean;
  /** Starts on a Saturday or Sunday (local). */
  isWeekend: boolean;
  /** Starts on a statutory holiday or announced day off (from the work calendar's set passed to the expander). */
  isHoliday: boolean;
  requirements: RoleRequirement[];
}

/** Why an officer cannot be rostered in an interval (hard). */
export type UnavailabilityKind = 'leave' | 'day_off_in_lieu' | 'sick' | 'training' | 'other';

export interface Unavailability {
  start: IsoInstant;
  end: IsoInstant;
  kind: UnavailabilityKind;
}

/** A wish (soft): `avoid` an interval, or `prefer` to work in it. */
export interface Preference {
  start: IsoInstant;
  end: IsoInstant;
  kind: 'avoid' | 'prefer';
}

export interface RosterOfficer {
  id: string;
  unitId: string;
  /** Name for messages; not needed by the model. */
  name?: string;
  roles: DutyRoleCode[];
  unavailable: Unavailability[];
  preferences?: Preference[];
}

/** Hard-rule parameters, all configurable per period. */
export interface RosterRules {
  /** Rest after a night shift before the next shift starts (default 12 h; Labour Code 2019 art. 110 sets 12 h between shifts). */
  restAfterNightHours: number;
  /** Rest after any other shift (default 10 h). */
  restAfterShiftHours: number;
  /**
   * Hours an officer may be rostered in one calendar week, Monday 00:00 to Sunday 24:00 local (default 48, Labour
   * Code 2019 art. 105(1)). A shift counts in the week in which it starts.
   */
  weeklyHoursCap: number;
}

export const DEFAULT_ROSTER_RULES: RosterRules = { restAfterNightHours: 12, restAfterShiftHours: 10, weeklyHoursCap: 48 };

/** One officer in one role on one shift: what pins and previous rosters are made of. */
export interface RosterSlotAssignment {
  officerId: string;
  shiftId: string;
  role: DutyRoleCode;
}

/** Relative weights of the soft rules (all optional; the defaults keep coverage first, then changes, then fairness). */
export interface RosterWeights {
  /** Per officer-shift moved away from the previous roster. */
  change: number;
  /** Per night above the fair share (for the officers of one unit sharing the same shifts). */
  nightSpread: number;
  weekendSpread: number;
  holidaySpread: number;
  /** Per hour above the fair share of hours. */
  hoursSpread: number;
  /** Per shift worked inside an `avoid` preference (a `prefer` one earns the same amount). */
  preference: number;
  /** Per reinforcement officer used where the own unit could not cover. */
  reinforcement: number;
  /** Continuity: per place an officer serves at beyond the first (so reinforcements come from few, steady officers). */
  continuity: number;
}

export interface RosterInput {
  places: RosterPlace[];
  shifts: RosterShift[];
  officers: RosterOfficer[];
  rules: RosterRules;
  /** Published assignments: kept as they are. */
  pinned?: RosterSlotAssignment[];
  /** The roster before the change being re-solved: the solver moves as few of its shifts as it can. */
  previous?: RosterSlotAssignment[];
  weights?: Partial<RosterWeights>;
}

export interface RosterAssignment {
  officerId: string;
  shiftId: string;
  placeId: string;
  role: DutyRoleCode;
  start: IsoInstant;
  end: IsoInstant;
  /** Kept from the pinned input. */
  pinned: boolean;
  /** The officer comes from another unit than the place's. */
  reinforcement: boolean;
}

/**
 * Why a slot stays uncovered, most specific first:
 * - `no_qualified`: nobody in the units that may staff the place has the role;
 * - `unavailable`: every qualified officer is on leave, a day off in lieu, sick or in training at that time;
 * - `resting`: the remaining ones are busy on an overlapping shift or within their rest time;
 * - `hours_cap`: the remaining ones would pass the weekly hours cap;
 * - `mixed`: qualified officers exist but each is kept out for one of the reasons above (the counts say which).
 */
export type GapReasonCode = 'no_qualified' | 'unavailable' | 'resting' | 'hours_cap' | 'mixed';

export interface GapCounts {
  /** Officers with the role in the units that may staff the place (own and partner units, reinforcing units if allowed). */
  qualified: number;
  onLeave: number;
  dayOffInLieu: number;
  /** Sick, training or other unavailability. */
  otherUnavailable: number;
  /** Already on this very shift (in this role or another). */
  onThisShift: number;
  /** On another shift that overlaps this one. */
  busy: number;
  /** Too close to another of their shifts (rest rule). */
  resting: number;
  /** This shift would take them past the weekly hours cap. */
  overCap: number;
}

export interface RosterGap {
  shiftId: string;
  placeId: string;
  role: DutyRoleCode;
  start: IsoInstant;
  end: IsoInstant;
  /** Officers missing in that role on that shift. */
  missing: number;
  reasonCode: GapReasonCode;
  /** E.g. "Ca đêm 25/10 tại Trụ sở TCD thành phố: thiếu 1 công an — 3 người đủ điều kiện đều đang nghỉ bù". */
  reason: string;
  counts: GapCounts;
}

export type ViolationCode =
  | 'unknown_officer'
  | 'unknown_shift'
  | 'role_not_required'
  | 'over_required'
  | 'duplicate'
  | 'not_qualified'
  | 'wrong_unit'
  | 'unavailable'
  | 'overlap'
  | 'rest_after_night'
  | 'rest_after_shift'
  | 'weekly_hours';

/** A broken hard rule, found by `checkRoster`. */
export interface RosterViolation {
  code: ViolationCode;
  officerId: string;
  /** The shift or shifts involved (two for overlap and rest, the week's shifts for the hours cap). */
  shiftIds: string[];
  /** Vietnamese sentence for the screen. */
  message: string;
}

export interface SpreadStat {
  /** Largest max − min over the groups of officers that share the same shifts (a unit's officers of one role set). */
  maxSpread: number;
  min: number;
  max: number;
}

export interface RosterStats {
  timeMs: number;
  requiredSlots: number;
  assignedSlots: number;
  missingSlots: number;
  /** Assignments of `previous` that the new roster no longer has. */
  changedFromPrevious: number;
  reinforcements: number;
  /** Sub-models solved (one per unit, then one for reinforcements if needed). */
  subproblems: number;
  /** Fairness: nights, weekend shifts, holiday shifts and hours per officer, spread within each group. */
  nights: SpreadStat;
  weekends: SpreadStat;
  holidays: SpreadStat;
  hours: SpreadStat;
  /** Every sub-model reached proven optimality (false when a time limit stopped one). */
  optimal: boolean;
}

export interface RosterResult {
  assignments: RosterAssignment[];
  gaps: RosterGap[];
  /** Hard-rule violations left in the result: empty unless pinned assignments themselves break a rule. */
  violations: RosterViolation[];
  stats: RosterStats;
}

/** Shift patterns a place can run (issue 9 §2). */
export type ShiftPatternCode = '3x8' | '2x12' | 'day_only';

export interface ShiftPattern {
  code: ShiftPatternCode;
  /**
   * Local hour the first shift of the day starts: 3×8 defaults to 6 (06–14, 14–22, 22–06), 2×12 to 7 (07–19,
   * 19–07), day-only to 7 with `dayHours` 10 (07–17).
   */
  firstStartHour?: number;
  /** Day-only: hours of the day shift. */
  dayHours?: number;
  /** Day-only: also staff Saturdays, Sundays and holidays (wards during a heightened period do). */
  includeDaysOff?: boolean;
}

export interface ExpandShiftsInput {
  placeId: string;
  pattern: ShiftPattern;
  /** Period start and end; shifts are clipped to them so a 24/7 pattern covers the period exactly. */
  from: IsoInstant;
  to: IsoInstant;
  /** Required staff on every shift. */
  requirements: RoleRequirement[];
  /** Statutory holidays and announced days off (local dates), from the work calendar. */
  holidays: ReadonlySet<LocalDate> | readonly LocalDate[];
}
