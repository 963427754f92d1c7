import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, ENGINE, type Session, type TestContext } from '../../test/support';

let ctx: TestContext;
let admin: Session;
type Node = { id: number; code: string; name: string; version: number; validFrom: string; validTo: string | null; predecessorIds: number[]; children: Node[] };
const flat = (nodes: Node[]): Node[] => nodes.flatMap((n) => [n, ...flat(n.children)]);
let units: Node[];
const byName = (name: string) => units.find((u) => u.name === name) as Node;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.login('admin');
  units = flat((await admin.get('/api/units?includeClosed=true')).json<{ items: Node[] }>().items);
});
afterAll(async () => ctx?.close());

describe(`units (${ENGINE})`, () => {
  it('a stale save gets 409 with a message, not a silent overwrite', async () => {
    const unit = byName('Phường Đáp Cầu');
    const first = await admin.patch(`/api/units/${unit.id}`, { version: unit.version, name: 'Phường Đáp Cầu (sửa 1)' });
    expect(first.status).toBe(200);
    const second = await admin.patch(`/api/units/${unit.id}`, { version: unit.version, name: 'Phường Đáp Cầu (sửa 2)' });
    expect(second.status).toBe(409);
    expect(second.json()).toMatchObject({ code: 'VERSION_CONFLICT', message: expect.stringMatching(/người khác sửa/) });
  });

  it('refuses a duplicate code and a cycle in the tree', async () => {
    const city = byName('Thành phố Bắc Ninh');
    const dup = await admin.post('/api/units', { code: 'BN-TP', name: 'Trùng mã', kind: 'agency', parentId: city.id, validFrom: '2021-01-01' });
    expect(dup.status).toBe(409);
    expect(dup.json<{ fields: Record<string, string> }>().fields).toHaveProperty('code');
    const ward = byName('Phường Vạn An');
    const cycle = await admin.patch(`/api/units/${city.id}`, { version: city.version, parentId: ward.id });
    expect(cycle.status).toBe(409);
  });

  it('merges wards in one operation: old ones closed the day before, new one with predecessors, history kept', async () => {
    const a = byName('Phường Vệ An');
    const b = byName('Phường Tiền An');
    const city = byName('Thành phố Bắc Ninh');
    const merged = await admin.post('/api/units/merge', { sourceIds: [a.id, b.id], effectiveOn: '2025-07-01', unit: { code: 'BN-TP-P-TIENVE', name: 'Phường Tiền Vệ (sáp nhập)', kind: 'ward', parentId: city.id } });
    expect(merged.status).toBe(201);
    expect(merged.json()).toMatchObject({ validFrom: '2025-07-01', validTo: null, predecessorIds: [a.id, b.id].sort((x, y) => x - y) });
    const before = flat((await admin.get('/api/units?at=2025-06-30')).json<{ items: Node[] }>().items).map((u) => u.name);
    expect(before).toEqual(expect.arrayContaining(['Phường Vệ An', 'Phường Tiền An']));
    expect(before).not.toContain('Phường Tiền Vệ (sáp nhập)');
    const after = flat((await admin.get('/api/units?at=2025-07-01')).json<{ items: Node[] }>().items).map((u) => u.name);
    expect(after).toContain('Phường Tiền Vệ (sáp nhập)');
    expect(after).not.toContain('Phường Vệ An');
    const closed = flat((await admin.get('/api/units?includeClosed=true')).json<{ items: Node[] }>().items).find((u) => u.id === a.id);
    expect(closed?.validTo).toBe('2025-06-30');
    const places = (await admin.get('/api/places')).json<{ items: { unitName: string }[] }>().items;
    expect(places.some((p) => p.unitName === 'Phường Tiền Vệ (sáp nhập)')).toBe(true);
  });
});
