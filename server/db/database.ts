import { AsyncLocalStorage } from 'node:async_hooks';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql, type DatabaseConnection, type Dialect, type Driver, type Transaction, type TransactionSettings } from 'kysely';
import pg from 'pg';
import { join } from 'node:path';
import { systemClock, type Clock } from '../platform/clock';
import type { DB } from './schema';

export type Engine = 'sqlite' | 'postgres';

/** The open transaction's handle: everything a write does goes through it. */
export type Tx = Transaction<DB>;

export interface Db {
  /** For reads outside a transaction. Inside `transaction`, using it fails at once (see GuardedDriver). */
  kysely: Kysely<DB>;
  engine: Engine;
  /** The one source of time (Vietnam's days); injected by tests. */
  clock: Clock;
  /**
   * The key of the audit head's MAC (modules/audit/audit.repo.ts), kept outside the database (AUDIT_KEY or the data
   * folder's secrets file); undefined in tools that open a database without the server's configuration.
   */
  auditKey: string | undefined;
  /** The SQLite file and handle, for online backups; undefined on PostgreSQL. */
  file: string | undefined;
  sqlite: Database.Database | undefined;
  /**
   * Runs `work` in one transaction: it commits when `work` resolves and rolls back when it throws. `work` must do
   * every query through `tx`: a query on `db.kysely` (or a nested `transaction`) inside it throws instead of
   * waiting forever for the connection the transaction holds (SQLite has exactly one).
   */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export type Executor = Kysely<DB> | Transaction<DB>;

/** Marks the async context of a transaction's callback. */
const insideTransaction = new AsyncLocalStorage<true>();

export class OuterHandleInTransaction extends Error {
  constructor() {
    super('Truy vấn qua kết nối chính bên trong một giao dịch: hãy dùng `tx` (trên SQLite việc này làm treo máy chủ).');
  }
}

/**
 * A driver that refuses to hand out a connection to code running inside a transaction's callback. On SQLite the
 * only connection is the transaction's, so such a request would wait for itself and hang every later request;
 * on PostgreSQL it would silently read outside the transaction. Either way it is a bug, caught here on both
 * engines by every test that exercises the code, rather than remembered as a rule.
 */
class GuardedDriver implements Driver {
  constructor(private readonly inner: Driver) {}
  init(): Promise<void> {
    return this.inner.init();
  }
  async acquireConnection(): Promise<DatabaseConnection> {
    if (insideTransaction.getStore()) throw new OuterHandleInTransaction();
    return this.inner.acquireConnection();
  }
  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.inner.beginTransaction(connection, settings);
  }
  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.commitTransaction(connection);
  }
  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.rollbackTransaction(connection);
  }
  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.inner.releaseConnection(connection);
  }
  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}

function guarded(dialect: Dialect): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createDriver: () => new GuardedDriver(dialect.createDriver()),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createIntrospector: (db) => dialect.createIntrospector(db),
  };
}

function handle(kysely: Kysely<DB>, engine: Engine, clock: Clock, auditKey: string | undefined, sqlite?: { file: string; db: Database.Database }): Db {
  return {
    kysely,
    engine,
    clock,
    auditKey,
    file: sqlite?.file,
    sqlite: sqlite?.db,
    // The connection is taken before the callback's context is marked, so only the callback's own queries are checked.
    transaction: (work) => kysely.transaction().execute((tx) => insideTransaction.run(true, () => work(tx))),
    close: () => kysely.destroy(),
  };
}

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
  clock?: Clock | undefined;
  auditKey?: string | undefined;
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
    return handle(new Kysely<DB>({ dialect: guarded(new PostgresDialect({ pool })) }), 'postgres', options.clock ?? systemClock, options.auditKey);
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
  return handle(new Kysely<DB>({ dialect: guarded(new SqliteDialect({ database: sqlite })) }), 'sqlite', options.clock ?? systemClock, options.auditKey, { file, db: sqlite });
}

/** SQLite stores booleans as 0/1 and rejects JS booleans as parameters; PostgreSQL accepts '1'/'0'. */
export const bool = (v: boolean): number => (v ? 1 : 0);
export const isTrue = (v: boolean | number | null | undefined): boolean => v === true || v === 1;

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
