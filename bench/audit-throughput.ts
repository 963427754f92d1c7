/**
 * Write throughput of the audited API under 20 concurrent clients, on the embedded engine (SQLite) and on PostgreSQL.
 *
 *   npx tsx bench/audit-throughput.ts [--clients 20] [--ops 25] [--rounds 5] [--engine sqlite|postgres|both]
 *
 * Every write and every view of a citizen's record appends to one hash chain whose head row each transaction locks
 * (issue 7 §10). Through the real app (Fastify inject, sessions, validation, transactions): each client edits its own
 * citizen's phone number (`person.updated`) `--ops` times, then, in a mixed round, alternates an edit with a view of
 * the full record (`person.read`). Prints, per engine and workload, the median over rounds of requests per second
 * and of the per-request median and p95 latency.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import pg from 'pg';
import { demoName } from '../server/demo/bac-ninh-2021';
import { prepare } from '../server/start';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '20' },
    ops: { type: 'string', default: '25' },
    rounds: { type: 'string', default: '5' },
    engine: { type: 'string', default: 'both' },
  },
});
const CLIENTS = Number(values.clients);
const OPS = Number(values.ops);
const ROUNDS = Number(values.rounds);
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] as number;
};
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1] as number;

async function run(engine: 'sqlite' | 'postgres'): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tiepdan-bench-audit-'));
  const schema = `bench_audit_${randomBytes(4).toString('hex')}`;
  const admin = engine === 'postgres' ? new pg.Client({ connectionString: DATABASE_URL }) : undefined;
  if (admin) {
    await admin.connect();
    await admin.query(`create schema ${schema}`);
  }
  const { app, db } = await prepare(engine === 'postgres' ? { databaseUrl: DATABASE_URL, pgSchema: schema, dataDir, demo: true, logLevel: 'silent', webDir: '/nonexistent' } : { databaseUrl: '', dataDir, demo: true, logLevel: 'silent', webDir: '/nonexistent' });
  try {
    await app.ready();
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'tiepdan', password: 'demo' } });
    const cookies = Object.fromEntries(login.cookies.map((c) => [c.name, c.value]));
    const headers = { cookie: `tiepdan_session=${cookies.tiepdan_session}; tiepdan_csrf=${cookies.tiepdan_csrf}`, 'x-csrf-token': cookies.tiepdan_csrf as string };
    const call = async (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) => {
      const r = await app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
      if (r.statusCode >= 300) throw new Error(`${method} ${url}: ${r.statusCode} ${r.body}`);
      return r.json<{ id: number; version: number }>();
    };
    const people: { id: number; version: number }[] = [];
    for (let c = 0; c < CLIENTS; c++) people.push(await call('POST', '/api/people', { fullName: demoName(c), birthYear: 1960 + c }));
    let serial = 0;
    const client = async (c: number, mixed: boolean, latencies: number[]) => {
      const person = people[c] as { id: number; version: number };
      for (let i = 0; i < OPS; i++) {
        const t = performance.now();
        const phone = `0912${String(++serial % 1_000_000).padStart(6, '0')}`;
        person.version = (await call('PATCH', `/api/people/${person.id}`, { version: person.version, phone })).version;
        latencies.push(performance.now() - t);
        if (mixed) {
          const r = performance.now();
          await call('GET', `/api/people/${person.id}`);
          latencies.push(performance.now() - r);
        }
      }
    };
    for (const mixed of [false, true]) {
      const rates: number[] = [];
      const medians: number[] = [];
      const tails: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const latencies: number[] = [];
        const start = performance.now();
        await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c, mixed, latencies)));
        rates.push(latencies.length / ((performance.now() - start) / 1000));
        medians.push(median(latencies));
        tails.push(p95(latencies));
      }
      const rows = Number((await db.kysely.selectFrom('audit_log').select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
      // What each edit leaves in the immutable log: the whole record, or the fields it changed.
      const size = await sql<{ bytes: number }>`select avg(coalesce(length(before), 0) + coalesce(length(after), 0)) as bytes from audit_log where action = 'person.updated'`.execute(db.kysely);
      console.log(
        `${engine.padEnd(8)} ${(mixed ? 'edit+view' : 'edit').padEnd(10)} ${CLIENTS} clients: ${median(rates).toFixed(0)} req/s (median of ${ROUNDS} rounds), ` +
          `latency median ${median(medians).toFixed(1)} ms, p95 ${median(tails).toFixed(1)} ms; audit rows ${rows}, ${Math.round(Number(size.rows[0]?.bytes ?? 0))} characters of before/after per edit`,
      );
    }
  } finally {
    await app.close();
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
    if (admin) {
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    }
  }
}

for (const engine of values.engine === 'both' ? (['sqlite', 'postgres'] as const) : [values.engine as 'sqlite' | 'postgres']) await run(engine);
