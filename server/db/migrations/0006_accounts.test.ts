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
const dir = mkdtempSync(join(tmpdir(), 'tiepdan-m0006-'));
let db: Db;

async function admin(statement: string) {
  const c = new pg.Client({ connectionString: DATABASE_URL });
  await c.connect();
  await c.query(statement);
  await c.end();
}

/** Accounts and a lockout as a release before 0006 left them. */
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
  const no = ENGINE === 'postgres' ? sql`false` : sql`0`;
  const account = (id: number, username: string, fullName: string) =>
    sql`insert into accounts (id, username, password_hash, full_name, officer_id, active, must_change_password, totp_secret, totp_enabled, language, last_login_at, version, created_at, updated_at)
      values (${id}, ${username}, 'x', ${fullName}, null, ${no}, ${no}, null, ${no}, 'vi', null, 1, ${now}, ${now})`.execute(db.kysely);
  await account(1, 'quantri', 'Quản trị hệ thống');
  await account(2, 'nhung', 'Phạm Thị Hồng Nhung');
  await sql`insert into login_throttle (key, failures, first_failure_at, locked_until) values ('u:nhung', 5, ${now}, ${now})`.execute(db.kysely);
});

afterAll(async () => {
  await db?.close();
  if (ENGINE === 'postgres') await admin(`drop schema ${schema} cascade`);
  rmSync(dir, { recursive: true, force: true });
});

describe(`migration 0006 on accounts the previous release wrote (${ENGINE})`, () => {
  it('fills every name key, adds the TOTP step and the throttle username, and drops the old-scheme counters', async () => {
    expect((await migrateToLatest(db)).applied).toContain('0006_accounts');
    const rows = await db.kysely.selectFrom('accounts').select(['username', 'name_key', 'totp_last_step']).orderBy('id').execute();
    expect(rows).toEqual([
      { username: 'quantri', name_key: 'quan tri he thong', totp_last_step: null },
      { username: 'nhung', name_key: 'pham thi hong nhung', totp_last_step: null },
    ]);
    expect(await db.kysely.selectFrom('login_throttle').selectAll().execute()).toEqual([]);
  });
});
