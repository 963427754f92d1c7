/**
 * Platform figures: what a new user sees on the embedded engine with the demo data.
 *
 *   npx tsx bench/platform.ts [--runs N]      (npm run bench:platform -- --runs N)
 *
 * Each run: (1) a fresh data directory, first start (migrations + demo seed) then a restart on the same
 * directory, each timed from spawn of the compiled server (dist/server/main.js, what `npm start` runs) to the
 * first 200 of /api/health; (2) idle RSS of the server process after
 * a login and a few reads; (3) the login page in a fresh headless Chromium profile, cold then warm; (4) the
 * JavaScript that page loads, gzipped. Machines are noisy, so every figure is the median of N runs with its
 * min–max. The exit code is 0 whether or not a target is met: this measures, it does not gate. It is 1 only
 * when a figure could not be measured at all (a broken harness should not look like a green measurement).
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import cliProgress from 'cli-progress';
import { chromium, type BrowserContext, type Response } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** The username input of LoginPage.tsx: a data-testid is stable across languages and styling. */
const LOGIN_INPUT = '[data-testid="login-username"]';
const DEMO_LOGIN = { username: 'admin', password: 'demo' };

const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;
const PAGE_TIMEOUT_MS = 30_000;
const IDLE_MS = 5_000;
const UNIT_READS = 3;

const TARGETS = {
  startMs: 2_000,
  rssMiB: 150,
  loginReadyMs: 1_000,
  loginJsGzipKB: 350,
} as const;

// ---------------------------------------------------------------------------------------------------------
// Cleanup: children and temp dirs are registered as they are made, so an error, Ctrl-C or a failed run
// never leaves a server holding a port or a profile on disk.

const liveChildren = new Set<ChildProcess>();
const tempDirs = new Set<string>();

function makeTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  tempDirs.delete(dir);
}

/** Last resort, synchronous because 'exit' handlers cannot await. */
function cleanupNow(): void {
  for (const child of liveChildren) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
}
process.on('exit', cleanupNow);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    cleanupNow();
    process.exit(130);
  });
}

// ---------------------------------------------------------------------------------------------------------
// Options and statistics

interface Options {
  runs: number;
}

function parseOptions(argv: string[]): Options {
  let runs = 5;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = arg?.startsWith('--runs=') ? arg.slice('--runs='.length) : arg === '--runs' ? argv[++i] : undefined;
    if (value !== undefined) {
      runs = Number(value);
      if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs expects a positive integer, got ${value}`);
    } else if (arg === '--help' || arg === '-h') {
      console.log('usage: npx tsx bench/platform.ts [--runs N]   (default 5)');
      process.exit(0);
    } else {
      throw new Error(`unknown argument: ${arg}`);
    }
  }
  return { runs };
}

interface Stats {
  median: number;
  min: number;
  max: number;
  n: number;
}

function stats(values: number[]): Stats | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { median, min: sorted[0] as number, max: sorted[sorted.length - 1] as number, n: sorted.length };
}

// ---------------------------------------------------------------------------------------------------------
// The server, spawned as a new user runs it

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

interface Server {
  pid: number;
  url: string;
  readyMs: number;
  stop(): Promise<void>;
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

async function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (exited(child)) return true;
  return Promise.race([
    new Promise<boolean>((done) => child.once('exit', () => done(true))),
    sleep(timeoutMs).then(() => exited(child)),
  ]);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (!exited(child)) {
    child.kill('SIGTERM');
    if (!(await waitForExit(child, STOP_TIMEOUT_MS))) {
      child.kill('SIGKILL');
      await waitForExit(child, STOP_TIMEOUT_MS);
    }
  }
  liveChildren.delete(child);
}

/**
 * `process.execPath` directly (not npx/npm, which would be the pid we see) so /proc/<pid> is the server.
 * HOST is pinned to loopback: the demo has a known admin password and must not be reachable from the network;
 * where it listens does not change how long it takes to start. The rest of the environment that would change
 * the mode (production, PostgreSQL, no demo) is removed so every run measures the embedded engine with demo.
 */
async function startServer(dataDir: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<Server> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
  for (const key of ['NODE_ENV', 'DATABASE_URL', 'TIEPDAN_DEMO', 'SESSION_SECRET', 'WEB_DIR', 'NODE_OPTIONS']) delete env[key];
  const url = `http://127.0.0.1:${port}`;

  const started = performance.now();
  const child = spawn(process.execPath, ['--enable-source-maps', 'dist/server/main.js'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  liveChildren.add(child);
  // Keep the tail of the output for the error message, and drain the pipes so the child never blocks on them.
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  try {
    const deadline = started + READY_TIMEOUT_MS;
    for (;;) {
      if (exited(child)) throw new Error(`server exited (code ${child.exitCode}, signal ${child.signalCode}) before ready:\n${output}`);
      if (performance.now() > deadline) throw new Error(`server not ready after ${READY_TIMEOUT_MS} ms:\n${output}`);
      try {
        const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
        await res.arrayBuffer();
        if (res.status === 200) break;
      } catch {
        // Connection refused until it listens: that is what we are waiting for.
      }
      // 10 ms keeps the polling error well below the figure without stealing a core from the server.
      await sleep(10);
    }
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  const readyMs = performance.now() - started;
  if (child.pid === undefined) throw new Error('spawned server has no pid');
  return { pid: child.pid, url, readyMs, stop: () => stopChild(child) };
}

/** What a user does first: sign in, open the unit tree a few times. Brings the login/argon2 path into memory. */
async function exercise(url: string): Promise<void> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(DEMO_LOGIN),
    signal: AbortSignal.timeout(10_000),
  });
  const loginBody = await login.text();
  if (login.status !== 200) throw new Error(`login answered ${login.status}: ${loginBody.slice(0, 300)}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  for (let i = 0; i < UNIT_READS; i++) {
    const res = await fetch(`${url}/api/units`, { headers: { cookie }, signal: AbortSignal.timeout(10_000) });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`GET /api/units answered ${res.status}: ${body.slice(0, 300)}`);
  }
}

function procStatusKiB(pid: number, field: string): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  if (!match?.[1]) throw new Error(`${field} not found in /proc/${pid}/status`);
  return Number(match[1]);
}

/** All descendants: a tool that spawns helpers (esbuild's service, say) costs the user their memory too. */
function descendants(pid: number): number[] {
  const found: number[] = [];
  const tasks = existsSync(`/proc/${pid}/task`) ? readdirSync(`/proc/${pid}/task`) : [];
  for (const tid of tasks) {
    const children = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
    for (const c of children ? children.split(/\s+/).map(Number) : []) found.push(c, ...descendants(c));
  }
  return found;
}

interface Rss {
  serverMiB: number;
  childrenMiB: number;
  threads: number;
}

function measureRss(pid: number): Rss {
  // Make sure it is the server itself: a wrapper (npm, npx, a shell) would report its own small RSS.
  const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  if (!cmdline.includes('dist/server/main.js')) throw new Error(`pid ${pid} is not the server: ${cmdline.join(' ')}`);
  const childrenKiB = descendants(pid).reduce((sum, c) => {
    try {
      return sum + procStatusKiB(c, 'VmRSS');
    } catch {
      return sum; // a helper that exited between listing and reading
    }
  }, 0);
  return { serverMiB: procStatusKiB(pid, 'VmRSS') / 1024, childrenMiB: childrenKiB / 1024, threads: readThreads(pid) };
}

// "Threads:\t12" has no unit, so it gets its own reader rather than a bent procStatusKiB.
function readThreads(pid: number): number {
  const match = /^Threads:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match?.[1] ? Number(match[1]) : 0;
}

async function idleRss(server: Server): Promise<Rss> {
  await exercise(server.url);
  await sleep(IDLE_MS);
  return measureRss(server.pid);
}

// ---------------------------------------------------------------------------------------------------------
// The web app in headless Chromium


/**
 * Builds what `npm start` runs (web app and compiled server) when missing or older than the sources, through the
 * same script: measuring a stale build would report someone else's numbers.
 */
function ensureBuilt(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
}

interface ScriptSize {
  path: string;
  raw: number;
  gzip6: number;
  gzip9: number;
  /** What the server actually sent on the wire (content-encoding), to tell gzip on paper from gzip served. */
  encoding: string;
}

interface BrowserRun {
  coldMs: number;
  /** performance.now() in the page when the form became ready: time since navigation start, per the browser. */
  coldInPageMs: number;
  warmMs: number;
  scripts: ScriptSize[];
  pageErrors: string[];
}

/** Resolves to the in-page time at which the username input is rendered, visible and enabled. */
async function waitForLoginForm(context: BrowserContext, url: string): Promise<{ ms: number; inPageMs: number }> {
  const page = context.pages()[0] ?? (await context.newPage());
  const started = performance.now();
  // 'commit' so goto returns as soon as the document starts arriving; the form is what we time, not `load`.
  await page.goto(url, { waitUntil: 'commit', timeout: PAGE_TIMEOUT_MS });
  const handle = await page.waitForFunction(
    (selector: string) => {
      const el = document.querySelector(selector);
      const ready = el instanceof HTMLInputElement && !el.disabled && !el.readOnly && el.checkVisibility() && el.getBoundingClientRect().width > 0;
      return ready ? performance.now() : false;
    },
    LOGIN_INPUT,
    { polling: 'raf', timeout: PAGE_TIMEOUT_MS },
  );
  const ms = performance.now() - started;
  const inPageMs = Number(await handle.jsonValue());
  await handle.dispose();
  return { ms, inPageMs };
}

async function measureBrowser(baseUrl: string): Promise<BrowserRun> {
  const profile = makeTempDir('tiepdan-bench-chromium-');
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1366, height: 768 },
      locale: 'vi-VN',
      timeout: PAGE_TIMEOUT_MS,
      args: CHROMIUM_ARGS,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    // Bodies are read as responses arrive; reading them later could race the page navigating away.
    const pending: Promise<ScriptSize | undefined>[] = [];
    let collecting = true;
    const onResponse = (response: Response) => {
      if (!collecting) return;
      const type = response.request().resourceType();
      const contentType = response.headers()['content-type'] ?? '';
      // modulepreload responses are JavaScript too; some Chromium builds report them as 'other'.
      if (type !== 'script' && !contentType.includes('javascript')) return;
      pending.push(
        response.body().then(
          (body) => ({
            path: new URL(response.url()).pathname,
            raw: body.length,
            gzip6: gzipSync(body, { level: 6 }).length,
            gzip9: gzipSync(body, { level: 9 }).length,
            encoding: response.headers()['content-encoding'] ?? 'none',
          }),
          () => undefined,
        ),
      );
    };
    page.on('response', onResponse);

    // The address a new user types; the app then sends them to /login (one /api session check on the way).
    const url = `${baseUrl}/`;
    const cold = await waitForLoginForm(context, url);
    // Chunks the login route fetches after first paint (lazy imports, locale) count toward what it costs.
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
    collecting = false;
    const seen = new Map<string, ScriptSize>();
    for (const s of await Promise.all(pending)) if (s && !seen.has(s.path)) seen.set(s.path, s);

    // Warm: same profile, so HTTP cache and V8 code cache are populated.
    await page.goto('about:blank');
    const warm = await waitForLoginForm(context, url);

    return { coldMs: cold.ms, coldInPageMs: cold.inPageMs, warmMs: warm.ms, scripts: [...seen.values()].sort((a, b) => b.gzip9 - a.gzip9), pageErrors };
  } finally {
    await context?.close().catch(() => undefined);
    removeTempDir(profile);
  }
}

// ---------------------------------------------------------------------------------------------------------
// One run, and the report

interface RunResult {
  freshStartMs?: number;
  restartMs?: number;
  freshRss?: Rss;
  restartRss?: Rss;
  browser?: BrowserRun;
  errors: string[];
}

async function oneRun(step: (name: string) => void): Promise<RunResult> {
  const result: RunResult = { errors: [] };
  const dataDir = makeTempDir('tiepdan-bench-data-');
  try {
    step('first start (fresh data dir)');
    const fresh = await startServer(dataDir);
    try {
      result.freshStartMs = fresh.readyMs;
      result.freshRss = await idleRss(fresh);
    } finally {
      await fresh.stop();
    }

    step('restart (existing data dir)');
    const again = await startServer(dataDir);
    try {
      result.restartMs = again.readyMs;
      result.restartRss = await idleRss(again);
      step('login page in Chromium');
      try {
        result.browser = await measureBrowser(again.url);
      } catch (error) {
        // Keep the server figures of this run even when the browser part fails.
        result.errors.push(`browser: ${error instanceof Error ? error.message : String(error)}`);
      }
    } finally {
      await again.stop();
    }
  } catch (error) {
    result.errors.push(error instanceof Error ? error.message : String(error));
  } finally {
    removeTempDir(dataDir);
  }
  return result;
}

interface Figure {
  name: string;
  unit: string;
  values: number[];
  /** Undefined: informational, no target. */
  target?: number;
}

const fmt = (v: number, unit: string): string => (unit === 'ms' ? v.toFixed(0) : v.toFixed(1));

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, col) => Math.max(...rows.map((r) => (r[col] ?? '').length))) ?? [];
  const line = (r: string[]) => r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ');
  const [head, ...body] = rows;
  return [line(head ?? []), widths.map((w) => '-'.repeat(w)).join('-|-'), ...body.map(line)].join('\n');
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const cpu = cpus();
  console.log('tiepdan platform bench');
  console.log(`machine: ${cpu[0]?.model ?? 'unknown cpu'} × ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM`);
  console.log(`node ${process.version} (${process.platform}/${process.arch}), runs: ${options.runs}`);
  // Other work on the machine inflates every figure; the load average says how much to trust them.
  console.log(`load average (1/5/15 min): ${loadavg().map((l) => l.toFixed(2)).join(' / ')}`);
  try {
    const chromiumVersion = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    console.log(`browser: ${chromiumVersion}`);
  } catch {
    console.log(`browser: ${CHROMIUM} (version unknown)`);
  }
  ensureBuilt();
  console.log('');

  const steps = 3;
  const bar = new cliProgress.SingleBar(
    { format: 'run {run}/{runs} [{bar}] {percentage}% | {step}', hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  bar.start(options.runs * steps, 0, { run: 1, runs: options.runs, step: 'starting' });
  const results: RunResult[] = [];
  let done = 0;
  try {
    for (let run = 1; run <= options.runs; run++) {
      let stepInRun = 0;
      results.push(
        await oneRun((name) => {
          // Each step reports when it begins, so the bar counts the steps already finished.
          bar.update(done + stepInRun, { run, step: name });
          stepInRun++;
        }),
      );
      done += steps;
      bar.update(done, { step: 'done' });
    }
  } finally {
    bar.stop();
  }

  console.log('\nper run:');
  results.forEach((r, i) => {
    const b = r.browser;
    const parts = [
      `start fresh ${r.freshStartMs?.toFixed(0) ?? '–'} ms`,
      `restart ${r.restartMs?.toFixed(0) ?? '–'} ms`,
      `RSS ${r.freshRss?.serverMiB.toFixed(1) ?? '–'} / ${r.restartRss?.serverMiB.toFixed(1) ?? '–'} MiB (children ${r.restartRss?.childrenMiB.toFixed(1) ?? '–'}, threads ${r.restartRss?.threads ?? '–'})`,
      `login cold ${b?.coldMs.toFixed(0) ?? '–'} ms (in page ${b?.coldInPageMs.toFixed(0) ?? '–'}) warm ${b?.warmMs.toFixed(0) ?? '–'} ms`,
    ];
    console.log(`  #${i + 1}: ${parts.join(' · ')}`);
    for (const e of r.errors) console.log(`      error: ${e}`);
    for (const e of b?.pageErrors ?? []) console.log(`      page error: ${e}`);
  });

  const scripts = results.findLast((r) => r.browser)?.browser?.scripts ?? [];
  if (scripts.length > 0) {
    console.log('\nJavaScript loaded by the login route (last run, bytes):');
    const rows = [['file', 'raw', 'gzip -6', 'gzip -9', 'served as']];
    for (const s of scripts) rows.push([s.path, String(s.raw), String(s.gzip6), String(s.gzip9), s.encoding]);
    const sum = (k: 'raw' | 'gzip6' | 'gzip9') => String(scripts.reduce((t, s) => t + s[k], 0));
    rows.push([`total (${scripts.length} files)`, sum('raw'), sum('gzip6'), sum('gzip9'), '']);
    console.log(table(rows));
  }

  const kB = (pick: (s: ScriptSize) => number) => (r: RunResult) => (r.browser ? r.browser.scripts.reduce((t, s) => t + pick(s), 0) / 1000 : undefined);
  const collect = (pick: (r: RunResult) => number | undefined) => results.map(pick).filter((v): v is number => v !== undefined);
  const figures: Figure[] = [
    { name: '1a cold start → ready, fresh data dir (migrate + demo)', unit: 'ms', values: collect((r) => r.freshStartMs), target: TARGETS.startMs },
    { name: '1b cold start → ready, existing data dir', unit: 'ms', values: collect((r) => r.restartMs), target: TARGETS.startMs },
    { name: '2a idle RSS after first start', unit: 'MiB', values: collect((r) => r.freshRss?.serverMiB), target: TARGETS.rssMiB },
    { name: '2b idle RSS after restart', unit: 'MiB', values: collect((r) => r.restartRss?.serverMiB), target: TARGETS.rssMiB },
    { name: '3a login page ready, cold profile', unit: 'ms', values: collect((r) => r.browser?.coldMs), target: TARGETS.loginReadyMs },
    { name: '3b login page ready, warm', unit: 'ms', values: collect((r) => r.browser?.warmMs), target: TARGETS.loginReadyMs },
    { name: '4  login route JS, gzip -9', unit: 'kB', values: collect(kB((s) => s.gzip9)), target: TARGETS.loginJsGzipKB },
    { name: '   login route JS, gzip -6 (info)', unit: 'kB', values: collect(kB((s) => s.gzip6)) },
    { name: '   login route JS, uncompressed (info)', unit: 'kB', values: collect(kB((s) => s.raw)) },
  ];

  const rows = [['figure', 'median', 'min–max', 'target', 'ok/over']];
  const misses: string[] = [];
  let unmeasured = 0;
  for (const f of figures) {
    const s = stats(f.values);
    if (!s) unmeasured++;
    const verdict = !s ? 'NOT MEASURED' : f.target === undefined ? '' : s.median <= f.target ? 'ok' : 'over';
    if (verdict === 'over') misses.push(f.name.trim());
    rows.push([
      f.name,
      s ? `${fmt(s.median, f.unit)} ${f.unit}` : '–',
      s ? `${fmt(s.min, f.unit)}–${fmt(s.max, f.unit)}${s.n < options.runs ? ` (n=${s.n})` : ''}` : '–',
      f.target === undefined ? '–' : `≤ ${f.target} ${f.unit}`,
      verdict,
    ]);
  }
  console.log(`\nload average after the runs: ${loadavg().map((l) => l.toFixed(2)).join(' / ')}`);
  console.log(`\nmedians of ${options.runs} runs (kB = 1000 bytes, MiB = 1024² bytes as /proc reports):\n`);
  console.log(table(rows));
  console.log('');
  if (misses.length > 0) {
    console.log(`*** VƯỢT MỤC TIÊU (${misses.length}): ${misses.join('; ')} ***`);
  } else if (unmeasured === 0) {
    console.log('All figures within target.');
  }
  return unmeasured > 0 ? 1 : 0;
}

main().then(
  (code) => {
    cleanupNow();
    process.exit(code);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    cleanupNow();
    process.exit(1);
  },
);
