import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemMeta } from '../../platform/context';
import { createTestContext, ENGINE, type Session, type TestContext } from '../../test/support';
import { isCleared, readSealed } from './clearances.service';

let ctx: TestContext;
let admin: Session;
let cityLeader: Session;
let wardLeader: Session;
let reception: Session;
let ward: Session;
let ids: { reception: number; ward: number; cityPerson: number; wardPerson: number; suoiHoa: number };

beforeAll(async () => {
  ctx = await createTestContext();
  [admin, cityLeader, reception, ward] = (await Promise.all(['admin', 'lanhdao', 'tiepdan', 'suoihoa'].map((u) => ctx.login(u)))) as [Session, Session, Session, Session];
  const suoiHoa = (await ctx.db.kysely.selectFrom('units').select('id').where('code', '=', 'BN-TP-P-SUOIHOA').executeTakeFirstOrThrow()).id;
  const made = await admin.post('/api/accounts', { username: 'ct.suoihoa', password: 'SuoiHoa2021', fullName: 'Chủ tịch UBND phường Suối Hoa', assignments: [{ unitId: suoiHoa, role: 'leader' }] });
  expect(made.status).toBe(201);
  const first = await ctx.login('ct.suoihoa', 'SuoiHoa2021');
  await first.post('/api/me/password', { currentPassword: 'SuoiHoa2021', newPassword: 'SuoiHoa2022' });
  wardLeader = await ctx.login('ct.suoihoa', 'SuoiHoa2022');
  const account = async (s: Session) => (await s.get('/api/me')).json<{ id: number }>().id;
  ids = {
    reception: await account(reception),
    ward: await account(ward),
    cityPerson: (await reception.post('/api/people', { fullName: 'Người Tố Cáo Thành Phố', birthYear: 1960 })).json<{ id: number }>().id,
    wardPerson: (await ward.post('/api/people', { fullName: 'Người Tố Cáo Phường', birthYear: 1961 })).json<{ id: number }>().id,
    suoiHoa,
  };
});
afterAll(async () => ctx?.close());

const subject = (id: number) => ({ type: 'person', id });

describe(`clearances to see a denouncer's identity (${ENGINE})`, () => {
  it('only the head of the owning unit grants — not a leader elsewhere, not an administrator', async () => {
    expect((await wardLeader.post('/api/clearances', { subject: subject(ids.cityPerson), accountId: ids.reception })).json()).toMatchObject({ code: 'FORBIDDEN' });
    expect((await cityLeader.post('/api/clearances', { subject: subject(ids.wardPerson), accountId: ids.ward })).json()).toMatchObject({ code: 'FORBIDDEN' });
    expect((await admin.post('/api/clearances', { subject: subject(ids.cityPerson), accountId: ids.reception })).json()).toMatchObject({ code: 'FORBIDDEN' });
    const ok = await wardLeader.post('/api/clearances', { subject: subject(ids.wardPerson), accountId: ids.ward, reason: 'Cán bộ xác minh' });
    expect(ok.status).toBe(201);
    expect(ok.json()).toMatchObject({ subject: subject(ids.wardPerson), unitId: ids.suoiHoa, accountId: ids.ward, grantedBy: 'ct.suoihoa', reason: 'Cán bộ xác minh', revokedAt: null });
  });

  it('refuses a second grant, an unknown record, an unknown type and an account that does not exist', async () => {
    const again = await wardLeader.post('/api/clearances', { subject: subject(ids.wardPerson), accountId: ids.ward });
    expect([again.status, again.json<{ code: string }>().code]).toEqual([409, 'DUPLICATE']);
    expect((await cityLeader.post('/api/clearances', { subject: subject(999999), accountId: ids.reception })).status).toBe(404);
    expect((await cityLeader.post('/api/clearances', { subject: { type: 'chua_co', id: 1 }, accountId: ids.reception })).json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((await cityLeader.post('/api/clearances', { subject: subject(ids.cityPerson), accountId: 999999 })).json()).toMatchObject({ code: 'VALIDATION_FAILED', fields: { accountId: expect.any(String) } });
  });

  it('readSealed opens values only for the cleared and records each opening; revoking ends it', async () => {
    const { sealer } = ctx.app.deps;
    const sealed = [{ name: 'fullName', context: 'test.identity', value: sealer.seal('Nguyễn Thị Kín', 'test.identity') }, { name: 'phone', context: 'test.identity', value: null }];
    const actor = (accountId: number) => ({ accountId }) as Parameters<typeof readSealed>[3];
    const meta = systemMeta('test');
    const read = (accountId: number) => ctx.db.transaction((tx) => readSealed(tx, ctx.app.deps, meta, actor(accountId), subject(ids.wardPerson), sealed));
    expect(await read(ids.reception)).toEqual({ cleared: false, values: { fullName: null, phone: null } });
    expect(await read(ids.ward)).toEqual({ cleared: true, values: { fullName: 'Nguyễn Thị Kín', phone: null } });
    const audit = await ctx.db.kysely.selectFrom('audit_log').select(['action', 'entity', 'entity_id', 'after']).where('action', 'like', 'sealed.%').execute();
    expect(audit).toEqual([{ action: 'sealed.read', entity: 'person', entity_id: String(ids.wardPerson), after: JSON.stringify({ fields: ['fullName'] }) }]);

    const list = (await wardLeader.get(`/api/clearances?subjectType=person&subjectId=${ids.wardPerson}`)).json<{ items: { id: number }[] }>();
    expect(list.items).toHaveLength(1);
    const id = list.items[0]?.id as number;
    expect((await cityLeader.post(`/api/clearances/${id}/revoke`)).json()).toMatchObject({ code: 'FORBIDDEN' });
    expect((await wardLeader.post(`/api/clearances/${id}/revoke`)).json()).toMatchObject({ revokedBy: 'ct.suoihoa' });
    expect((await wardLeader.post(`/api/clearances/${id}/revoke`)).json()).toMatchObject({ code: 'CONFLICT' });
    expect(await isCleared(ctx.db.kysely, { accountId: ids.ward }, subject(ids.wardPerson))).toBe(false);
    // Granted again after a revocation: a new decision, the old one kept.
    expect((await wardLeader.post('/api/clearances', { subject: subject(ids.wardPerson), accountId: ids.ward })).status).toBe(201);
    const actions = (await ctx.db.kysely.selectFrom('audit_log').select('action').where('action', 'like', 'clearance.%').orderBy('id').execute()).map((a) => a.action);
    expect(actions).toEqual(['clearance.granted', 'clearance.revoked', 'clearance.granted']);
  });
});
