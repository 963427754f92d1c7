import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { Engine } from '../database';

/** The schema name old releases were dumped from; loading renames it. */
export const FIXTURE_SCHEMA = 'tiepdan_release_fixture';

export const fixturePath = (commit: string, engine: Engine): string => new URL(`./${commit}.${engine}.sql`, import.meta.url).pathname;

/** Loads the database a release created into a new SQLite file. */
export function loadSqliteFixture(commit: string, file: string): void {
  const db = new Database(file);
  try {
    // `.dump` recreates the FTS5 table by writing sqlite_schema, which defensive mode forbids. This connection only
    // loads the dump and is closed, so that the next one reads the schema it wrote.
    db.unsafeMode(true);
    db.exec(readFileSync(fixturePath(commit, 'sqlite'), 'utf8'));
  } finally {
    db.close();
  }
}

/** Runs SQL text (one statement or many) on a connection of its own, closed afterwards. */
export async function pgExec(databaseUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Loads the database a release created into an existing, empty PostgreSQL schema. */
export async function loadPostgresFixture(commit: string, databaseUrl: string, schema: string): Promise<void> {
  const text = readFileSync(fixturePath(commit, 'postgres'), 'utf8')
    .replace(new RegExp(`^CREATE SCHEMA ${FIXTURE_SCHEMA};$`, 'm'), '')
    .replaceAll(`${FIXTURE_SCHEMA}.`, `${schema}.`);
  // A connection of its own: the dump empties the search path for the rest of the session.
  await pgExec(databaseUrl, text);
}
