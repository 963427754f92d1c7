import { sql, type Kysely } from 'kysely';
import type { Engine } from '../database';
import { columns } from './columns';
import { recomputeNameKeys } from './name-keys';

/**
 * 0001 and 0002 were edited after databases had been created with them, and person keys changed format, so a
 * database from an earlier release is marked as migrated yet lacks what those files create today (the releases and
 * what each lacks: server/db/releases/releases.ts). This brings any of them to today's shape, checking before each
 * change, and recomputes every stored name key. On a database created by today's 0001/0002 it changes nothing.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  if (!(await hasColumn(db, engine, 'places', 'ward_unit_id'))) {
    await db.schema.alterTable('places').addColumn('ward_unit_id', 'integer', (col) => col.references('units.id')).execute();
  }
  if (!(await hasColumn(db, engine, 'officers', 'duty_roles'))) {
    await db.schema.alterTable('officers').addColumn('duty_roles', 'text', (col) => col.notNull().defaultTo('[]')).execute();
  }
  if (!(await hasColumn(db, engine, 'people', 'unit_id'))) {
    if (engine === 'postgres') {
      await db.schema.alterTable('people').addColumn('unit_id', 'integer', (col) => col.references('units.id')).execute();
      await sql`update people set unit_id = ${owner}`.execute(db);
      await db.schema.alterTable('people').alterColumn('unit_id', (col) => col.setNotNull()).execute();
    } else {
      await rebuildSqlitePeople(db);
    }
  }
  if (engine === 'postgres') {
    const collation = await sql<{ collation_name: string | null }>`select collation_name from information_schema.columns
      where table_schema = current_schema() and table_name = 'people' and column_name = 'name_key'`.execute(db);
    // Byte order, so prefix ranges on the ASCII key use the B-tree whatever the database's locale.
    if (collation.rows[0]?.collation_name !== 'C') await sql`alter table people alter column name_key type varchar(150) collate "C"`.execute(db);
  }
  for (const [name, column] of [['people_id_number', 'id_number'], ['people_merged', 'merged_into_id'], ['people_phone', 'phone'], ['people_name_key', 'name_key']] as const) {
    await db.schema.createIndex(name).ifNotExists().on('people').column(column).execute();
  }
  await recomputeNameKeys(db);
}

/** A record that predates unit_id is owned by the ward it lives in, else by the root of the tree. */
const owner = sql`coalesce(ward_unit_id, (select min(id) from units where parent_id is null))`;

async function hasColumn(db: Kysely<unknown>, engine: Engine, table: string, column: string): Promise<boolean> {
  const found =
    engine === 'postgres'
      ? await sql`select 1 from information_schema.columns where table_schema = current_schema() and table_name = ${table} and column_name = ${column}`.execute(db)
      : await sql`select 1 from pragma_table_info(${table}) where name = ${column}`.execute(db);
  return found.rows.length > 0;
}

/**
 * SQLite cannot add a NOT NULL column that references another table, so people is rebuilt as 0002 creates it today
 * (https://www.sqlite.org/lang_altertable.html#otheralter). Foreign keys are off meanwhile, as that recipe requires:
 * the new table's self-reference would otherwise block dropping the old one. The FTS5 index keeps its rows: ids and
 * keys are copied unchanged, and its triggers, dropped with the old table, are recreated.
 */
async function rebuildSqlitePeople(db: Kysely<unknown>): Promise<void> {
  const c = columns('sqlite');
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await db.transaction().execute(async (tx) => {
      await c
        .id(tx.schema.createTable('people_new'))
        .addColumn('full_name', 'varchar(150)', (col) => col.notNull())
        .addColumn('name_key', 'varchar(150)', (col) => col.notNull())
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
      const kept = sql.raw('id, full_name, name_key, id_type, id_number, birth_year, gender, phone, address, ward_unit_id, merged_into_id, version, created_at, updated_at');
      await sql`insert into people_new (${kept}, unit_id) select ${kept}, ${owner} from people`.execute(tx);
      await sql`drop table people`.execute(tx);
      await sql`alter table people_new rename to people`.execute(tx);
      await sql`create trigger people_fts_ai after insert on people begin
      insert into people_fts(rowid, name_key) values (new.id, new.name_key); end`.execute(tx);
      await sql`create trigger people_fts_ad after delete on people begin
      insert into people_fts(people_fts, rowid, name_key) values ('delete', old.id, old.name_key); end`.execute(tx);
      await sql`create trigger people_fts_au after update of name_key on people begin
      insert into people_fts(people_fts, rowid, name_key) values ('delete', old.id, old.name_key);
      insert into people_fts(rowid, name_key) values (new.id, new.name_key); end`.execute(tx);
      const broken = await sql`pragma foreign_key_check`.execute(tx);
      if (broken.rows.length) throw new Error(`Nâng cấp bảng people: ${broken.rows.length} tham chiếu không hợp lệ (pragma foreign_key_check).`);
    });
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}
