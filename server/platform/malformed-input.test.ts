import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, ENGINE, type Session, type TestContext } from '../test/support';

let ctx: TestContext;
let admin: Session;
beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.login('admin');
});
afterAll(async () => ctx?.close());

const HUGE = 'x'.repeat(100_000);
const concrete = (url: string) => url.replace(/:(\w+)/g, '1');
// Login and logout would end or replace the administrator's session mid-test; they are covered elsewhere.
const routes = () => ctx.app.accessTable.filter((r) => !['/api/auth/logout', '/api/me/password', '/api/me/totp/disable'].includes(r.url));

/** Every request below is wrong; the server must say so with a 4xx and a code, never a 500. */
describe(`malformed requests to every endpoint (${ENGINE})`, () => {
  it('broken JSON, wrong JSON kinds, wrong types and huge strings in bodies', async () => {
    const failures: string[] = [];
    const bodies: { name: string; payload: string }[] = [
      { name: 'broken json', payload: '{"username": "admin", ' },
      { name: 'array', payload: '[1,2,3]' },
      { name: 'string', payload: '"chuỗi"' },
      { name: 'null', payload: 'null' },
      { name: 'wrong types', payload: JSON.stringify({ version: 'một', name: 123, code: [], unitId: 'abc', username: {}, password: 1, sourceIds: 'x', assignments: 5, newPassword: null, language: 'fr', q: 1, from: 'hôm qua', days: 'mười' }) },
      { name: 'huge strings', payload: JSON.stringify({ version: 1, name: HUGE, code: HUGE, username: HUGE, password: HUGE, fullName: HUGE, address: HUGE, position: HUGE, q: HUGE }) },
      { name: 'too large', payload: JSON.stringify({ blob: 'x'.repeat(700_000) }) },
    ];
    for (const route of routes().filter((r) => r.parts.includes('body'))) {
      for (const b of bodies) {
        const r = await admin.request(route.method as 'POST', concrete(route.url), b.payload);
        const code = r.json<{ code?: string }>()?.code;
        if (r.status < 400 || r.status >= 500 || !code) failures.push(`${route.method} ${route.url} [${b.name}] → ${r.status} ${code ?? ''}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('a body sent as form data or plain text is refused with 415', async () => {
    const r = await admin.request('POST', '/api/units', 'code=x', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(r.status).toBe(415);
    expect(r.json<{ code: string }>().code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('bad query parameters and path parameters', async () => {
    const failures: string[] = [];
    const queries = ['?page=-1&pageSize=abc', '?page=1e9', `?q=${encodeURIComponent(HUGE.slice(0, 5000))}`, '?at=2021-02-30&from=x&to=31/12/2021', '?includeClosed=maybe&unitId=-3', '?days=NaN&unit=hours'];
    for (const route of routes().filter((r) => r.method === 'GET' && r.parts.includes('querystring'))) {
      const paged = (await admin.get(concrete(route.url))).json<{ total?: number }>()?.total !== undefined;
      for (const q of queries) {
        const r = await admin.get(concrete(route.url) + q);
        if (r.status >= 500 || (paged && q.includes('page=-1') && r.status !== 400)) failures.push(`${route.url}${q.slice(0, 40)} → ${r.status}`);
      }
    }
    for (const route of routes().filter((r) => r.parts.includes('params'))) {
      for (const id of ['abc', '-1', '0', '1.5', '99999999999999999999', encodeURIComponent("1' or '1'='1")]) {
        const r = await admin.request(route.method as 'GET', route.url.replace(/:(\w+)/g, id), route.method === 'GET' ? undefined : {});
        if (r.status !== 400) failures.push(`${route.method} ${route.url} id=${id} → ${r.status}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('names the field and says what is expected, in Vietnamese', async () => {
    const r = await admin.post('/api/units', { code: 'X', name: 'Phường X', kind: 'làng', parentId: null, validFrom: '2021-13-01' });
    expect(r.status).toBe(400);
    const body = r.json<{ code: string; message: string; fields: Record<string, string> }>();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(body.fields)).toEqual(expect.arrayContaining(['kind', 'validFrom']));
    expect(body.message).toMatch(/Trường «(kind|validFrom)»/);
    expect(body.fields.validFrom).toMatch(/YYYY-MM-DD|không tồn tại/);
  });
});
