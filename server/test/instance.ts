/**
 * One more application instance on a test's PostgreSQL schema, as its own process, so a test can kill it
 * (SIGKILL) mid-work: `node --import tsx server/test/instance.ts` with DATABASE_URL, TIEPDAN_PG_SCHEMA and DATA_DIR.
 * Prints "ready <url>" once listening.
 */
import { startTiepdan } from '../start';

const running = await startTiepdan({
  databaseUrl: process.env.DATABASE_URL ?? '',
  pgSchema: process.env.TIEPDAN_PG_SCHEMA ?? '',
  dataDir: process.env.DATA_DIR ?? '',
  port: 0,
  host: '127.0.0.1',
  demo: false,
  logLevel: 'silent',
  webDir: '/nonexistent',
});
console.log(`ready ${running.url} ${running.app.alerts.jobs.instance}`);
// The alerts benchmark asks, over IPC, for the heap after a collection (it starts the instance with --expose-gc).
process.on('message', (m) => {
  if (m !== 'memory') return;
  (globalThis as { gc?: () => void }).gc?.();
  process.send?.(process.memoryUsage());
});
process.once('SIGTERM', () => void running.close().then(() => process.exit(0)));
