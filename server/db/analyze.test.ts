import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, ENGINE, type TestContext } from '../test/support';

let ctx: TestContext;
beforeAll(async () => {
  // From empty: a copied database would have statistics whatever the first start does.
  ctx = await createTestContext({ fresh: true });
});
afterAll(async () => ctx?.close());

describe(`planner statistics after start-up (${ENGINE})`, () => {
  // Without them PostgreSQL plans name search as if the register were empty until autovacuum comes round.
  it('the demo register is analysed as soon as it is loaded', async () => {
    const { db } = ctx;
    if (db.engine === 'postgres') {
      // Only ANALYZE fills pg_stats; inserting rows leaves reltuples at what CREATE INDEX saw on the empty table.
      const table = await sql<{ reltuples: number }>`select reltuples from pg_class where oid = 'people'::regclass`.execute(db.kysely);
      expect(table.rows[0]?.reltuples).toBeGreaterThanOrEqual(400);
      const columns = await sql<{ attname: string }>`select attname from pg_stats where schemaname = current_schema() and tablename = 'people'`.execute(db.kysely);
      expect(columns.rows.map((r) => r.attname)).toContain('name_key');
    } else {
      const stats = await sql<{ idx: string | null; stat: string }>`select idx, stat from sqlite_stat1 where tbl = 'people'`.execute(db.kysely);
      expect(stats.rows.map((r) => r.idx)).toContain('people_name_key');
      // The first number is the row count the index saw; a partial index (CCCD) counts only its own rows.
      const nameKey = stats.rows.find((r) => r.idx === 'people_name_key');
      expect(Number(nameKey?.stat.split(' ')[0])).toBeGreaterThanOrEqual(400);
    }
  });
});
