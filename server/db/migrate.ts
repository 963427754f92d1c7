import { Migrator, sql, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './database';
import * as m0001 from './migrations/0001_platform';
import * as m0002 from './migrations/0002_law';
import * as m0007 from './migrations/0007_law_readings';
import * as m0008 from './migrations/0008_documents_files_sealing';

// Listed here rather than read from a folder: the set ships with the code and cannot drift from it.
const MIGRATIONS = {
  '0001_platform': m0001,
  '0002_law': m0002,
  '0007_law_readings': m0007,
  '0008_documents_files_sealing': m0008,
};

class StaticProvider implements MigrationProvider {
  constructor(private readonly db: Db) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    const engine = this.db.engine;
    return Object.fromEntries(
      Object.entries(MIGRATIONS).map(([name, mod]) => [name, { up: (k) => mod.up(k, engine) }]),
    );
  }
}

export interface MigrationReport {
  applied: string[];
}

/** Brings the schema up to date; safe to run from several instances at once (Kysely takes a lock). */
export async function migrateToLatest(db: Db): Promise<MigrationReport> {
  // Without a schema Kysely counts its bookkeeping tables as present when any schema of the database has them (a
  // test leg's or a benchmark's), skips creating its own and then fails to find them: name the current one.
  const migrationTableSchema =
    db.engine === 'postgres' ? (await sql<{ name: string }>`select current_schema() as name`.execute(db.kysely)).rows[0]?.name : undefined;
  const migrator = new Migrator({ db: db.kysely, provider: new StaticProvider(db), ...(migrationTableSchema ? { migrationTableSchema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
