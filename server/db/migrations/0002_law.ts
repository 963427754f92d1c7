import { sql, type Kysely } from 'kysely';
import type { Engine } from '../database';
import { columns } from './columns';

/** Announced holiday schedules, admin-extended catalog entries, and the citizen register with its search index. */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const c = columns(engine);
  await c
    .id(db.schema.createTable('holiday_schedules'))
    .addColumn('year', 'integer', (col) => col.notNull().unique())
    .addColumn('document_number', 'varchar(100)', (col) => col.notNull())
    .addColumn('document_date', c.date)
    .addColumn('issuer', 'varchar(200)')
    .addColumn('days_off', 'text', (col) => col.notNull())
    .addColumn('worked_days', 'text', (col) => col.notNull())
    .addColumn('replaces_computed', c.bool, (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .execute();

  await c
    .id(db.schema.createTable('catalog_entries'))
    .addColumn('catalog', 'varchar(50)', (col) => col.notNull())
    .addColumn('code', 'varchar(60)', (col) => col.notNull())
    .addColumn('parent_code', 'varchar(60)')
    .addColumn('label_vi', 'varchar(200)', (col) => col.notNull())
    .addColumn('label_en', 'varchar(200)', (col) => col.notNull())
    .addColumn('active', c.bool, (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .addUniqueConstraint('catalog_entries_code', ['catalog', 'code'])
    .execute();

  await c
    .id(db.schema.createTable('people'))
    .addColumn('full_name', 'varchar(150)', (col) => col.notNull())
    // Byte order for the ASCII search key, so prefix ranges use the index whatever the database's locale.
    .addColumn('name_key', 'varchar(150)', (col) => (engine === 'postgres' ? col.notNull().modifyEnd(sql`collate "C"`) : col.notNull()))
    .addColumn('id_type', 'varchar(20)')
    .addColumn('id_number', 'varchar(20)')
    .addColumn('birth_year', 'integer')
    .addColumn('gender', 'varchar(10)')
    .addColumn('phone', 'varchar(20)')
    .addColumn('address', 'varchar(500)')
    .addColumn('ward_unit_id', 'integer', (col) => col.references('units.id'))
    .addColumn('unit_id', 'integer', (col) => col.notNull().references('units.id'))
    .addColumn('merged_into_id', 'integer', (col) => col.references('people.id'))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema.createIndex('people_id_number').on('people').columns(['id_number']).execute();
  await db.schema.createIndex('people_merged').on('people').columns(['merged_into_id']).execute();
  await db.schema.createIndex('people_phone').on('people').columns(['phone']).execute();
  // Exact and prefix name lookups ("nguyen van hun" → "nguyen van hung…") use this B-tree on both engines.
  await db.schema.createIndex('people_name_key').on('people').columns(['name_key']).execute();

  // Name search: an application-computed key (no diacritics, đ→d) indexed by trigrams on each engine —
  // FTS5 trigram on SQLite, pg_trgm GIN on PostgreSQL — so "nguyen van hun" finds "Nguyễn Văn Hùng".
  if (engine === 'postgres') {
    await sql`create extension if not exists pg_trgm with schema public`.execute(db).catch(async (error: unknown) => {
      // Two migrating test schemas may race to create the extension; the loser finds it installed.
      const exists = await sql<{ n: number }>`select count(*)::int as n from pg_extension where extname = 'pg_trgm'`.execute(db);
      if (!exists.rows[0]?.n) throw error;
    });
    await sql`create index people_name_trgm on people using gin (name_key gin_trgm_ops)`.execute(db);
  } else {
    await sql`create virtual table people_fts using fts5(name_key, content='people', content_rowid='id', tokenize='trigram')`.execute(db);
    await sql`create trigger people_fts_ai after insert on people begin
      insert into people_fts(rowid, name_key) values (new.id, new.name_key); end`.execute(db);
    await sql`create trigger people_fts_ad after delete on people begin
      insert into people_fts(people_fts, rowid, name_key) values ('delete', old.id, old.name_key); end`.execute(db);
    await sql`create trigger people_fts_au after update of name_key on people begin
      insert into people_fts(people_fts, rowid, name_key) values ('delete', old.id, old.name_key);
      insert into people_fts(rowid, name_key) values (new.id, new.name_key); end`.execute(db);
  }
}
