import { sql, type Kysely } from 'kysely';
import { normalizeDocumentNumber, registeredDocumentType, type IdentityDocumentType } from '@core/domain/identity/cccd';
import { hasDiacritics } from '@core/domain/text/normalize';
import type { Engine } from '../database';
import { columns } from './columns';

const BATCH = 10_000;

/**
 * The citizen register's identity rules move into the database:
 * - one live record per identity document: a unique index on (type, number) over records not merged away. Numbers
 *   stored before digits of every script were read as ASCII, or filed as "other" while being a CCCD, are first
 *   brought to their registered form, and records that then share a document are merged into the oldest one (the
 *   others stay, pointing to it, as a merge made by hand leaves them);
 * - `person_units`: the units that brought a citizen registered elsewhere into their view (a ward officer with the
 *   citizen's card at the desk), read by the scope filter beside the registering unit and the ward of residence;
 * - `name_plain`: the name was saved without any diacritic, deliberately ("chưa chuẩn hóa"), to be found and
 *   corrected later;
 * - indexes for the scope filter inside the search's candidate queries (unit and ward of each record).
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const c = columns(engine);
  const pg = engine === 'postgres';

  await db.schema.alterTable('people').addColumn('name_plain', c.bool, (col) => col.notNull().defaultTo(pg ? sql`false` : 0)).execute();
  await db.schema
    .createTable('person_units')
    .addColumn('person_id', 'integer', (col) => col.notNull().references('people.id'))
    .addColumn('unit_id', 'integer', (col) => col.notNull().references('units.id'))
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('created_by', 'integer', (col) => col.references('accounts.id'))
    .addPrimaryKeyConstraint('person_units_pk', ['person_id', 'unit_id'])
    .execute();
  await db.schema.createIndex('person_units_unit').on('person_units').columns(['unit_id', 'person_id']).execute();
  await db.schema.createIndex('people_unit').on('people').column('unit_id').execute();
  await db.schema.createIndex('people_ward').on('people').column('ward_unit_id').execute();

  // Identity numbers in their registered form. Only rows that can change are read: a non-ASCII or lower-case
  // character, a separator, or a type that is "other" or missing.
  const suspect = pg
    ? sql`id_number ~ '[^0-9A-Z]' or id_type is null or id_type = 'other'`
    : sql`id_number glob '*[^0-9A-Z]*' or id_type is null or id_type = 'other'`;
  const rows = await sql<{ id: number; id_type: string | null; id_number: string }>`
    select id, id_type, id_number from people where id_number is not null and (${suspect})`.execute(db);
  for (const row of rows.rows) {
    const number = normalizeDocumentNumber(row.id_number);
    const type = registeredDocumentType(row.id_type as IdentityDocumentType | null, number);
    if (number !== row.id_number || type !== row.id_type) {
      await sql`update people set id_number = ${number || null}, id_type = ${number ? type : null} where id = ${row.id}`.execute(db);
    }
  }

  // Records that share a document are one person: the oldest stays, the others are merged into it.
  const shared = await sql<{ id_type: string; id_number: string; keep: number }>`
    select id_type, id_number, min(id) as keep from people
    where merged_into_id is null and id_number is not null
    group by id_type, id_number having count(*) > 1`.execute(db);
  for (const g of shared.rows) {
    await sql`update people set merged_into_id = ${g.keep}, version = version + 1
      where id_type = ${g.id_type} and id_number = ${g.id_number} and merged_into_id is null and id <> ${g.keep}`.execute(db);
  }
  await sql`create unique index people_identity on people (id_type, id_number) where merged_into_id is null and id_number is not null`.execute(db);

  // Names stored so far without any diacritic are the ones to review.
  for (let after = 0; ; ) {
    const batch = await sql<{ id: number; full_name: string }>`select id, full_name from people where id > ${after} order by id limit ${BATCH}`.execute(db);
    const plain = batch.rows.filter((r) => !hasDiacritics(r.full_name)).map((r) => r.id);
    if (plain.length) await sql`update people set name_plain = ${pg ? sql`true` : sql`1`} where id in (${sql.join(plain)})`.execute(db);
    const last = batch.rows.at(-1);
    if (!last) break;
    after = last.id;
  }
  await sql`create index people_name_plain on people (id) where ${sql.raw(pg ? 'name_plain' : 'name_plain = 1')} and merged_into_id is null`.execute(db);
}
