import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { sql, type Selectable } from 'kysely';
import type { AuditAction, AuditEntity } from '@core/domain/audit/actions';
import type { AuditLogTable } from '../../db/schema';
import type { Db, Executor, Tx } from '../../db/database';
import type { RequestMeta } from '../../platform/context';
import { recordType } from '../../platform/records';

export interface AuditEntry {
  /** Only catalogued codes: each has the label the audit log shows (core/domain/audit/actions.ts). */
  action: AuditAction;
  entity: AuditEntity;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
  /** The unit owning the record, where the entity's owner (below) cannot tell; null: readable from the root only. */
  unitId?: number | null;
}

/** Every column a forger would want to change: all but the row id, the chain itself and the reading index. */
type ChainFields = Omit<Selectable<AuditLogTable>, 'id' | 'prev_hash' | 'hash' | 'unit_id'>;

/** Which unit owns a record of an entity, read in the writer's transaction; null when the record has none. */
export type AuditOwner = (db: Executor, id: number) => Promise<number | null>;
const owners = new Map<AuditEntity, AuditOwner>();

/**
 * The log is read like the records it describes: each row stores the unit owning its record (`unit_id`), and a
 * reader sees the rows of the units in his scope. Record types (platform/records.ts) are owned by their policy's
 * `owningUnit`; other entities declare their owner here. An entity with neither (settings for every unit, the
 * system) is read only from the root.
 */
export function registerAuditOwner(entity: AuditEntity, owner: AuditOwner): void {
  owners.set(entity, owner);
}

async function owningUnit(tx: Tx, entry: AuditEntry): Promise<number | null> {
  if (entry.unitId !== undefined) return entry.unitId;
  const id = Number(entry.entityId);
  if (entry.entityId === undefined || entry.entityId === null || !Number.isSafeInteger(id)) return null;
  const owner = owners.get(entry.entity) ?? recordType(entry.entity)?.owningUnit;
  return owner ? owner(tx, id) : null;
}

/** Names the key a MAC was made with, without revealing it. */
export const auditKeyId = (key: string): string => createHash('sha256').update(`tiepdan-audit-key\n${key}`).digest('hex').slice(0, 8);

/**
 * The head's MAC: HMAC-SHA-256 of the last row's id and hash under the audit key, which is kept outside the database
 * (AUDIT_KEY, see config.ts). The hash chain alone needs no secret: whoever can write the database can edit a row and
 * recompute every hash after it. He cannot recompute this MAC, and the last hash depends on every row before it.
 */
export function headMac(key: string, lastId: number, lastHash: string): string {
  return `${auditKeyId(key)}:${createHmac('sha256', key).update(`tiepdan-audit-head\n${lastId}\n${lastHash}`).digest('hex')}`;
}

const sameText = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

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
export async function writeAudit(tx: Tx, db: Pick<Db, 'engine' | 'clock' | 'auditKey'>, meta: RequestMeta, entry: AuditEntry): Promise<void> {
  // Looked up before the head is locked: every writer waits for that lock, so nothing else is done while holding it.
  const unitId = await owningUnit(tx, entry);
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
    .values({ ...fields, prev_hash: head.last_hash, hash, unit_id: unitId })
    .returning('id')
    .executeTakeFirstOrThrow();
  const mac = db.auditKey ? headMac(db.auditKey, row.id, hash) : null;
  await tx.updateTable('audit_head').set({ last_id: row.id, last_hash: hash, mac }).where('id', '=', 1).execute();
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  problems: { id: number | null; problem: string }[];
  /** The head as found: what an auditor writes down and gives back later as a checkpoint. */
  head: { id: number; hash: string; mac: string | null };
}

/** A head an auditor wrote down earlier (from a report or a backup): the row must still be there with that hash. */
export interface AuditCheckpoint {
  id: number;
  hash: string;
}

export interface VerifyOptions {
  /** The audit key (default: the database's); undefined checks the hashes only. */
  key?: string | undefined;
  checkpoint?: AuditCheckpoint | undefined;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Walks the whole chain; any edited, deleted, inserted or reordered row breaks a link or the head. With the key, the
 * head's MAC proves the chain ends where its keeper left it, so a chain rewritten and rehashed throughout is caught;
 * a checkpoint from an earlier report catches a chain cut back to an earlier head.
 */
export async function verifyAuditChain(db: Db, options: VerifyOptions = { key: db.auditKey }): Promise<AuditVerification> {
  const { key, checkpoint, onProgress } = options;
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
  if (key && head && head.last_id > 0) {
    if (head.mac === null) problems.push({ id: null, problem: 'Đầu chuỗi không có mã xác thực (MAC): nhật ký đã bị ghi lại bằng công cụ không có khóa, hoặc chưa ghi gì từ khi có khóa.' });
    else if (!head.mac.startsWith(`${auditKeyId(key)}:`)) problems.push({ id: null, problem: `Mã xác thực đầu chuỗi được tạo bằng khóa khác (${head.mac.split(':')[0]}), không phải khóa ${auditKeyId(key)} đang dùng.` });
    else if (!sameText(head.mac, headMac(key, head.last_id, head.last_hash))) {
      problems.push({ id: null, problem: 'Mã xác thực (MAC) của đầu chuỗi không khớp: chuỗi nhật ký đã bị viết lại và tính lại mã băm.' });
    }
  }
  if (checkpoint) {
    const row = await k.selectFrom('audit_log').select('hash').where('id', '=', checkpoint.id).executeTakeFirst();
    if (!row || row.hash !== checkpoint.hash) problems.push({ id: checkpoint.id, problem: 'Không còn khớp với điểm kiểm tra đã ghi lại trước đây (nhật ký bị cắt bớt hoặc viết lại).' });
  }
  return { ok: problems.length === 0, checked, problems, head: { id: head?.last_id ?? 0, hash: head?.last_hash ?? GENESIS, mac: head?.mac ?? null } };
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
