/**
 * The roster's alerts (issue 9 §2): officers are told of the shifts a publication gives them, and a shift nobody
 * checked in to within the period's grace is reported to the place's shift leader, else the leaders of the place's
 * unit (or the nearest unit above it that has some).
 *
 * Why one job per published shift rather than a periodic sweep: a sweep must exist exactly once across instances
 * and restarts, which needs a singleton row that concurrent start-ups would each create; a job per shift is written in
 * the publishing transaction (a rolled-back publication schedules nothing), runs at its own minute rather than at the
 * next sweep, and is claimed like every other job (SKIP LOCKED on PostgreSQL). The job reads the assignment when it
 * runs, so a swap (same row, another officer, check-in cleared) needs no rescheduling; what changes the due time —
 * an assignment added after publication, an approved swap, a new grace — schedules one more job, and the job raises
 * at most one alert per shift since its last change, so a duplicate or an early run does nothing.
 */
import { sql } from 'kysely';
import { labelOf } from '@core/domain/catalogs';
import { bool, isTrue, type Db, type Tx } from '../../db/database';
import { systemMeta, type RequestMeta } from '../../platform/context';
import { raiseAlert, type Recipient } from '../alerts/alerts.service';
import { dutyDirectory } from '../alerts/duty-directory';
import { enqueueJobs, type JobRunner } from '../alerts/jobs';
import { onDutyAt, vnDateTime } from './periods.repo';

export const CHECK_IN_JOB = 'roster.check_in_due';
const MISSED = 'roster.missed_check_in';
/** The duty role of whoever leads a shift at a place (the seed's "lãnh đạo trực"). */
export const SHIFT_LEADER_ROLE = 'lanh_dao_tiep';
/** A publication's alert lists this many shifts; the roster page has the rest. */
const LISTED_SHIFTS = 30;

type Db3 = Pick<Db, 'clock' | 'engine' | 'auditKey'>;

const plusMinutes = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

/** Schedules the check-in watch of published shifts that have not ended, at their start plus the grace. */
export async function watchCheckIns(tx: Tx, db: Db3, shifts: { id: number; starts_at: string; ends_at: string }[], graceMinutes: number): Promise<void> {
  const now = db.clock.nowMs();
  const due = shifts.filter((s) => Date.parse(s.ends_at) > now).map((s) => ({ payload: { assignmentId: s.id }, runAt: plusMinutes(s.starts_at, graceMinutes) }));
  await enqueueJobs(tx, db, CHECK_IN_JOB, due);
}

/** The period's published shifts still ahead or running, not yet checked in: what a new grace reschedules. */
export async function openShifts(tx: Tx, db: Db3, periodId: number) {
  return tx
    .selectFrom('roster_assignments')
    .select(['id', 'starts_at', 'ends_at'])
    .where('period_id', '=', periodId)
    .where('published', '=', bool(true))
    .where('checked_in_at', 'is', null)
    .where('ends_at', '>', db.clock.nowIso())
    .execute();
}

/** The job: reports the shift if, at its due time, it is published, running and still not checked in. */
export async function checkInDue(tx: Tx, db: Db3, payload: { assignmentId: number }): Promise<void> {
  // Two jobs for one shift (after a grace change) may run at once on two instances: the row lock orders them.
  if (db.engine === 'postgres') await sql`select id from roster_assignments where id = ${payload.assignmentId} for update`.execute(tx);
  const a = await tx
    .selectFrom('roster_assignments as ra')
    .innerJoin('periods as p', 'p.id', 'ra.period_id')
    .innerJoin('places as pl', 'pl.id', 'ra.place_id')
    .innerJoin('officers as o', 'o.id', 'ra.officer_id')
    .select(['ra.id', 'ra.place_id', 'ra.officer_id', 'ra.role', 'ra.shift_label', 'ra.starts_at', 'ra.ends_at', 'ra.published', 'ra.checked_in_at', 'ra.updated_at', 'p.check_in_grace_minutes', 'pl.name as place_name', 'pl.unit_id as place_unit_id', 'o.full_name', 'o.phones'])
    .where('ra.id', '=', payload.assignmentId)
    .executeTakeFirst();
  if (!a || !isTrue(a.published) || a.checked_in_at !== null) return;
  const nowIso = db.clock.nowIso();
  const now = Date.parse(nowIso);
  if (now >= Date.parse(a.ends_at)) return;
  const dueAt = plusMinutes(a.starts_at, a.check_in_grace_minutes);
  if (now < Date.parse(dueAt)) return void (await enqueueJobs(tx, db, CHECK_IN_JOB, [{ payload, runAt: dueAt }]));
  const reported = await tx
    .selectFrom('alerts')
    .select('id')
    .where('subject_type', '=', 'roster_assignment')
    .where('subject_id', '=', a.id)
    .where('kind', '=', MISSED)
    .where('created_at', '>=', a.updated_at)
    .executeTakeFirst();
  if (reported) return;

  const leaders = await onDutyAt(tx, nowIso)
    .innerJoin('accounts', 'accounts.officer_id', 'roster_assignments.officer_id')
    .select('accounts.id')
    .distinct()
    .where('roster_assignments.place_id', '=', a.place_id)
    .where('roster_assignments.role', '=', SHIFT_LEADER_ROLE)
    .where('roster_assignments.officer_id', '<>', a.officer_id)
    .where('accounts.active', '=', bool(true))
    .execute();
  const absent = (await tx.selectFrom('accounts').select('id').where('officer_id', '=', a.officer_id).execute()).map((r) => r.id);
  const recipients = leaders.length ? leaders.map((l) => ({ accountId: l.id, unitId: a.place_unit_id, role: SHIFT_LEADER_ROLE, mustAck: false })) : await unitLeaders(tx, a.place_unit_id, nowIso, absent);
  const phones = (JSON.parse(a.phones) as string[]).join(', ');
  await raiseAlert(tx, db, systemMeta('roster'), {
    kind: MISSED,
    urgent: false,
    title: `Chưa nhận ca: ${a.full_name} — ${a.place_name}`,
    body: `${a.shift_label} ${vnDateTime(a.starts_at)} – ${vnDateTime(a.ends_at)} tại ${a.place_name}: ${a.full_name} (${labelOf('duty_role', a.role) ?? a.role}) chưa nhận ca sau ${a.check_in_grace_minutes} phút.${phones ? ` Điện thoại: ${phones}.` : ''}`,
    unitId: a.place_unit_id,
    subject: { type: 'roster_assignment', id: a.id },
    targets: [],
    accounts: recipients,
    ackSeconds: null,
    escalation: [],
    channels: [],
    createdBy: null,
  });
}

/**
 * The leaders of the place's unit, else of the nearest unit above it that has any besides the absent officer himself
 * (a chairman late for his own shift is reported to the city, a city office's board to the city's leaders).
 */
async function unitLeaders(tx: Tx, unitId: number, at: string, absent: number[]): Promise<Recipient[]> {
  let id: number | null = unitId;
  for (let depth = 0; id !== null && depth < 10; depth++) {
    const unit: number = id;
    const found = (await dutyDirectory().recipients(tx, { unitId: unit, role: 'leader' }, at)).filter((accountId) => !absent.includes(accountId));
    if (found.length) return found.map((accountId) => ({ accountId, unitId: unit, role: 'leader', mustAck: false }));
    id = (await tx.selectFrom('units').select('parent_id').where('id', '=', unit).executeTakeFirst())?.parent_id ?? null;
  }
  return [];
}

/**
 * Tells each officer with an account which of the given (just published) shifts are his: one alert per officer
 * listing them. Officers without an account are told by the printed roster. Returns how many alerts were raised.
 */
export async function notifyOfficers(tx: Tx, db: Db3, meta: RequestMeta, periodId: number, assignmentIds: number[]): Promise<number> {
  if (!assignmentIds.length) return 0;
  const rows = await tx
    .selectFrom('roster_assignments as ra')
    .innerJoin('accounts as a', 'a.officer_id', 'ra.officer_id')
    .innerJoin('places as pl', 'pl.id', 'ra.place_id')
    .innerJoin('officers as o', 'o.id', 'ra.officer_id')
    .select(['a.id as account_id', 'o.unit_id', 'ra.role', 'ra.shift_label', 'ra.starts_at', 'ra.ends_at', 'pl.name as place_name'])
    .where('ra.period_id', '=', periodId)
    .where('ra.id', 'in', assignmentIds)
    .where('a.active', '=', bool(true))
    .orderBy('a.id')
    .orderBy('ra.starts_at')
    .execute();
  const byAccount = new Map<number, typeof rows>();
  for (const r of rows) byAccount.set(r.account_id, [...(byAccount.get(r.account_id) ?? []), r]);
  const period = await tx.selectFrom('periods').select(['name', 'unit_id']).where('id', '=', periodId).executeTakeFirstOrThrow();
  for (const [accountId, shifts] of byAccount) {
    const first = shifts[0] as (typeof rows)[number];
    const lines = shifts.slice(0, LISTED_SHIFTS).map((s) => `- ${vnDateTime(s.starts_at)} – ${vnDateTime(s.ends_at)}, ${s.shift_label}, ${s.place_name} (${labelOf('duty_role', s.role) ?? s.role})`);
    if (shifts.length > LISTED_SHIFTS) lines.push(`… và ${shifts.length - LISTED_SHIFTS} ca nữa (xem lịch trực).`);
    await raiseAlert(tx, db, meta, {
      kind: 'roster.published',
      urgent: false,
      title: `Lịch trực «${period.name}»: bạn có ${shifts.length} ca`,
      body: lines.join('\n'),
      unitId: period.unit_id,
      subject: { type: 'period', id: periodId },
      targets: [],
      accounts: [{ accountId, unitId: first.unit_id, role: first.role, mustAck: false }],
      ackSeconds: null,
      escalation: [],
      channels: [],
      createdBy: null,
    });
  }
  return byAccount.size;
}

export function registerRosterJobs(runner: JobRunner, db: Db): void {
  runner.handle(CHECK_IN_JOB, (tx, payload) => checkInDue(tx, db, payload as { assignmentId: number }));
}
