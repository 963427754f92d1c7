import { Migrator, sql, type Migration, type MigrationProvider } from 'kysely';
import { analyze, type Db } from './database';
import * as m0001 from './migrations/0001_platform';
import * as m0002 from './migrations/0002_law';
import * as m0003 from './migrations/0003_earlier_releases';
import * as m0004 from './migrations/0004_guard';
import * as m0005 from './migrations/0005_people_identity';
import * as m0006 from './migrations/0006_accounts';
import * as m0007 from './migrations/0007_law_readings';
import * as m0008 from './migrations/0008_documents_files_sealing';
import * as m0009 from './migrations/0009_records';
import * as m0010 from './migrations/0010_periods';
import * as m0011 from './migrations/0011_alerts_incidents';
import * as m0012 from './migrations/0012_record_search';
import * as m0014 from './migrations/0014_duty_screening';
import * as m0015 from './migrations/0015_record_documents';
import * as m0013 from './migrations/0013_records_running_clocks';
import * as m0016 from './migrations/0016_records_stored_dues';

// Listed here rather than read from a folder: the set ships with the code and cannot drift from it.
// Files on main are frozen (ARCHITECTURE.md, "Releases"): a change to the schema or to stored data is a new file.
const MIGRATIONS = {
  '0001_platform': m0001,
  '0002_law': m0002,
  '0003_earlier_releases': m0003,
  '0004_guard': m0004,
  '0005_people_identity': m0005,
  '0006_accounts': m0006,
  '0007_law_readings': m0007,
  '0008_documents_files_sealing': m0008,
  '0009_records': m0009,
  '0010_periods': m0010,
  '0011_alerts_incidents': m0011,
  '0012_record_search': m0012,
  '0014_duty_screening': m0014,
  '0015_record_documents': m0015,
  '0013_records_running_clocks': m0013,
  '0016_records_stored_dues': m0016,
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
  // Numbers are reserved before the work is done, so a lower one can reach main after higher ones have shipped
  // (0003 after 0007 and 0008): a database that has run those runs the newcomer after them. A migration therefore
  // must not assume that higher-numbered ones have not run (0003 touches only what 0001 and 0002 create).
  const migrator = new Migrator({
    db: db.kysely,
    provider: new StaticProvider(db),
    allowUnorderedMigrations: true,
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  const applied = (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  if (applied.length) await analyze(db);
  return { applied };
}
