import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, ENGINE, type Session, type TestContext } from '../../test/support';
import { verifyAuditChain } from './audit.repo';

let ctx: TestContext;
let admin: Session;
beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.login('admin');
});
afterAll(async () => ctx?.close());

type Place = { id: number; version: number; name: string };

describe(`audit log (${ENGINE})`, () => {
  it('records who changed what, from where, with before and after', async () => {
    const place = (await admin.get('/api/places')).json<{ items: Place[] }>().items[0] as Place;
    const r = await admin.patch(`/api/places/${place.id}`, { version: place.version, name: 'Trụ sở Tiếp công dân thành phố Bắc Ninh' });
    expect(r.status).toBe(200);
    const log = (await admin.get(`/api/audit?entity=place&entityId=${place.id}`)).json<{ items: { action: string; actorName: string; ip: string; before: { name: string }; after: { name: string } }[] }>();
    expect(log.items[0]).toMatchObject({ action: 'place.updated', actorName: 'admin', before: { name: place.name }, after: { name: 'Trụ sở Tiếp công dân thành phố Bắc Ninh' } });
    expect(log.items[0]?.ip).toBeTruthy();
  });

  it('never stores password hashes or second-factor secrets', async () => {
    const units = (await admin.get('/api/units')).json<{ items: { id: number }[] }>().items;
    const created = await admin.post('/api/accounts', { username: 'kiemtra.audit', password: 'MatKhau2021', fullName: 'Kiểm tra', assignments: [{ unitId: units[0]?.id, role: 'read_only' }] });
    expect(created.status, created.body as string).toBe(201);
    const { id } = created.json<{ id: number }>();
    // The account row holds both secrets while it is created, edited and reset: each of those writes an audit row
    // that could have copied them.
    await ctx.db.kysely.updateTable('accounts').set({ totp_secret: 'JBSWY3DPEHPK3PXPKIEMTRA' }).where('id', '=', id).execute();
    const version = (await ctx.db.kysely.selectFrom('accounts').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version;
    expect((await admin.patch(`/api/accounts/${id}`, { version, fullName: 'Kiểm tra nhật ký' })).status).toBe(200);
    const secrets = await ctx.db.kysely.selectFrom('accounts').select(['password_hash', 'totp_secret']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(secrets.password_hash).toMatch(/^\$argon2/);
    expect(secrets.totp_secret).toBe('JBSWY3DPEHPK3PXPKIEMTRA');
    // The reset reads the row with its secret, then clears the second factor (the user enrols again).
    expect((await admin.post(`/api/accounts/${id}/reset-password`, { newPassword: 'TamThoi2021' })).status).toBe(200);
    expect((await ctx.db.kysely.selectFrom('accounts').select('totp_secret').where('id', '=', id).executeTakeFirstOrThrow()).totp_secret).toBeNull();

    const rows = await ctx.db.kysely.selectFrom('audit_log').select(['action', 'entity_id', 'before', 'after']).execute();
    expect(rows.filter((r) => r.entity_id === String(id)).map((r) => r.action)).toEqual(expect.arrayContaining(['account.created', 'account.updated', 'account.password_reset']));
    const text = JSON.stringify(rows);
    expect(text).not.toMatch(/argon2|password_hash|totp_secret|JBSWY3DPEHPK3PXPKIEMTRA/);
  });

  it('filters by actor, action and day (Vietnamese days)', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    const r = (await admin.get(`/api/audit?actor=admin&action=auth.login&from=${today}&to=${today}`)).json<{ items: { action: string }[]; total: number }>();
    expect(r.total).toBeGreaterThan(0);
    expect(r.items.every((i) => i.action === 'auth.login')).toBe(true);
    const none = (await admin.get('/api/audit?from=2000-01-01&to=2000-01-02')).json<{ total: number }>();
    expect(none.total).toBe(0);
    const viewed = (await admin.get('/api/audit?action=audit.viewed')).json<{ items: { actorName: string; after: { from?: string } }[] }>();
    expect(viewed.items.some((i) => i.actorName === 'admin' && i.after.from === '2000-01-01')).toBe(true);
  });

  it('the intact chain verifies', async () => {
    const v = await verifyAuditChain(ctx.db);
    expect(v.problems).toEqual([]);
    expect(v.ok).toBe(true);
    expect(v.checked).toBeGreaterThan(3);
  });

  it('detects an edited row', async () => {
    const target = await ctx.db.kysely.selectFrom('audit_log').select(['id', 'actor_name']).orderBy('id').offset(1).limit(1).executeTakeFirstOrThrow();
    await sql`update audit_log set actor_name = ${'ke-gia-mao'} where id = ${target.id}`.execute(ctx.db.kysely);
    const v = await verifyAuditChain(ctx.db);
    expect(v.ok).toBe(false);
    expect(v.problems.map((p) => p.id)).toContain(target.id);
    await sql`update audit_log set actor_name = ${target.actor_name} where id = ${target.id}`.execute(ctx.db.kysely);
    expect((await verifyAuditChain(ctx.db)).ok).toBe(true);
  });

  it('detects a deleted row in the middle and at the end', async () => {
    const rows = await ctx.db.kysely.selectFrom('audit_log').selectAll().orderBy('id').execute();
    const middle = rows[2];
    const last = rows[rows.length - 1];
    if (!middle || !last) throw new Error('not enough audit rows');
    await sql`delete from audit_log where id = ${middle.id}`.execute(ctx.db.kysely);
    expect((await verifyAuditChain(ctx.db)).ok).toBe(false);
    await ctx.db.kysely.insertInto('audit_log').values(middle).execute();
    expect((await verifyAuditChain(ctx.db)).ok).toBe(true);
    await sql`delete from audit_log where id = ${last.id}`.execute(ctx.db.kysely);
    const v = await verifyAuditChain(ctx.db);
    expect(v.ok).toBe(false);
    expect(v.problems.some((p) => p.id === null)).toBe(true);
  });
});
