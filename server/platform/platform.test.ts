import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, ENGINE, type TestContext } from '../test/support';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx?.close());

describe(`platform contract (${ENGINE})`, () => {
  it('GET /api/health answers ok with the engine and version', async () => {
    const r = await ctx.anonymous('GET', '/api/health');
    expect(r.status).toBe(200);
    expect(r.json()).toEqual({ status: 'ok', database: ENGINE, version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  it('logs in with the demo administrator and sets an HttpOnly session cookie', async () => {
    const r = await ctx.anonymous('POST', '/api/auth/login', { username: 'admin', password: 'demo' });
    expect(r.status).toBe(200);
    const setCookie = [r.headers['set-cookie']].flat().join('\n');
    expect(setCookie).toMatch(/tiepdan_session=[^;]+;.*HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(r.json<{ user: { username: string; roles: string[] } }>().user).toMatchObject({ username: 'admin', roles: ['admin'] });
  });

  it('refuses a wrong password with 401 and a Vietnamese message', async () => {
    const r = await ctx.anonymous('POST', '/api/auth/login', { username: 'admin', password: 'sai-mat-khau' });
    expect(r.status).toBe(401);
    expect(r.json()).toEqual({ code: 'AUTH_INVALID', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' });
  });

  it('answers in English when the client asks for it', async () => {
    const r = await ctx.anonymous('POST', '/api/auth/login', { username: 'admin', password: 'sai' }, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(r.json()).toEqual({ code: 'AUTH_INVALID', message: 'Wrong username or password.' });
  });

  it('answers the same for an unknown username (no account enumeration)', async () => {
    const r = await ctx.anonymous('POST', '/api/auth/login', { username: 'khongtontai', password: 'demo' });
    expect(r.status).toBe(401);
    expect(r.json<{ code: string }>().code).toBe('AUTH_INVALID');
  });

  it('GET /api/me returns the user, the active unit, roles and permissions', async () => {
    const s = await ctx.login('suoihoa');
    const me = (await s.get('/api/me')).json<{ username: string; roles: string[]; permissions: string[]; assignments: { unitName: string }[] }>();
    expect(me.username).toBe('suoihoa');
    expect(me.roles).toEqual(['ward_officer']);
    expect(me.assignments.map((a) => a.unitName)).toEqual(['Phường Suối Hoa']);
    expect(me.permissions).toContain('reception.write');
    expect(me.permissions).not.toContain('audit.read');
  });

  it('GET /api/units returns the whole demo tree to the administrator: province, city, 19 wards', async () => {
    const s = await ctx.login('admin');
    const r = await s.get('/api/units');
    expect(r.status).toBe(200);
    type Node = { name: string; kind: string; children: Node[] };
    const roots = r.json<{ items: Node[] }>().items;
    expect(roots.map((u) => u.name)).toEqual(['Tỉnh Bắc Ninh']);
    const city = roots[0]?.children.find((u) => u.name === 'Thành phố Bắc Ninh');
    const wards = city?.children.filter((u) => u.kind === 'ward').map((u) => u.name.replace('Phường ', '')) ?? [];
    expect(wards.sort((a, b) => a.localeCompare(b, 'vi'))).toEqual(
      ['Đại Phúc', 'Đáp Cầu', 'Hạp Lĩnh', 'Hòa Long', 'Khắc Niệm', 'Khúc Xuyên', 'Kim Chân', 'Kinh Bắc', 'Nam Sơn', 'Ninh Xá', 'Phong Khê', 'Suối Hoa', 'Thị Cầu', 'Tiền An', 'Vạn An', 'Vân Dương', 'Võ Cường', 'Vệ An', 'Vũ Ninh'].sort((a, b) => a.localeCompare(b, 'vi')),
    );
  });

  it('a ward officer sees only his ward in the tree', async () => {
    const s = await ctx.login('suoihoa');
    const roots = (await s.get('/api/units')).json<{ items: { name: string; children: unknown[] }[] }>().items;
    expect(roots.map((u) => u.name)).toEqual(['Phường Suối Hoa']);
  });

  it('GET /api/openapi.json documents the API', async () => {
    const r = await ctx.anonymous('GET', '/api/openapi.json');
    expect(r.status).toBe(200);
    const doc = r.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/auth/login', '/api/me', '/api/units']));
  });

  it('any other /api route without a session answers 401, even an unknown one', async () => {
    for (const url of ['/api/me', '/api/units', '/api/accounts', '/api/audit', '/api/khong-co']) {
      const r = await ctx.anonymous('GET', url);
      expect(r.status, url).toBe(401);
      expect(r.json<{ code: string }>().code).toBe('AUTH_REQUIRED');
    }
  });

  it('an unknown /api route with a session is a 404 with a code', async () => {
    const s = await ctx.login('admin');
    const r = await s.get('/api/khong-co');
    expect(r.status).toBe(404);
    expect(r.json<{ code: string }>().code).toBe('ROUTE_NOT_FOUND');
  });

  it('refuses a write without the anti-forgery header', async () => {
    const s = await ctx.login('admin');
    const r = await s.request('PUT', '/api/me/language', { language: 'en' }, { 'x-csrf-token': 'sai' });
    expect(r.status).toBe(403);
    expect(r.json<{ code: string }>().code).toBe('CSRF_INVALID');
  });

  it('logout ends the session', async () => {
    const s = await ctx.login('xem');
    expect((await s.post('/api/auth/logout')).status).toBe(204);
    expect((await s.get('/api/me')).status).toBe(401);
  });

  it('sends security headers with a strict content security policy', async () => {
    const r = await ctx.anonymous('GET', '/api/health');
    expect(r.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(r.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['x-request-id']).toBeTruthy();
  });
});
