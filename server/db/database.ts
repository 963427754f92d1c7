import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import { join } from 'node:path';
import type { DB } from './schema';

export type Engine = 'sqlite' | 'postgres';

export interface Db {
  kysely: Kysely<DB>;
  engine: Engine;
  /** The SQLite file and handle, for online backups; undefined on PostgreSQL. */
  file: string | undefined;
  sqlite: Database.Database | undefined;
  close(): Promise<void>;
}

export type Executor = Kysely<DB> | Transaction<DB>;

// pg hands int8 back as strings and dates as JS Dates; SQLite gives numbers and TEXT. Make pg match so
// repositories see one shape on both engines.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));
pg.types.setTypeParser(1082, (v) => v);
pg.types.setTypeParser(1114, (v) => new Date(`${v.replace(' ', 'T')}Z`).toISOString());
pg.types.setTypeParser(1184, (v) => new Date(v).toISOString());

export interface OpenOptions {
  databaseUrl: string | undefined;
  dataDir: string;
  pgSchema?: string | undefined;
}

export function openDatabase(options: OpenOptions): Db {
  if (options.databaseUrl && /^postgres(ql)?:\/\//.test(options.databaseUrl)) {
    const schema = options.pgSchema;
    if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Tên schema không hợp lệ: ${schema}`);
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: 10,
      ...(schema ? { options: `-c search_path=${schema},public` } : {}),
    });
    const kysely = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { kysely, engine: 'postgres', file: undefined, sqlite: undefined, close: () => kysely.destroy() };
  }
  const file = options.databaseUrl?.startsWith('sqlite:')
    ? options.databaseUrl.slice('sqlite:'.length)
    : join(options.dataDir, 'tiepdan.sqlite');
  const sqlite = new Database(file);
  // WAL lets readers run beside the writer; FULL sync because a register of citizens' petitions must survive
  // a power cut on office hardware.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('cache_size = -65536');
  const kysely = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { kysely, engine: 'sqlite', file, sqlite, close: () => kysely.destroy() };
}

/** SQLite stores booleans as 0/1 and rejects JS booleans as parameters; PostgreSQL accepts '1'/'0'. */
export const bool = (v: boolean): number => (v ? 1 : 0);
export const isTrue = (v: boolean | number | null | undefined): boolean => v === true || v === 1;

export const nowIso = (): string => new Date().toISOString();

/**
 * Refreshes the planner's statistics after a bulk change (migrations, demo data, imports). A fresh PostgreSQL
 * table has none until autovacuum comes round, and meanwhile plans name search as if the register were empty
 * (≈100 ms a search instead of 10–17). Only this schema's tables: a bare ANALYZE would visit every schema.
 */
export async function analyze(db: Db): Promise<void> {
  if (db.engine === 'sqlite') {
    await sql`analyze`.execute(db.kysely);
    return;
  }
  const { rows } = await sql<{ name: string }>`select tablename as name from pg_tables where schemaname = current_schema()`.execute(db.kysely);
  if (rows.length) await sql`analyze ${sql.join(rows.map((r) => sql.table(r.name)))}`.execute(db.kysely);
}
