/**
 * The roster solver (issue 9 §2): a mixed-integer model per group of units that staff the same places, solved by
 * HiGHS, then one model that fills what is left with reinforcements, then a check that no uncovered slot could still
 * take someone. Hard rules are constraints (coverage carries a heavily penalised slack so an infeasible period still
 * gets its best roster and exact gaps); fairness, preferences, continuity and stability are the objective.
 */
import { checkPrepared } from './check';
import { explainGaps } from './gaps';
import { Mip } from './mip';
import { conflicts, mayStaff, prepare, preferenceScore, unavailabilityDuring, type Prepared, type PreparedOfficer, type PreparedShift } from './model';
import { localIso } from './time';
import { push } from './collections';
import type { RosterAssignment, RosterInput, RosterPlace, RosterResult, RosterSlotAssignment, RosterStats, RosterWeights, SpreadStat } from './types';

export const DEFAULT_WEIGHTS: RosterWeights = {
  change: 50,
  nightSpread: 10,
  weekendSpread: 6,
  holidaySpread: 6,
  hoursSpread: 1,
  preference: 3,
  reinforcement: 20,
  continuity: 5,
};

/** A missing officer costs more than any mix of soft penalties a roster can collect. */
const MISSING_COST = 100_000;

export interface SolveOptions {
  /** Safety limit per sub-model; results are deterministic unless it is reached (then `stats.optimal` is false). */
  timeLimitSeconds?: number;
  /** Relative optimality gap accepted by HiGHS. */
  relativeGap?: number;
  /** Monotonic milliseconds for `stats.timeMs` (the caller's clock; core keeps none). */
  now?: () => number;
  /**
   * `decomposed` (default): week by week, independent groups apart, reinforcements second. `monolithic`: one model
   * for the whole period, kept as the benchmark's baseline.
   */
  strategy?: 'decomposed' | 'monolithic';
}

interface Candidate {
  officer: PreparedOfficer;
  shift: PreparedShift;
  role: string;
  reinforcement: boolean;
}

/** Assignments already made, per officer: pinned ones and those of earlier stages. */
class Ledger {
  readonly list: RosterSlotAssignment[] = [];
  readonly shiftsOf = new Map<string, PreparedShift[]>();
  readonly weekHours = new Map<string, number>();
  private readonly filled = new Map<string, number>();

  constructor(private readonly p: Prepared) {}

  add(a: RosterSlotAssignment): void {
    const shift = this.p.shifts.get(a.shiftId);
    this.list.push(a);
    if (!shift) return;
    push(this.shiftsOf, a.officerId, shift);
    const wk = `${a.officerId}\u0000${shift.week}`;
    this.weekHours.set(wk, (this.weekHours.get(wk) ?? 0) + shift.hours);
    const slot = `${a.shiftId}\u0000${a.role}`;
    this.filled.set(slot, (this.filled.get(slot) ?? 0) + 1);
  }

  need(shift: PreparedShift, role: string, count: number): number {
    return Math.max(0, count - (this.filled.get(`${shift.shift.id}\u0000${role}`) ?? 0));
  }

  hoursInWeek(officerId: string, week: number): number {
    return this.weekHours.get(`${officerId}\u0000${week}`) ?? 0;
  }

  /** Whether the officer could also take the shift without breaking a rule against what is already assigned. */
  fits(officer: PreparedOfficer, shift: PreparedShift): boolean {
    if (unavailabilityDuring(officer, shift)) return false;
    const id = officer.officer.id;
    if ((this.shiftsOf.get(id) ?? []).some((s) => s === shift || conflicts(s, shift))) return false;
    return this.hoursInWeek(id, shift.week) + shift.hours <= this.p.rules.weeklyHoursCap + 1e-9;
  }
}

/**
 * The officers who hold a role and may staff a place as its own or as reinforcement, in id order (so the models are
 * built the same way every time), listed once per place, role and stage.
 */
function eligibility(p: Prepared): (place: RosterPlace, role: string, reinforcement: boolean) => PreparedOfficer[] {
  const byRole = new Map<string, PreparedOfficer[]>();
  for (const o of [...p.officers.values()].sort((a, b) => (a.officer.id < b.officer.id ? -1 : a.officer.id > b.officer.id ? 1 : 0))) {
    for (const role of new Set(o.officer.roles)) push(byRole, role, o);
  }
  const lists = new Map<string, PreparedOfficer[]>();
  return (place, role, reinforcement) => {
    const key = `${place.id}\u0000${role}\u0000${reinforcement ? 1 : 0}`;
    let list = lists.get(key);
    if (!list) {
      list = (byRole.get(role) ?? []).filter((o) => {
        const may = mayStaff(o.officer, place);
        return may.allowed && may.reinforcement === reinforcement;
      });
      lists.set(key, list);
    }
    return list;
  };
}

/**
 * Splits slots and candidates into groups that share no officer and no slot: each is an independent model, and the
 * sum of their optima is the optimum of the whole (fairness is a per-officer cost, so it couples nothing).
 */
function independentParts(slots: Slot[], candidates: Candidate[]): { slots: Slot[]; candidates: Candidate[] }[] {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    if (!parent.has(k)) parent.set(k, k);
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(k, root);
    return root;
  };
  const slotKey = (shiftId: string, role: string): string => `s\u0000${shiftId}\u0000${role}`;
  for (const c of candidates) {
    const a = find(`o\u0000${c.officer.officer.id}`);
    const b = find(slotKey(c.shift.shift.id, c.role));
    if (a !== b) parent.set(b, a);
  }
  const parts = new Map<string, { slots: Slot[]; candidates: Candidate[] }>();
  const part = (root: string): { slots: Slot[]; candidates: Candidate[] } => {
    let found = parts.get(root);
    if (!found) parts.set(root, (found = { slots: [], candidates: [] }));
    return found;
  };
  for (const c of candidates) part(find(slotKey(c.shift.shift.id, c.role))).candidates.push(c);
  for (const slot of slots) {
    const key = slotKey(slot.shift.shift.id, slot.role);
    if (parent.has(key)) part(find(key)).slots.push(slot);
  }
  return [...parts.values()];
}

/** Officers whose loads are compared for fairness: one unit, one set of duty roles. */
function fairnessKey(o: PreparedOfficer): string {
  return `${o.officer.unitId}\u0000${[...o.officer.roles].sort().join(',')}`;
}

const METRICS = ['nights', 'weekends', 'holidays', 'hours'] as const;
type Metric = (typeof METRICS)[number];

function metricValue(m: Metric, s: PreparedShift): number {
  switch (m) {
    case 'nights':
      return s.shift.isNight ? 1 : 0;
    case 'weekends':
      return s.shift.isWeekend ? 1 : 0;
    case 'holidays':
      return s.shift.isHoliday ? 1 : 0;
    case 'hours':
      return s.hours;
  }
}

function metricWeight(m: Metric, w: RosterWeights): number {
  return { nights: w.nightSpread, weekends: w.weekendSpread, holidays: w.holidaySpread, hours: w.hoursSpread }[m];
}

type Slot = { shift: PreparedShift; role: string; need: number };

interface StageResult {
  chosen: Candidate[];
  optimal: boolean;
}

/**
 * One sub-model: pick candidates so that every slot is covered (or its slack paid), no officer takes two conflicting
 * shifts or passes the weekly cap, and the soft costs are least.
 */
async function solveStage(
  p: Prepared,
  ledger: Ledger,
  candidates: Candidate[],
  slots: Slot[],
  w: RosterWeights,
  previous: Set<string>,
  options: { timeLimitSeconds: number; relativeGap: number },
): Promise<StageResult> {
  if (candidates.length === 0) return { chosen: [], optimal: true };
  const mip = new Mip();
  const col = candidates.map((c) => {
    let cost = -w.preference * preferenceScore(c.officer, c.shift);
    if (previous.has(`${c.officer.officer.id}\u0000${c.shift.shift.id}\u0000${c.role}`)) cost -= w.change;
    if (c.reinforcement) cost += w.reinforcement;
    return mip.binary(cost);
  });

  const bySlot = new Map<string, number[]>();
  const byOfficer = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    const sk = `${c.shift.shift.id}\u0000${c.role}`;
    push(bySlot, sk, i);
    const ok = c.officer.officer.id;
    push(byOfficer, ok, i);
  });

  for (const slot of slots) {
    const members = bySlot.get(`${slot.shift.shift.id}\u0000${slot.role}`) ?? [];
    if (members.length === 0) continue;
    const slack = mip.column(MISSING_COST, 0, slot.need, false);
    mip.row([...members.map((i) => col[i]!), slack], 1, slot.need, slot.need);
  }

  for (const [officerId, members] of byOfficer) {
    const officer = p.officers.get(officerId)!;
    addOfficerRows(mip, p, ledger, officer, members.map((i) => ({ index: col[i]!, shift: candidates[i]!.shift })));
    const places = [...new Set(members.map((i) => candidates[i]!.shift.place.id))];
    if (places.length > 1 && w.continuity > 0) {
      for (const placeId of places) {
        const at = members.filter((i) => candidates[i]!.shift.place.id === placeId);
        const serves = mip.binary(w.continuity);
        mip.row([...at.map((i) => col[i]!), serves], [...at.map(() => 1), -at.length], -Infinity, 0);
      }
    }
  }

  // Fairness as a convex cost on each officer's load: the k-th night (weekend, holiday, 8 hours) costs k times the
  // weight, so the cheapest roster spreads the load evenly, and the model's linear relaxation stays tight (a max − min
  // objective leaves HiGHS branching over interchangeable officers for seconds).
  for (const [officerId, members] of byOfficer) {
    const fixedShifts = ledger.shiftsOf.get(officerId) ?? [];
    for (const m of METRICS) {
      const weight = metricWeight(m, w);
      const active = members.filter((i) => metricValue(m, candidates[i]!.shift) > 0);
      if (weight <= 0 || active.length === 0) continue;
      // Segments start at the load already fixed (pins, earlier weeks): the next unit costs as much as its rank.
      const step = m === 'hours' ? 8 : 1;
      const fixed = fixedShifts.reduce((sum, s) => sum + metricValue(m, s), 0);
      const most = mostLoad(p, ledger, officerId, m, active.map((i) => candidates[i]!.shift));
      const rank = Math.floor(fixed / step);
      const segments: number[] = [];
      for (let k = 1; (k - 1) * step < most; k++) segments.push(mip.column(weight * (rank + k), 0, step, false));
      mip.row(
        [...active.map((i) => col[i]!), ...segments],
        [...active.map((i) => metricValue(m, candidates[i]!.shift)), ...segments.map(() => -1)],
        0,
        0,
      );
    }
  }

  const solution = await mip.solve({ timeLimitSeconds: options.timeLimitSeconds, relativeGap: options.relativeGap });
  // No roster within the time limit: the slots stay open for the closing pass, which fills each with whoever fits.
  if (!solution) return { chosen: [], optimal: false };
  return { chosen: candidates.filter((_, i) => solution.values[col[i]!]! > 0.5), optimal: solution.optimal };
}

/**
 * The most of a metric an officer can add from these shifts: no more than they hold, and no more than the weekly cap
 * leaves room for in each week (so the fairness cost needs a few segments, not one per candidate shift).
 */
function mostLoad(p: Prepared, ledger: Ledger, officerId: string, m: Metric, shifts: PreparedShift[]): number {
  const weeks = new Map<number, PreparedShift[]>();
  for (const s of shifts) push(weeks, s.week, s);
  let most = 0;
  for (const [week, list] of weeks) {
    const held = list.reduce((sum, s) => sum + metricValue(m, s), 0);
    const room = Math.max(0, p.rules.weeklyHoursCap - ledger.hoursInWeek(officerId, week));
    const fits = m === 'hours' ? room : Math.floor(room / Math.min(...list.map((s) => s.hours)) + 1e-9);
    most += Math.min(held, fits);
  }
  return most;
}

/** One shift at a time, rest between shifts and the weekly cap, for one officer's candidates. */
function addOfficerRows(mip: Mip, p: Prepared, ledger: Ledger, officer: PreparedOfficer, members: { index: number; shift: PreparedShift }[]): void {
  // Candidates of one shift (one per role) act as one: the officer works the shift or not.
  const byShift = new Map<PreparedShift, number[]>();
  for (const m of members) push(byShift, m.shift, m.index);
  const shifts = [...byShift.keys()].sort((a, b) => a.start - b.start || (a.shift.id < b.shift.id ? -1 : 1));
  const cols = (s: PreparedShift): number[] => byShift.get(s)!;

  // Conflicting shifts form runs in start order; a run whose shifts all clash pairwise is one clique row.
  let coveredUntil = -1;
  for (let i = 0; i < shifts.length; i++) {
    const s = shifts[i]!;
    let j = i;
    while (j + 1 < shifts.length && conflicts(s, shifts[j + 1]!)) j++;
    const run = shifts.slice(i, j + 1);
    const clique = run.every((a, x) => run.every((b, y) => x >= y || conflicts(a, b)));
    if (clique) {
      if (j <= coveredUntil) continue;
      if (run.length > 1 || cols(s).length > 1) mip.row(run.flatMap(cols), 1, -Infinity, 1);
      coveredUntil = j;
    } else {
      if (cols(s).length > 1) mip.row(cols(s), 1, -Infinity, 1);
      for (const t of run.slice(1)) if (conflicts(s, t)) mip.row([...cols(s), ...cols(t)], 1, -Infinity, 1);
    }
  }

  const weeks = new Map<number, PreparedShift[]>();
  for (const s of shifts) push(weeks, s.week, s);
  for (const [week, list] of weeks) {
    const room = p.rules.weeklyHoursCap - ledger.hoursInWeek(officer.officer.id, week);
    if (list.reduce((sum, s) => sum + s.hours, 0) <= room + 1e-9) continue;
    mip.row(list.flatMap(cols), list.flatMap((s) => cols(s).map(() => s.hours)), -Infinity, room);
  }
}

export async function solveRoster(input: RosterInput, options: SolveOptions = {}): Promise<RosterResult> {
  const now = options.now ?? (() => 0);
  const started = now();
  const p = prepare(input);
  const w: RosterWeights = { ...DEFAULT_WEIGHTS, ...input.weights };
  const limits = { timeLimitSeconds: options.timeLimitSeconds ?? 10, relativeGap: options.relativeGap ?? 0.02 };
  const previous = new Set((input.previous ?? []).map((a) => `${a.officerId}\u0000${a.shiftId}\u0000${a.role}`));
  const ledger = new Ledger(p);
  const pinnedKeys = new Set<string>();
  for (const a of input.pinned ?? []) {
    ledger.add(a);
    pinnedKeys.add(`${a.officerId}\u0000${a.shiftId}\u0000${a.role}`);
  }

  const eligible = eligibility(p);
  const openSlots = (week?: number): Slot[] =>
    p.shiftList.flatMap((shift) =>
      week !== undefined && shift.week !== week
        ? []
        : shift.shift.requirements.map((r) => ({ shift, role: r.role, need: ledger.need(shift, r.role, r.count) })).filter((s) => s.need > 0),
    );
  const candidatesFor = (slots: Slot[], reinforcement: boolean): Candidate[] =>
    slots.flatMap((slot) =>
      eligible(slot.shift.place, slot.role, reinforcement)
        .filter((o) => ledger.fits(o, slot.shift))
        .map((o) => ({ officer: o, shift: slot.shift, role: slot.role, reinforcement })),
    );

  let optimal = true;
  let subproblems = 0;
  const solveParts = async (slots: Slot[], candidates: Candidate[]): Promise<void> => {
    const parts = options.strategy === 'monolithic' ? [{ slots, candidates }] : independentParts(slots, candidates);
    for (const part of parts) {
      const result = await solveStage(p, ledger, part.candidates, part.slots, w, previous, limits);
      subproblems++;
      optimal &&= result.optimal;
      for (const c of result.chosen) ledger.add({ officerId: c.officer.officer.id, shiftId: c.shift.shift.id, role: c.role });
    }
  };

  if (options.strategy === 'monolithic') {
    const slots = openSlots();
    await solveParts(slots, [...candidatesFor(slots, false), ...candidatesFor(slots, true)]);
  } else {
    // Week by week (the weekly cap's own boundary; rest across it is kept by leaving out candidates that clash with
    // the weeks already rostered), and within a week each group of officers and slots that share no candidate alone.
    const weeks = [...new Set(p.shiftList.map((s) => s.week))];
    for (const week of weeks) {
      const own = openSlots(week);
      await solveParts(own, candidatesFor(own, false));
      // Then what the own units could not cover, from the units allowed to reinforce.
      const left = openSlots(week).filter((s) => s.shift.place.reinforcementAllowed);
      await solveParts(left, candidatesFor(left, true));
    }
  }

  // A slot left open while someone could still take it is not a real gap: fill it (only a stopped search leaves one).
  for (const slot of openSlots()) {
    let need = slot.need;
    for (const c of [...candidatesFor([slot], false), ...candidatesFor([slot], true)]) {
      if (need === 0) break;
      if (!ledger.fits(c.officer, c.shift)) continue;
      ledger.add({ officerId: c.officer.officer.id, shiftId: c.shift.shift.id, role: c.role });
      need--;
    }
  }

  const assignments: RosterAssignment[] = ledger.list
    .map((a) => {
      const shift = p.shifts.get(a.shiftId);
      const officer = p.officers.get(a.officerId);
      return {
        officerId: a.officerId,
        shiftId: a.shiftId,
        placeId: shift?.place.id ?? '',
        role: a.role,
        start: shift ? localIso(shift.start) : '',
        end: shift ? localIso(shift.end) : '',
        pinned: pinnedKeys.has(`${a.officerId}\u0000${a.shiftId}\u0000${a.role}`),
        reinforcement: !!(shift && officer && mayStaff(officer.officer, shift.place).reinforcement),
      };
    })
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.shiftId < b.shiftId ? -1 : a.shiftId > b.shiftId ? 1 : a.officerId < b.officerId ? -1 : 1));

  const gaps = explainGaps(p, ledger.list);
  const kept = new Set(assignments.map((a) => `${a.officerId}\u0000${a.shiftId}\u0000${a.role}`));
  const stats: RosterStats = {
    timeMs: 0,
    requiredSlots: p.shiftList.reduce((sum, s) => sum + s.shift.requirements.reduce((t, r) => t + r.count, 0), 0),
    assignedSlots: assignments.length,
    missingSlots: gaps.reduce((sum, g) => sum + g.missing, 0),
    changedFromPrevious: [...previous].filter((k) => !kept.has(k)).length,
    reinforcements: assignments.filter((a) => a.reinforcement).length,
    subproblems,
    ...fairness(p, ledger.list),
    optimal,
  };
  stats.timeMs = now() - started;
  return { assignments, gaps, violations: checkPrepared(p, ledger.list), stats };
}

/** Spread of nights, weekends, holidays and hours within each fairness group, largest over the groups. */
export function fairness(p: Prepared, assignments: readonly RosterSlotAssignment[]): Record<Metric, SpreadStat> {
  const load = new Map<string, Record<Metric, number>>();
  for (const a of assignments) {
    const s = p.shifts.get(a.shiftId);
    if (!s) continue;
    const l = load.get(a.officerId) ?? { nights: 0, weekends: 0, holidays: 0, hours: 0 };
    for (const m of METRICS) l[m] += metricValue(m, s);
    load.set(a.officerId, l);
  }
  // Only officers who could serve somewhere are compared: a unit's clerk with no duty role is not under-used.
  const groups = new Map<string, Record<Metric, number>[]>();
  for (const o of p.officers.values()) {
    if (o.officer.roles.length === 0) continue;
    const key = fairnessKey(o);
    push(groups, key, load.get(o.officer.id) ?? { nights: 0, weekends: 0, holidays: 0, hours: 0 });
  }
  const result = {} as Record<Metric, SpreadStat>;
  for (const m of METRICS) {
    let maxSpread = 0;
    let min = Infinity;
    let max = 0;
    for (const list of groups.values()) {
      const values = list.map((l) => l[m]);
      const hi = Math.max(...values);
      const lo = Math.min(...values);
      if (list.length > 1) maxSpread = Math.max(maxSpread, hi - lo);
      min = Math.min(min, lo);
      max = Math.max(max, hi);
    }
    result[m] = { maxSpread, min: min === Infinity ? 0 : min, max };
  }
  return result;
}
