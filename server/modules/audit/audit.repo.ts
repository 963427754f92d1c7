import { createHash } from 'node:crypto';
import { sql, type Selectable } from 'kysely';
import type { AuditAction, AuditEntity } from '@core/domain/audit/actions';
import type { AuditLogTable } from '../../db/schema';
import type { Db, Tx } from '../../db/database';
import type { RequestMeta } from '../../platform/context';

export interface AuditEntry {
  /** Only catalogued codes: each has the label the audit log shows (core/domain/audit/actions.ts). */
  action: AuditAction;
  entity: AuditEntity;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
}

/** Every column a forger would want to change: all but the row id and the chain itself. */
type ChainFields = Omit<Selectable<AuditLogTable>, 'id' | 'prev_hash' | 'hash'>;

export const GENESIS = '0'.repeat(64);

/** The hash covers every field a forger would want to change, in a fixed order, chained to the previous row. */
export function chainHash(prevHash: string, f: ChainFields): string {
  const canonical = JSON.stringify([
    f.at, f.actor_id, f.actor_name, f.ip, f.user_agent, f.request_id, f.action, f.entity, f.entity_id, f.before, f.after,
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

const json = (v: unknown): string | null => (v === undefined || v === null ? null : JSON.stringify(v));

/**
 * Appends one entry in the caller's transaction, so the change and its audit row commit or fail together.
 * The head row is locked first: on PostgreSQL with several instances this keeps the chain linear.
 */
export async function writeAudit(tx: Tx, db: Pick<Db, 'engine' | 'clock'>, meta: RequestMeta, entry: AuditEntry): Promise<void> {
  const head =
    db.engine === 'postgres'
      ? (await sql<{ last_hash: string }>`select last_hash from audit_head where id = 1 for update`.execute(tx)).rows[0]
      : await tx.selectFrom('audit_head').select('last_hash').where('id', '=', 1).executeTakeFirst();
  if (!head) throw new Error('audit_head row is missing');
  const fields: ChainFields = {
    at: db.clock.nowIso(),
    actor_id: meta.actorId,
    actor_name: meta.actorName,
    ip: meta.ip,
    user_agent: meta.userAgent,
    request_id: meta.requestId,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
    before: json(entry.before),
    after: json(entry.after),
  };
  const hash = chainHash(head.last_hash, fields);
  const row = await tx
    .insertInto('audit_log')
    .values({ ...fields, prev_hash: head.last_hash, hash })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx.updateTable('audit_head').set({ last_id: row.id, last_hash: hash }).where('id', '=', 1).execute();
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  problems: { id: number | null; problem: string }[];
}

/** Walks the whole chain; any edited, deleted, inserted or reordered row breaks a link or the head. */
export async function verifyAuditChain(db: Db, onProgress?: (done: number, total: number) => void): Promise<AuditVerification> {
  const k = db.kysely;
  const total = Number((await k.selectFrom('audit_log').select((e) => e.fn.countAll<number>().as('n')).executeTakeFirst())?.n ?? 0);
  const problems: AuditVerification['problems'] = [];
  let prev = GENESIS;
  let lastId = 0;
  let checked = 0;
  const batch = 5000;
  for (;;) {
    const rows = await k.selectFrom('audit_log').selectAll().where('id', '>', lastId).orderBy('id').limit(batch).execute();
    if (rows.length === 0) break;
    for (const r of rows) {
      if (r.prev_hash !== prev) problems.push({ id: r.id, problem: 'Liên kết với bản ghi trước bị đứt (có bản ghi bị xóa hoặc chèn).' });
      const expected = chainHash(r.prev_hash, r);
      if (expected !== r.hash) problems.push({ id: r.id, problem: 'Nội dung bản ghi đã bị sửa (mã băm không khớp).' });
      prev = r.hash;
      lastId = r.id;
      checked++;
    }
    onProgress?.(checked, total);
  }
  const head = await k.selectFrom('audit_head').selectAll().where('id', '=', 1).executeTakeFirst();
  if (!head || head.last_hash !== prev || head.last_id !== lastId) {
    problems.push({ id: null, problem: 'Đầu chuỗi không khớp với bản ghi cuối (bản ghi cuối bị xóa hoặc sửa).' });
  }
  return { ok: problems.length === 0, checked, problems };
}

/**
 * Takes the chain's head lock now rather than at the transaction's first `writeAudit`. A transaction that must lock
 * another row too (a register's counter) calls this first, so every transaction takes the head before that row
 * whatever order its own writes come in: two transactions can then never hold one each and wait for the other.
 * SQLite has one writer at a time and needs nothing.
 */
export async function lockAuditChain(tx: Tx, db: Pick<Db, 'engine'>): Promise<void> {
  if (db.engine === 'postgres') await sql`select last_hash from audit_head where id = 1 for update`.execute(tx);
}
