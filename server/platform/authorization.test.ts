import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS, ROLES, type Role } from '@core/domain/org/roles';
import { DEMO_ACCOUNTS } from '../demo/bac-ninh-2021';
import { createTestContext, ENGINE, type Session, type TestContext } from '../test/support';

let ctx: TestContext;
const sessions = new Map<Role, Session>();

beforeAll(async () => {
  ctx = await createTestContext();
  for (const role of ROLES) {
    const account = DEMO_ACCOUNTS.find((a) => a.roles.every((r) => r.role === role));
    if (!account) throw new Error(`no demo account for ${role}`);
    sessions.set(role, await ctx.login(account.username));
  }
});
afterAll(async () => ctx?.close());

// An id no record has: the access check answers before any handler runs, and no route does real work for it (solving
// the seed period's roster takes seconds per allowed role).
const concrete = (url: string) => url.replace(/:(\w+)/g, '2147483000');
const bodyFor = (method: string) => (method === 'GET' || method === 'DELETE' ? undefined : {});

describe(`every endpoint × every role (${ENGINE})`, () => {
  it('declares access on every /api route (default-deny)', () => {
    expect(ctx.app.accessTable.length).toBeGreaterThan(15);
    for (const r of ctx.app.accessTable) expect(r.access, `${r.method} ${r.url}`).toBeTruthy();
  });

  it('refuses exactly the roles whose permissions do not include the route’s', async () => {
    const mismatches: string[] = [];
    for (const route of ctx.app.accessTable) {
      if (route.access === 'public' || route.access === 'session' || route.url === '/api/auth/logout') continue;
      for (const role of ROLES) {
        const session = sessions.get(role) as Session;
        const r = await session.request(route.method as 'GET', concrete(route.url), bodyFor(route.method));
        const refused = r.status === 403 && r.json<{ code: string }>().code === 'FORBIDDEN';
        const allowed = ROLE_PERMISSIONS[role].includes(route.access);
        if (refused === allowed || r.status === 401 || r.status >= 500) mismatches.push(`${role} ${route.method} ${route.url} → ${r.status} (${allowed ? 'should be allowed' : 'should be refused'})`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('answers 401 to every non-public route without a session', async () => {
    for (const route of ctx.app.accessTable.filter((r) => r.access !== 'public')) {
      const r = await ctx.anonymous(route.method as 'GET', concrete(route.url), bodyFor(route.method));
      expect(r.status, `${route.method} ${route.url}`).toBe(401);
    }
  });
});

describe(`inside and outside the unit (${ENGINE})`, () => {
  let wardAdmin: Session;
  let ids: { kinhBac: number; suoiHoa: number; kinhBacPlace: { id: number; version: number }; suoiHoaPlace: { id: number; version: number }; suoihoaAccount: number };

  beforeAll(async () => {
    const admin = sessions.get('admin') as Session;
    type Node = { id: number; name: string; children: Node[] };
    const flat = (nodes: Node[]): Node[] => nodes.flatMap((n) => [n, ...flat(n.children)]);
    const units = flat((await admin.get('/api/units')).json<{ items: Node[] }>().items);
    const unit = (name: string) => units.find((u) => u.name === name)?.id as number;
    const places = (await admin.get('/api/places')).json<{ items: { id: number; unitId: number; version: number }[] }>().items;
    const accounts = (await admin.get('/api/accounts?q=suoihoa')).json<{ items: { id: number; username: string }[] }>().items;
    ids = {
      kinhBac: unit('Phường Kinh Bắc'),
      suoiHoa: unit('Phường Suối Hoa'),
      kinhBacPlace: places.find((p) => p.unitId === unit('Phường Kinh Bắc')) as { id: number; version: number },
      suoiHoaPlace: places.find((p) => p.unitId === unit('Phường Suối Hoa')) as { id: number; version: number },
      suoihoaAccount: accounts.find((a) => a.username === 'suoihoa')?.id as number,
    };
    const created = await admin.post('/api/accounts', { username: 'qt.kinhbac', password: 'KinhBac2021', fullName: 'Quản trị phường Kinh Bắc', assignments: [{ unitId: ids.kinhBac, role: 'admin' }] });
    expect(created.status).toBe(201);
    const first = await ctx.login('qt.kinhbac', 'KinhBac2021');
    expect((await first.get('/api/units')).status).toBe(403);
    expect((await first.post('/api/me/password', { currentPassword: 'KinhBac2021', newPassword: 'KinhBac2022' })).status).toBe(204);
    wardAdmin = await ctx.login('qt.kinhbac', 'KinhBac2022');
  });

  it('a ward administrator edits a place of his ward', async () => {
    const r = await wardAdmin.patch(`/api/places/${ids.kinhBacPlace.id}`, { version: ids.kinhBacPlace.version, phone: '0222 3855 123' });
    expect(r.status).toBe(200);
    expect(r.json()).toMatchObject({ phone: '+842223855123', actions: ['edit', 'deactivate'] });
  });

  it('but not a place of another ward: it answers as a missing one', async () => {
    const r = await wardAdmin.patch(`/api/places/${ids.suoiHoaPlace.id}`, { version: ids.suoiHoaPlace.version, name: 'Đổi tên' });
    expect(r.status).toBe(404);
    expect(r.json<{ code: string }>().code).toBe('NOT_FOUND');
  });

  it('cannot create an officer or an account in another ward', async () => {
    const o = await wardAdmin.post('/api/officers', { fullName: 'Lê Văn A', unitId: ids.suoiHoa, position: 'Cán bộ' });
    expect(o.status).toBe(403);
    const a = await wardAdmin.post('/api/accounts', { username: 'x.suoihoa', password: 'SuoiHoa2021', fullName: 'X', assignments: [{ unitId: ids.suoiHoa, role: 'ward_officer' }] });
    expect(a.status).toBe(403);
  });

  it('cannot touch an account of another ward, nor see it in the list', async () => {
    const list = (await wardAdmin.get('/api/accounts')).json<{ items: { username: string }[] }>().items.map((a) => a.username);
    expect(list).toEqual(['qt.kinhbac']);
    const r = await wardAdmin.post(`/api/accounts/${ids.suoihoaAccount}/reset-password`, { newPassword: 'MatKhau123' });
    expect(r.status).toBe(403);
  });

  it('sees only the places and officers of his ward', async () => {
    const places = (await wardAdmin.get('/api/places')).json<{ items: { unitId: number }[] }>().items;
    expect(places.length).toBeGreaterThan(0);
    expect(places.every((p) => p.unitId === ids.kinhBac)).toBe(true);
    const others = (await wardAdmin.get(`/api/officers?unitId=${ids.suoiHoa}`)).json<{ items: unknown[]; total: number }>();
    expect(others).toEqual({ items: [], total: 0 });
  });

  it('cannot merge wards outside his scope', async () => {
    const r = await wardAdmin.post('/api/units/merge', { sourceIds: [ids.suoiHoa, ids.kinhBac], effectiveOn: '2025-07-01', unit: { code: 'X', name: 'Phường X', kind: 'ward', parentId: null } });
    expect(r.status).toBe(404);
  });
});
