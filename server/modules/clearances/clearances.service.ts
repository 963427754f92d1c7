/**
 * Clearances: who may see a denouncer's identity in one record (Luật Tố cáo arts. 8(3), 9(1)(b), 56). Only the head
 * of the unit that owns the record grants or revokes — a leader role held at that very unit; an administrator
 * cannot (roles.ts) — and every grant, revocation and unsealed read is in the audit log. Everyone else sees
 * SEALED_PLACEHOLDER ("Người tố cáo (được giữ bí mật)").
 *
 * API (for the records modules)
 *   isCleared(db, actor, { type, id }) → boolean
 *   readSealed(tx, deps, meta, actor, subject, fields) → { cleared, values }
 *       fields: { name, context, value }[] — the stored sealed values; values are unsealed and the read audited
 *       only when the actor is cleared, otherwise every value is null and nothing is opened.
 *   grantClearance / revokeClearance / listClearances — behind /api/clearances
 *
 * A subject is any registered record type (platform/records.ts) whose `owningUnit` names the unit.
 */
import type { z } from 'zod';
import type { ZClearance, ZClearanceGrant } from '@core/schemas/sealing';
import { isTrue, type Db, type Executor, type Tx } from '../../db/database';
import type { Actor, RequestMeta } from '../../platform/context';
import { AppError } from '../../platform/errors';
import type { ModuleDeps } from '../../platform/http';
import { auditEntityOf, requireRecordType } from '../../platform/records';
import { isUniqueViolation } from '../../platform/versioned';
import { writeAudit } from '../audit/audit.repo';

export interface Subject {
  type: string;
  id: number;
}

type Clearance = z.infer<typeof ZClearance>;

export async function isCleared(db: Executor, actor: Pick<Actor, 'accountId'>, subject: Subject): Promise<boolean> {
  const row = await db
    .selectFrom('clearances')
    .select('id')
    .where('subject_type', '=', subject.type)
    .where('subject_id', '=', subject.id)
    .where('account_id', '=', actor.accountId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return !!row;
}

export interface SealedField {
  name: string;
  context: string;
  value: string | null;
}

/** Opens the sealed fields of one record for a cleared actor, recording the read; nothing for anyone else. */
export async function readSealed(
  tx: Tx,
  deps: Pick<ModuleDeps, 'db' | 'sealer'>,
  meta: RequestMeta,
  actor: Actor,
  subject: Subject,
  fields: SealedField[],
): Promise<{ cleared: boolean; values: Record<string, unknown> }> {
  const cleared = await isCleared(tx, actor, subject);
  const values: Record<string, unknown> = {};
  for (const f of fields) values[f.name] = cleared && f.value !== null ? deps.sealer.unseal(f.value, f.context) : null;
  const opened = fields.filter((f) => f.value !== null).map((f) => f.name);
  if (cleared && opened.length > 0) {
    await writeAudit(tx, deps.db, meta, { action: 'sealed.read', entity: auditEntityOf(subject.type), entityId: subject.id, after: { fields: opened } });
  }
  return { cleared, values };
}

/** The head of the owning unit: a leader role held at that unit, which must be the unit he is working in. */
async function assertHeadOf(db: Executor, actor: Actor, subject: Subject): Promise<number> {
  const unitId = await requireRecordType(subject.type).owningUnit(db, subject.id);
  if (unitId === null) throw new AppError('NOT_FOUND');
  if (actor.activeUnitId !== unitId || !actor.roles.includes('leader')) {
    throw new AppError('FORBIDDEN', 'Chỉ lãnh đạo (thủ trưởng) của đơn vị quản lý hồ sơ, đang làm việc tại đơn vị đó, mới được cho phép xem danh tính người tố cáo.');
  }
  return unitId;
}

async function present(db: Executor, ids: number[]): Promise<Clearance[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('clearances as c')
    .innerJoin('accounts as a', 'a.id', 'c.account_id')
    .innerJoin('accounts as g', 'g.id', 'c.granted_by')
    .leftJoin('accounts as r', 'r.id', 'c.revoked_by')
    .select(['c.id', 'c.subject_type', 'c.subject_id', 'c.unit_id', 'c.account_id', 'a.full_name as account_name', 'g.username as granted_by', 'c.granted_at', 'c.reason', 'r.username as revoked_by', 'c.revoked_at'])
    .where('c.id', 'in', ids)
    .orderBy('c.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    subject: { type: r.subject_type, id: r.subject_id },
    unitId: r.unit_id,
    accountId: r.account_id,
    accountName: r.account_name,
    grantedBy: r.granted_by,
    grantedAt: r.granted_at,
    reason: r.reason,
    revokedBy: r.revoked_by,
    revokedAt: r.revoked_at,
  }));
}

export async function grantClearance(db: Db, actor: Actor, input: z.output<typeof ZClearanceGrant>, meta: RequestMeta): Promise<Clearance> {
  const unitId = await assertHeadOf(db.kysely, actor, input.subject);
  const account = await db.kysely.selectFrom('accounts').select(['id', 'active']).where('id', '=', input.accountId).executeTakeFirst();
  if (!account || !isTrue(account.active)) throw new AppError('VALIDATION_FAILED', 'Tài khoản được cho phép không tồn tại hoặc đã khóa.', { accountId: 'Không có tài khoản đang hoạt động này' });
  try {
    return await db.transaction(async (tx) => {
      const row = await tx
        .insertInto('clearances')
        .values({ subject_type: input.subject.type, subject_id: input.subject.id, unit_id: unitId, account_id: input.accountId, reason: input.reason, granted_by: actor.accountId, granted_at: db.clock.nowIso(), revoked_by: null, revoked_at: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      await writeAudit(tx, db, meta, { action: 'clearance.granted', entity: auditEntityOf(input.subject.type), entityId: input.subject.id, after: { clearanceId: row.id, accountId: input.accountId, reason: input.reason } });
      return (await present(tx, [row.id]))[0] as Clearance;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('DUPLICATE', 'Tài khoản này đã được cho phép xem danh tính trong hồ sơ này.', { accountId: 'Đã được cho phép' });
    throw error;
  }
}

export async function revokeClearance(db: Db, actor: Actor, id: number, meta: RequestMeta): Promise<Clearance> {
  const row = await db.kysely.selectFrom('clearances').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy quyết định cho phép.');
  const subject = { type: row.subject_type, id: row.subject_id };
  await assertHeadOf(db.kysely, actor, subject);
  return db.transaction(async (tx) => {
    const done = await tx.updateTable('clearances').set({ revoked_by: actor.accountId, revoked_at: db.clock.nowIso() }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
    if (Number(done.numUpdatedRows) === 0) throw new AppError('CONFLICT', 'Quyết định cho phép này đã được thu hồi.');
    await writeAudit(tx, db, meta, { action: 'clearance.revoked', entity: auditEntityOf(subject.type), entityId: subject.id, after: { clearanceId: id, accountId: row.account_id } });
    return (await present(tx, [id]))[0] as Clearance;
  });
}

export async function listClearances(db: Db, actor: Actor, subject: Subject): Promise<Clearance[]> {
  await assertHeadOf(db.kysely, actor, subject);
  const rows = await db.kysely.selectFrom('clearances').select('id').where('subject_type', '=', subject.type).where('subject_id', '=', subject.id).execute();
  return present(db.kysely, rows.map((r) => r.id));
}
