import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rewriteAndRehash } from '../../test/attacks';
import { createTestContext, ENGINE, type Session, type TestContext } from '../../test/support';
import { verifyAuditChain } from './audit.repo';

/**
 * The hash chain needs no secret, so a rewrite that recomputes every hash verifies; the head's MAC under a key kept
 * outside the database does not (issue 7 §6). A chain cut back to an earlier, genuine head is caught by the
 * checkpoint an auditor kept from an earlier report.
 */
let ctx: TestContext;
let admin: Session;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.login('admin');
  for (let i = 0; i < 3; i++) expect((await admin.get('/api/audit')).status).toBe(200);
});
afterAll(async () => ctx?.close());

const head = () => ctx.db.kysely.selectFrom('audit_head').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();

describe(`the audit chain's keyed MAC (${ENGINE})`, () => {
  it('every write leaves a head whose MAC verifies under the key', async () => {
    expect(ctx.db.auditKey).toBeTruthy();
    const v = await verifyAuditChain(ctx.db);
    expect(v.problems).toEqual([]);
    expect(v.head.mac).toMatch(/^[0-9a-f]{8}:[0-9a-f]{64}$/);
  });

  it('a row edited and the chain rehashed passes the hashes alone but not the MAC', async () => {
    const saved = await ctx.db.kysely.selectFrom('audit_log').selectAll().orderBy('id').execute();
    const savedHead = await head();
    const target = saved[2]?.id as number;
    await rewriteAndRehash(ctx.db, target, 'ke-gia-mao');
    // What `audit verify` reported before the MAC: intact.
    expect((await verifyAuditChain(ctx.db, { key: undefined })).ok).toBe(true);
    const v = await verifyAuditChain(ctx.db);
    expect(v.ok).toBe(false);
    expect(v.problems).toEqual([{ id: null, problem: expect.stringMatching(/MAC.*viết lại/) }]);
    // Put back as it was: verifies again.
    for (const r of saved) await sql`update audit_log set actor_name = ${r.actor_name}, prev_hash = ${r.prev_hash}, hash = ${r.hash} where id = ${r.id}`.execute(ctx.db.kysely);
    await sql`update audit_head set last_hash = ${savedHead.last_hash} where id = 1`.execute(ctx.db.kysely);
    expect((await verifyAuditChain(ctx.db)).ok).toBe(true);
  });

  it('a head stripped of its MAC, or signed with another key, is refused', async () => {
    const h = await head();
    await sql`update audit_head set mac = null where id = 1`.execute(ctx.db.kysely);
    expect((await verifyAuditChain(ctx.db)).problems.map((p) => p.problem)).toEqual([expect.stringMatching(/không có mã xác thực/)]);
    await sql`update audit_head set mac = ${h.mac} where id = 1`.execute(ctx.db.kysely);
    expect((await verifyAuditChain(ctx.db, { key: 'k'.repeat(40) })).problems.map((p) => p.problem)).toEqual([expect.stringMatching(/khóa khác/)]);
    expect((await verifyAuditChain(ctx.db)).ok).toBe(true);
  });

  it('cutting the chain back to an earlier genuine head is caught by the auditor’s checkpoint', async () => {
    const earlier = await head();
    expect((await admin.get('/api/audit?action=auth.login')).status).toBe(200);
    const report = await verifyAuditChain(ctx.db);
    expect(report.ok).toBe(true);
    const checkpoint = { id: report.head.id, hash: report.head.hash };
    expect(checkpoint.id).toBeGreaterThan(earlier.last_id);
    // The attacker kept a copy of an earlier head (with its MAC) and cuts the log back to it.
    await sql`delete from audit_log where id > ${earlier.last_id}`.execute(ctx.db.kysely);
    await sql`update audit_head set last_id = ${earlier.last_id}, last_hash = ${earlier.last_hash}, mac = ${earlier.mac} where id = 1`.execute(ctx.db.kysely);
    expect((await verifyAuditChain(ctx.db)).ok).toBe(true);
    const v = await verifyAuditChain(ctx.db, { key: ctx.db.auditKey, checkpoint });
    expect(v.ok).toBe(false);
    expect(v.problems).toEqual([{ id: checkpoint.id, problem: expect.stringMatching(/điểm kiểm tra/) }]);
  });
});
