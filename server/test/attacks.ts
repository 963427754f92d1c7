import { sql } from 'kysely';
import type { Db } from '../db/database';
import { chainHash } from '../modules/audit/audit.repo';

/**
 * What someone who can write the database but holds no key does to the audit log (issue 7 §6): edits a row, then
 * recomputes the hash of that row and of every row after it, and the head, so the hash chain alone verifies again.
 */
export async function rewriteAndRehash(db: Db, rowId: number, actorName: string): Promise<void> {
  await sql`update audit_log set actor_name = ${actorName} where id = ${rowId}`.execute(db.kysely);
  const rows = await db.kysely.selectFrom('audit_log').selectAll().where('id', '>=', rowId).orderBy('id').execute();
  const before = await db.kysely.selectFrom('audit_log').select('hash').where('id', '<', rowId).orderBy('id', 'desc').limit(1).executeTakeFirst();
  let prev = before?.hash ?? '0'.repeat(64);
  for (const r of rows) {
    const hash = chainHash(prev, r);
    await sql`update audit_log set prev_hash = ${prev}, hash = ${hash} where id = ${r.id}`.execute(db.kysely);
    prev = hash;
  }
  await sql`update audit_head set last_hash = ${prev} where id = 1`.execute(db.kysely);
}
