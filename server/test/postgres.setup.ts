/**
 * The PostgreSQL leg's setup file: each vitest worker works in a database of its own beside the configured one
 * (test_w1, test_w2, …, created on first use), reached through DATABASE_URL, which the test files read after this.
 * Kysely's migrator reads the catalogue of every schema of its database by name, so a schema another worker drops
 * meanwhile fails that read ("schema … does not exist"); test files drop their schemas when they end, and two of
 * them on one database would fail each other's start at random.
 */
import pg from 'pg';

// The configured database, kept aside: a worker runs many files, each through this file.
const configured = (process.env.TIEPDAN_TEST_DATABASE_URL ??= process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
const url = new URL(configured);
const name = `${url.pathname.slice(1)}_w${process.env.VITEST_POOL_ID ?? '1'}`;
url.pathname = `/${name}`;

if (process.env.DATABASE_URL !== url.href) {
  const client = new pg.Client({ connectionString: configured });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!exists.rowCount) await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  process.env.DATABASE_URL = url.href;
}
