import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MAX_INT, NO_CONTROL_CHARS } from '@core/schemas/common';
import { createTestContext, ENGINE, type Session, type TestContext } from '../test/support';

let ctx: TestContext;
let admin: Session;
beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.login('admin');
});
afterAll(async () => ctx?.close());

const HUGE = 'x'.repeat(100_000);
const NUL = 'ad\u0000min';
const BIG = 99_999_999_999;
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
      // PostgreSQL refuses NUL in text (22021) and integers above 2³¹−1 (22003): both must stop at the schema.
      { name: 'NUL and control characters', payload: JSON.stringify({ version: 1, name: NUL, code: 'a\u0000', username: NUL, password: NUL, currentPassword: NUL, newPassword: NUL, fullName: 'Nguyễn\u0000Văn A', address: 'x\u0007', position: NUL, q: NUL, phone: '09\u0000', phones: ['09\u0000'], idNumber: '0\u0000', vi: NUL, documentNumber: NUL, instruction: NUL, token: '12345\u0000', reason: NUL }) },
      { name: 'huge integers', payload: JSON.stringify({ version: BIG, unitId: BIG, parentId: BIG, wardUnitId: BIG, duplicateId: 2_147_483_648, officerId: BIG, accountId: BIG, sourceIds: [BIG], assignments: [{ unitId: BIG, role: 'admin' }], subject: { type: 'person', id: BIG } }) },
      { name: 'negative and fractional integers', payload: JSON.stringify({ version: -1, unitId: 1.5, parentId: 0, wardUnitId: -2_147_483_649, duplicateId: 0 }) },
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
    const queries = [
      '?page=-1&pageSize=abc',
      '?page=1e9',
      `?q=${encodeURIComponent(HUGE.slice(0, 5000))}`,
      '?at=2021-02-30&from=x&to=31/12/2021',
      '?includeClosed=maybe&unitId=-3',
      '?days=NaN&unit=hours',
      '?q=a%00b&actor=ad%00min&action=%00&entity=person%00&entityId=1%00&name=Nguy%00n&from=2021-01-01%00',
      `?unitId=${BIG}&ownerId=${BIG}&subjectId=2147483648&page=${BIG}&limit=${BIG}&offset=${BIG}`,
      '?unitId=0x10&ownerId=%2B5&subjectId=07&page=%207',
    ];
    for (const route of routes().filter((r) => r.method === 'GET' && r.parts.includes('querystring'))) {
      const paged = (await admin.get(concrete(route.url))).json<{ total?: number }>()?.total !== undefined;
      for (const q of queries) {
        const r = await admin.get(concrete(route.url) + q);
        if (r.status >= 500 || (paged && q.includes('page=-1') && r.status !== 400)) failures.push(`${route.url}${q.slice(0, 40)} → ${r.status}`);
      }
    }
    for (const route of routes().filter((r) => r.parts.includes('params'))) {
      for (const id of ['abc', '-1', '0', '1.5', '99999999999999999999', '2147483648', encodeURIComponent("1' or '1'='1"), '%00', '1%00']) {
        const r = await admin.request(route.method as 'GET', route.url.replace(/:(\w+)/g, id), route.method === 'GET' ? undefined : {});
        if (r.status !== 400) failures.push(`${route.method} ${route.url} id=${id} → ${r.status}`);
      }
      // Non-canonical spellings of an existing id: one record has one address (never a 200 under another).
      for (const id of ['0x10', '%2B1', '%201', '01', '1e0', '1.0']) {
        const r = await admin.request(route.method as 'GET', route.url.replace(/:(\w+)/g, id), route.method === 'GET' ? undefined : {});
        if (r.status !== 400 && r.status !== 404) failures.push(`${route.method} ${route.url} id=${id} → ${r.status}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('an existing person is found under its canonical id only', async () => {
    const created = await admin.post('/api/people', { fullName: 'Trần Thị Mười Sáu', birthYear: 1980 });
    expect(created.status).toBe(201);
    const id = created.json<{ id: number }>().id;
    expect((await admin.get(`/api/people/${id}`)).status).toBe(200);
    for (const spelled of [`0x${id.toString(16)}`, `%2B${id}`, `%20${id}`, `0${id}`, `${id}%20`]) {
      expect((await admin.get(`/api/people/${spelled}`)).status, spelled).toBe(400);
    }
  });

  it('a NUL in the anonymous login is a 400 naming the field, on both engines', async () => {
    const r = await ctx.anonymous('POST', '/api/auth/login', { username: NUL, password: 'demo' });
    expect(r.status).toBe(400);
    const body = r.json<{ code: string; message: string; fields: Record<string, string> }>();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.fields.username).toBe('Tên đăng nhập chứa ký tự điều khiển không được phép');
    expect(body.message).toContain('«username»');
  });

  it('a version or reference above 2³¹−1 is a 400, not a database error', async () => {
    const created = await admin.post('/api/people', { fullName: 'Lê Văn Bảy Mươi', birthYear: 1970 });
    const id = created.json<{ id: number }>().id;
    const version = await admin.patch(`/api/people/${id}`, { version: BIG, fullName: 'Lê Văn Bảy Mốt' });
    expect(version.status).toBe(400);
    expect(version.json<{ fields: Record<string, string> }>().fields.version).toMatch(/Phiên bản quá lớn/);
    const merge = await admin.post(`/api/people/${id}/merge`, { version: 1, duplicateId: 2_147_483_648 });
    expect(merge.status).toBe(400);
    const ward = await admin.post('/api/places', { name: 'Điểm có phường', kind: 'other', unitId: 1, address: 'x', wardUnitId: BIG });
    expect(ward.status).toBe(400);
    expect(ward.json<{ fields: Record<string, string> }>().fields.wardUnitId).toMatch(/Phường\/xã/);
  });

  /**
   * The rule at its root: every string any endpoint accepts (body, query, path) passes through ZStr, which
   * refuses control characters, and every number is bounded to what a 32-bit column holds. A new field
   * written with a bare z.string() or z.number() fails here.
   */
  it('every string an endpoint accepts refuses control characters and every number is at most 2³¹−1', () => {
    const unguarded: string[] = [];
    const visit = (node: unknown, where: string): void => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.type === 'string' && n.enum === undefined && n.const === undefined) {
        const patterns = [n.pattern, ...((n.allOf as { pattern?: string }[] | undefined) ?? []).map((a) => a.pattern)];
        if (!patterns.includes(NO_CONTROL_CHARS.source)) unguarded.push(`${where}: text without ZStr`);
      }
      if ((n.type === 'integer' || n.type === 'number') && !(typeof n.maximum === 'number' && n.maximum <= MAX_INT)) unguarded.push(`${where}: number without a bound`);
      for (const [key, child] of Object.entries(n)) visit(child, `${where}.${key}`);
    };
    let walked = 0;
    for (const route of ctx.app.accessTable) {
      for (const [part, schema] of Object.entries(route.schemas)) {
        if (!(schema instanceof z.ZodType)) continue;
        walked++;
        visit(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', cycles: 'ref' }), `${route.method} ${route.url} ${part}`);
      }
    }
    expect(walked).toBeGreaterThan(60);
    expect(unguarded).toEqual([]);
  });

  it('the guard itself: tab and newline pass, NUL, other C0 and C1 controls and DEL do not', () => {
    for (const ok of ['Tổ 5\tkhu phố 2', 'dòng một\ndòng hai', 'Nguyễn Văn A']) expect(NO_CONTROL_CHARS.test(ok), JSON.stringify(ok)).toBe(true);
    for (const bad of ['a\u0000', '\u0001', 'a\rb', '\u001b[31m', 'x\u007f', '\u0085', '\u009f']) expect(NO_CONTROL_CHARS.test(bad), JSON.stringify(bad)).toBe(false);
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
