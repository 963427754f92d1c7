import { sql, type Kysely } from 'kysely';
import { searchKey } from '@core/domain/text/normalize';
import type { Engine } from '../database';

/**
 * Accounts (issue 7 §8, §10; issue 12 §3):
 * - `accounts.name_key`: the search key of the full name (core/domain/text), so "Quản" finds the same accounts on
 *   both engines, as people and officers are found;
 * - `accounts.totp_last_step`: the TOTP time step last accepted, so a code is used once;
 * - `login_throttle.username`: the throttle counts per username and source together (key hashed) and per username
 *   alone; the column lets an administrator's unlock clear every counter of one account. Rows written under the
 *   old per-username scheme are transient (15 minutes) and are dropped.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema
    .alterTable('accounts')
    .addColumn('name_key', 'varchar(150)', (col) => (engine === 'postgres' ? col.notNull().defaultTo('').modifyEnd(sql`collate "C"`) : col.notNull().defaultTo('')))
    .execute();
  await db.schema.alterTable('accounts').addColumn('totp_last_step', 'integer').execute();
  // Offices have tens to hundreds of accounts: one statement per row is quick and portable.
  const { rows } = await sql<{ id: number; full_name: string }>`select id, full_name from accounts`.execute(db);
  for (const row of rows) await sql`update accounts set name_key = ${searchKey(row.full_name)} where id = ${row.id}`.execute(db);
  await db.schema.createIndex('accounts_name_key').on('accounts').column('name_key').execute();

  await sql`delete from login_throttle`.execute(db);
  await db.schema.alterTable('login_throttle').addColumn('username', 'varchar(120)').execute();
  await db.schema.createIndex('login_throttle_username').on('login_throttle').column('username').execute();
}
