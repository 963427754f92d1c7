/**
 * Health screening at intake (issue 10 §6, seed III.2). Off unless a period covering the visit's time, owned by or
 * joined by the registering unit, switches it on (`periods.health_screening`, with its areas and questions). Then the
 * visit registration calls `screenAtIntake` inside its own transaction: the visit gets a screening row (flag, reasons,
 * answers), and a flagged visit raises an alert to the health liaison — the period's configured account, else whoever
 * the roster has on duty as health liaison (duty role y_te) at the period's places, else the period unit's leaders.
 * The daily report counts screened and flagged visits from those rows.
 *
 * Answers are health data: kept in the screening row, never in the audit log or the alert (which names the visit,
 * the place and the area, not the people).
 */
import type { z } from 'zod';
import { screenVisit, type ScreeningAnswer, type ScreeningArea, type ScreeningQuestion, type ScreeningReason } from '@core/domain/health/screening';
import type { ZScreeningCurrent, ZScreeningDaily, ZScreeningDailyQuery, ZVisitScreening } from '@core/schemas/health';
import { bool, isTrue, type Db, type Executor, type Tx } from '../../db/database';
import type { Actor, RequestMeta } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { recordType } from '../../platform/records';
import { raiseAlert, type AlertTarget, type Recipient } from '../alerts/alerts.service';
import { writeAudit } from '../audit/audit.repo';
import { instant, loadPeriod, onDutyAt, vnDateTime } from '../periods/periods.repo';
import { workingUnit } from '../records/shared';

/** The duty role of the health liaison in the duty_role catalogue. */
const LIAISON_ROLE = 'y_te';

const REASON_WORDS: Record<ScreeningReason['kind'], string> = { residence: 'cư trú tại', origin: 'đến từ', answer: 'trả lời sàng lọc:' };

/** The period screening at the instant `at` that the unit owns or takes part in; the latest if several. */
function screeningPeriod(k: Executor, unitId: number, at: string) {
  return k
    .selectFrom('periods')
    .selectAll()
    .where('health_screening', '=', bool(true))
    .where('starts_at', '<=', instant(at))
    .where('ends_at', '>', instant(at))
    .where((e) => e.or([e('unit_id', '=', unitId), e('id', 'in', e.selectFrom('period_units').select('period_id').where('unit_id', '=', unitId))]))
    .orderBy('starts_at', 'desc')
    .orderBy('id')
    .executeTakeFirst();
}

export interface IntakeFacts {
  visitId: number;
  unitId: number;
  placeId: number | null;
  receivedAt: string;
  receivedOn: string;
  headCount: number;
  personIds: readonly number[];
  originWardIds: readonly number[];
}

/** Who is told of a flagged visit: the configured liaison, else the liaison on duty, else the period unit's leaders. */
async function liaison(tx: Tx, period: { id: number; unit_id: number; screening_liaison_id: number | null }, at: string): Promise<{ accounts: Recipient[]; targets: AlertTarget[] }> {
  if (period.screening_liaison_id !== null) return { accounts: [{ accountId: period.screening_liaison_id, unitId: period.unit_id, role: LIAISON_ROLE, mustAck: true }], targets: [] };
  const onDuty = await onDutyAt(tx, at)
    .innerJoin('accounts', 'accounts.officer_id', 'roster_assignments.officer_id')
    .select(['accounts.id', 'places.unit_id'])
    .distinct()
    .where('roster_assignments.period_id', '=', period.id)
    .where('roster_assignments.role', '=', LIAISON_ROLE)
    .where('accounts.active', '=', bool(true))
    .execute();
  if (onDuty.length) return { accounts: onDuty.map((r) => ({ accountId: r.id, unitId: r.unit_id, role: LIAISON_ROLE, mustAck: true })), targets: [] };
  return { accounts: [], targets: [{ unitId: period.unit_id, role: 'leader', mustAck: true }] };
}

/**
 * Screens a visit being registered, in the registration's transaction. Returns whether an alert was raised (the
 * caller wakes the alert stream after commit).
 */
export async function screenAtIntake(tx: Tx, db: Pick<Db, 'clock' | 'engine' | 'auditKey'>, meta: RequestMeta, visit: IntakeFacts, answers: readonly ScreeningAnswer[]): Promise<boolean> {
  const period = await screeningPeriod(tx, visit.unitId, visit.receivedAt);
  if (!period) return false;
  const areas = JSON.parse(period.screening_areas) as ScreeningArea[];
  const questions = JSON.parse(period.screening_questions) as ScreeningQuestion[];
  const people = visit.personIds.length ? await tx.selectFrom('people').select('ward_unit_id').where('id', 'in', [...visit.personIds]).execute() : [];
  const result = screenVisit({ areas, questions, answers, residenceWardIds: people.map((p) => p.ward_unit_id), originWardIds: visit.originWardIds });
  let alertId: number | null = null;
  if (result.flagged) {
    const now = db.clock.nowIso();
    const place = visit.placeId === null ? undefined : await tx.selectFrom('places').select('name').where('id', '=', visit.placeId).executeTakeFirst();
    const who = await liaison(tx, period, now);
    const why = [...new Set(result.reasons.map((r) => `${REASON_WORDS[r.kind]} ${r.area}`))].join('; ');
    ({ alertId } = await raiseAlert(tx, db, meta, {
      kind: 'health.flagged',
      urgent: true,
      title: `Sàng lọc y tế: công dân từ vùng có dịch${place ? ` tại ${place.name}` : ''}`,
      body: `Lượt tiếp số ${visit.visitId} lúc ${vnDateTime(visit.receivedAt)}, ${visit.headCount} người — ${why}. Đề nghị bộ phận y tế phối hợp theo «${period.name}».`,
      unitId: visit.unitId,
      subject: { type: 'visit', id: visit.visitId },
      targets: who.targets,
      accounts: who.accounts,
      ackSeconds: null,
      escalation: [],
      channels: [],
      createdBy: meta.actorId,
    }));
  }
  await tx
    .insertInto('visit_screenings')
    .values({
      visit_id: visit.visitId, period_id: period.id, unit_id: visit.unitId, received_on: visit.receivedOn, head_count: visit.headCount, flagged: bool(result.flagged),
      reasons: JSON.stringify(result.reasons), answers: JSON.stringify(answers.filter((a) => questions[a.question] !== undefined)), alert_id: alertId, created_at: db.clock.nowIso(),
    })
    .execute();
  await writeAudit(tx, db, meta, { action: 'visit.screened', entity: 'visit', entityId: visit.visitId, after: { periodId: period.id, flagged: result.flagged, reasons: result.reasons, alertId } });
  return alertId !== null;
}

/** What the visit form asks now: the screening in force for the actor's working unit, or null. */
export async function currentScreening(db: Db, actor: Actor): Promise<z.output<typeof ZScreeningCurrent>> {
  const period = await screeningPeriod(db.kysely, workingUnit(actor), db.clock.nowIso());
  if (!period) return { screening: null };
  return {
    screening: {
      periodId: period.id,
      periodName: period.name,
      areas: JSON.parse(period.screening_areas) as ScreeningArea[],
      questions: JSON.parse(period.screening_questions) as ScreeningQuestion[],
    },
  };
}

/** A visit's screening, for whoever may read the visit. */
export async function visitScreening(db: Db, actor: Actor, visitId: number): Promise<z.output<typeof ZVisitScreening>> {
  const policy = recordType('visit');
  const row = await db.kysely.selectFrom('visit_screenings').selectAll().where('visit_id', '=', visitId).executeTakeFirst();
  if (!row || !policy || !(await policy.canRead(db.kysely, actor, visitId))) throw new AppError('NOT_FOUND', 'Lượt tiếp này không được sàng lọc y tế.');
  return { visitId, periodId: row.period_id, flagged: isTrue(row.flagged), reasons: JSON.parse(row.reasons) as ScreeningReason[], liaisonAlerted: row.alert_id !== null };
}

/** The daily report's counts: screened and flagged visits and people per day of the period, in the actor's scope. */
export async function dailyCounts(db: Db, actor: Actor, periodId: number, q: z.output<typeof ZScreeningDailyQuery>): Promise<z.output<typeof ZScreeningDaily>> {
  await loadPeriod(db.kysely, actor, periodId);
  let query = db.kysely
    .selectFrom('visit_screenings')
    .select((e) => [
      'received_on',
      e.fn.countAll<number>().as('visits'),
      e.fn.sum<number>('head_count').as('people'),
      e.fn.sum<number>(e.case().when('flagged', '=', bool(true)).then(1).else(0).end()).as('flagged_visits'),
      e.fn.sum<number>(e.case().when('flagged', '=', bool(true)).then(e.ref('head_count')).else(0).end()).as('flagged_people'),
    ])
    .where('period_id', '=', periodId);
  if (!actor.scopeIsEverything) query = query.where('unit_id', 'in', [...actor.scope, 0]);
  if (q.unitId !== undefined) query = query.where('unit_id', '=', q.unitId);
  if (q.from) query = query.where('received_on', '>=', q.from);
  if (q.to) query = query.where('received_on', '<=', q.to);
  const rows = await query.groupBy('received_on').orderBy('received_on').execute();
  return {
    periodId,
    days: rows.map((r) => ({ date: String(r.received_on).slice(0, 10), visits: Number(r.visits), people: Number(r.people), flaggedVisits: Number(r.flagged_visits), flaggedPeople: Number(r.flagged_people) })),
  };
}
