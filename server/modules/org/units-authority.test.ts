import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userAt, unitId } from '../../test/factories';
import { createTestContext, ENGINE, type Response, type Session, type TestContext } from '../../test/support';

/**
 * Who may change the unit tree (issue 7 §2): an administrator whose role is held at a ward, one at the city and
 * one at the province. Moving, creating, merging and closing a unit needs authority over its old and new parent
 * (a whole-tree administrator for the root); nobody moves a unit out of his scope or touches his own scope's root.
 */
let ctx: TestContext;
let province: Session;
let city: Session;
let ward: Session;
const id: Record<string, number> = {};

const parentOf = async (unit: number) => (await ctx.db.kysely.selectFrom('units').select('parent_id').where('id', '=', unit).executeTakeFirstOrThrow()).parent_id;
const versionOf = async (unit: number) => (await ctx.db.kysely.selectFrom('units').select('version').where('id', '=', unit).executeTakeFirstOrThrow()).version;
const patch = async (s: Session, unit: number, change: Record<string, unknown>) => s.patch(`/api/units/${unit}`, { version: await versionOf(unit), ...change });
const codeOf = (r: Response) => r.json<{ code: string }>().code;
const created = (r: Response) => {
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.json<{ id: number; actions: string[] }>().id;
};
let seq = 0;
const newUnit = (parentId: number | null, kind = 'agency') => ({ code: `T-${++seq}`, name: `Đơn vị thử ${seq}`, kind, parentId, validFrom: '2021-01-01' });

beforeAll(async () => {
  ctx = await createTestContext();
  for (const code of ['BN', 'BN-TP', 'BN-TP-P-SUOIHOA', 'BN-TP-P-KINHBAC', 'BN-TP-P-DAPCAU', 'BN-TP-P-NINHXA', 'BN-TP-P-THICAU', 'BN-TP-P-VANAN', 'BN-TP-P-HOALONG', 'BN-TP-P-KIMCHAN']) id[code] = await unitId(ctx, code);
  province = await ctx.login('admin');
  city = await userAt(ctx, 'qt.thanhpho', 'BN-TP');
  ward = await userAt(ctx, 'qt.suoihoa', 'BN-TP-P-SUOIHOA');
});
afterAll(async () => ctx?.close());

describe(`a ward-level administrator (${ENGINE})`, () => {
  it('cannot detach, rename, close or move the ward his scope is rooted at', async () => {
    const suoiHoa = id['BN-TP-P-SUOIHOA'] as number;
    for (const change of [{ parentId: null }, { parentId: id['BN-TP-P-KINHBAC'] }, { name: 'Phường Suối Hoa độc lập' }, { validTo: '2026-01-01' }]) {
      const r = await patch(ward, suoiHoa, change);
      expect(r.status, JSON.stringify(change)).toBe(403);
    }
    expect(await parentOf(suoiHoa)).toBe(id['BN-TP']);
    expect(await versionOf(suoiHoa)).toBe(1);
    // The province still reaches the ward's accounts and people.
    expect((await province.get(`/api/units?includeClosed=true`)).body).toMatchObject({ items: [{ id: id.BN }] });
    const tree = (await ward.get('/api/units')).json<{ items: { id: number; actions: string[] }[] }>().items;
    expect(tree).toMatchObject([{ id: suoiHoa, actions: ['create_child'] }]);
  });

  it('creates, edits, closes and merges units only below his ward, and never at the top or outside', async () => {
    const suoiHoa = id['BN-TP-P-SUOIHOA'] as number;
    expect((await ward.post('/api/units', newUnit(null))).status).toBe(403);
    const outside = await ward.post('/api/units', newUnit(id['BN-TP'] as number));
    expect(outside.status).toBe(403);
    expect(codeOf(outside)).toBe('OUT_OF_SCOPE');
    const a = created(await ward.post('/api/units', newUnit(suoiHoa)));
    const b = created(await ward.post('/api/units', newUnit(suoiHoa)));
    expect((await patch(ward, a, { name: 'Tổ tiếp dân phường' })).status).toBe(200);
    expect((await patch(ward, a, { parentId: null })).status).toBe(403);
    expect((await patch(ward, a, { parentId: id['BN-TP'] })).status).toBe(403);
    expect((await patch(ward, a, { parentId: id['BN-TP-P-KINHBAC'] })).status).toBe(403);
    expect(await parentOf(a)).toBe(suoiHoa);
    expect((await patch(ward, b, { validTo: '2025-12-31' })).status).toBe(200);
    // Merging: his own ward is not his to merge away; the new unit goes below his ward, not above it.
    const merge = (sourceIds: number[], parentId: number | null) => ward.post('/api/units/merge', { sourceIds, effectiveOn: '2025-07-01', unit: { code: `T-M-${++seq}`, name: `Đơn vị gộp ${seq}`, kind: 'agency', parentId } });
    expect((await merge([suoiHoa], id['BN-TP'] as number)).status).toBe(403);
    expect((await merge([a], null)).status).toBe(403);
    expect((await merge([a], id['BN-TP'] as number)).status).toBe(403);
    expect((await merge([a, id['BN-TP-P-KINHBAC'] as number], suoiHoa)).status).toBe(404);
    created(await merge([a], suoiHoa));
  });

  it('a unit outside his scope answers as a missing one', async () => {
    const other = await patch(ward, id['BN-TP-P-KINHBAC'] as number, { name: 'Đổi tên' });
    const missing = await ward.patch('/api/units/2147483647', { version: 1, name: 'Đổi tên' });
    expect(other.status).toBe(404);
    expect(other.body).toEqual(missing.body);
  });
});

describe(`a city-level administrator (${ENGINE})`, () => {
  it('cannot detach, rename or close the city, nor create a root or a unit above the city', async () => {
    const tp = id['BN-TP'] as number;
    for (const change of [{ parentId: null }, { name: 'Thành phố tự trị' }, { validTo: '2026-01-01' }]) expect((await patch(city, tp, change)).status).toBe(403);
    expect(await parentOf(tp)).toBe(id.BN);
    expect((await city.post('/api/units', newUnit(null))).status).toBe(403);
    expect((await city.post('/api/units', newUnit(id.BN as number))).status).toBe(403);
    created(await city.post('/api/units', newUnit(tp)));
  });

  it('moves a ward only inside the city, never to the top or to the province', async () => {
    const dapCau = id['BN-TP-P-DAPCAU'] as number;
    expect((await patch(city, dapCau, { parentId: null })).status).toBe(403);
    expect((await patch(city, dapCau, { parentId: id.BN })).status).toBe(403);
    expect(await parentOf(dapCau)).toBe(id['BN-TP']);
    const agency = created(await city.post('/api/units', newUnit(id['BN-TP'] as number)));
    expect((await patch(city, agency, { parentId: id['BN-TP-P-NINHXA'] })).status).toBe(200);
    expect(await parentOf(agency)).toBe(id['BN-TP-P-NINHXA']);
  });

  it('merges and closes wards of the city, but not the city itself nor into a unit outside it', async () => {
    const merge = (sourceIds: number[], parentId: number | null) => city.post('/api/units/merge', { sourceIds, effectiveOn: '2025-07-01', unit: { code: `T-M-${++seq}`, name: `Phường gộp ${seq}`, kind: 'ward', parentId } });
    expect((await merge([id['BN-TP'] as number], id.BN as number)).status).toBe(403);
    expect((await merge([id['BN-TP-P-THICAU'] as number], id.BN as number)).status).toBe(403);
    expect((await merge([id['BN-TP-P-THICAU'] as number], null)).status).toBe(403);
    created(await merge([id['BN-TP-P-THICAU'] as number, id['BN-TP-P-VANAN'] as number], id['BN-TP'] as number));
    expect((await patch(city, id['BN-TP-P-HOALONG'] as number, { validTo: '2025-06-30' })).status).toBe(200);
  });
});

describe(`a province-level (whole-tree) administrator (${ENGINE})`, () => {
  it('moves a ward between the city and the province, merges and closes, but does not move the root his scope is', async () => {
    const ninhXa = id['BN-TP-P-NINHXA'] as number;
    expect((await patch(province, ninhXa, { parentId: id.BN })).status).toBe(200);
    expect((await patch(province, ninhXa, { parentId: id['BN-TP'] })).status).toBe(200);
    expect(await parentOf(ninhXa)).toBe(id['BN-TP']);
    expect((await patch(province, id.BN as number, { parentId: id['BN-TP'] })).status).toBe(403);
    expect(await parentOf(id.BN as number)).toBeNull();
    expect((await patch(province, id.BN as number, { name: 'Tỉnh Bắc Ninh (đổi tên)' })).status).toBe(200);
    created(await province.post('/api/units/merge', { sourceIds: [id['BN-TP-P-KIMCHAN']], effectiveOn: '2025-07-01', unit: { code: 'T-KC', name: 'Phường Kim Chân mới', kind: 'ward', parentId: id['BN-TP'] } }));
    expect((await patch(province, id['BN-TP-P-DAPCAU'] as number, { validTo: '2026-12-31' })).status).toBe(200);
    // Last: a second root leaves nobody's scope the whole tree.
    created(await province.post('/api/units', newUnit(null, 'province')));
  });
});
