import { defineConfig } from 'vitest/config';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

const alias = {
  '@core': fileURLToPath(new URL('./core', import.meta.url)),
  '@server': fileURLToPath(new URL('./server', import.meta.url)),
};

// Four legs: pure rules, the server on each database engine, and the browser.
// scripts/test.ts chooses which legs run (PostgreSQL and Chromium may be unavailable outside CI).
export default defineConfig({
  resolve: { alias },
  test: {
    // A worker per core, not vitest's one less: a server test file spends much of its time waiting on PostgreSQL,
    // on SQLite's fsync or on a child process, so two files on two cores keep both busy where one left one idle.
    maxWorkers: availableParallelism(),
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['core/**/*.test.ts', 'web/**/*.test.ts', 'scripts/**/*.test.ts'], environment: 'node' },
      },
      {
        resolve: { alias },
        test: {
          name: 'sqlite',
          include: ['server/**/*.test.ts'],
          env: { TIEPDAN_TEST_DB: 'sqlite' },
          globalSetup: ['server/test/templates.setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'postgres',
          include: ['server/**/*.test.ts'],
          env: { TIEPDAN_TEST_DB: 'postgres' },
          globalSetup: ['server/test/templates.setup.ts'],
          setupFiles: ['server/test/postgres.setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['server/test/templates.setup.ts'],
          // Long journeys (entering a whole holiday schedule) take 40 s alone and twice that on a 2-core machine
          // shared with other test runs. Files run side by side: each has its own server, data and browser profile.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // A screen renders its update after the click (a React transition); on a machine busy with other work
          // that can take more than expect.poll's default second. Five seconds is a deadline, not a pause.
          expect: { poll: { timeout: 5_000 } },
        },
      },
    ],
  },
});
