import { performance } from 'node:perf_hooks';
import type { z } from 'zod';
import {
  checkRoster,
  expandShifts,
  solveRoster,
  uncoveredIntervals,
  type RosterGap,
  type RosterInput,
  type RosterOfficer,
  type RosterShift,
  type RosterSlotAssignment,
  type SolveOptions,
  type UnavailabilityKind,
} from '@core/domain/rosters';
import type { ZAssignment, ZAssignmentCreate, ZAssignmentUpdate, ZDutyNow, ZGap, ZRoster, ZSwap, ZSwapCreate, ZSwapDecision, ZUnavailabilityCreate } from '@core/schemas/periods';
import { bool, isTrue, type Db, type Tx } from '../../db/database';
import type { Actor, RequestMeta } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { updateVersioned } from '../../platform/versioned';
import { alertsCommitted } from '../alerts/alerts.service';
import { registerRecordType } from '../../platform/records';
import { registerAuditOwner, writeAudit } from '../audit/audit.repo';
import { loadWorkCalendar } from '../calendar/calendar.service';
import { notifyOfficers, watchCheckIns } from './duty-alerts';
import { assertCanPlan, canPlan, instant, isConstraint, loadPeriod, onDutyAt, seesPeriod, vnDate, vnDateTime, type PeriodRow } from './periods.repo';

type Assignment = z.output<typeof ZAssignment>;
type Gap = z.output<typeof ZGap>;
type Roster = z.output<typeof ZRoster>;

const ONE_PLACE = 'roster_assignments_one_place';
/** A check-in is accepted from this long before the shift starts. */
const CHECK_IN_EARLY_MS = 60 * 60_000;

/** Everything the solver and the checker need about a period, read from the database. */
export interface PeriodModel {
  input: RosterInput;
  shifts: Map<string, RosterShift>;
  placeNames: Map<number, string>;
  /** Stretches of the period a place's pattern leaves without any shift. */
  uncovered: { placeId: number; start: string; end: string }[];
}

export async function loadModel(db: Db, period: PeriodRow): Promise<PeriodModel> {
  const k = db.kysely;
  const [places, reqs, units] = await Promise.all([
    k.selectFrom('period_places').innerJoin('places', 'places.id', 'period_places.place_id').selectAll('period_places').select(['places.name', 'places.unit_id']).where('period_id', '=', period.id).orderBy('places.id').execute(),
    k.selectFrom('period_requirements').selectAll().where('period_id', '=', period.id).orderBy('role').execute(),
    k.selectFrom('period_units').select('unit_id').where('period_id', '=', period.id).execute(),
  ]);
  const calendar = await loadWorkCalendar(db);
  const holidays = calendar
    .days(vnDate(period.starts_at), vnDate(period.ends_at))
    .filter((d) => !d.working && d.kind !== 'weekend')
    .map((d) => d.date);
  const periodUnits = units.map((u) => String(u.unit_id));
  const shifts: RosterShift[] = [];
  const uncovered: PeriodModel['uncovered'] = [];
  for (const p of places) {
    const requirements = reqs.filter((r) => r.place_id === p.place_id).map((r) => ({ role: r.role, count: r.count }));
    const own = expandShifts({
      placeId: String(p.place_id),
      pattern: { code: p.pattern, ...(p.first_start_hour !== null ? { firstStartHour: p.first_start_hour } : {}), ...(p.day_hours !== null ? { dayHours: p.day_hours } : {}), includeDaysOff: isTrue(p.include_days_off) },
      from: period.starts_at,
      to: period.ends_at,
      requirements,
      holidays,
    });
    shifts.push(...own);
    // Day-only patterns leave nights by design; a round-the-clock one that leaves hours is worth saying.
    if (p.pattern !== 'day_only') for (const hole of uncoveredIntervals(own, period.starts_at, period.ends_at)) uncovered.push({ placeId: p.place_id, ...hole });
  }
  const anyReinforcement = places.some((p) => isTrue(p.reinforcement_allowed));
  const partners = new Map(places.map((p) => [p.place_id, JSON.parse(p.partner_unit_ids) as number[]]));
  const staffUnits = [...new Set([...places.flatMap((p) => [p.unit_id, ...(partners.get(p.place_id) ?? [])]), ...(anyReinforcement ? units.map((u) => u.unit_id) : [])])];
  const roleSet = [...new Set(reqs.map((r) => r.role))];
  const officerRows =
    staffUnits.length && roleSet.length
      ? await k
          .selectFrom('officers')
          .innerJoin('officer_duty_roles', 'officer_duty_roles.officer_id', 'officers.id')
          .select(['officers.id', 'officers.unit_id', 'officers.full_name', 'officer_duty_roles.role'])
          .where('officers.unit_id', 'in', staffUnits)
          .where('officer_duty_roles.role', 'in', roleSet)
          .where('officers.active', '=', bool(true))
          .orderBy('officers.id')
          .execute()
      : [];
  const officers = new Map<number, RosterOfficer>();
  for (const r of officerRows) {
    const o = officers.get(r.id) ?? { id: String(r.id), unitId: String(r.unit_id), name: r.full_name, roles: [], unavailable: [] };
    o.roles.push(r.role);
    officers.set(r.id, o);
  }
  const ids = [...officers.keys()];
  if (ids.length) {
    const [leave, elsewhere] = await Promise.all([
      k.selectFrom('officer_unavailability').selectAll().where('officer_id', 'in', ids).where('starts_at', '<', period.ends_at).where('ends_at', '>', period.starts_at).execute(),
      // Shifts in other periods: the database refuses an officer in two places at once, so the solver must know.
      k
        .selectFrom('roster_assignments')
        .select(['officer_id', 'starts_at', 'ends_at'])
        .where('officer_id', 'in', ids)
        .where('period_id', '<>', period.id)
        .where('starts_at', '<', period.ends_at)
        .where('ends_at', '>', period.starts_at)
        .execute(),
    ]);
    for (const u of leave) officers.get(u.officer_id)?.unavailable.push({ start: instant(u.starts_at), end: instant(u.ends_at), kind: u.kind });
    for (const a of elsewhere) officers.get(a.officer_id)?.unavailable.push({ start: instant(a.starts_at), end: instant(a.ends_at), kind: 'other' as UnavailabilityKind });
  }
  const current = await k.selectFrom('roster_assignments').select(['officer_id', 'shift_key', 'role', 'pinned']).where('period_id', '=', period.id).orderBy('id').execute();
  const slot = (a: (typeof current)[number]): RosterSlotAssignment => ({ officerId: String(a.officer_id), shiftId: a.shift_key, role: a.role });
  const input: RosterInput = {
    places: places.map((p) => ({
      id: String(p.place_id),
      unitId: String(p.unit_id),
      partnerUnitIds: (partners.get(p.place_id) ?? []).map(String),
      name: p.name,
      reinforcementAllowed: isTrue(p.reinforcement_allowed),
      ...(isTrue(p.reinforcement_allowed) ? { reinforcementUnitIds: periodUnits } : {}),
    })),
    shifts,
    officers: [...officers.values()],
    rules: { restAfterNightHours: period.rest_after_night_hours, restAfterShiftHours: period.rest_after_shift_hours, weeklyHoursCap: period.weekly_hours_cap },
    pinned: current.filter((a) => isTrue(a.pinned)).map(slot),
    previous: current.map(slot),
  };
  return { input, shifts: new Map(shifts.map((s) => [s.id, s])), placeNames: new Map(places.map((p) => [p.place_id, p.name])), uncovered };
}

const assignmentQuery = (db: Db | Tx) =>
  ('kysely' in db ? db.kysely : db)
    .selectFrom('roster_assignments')
    .innerJoin('officers', 'officers.id', 'roster_assignments.officer_id')
    .innerJoin('places', 'places.id', 'roster_assignments.place_id')
    .selectAll('roster_assignments')
    .select(['officers.full_name', 'officers.phones', 'places.name as place_name', 'places.unit_id as place_unit_id']);

type AssignmentJoined = Awaited<ReturnType<ReturnType<typeof assignmentQuery>['executeTakeFirstOrThrow']>>;

function presentAssignment(a: AssignmentJoined): Assignment {
  return {
    id: a.id,
    officer: a.officer_id,
    officerName: a.full_name,
    phones: JSON.parse(a.phones) as string[],
    place: a.place_id,
    placeName: a.place_name,
    role: a.role,
    shift: a.shift_key,
    shiftLabel: a.shift_label,
    start: instant(a.starts_at),
    end: instant(a.ends_at),
    pinned: isTrue(a.pinned),
    published: isTrue(a.published),
    reinforcement: isTrue(a.reinforcement),
    checkedInAt: a.checked_in_at ? instant(a.checked_in_at) : null,
    checkedOutAt: a.checked_out_at ? instant(a.checked_out_at) : null,
    version: a.version,
  };
}

function presentGap(g: RosterGap, placeNames: Map<number, string>): Gap {
  const place = Number(g.placeId);
  return { shift: g.shiftId, place, placeName: placeNames.get(place) ?? '', role: g.role, start: instant(g.start), end: instant(g.end), missing: g.missing, reasonCode: g.reasonCode, reason: g.reason };
}

export async function getRoster(db: Db, actor: Actor, periodId: number, placeId?: number): Promise<Roster> {
  const period = await loadPeriod(db.kysely, actor, periodId);
  let q = assignmentQuery(db).where('roster_assignments.period_id', '=', periodId);
  if (placeId !== undefined) q = q.where('roster_assignments.place_id', '=', placeId);
  const rows = await q.orderBy('roster_assignments.starts_at').orderBy('roster_assignments.place_id').orderBy('roster_assignments.role').orderBy('roster_assignments.id').execute();
  const gaps = (JSON.parse(period.roster_gaps) as Gap[]).filter((g) => placeId === undefined || g.place === placeId);
  return { periodId, publishedAt: period.roster_published_at ? instant(period.roster_published_at) : null, assignments: rows.map(presentAssignment), gaps };
}

const CHUNK = 400;

/**
 * Solves the period's roster (journey 2) and stores it as the draft: pinned (published) shifts stay, the rest is
 * replaced; the gaps with their reasons are kept with the period until the next solve or edit.
 */
export async function solvePeriod(db: Db, actor: Actor, periodId: number, meta: RequestMeta): Promise<Roster> {
  const period = await loadPeriod(db.kysely, actor, periodId);
  assertCanPlan(actor, period);
  const stats = await solveAndStore(db, period, meta);
  return { ...(await getRoster(db, actor, periodId)), stats };
}

/** Solves and stores a period's draft roster; shared by the route and the demo's first start. */
export async function solveAndStore(db: Db, period: PeriodRow, meta: RequestMeta, options: Pick<SolveOptions, 'timeLimitSeconds'> = {}): Promise<NonNullable<Roster['stats']>> {
  const periodId = period.id;
  const model = await loadModel(db, period);
  const result = await solveRoster(model.input, { ...options, now: () => performance.now() });
  const gaps = result.gaps.map((g) => presentGap(g, model.placeNames));
  const now = db.clock.nowIso();
  const fresh = result.assignments.filter((a) => !a.pinned);
  try {
    await db.transaction(async (tx) => {
      await tx.deleteFrom('roster_assignments').where('period_id', '=', periodId).where('pinned', '=', bool(false)).execute();
      for (let i = 0; i < fresh.length; i += CHUNK) {
        await tx
          .insertInto('roster_assignments')
          .values(
            fresh.slice(i, i + CHUNK).map((a) => ({
              period_id: periodId,
              place_id: Number(a.placeId),
              officer_id: Number(a.officerId),
              role: a.role,
              shift_key: a.shiftId,
              shift_label: model.shifts.get(a.shiftId)?.label ?? '',
              starts_at: instant(a.start),
              ends_at: instant(a.end),
              pinned: bool(false),
              published: bool(false),
              reinforcement: bool(a.reinforcement),
              created_at: now,
              updated_at: now,
            })),
          )
          .execute();
      }
      await tx.updateTable('periods').set({ roster_gaps: JSON.stringify(gaps), roster_solved_at: now }).where('id', '=', periodId).execute();
      await writeAudit(tx, db, meta, { action: 'roster.solved', entity: 'period', entityId: periodId, after: { assignments: result.assignments.length, gaps: gaps.length, stats: result.stats } });
    });
  } catch (error) {
    if (isConstraint(error, ONE_PLACE)) throw new AppError('CONFLICT', 'Một cán bộ vừa được xếp trực ở nơi khác cùng thời gian; hãy xếp lại lịch.', undefined, { reason: 'OFFICER_DOUBLE_BOOKED' });
    throw error;
  }
  return {
    timeMs: Math.round(result.stats.timeMs),
    requiredSlots: result.stats.requiredSlots,
    assignedSlots: result.stats.assignedSlots,
    missingSlots: result.stats.missingSlots,
    nightsSpread: result.stats.nights.maxSpread,
    optimal: result.stats.optimal,
  };
}

/** The hard rules on the roster as it would be after an edit: only what the edit itself breaks is refused. */
function assertRules(model: PeriodModel, after: RosterSlotAssignment[], touched: RosterSlotAssignment): void {
  const broken = checkRoster(model.input, after).filter((v) => v.officerId === touched.officerId && v.shiftIds.includes(touched.shiftId));
  if (broken.length) throw new AppError('CONFLICT', broken.map((v) => v.message).join(' '), { officerId: broken[0]?.message ?? '' }, { reason: 'ROSTER_RULE', details: { rule: broken[0]?.code ?? '' } });
}

async function currentSlots(db: Db, periodId: number): Promise<(RosterSlotAssignment & { id: number })[]> {
  const rows = await db.kysely.selectFrom('roster_assignments').select(['id', 'officer_id', 'shift_key', 'role']).where('period_id', '=', periodId).execute();
  return rows.map((r) => ({ id: r.id, officerId: String(r.officer_id), shiftId: r.shift_key, role: r.role }));
}

/** Fills (or frees) a slot in the stored gaps so the roster page stays true between solves. */
async function adjustGap(tx: Tx, period: PeriodRow, shift: RosterShift, role: string, delta: number, placeName: string): Promise<void> {
  const row = await tx.selectFrom('periods').select('roster_gaps').where('id', '=', period.id).executeTakeFirstOrThrow();
  const gaps = JSON.parse(row.roster_gaps) as Gap[];
  const found = gaps.find((g) => g.shift === shift.id && g.role === role);
  if (found) found.missing += delta;
  else if (delta > 0)
    gaps.push({ shift: shift.id, place: Number(shift.placeId), placeName, role, start: instant(shift.start), end: instant(shift.end), missing: delta, reasonCode: 'removed', reason: `${shift.label} ${vnDateTime(shift.start)} tại ${placeName}: thiếu ${delta} người — phân công đã bị gỡ.` });
  const kept = gaps.filter((g) => g.missing > 0).sort((a, b) => a.start.localeCompare(b.start));
  await tx.updateTable('periods').set({ roster_gaps: JSON.stringify(kept) }).where('id', '=', period.id).execute();
}

async function guardDoubleBooking<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isConstraint(error, ONE_PLACE)) throw new AppError('CONFLICT', 'Cán bộ này đã được xếp trực ở nơi khác trong cùng thời gian; một người không thể trực hai nơi một lúc.', { officerId: 'Đang trực nơi khác cùng thời gian' }, { reason: 'OFFICER_DOUBLE_BOOKED' });
    throw error;
  }
}

async function getAssignment(db: Db, id: number): Promise<AssignmentJoined> {
  const row = await assignmentQuery(db).where('roster_assignments.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy phân công trực.');
  return row;
}

/** A manual assignment into a slot of the period's shifts, checked against the hard rules (and by the database). */
export async function addAssignment(db: Db, actor: Actor, periodId: number, input: z.output<typeof ZAssignmentCreate>, meta: RequestMeta): Promise<Assignment> {
  const period = await loadPeriod(db.kysely, actor, periodId);
  assertCanPlan(actor, period);
  const model = await loadModel(db, period);
  const shift = model.shifts.get(input.shift);
  if (!shift || Number(shift.placeId) !== input.placeId)
    throw new AppError('VALIDATION_FAILED', 'Ca trực không thuộc địa điểm hoặc nằm ngoài thời gian của đợt.', { shift: 'Ca không thuộc đợt' }, { reason: 'SHIFT_OUTSIDE_PERIOD' });
  const officer = await db.kysely.selectFrom('officers').select(['id', 'full_name', 'unit_id']).where('id', '=', input.officerId).executeTakeFirst();
  if (!officer) throw new AppError('VALIDATION_FAILED', 'Không tìm thấy cán bộ.', { officerId: 'Không tìm thấy cán bộ' });
  // Someone outside the period's candidate list (another unit, no role) still gets the checker's own sentence.
  if (!model.input.officers.some((o) => o.id === String(officer.id))) {
    const roles = await db.kysely.selectFrom('officer_duty_roles').select('role').where('officer_id', '=', officer.id).execute();
    model.input.officers.push({ id: String(officer.id), unitId: String(officer.unit_id), name: officer.full_name, roles: roles.map((r) => r.role), unavailable: [] });
  }
  const touched = { officerId: String(officer.id), shiftId: shift.id, role: input.role };
  assertRules(model, [...(await currentSlots(db, periodId)), touched], touched);
  const published = period.roster_published_at !== null;
  const place = model.input.places.find((p) => p.id === shift.placeId);
  const now = db.clock.nowIso();
  const added = await guardDoubleBooking(() =>
    db.transaction(async (tx) => {
      const row = await tx
        .insertInto('roster_assignments')
        .values({
          period_id: periodId,
          place_id: input.placeId,
          officer_id: officer.id,
          role: input.role,
          shift_key: shift.id,
          shift_label: shift.label,
          starts_at: instant(shift.start),
          ends_at: instant(shift.end),
          pinned: bool(published),
          published: bool(published),
          reinforcement: bool(place?.unitId !== String(officer.unit_id) && !place?.partnerUnitIds?.includes(String(officer.unit_id))),
          created_at: now,
          updated_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await adjustGap(tx, period, shift, input.role, -1, model.placeNames.get(input.placeId) ?? '');
      await writeAudit(tx, db, meta, { action: 'roster_assignment.created', entity: 'roster_assignment', entityId: row.id, after: row });
      return { id: row.id, told: published ? await publishedChange(tx, db, meta, periodId, row) : 0 };
    }),
  );
  if (added.told) alertsCommitted(db);
  return presentAssignment(await getAssignment(db, added.id));
}

/** Before publication the planner changes who works a shift; afterwards a swap with approval does. */
export async function changeAssignment(db: Db, actor: Actor, id: number, input: z.output<typeof ZAssignmentUpdate>, meta: RequestMeta): Promise<Assignment> {
  const a = await getAssignment(db, id);
  const period = await loadPeriod(db.kysely, actor, a.period_id);
  assertCanPlan(actor, period);
  if (isTrue(a.published)) throw new AppError('CONFLICT', 'Lịch trực đã ban hành: muốn đổi người trực, hãy gửi đề nghị đổi ca để lãnh đạo duyệt.', undefined, { reason: 'ROSTER_PUBLISHED' });
  await reassign(db, period, a, input.officerId, input.version, meta, 'roster_assignment.updated');
  return presentAssignment(await getAssignment(db, id));
}

async function reassign(db: Db, period: PeriodRow, a: AssignmentJoined, officerId: number, version: number, meta: RequestMeta, action: 'roster_assignment.updated'): Promise<void> {
  const model = await loadModel(db, period);
  const touched = { officerId: String(officerId), shiftId: a.shift_key, role: a.role };
  if (!model.input.officers.some((o) => o.id === touched.officerId)) {
    const o = await db.kysely.selectFrom('officers').select(['id', 'unit_id', 'full_name']).where('id', '=', officerId).executeTakeFirst();
    if (!o) throw new AppError('VALIDATION_FAILED', 'Không tìm thấy cán bộ.', { officerId: 'Không tìm thấy cán bộ' });
    const roles = await db.kysely.selectFrom('officer_duty_roles').select('role').where('officer_id', '=', o.id).execute();
    model.input.officers.push({ id: String(o.id), unitId: String(o.unit_id), name: o.full_name, roles: roles.map((r) => r.role), unavailable: [] });
  }
  const others = (await currentSlots(db, period.id)).filter((s) => s.id !== a.id);
  assertRules(model, [...others, touched], touched);
  const told = await guardDoubleBooking(() =>
    db.transaction(async (tx) => {
      await updateVersioned(tx, db, meta, { table: 'roster_assignments', id: a.id, version, set: { officer_id: officerId, checked_in_at: null, checked_in_by: null }, action, entity: 'roster_assignment', notFound: 'Không tìm thấy phân công trực.' });
      return isTrue(a.published) ? publishedChange(tx, db, meta, period.id, a) : 0;
    }),
  );
  if (told) alertsCommitted(db);
}

export async function removeAssignment(db: Db, actor: Actor, id: number, meta: RequestMeta): Promise<void> {
  const a = await getAssignment(db, id);
  const period = await loadPeriod(db.kysely, actor, a.period_id);
  assertCanPlan(actor, period);
  if (isTrue(a.published)) throw new AppError('CONFLICT', 'Lịch trực đã ban hành: không gỡ được phân công; hãy gửi đề nghị đổi ca.', undefined, { reason: 'ROSTER_PUBLISHED' });
  const model = await loadModel(db, period);
  const shift = model.shifts.get(a.shift_key);
  await db.transaction(async (tx) => {
    await tx.deleteFrom('roster_assignments').where('id', '=', id).execute();
    if (shift) await adjustGap(tx, period, shift, a.role, 1, a.place_name);
    // The row is gone when the log asks for its owner: name the place's unit here.
    await writeAudit(tx, db, meta, { action: 'roster_assignment.deleted', entity: 'roster_assignment', entityId: id, before: a, unitId: a.place_unit_id });
  });
}

/** Publishing freezes the roster: every assignment is pinned, later solves keep it, edits go through swaps. */
export async function publishRoster(db: Db, actor: Actor, periodId: number, meta: RequestMeta): Promise<Roster> {
  const period = await loadPeriod(db.kysely, actor, periodId);
  assertCanPlan(actor, period);
  const count = await db.kysely.selectFrom('roster_assignments').select((e) => e.fn.countAll<number>().as('n')).where('period_id', '=', periodId).executeTakeFirst();
  if (!Number(count?.n ?? 0)) throw new AppError('CONFLICT', 'Lịch trực chưa có phân công nào; hãy xếp lịch trước khi ban hành.', undefined, { reason: 'ROSTER_EMPTY' });
  await publishStored(db, periodId, meta);
  return getRoster(db, actor, periodId);
}

/** Publishes the draft: pins it, schedules the check-in watch of its shifts and tells their officers, in one transaction. */
export async function publishStored(db: Db, periodId: number, meta: RequestMeta): Promise<void> {
  const now = db.clock.nowIso();
  const told = await db.transaction(async (tx) => {
    const fresh = await tx.selectFrom('roster_assignments').select(['id', 'starts_at', 'ends_at']).where('period_id', '=', periodId).where('published', '=', bool(false)).execute();
    const r = await tx.updateTable('roster_assignments').set({ published: bool(true), pinned: bool(true), updated_at: now }).where('period_id', '=', periodId).where('published', '=', bool(false)).executeTakeFirst();
    const period = await tx.updateTable('periods').set({ roster_published_at: now, roster_published_by: meta.actorId, updated_at: now }).where('id', '=', periodId).returning('check_in_grace_minutes').executeTakeFirstOrThrow();
    await writeAudit(tx, db, meta, { action: 'roster.published', entity: 'period', entityId: periodId, after: { published: Number(r.numUpdatedRows), at: now } });
    await watchCheckIns(tx, db, fresh, period.check_in_grace_minutes);
    return notifyOfficers(tx, db, meta, periodId, fresh.map((a) => a.id));
  });
  if (told) alertsCommitted(db);
}

/** A shift that became published outside a publication (added later, swapped): watched and told like the others. */
async function publishedChange(tx: Tx, db: Db, meta: RequestMeta, periodId: number, shift: { id: number; starts_at: string; ends_at: string }): Promise<number> {
  const period = await tx.selectFrom('periods').select('check_in_grace_minutes').where('id', '=', periodId).executeTakeFirstOrThrow();
  await watchCheckIns(tx, db, [shift], period.check_in_grace_minutes);
  return notifyOfficers(tx, db, meta, periodId, [shift.id]);
}

/** The officer himself (his account is linked to him) or the place's planners check a shift in and out. */
async function assertMayCheck(db: Db, actor: Actor, a: AssignmentJoined, period: PeriodRow): Promise<void> {
  if (canPlan(actor, period) || (actor.scope.has(a.place_unit_id) && actor.permissions.includes('periods.write'))) return;
  const account = await db.kysely.selectFrom('accounts').select('officer_id').where('id', '=', actor.accountId).executeTakeFirst();
  if (account?.officer_id !== a.officer_id) throw new AppError('FORBIDDEN', 'Chỉ cán bộ trực ca này hoặc lãnh đạo đơn vị mới nhận, giao ca được.');
}

export async function checkIn(db: Db, actor: Actor, id: number, meta: RequestMeta): Promise<Assignment> {
  const a = await getAssignment(db, id);
  const period = await loadPeriod(db.kysely, actor, a.period_id);
  await assertMayCheck(db, actor, a, period);
  if (!isTrue(a.published)) throw new AppError('CONFLICT', 'Lịch trực chưa được ban hành; chưa nhận ca được.', undefined, { reason: 'ROSTER_NOT_PUBLISHED' });
  if (a.checked_in_at) throw new AppError('CONFLICT', `Ca này đã được nhận lúc ${vnDateTime(a.checked_in_at)}.`, undefined, { reason: 'ALREADY_CHECKED_IN' });
  const now = db.clock.nowMs();
  if (now < new Date(a.starts_at).getTime() - CHECK_IN_EARLY_MS || now >= new Date(a.ends_at).getTime())
    throw new AppError('CONFLICT', `Chỉ nhận ca được từ 1 giờ trước khi ca bắt đầu (${vnDateTime(a.starts_at)}) đến khi ca kết thúc (${vnDateTime(a.ends_at)}).`, undefined, { reason: 'OUTSIDE_SHIFT' });
  await db.transaction((tx) =>
    updateVersioned(tx, db, meta, { table: 'roster_assignments', id, version: a.version, set: { checked_in_at: db.clock.nowIso(), checked_in_by: actor.accountId }, action: 'roster_assignment.checked_in', entity: 'roster_assignment', notFound: 'Không tìm thấy phân công trực.' }),
  );
  return presentAssignment(await getAssignment(db, id));
}

export async function checkOut(db: Db, actor: Actor, id: number, meta: RequestMeta): Promise<Assignment> {
  const a = await getAssignment(db, id);
  const period = await loadPeriod(db.kysely, actor, a.period_id);
  await assertMayCheck(db, actor, a, period);
  if (!a.checked_in_at) throw new AppError('CONFLICT', 'Ca này chưa được nhận nên chưa giao ca được.', undefined, { reason: 'NOT_CHECKED_IN' });
  if (a.checked_out_at) throw new AppError('CONFLICT', `Ca này đã được giao lúc ${vnDateTime(a.checked_out_at)}.`, undefined, { reason: 'ALREADY_CHECKED_OUT' });
  await db.transaction((tx) =>
    updateVersioned(tx, db, meta, { table: 'roster_assignments', id, version: a.version, set: { checked_out_at: db.clock.nowIso(), checked_out_by: actor.accountId }, action: 'roster_assignment.checked_out', entity: 'roster_assignment', notFound: 'Không tìm thấy phân công trực.' }),
  );
  return presentAssignment(await getAssignment(db, id));
}

// ---- Swaps ----

type Swap = z.output<typeof ZSwap>;
const presentSwap = (s: { id: number; assignment_id: number; from_officer_id: number; to_officer_id: number; reason: string | null; status: Swap['status']; version: number }): Swap => ({
  id: s.id,
  assignmentId: s.assignment_id,
  fromOfficerId: s.from_officer_id,
  toOfficerId: s.to_officer_id,
  reason: s.reason,
  status: s.status,
  version: s.version,
});

export async function requestSwap(db: Db, actor: Actor, assignmentId: number, input: z.output<typeof ZSwapCreate>, meta: RequestMeta): Promise<Swap> {
  const a = await getAssignment(db, assignmentId);
  const period = await loadPeriod(db.kysely, actor, a.period_id);
  await assertMayCheck(db, actor, a, period);
  if (input.toOfficerId === a.officer_id) throw new AppError('VALIDATION_FAILED', 'Người nhận ca phải khác người đang trực ca.', { toOfficerId: 'Trùng người đang trực' });
  const now = db.clock.nowIso();
  try {
    const row = await db.transaction(async (tx) => {
      const s = await tx
        .insertInto('roster_swaps')
        .values({ assignment_id: assignmentId, from_officer_id: a.officer_id, to_officer_id: input.toOfficerId, reason: input.reason, status: 'requested', requested_by: actor.accountId, decided_by: null, decided_at: null, created_at: now, updated_at: now })
        .returningAll()
        .executeTakeFirstOrThrow();
      await writeAudit(tx, db, meta, { action: 'roster_swap.requested', entity: 'roster_swap', entityId: s.id, after: s });
      return s;
    });
    return presentSwap(row);
  } catch (error) {
    if (isConstraint(error, 'roster_swaps_open') || (error as { code?: string }).code === '23505' || (error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE')
      throw new AppError('CONFLICT', 'Ca này đang có một đề nghị đổi ca chờ duyệt.', undefined, { reason: 'SWAP_PENDING' });
    throw error;
  }
}

/** The planner approves (the swap is checked against the hard rules, then applied) or refuses. */
export async function decideSwap(db: Db, actor: Actor, id: number, input: z.output<typeof ZSwapDecision>, meta: RequestMeta): Promise<Swap> {
  const swap = await db.kysely.selectFrom('roster_swaps').selectAll().where('id', '=', id).executeTakeFirst();
  if (!swap) throw new AppError('NOT_FOUND', 'Không tìm thấy đề nghị đổi ca.');
  const a = await getAssignment(db, swap.assignment_id);
  const period = await loadPeriod(db.kysely, actor, a.period_id);
  assertCanPlan(actor, period);
  if (swap.status !== 'requested') throw new AppError('CONFLICT', 'Đề nghị đổi ca này đã được xử lý.', undefined, { reason: 'SWAP_DECIDED' });
  if (input.approve) await reassign(db, period, a, swap.to_officer_id, a.version, meta, 'roster_assignment.updated');
  await db.transaction((tx) =>
    updateVersioned(tx, db, meta, {
      table: 'roster_swaps',
      id,
      version: input.version,
      set: { status: input.approve ? 'approved' : 'rejected', decided_by: actor.accountId, decided_at: db.clock.nowIso() },
      action: 'roster_swap.decided',
      entity: 'roster_swap',
      notFound: 'Không tìm thấy đề nghị đổi ca.',
    }),
  );
  const after = await db.kysely.selectFrom('roster_swaps').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return presentSwap(after);
}

// ---- Leave and days off in lieu ----

export async function addUnavailability(db: Db, actor: Actor, input: z.output<typeof ZUnavailabilityCreate>, meta: RequestMeta): Promise<{ id: number }> {
  const officer = await db.kysely.selectFrom('officers').select(['id', 'unit_id']).where('id', '=', input.officerId).executeTakeFirst();
  if (!officer || !actor.scope.has(officer.unit_id)) throw new AppError('NOT_FOUND', 'Không tìm thấy cán bộ.');
  if (new Date(input.endsAt) <= new Date(input.startsAt)) throw new AppError('VALIDATION_FAILED', 'Thời điểm kết thúc nghỉ phải sau thời điểm bắt đầu.', { endsAt: 'Phải sau thời điểm bắt đầu' });
  return db.transaction(async (tx) => {
    const row = await tx
      .insertInto('officer_unavailability')
      .values({ officer_id: input.officerId, kind: input.kind, starts_at: instant(input.startsAt), ends_at: instant(input.endsAt), note: input.note, created_by: actor.accountId, created_at: db.clock.nowIso() })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(tx, db, meta, { action: 'officer_unavailability.created', entity: 'officer_unavailability', entityId: row.id, after: row });
    return { id: row.id };
  });
}

// ---- On duty now ----

/**
 * Who is on duty now at each place, from published rosters (the routing source for alerts): places run by a unit
 * in the actor's scope, standing in a ward of it, or staffed in a period his units take part in (police see the
 * city office their officers guard).
 */
export async function dutyNow(db: Db, actor: Actor): Promise<z.output<typeof ZDutyNow>> {
  const now = db.clock.nowIso();
  let q = onDutyAt(db.kysely, now)
    .select([
      'roster_assignments.period_id',
      'roster_assignments.place_id',
      'roster_assignments.officer_id',
      'roster_assignments.role',
      'roster_assignments.starts_at',
      'roster_assignments.ends_at',
      'roster_assignments.checked_in_at',
      'officers.full_name',
      'officers.phones',
      'places.name as place_name',
      'places.phone as place_phone',
      'places.unit_id',
    ]);
  if (!actor.scopeIsEverything) {
    const scope = [...actor.scope];
    if (!scope.length) return { at: now, places: [] };
    q = q.where((e) =>
      e.or([
        e('places.unit_id', 'in', scope),
        e('places.ward_unit_id', 'in', scope),
        e('roster_assignments.period_id', 'in', e.selectFrom('period_units').select('period_id').where('unit_id', 'in', scope)),
      ]),
    );
  }
  const rows = await q.orderBy('places.id').orderBy('roster_assignments.role').orderBy('officers.name_key').execute();
  const places = new Map<number, z.output<typeof ZDutyNow>['places'][number]>();
  for (const r of rows) {
    const p = places.get(r.place_id) ?? { placeId: r.place_id, placeName: r.place_name, placePhone: r.place_phone, unitId: r.unit_id, onDuty: [] };
    p.onDuty.push({ officerId: r.officer_id, fullName: r.full_name, role: r.role, phones: JSON.parse(r.phones) as string[], start: instant(r.starts_at), end: instant(r.ends_at), checkedIn: r.checked_in_at !== null, periodId: r.period_id });
    places.set(r.place_id, p);
  }
  return { at: instant(now), places: [...places.values()] };
}

// A shift's rows belong to the unit of the place it is worked at (a ward's auditor sees his ward office's roster).
registerRecordType('roster_assignment', {
  label: 'phân công trực',
  owningUnit: async (db, id) => (await db.selectFrom('roster_assignments').innerJoin('places', 'places.id', 'roster_assignments.place_id').select('places.unit_id').where('roster_assignments.id', '=', id).executeTakeFirst())?.unit_id ?? null,
  async canRead(db, actor, id) {
    const a = await db.selectFrom('roster_assignments').select('period_id').where('id', '=', id).executeTakeFirst();
    return !!a && seesPeriod(db, actor, a.period_id);
  },
  async canWrite(db, actor, id) {
    const a = await db.selectFrom('roster_assignments').innerJoin('periods', 'periods.id', 'roster_assignments.period_id').select('periods.unit_id').where('roster_assignments.id', '=', id).executeTakeFirst();
    return !!a && canPlan(actor, a);
  },
});
registerAuditOwner('roster_swap', async (db, id) => (await db.selectFrom('roster_swaps').innerJoin('roster_assignments', 'roster_assignments.id', 'roster_swaps.assignment_id').innerJoin('places', 'places.id', 'roster_assignments.place_id').select('places.unit_id').where('roster_swaps.id', '=', id).executeTakeFirst())?.unit_id ?? null);
