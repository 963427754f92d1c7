import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { loadConfig, type Config } from './config';
import { openDatabase, type Db } from './db/database';
import { migrateToLatest } from './db/migrate';
import { seedDemo } from './demo/seed-demo';
import { loadSealer } from './platform/sealing';
import { seedPeriodsDemo } from './demo/periods-demo';
import type { Clock } from './platform/clock';

export interface StartOptions {
  dataDir?: string;
  databaseUrl?: string;
  pgSchema?: string;
  port?: number;
  host?: string;
  demo?: boolean;
  logLevel?: string;
  webDir?: string;
  /**
   * Solve and publish the demo periods' rosters on first start (default). Test contexts skip it unless a test asks:
   * the solver takes seconds, which every test file would pay.
   */
  demoRosters?: boolean;
  /** Time for everything the server does (tests pass a fixed or movable clock). */
  clock?: Clock;
}

export interface Running {
  url: string;
  app: FastifyInstance;
  db: Db;
  config: Config;
  close(): Promise<void>;
}

/**
 * The database as a start leaves it before the app is built: migrated, and on a first start loaded with the demo.
 * Apart from `prepare` so that the test harness can start a database once and copy it for each test file.
 */
export async function prepareDatabase(options: StartOptions = {}): Promise<{ db: Db; config: Config }> {
  const overrides: Partial<Config> = {};
  for (const key of ['dataDir', 'databaseUrl', 'pgSchema', 'port', 'host', 'demo', 'logLevel', 'webDir'] as const) {
    if (options[key] !== undefined) Object.assign(overrides, { [key]: options[key] });
  }
  const config = loadConfig(process.env, overrides);
  const db = openDatabase({ ...config, clock: options.clock });
  try {
    await migrateToLatest(db);
    if (config.demo) {
      await seedDemo(db, undefined, loadSealer(config));
      await seedPeriodsDemo(db, { rosters: options.demoRosters ?? true });
    }
    return { db, config };
  } catch (error) {
    await db.close();
    throw error;
  }
}

/** Prepares the database (migrate, demo data on first start) and builds the app, without listening. */
export async function prepare(options: StartOptions = {}): Promise<{ app: FastifyInstance; db: Db; config: Config }> {
  const { db, config } = await prepareDatabase(options);
  try {
    const app = await buildApp(config, db);
    return { app, db, config };
  } catch (error) {
    await db.close();
    throw error;
  }
}

export async function startTiepdan(options: StartOptions = {}): Promise<Running> {
  const { app, db, config } = await prepare(options);
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    url: `http://localhost:${port}`,
    app,
    db,
    config,
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}
