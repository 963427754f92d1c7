import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitId, userAt } from '../../test/factories';
import { createTestContext, ENGINE, type Response, type Session, type TestContext } from '../../test/support';

/**
 * Places and officers stay in their scope (issue 12 §2): a user creates them only inside his scope, cannot edit those
 * owned above him (they answer as missing ones) and cannot move one out of his scope — by its unit or, for a place,
 * by the ward it stands in.
 */
let ctx: TestContext;
let ward: Session;
let city: Session;
const id: Record<string, number> = {};
type Row = { id: number; version: number; unitId: number; wardUnitId?: number | null };

const ok = (r: Response, status = 201) => {
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  return r.json<Row>();
};
const refusedFor = (r: Response, field: string) => {
  expect(r.status, JSON.stringify(r.body)).toBe(403);
  expect(r.json<{ code: string; fields: Record<string, string> }>()).toMatchObject({ code: 'OUT_OF_SCOPE', fields: { [field]: expect.any(String) } });
};

beforeAll(async () => {
  ctx = await createTestContext();
  for (const code of ['BN', 'BN-TP', 'BN-TP-BTCD', 'BN-TP-P-SUOIHOA', 'BN-TP-P-KINHBAC']) id[code] = await unitId(ctx, code);
  ward = await userAt(ctx, 'qt.suoihoa', 'BN-TP-P-SUOIHOA');
  city = await userAt(ctx, 'qt.thanhpho', 'BN-TP');
});
afterAll(async () => ctx?.close());

describe(`places stay in scope (${ENGINE})`, () => {
  const place = (unit: number, wardUnitId: number | null) => ({ name: 'Điểm tiếp dân tổ dân phố', kind: 'reception_point', unitId: unit, address: 'Tổ dân phố 3', wardUnitId });

  it('a ward creates places only for itself and only inside itself', async () => {
    refusedFor(await ward.post('/api/places', place(id['BN-TP'] as number, id['BN-TP-P-SUOIHOA'] as number)), 'unitId');
    refusedFor(await ward.post('/api/places', place(id['BN-TP-P-SUOIHOA'] as number, id['BN-TP-P-KINHBAC'] as number)), 'wardUnitId');
    ok(await ward.post('/api/places', place(id['BN-TP-P-SUOIHOA'] as number, id['BN-TP-P-SUOIHOA'] as number)));
  });

  it('the city office standing in the ward is the city’s: to the ward it answers as a missing place', async () => {
    const office = await ctx.db.kysely.selectFrom('places').selectAll().where('unit_id', '=', id['BN-TP-BTCD'] as number).executeTakeFirstOrThrow();
    expect(office.ward_unit_id).toBe(id['BN-TP-P-SUOIHOA']);
    const edit = await ward.patch(`/api/places/${office.id}`, { version: office.version, name: 'Đổi bởi phường' });
    const missing = await ward.patch('/api/places/2147483647', { version: 1, name: 'Đổi bởi phường' });
    expect(edit.status).toBe(404);
    expect(edit.body).toEqual(missing.body);
    expect((await ctx.db.kysely.selectFrom('places').select('name').where('id', '=', office.id).executeTakeFirstOrThrow()).name).toBe(office.name);
  });

  it('a ward cannot move its place to another unit or into another ward; the city moves its places within the city only', async () => {
    const own = ok(await ward.post('/api/places', place(id['BN-TP-P-SUOIHOA'] as number, id['BN-TP-P-SUOIHOA'] as number)));
    refusedFor(await ward.patch(`/api/places/${own.id}`, { version: own.version, unitId: id['BN-TP'] }), 'unitId');
    refusedFor(await ward.patch(`/api/places/${own.id}`, { version: own.version, wardUnitId: id['BN-TP-P-KINHBAC'] }), 'wardUnitId');
    const stored = await ctx.db.kysely.selectFrom('places').select(['unit_id', 'ward_unit_id', 'version']).where('id', '=', own.id).executeTakeFirstOrThrow();
    expect(stored).toEqual({ unit_id: id['BN-TP-P-SUOIHOA'], ward_unit_id: id['BN-TP-P-SUOIHOA'], version: own.version });
    refusedFor(await city.patch(`/api/places/${own.id}`, { version: own.version, unitId: id.BN }), 'unitId');
    expect(ok(await city.patch(`/api/places/${own.id}`, { version: own.version, unitId: id['BN-TP-BTCD'], wardUnitId: id['BN-TP-P-KINHBAC'] }), 200)).toMatchObject({ unitId: id['BN-TP-BTCD'], wardUnitId: id['BN-TP-P-KINHBAC'] });
    // Now the city's, the place has left the ward's sight.
    expect((await ward.get('/api/places')).json<{ items: Row[] }>().items.map((p) => p.id)).not.toContain(own.id);
  });
});

describe(`officers stay in scope (${ENGINE})`, () => {
  const officer = (unit: number) => ({ fullName: 'Trần Thị Thu Trang', unitId: unit, position: 'Công chức tư pháp', phones: [], dutyRoles: ['tiep_cong_dan'] });

  it('a ward adds officers only to itself', async () => {
    refusedFor(await ward.post('/api/officers', officer(id['BN-TP-BTCD'] as number)), 'unitId');
    ok(await ward.post('/api/officers', officer(id['BN-TP-P-SUOIHOA'] as number)));
  });

  it('an officer of the city answers to the ward as a missing one; the ward cannot hand its officer to another unit', async () => {
    const nhung = await ctx.db.kysely.selectFrom('officers').selectAll().where('full_name', '=', 'Phạm Thị Hồng Nhung').executeTakeFirstOrThrow();
    const edit = await ward.patch(`/api/officers/${nhung.id}`, { version: nhung.version, unitId: id['BN-TP-P-SUOIHOA'] });
    const missing = await ward.patch('/api/officers/2147483647', { version: 1, unitId: id['BN-TP-P-SUOIHOA'] });
    expect(edit.status).toBe(404);
    expect(edit.body).toEqual(missing.body);
    const own = ok(await ward.post('/api/officers', officer(id['BN-TP-P-SUOIHOA'] as number)));
    refusedFor(await ward.patch(`/api/officers/${own.id}`, { version: own.version, unitId: id['BN-TP-P-KINHBAC'] }), 'unitId');
    refusedFor(await city.patch(`/api/officers/${own.id}`, { version: own.version, unitId: id.BN }), 'unitId');
    expect((await ctx.db.kysely.selectFrom('officers').select('unit_id').where('id', '=', own.id).executeTakeFirstOrThrow()).unit_id).toBe(id['BN-TP-P-SUOIHOA']);
    expect(ok(await city.patch(`/api/officers/${own.id}`, { version: own.version, unitId: id['BN-TP-P-KINHBAC'] }), 200).unitId).toBe(id['BN-TP-P-KINHBAC']);
  });
});
