/**
 * Alerts: 1,000 browsers connected across 2 instances on PostgreSQL; p50/p99 from raising an alert to its arrival at every browser, and memory per connection.
 *
 *   npx tsx bench/alerts.ts [--clients 1000] [--rounds 10]      (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test)
 *
 * Each instance is its own process (server/test/instance.ts); the clients are in this process. An alert names one
 * role at one unit held by every client's account, so one commit fans out to all of them through NOTIFY. The time
 * runs from before the raising transaction (1,000 deliveries written, sequence numbers taken) to each event's arrival.
 */
import { searchKey } from '@core/domain/text/normalize';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { prepare } from '../server/start';
import { systemMeta } from '../server/platform/context';
import { raiseAlert } from '../server/modules/alerts/alerts.service';
import { openSse, type SseClient } from '../server/test/sse';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const CLIENTS = arg('clients', 1000);
const ROUNDS = arg('rounds', 10);
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `bench_alerts_${randomBytes(4).toString('hex')}`;
const dataDir = mkdtempSync(join(tmpdir(), 'tiepdan-bench-alerts-'));

const rssKb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] as number;

function instance(): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/test/instance.ts'], {
      env: { ...process.env, DATABASE_URL, TIEPDAN_PG_SCHEMA: schema, DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout?.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /ready (\S+)/.exec(out);
      if (m) resolve({ child, url: (m[1] as string).replace('localhost', '127.0.0.1') });
    });
    child.once('exit', (code) => reject(new Error(`instance exited (${code})`)));
  });
}

const admin = new pg.Client({ connectionString: DATABASE_URL });
await admin.connect();
await admin.query(`create schema ${schema}`);
const children: ChildProcess[] = [];
const clients: SseClient[] = [];
try {
  const { app, db } = await prepare({ databaseUrl: DATABASE_URL, pgSchema: schema, dataDir, demo: true, logLevel: 'silent', webDir: '/nonexistent' });
  await app.close();
  const ca = await db.kysely.selectFrom('units').select('id').where('code', '=', 'BN-TP-CA').executeTakeFirstOrThrow();
  const now = db.clock.nowIso();
  const later = new Date(db.clock.nowMs() + 6 * 3600_000).toISOString();
  const tokens: string[] = [];
  // Accounts and sessions written directly: signing 1,000 users in through argon2 would measure the password hash.
  for (let i = 0; i < CLIENTS; i++) {
    const a = await db.kysely
      .insertInto('accounts')
      .values({ username: `bench${i}`, password_hash: 'x', full_name: `Bench ${i}`, name_key: searchKey(`Bench ${i}`), officer_id: null, active: 1, must_change_password: 0, totp_secret: null, totp_enabled: 0, language: 'vi', last_login_at: null, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.kysely.insertInto('account_roles').values({ account_id: a.id, unit_id: ca.id, role: 'police_liaison' }).execute();
    const token = randomBytes(24).toString('base64url');
    tokens.push(token);
    await db.kysely.insertInto('sessions').values({ id: createHash('sha256').update(token).digest('hex'), account_id: a.id, csrf_token: 'x', active_unit_id: ca.id, ip: null, user_agent: null, created_at: now, last_seen_at: now, expires_at: later }).execute();
  }

  const instances = await Promise.all([instance(), instance()]);
  children.push(...instances.map((x) => x.child));
  await new Promise((r) => setTimeout(r, 1000));
  const before = instances.map((x) => rssKb(x.child.pid as number));
  let arrivals: number[] = [];
  let pending = 0;
  let done: (() => void) | null = null;
  let t0 = 0;
  for (let i = 0; i < CLIENTS; i++) {
    const target = instances[i % 2] as { url: string };
    clients.push(
      openSse(`${target.url}/api/alerts/stream`, { cookie: `tiepdan_session=${tokens[i]}` }, (e) => {
        if (e.event !== 'alert' || t0 === 0) return;
        arrivals.push(e.at - t0);
        if (--pending === 0) done?.();
      }),
    );
  }
  const statuses = await Promise.all(clients.map((c) => c.status));
  if (statuses.some((s) => s !== 200)) throw new Error(`connections refused: ${statuses.filter((s) => s !== 200).length}`);
  await new Promise((r) => setTimeout(r, 2000));
  const after = instances.map((x) => rssKb(x.child.pid as number));

  const all: number[] = [];
  const commits: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    arrivals = [];
    pending = CLIENTS;
    const finished = new Promise<void>((resolve, reject) => {
      done = resolve;
      setTimeout(() => reject(new Error(`round ${round}: ${pending} of ${CLIENTS} not arrived after 10 s`)), 10_000);
    });
    t0 = performance.now();
    await db.transaction((tx) =>
      raiseAlert(tx, db, systemMeta('bench'), {
        kind: 'bench', urgent: true, title: `Đo ${round}`, body: 'bench', unitId: ca.id, targets: [{ unitId: ca.id, role: 'police_liaison', mustAck: true }],
        ackSeconds: null, escalation: [], channels: [], createdBy: null,
      }),
    );
    commits.push(performance.now() - t0);
    await finished;
    arrivals.sort((a, b) => a - b);
    all.push(...arrivals);
    console.log(`  vòng ${String(round + 1).padStart(2)}: giao dịch phát ${(commits[round] as number).toFixed(0)} ms; p50 ${pct(arrivals, 50).toFixed(0)} ms, p99 ${pct(arrivals, 99).toFixed(0)} ms, chậm nhất ${(arrivals[arrivals.length - 1] as number).toFixed(0)} ms`);
    await new Promise((r) => setTimeout(r, 300));
  }
  all.sort((a, b) => a - b);
  const perConn = instances.map((_, i) => (((after[i] as number) - (before[i] as number)) * 1024) / (CLIENTS / 2));
  console.log(`\n${CLIENTS} kết nối trên 2 phiên bản, ${ROUNDS} cảnh báo (${all.length} lượt nhận):`);
  console.log(`  phát → nhận: p50 ${pct(all, 50).toFixed(0)} ms, p99 ${pct(all, 99).toFixed(0)} ms, chậm nhất ${(all[all.length - 1] as number).toFixed(0)} ms`);
  console.log(`  trong đó giao dịch phát (1 cảnh báo, ${CLIENTS} lượt giao, nhật ký): trung vị ${[...commits].sort((a, b) => a - b)[Math.floor(commits.length / 2)]?.toFixed(0)} ms`);
  console.log(`  bộ nhớ mỗi kết nối (RSS máy chủ): ${perConn.map((b) => `${(b / 1024).toFixed(1)} KB`).join(', ')}  (RSS ${before.map((b) => `${(b / 1024).toFixed(0)}`).join('/')} → ${after.map((b) => `${(b / 1024).toFixed(0)}`).join('/')} MB)`);
  await db.close();
} finally {
  for (const c of clients) c.close();
  for (const c of children) c.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  await admin.query(`drop schema ${schema} cascade`);
  await admin.end();
  rmSync(dataDir, { recursive: true, force: true });
}
