/**
 * Alerts that cannot be missed (issue 10 §4). API for the record modules:
 *
 *   raiseAlert(tx, db, input) — inside the caller's transaction (the outbox): the alert, one delivery per recipient
 *       (numbered in commit order), the escalation job and the outbound-message jobs commit with the change or not
 *       at all; on PostgreSQL a NOTIFY in the same transaction reaches every instance only on commit.
 *   alertsCommitted(db) — after the caller's transaction resolved: wakes this instance's stream hub at once.
 *
 * Recipients are "a role at a unit", resolved to accounts by the DutyDirectory port at the instant of raising.
 * An alert whose must-acknowledge recipients have not acknowledged within `ackSeconds` escalates, level by level,
 * to the targets of its escalation chain (deputy, then head), each level a new delivery and a new deadline.
 */
import { EventEmitter } from 'node:events';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { TAlertDelivery, ZOpenAlert } from '@core/schemas/alerts';
import { isTrue, type Db, type Executor, type Tx } from '../../db/database';
import type { Actor, RequestMeta } from '../../platform/context';
import { systemMeta } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { isUniqueViolation } from '../../platform/versioned';
import { writeAudit } from '../audit/audit.repo';
import type { ChannelName, OutboundChannel } from './channels';
import { dutyDirectory, type DutyTarget } from './duty-directory';
import { deliveriesForAccounts, insertDeliveries, type DeliveryRecipient } from './alerts.repo';
import { enqueueJob, type JobRunner } from './jobs';

export interface AlertTarget extends DutyTarget {
  mustAck: boolean;
}

export interface RaiseAlert {
  kind: string;
  urgent: boolean;
  title: string;
  body: string;
  unitId: number | null;
  subject?: { type: string; id: number } | undefined;
  ruleId?: number | null | undefined;
  targets: AlertTarget[];
  /** Named accounts alerted besides the targets (an officer about his own shifts, a configured liaison). */
  accounts?: Recipient[] | undefined;
  ackSeconds: number | null;
  escalation: DutyTarget[][];
  channels: ChannelName[];
  /** The author is not alerted about his own report. */
  createdBy: number | null;
}

export const PG_CHANNEL = 'tiepdan_alerts';

const signals = new WeakMap<object, EventEmitter>();

/** The in-process wake-up of one database's stream hub. */
export function alertSignal(db: Db): EventEmitter {
  let emitter = signals.get(db.kysely);
  if (!emitter) {
    emitter = new EventEmitter();
    emitter.setMaxListeners(0);
    signals.set(db.kysely, emitter);
  }
  return emitter;
}

export function alertsCommitted(db: Db): void {
  alertSignal(db).emit('committed');
}

/**
 * A change the live board shows, for the units whose boards show it (an incident's unit and origin wards): `work`
 * runs in one transaction, and browsers in those units' scope are told to look again only once it has committed —
 * through PostgreSQL NOTIFY sent in the transaction (every instance, this one included, on commit), or on the
 * embedded engine's single process after the commit. Nothing of the change travels: the board reads it, scoped.
 */
export async function changingBoard<T>(db: Db, unitIds: number[], work: (tx: Tx) => Promise<T>): Promise<T> {
  const out = await db.transaction(async (tx) => {
    const result = await work(tx);
    if (db.engine === 'postgres') await sql`select pg_notify(${PG_CHANNEL}, current_schema() || ${` ${BOARD} ${unitIds.join(',')}`})`.execute(tx);
    return result;
  });
  if (db.engine !== 'postgres') alertSignal(db).emit(BOARD, unitIds);
  return out;
}

/** The stream event (and NOTIFY payload word) for a board change. */
export const BOARD = 'board';

const plusSeconds = (iso: string, s: number): string => new Date(Date.parse(iso) + s * 1000).toISOString();

/** Who receives a delivery and why: the unit and role (an account role, or a duty role for a named account). */
export type Recipient = DeliveryRecipient;

/** Inserts deliveries for the resolved recipients, with sequence numbers taken under the counter's row lock. */
async function deliver(tx: Tx, db: Pick<Db, 'clock' | 'engine' | 'auditKey'>, alertId: number, level: number, recipients: Recipient[]): Promise<number> {
  if (recipients.length === 0) return 0;
  const { last_seq } = await tx
    .updateTable('alert_counter')
    .set((eb) => ({ last_seq: eb('last_seq', '+', recipients.length) }))
    .where('id', '=', 1)
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  await insertDeliveries(tx, db.engine, { first: last_seq - recipients.length + 1, alertId, level, at: db.clock.nowIso(), recipients });
  if (db.engine === 'postgres') await sql`select pg_notify(${PG_CHANNEL}, current_schema())`.execute(tx);
  return recipients.length;
}

async function resolveTargets(tx: Tx, targets: AlertTarget[], at: string, exclude: number | null, named: Recipient[] = []): Promise<Recipient[]> {
  const byAccount = new Map<number, Recipient>();
  const add = (r: Recipient) => {
    if (r.accountId === exclude) return;
    const seen = byAccount.get(r.accountId);
    if (!seen || (r.mustAck && !seen.mustAck)) byAccount.set(r.accountId, r);
  };
  for (const r of named) add(r);
  for (const t of targets) {
    for (const accountId of await dutyDirectory().recipients(tx, t, at)) add({ accountId, unitId: t.unitId, role: t.role, mustAck: t.mustAck });
  }
  return [...byAccount.values()];
}

export async function raiseAlert(tx: Tx, db: Pick<Db, 'clock' | 'engine' | 'auditKey'>, meta: RequestMeta, input: RaiseAlert): Promise<{ alertId: number; recipients: number }> {
  const now = db.clock.nowIso();
  const row = await tx
    .insertInto('alerts')
    .values({
      kind: input.kind, urgent: input.urgent ? 1 : 0, title: input.title, body: input.body, unit_id: input.unitId,
      subject_type: input.subject?.type ?? null, subject_id: input.subject?.id ?? null, rule_id: input.ruleId ?? null,
      ack_seconds: input.ackSeconds, escalation: JSON.stringify(input.escalation), level: 0, channels: JSON.stringify(input.channels),
      acked_at: null, created_by: input.createdBy, created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const recipients = await resolveTargets(tx, input.targets, now, input.createdBy, input.accounts);
  await deliver(tx, db, row.id, 0, recipients);
  const mustAck = recipients.filter((r) => r.mustAck);
  if (input.ackSeconds !== null && input.escalation.length > 0) {
    await enqueueJob(tx, db, 'alert.escalate', { alertId: row.id, level: 1 }, plusSeconds(now, input.ackSeconds));
  }
  for (const channel of input.channels) for (const r of mustAck) await enqueueJob(tx, db, 'alert.message', { alertId: row.id, accountId: r.accountId, channel }, now);
  await writeAudit(tx, db, meta, { action: 'alert.raised', entity: 'alert', entityId: row.id, after: { kind: input.kind, subject: input.subject ?? null, recipients: recipients.map((r) => r.accountId) } });
  return { alertId: row.id, recipients: recipients.length };
}

/** The job behind escalation: runs at the deadline; does nothing if someone who had to acknowledge did. */
export async function escalateAlert(tx: Tx, db: Pick<Db, 'clock' | 'engine' | 'auditKey'>, payload: { alertId: number; level: number }): Promise<void> {
  const alert = await tx.selectFrom('alerts').selectAll().where('id', '=', payload.alertId).executeTakeFirst();
  if (!alert || alert.acked_at !== null || alert.level >= payload.level) return;
  const chain = JSON.parse(alert.escalation) as DutyTarget[][];
  const targets = chain[payload.level - 1];
  if (!targets) return;
  const now = db.clock.nowIso();
  const recipients = await resolveTargets(tx, targets.map((t) => ({ ...t, mustAck: true })), now, null);
  await deliver(tx, db, alert.id, payload.level, recipients);
  await tx.updateTable('alerts').set({ level: payload.level }).where('id', '=', alert.id).execute();
  if (chain[payload.level] && alert.ack_seconds !== null) {
    await enqueueJob(tx, db, 'alert.escalate', { alertId: alert.id, level: payload.level + 1 }, plusSeconds(now, alert.ack_seconds));
  }
  for (const channel of JSON.parse(alert.channels) as ChannelName[]) {
    for (const r of recipients) await enqueueJob(tx, db, 'alert.message', { alertId: alert.id, accountId: r.accountId, channel }, now);
  }
  await writeAudit(tx, db, systemMeta('alerts'), { action: 'alert.escalated', entity: 'alert', entityId: alert.id, after: { level: payload.level, recipients: recipients.map((r) => r.accountId) } });
}

/** The job behind an e-mail or SMS: the address comes from the recipient's officer record at sending time. */
export async function sendAlertMessage(tx: Tx, db: Pick<Db, 'clock'>, channels: Map<ChannelName, OutboundChannel>, payload: { alertId: number; accountId: number; channel: ChannelName }): Promise<void> {
  const alert = await tx.selectFrom('alerts').select(['id', 'title', 'body', 'acked_at']).where('id', '=', payload.alertId).executeTakeFirst();
  if (!alert) return;
  const officer = await tx.selectFrom('accounts as a').leftJoin('officers as o', 'o.id', 'a.officer_id').select(['o.phones', 'o.email']).where('a.id', '=', payload.accountId).executeTakeFirst();
  const address = payload.channel === 'sms' ? ((JSON.parse(officer?.phones ?? '[]') as string[])[0] ?? null) : (officer?.email ?? null);
  const channel = channels.get(payload.channel);
  const record = (status: string, error: string | null) =>
    tx.insertInto('alert_messages').values({ alert_id: alert.id, account_id: payload.accountId, channel: payload.channel, address: address ?? '', status, error, at: db.clock.nowIso() }).execute();
  if (!channel) return void (await record('no_channel', null));
  if (!address) return void (await record('no_address', null));
  await channel.send({ to: address, subject: `[tiepdan] ${alert.title}`, text: `${alert.title}\n\n${alert.body}` });
  await record('sent', null);
}

export function registerAlertJobs(runner: JobRunner, db: Db, channels: Map<ChannelName, OutboundChannel>): void {
  runner.handle('alert.escalate', (tx, payload) => escalateAlert(tx, db, payload as { alertId: number; level: number }));
  runner.handle('alert.message', (tx, payload) => sendAlertMessage(tx, db, channels, payload as { alertId: number; accountId: number; channel: ChannelName }));
}

type DeliveryRow = {
  seq: number; alert_id: number; account_id: number; level: number; must_ack: number | boolean; role: string;
  kind: string; urgent: number | boolean; title: string; body: string; unit_id: number | null; subject_type: string | null;
  subject_id: number | null; ack_seconds: number | null; acked_at: string | null; created_at: string; my_ack: string | null;
};

function deliveriesQuery(db: Executor) {
  return db
    .selectFrom('alert_deliveries as d')
    .innerJoin('alerts as a', 'a.id', 'd.alert_id')
    .leftJoin('alert_acks as k', (j) => j.onRef('k.alert_id', '=', 'd.alert_id').onRef('k.account_id', '=', 'd.account_id'))
    .select([
      'd.seq', 'd.alert_id', 'd.account_id', 'd.level', 'd.must_ack', 'd.role', 'd.created_at', 'a.kind', 'a.urgent', 'a.title', 'a.body',
      'a.unit_id', 'a.subject_type', 'a.subject_id', 'a.ack_seconds', 'a.acked_at', 'k.acked_at as my_ack',
    ]);
}

export function presentDelivery(r: DeliveryRow): TAlertDelivery {
  return {
    seq: r.seq,
    alertId: r.alert_id,
    kind: r.kind,
    urgent: isTrue(r.urgent),
    title: r.title,
    body: r.body,
    unitId: r.unit_id,
    subject: r.subject_type && r.subject_id !== null ? { type: r.subject_type, id: r.subject_id } : null,
    level: r.level,
    mustAck: isTrue(r.must_ack),
    role: r.role,
    createdAt: r.created_at,
    ackDueAt: isTrue(r.must_ack) && r.ack_seconds !== null ? plusSeconds(r.created_at, r.ack_seconds) : null,
    ackedByMe: r.my_ack,
    ackedAt: r.acked_at,
  };
}

/** One account's deliveries after `seq`: what a browser resuming with Last-Event-ID missed. */
export async function deliveriesAfter(db: Executor, seq: number, accountId: number, limit: number): Promise<TAlertDelivery[]> {
  const rows = await deliveriesQuery(db).where('d.seq', '>', seq).where('d.account_id', '=', accountId).orderBy('d.seq').limit(limit).execute();
  return rows.map(presentDelivery);
}

/**
 * What an instance's hub pushes after its mark: the deliveries of the accounts connected to it, up to the counter.
 * The counter is read first and every delivery numbered up to it committed with it, so the next statement sees them
 * all and the mark moves to it even when none is for this instance; each alert's content is read once, not per row.
 * `connected` is asked after the counter is read: a browser attaching later reads its own backlog after that.
 */
export async function fanOut(db: Pick<Db, 'kysely' | 'engine'>, mark: number, connected: () => number[], limit: number): Promise<{ upTo: number; deliveries: (TAlertDelivery & { accountId: number })[] }> {
  const top = await lastSeq(db.kysely);
  const accounts = top > mark ? connected() : [];
  if (accounts.length === 0) return { upTo: Math.max(top, mark), deliveries: [] };
  const rows = await deliveriesForAccounts(db.kysely, db.engine, mark, top, accounts, limit);
  const alertIds = [...new Set(rows.map((r) => r.alert_id))];
  const alerts = alertIds.length
    ? await db.kysely.selectFrom('alerts').select(['id', 'kind', 'urgent', 'title', 'body', 'unit_id', 'subject_type', 'subject_id', 'ack_seconds', 'acked_at']).where('id', 'in', alertIds).execute()
    : [];
  const byId = new Map(alerts.map((a) => [a.id, a]));
  const deliveries = rows.flatMap((r) => {
    const a = byId.get(r.alert_id);
    return a ? [{ ...presentDelivery({ ...r, ...a }), accountId: r.account_id }] : [];
  });
  return { upTo: rows.length === limit ? (rows[rows.length - 1] as { seq: number }).seq : top, deliveries };
}

/** What a browser opening without Last-Event-ID must still see ring: his deliveries not yet acknowledged by him. */
export async function pendingFor(db: Executor, accountId: number, since: string): Promise<TAlertDelivery[]> {
  const rows = await deliveriesQuery(db)
    .where('d.account_id', '=', accountId)
    .where('k.acked_at', 'is', null)
    .where('d.created_at', '>=', since)
    .orderBy('d.seq')
    .limit(200)
    .execute();
  return rows.map(presentDelivery);
}

export async function lastSeq(db: Executor): Promise<number> {
  const row = await db.selectFrom('alert_counter').select('last_seq').where('id', '=', 1).executeTakeFirst();
  return row?.last_seq ?? 0;
}

export async function listMine(db: Db, actor: Actor, q: { unacknowledged?: 'true' | 'false' | undefined; before?: number | undefined; limit: number }) {
  let query = deliveriesQuery(db.kysely).where('d.account_id', '=', actor.accountId);
  if (q.unacknowledged === 'true') query = query.where('k.acked_at', 'is', null);
  if (q.before) query = query.where('d.seq', '<', q.before);
  const rows = await query.orderBy('d.seq', 'desc').limit(q.limit).execute();
  const count = await db.kysely
    .selectFrom('alert_deliveries as d')
    .leftJoin('alert_acks as k', (j) => j.onRef('k.alert_id', '=', 'd.alert_id').onRef('k.account_id', '=', 'd.account_id'))
    .select((e) => e.fn.count<number>('d.id').as('n'))
    .where('d.account_id', '=', actor.accountId)
    .where('k.acked_at', 'is', null)
    .executeTakeFirst();
  return { items: rows.map(presentDelivery), unacknowledged: Number(count?.n ?? 0) };
}

/** Acknowledges an alert the actor received; repeating it answers the first acknowledgement. */
export async function acknowledge(db: Db, actor: Actor, alertId: number, note: string | null, meta: RequestMeta) {
  const mine = await db.kysely.selectFrom('alert_deliveries').select(['must_ack']).where('alert_id', '=', alertId).where('account_id', '=', actor.accountId).execute();
  if (mine.length === 0) throw new AppError('NOT_FOUND', 'Không tìm thấy cảnh báo này trong các cảnh báo gửi cho bạn.');
  const mustAck = mine.some((m) => isTrue(m.must_ack));
  const now = db.clock.nowIso();
  const { unit_id: unitId } = await db.kysely.selectFrom('alerts').select('unit_id').where('id', '=', alertId).executeTakeFirstOrThrow();
  // The first acknowledgement that counts takes the alert off the board's unacknowledged list.
  const change = <T>(work: (tx: Tx) => Promise<T>) => (mustAck ? changingBoard(db, unitId === null ? [] : [unitId], work) : db.transaction(work));
  try {
    await change(async (tx) => {
      await tx.insertInto('alert_acks').values({ alert_id: alertId, account_id: actor.accountId, acked_at: now, note }).execute();
      if (mustAck) await tx.updateTable('alerts').set({ acked_at: now }).where('id', '=', alertId).where('acked_at', 'is', null).execute();
      await writeAudit(tx, db, meta, { action: 'alert.acknowledged', entity: 'alert', entityId: alertId, after: { note } });
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const ack = await db.kysely.selectFrom('alert_acks').select('acked_at').where('alert_id', '=', alertId).where('account_id', '=', actor.accountId).executeTakeFirstOrThrow();
  const alert = await db.kysely.selectFrom('alerts').select('acked_at').where('id', '=', alertId).executeTakeFirstOrThrow();
  return { alertId, ackedAt: ack.acked_at, alertAckedAt: alert.acked_at };
}

/** Alerts in the actor's scope that nobody who had to has acknowledged yet: the board's red column. */
export async function openAlerts(db: Db, actor: Actor): Promise<z.output<typeof ZOpenAlert>[]> {
  let q = db.kysely
    .selectFrom('alerts as a')
    .select((e) => [
      'a.id', 'a.title', 'a.kind', 'a.unit_id', 'a.subject_type', 'a.subject_id', 'a.level', 'a.created_at', 'a.ack_seconds',
      e.selectFrom('alert_deliveries as d').select((f) => f.fn.count<number>('d.id').as('n')).whereRef('d.alert_id', '=', 'a.id').as('recipients'),
    ])
    .where('a.acked_at', 'is', null)
    .where('a.ack_seconds', 'is not', null);
  if (!actor.scopeIsEverything) q = q.where('a.unit_id', 'in', [...actor.scope]);
  const rows = await q.orderBy('a.id', 'desc').limit(200).execute();
  return rows.map((r) => ({
    alertId: r.id,
    title: r.title,
    kind: r.kind,
    unitId: r.unit_id,
    subject: r.subject_type && r.subject_id !== null ? { type: r.subject_type, id: r.subject_id } : null,
    level: r.level,
    createdAt: r.created_at,
    ackDueAt: r.ack_seconds !== null ? plusSeconds(r.created_at, r.ack_seconds) : null,
    recipients: Number(r.recipients ?? 0),
  }));
}
