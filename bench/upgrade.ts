/**
 * Upgrading a large register from an earlier release: how long today's migrations take over 500,000 people.
 *
 *   npx tsx bench/upgrade.ts [--people 500000] [--engine sqlite|postgres|both] [--from 92f264a]
 *
 * Loads the database the release `--from` created (server/db/releases), adds generated citizens with that
 * release's key format (no padding spaces), then times migrateToLatest: missing columns and indexes, every name key
 * recomputed, statistics refreshed. Then checks that the last one's key is today's. The database is rebuilt on every run.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import cliProgress from 'cli-progress';
import { sql } from 'kysely';
import pg from 'pg';
import { personKey } from '@core/domain/identity';
import { searchKey } from '@core/domain/text/normalize';
import { openDatabase, type Db } from '../server/db/database';
import { migrateToLatest } from '../server/db/migrate';
import { loadPostgresFixture, loadSqliteFixture } from '../server/db/releases/fixtures';
import { generatePerson, prng } from '../server/demo/people-generator';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '500000' },
    engine: { type: 'string', default: 'both' },
    from: { type: 'string', default: '92f264a' },
  },
});
const N = Number(values.people);
const FROM = values.from;
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SCHEMA = 'bench_upgrade';
const DIR = new URL('./.data/', import.meta.url).pathname;

async function oldDatabase(engine: 'sqlite' | 'postgres'): Promise<Db> {
  mkdirSync(DIR, { recursive: true });
  if (engine === 'postgres') {
    const admin = new pg.Client({ connectionString: DATABASE_URL });
    await admin.connect();
    await admin.query(`drop schema if exists ${SCHEMA} cascade; create schema ${SCHEMA}`);
    await admin.end();
    await loadPostgresFixture(FROM, DATABASE_URL, SCHEMA);
    return openDatabase({ databaseUrl: DATABASE_URL, pgSchema: SCHEMA, dataDir: DIR });
  }
  const file = `${DIR}upgrade-${FROM}.sqlite`;
  for (const s of ['', '-wal', '-shm']) rmSync(file + s, { force: true });
  loadSqliteFixture(FROM, file);
  return openDatabase({ databaseUrl: `sqlite:${file}`, dataDir: DIR });
}

/** Citizens as the old release stored them; raw SQL because its columns are not today's table type. */
async function load(db: Db): Promise<void> {
  const wards = (await sql<{ id: number; name: string }>`select id, name from units where kind = 'ward' order by id`.execute(db.kysely)).rows;
  const root = (await sql<{ id: number }>`select min(id) as id from units where parent_id is null`.execute(db.kysely)).rows[0]?.id;
  const hasUnit = await sql`select unit_id from people where 1 = 0`.execute(db.kysely).then(() => true, () => false);
  const bar = new cliProgress.SingleBar({ format: `Nạp ${N.toLocaleString('vi-VN')} công dân kiểu cũ (${db.engine}) [{bar}] {percentage}% {eta_formatted}` }, cliProgress.Presets.shades_classic);
  bar.start(N, 0);
  const random = prng(500_000);
  const now = new Date().toISOString();
  const base = (await sql<{ n: number }>`select count(*) as n from people`.execute(db.kysely)).rows[0]?.n ?? 0;
  for (let i = 0; i < N; i += 1000) {
    const rows = [];
    for (let j = i; j < Math.min(N, i + 1000); j++) {
      const p = generatePerson(base + j, random, wards.length, wards.map((w) => w.name.replace('Phường ', '')));
      const ward = wards[p.wardIndex]?.id ?? null;
      rows.push(sql`(${p.fullName}, ${searchKey(p.fullName)}, 'cccd', ${p.idNumber}, ${p.birthYear}, ${p.gender}, ${p.address}, ${ward}, ${now}, ${now}${hasUnit ? sql`, ${root}` : sql``})`);
    }
    await sql`insert into people (full_name, name_key, id_type, id_number, birth_year, gender, address, ward_unit_id, created_at, updated_at${sql.raw(hasUnit ? ', unit_id' : '')})
      values ${sql.join(rows)}`.execute(db.kysely);
    bar.update(Math.min(N, i + 1000));
  }
  bar.stop();
}

async function bench(engine: 'sqlite' | 'postgres'): Promise<void> {
  const db = await oldDatabase(engine);
  try {
    await load(db);
    const started = performance.now();
    const { applied } = await migrateToLatest(db);
    const ms = performance.now() - started;
    const sample = await db.kysely.selectFrom('people').select(['id', 'full_name', 'name_key']).orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    const current = sample.name_key === personKey(searchKey(sample.full_name));
    console.log(`${engine === 'sqlite' ? 'SQLite' : 'PostgreSQL'}: ${FROM} + ${N.toLocaleString('vi-VN')} công dân → ${applied.join(', ')} trong ${(ms / 1000).toFixed(1)} s`
      + ` (${Math.round(N / (ms / 1000)).toLocaleString('vi-VN')} hồ sơ/s); khóa "${sample.name_key}" ${current ? 'đúng' : 'VẪN KIỂU CŨ'}`);
    if (!current) process.exitCode = 1;
  } finally {
    await db.close();
  }
}

console.log(`Máy: ${os.cpus()[0]?.model} × ${os.cpus().length}, Node ${process.version}`);
const engines = values.engine === 'both' ? (['sqlite', 'postgres'] as const) : [values.engine as 'sqlite' | 'postgres'];
for (const e of engines) await bench(e);
