/**
 * Person search over 500,000 citizens on the embedded engine (SQLite) and on PostgreSQL.
 *
 *   npx tsx bench/people-search.ts [--people 500000] [--queries 300] [--engine sqlite|postgres|both]
 *
 * Builds each database through the app's own migrations (same indexes, FTS5 triggers, pg_trgm), loads
 * generated Vietnamese citizens, then times the app's search (`searchPeople`, ranking included) beside the
 * raw index query it rests on, for a province-wide actor (no scope filter) and a ward officer (scope filter inside the
 * index queries). Prints p50/p95 per query kind. Data is cached in bench/.data between runs.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import cliProgress from 'cli-progress';
import { sql } from 'kysely';
import pg from 'pg';
import { permissionsOf } from '@core/domain/org/roles';
import { searchKey } from '@core/domain/text/normalize';
import { openDatabase, type Db } from '../server/db/database';
import { migrateToLatest } from '../server/db/migrate';
import { seedDemo } from '../server/demo/seed-demo';
import { generatePerson, prng } from '../server/demo/people-generator';
import { listAllUnits } from '../server/modules/org/units.repo';
import { candidatesByName, searchPeople } from '../server/modules/people/people.service';
import { insertPeople, type NewPerson } from '../server/modules/people/people.repo';
import type { Actor } from '../server/platform/context';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '500000' },
    queries: { type: 'string', default: '300' },
    engine: { type: 'string', default: 'both' },
    fresh: { type: 'boolean', default: false },
  },
});
const N = Number(values.people);
const Q = Number(values.queries);
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
// The suffix names the stored key format: data from an older format is rebuilt, not misread.
const SCHEMA = `bench_people_${N}_v2`;
const DIR = new URL('./.data/', import.meta.url).pathname;

const progress = (label: string, total: number) => {
  const bar = new cliProgress.SingleBar({ format: `${label.padEnd(28)} [{bar}] {percentage}% {value}/{total} {eta_formatted}`, hideCursor: true }, cliProgress.Presets.shades_classic);
  bar.start(total, 0);
  return bar;
};

async function prepareDb(engine: 'sqlite' | 'postgres'): Promise<Db> {
  mkdirSync(DIR, { recursive: true });
  if (engine === 'postgres') {
    const admin = new pg.Client({ connectionString: DATABASE_URL });
    await admin.connect();
    const exists = (await admin.query('select 1 from pg_namespace where nspname = $1', [SCHEMA])).rowCount;
    if (exists && values.fresh) await admin.query(`drop schema ${SCHEMA} cascade`);
    if (!exists || values.fresh) await admin.query(`create schema ${SCHEMA}`);
    await admin.end();
    return openDatabase({ databaseUrl: DATABASE_URL, pgSchema: SCHEMA, dataDir: DIR });
  }
  const file = `${DIR}people-${N}-v2.sqlite`;
  if (values.fresh) for (const s of ['', '-wal', '-shm']) rmSync(file + s, { force: true });
  return openDatabase({ databaseUrl: `sqlite:${file}`, dataDir: DIR });
}

async function load(db: Db, wardIds: number[], wardNames: string[], unitId: number): Promise<void> {
  const have = Number((await db.kysely.selectFrom('people').select((e) => e.fn.countAll<number>().as('n')).executeTakeFirst())?.n ?? 0);
  if (have >= N) return;
  const random = prng(500_000);
  const bar = progress(`Nạp ${N.toLocaleString('vi-VN')} công dân (${db.engine})`, N);
  const now = new Date().toISOString();
  const batch = 1000;
  for (let i = have; i < N; i += batch) {
    const rows: NewPerson[] = [];
    for (let j = i; j < Math.min(N, i + batch); j++) {
      const p = generatePerson(j, random, wardIds.length, wardNames);
      rows.push({ full_name: p.fullName, id_type: 'cccd', id_number: p.idNumber, birth_year: p.birthYear, gender: p.gender, phone: null, address: p.address, ward_unit_id: wardIds[p.wardIndex] ?? null, unit_id: unitId });
    }
    await insertPeople(db.kysely, rows, now);
    bar.update(Math.min(N, i + batch));
  }
  bar.stop();
  if (db.engine === 'postgres') await sql`analyze people`.execute(db.kysely);
  else await sql`analyze`.execute(db.kysely);
}

function queriesFrom(sample: { fullName: string; idNumber: string }[], r: () => number) {
  const names: { kind: string; q: string; target: string }[] = [];
  const ids: string[] = [];
  for (const p of sample) {
    const key = searchKey(p.fullName);
    const words = key.split(' ');
    const x = r();
    // The mix typed at a counter: full names without diacritics, partial names, given name first, a typo.
    if (x < 0.45) names.push({ kind: 'full', q: key, target: key });
    else if (x < 0.75) names.push({ kind: 'partial', q: key.slice(0, Math.max(5, key.length - 2)), target: key });
    else if (x < 0.9) names.push({ kind: 'reordered', q: [...words.slice(-1), ...words.slice(0, -1)].join(' '), target: key });
    else {
      const w = words[words.length - 1] ?? '';
      const typo = w.length > 2 ? w.slice(0, -2) + (w[w.length - 1] ?? '') + (w[w.length - 2] ?? '') : w;
      names.push({ kind: 'typo', q: [...words.slice(0, -1), typo].join(' '), target: key });
    }
    ids.push(r() < 0.1 ? `0270${String(Math.floor(r() * 1e8)).padStart(8, '9')}` : p.idNumber);
  }
  return { names, ids };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const fmt = (xs: number[]) => `${pct(xs, 50).toFixed(2).padStart(7)} / ${pct(xs, 95).toFixed(2).padStart(7)}`;

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

function actorFor(label: string, scope: number[] | null, units: { id: number }[]): Actor {
  return {
    accountId: 1, username: label, fullName: label, language: 'vi', mustChangePassword: false, totpEnabled: false, sessionId: label,
    assignments: [], activeUnitId: scope?.[0] ?? units[0]?.id ?? null, roles: ['reception_officer'], permissions: permissionsOf(['reception_officer']),
    scope: new Set(scope ?? units.map((u) => u.id)),
    scopeIsEverything: scope === null,
  };
}

/** Times the app's search for one actor, with queries made from people that actor can see. */
async function measure(db: Db, label: string, actor: Actor, scope: number[] | null) {
  // Queries are made from people actually in the table (in the actor's scope), picked at random.
  const random = prng(7);
  let pool = db.kysely.selectFrom('people').select(['full_name', 'id_number']);
  if (scope) pool = pool.where('ward_unit_id', 'in', scope);
  const ids = (await (scope ? db.kysely.selectFrom('people').select('id').where('ward_unit_id', 'in', scope) : db.kysely.selectFrom('people').select('id')).orderBy('id').execute()).map((r) => r.id);
  const picked = Array.from({ length: Q }, () => ids[Math.floor(random() * ids.length)] ?? 1);
  const loaded = await pool.where('id', 'in', picked).execute();
  const queries = queriesFrom(loaded.map((p) => ({ fullName: p.full_name, idNumber: p.id_number ?? '' })), random);
  const { names } = queries;

  for (let i = 0; i < 20; i++) await searchPeople(db, actor, names[i % names.length]?.q ?? 'nguyen', 20);
  const bar = progress(`Đo tìm kiếm (${db.engine}, ${label})`, names.length + queries.ids.length);
  const app: Record<string, number[]> = {};
  const raw: Record<string, number[]> = {};
  const relevant: Record<string, number[]> = {};
  const targets = new Map(names.map((n) => [n.q, n.target]));
  for (const { kind, q } of names) {
    let items: Awaited<ReturnType<typeof searchPeople>>['items'] = [];
    const t = await time(async () => {
      items = (await searchPeople(db, actor, q, 20)).items;
    });
    // Relevant means: the best result is the person typed (same name), or for a partial name one that starts so.
    const top = searchKey(items[0]?.fullName ?? '');
    const words = (k: string) => k.split(' ').sort().join(' ');
    if (kind === 'partial' ? top.startsWith(q) : words(top) === words(targets.get(q) ?? '')) (relevant[kind] ??= []).push(1);
    (app[kind] ??= []).push(t);
    (app.name ??= []).push(t);
    // Baseline: the index queries the app sends, without ranking and presenting — the engine's share.
    (raw.name ??= []).push(await time(() => candidatesByName(db, scope, q)));
    bar.increment();
  }
  for (const id of queries.ids) {
    (app.id ??= []).push(await time(() => searchPeople(db, actor, id, 20)));
    (raw.id ??= []).push(await time(() => db.kysely.selectFrom('people').select('id').where('id_number', '=', id).execute()));
    bar.increment();
  }
  bar.stop();
  console.log(`\n${db.engine === 'sqlite' ? 'SQLite (nhúng)' : 'PostgreSQL'} — ${N.toLocaleString('vi-VN')} công dân, ${label}: ${names.length} truy vấn tên, ${queries.ids.length} truy vấn số giấy tờ`);
  console.log('  truy vấn                       ứng dụng p50 / p95 (ms)   truy vấn thô p50 / p95 (ms)   mục tiêu p95');
  console.log(`  tên không dấu (tất cả)         ${fmt(app.name ?? [])}         ${fmt(raw.name ?? [])}              ≤ 20 ms`);
  for (const k of ['full', 'partial', 'reordered', 'typo']) {
    const n = app[k]?.length ?? 0;
    if (n) console.log(`    · ${k.padEnd(26)} ${fmt(app[k] ?? [])}    kết quả đầu đúng người/tên: ${relevant[k]?.length ?? 0}/${n}`);
  }
  console.log(`  số giấy tờ                     ${fmt(app.id ?? [])}         ${fmt(raw.id ?? [])}              ≤ 2 ms`);
}

async function bench(engine: 'sqlite' | 'postgres') {
  const db = await prepareDb(engine);
  try {
    await migrateToLatest(db);
    await seedDemo(db);
    const units = await listAllUnits(db.kysely);
    const wards = units.filter((u) => u.kind === 'ward');
    const city = units.find((u) => u.code === 'BN-TP-BTCD')?.id as number;
    await load(db, wards.map((w) => w.id), wards.map((w) => w.name.replace('Phường ', '')), city);
    // The province sees everything (no scope filter); a ward officer sees the residents of his ward (about 1/19).
    await measure(db, 'toàn tỉnh', actorFor('province', null, units), null);
    const ward = wards.find((w) => w.name === 'Phường Suối Hoa')?.id as number;
    await measure(db, 'cán bộ phường Suối Hoa', actorFor('suoihoa', [ward], units), [ward]);
  } finally {
    await db.close();
  }
}

console.log(`Máy: ${os.cpus()[0]?.model} × ${os.cpus().length}, Node ${process.version}`);
if (!existsSync(DIR)) mkdirSync(DIR, { recursive: true });
const engines = values.engine === 'both' ? (['sqlite', 'postgres'] as const) : [values.engine as 'sqlite' | 'postgres'];
for (const e of engines) await bench(e);
