/**
 * Alerts: 1,000 browsers connected across 2 instances on PostgreSQL; p50/p99 from raising an alert to its arrival at every browser, and memory per connection.
 *
 *   npx tsx bench/alerts.ts [--clients 1000] [--rounds 10] [--client-processes 2]
 *   (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test)
 *
 * Each instance is its own process (server/test/instance.ts); the browsers are spread over client processes (this
 * file, forked), so no one event loop parses every arrival in turn and adds its queue to the figure. An alert names
 * one role at one unit held by every client's account, so one commit fans out to all of them through NOTIFY. The
 * time runs from before the raising transaction (the deliveries written, sequence numbers taken, the audit row) to
 * each event's arrival, on the machine's clock (performance.timeOrigin + now, the same in every process); the
 * raising transaction alone and commit → arrival are printed beside it. Memory per connection is the instances'
 * JavaScript heap growth, after a collection, from before the browsers connect to after (RSS printed beside it).
 * The load average is printed because this machine is shared: the figures are only as quiet as it was.
 */
import { searchKey } from '@core/domain/text/normalize';
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
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
const wall = () => performance.timeOrigin + performance.now();

type ToClients = { connect: { url: string; cookie: string }[] } | { expect: string };
type FromClients = { connected: number[] } | { arrived: number[] };

/** A client process: holds its share of the browsers and reports, per round, when each received the round's alert. */
function clientProcess(send: (m: FromClients) => void): void {
  const clients: SseClient[] = [];
  let title = '';
  let times: number[] = [];
  process.on('message', (m: ToClients) => {
    if ('connect' in m) {
      for (const c of m.connect) {
        clients.push(
          openSse(`${c.url}/api/alerts/stream`, { cookie: c.cookie }, (e) => {
            if (e.event !== 'alert' || !e.data.includes(title)) return;
            times.push(performance.timeOrigin + e.at);
            if (times.length === clients.length) send({ arrived: times });
          }),
        );
      }
      void Promise.all(clients.map((c) => c.status)).then((statuses) => send({ connected: statuses }));
    } else {
      title = m.expect;
      times = [];
    }
  });
  process.on('disconnect', () => {
    for (const c of clients) c.close();
    process.exit(0);
  });
}

if (process.send) {
  const send = process.send.bind(process);
  clientProcess((m) => void send(m));
} else await main();

async function main(): Promise<void> {
const CLIENTS = arg('clients', 1000);
const ROUNDS = arg('rounds', 10);
const PROCESSES = arg('client-processes', 2);
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `bench_alerts_${randomBytes(4).toString('hex')}`;
const dataDir = mkdtempSync(join(tmpdir(), 'tiepdan-bench-alerts-'));

const rssKb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] as number;
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

interface Instance {
  child: ChildProcess;
  url: string;
  /** The instance's heap after a collection (it runs with --expose-gc and answers over IPC). */
  heap(): Promise<number>;
}

function instance(): Promise<Instance> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'server/test/instance.ts'], {
      env: { ...process.env, DATABASE_URL, TIEPDAN_PG_SCHEMA: schema, DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    const heap = () =>
      new Promise<number>((done) => {
        child.once('message', (m: { heapUsed: number }) => done(m.heapUsed));
        child.send('memory');
      });
    let out = '';
    child.stdout?.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /ready (\S+)/.exec(out);
      if (m) resolve({ child, url: (m[1] as string).replace('localhost', '127.0.0.1'), heap });
    });
    child.once('exit', (code) => reject(new Error(`instance exited (${code})`)));
  });
}

const admin = new pg.Client({ connectionString: DATABASE_URL });
await admin.connect();
await admin.query(`create schema ${schema}`);
const children: ChildProcess[] = [];
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
  // Each RSS is read right after the collection that gives the heap, so both are measured on a collected heap.
  const heapBefore = await Promise.all(instances.map((x) => x.heap()));
  const rssBefore = instances.map((x) => rssKb(x.child.pid as number));
  const clientProcs = Array.from({ length: PROCESSES }, () => fork(import.meta.filename, [], { execArgv: ['--import', 'tsx'] }));
  children.push(...clientProcs);
  const reply = (c: ChildProcess, key: 'connected' | 'arrived') =>
    new Promise<number[]>((resolve) => {
      const on = (m: FromClients) => {
        if (!(key in m)) return;
        c.off('message', on);
        resolve((m as Record<typeof key, number[]>)[key]);
      };
      c.on('message', on);
    });
  const shares = clientProcs.map((c, p) => {
    const connect = tokens.flatMap((token, i) => (i % PROCESSES === p ? [{ url: (instances[i % 2] as Instance).url, cookie: `tiepdan_session=${token}` }] : []));
    c.send({ connect } satisfies ToClients);
    return reply(c, 'connected');
  });
  const statuses = (await Promise.all(shares)).flat();
  if (statuses.some((s) => s !== 200)) throw new Error(`connections refused: ${statuses.filter((s) => s !== 200).length}`);
  await new Promise((r) => setTimeout(r, 2000));
  const heapAfter = await Promise.all(instances.map((x) => x.heap()));
  const rssAfter = instances.map((x) => rssKb(x.child.pid as number));
  const loadBefore = load();

  const all: number[] = [];
  const afterCommit: number[] = [];
  const commits: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const title = `Đo ${round} ${randomBytes(3).toString('hex')}`;
    for (const c of clientProcs) c.send({ expect: title } satisfies ToClients);
    await new Promise((r) => setTimeout(r, 50));
    const arrived = Promise.all(clientProcs.map((c) => reply(c, 'arrived')));
    const t0 = wall();
    await db.transaction((tx) =>
      raiseAlert(tx, db, systemMeta('bench'), {
        kind: 'bench', urgent: true, title, body: 'bench', unitId: ca.id, targets: [{ unitId: ca.id, role: 'police_liaison', mustAck: true }],
        ackSeconds: null, escalation: [], channels: [], createdBy: null,
      }),
    );
    const committed = wall();
    let timer: NodeJS.Timeout | undefined;
    const times = (await Promise.race([arrived, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`round ${round}: not every browser received the alert within 10 s`)), 10_000)))])).flat();
    clearTimeout(timer);
    const arrivals = times.map((t) => t - t0).sort((a, b) => a - b);
    commits.push(committed - t0);
    all.push(...arrivals);
    afterCommit.push(...times.map((t) => t - committed));
    console.log(`  vòng ${String(round + 1).padStart(2)}: giao dịch phát ${(committed - t0).toFixed(0)} ms; p50 ${pct(arrivals, 50).toFixed(0)} ms, p99 ${pct(arrivals, 99).toFixed(0)} ms, chậm nhất ${(arrivals[arrivals.length - 1] as number).toFixed(0)} ms`);
    await new Promise((r) => setTimeout(r, 300));
  }
  all.sort((a, b) => a - b);
  afterCommit.sort((a, b) => a - b);
  const perConn = (after: number[], before: number[]) => instances.map((_, i) => `${(((after[i] as number) - (before[i] as number)) / (CLIENTS / 2) / 1024).toFixed(1)} KB`).join(', ');
  console.log(`\n${CLIENTS} kết nối trên 2 phiên bản (${PROCESSES} tiến trình máy khách), ${ROUNDS} cảnh báo (${all.length} lượt nhận); tải trung bình (1/5/15 phút) ${loadBefore} → ${load()}:`);
  console.log(`  phát → nhận: p50 ${pct(all, 50).toFixed(0)} ms, p99 ${pct(all, 99).toFixed(0)} ms, chậm nhất ${(all[all.length - 1] as number).toFixed(0)} ms`);
  console.log(`  trong đó giao dịch phát (1 cảnh báo, ${CLIENTS} lượt giao, nhật ký): trung vị ${pct([...commits].sort((a, b) => a - b), 50).toFixed(0)} ms; sau khi ghi xong → nhận: p50 ${pct(afterCommit, 50).toFixed(0)} ms, p99 ${pct(afterCommit, 99).toFixed(0)} ms`);
  // RSS moves by more than a few hundred connections take as V8 hands back start-up memory: the heap is the figure.
  console.log(`  bộ nhớ mỗi kết nối (heap JS sau thu gom): ${perConn(heapAfter, heapBefore)}  (RSS ${rssBefore.map((b) => (b / 1024).toFixed(0)).join('/')} → ${rssAfter.map((b) => (b / 1024).toFixed(0)).join('/')} MB)`);
  await db.close();
} finally {
  for (const c of children) c.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  await admin.query(`drop schema ${schema} cascade`);
  await admin.end();
  rmSync(dataDir, { recursive: true, force: true });
}
}
