/**
 * Idempotent creates: a client that retries a create (a lost answer, a double click) sends the same
 * `Idempotency-Key` header, and gets the record the first request created instead of a second one. The key is
 * stored in the creating transaction under a unique index (account, key): two requests racing with one key meet
 * there, the loser's transaction — with its record — rolls back and it answers with the winner's record.
 *
 * API
 *   idempotencyKeyOf(request) → string | null           the header, checked (1–100 printable ASCII characters)
 *   idempotent(db, actor, key, operation, create)       create(remember) runs only when the key is new; `remember(tx, id)`
 *                                                       must be called inside its transaction; returns { id, replayed }
 */
import type { FastifyRequest } from 'fastify';
import type { Db, Tx } from '../../db/database';
import type { Actor } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { isUniqueViolation } from '../../platform/versioned';

const KEY = /^[\x21-\x7E]{1,100}$/;

export function idempotencyKeyOf(request: FastifyRequest): string | null {
  const raw = request.headers['idempotency-key'];
  if (raw === undefined) return null;
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || !KEY.test(value)) {
    throw new AppError('VALIDATION_FAILED', 'Khóa Idempotency-Key phải gồm 1–100 ký tự ASCII in được.', { 'Idempotency-Key': 'Khóa không hợp lệ' });
  }
  return value;
}

async function lookup(db: Db, actor: Actor, key: string, operation: string): Promise<number | null> {
  const row = await db.kysely.selectFrom('idempotency_keys').select(['entity_id', 'operation']).where('account_id', '=', actor.accountId).where('key', '=', key).executeTakeFirst();
  if (!row) return null;
  if (row.operation !== operation) {
    throw new AppError('CONFLICT', 'Khóa Idempotency-Key này đã được dùng cho một thao tác khác.', { 'Idempotency-Key': 'Đã dùng cho thao tác khác' });
  }
  return row.entity_id;
}

export type Remember = (tx: Tx, entityId: number) => Promise<void>;

export async function idempotent(db: Db, actor: Actor, key: string | null, operation: string, create: (remember: Remember) => Promise<number>): Promise<{ id: number; replayed: boolean }> {
  const noop: Remember = async () => {};
  if (key === null) return { id: await create(noop), replayed: false };
  const seen = await lookup(db, actor, key, operation);
  if (seen !== null) return { id: seen, replayed: true };
  const remember: Remember = async (tx, entityId) => {
    await tx.insertInto('idempotency_keys').values({ account_id: actor.accountId, key, operation, entity_id: entityId, created_at: db.clock.nowIso() }).execute();
  };
  try {
    return { id: await create(remember), replayed: false };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await lookup(db, actor, key, operation);
    if (winner === null) throw error;
    return { id: winner, replayed: true };
  }
}
