import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, ENGINE, type Session, type TestContext } from '../../test/support';

let ctx: TestContext;
let admin: Session;
type Officer = { id: number; version: number; fullName: string; phones: string[]; dutyRoles: string[]; active: boolean; unitId: number };
type Place = { id: number; version: number; name: string; active: boolean; wardUnitId: number | null; wardName: string | null; unitId: number };

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.login('admin');
});
afterAll(async () => ctx?.close());

describe(`officers and places (${ENGINE})`, () => {
  it('the demo officers carry their duty roles, searchable by name without diacritics', async () => {
    const r = (await admin.get('/api/officers?q=pham thi hong nhung')).json<{ items: Officer[] }>();
    expect(r.items.map((o) => o.fullName)).toEqual(['Phạm Thị Hồng Nhung']);
    expect(r.items[0]?.dutyRoles).toEqual(['tiep_cong_dan']);
  });

  it('a place is created with the ward it stands in (this request once hung the whole server on SQLite)', async () => {
    const units = (await admin.get('/api/units')).json<{ items: { id: number; name: string; children: { id: number; name: string; children: unknown[] }[] }[] }>().items;
    const flat = (nodes: { id: number; name: string; children: unknown[] }[]): { id: number; name: string }[] =>
      nodes.flatMap((n) => [n, ...flat(n.children as { id: number; name: string; children: unknown[] }[])]);
    const all = flat(units);
    const city = all.find((u) => u.name === 'Thành phố Bắc Ninh') as { id: number };
    const ward = all.find((u) => u.name === 'Phường Suối Hoa') as { id: number };
    const created = await admin.post('/api/places', { name: 'Điểm có phường', kind: 'other', unitId: city.id, address: 'x', wardUnitId: ward.id });
    expect(created.status).toBe(201);
    expect(created.json<Place>().wardUnitId).toBe(ward.id);
    expect((await admin.get('/api/places')).status).toBe(200);
  });

  it('refuses a duty role that is not in the catalog', async () => {
    const o = (await admin.get('/api/officers?q=nhung')).json<{ items: Officer[] }>().items[0] as Officer;
    const r = await admin.patch(`/api/officers/${o.id}`, { version: o.version, dutyRoles: ['phi_cong'] });
    expect(r.status).toBe(400);
    expect(r.json<{ fields: Record<string, string> }>().fields).toHaveProperty('dutyRoles');
  });

  it('a PATCH leaves the fields it does not name unchanged (phones, roles, active)', async () => {
    const o = (await admin.get('/api/officers?q=nhung')).json<{ items: Officer[] }>().items[0] as Officer;
    const off = (await admin.patch(`/api/officers/${o.id}`, { version: o.version, active: false })).json<Officer>();
    const renamed = (await admin.patch(`/api/officers/${o.id}`, { version: off.version, position: 'Chuyên viên chính' })).json<Officer>();
    expect(renamed).toMatchObject({ active: false, phones: o.phones, dutyRoles: o.dutyRoles });
    const place = (await admin.get('/api/places')).json<{ items: Place[] }>().items[1] as Place;
    const closed = (await admin.patch(`/api/places/${place.id}`, { version: place.version, active: false })).json<Place>();
    const again = (await admin.patch(`/api/places/${place.id}`, { version: closed.version, name: `${place.name} (cũ)` })).json<Place>();
    expect(again).toMatchObject({ active: false, wardUnitId: place.wardUnitId });
  });

  it('the city reception office stands in Suối Hoa ward; a place must stand in a ward', async () => {
    const places = (await admin.get('/api/places')).json<{ items: Place[] }>().items;
    const office = places.find((p) => p.name === 'Trụ sở Tiếp công dân thành phố');
    expect(office?.wardName).toBe('Phường Suối Hoa');
    const r = await admin.patch(`/api/places/${office?.id}`, { version: office?.version, wardUnitId: office?.unitId });
    expect(r.status).toBe(400);
    expect(r.json<{ fields: Record<string, string> }>().fields).toHaveProperty('wardUnitId');
  });

  it('stores phones in E.164 and rejects a wrong one naming its position', async () => {
    const unit = (await admin.get('/api/places')).json<{ items: Place[] }>().items[0]?.unitId;
    const created = await admin.post('/api/officers', { fullName: 'Lê Thị Mai', unitId: unit, position: 'Chuyên viên', phones: ['0912.345.678'], dutyRoles: ['tiep_cong_dan'] });
    expect(created.status).toBe(201);
    expect(created.json<Officer>().phones).toEqual(['+84912345678']);
    const bad = await admin.post('/api/officers', { fullName: 'Lê Thị Mai', unitId: unit, position: 'Chuyên viên', phones: ['0912345678', '12'] });
    expect(bad.status).toBe(400);
    expect(bad.json<{ fields: Record<string, string> }>().fields).toHaveProperty('phones.1');
  });
});
