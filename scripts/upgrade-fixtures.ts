/**
 * Regenerates the databases that earlier releases created (server/db/releases/*.sql), from the releases themselves:
 *
 *   npx tsx scripts/upgrade-fixtures.ts [commit…]      (default: every commit in server/db/releases/releases.ts)
 *
 * For each commit: a detached worktree in /tmp/old-<commit> (sharing this checkout's node_modules) runs that
 * commit's own migrations and demo seed into a fresh SQLite file and a fresh PostgreSQL schema, keeps a few rows per
 * table, and the result is dumped as plain SQL — `sqlite3 .dump`, and `pg_dump --schema --no-owner --inserts` with
 * the schema named FIXTURE_SCHEMA, which the upgrade test renames on load. Needs git, sqlite3, pg_dump and a
 * PostgreSQL server at DATABASE_URL whose user may create databases.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FIXTURE_SCHEMA, fixturePath, pgExec } from '../server/db/releases/fixtures';
import { RELEASES } from '../server/db/releases/releases';

const ROOT = resolve(import.meta.dirname, '..');
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
// A database of its own: releases before a673e01 mistake another schema's Kysely tables for their own.
const FIXTURE_DB = 'tiepdan_release_fixtures';
const fixtureUrl = (() => {
  const url = new URL(DATABASE_URL);
  url.pathname = `/${FIXTURE_DB}`;
  return url.toString();
})();

// Runs inside the old checkout, with that commit's code. Keeps a few rows of each table: enough to see that data
// survives and keys are recomputed, small enough to review. A row another table still points to is kept (the records
// of later releases point to citizens, officers and places); the referencing columns are read from the database's own
// catalogue, so one script serves every release. Releases with sealing seed their records too (denouncers sealed with
// a throw-away key: no migration reads a sealed value).
const SEED_SCRIPT = `
import { existsSync } from 'node:fs';
import { sql } from 'kysely';
import { openDatabase } from './server/db/database';
import { migrateToLatest } from './server/db/migrate';
import { seedDemo } from './server/demo/seed-demo';
const [engine, target, url] = process.argv.slice(2);
const db = engine === 'postgres'
  ? openDatabase({ databaseUrl: url, pgSchema: target, dataDir: '/tmp' })
  : openDatabase({ databaseUrl: 'sqlite:' + target, dataDir: '/tmp' });
await migrateToLatest(db);
const sealer = existsSync('./server/platform/sealing.ts')
  ? (await import('./server/platform/sealing')).loadSealer({ production: false, sealing: { keys: undefined, keyFile: '/tmp/fixture-sealing-keys-' + process.pid + '.json' } })
  : undefined;
await seedDemo(db, undefined, sealer);
async function referencing(table) {
  const rows = engine === 'postgres'
    ? await sql\`select k.table_name as tbl, k.column_name as col from information_schema.referential_constraints r
        join information_schema.key_column_usage k on k.constraint_name = r.constraint_name and k.constraint_schema = r.constraint_schema
        join information_schema.constraint_column_usage u on u.constraint_name = r.unique_constraint_name and u.constraint_schema = r.unique_constraint_schema
        where u.table_name = \${table} and k.constraint_schema = current_schema()\`.execute(db.kysely)
    : await sql\`select m.name as tbl, p."from" as col from sqlite_master m join pragma_foreign_key_list(m.name) p where m.type = 'table' and p."table" = \${table}\`.execute(db.kysely);
  return rows.rows.filter((r) => r.tbl !== table);
}
async function prune(table, condition) {
  let keep = sql\`\`;
  for (const r of await referencing(table)) keep = sql\`\${keep} and id not in (select \${sql.ref(r.col)} from \${sql.table(r.tbl)} where \${sql.ref(r.col)} is not null)\`;
  await sql\`delete from \${sql.table(table)} where \${condition} \${keep}\`.execute(db.kysely);
}
await prune('people', sql\`id > 6\`);
await prune('officers', sql\`id > 3\`);
await prune('places', sql\`id > 3\`);
if (engine === 'sqlite') {
  // Deleted rows linger in FTS5 segments until merged.
  await sql\`insert into people_fts(people_fts) values ('optimize')\`.execute(db.kysely);
  await sql\`vacuum\`.execute(db.kysely);
}
await db.close();
`;

const run = (command: string, args: string[], cwd = ROOT): string => execFileSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });

function checkout(commit: string): string {
  const dir = `/tmp/old-${commit}`;
  if (!existsSync(dir)) run('git', ['worktree', 'add', '--detach', dir, commit]);
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'fixture-seed.ts'), SEED_SCRIPT);
  return dir;
}

function sqliteFixture(commit: string, dir: string): void {
  const work = mkdtempSync(join(tmpdir(), 'tiepdan-fixture-'));
  const file = join(work, 'old.sqlite');
  try {
    run('npx', ['tsx', 'fixture-seed.ts', 'sqlite', file], dir);
    writeFileSync(fixturePath(commit, 'sqlite'), run('sqlite3', [file, '.dump']));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function postgresFixture(commit: string, dir: string): Promise<void> {
  await pgExec(fixtureUrl, `drop schema if exists ${FIXTURE_SCHEMA} cascade; create schema ${FIXTURE_SCHEMA}`);
  run('npx', ['tsx', 'fixture-seed.ts', 'postgres', FIXTURE_SCHEMA, fixtureUrl], dir);
  const dump = run('pg_dump', ['--schema', FIXTURE_SCHEMA, '--no-owner', '--no-privileges', '--inserts', fixtureUrl]);
  // pg_dump ≥ 15.14 fences its output with psql-only \restrict lines; the test loads the text through a driver.
  // Its comments only restate the statements below them.
  const text = dump.replace(/^\\(un)?restrict .*\n/gm, '').replace(/^--.*\n/gm, '').replace(/\n{3,}/g, '\n\n');
  writeFileSync(fixturePath(commit, 'postgres'), text);
}

const commits = process.argv.length > 2 ? process.argv.slice(2) : RELEASES.map((r) => r.commit);
await pgExec(DATABASE_URL, `drop database if exists ${FIXTURE_DB}`);
await pgExec(DATABASE_URL, `create database ${FIXTURE_DB}`);
try {
  // Where a production install has it: in public, which every release's search path reaches.
  await pgExec(fixtureUrl, 'create extension if not exists pg_trgm with schema public');
  for (const commit of commits) {
    console.log(`${commit}: seeding SQLite and PostgreSQL with that commit's code…`);
    const dir = checkout(commit);
    try {
      sqliteFixture(commit, dir);
      await postgresFixture(commit, dir);
    } finally {
      // The link first, so that removing the worktree cannot reach this checkout's node_modules.
      unlinkSync(join(dir, 'node_modules'));
      run('git', ['worktree', 'remove', '--force', dir]);
    }
  }
} finally {
  await pgExec(DATABASE_URL, `drop database if exists ${FIXTURE_DB}`);
}
console.log(`Fixtures written to server/db/releases/ for ${commits.join(', ')}.`);
