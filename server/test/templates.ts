/**
 * Started databases to copy. Migrating and loading the demo cost 3–5 s per test file and engine, most of the server
 * legs' time; a copy costs a fraction of that. A template is a database that went through the real start-up path
 * (`prepareDatabase`: every migration, then the demo) at the instant the test file's clock reads, or on the system
 * clock on the same Vietnamese day, together with its data folder (secrets, sealing keys, stored files), so a copy
 * is what a server restarted on that data finds. Templates live for one vitest run, in the folder the project's
 * global setup provides (templates.setup.ts); without it (no vitest run) every database is started from empty.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { analyze, openDatabase } from '../db/database';
import { pgExec } from '../db/releases/fixtures';
import { systemClock, type Clock } from '../platform/clock';
import { prepareDatabase } from '../start';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where this run keeps its started databases (templates.setup.ts). */
    databaseTemplates: string;
  }
}

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A database for one test file: a data folder, and on PostgreSQL a schema of the test database. */
export interface TestDatabase {
  dataDir: string;
  databaseUrl: string;
  pgSchema?: string;
  drop(): Promise<void>;
}

const pgAdmin = (query: string): Promise<void> => pgExec(DATABASE_URL, query);

/** The creation time in a schema's name lets `npm test` drop schemas an interrupted run left, and only those. */
const schemaName = () => `t_${Math.floor(Date.now() / 1000).toString(36)}_${randomBytes(4).toString('hex')}`;
const newDataDir = (engine: 'sqlite' | 'postgres') => mkdtempSync(join(tmpdir(), `tiepdan-${engine === 'postgres' ? 'pg' : 'sqlite'}-`));

function testDatabase(dataDir: string, pgSchema?: string): TestDatabase {
  if (!pgSchema) return { dataDir, databaseUrl: '', drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  return {
    dataDir,
    databaseUrl: DATABASE_URL,
    pgSchema,
    drop: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      await pgAdmin(`drop schema ${pgSchema} cascade`);
    },
  };
}

/** An empty database: nothing in the data folder, an empty schema. */
export async function emptyDatabase(engine: 'sqlite' | 'postgres', dataDir = newDataDir(engine)): Promise<TestDatabase> {
  if (engine === 'sqlite') return testDatabase(dataDir);
  const schema = schemaName();
  await pgAdmin(`create schema ${schema}`);
  return testDatabase(dataDir, schema);
}

function run(command: string, args: string[], input?: string): string {
  const r = spawnSync(command, args, { encoding: 'utf8', input, maxBuffer: 256 << 20 });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${r.error?.message ?? r.stderr}`);
  return r.stdout;
}

/** The folder of this run's templates, or undefined outside a vitest run that provides one. */
function templatesRoot(): string | undefined {
  try {
    return inject('databaseTemplates');
  } catch {
    return undefined;
  }
}

export interface StartedDatabase {
  engine: 'sqlite' | 'postgres';
  clock?: Clock | undefined;
  demoRosters: boolean;
}

/** Starts a template into `dir` (data/ and, on PostgreSQL, the schema's dump in schema.sql). */
async function build(dir: string, { engine, clock, demoRosters }: StartedDatabase): Promise<void> {
  const database = await emptyDatabase(engine, join(dir, 'data'));
  try {
    const { db } = await prepareDatabase({ ...database, demo: true, demoRosters, logLevel: 'silent', ...(clock ? { clock } : {}) });
    await db.close();
    if (database.pgSchema) {
      const dump = run('pg_dump', ['--dbname', DATABASE_URL, '--schema', database.pgSchema, '--no-owner', '--no-privileges']);
      writeFileSync(join(dir, 'schema.sql'), dump);
      writeFileSync(join(dir, 'schema.name'), database.pgSchema);
    }
  } finally {
    if (database.pgSchema) await pgAdmin(`drop schema ${database.pgSchema} cascade`);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * This run's template for a start, built by the first test file that needs it; a file that asks while another
 * worker builds it waits for it.
 */
async function template(root: string, start: StartedDatabase): Promise<string> {
  const when = start.clock ? start.clock.nowIso() : `day-${systemClock.today()}`;
  const key = `${start.engine}-${start.demoRosters ? 'rosters' : 'plain'}-${when.replace(/[^0-9A-Za-z-]/g, '_')}`;
  const dir = join(root, key);
  const building = `${dir}.building`;
  for (const deadline = Date.now() + 180_000; !existsSync(dir); ) {
    try {
      mkdirSync(building);
    } catch {
      if (Date.now() > deadline) throw new Error(`template ${key} was not built within 3 minutes`);
      await sleep(100);
      continue;
    }
    const work = `${building}/work`;
    try {
      // Another worker may have finished it between the look and the lock.
      if (existsSync(dir)) break;
      mkdirSync(work);
      await build(work, start);
      renameSync(work, dir);
    } finally {
      rmSync(building, { recursive: true, force: true });
    }
  }
  return dir;
}

/**
 * A database for a test file as the start-up path leaves it: a copy of this run's template when there is one (on
 * PostgreSQL with the planner statistics a start gathers taken afresh), else started from empty.
 */
export async function startedDatabase(start: StartedDatabase): Promise<TestDatabase> {
  const root = templatesRoot();
  if (!root) return emptyDatabase(start.engine);
  const from = await template(root, start);
  const dataDir = newDataDir(start.engine);
  cpSync(join(from, 'data'), dataDir, { recursive: true });
  if (start.engine === 'sqlite') return testDatabase(dataDir);

  const schema = schemaName();
  const dump = readFileSync(join(from, 'schema.sql'), 'utf8').replaceAll(readFileSync(join(from, 'schema.name'), 'utf8'), schema);
  run('psql', ['--dbname', DATABASE_URL, '--quiet', '--no-psqlrc', '--single-transaction', '--set', 'ON_ERROR_STOP=1', '--file', '-'], dump);
  const db = openDatabase({ databaseUrl: DATABASE_URL, pgSchema: schema, dataDir });
  try {
    await analyze(db);
  } finally {
    await db.close();
  }
  return testDatabase(dataDir, schema);
}
