import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, ENGINE, type TestContext } from '../test/support';
import { OuterHandleInTransaction } from './database';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx?.close());

/** Fails the test instead of hanging it when a promise never settles (what SQLite did before the guard). */
const settlesWithin = <T>(promise: Promise<T>, ms = 3000) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms))]);

describe(`transactions (${ENGINE})`, () => {
  it('a query on the outer handle inside a transaction fails at once and the transaction rolls back', async () => {
    const { db } = ctx;
    const before = await db.kysely.selectFrom('catalog_entries').select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const attempt = db.transaction(async (tx) => {
      await tx.insertInto('catalog_entries').values({ catalog: 'field', code: 'thu_nghiem_giao_dich', parent_code: null, label_vi: 'Thử', label_en: 'Test', active: 1, created_at: db.clock.nowIso(), updated_at: db.clock.nowIso() }).execute();
      return db.kysely.selectFrom('units').select('id').executeTakeFirst();
    });
    await expect(settlesWithin(attempt)).rejects.toBeInstanceOf(OuterHandleInTransaction);
    const after = await db.kysely.selectFrom('catalog_entries').select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('a nested transaction is refused the same way', async () => {
    const { db } = ctx;
    await expect(settlesWithin(db.transaction(() => db.transaction(async () => 1)))).rejects.toBeInstanceOf(OuterHandleInTransaction);
  });

  it('the server still answers after such a failure, and work after the transaction may use the outer handle', async () => {
    const { db } = ctx;
    const id = await db.transaction(async (tx) => (await tx.selectFrom('units').select('id').executeTakeFirstOrThrow()).id);
    const unit = await settlesWithin(db.kysely.selectFrom('units').select('id').where('id', '=', id).executeTakeFirst());
    expect(unit?.id).toBe(id);
  });
});
