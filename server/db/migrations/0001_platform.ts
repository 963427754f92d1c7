import { sql, type CreateTableBuilder, type Kysely } from 'kysely';
import type { Engine } from '../database';
import { columns } from './columns';

/** Units, places, officers, accounts, sessions, throttling and the hash-chained audit log. */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const c = columns(engine);
  const stamps = <T extends string>(t: CreateTableBuilder<T, 'id'>) =>
    t
      .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
      .addColumn('created_at', c.timestamp, (col) => col.notNull())
      .addColumn('updated_at', c.timestamp, (col) => col.notNull());

  await stamps(
    c
      .id(db.schema.createTable('units'))
      .addColumn('code', 'varchar(50)', (col) => col.notNull().unique())
      .addColumn('name', 'varchar(255)', (col) => col.notNull())
      .addColumn('kind', 'varchar(30)', (col) => col.notNull())
      .addColumn('level', 'varchar(30)', (col) => col.notNull())
      .addColumn('parent_id', 'integer', (col) => col.references('units.id'))
      .addColumn('valid_from', c.date, (col) => col.notNull())
      .addColumn('valid_to', c.date),
  ).execute();
  await db.schema.createIndex('units_parent').on('units').column('parent_id').execute();

  await db.schema
    .createTable('unit_predecessors')
    .addColumn('unit_id', 'integer', (col) => col.notNull().references('units.id'))
    .addColumn('predecessor_id', 'integer', (col) => col.notNull().references('units.id'))
    .addPrimaryKeyConstraint('unit_predecessors_pk', ['unit_id', 'predecessor_id'])
    .execute();

  await stamps(
    c
      .id(db.schema.createTable('places'))
      .addColumn('name', 'varchar(255)', (col) => col.notNull())
      .addColumn('kind', 'varchar(30)', (col) => col.notNull())
      .addColumn('unit_id', 'integer', (col) => col.notNull().references('units.id'))
      .addColumn('address', 'varchar(500)', (col) => col.notNull())
      // Where the place stands, as opposed to the unit that runs it: the ward whose police secure it (S10, S14).
      .addColumn('ward_unit_id', 'integer', (col) => col.references('units.id'))
      .addColumn('phone', 'varchar(20)')
      .addColumn('active', c.bool, (col) => col.notNull()),
  ).execute();

  await stamps(
    c
      .id(db.schema.createTable('officers'))
      .addColumn('full_name', 'varchar(150)', (col) => col.notNull())
      .addColumn('name_key', 'varchar(150)', (col) => col.notNull())
      .addColumn('unit_id', 'integer', (col) => col.notNull().references('units.id'))
      .addColumn('position', 'varchar(150)', (col) => col.notNull())
      .addColumn('phones', 'text', (col) => col.notNull())
      // JSON array of duty-role codes (catalog duty_role): what the roster may assign this officer to.
      .addColumn('duty_roles', 'text', (col) => col.notNull().defaultTo('[]'))
      .addColumn('email', 'varchar(254)')
      .addColumn('active', c.bool, (col) => col.notNull()),
  ).execute();
  await db.schema.createIndex('officers_unit').on('officers').column('unit_id').execute();

  await stamps(
    c
      .id(db.schema.createTable('accounts'))
      .addColumn('username', 'varchar(50)', (col) => col.notNull().unique())
      .addColumn('password_hash', 'varchar(255)', (col) => col.notNull())
      .addColumn('full_name', 'varchar(150)', (col) => col.notNull())
      .addColumn('officer_id', 'integer', (col) => col.references('officers.id'))
      .addColumn('active', c.bool, (col) => col.notNull())
      .addColumn('must_change_password', c.bool, (col) => col.notNull())
      .addColumn('totp_secret', 'varchar(100)')
      .addColumn('totp_enabled', c.bool, (col) => col.notNull())
      .addColumn('language', 'varchar(5)', (col) => col.notNull())
      .addColumn('last_login_at', c.timestamp),
  ).execute();

  await db.schema
    .createTable('account_roles')
    .addColumn('account_id', 'integer', (col) => col.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('unit_id', 'integer', (col) => col.notNull().references('units.id'))
    .addColumn('role', 'varchar(30)', (col) => col.notNull())
    .addPrimaryKeyConstraint('account_roles_pk', ['account_id', 'unit_id', 'role'])
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'varchar(64)', (col) => col.primaryKey())
    .addColumn('account_id', 'integer', (col) => col.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('csrf_token', 'varchar(64)', (col) => col.notNull())
    .addColumn('active_unit_id', 'integer', (col) => col.references('units.id'))
    .addColumn('ip', 'varchar(64)')
    .addColumn('user_agent', 'varchar(500)')
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('last_seen_at', c.timestamp, (col) => col.notNull())
    .addColumn('expires_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema.createIndex('sessions_account').on('sessions').column('account_id').execute();

  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'varchar(120)', (col) => col.primaryKey())
    .addColumn('failures', 'integer', (col) => col.notNull())
    .addColumn('first_failure_at', c.timestamp, (col) => col.notNull())
    .addColumn('locked_until', c.timestamp)
    .execute();

  await c
    .id(db.schema.createTable('audit_log'))
    .addColumn('at', c.timestamp, (col) => col.notNull())
    .addColumn('actor_id', 'integer')
    .addColumn('actor_name', 'varchar(150)')
    .addColumn('ip', 'varchar(64)')
    .addColumn('user_agent', 'varchar(500)')
    .addColumn('request_id', 'varchar(64)')
    .addColumn('action', 'varchar(60)', (col) => col.notNull())
    .addColumn('entity', 'varchar(60)', (col) => col.notNull())
    .addColumn('entity_id', 'varchar(60)')
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .addColumn('prev_hash', 'varchar(64)', (col) => col.notNull())
    .addColumn('hash', 'varchar(64)', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('audit_entity').on('audit_log').columns(['entity', 'entity_id']).execute();
  await db.schema.createIndex('audit_actor_at').on('audit_log').columns(['actor_id', 'at']).execute();
  await db.schema.createIndex('audit_at').on('audit_log').column('at').execute();

  // One row holding the chain's head: writers lock it, so the chain stays linear with several app instances.
  await db.schema
    .createTable('audit_head')
    .addColumn('id', 'integer', (col) => col.primaryKey())
    .addColumn('last_id', 'integer', (col) => col.notNull())
    .addColumn('last_hash', 'varchar(64)', (col) => col.notNull())
    .execute();
  await sql`insert into audit_head (id, last_id, last_hash) values (1, 0, ${'0'.repeat(64)})`.execute(db);
}
