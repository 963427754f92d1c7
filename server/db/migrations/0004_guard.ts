import { sql, type Kysely } from 'kysely';
import { commonAncestor } from '../../modules/org/units.repo';
import type { Engine } from '../database';
import type { DB } from '../schema';

/**
 * The audit log learns whose records its rows describe, and its head carries a keyed MAC.
 *
 * - `audit_log.unit_id`: the unit owning the record a row is about (a citizen's registering unit, a place's or an
 *   officer's unit, the unit itself, an account's lowest unit above all its roles). Reading the log is scoped by it
 *   like the records themselves; null (settings for everyone, the system, failed sign-ins) is read only from the
 *   root. Not part of the hash chain: rows written before it existed keep their hashes, and what it changes is who
 *   may read a row, not what the row says. Existing rows are filled in here from the records as they are now.
 * - `audit_head.mac`: HMAC-SHA-256 of the head (last id and hash) under a key kept outside the database, so a chain
 *   rewritten and rehashed by someone who can write the database no longer verifies (audit.repo.ts).
 */
export async function up(kysely: Kysely<unknown>, engine: Engine): Promise<void> {
  const db = kysely as Kysely<DB>;
  await db.schema.alterTable('audit_log').addColumn('unit_id', 'integer').execute();
  await db.schema.createIndex('audit_log_unit').on('audit_log').columns(['unit_id', 'id']).execute();
  await db.schema.alterTable('audit_head').addColumn('mac', 'text').execute();
  await backfillAuditUnits(db, engine);
}

/** Fills `unit_id` of the rows that have none from the records as they are now (re-runnable: only empty ones). */
export async function backfillAuditUnits(db: Kysely<DB>, engine: Engine): Promise<void> {
  const numeric = engine === 'postgres' ? sql`audit_log.entity_id ~ '^[0-9]{1,9}$'` : sql`audit_log.entity_id not glob '*[^0-9]*' and length(audit_log.entity_id) between 1 and 9`;
  const id = sql`cast(audit_log.entity_id as integer)`;
  const fill = (entity: string, owner: ReturnType<typeof sql>) =>
    sql`update audit_log set unit_id = (${owner}) where entity = ${entity} and unit_id is null and ${numeric}`.execute(db);
  await fill('person', sql`select p.unit_id from people p where p.id = ${id}`);
  await fill('place', sql`select p.unit_id from places p where p.id = ${id}`);
  await fill('officer', sql`select o.unit_id from officers o where o.id = ${id}`);
  await fill('unit', sql`select u.id from units u where u.id = ${id}`);

  const units = await db.selectFrom('units').select(['id', 'parent_id']).execute();
  const roles = await db.selectFrom('account_roles').select(['account_id', 'unit_id']).execute();
  const byAccount = new Map<number, number[]>();
  for (const r of roles) byAccount.set(r.account_id, [...(byAccount.get(r.account_id) ?? []), r.unit_id]);
  for (const [account, unitIds] of byAccount) {
    const unit = commonAncestor(units, unitIds);
    if (unit !== null) await db.updateTable('audit_log').set({ unit_id: unit }).where('entity', '=', 'account').where('entity_id', '=', String(account)).execute();
  }
}
