import type { z } from 'zod';
import type { ZPeriod, ZPeriodCopy, ZPeriodCreate, ZPeriodList, ZPeriodUpdate, ZReadinessItem, ZReadinessUpdate, ZTask, ZTaskCreate, ZTaskUpdate } from '@core/schemas/periods';
import { bool, isTrue, type Db, type Tx } from '../../db/database';
import type { Actor, RequestMeta } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { updateVersioned } from '../../platform/versioned';
import { registerRecordType } from '../../platform/records';
import { registerAuditOwner, writeAudit } from '../audit/audit.repo';
import { activeCodes } from '../catalogs/catalogs.service';
import { openShifts, watchCheckIns } from './duty-alerts';
import { assertCanPlan, canPlan, instant, isConstraint, loadPeriod, seesPeriod, vnDateTime, visiblePeriodIds, worksIn, type PeriodRow } from './periods.repo';

type Period = z.output<typeof ZPeriod>;
type PeriodPlaceIn = z.output<typeof ZPeriodCreate>['places'][number];
type Task = z.output<typeof ZTask>;

const OVERLAP = 'periods_no_overlap';

function summary(actor: Actor, r: PeriodRow & { unit_name: string }): z.output<typeof ZPeriodList>['items'][number] {
  const planner = canPlan(actor, r);
  return {
    id: r.id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    kind: r.kind,
    name: r.name,
    planNumber: r.plan_number,
    planDate: r.plan_date,
    legalBasis: r.legal_basis,
    startsAt: instant(r.starts_at),
    endsAt: instant(r.ends_at),
    healthScreening: isTrue(r.health_screening),
    alertLevels: JSON.parse(r.alert_levels) as Period['alertLevels'],
    reporting: JSON.parse(r.reporting) as Period['reporting'],
    restAfterNightHours: r.rest_after_night_hours,
    restAfterShiftHours: r.rest_after_shift_hours,
    weeklyHoursCap: r.weekly_hours_cap,
    checkInGraceMinutes: r.check_in_grace_minutes,
    screeningAreas: JSON.parse(r.screening_areas) as Period['screeningAreas'],
    screeningQuestions: JSON.parse(r.screening_questions) as Period['screeningQuestions'],
    screeningLiaisonId: r.screening_liaison_id,
    copiedFromId: r.copied_from_id,
    rosterSolvedAt: r.roster_solved_at ? instant(r.roster_solved_at) : null,
    rosterPublishedAt: r.roster_published_at ? instant(r.roster_published_at) : null,
    version: r.version,
    actions: planner ? ['edit', 'copy', 'solve', r.roster_published_at ? 'republish' : 'publish', 'tasks'] : worksIn(actor, r.unit_id) ? ['copy'] : [],
  };
}

export async function listPeriods(db: Db, actor: Actor): Promise<z.output<typeof ZPeriodList>> {
  const visible = await visiblePeriodIds(db.kysely, actor);
  if (visible !== 'all' && !visible.length) return { items: [] };
  let q = db.kysely.selectFrom('periods').innerJoin('units', 'units.id', 'periods.unit_id').selectAll('periods').select('units.name as unit_name');
  if (visible !== 'all') q = q.where('periods.id', 'in', visible);
  const rows = await q.orderBy('periods.starts_at', 'desc').orderBy('periods.id').execute();
  return { items: rows.map((r) => summary(actor, r)) };
}

export async function getPeriod(db: Db, actor: Actor, id: number): Promise<Period> {
  const row = await loadPeriod(db.kysely, actor, id);
  const k = db.kysely;
  const [unit, units, places, requirements, tasks] = await Promise.all([
    k.selectFrom('units').select('name').where('id', '=', row.unit_id).executeTakeFirstOrThrow(),
    k.selectFrom('period_units').innerJoin('units', 'units.id', 'period_units.unit_id').select(['units.id', 'units.name']).where('period_id', '=', id).orderBy('units.code').execute(),
    k.selectFrom('period_places').innerJoin('places', 'places.id', 'period_places.place_id').selectAll('period_places').select(['places.name', 'places.unit_id']).where('period_id', '=', id).orderBy('places.id').execute(),
    k.selectFrom('period_requirements').selectAll().where('period_id', '=', id).orderBy('role').execute(),
    k
      .selectFrom('period_tasks')
      .innerJoin('units', 'units.id', 'period_tasks.owner_unit_id')
      .select(['owner_unit_id', 'units.name', 'units.code', 'status'])
      .where('period_id', '=', id)
      .execute(),
  ]);
  const byUnit = new Map<number, { unitId: number; unitName: string; code: string; total: number; done: number }>();
  for (const t of tasks) {
    const u = byUnit.get(t.owner_unit_id) ?? { unitId: t.owner_unit_id, unitName: t.name, code: t.code, total: 0, done: 0 };
    u.total++;
    if (t.status === 'done') u.done++;
    byUnit.set(t.owner_unit_id, u);
  }
  return {
    ...summary(actor, { ...row, unit_name: unit.name }),
    units,
    places: places.map((p) => ({
      placeId: p.place_id,
      placeName: p.name,
      unitId: p.unit_id,
      pattern: p.pattern,
      firstStartHour: p.first_start_hour,
      dayHours: p.day_hours,
      includeDaysOff: isTrue(p.include_days_off),
      reinforcementAllowed: isTrue(p.reinforcement_allowed),
      partnerUnitIds: JSON.parse(p.partner_unit_ids) as number[],
      requirements: requirements.filter((r) => r.place_id === p.place_id).map((r) => ({ role: r.role, count: r.count })),
    })),
    tasksByUnit: [...byUnit.values()].sort((a, b) => a.code.localeCompare(b.code)).map(({ code: _, ...u }) => u),
  };
}

/** Times, units, places and roles checked before the transaction opens (SQLite has one connection). */
async function checkPlan(
  db: Db,
  actor: Actor,
  p: { startsAt?: string; endsAt?: string; unitIds?: number[]; places?: PeriodPlaceIn[]; screeningAreas?: { wardId: number | null }[]; screeningLiaisonId?: number | null },
  current?: PeriodRow,
): Promise<void> {
  const starts = p.startsAt ?? current?.starts_at;
  const ends = p.endsAt ?? current?.ends_at;
  if (starts && ends && new Date(ends) <= new Date(starts)) throw new AppError('VALIDATION_FAILED', 'Thời điểm kết thúc đợt phải sau thời điểm bắt đầu.', { endsAt: 'Phải sau thời điểm bắt đầu' });
  for (const unitId of p.unitIds ?? []) if (!actor.scope.has(unitId)) throw new AppError('VALIDATION_FAILED', 'Đơn vị tham gia nằm ngoài phạm vi quản lý của bạn.', { unitIds: 'Ngoài phạm vi' });
  const wardIds = (p.screeningAreas ?? []).flatMap((a) => (a.wardId === null ? [] : [a.wardId]));
  if (wardIds.length) {
    const found = new Set((await db.kysely.selectFrom('units').select('id').where('id', 'in', wardIds).where('kind', 'in', ['ward', 'commune']).execute()).map((u) => u.id));
    const i = (p.screeningAreas ?? []).findIndex((a) => a.wardId !== null && !found.has(a.wardId));
    if (i >= 0) throw new AppError('VALIDATION_FAILED', 'Không tìm thấy phường/xã của vùng có dịch.', { [`screeningAreas.${i}.wardId`]: 'Không tìm thấy phường/xã' });
  }
  if (p.screeningLiaisonId) {
    const account = await db.kysely.selectFrom('accounts').select('active').where('id', '=', p.screeningLiaisonId).executeTakeFirst();
    if (!account || !isTrue(account.active)) throw new AppError('VALIDATION_FAILED', 'Không tìm thấy tài khoản đầu mối y tế (hoặc tài khoản đã khóa).', { screeningLiaisonId: 'Không tìm thấy tài khoản' });
  }
  if (p.places?.length) {
    const ids = p.places.map((x) => x.placeId);
    if (new Set(ids).size !== ids.length) throw new AppError('VALIDATION_FAILED', 'Một địa điểm được khai báo hai lần trong đợt.', { places: 'Trùng địa điểm' });
    const found = await db.kysely.selectFrom('places').select(['id', 'unit_id']).where('id', 'in', ids).execute();
    p.places.forEach((x, i) => {
      const place = found.find((f) => f.id === x.placeId);
      if (!place || !actor.scope.has(place.unit_id)) throw new AppError('VALIDATION_FAILED', 'Không tìm thấy địa điểm trực (hoặc ngoài phạm vi quản lý).', { [`places.${i}.placeId`]: 'Không tìm thấy địa điểm' });
    });
    const known = await activeCodes(db.kysely, 'duty_role');
    p.places.forEach((x, i) =>
      x.requirements.forEach((r, j) => {
        if (!known.has(r.role)) throw new AppError('VALIDATION_FAILED', `Nhiệm vụ trực không có trong danh mục: ${r.role}.`, { [`places.${i}.requirements.${j}.role`]: 'Không có trong danh mục nhiệm vụ trực' });
      }),
    );
  }
}

/** The database refuses two periods of one kind for one unit at once; this names the one in the way. */
async function overlapError(db: Db, unitId: number, kind: string, startsAt: string, endsAt: string, exceptId?: number): Promise<AppError | null> {
  let q = db.kysely
    .selectFrom('periods')
    .select(['id', 'name', 'starts_at', 'ends_at'])
    .where('unit_id', '=', unitId)
    .where('kind', '=', kind as PeriodRow['kind'])
    .where('starts_at', '<', instant(endsAt))
    .where('ends_at', '>', instant(startsAt));
  if (exceptId !== undefined) q = q.where('id', '<>', exceptId);
  const other = await q.executeTakeFirst();
  if (!other) return null;
  return new AppError('CONFLICT', `Thời gian trùng với đợt «${other.name}» (${vnDateTime(other.starts_at)} – ${vnDateTime(other.ends_at)}) của cùng đơn vị; mỗi đơn vị chỉ có một đợt cùng loại tại một thời điểm.`, { startsAt: 'Trùng thời gian với đợt khác' }, { reason: 'PERIOD_OVERLAP', details: { periodId: other.id } });
}

async function writePlaces(tx: Tx, periodId: number, places: PeriodPlaceIn[]): Promise<void> {
  await tx.deleteFrom('period_requirements').where('period_id', '=', periodId).execute();
  await tx.deleteFrom('period_places').where('period_id', '=', periodId).execute();
  if (!places.length) return;
  await tx
    .insertInto('period_places')
    .values(
      places.map((p) => ({
        period_id: periodId,
        place_id: p.placeId,
        pattern: p.pattern,
        first_start_hour: p.firstStartHour ?? null,
        day_hours: p.dayHours ?? null,
        include_days_off: bool(p.includeDaysOff),
        reinforcement_allowed: bool(p.reinforcementAllowed),
        partner_unit_ids: JSON.stringify(p.partnerUnitIds),
      })),
    )
    .execute();
  const reqs = places.flatMap((p) => p.requirements.map((r) => ({ period_id: periodId, place_id: p.placeId, role: r.role, count: r.count })));
  if (reqs.length) await tx.insertInto('period_requirements').values(reqs).execute();
}

async function writeUnits(tx: Tx, periodId: number, unitIds: number[]): Promise<void> {
  await tx.deleteFrom('period_units').where('period_id', '=', periodId).execute();
  const ids = [...new Set(unitIds)];
  if (ids.length) await tx.insertInto('period_units').values(ids.map((unit_id) => ({ period_id: periodId, unit_id }))).execute();
}

/** Runs a write that may meet the overlap constraint, turning it into the sentence naming the other period. */
async function guardOverlap<T>(db: Db, run: () => Promise<T>, p: { unitId: number; kind: string; startsAt: string; endsAt: string; exceptId?: number }): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!isConstraint(error, OVERLAP)) throw error;
    throw (await overlapError(db, p.unitId, p.kind, p.startsAt, p.endsAt, p.exceptId)) ?? new AppError('CONFLICT', 'Thời gian trùng với một đợt khác của cùng đơn vị.', { startsAt: 'Trùng thời gian với đợt khác' }, { reason: 'PERIOD_OVERLAP' });
  }
}

export async function createPeriod(db: Db, actor: Actor, input: z.output<typeof ZPeriodCreate>, meta: RequestMeta): Promise<Period> {
  assertCanPlan(actor, { unit_id: input.unitId });
  await checkPlan(db, actor, input);
  const early = await overlapError(db, input.unitId, input.kind, input.startsAt, input.endsAt);
  if (early) throw early;
  const now = db.clock.nowIso();
  const id = await guardOverlap(
    db,
    () =>
      db.transaction(async (tx) => {
        const row = await tx
          .insertInto('periods')
          .values({
            unit_id: input.unitId,
            kind: input.kind,
            name: input.name,
            plan_number: input.planNumber,
            plan_date: input.planDate ?? null,
            legal_basis: input.legalBasis,
            starts_at: instant(input.startsAt),
            ends_at: instant(input.endsAt),
            health_screening: bool(input.healthScreening),
            alert_levels: JSON.stringify(input.alertLevels),
            reporting: JSON.stringify(input.reporting),
            rest_after_night_hours: input.restAfterNightHours,
            rest_after_shift_hours: input.restAfterShiftHours,
            weekly_hours_cap: input.weeklyHoursCap,
            check_in_grace_minutes: input.checkInGraceMinutes,
            screening_areas: JSON.stringify(input.screeningAreas),
            screening_questions: JSON.stringify(input.screeningQuestions),
            screening_liaison_id: input.screeningLiaisonId,
            copied_from_id: null,
            created_at: now,
            updated_at: now,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await writeUnits(tx, row.id, [input.unitId, ...input.unitIds]);
        await writePlaces(tx, row.id, input.places);
        await writeAudit(tx, db, meta, { action: 'period.created', entity: 'period', entityId: row.id, after: { ...row, unitIds: input.unitIds, places: input.places } });
        return row.id;
      }),
    input,
  );
  return getPeriod(db, actor, id);
}

export async function updatePeriod(db: Db, actor: Actor, id: number, input: z.output<typeof ZPeriodUpdate>, meta: RequestMeta): Promise<Period> {
  const current = await loadPeriod(db.kysely, actor, id);
  assertCanPlan(actor, current);
  await checkPlan(db, actor, input, current);
  const startsAt = input.startsAt ?? current.starts_at;
  const endsAt = input.endsAt ?? current.ends_at;
  if (input.startsAt !== undefined || input.endsAt !== undefined) {
    const early = await overlapError(db, current.unit_id, current.kind, startsAt, endsAt, id);
    if (early) throw early;
    await assertShiftsInside(db, id, startsAt, endsAt);
  }
  await guardOverlap(
    db,
    () =>
      db.transaction(async (tx) => {
        await updateVersioned(tx, db, meta, {
          table: 'periods',
          id,
          version: input.version,
          set: {
            ...(input.name !== undefined ? { name: input.name } : {}),
            ...(input.planNumber !== undefined ? { plan_number: input.planNumber } : {}),
            ...(input.planDate !== undefined ? { plan_date: input.planDate ?? null } : {}),
            ...(input.legalBasis !== undefined ? { legal_basis: input.legalBasis } : {}),
            ...(input.startsAt !== undefined ? { starts_at: instant(input.startsAt) } : {}),
            ...(input.endsAt !== undefined ? { ends_at: instant(input.endsAt) } : {}),
            ...(input.healthScreening !== undefined ? { health_screening: bool(input.healthScreening) } : {}),
            ...(input.alertLevels !== undefined ? { alert_levels: JSON.stringify(input.alertLevels) } : {}),
            ...(input.reporting !== undefined ? { reporting: JSON.stringify(input.reporting) } : {}),
            ...(input.restAfterNightHours !== undefined ? { rest_after_night_hours: input.restAfterNightHours } : {}),
            ...(input.restAfterShiftHours !== undefined ? { rest_after_shift_hours: input.restAfterShiftHours } : {}),
            ...(input.weeklyHoursCap !== undefined ? { weekly_hours_cap: input.weeklyHoursCap } : {}),
            ...(input.checkInGraceMinutes !== undefined ? { check_in_grace_minutes: input.checkInGraceMinutes } : {}),
            ...(input.screeningAreas !== undefined ? { screening_areas: JSON.stringify(input.screeningAreas) } : {}),
            ...(input.screeningQuestions !== undefined ? { screening_questions: JSON.stringify(input.screeningQuestions) } : {}),
            ...(input.screeningLiaisonId !== undefined ? { screening_liaison_id: input.screeningLiaisonId } : {}),
          },
          action: 'period.updated',
          entity: 'period',
          notFound: 'Không tìm thấy đợt.',
        });
        if (input.unitIds !== undefined) await writeUnits(tx, id, [current.unit_id, ...input.unitIds]);
        if (input.places !== undefined) await writePlaces(tx, id, input.places);
        // Jobs scheduled for the old grace still run: an early one waits for the new time, a late one finds the shift reported.
        if (input.checkInGraceMinutes !== undefined && input.checkInGraceMinutes !== current.check_in_grace_minutes) {
          await watchCheckIns(tx, db, await openShifts(tx, db, id), input.checkInGraceMinutes);
        }
      }),
    { unitId: current.unit_id, kind: current.kind, startsAt, endsAt, exceptId: id },
  );
  return getPeriod(db, actor, id);
}

/** A period cannot shrink past shifts already rostered. */
async function assertShiftsInside(db: Db, periodId: number, startsAt: string, endsAt: string): Promise<void> {
  const outside = await db.kysely
    .selectFrom('roster_assignments')
    .select(['starts_at', 'ends_at'])
    .where('period_id', '=', periodId)
    .where((e) => e.or([e('starts_at', '<', instant(startsAt)), e('ends_at', '>', instant(endsAt))]))
    .orderBy('starts_at')
    .executeTakeFirst();
  if (outside) throw new AppError('CONFLICT', `Đã có ca trực ${vnDateTime(outside.starts_at)} – ${vnDateTime(outside.ends_at)} nằm ngoài thời gian mới của đợt; hãy xếp lại lịch trực trước.`, { startsAt: 'Có ca trực nằm ngoài thời gian đợt' }, { reason: 'SHIFT_OUTSIDE_PERIOD' });
}

/**
 * A new period from a previous one in one action (journey 1): units, places with their patterns and requirements,
 * tasks (undone, due dates moved by as many days as the start) and readiness items (unchecked); no roster.
 */
export async function copyPeriod(db: Db, actor: Actor, id: number, input: z.output<typeof ZPeriodCopy>, meta: RequestMeta): Promise<Period> {
  const source = await loadPeriod(db.kysely, actor, id);
  assertCanPlan(actor, source);
  const shiftMs = new Date(input.startsAt).getTime() - new Date(source.starts_at).getTime();
  const startsAt = instant(input.startsAt);
  const endsAt = input.endsAt ? instant(input.endsAt) : new Date(new Date(source.ends_at).getTime() + shiftMs).toISOString();
  await checkPlan(db, actor, { startsAt, endsAt });
  const early = await overlapError(db, source.unit_id, source.kind, startsAt, endsAt);
  if (early) throw early;
  const k = db.kysely;
  const [units, places, reqs, tasks, readiness] = await Promise.all([
    k.selectFrom('period_units').selectAll().where('period_id', '=', id).execute(),
    k.selectFrom('period_places').selectAll().where('period_id', '=', id).execute(),
    k.selectFrom('period_requirements').selectAll().where('period_id', '=', id).execute(),
    k.selectFrom('period_tasks').selectAll().where('period_id', '=', id).orderBy('id').execute(),
    k.selectFrom('place_readiness').selectAll().where('period_id', '=', id).orderBy('id').execute(),
  ]);
  const dayShift = Math.round(shiftMs / 86_400_000);
  const moveDate = (d: string | null) => (d ? new Date(Date.parse(`${d}T00:00:00Z`) + dayShift * 86_400_000).toISOString().slice(0, 10) : null);
  const now = db.clock.nowIso();
  const newId = await guardOverlap(
    db,
    () =>
      db.transaction(async (tx) => {
        const { id: _, version: _v, created_at: _c, updated_at: _u, roster_gaps: _g, roster_solved_at: _s, roster_published_at: _p, roster_published_by: _b, ...rest } = source;
        const row = await tx
          .insertInto('periods')
          .values({ ...rest, name: input.name, plan_number: input.planNumber ?? null, plan_date: input.planDate ?? null, starts_at: startsAt, ends_at: endsAt, copied_from_id: id, created_at: now, updated_at: now })
          .returningAll()
          .executeTakeFirstOrThrow();
        if (units.length) await tx.insertInto('period_units').values(units.map((u) => ({ ...u, period_id: row.id }))).execute();
        if (places.length) await tx.insertInto('period_places').values(places.map((p) => ({ ...p, period_id: row.id }))).execute();
        if (reqs.length) await tx.insertInto('period_requirements').values(reqs.map((r) => ({ ...r, period_id: row.id }))).execute();
        if (tasks.length)
          await tx
            .insertInto('period_tasks')
            .values(
              tasks.map(({ id: _i, version: _tv, created_at: _tc, updated_at: _tu, ...t }) => ({
                ...t,
                period_id: row.id,
                status: 'todo' as const,
                due_date: moveDate(t.due_date),
                checklist: JSON.stringify((JSON.parse(t.checklist) as { label: string }[]).map((c) => ({ label: c.label, done: false }))),
                created_at: now,
                updated_at: now,
              })),
            )
            .execute();
        if (readiness.length)
          await tx
            .insertInto('place_readiness')
            .values(readiness.map((r) => ({ period_id: row.id, place_id: r.place_id, item: r.item, done: bool(false), done_at: null, done_by: null, created_at: now, updated_at: now })))
            .execute();
        await writeAudit(tx, db, meta, { action: 'period.copied', entity: 'period', entityId: row.id, after: { ...row, copiedFrom: id, tasks: tasks.length } });
        return row.id;
      }),
    { unitId: source.unit_id, kind: source.kind, startsAt, endsAt },
  );
  return getPeriod(db, actor, newId);
}

// ---- Tasks ----

const taskQuery = (db: Db) =>
  db.kysely
    .selectFrom('period_tasks')
    .innerJoin('units', 'units.id', 'period_tasks.owner_unit_id')
    .leftJoin('officers', 'officers.id', 'period_tasks.responsible_officer_id')
    .selectAll('period_tasks')
    .select(['units.name as unit_name', 'units.code as unit_code', 'officers.full_name as officer_name']);

type TaskJoined = Awaited<ReturnType<ReturnType<typeof taskQuery>['executeTakeFirstOrThrow']>>;

function presentTask(actor: Actor, period: PeriodRow, t: TaskJoined): Task {
  const edit = canPlan(actor, period) || worksIn(actor, t.owner_unit_id);
  return {
    id: t.id,
    periodId: t.period_id,
    section: t.section,
    title: t.title,
    ownerUnitId: t.owner_unit_id,
    ownerUnitName: t.unit_name,
    responsibleOfficerId: t.responsible_officer_id,
    responsibleOfficerName: t.officer_name,
    dueDate: t.due_date,
    status: t.status,
    checklist: JSON.parse(t.checklist) as Task['checklist'],
    version: t.version,
    actions: edit ? ['edit'] : [],
  };
}

export async function listTasks(db: Db, actor: Actor, periodId: number): Promise<Task[]> {
  const period = await loadPeriod(db.kysely, actor, periodId);
  const rows = await taskQuery(db).where('period_tasks.period_id', '=', periodId).orderBy('period_tasks.section').orderBy('period_tasks.id').execute();
  return rows.map((t) => presentTask(actor, period, t));
}

async function getTask(db: Db, actor: Actor, id: number): Promise<{ task: Task; period: PeriodRow }> {
  const row = await taskQuery(db).where('period_tasks.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy nhiệm vụ.');
  const period = await loadPeriod(db.kysely, actor, row.period_id);
  return { task: presentTask(actor, period, row), period };
}

async function checkResponsible(db: Db, officerId: number | null | undefined, unitId: number): Promise<void> {
  if (!officerId) return;
  const o = await db.kysely.selectFrom('officers').select('unit_id').where('id', '=', officerId).executeTakeFirst();
  if (!o) throw new AppError('VALIDATION_FAILED', 'Không tìm thấy cán bộ phụ trách.', { responsibleOfficerId: 'Không tìm thấy cán bộ' });
  if (o.unit_id !== unitId) throw new AppError('VALIDATION_FAILED', 'Cán bộ phụ trách phải thuộc đơn vị được giao nhiệm vụ.', { responsibleOfficerId: 'Không thuộc đơn vị được giao' });
}

export async function createTask(db: Db, actor: Actor, periodId: number, input: z.output<typeof ZTaskCreate>, meta: RequestMeta): Promise<Task> {
  const period = await loadPeriod(db.kysely, actor, periodId);
  assertCanPlan(actor, period);
  await checkResponsible(db, input.responsibleOfficerId, input.ownerUnitId);
  const unit = await db.kysely.selectFrom('units').select('id').where('id', '=', input.ownerUnitId).executeTakeFirst();
  if (!unit) throw new AppError('VALIDATION_FAILED', 'Không tìm thấy đơn vị được giao.', { ownerUnitId: 'Không tìm thấy đơn vị' });
  const now = db.clock.nowIso();
  const id = await db.transaction(async (tx) => {
    const row = await tx
      .insertInto('period_tasks')
      .values({
        period_id: periodId,
        section: input.section,
        title: input.title,
        owner_unit_id: input.ownerUnitId,
        responsible_officer_id: input.responsibleOfficerId ?? null,
        due_date: input.dueDate ?? null,
        status: input.status,
        checklist: JSON.stringify(input.checklist),
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(tx, db, meta, { action: 'period_task.created', entity: 'period_task', entityId: row.id, after: row });
    return row.id;
  });
  return (await getTask(db, actor, id)).task;
}

export async function updateTask(db: Db, actor: Actor, id: number, input: z.output<typeof ZTaskUpdate>, meta: RequestMeta): Promise<Task> {
  const { task, period } = await getTask(db, actor, id);
  const planner = canPlan(actor, period);
  if (!planner && !worksIn(actor, task.ownerUnitId)) throw new AppError('FORBIDDEN', 'Chỉ đơn vị được giao hoặc đơn vị chủ trì mới cập nhật được nhiệm vụ này.');
  // The unit working a task reports progress; what the task is and who owns it is the planner's.
  const planFields = input.section !== undefined || input.title !== undefined || input.ownerUnitId !== undefined || input.dueDate !== undefined;
  if (planFields && !planner) throw new AppError('FORBIDDEN', 'Nội dung, đơn vị được giao và hạn của nhiệm vụ do đơn vị chủ trì kế hoạch quyết định.');
  await checkResponsible(db, input.responsibleOfficerId, input.ownerUnitId ?? task.ownerUnitId);
  await db.transaction((tx) =>
    updateVersioned(tx, db, meta, {
      table: 'period_tasks',
      id,
      version: input.version,
      set: {
        ...(input.section !== undefined ? { section: input.section } : {}),
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.ownerUnitId !== undefined ? { owner_unit_id: input.ownerUnitId } : {}),
        ...(input.responsibleOfficerId !== undefined ? { responsible_officer_id: input.responsibleOfficerId ?? null } : {}),
        ...(input.dueDate !== undefined ? { due_date: input.dueDate ?? null } : {}),
        ...(input.status !== undefined ? { status: input.status } : {}),
        ...(input.checklist !== undefined ? { checklist: JSON.stringify(input.checklist) } : {}),
      },
      action: 'period_task.updated',
      entity: 'period_task',
      notFound: 'Không tìm thấy nhiệm vụ.',
    }),
  );
  return (await getTask(db, actor, id)).task;
}

// ---- Readiness per place ----

export async function listReadiness(db: Db, actor: Actor, periodId: number): Promise<z.output<typeof ZReadinessItem>[]> {
  await loadPeriod(db.kysely, actor, periodId);
  const rows = await db.kysely
    .selectFrom('place_readiness')
    .innerJoin('places', 'places.id', 'place_readiness.place_id')
    .selectAll('place_readiness')
    .select('places.name as place_name')
    .where('period_id', '=', periodId)
    .orderBy('place_readiness.place_id')
    .orderBy('place_readiness.id')
    .execute();
  return rows.map((r) => ({ id: r.id, placeId: r.place_id, placeName: r.place_name, item: r.item, done: isTrue(r.done), doneAt: r.done_at ? instant(r.done_at) : null, version: r.version }));
}

export async function updateReadiness(db: Db, actor: Actor, id: number, input: z.output<typeof ZReadinessUpdate>, meta: RequestMeta): Promise<void> {
  const row = await db.kysely.selectFrom('place_readiness').innerJoin('places', 'places.id', 'place_readiness.place_id').select(['period_id', 'places.unit_id']).where('place_readiness.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy mục kiểm tra.');
  const period = await loadPeriod(db.kysely, actor, row.period_id);
  if (!canPlan(actor, period) && !worksIn(actor, row.unit_id)) throw new AppError('FORBIDDEN', 'Chỉ đơn vị quản lý địa điểm hoặc đơn vị chủ trì mới xác nhận được mục này.');
  await db.transaction((tx) =>
    updateVersioned(tx, db, meta, {
      table: 'place_readiness',
      id,
      version: input.version,
      set: { done: bool(input.done), done_at: input.done ? db.clock.nowIso() : null, done_by: input.done ? meta.actorId : null },
      action: 'place_readiness.updated',
      entity: 'place_readiness',
      notFound: 'Không tìm thấy mục kiểm tra.',
    }),
  );
}

// The log is read like the records (ARCHITECTURE.md, Audit): a period's rows belong to its unit, a task's to the unit
// that works it, a place's readiness to the place's unit, an officer's leave to his unit.
registerRecordType('period', {
  label: 'đợt cao điểm, lịch trực',
  owningUnit: async (db, id) => (await db.selectFrom('periods').select('unit_id').where('id', '=', id).executeTakeFirst())?.unit_id ?? null,
  canRead: (db, actor, id) => seesPeriod(db, actor, id),
  async canWrite(db, actor, id) {
    const p = await db.selectFrom('periods').select('unit_id').where('id', '=', id).executeTakeFirst();
    return !!p && canPlan(actor, p);
  },
});
registerRecordType('period_task', {
  label: 'nhiệm vụ trong kế hoạch',
  owningUnit: async (db, id) => (await db.selectFrom('period_tasks').select('owner_unit_id').where('id', '=', id).executeTakeFirst())?.owner_unit_id ?? null,
  async canRead(db, actor, id) {
    const t = await db.selectFrom('period_tasks').select('period_id').where('id', '=', id).executeTakeFirst();
    return !!t && seesPeriod(db, actor, t.period_id);
  },
  async canWrite(db, actor, id) {
    const t = await db.selectFrom('period_tasks').innerJoin('periods', 'periods.id', 'period_tasks.period_id').select(['period_tasks.owner_unit_id', 'periods.unit_id']).where('period_tasks.id', '=', id).executeTakeFirst();
    return !!t && (canPlan(actor, t) || worksIn(actor, t.owner_unit_id));
  },
});
registerAuditOwner('place_readiness', async (db, id) => (await db.selectFrom('place_readiness').innerJoin('places', 'places.id', 'place_readiness.place_id').select('places.unit_id').where('place_readiness.id', '=', id).executeTakeFirst())?.unit_id ?? null);
registerAuditOwner('officer_unavailability', async (db, id) => (await db.selectFrom('officer_unavailability').innerJoin('officers', 'officers.id', 'officer_unavailability.officer_id').select('officers.unit_id').where('officer_unavailability.id', '=', id).executeTakeFirst())?.unit_id ?? null);
