/**
 * `npm test`: type-check, lint, unit tests, the server's integration tests on SQLite and on PostgreSQL, and
 * the browser tests in headless Chromium. Its last line is exactly `N passed, N failed`, which CI reads.
 * A leg that cannot run (no PostgreSQL answering, no Chromium and not root to install it) is a failure under
 * CI=true. Outside CI it is reported loudly with the number of tests it holds, on the line before the last, so
 * that a green result never hides a hundred tests that did not run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import pg from 'pg';

const CI = process.env.CI === 'true';
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
let passed = 0;
let failed = 0;
let skipped = 0;
const failures: string[] = [];
const notRun: { leg: string; tests: number | undefined; why: string }[] = [];

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

function step(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n━━ ${name}: ${command} ${args.join(' ')}`);
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`━━ ${name}: ${seconds(started)}`);
  return result.status === 0;
}

/**
 * Steps that need nothing from each other, run at once: each of them keeps one core busy at most part of the
 * time, and the machine has two. Each one's output is printed whole when it ends, not interleaved.
 */
async function together(steps: { name: string; command: string; args: string[] }[]): Promise<boolean[]> {
  const started = performance.now();
  const results = await Promise.all(
    steps.map(
      ({ name, command, args }) =>
        new Promise<boolean>((resolve) => {
          const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
          const output: Buffer[] = [];
          child.stdout.on('data', (b: Buffer) => output.push(b));
          child.stderr.on('data', (b: Buffer) => output.push(b));
          child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
          child.on('close', (code) => {
            console.log(`\n━━ ${name}: ${command} ${args.join(' ')}`);
            process.stdout.write(Buffer.concat(output));
            console.log(`━━ ${name}: ${seconds(started)}`);
            resolve(code === 0);
          });
        }),
    ),
  );
  return results;
}

function check(name: string, ok: boolean): void {
  if (ok) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

async function dropStaleSchemas(client: pg.Client): Promise<void> {
  const schemas = await client.query<{ nspname: string }>("select nspname from pg_namespace where nspname ~ '^t_[0-9a-z]+_[0-9a-f]{8}$'");
  const hourAgo = Date.now() / 1000 - 3600;
  for (const { nspname } of schemas.rows) {
    if (parseInt(nspname.split('_')[1] ?? '', 36) < hourAgo) await client.query(`drop schema ${nspname} cascade`);
  }
}

/**
 * Reachable, and cleared of test schemas that an interrupted earlier run left behind, in the database and in the
 * vitest workers' databases beside it (server/test/postgres.setup.ts).
 */
async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: DATABASE_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await dropStaleSchemas(client);
    const url = new URL(DATABASE_URL);
    const workers = await client.query<{ datname: string }>('select datname from pg_database where datname ~ $1', [`^${url.pathname.slice(1)}_w[0-9]+$`]);
    for (const { datname } of workers.rows) {
      url.pathname = `/${datname}`;
      const worker = new pg.Client({ connectionString: url.href });
      await worker.connect();
      try {
        await dropStaleSchemas(worker);
      } finally {
        await worker.end();
      }
    }
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The browser the e2e harness drives (e2e/support.ts reads the same variable). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function ensureChromium(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.getuid?.() !== 0 || process.env.CHROMIUM_PATH) return false;
  console.log('Cài Debian chromium cho kiểm thử trình duyệt (apt-get install chromium)…');
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  const r = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return r.status === 0 && existsSync(CHROMIUM);
}

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numFailedTestSuites: number;
  testResults: { name: string; status: string; message: string; assertionResults: { status: string; fullName: string }[] }[];
}

function vitest(label: string, projects: string[], env: NodeJS.ProcessEnv = {}): void {
  mkdirSync('.test-output', { recursive: true });
  const out = `.test-output/${label}.json`;
  rmSync(out, { force: true });
  const args = ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile=${out}`];
  const ok = step(`Vitest (${projects.join(', ')})`, 'npx', args, env);
  if (!existsSync(out)) {
    check(`vitest ${label} produced no report`, false);
    return;
  }
  const report = JSON.parse(readFileSync(out, 'utf8')) as VitestJson;
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  for (const file of report.testResults) {
    for (const a of file.assertionResults) if (a.status === 'failed') failures.push(a.fullName);
    // A file that failed to load has no assertions but must still count as a failure.
    if (file.status === 'failed' && file.assertionResults.every((a) => a.status !== 'failed')) {
      failed++;
      failures.push(`${file.name}: ${file.message.split('\n')[0]}`);
    }
  }
  if (!ok && report.numFailedTests === 0 && report.numFailedTestSuites === 0) check(`vitest ${label} exited with an error`, false);
}

/** How many tests a leg holds, without running them (`vitest list`); undefined if they cannot be listed. */
function countTests(project: string): number | undefined {
  const r = spawnSync('npx', ['vitest', 'list', '--project', project, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  try {
    return (JSON.parse(r.stdout) as unknown[]).length;
  } catch {
    return undefined;
  }
}

/** Under CI a leg that cannot run fails the run; elsewhere it is counted and named in the summary. */
function missingLeg(leg: string, project: string, why: string): void {
  const tests = countTests(project);
  const what = `${leg}: ${tests ?? '?'} tests did not run — ${why}`;
  if (CI) check(`${what} (required under CI=true)`, false);
  else {
    console.log(`\n⚠⚠ KHÔNG CHẠY / NOT RUN ${what}`);
    notRun.push({ leg, tests, why });
  }
}

const started = performance.now();
// The web build is only needed by the browser leg, but costs no more here beside type-check and lint.
const chromium = ensureChromium();
const [typed, linted, built] = await together([
  { name: 'Type-check', command: 'npx', args: ['tsc', '-p', 'tsconfig.json', '--noEmit'] },
  { name: 'Lint', command: 'npx', args: ['eslint', '--max-warnings', '0', '.'] },
  ...(chromium ? [{ name: 'Build web', command: 'npm', args: ['run', 'build:web', '--silent'] }] : []),
]);
check('type-check (tsc --noEmit)', typed === true);
check('lint (eslint)', linted === true);

const projects = ['unit', 'sqlite'];
if (await postgresReachable()) projects.push('postgres');
else missingLeg('PostgreSQL', 'postgres', `no server answers at ${DATABASE_URL} (set DATABASE_URL, or start PostgreSQL with a database named test)`);
vitest('server', projects, { DATABASE_URL });

if (chromium) {
  check('web build (vite)', built === true);
  if (built) vitest('e2e', ['e2e']);
} else {
  missingLeg('browser (Chromium)', 'e2e', `no ${CHROMIUM}, and not root to apt-get install it (or CHROMIUM_PATH names a browser that is not there)`);
}
console.log(`\n━━ npm test: ${seconds(started)}`);

if (failures.length) {
  console.log('\nThất bại:');
  for (const f of failures) console.log(`  ✗ ${f}`);
}
for (const { leg, tests, why } of notRun) console.log(`\n⚠⚠ KHÔNG CHẠY / NOT RUN — ${leg}: ${tests ?? '?'} tests. Why: ${why}.`);
const missing = notRun.reduce((n, l) => n + (l.tests ?? 0), 0);
console.log(`\n${skipped} skipped (it.skip / todo)${notRun.length ? `; ${missing} not run in ${notRun.length} missing leg(s): ${notRun.map((l) => l.leg).join(', ')}` : ''}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
