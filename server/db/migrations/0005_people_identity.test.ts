import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migrator, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE } from '../../test/support';
import { openDatabase, type Db } from '../database';
import { migrateToLatest } from '../migrate';
import * as m0001 from './0001_platform';
import * as m0002 from './0002_law';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `t_${Math.floor(Date.now() / 1000).toString(36)}_${randomBytes(4).toString('hex')}`;
const dir = mkdtempSync(join(tmpdir(), 'tiepdan-m0005-'));
let db: Db;

async function admin(statement: string) {
  const c = new pg.Client({ connectionString: DATABASE_URL });
  await c.connect();
  await c.query(statement);
  await c.end();
}

/** A register as the release before 0005 left it: the same CCCD in three live records, a diacritic-free name. */
beforeAll(async () => {
  if (ENGINE === 'postgres') await admin(`create schema ${schema}`);
  db = await openDatabase(ENGINE === 'postgres' ? { databaseUrl: DATABASE_URL, pgSchema: schema, dataDir: dir } : { databaseUrl: '', dataDir: dir });
  const migrationTableSchema = ENGINE === 'postgres' ? schema : undefined;
  const previous = new Migrator({
    db: db.kysely,
    provider: { getMigrations: async () => ({ '0001_platform': { up: (k) => m0001.up(k, db.engine) }, '0002_law': { up: (k) => m0002.up(k, db.engine) } }) },
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
  const { error } = await previous.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  const now = '2021-10-25T01:00:00.000Z';
  await sql`insert into units (id, code, name, kind, level, parent_id, valid_from, valid_to, version, created_at, updated_at)
    values (1, 'BN', 'Tỉnh Bắc Ninh', 'province', 'province', null, '2021-01-01', null, 1, ${now}, ${now})`.execute(db.kysely);
  const person = (id: number, fullName: string, idType: string | null, idNumber: string | null) =>
    sql`insert into people (id, full_name, name_key, id_type, id_number, unit_id, version, created_at, updated_at)
      values (${id}, ${fullName}, ${` ${fullName.toLowerCase()} `}, ${idType}, ${idNumber}, 1, 1, ${now}, ${now})`.execute(db.kysely);
  await person(1, 'Nguyễn Văn Hùng', 'cccd', '027080001234');
  await person(2, 'Nguyễn Văn Hùng', 'other', '٠٢٧٠٨٠٠٠١٢٣٤');
  await person(3, 'Nguyen Van Hung', 'other', '027080001234');
  await person(4, 'tran quoc tuan', 'other', 'GPLX-1234');
  await person(5, 'Lê Thị Hoa', null, null);
});

afterAll(async () => {
  await db?.close();
  if (ENGINE === 'postgres') await admin(`drop schema ${schema} cascade`);
  rmSync(dir, { recursive: true, force: true });
});

describe(`migration 0005 on a register the previous release wrote (${ENGINE})`, () => {
  it('brings numbers to their registered form, merges records sharing one into the oldest, then enforces one live record per document', async () => {
    expect((await migrateToLatest(db)).applied).toContain('0005_people_identity');
    const rows = await db.kysely.selectFrom('people').select(['id', 'id_type', 'id_number', 'merged_into_id', 'name_plain', 'version']).orderBy('id').execute();
    expect(rows.map((r) => ({ ...r, name_plain: Number(r.name_plain) }))).toEqual([
      { id: 1, id_type: 'cccd', id_number: '027080001234', merged_into_id: null, name_plain: 0, version: 1 },
      { id: 2, id_type: 'cccd', id_number: '027080001234', merged_into_id: 1, name_plain: 0, version: 2 },
      { id: 3, id_type: 'cccd', id_number: '027080001234', merged_into_id: 1, name_plain: 1, version: 2 },
      { id: 4, id_type: 'other', id_number: 'GPLX1234', merged_into_id: null, name_plain: 1, version: 1 },
      { id: 5, id_type: null, id_number: null, merged_into_id: null, name_plain: 0, version: 1 },
    ]);
    const now = '2021-10-25T01:00:00.000Z';
    const again = db.kysely
      .insertInto('people')
      .values({ full_name: 'Nguyễn Văn Hùng', name_key: ' nguyen van hung ', name_plain: 0, id_type: 'cccd', id_number: '027080001234', unit_id: 1, merged_into_id: null, created_at: now, updated_at: now })
      .execute();
    await expect(again).rejects.toMatchObject({ code: ENGINE === 'postgres' ? '23505' : 'SQLITE_CONSTRAINT_UNIQUE' });
  });
});
