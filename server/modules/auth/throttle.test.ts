import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock';
import { createTestContext, ENGINE, type Session, type TestContext } from '../../test/support';
import { SOURCE_LIMIT, USER_FREE, USER_MAX_DELAY_S } from './throttle';

// The clock stands still unless a test moves it: TOTP steps and throttle windows are then the test's to choose.
const clock = new ManualClock(new Date());
const code = (secret: string) => generate({ secret, epoch: Math.floor(clock.nowMs() / 1000) });

let ctx: TestContext;
let admin: Session;
beforeAll(async () => {
  ctx = await createTestContext({ clock });
  admin = await ctx.login('admin');
});
afterAll(async () => ctx?.close());

const login = (username: string, password: string, extra: { totp?: string; from?: string } = {}) =>
  ctx.app
    .inject({ method: 'POST', url: '/api/auth/login', remoteAddress: extra.from ?? '127.0.0.1', payload: { username, password, ...(extra.totp ? { totp: extra.totp } : {}) } })
    .then((r) => ({ status: r.statusCode, code: (r.json() as { code?: string }).code }));

const failedChecks = async (action: 'auth.login_failed' | 'auth.reauth_failed', actorName: string) =>
  (await ctx.db.kysely.selectFrom('audit_log').select('id').where('action', '=', action).where('actor_name', '=', actorName).execute()).length;

/**
 * An account made for one test, signed in from its own desk address (the login route's per-address rate limit
 * would otherwise count every test's sign-ins together). Its first session may only change the password and
 * manage its own second factor, which is all these tests need.
 */
let desks = 0;
async function freshAccount(username: string): Promise<{ id: number; session: Session }> {
  const created = await admin.post('/api/accounts', { username, password: 'TamThoi2021', fullName: 'Tài Khoản Thử', assignments: [{ unitId: 1, role: 'read_only' }] });
  expect(created.status).toBe(201);
  return { id: created.json<{ id: number }>().id, session: await ctx.login(username, 'TamThoi2021', `192.0.2.${++desks}`) };
}

describe(`re-authentication, second factor and throttling (${ENGINE})`, () => {
  it('TOTP setup, enable, disable and password change each need the current password', async () => {
    const { session: s } = await freshAccount('reauth.can');
    expect((await s.post('/api/me/totp/setup')).status).toBe(400);
    const wrongSetup = await s.post('/api/me/totp/setup', { password: 'sai' });
    expect(wrongSetup.status).toBe(400);
    expect(wrongSetup.json<{ code: string; fields: Record<string, string> }>()).toMatchObject({ code: 'PASSWORD_WRONG', fields: { password: 'Mật khẩu hiện tại không đúng' } });
    const setup = (await s.post('/api/me/totp/setup', { password: 'TamThoi2021' })).json<{ secret: string }>();
    expect(setup.secret).toBeTruthy();
    expect((await s.post('/api/me/totp/enable', { token: await code(setup.secret) })).status).toBe(400);
    expect((await s.post('/api/me/totp/enable', { password: 'sai', token: await code(setup.secret) })).json<{ code: string }>().code).toBe('PASSWORD_WRONG');
    expect((await s.post('/api/me/totp/enable', { password: 'TamThoi2021', token: await code(setup.secret) })).status).toBe(200);
    expect((await s.post('/api/me/totp/disable', { password: 'sai' })).json<{ code: string }>().code).toBe('PASSWORD_WRONG');
    expect((await s.post('/api/me/totp/disable', { password: 'TamThoi2021' })).json<{ totpEnabled: boolean }>().totpEnabled).toBe(false);
    expect((await s.post('/api/me/password', { currentPassword: 'sai', newPassword: 'MoiHon2021' })).json<{ code: string }>().code).toBe('PASSWORD_WRONG');
    expect(await failedChecks('auth.reauth_failed', 'reauth.can')).toBe(4);
  });

  it('a TOTP code is accepted once in its time step, even by two logins at the same moment', async () => {
    const { session: s } = await freshAccount('totp.mot.lan');
    const { secret } = (await s.post('/api/me/totp/setup', { password: 'TamThoi2021' })).json<{ secret: string }>();
    const enrolment = await code(secret);
    expect((await s.post('/api/me/totp/enable', { password: 'TamThoi2021', token: enrolment })).status).toBe(200);
    // The code that enrolled cannot sign in.
    expect(await login('totp.mot.lan', 'TamThoi2021', { totp: enrolment, from: '192.0.2.50' })).toEqual({ status: 401, code: 'AUTH_TOTP_INVALID' });
    clock.advance(30_000);
    const next = await code(secret);
    const both = await Promise.all([login('totp.mot.lan', 'TamThoi2021', { totp: next, from: '192.0.2.50' }), login('totp.mot.lan', 'TamThoi2021', { totp: next, from: '192.0.2.50' })]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 401]);
    expect(await login('totp.mot.lan', 'TamThoi2021', { totp: next, from: '192.0.2.50' })).toEqual({ status: 401, code: 'AUTH_TOTP_INVALID' });
    clock.advance(30_000);
    expect((await login('totp.mot.lan', 'TamThoi2021', { totp: await code(secret), from: '192.0.2.50' })).status).toBe(200);
  });

  it("an administrator's password reset clears the second factor, so the user signs in and enrols again (audited)", async () => {
    const { id, session: s } = await freshAccount('mat.dien.thoai');
    const { secret } = (await s.post('/api/me/totp/setup', { password: 'TamThoi2021' })).json<{ secret: string }>();
    expect((await s.post('/api/me/totp/enable', { password: 'TamThoi2021', token: await code(secret) })).status).toBe(200);
    const reset = await admin.post(`/api/accounts/${id}/reset-password`, { newPassword: 'DatLai2021' });
    expect(reset.json<{ totpEnabled: boolean; mustChangePassword: boolean }>()).toMatchObject({ totpEnabled: false, mustChangePassword: true });
    const again = await ctx.login('mat.dien.thoai', 'DatLai2021', '192.0.2.100');
    const enrol = (await again.post('/api/me/totp/setup', { password: 'DatLai2021' })).json<{ secret: string }>();
    expect(enrol.secret).not.toBe(secret);
    const audit = await ctx.db.kysely.selectFrom('audit_log').select(['before', 'after']).where('action', '=', 'account.password_reset').where('entity_id', '=', String(id)).executeTakeFirstOrThrow();
    const parsed = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as Record<string, unknown>;
    expect(parsed(audit.before)).toMatchObject({ totpEnabled: true });
    expect(parsed(audit.after)).toMatchObject({ totpEnabled: false });
  });

  it('wrong passwords from another address do not lock the user out at his own desk', async () => {
    await freshAccount('ban.lam.viec');
    for (let i = 0; i < SOURCE_LIMIT; i++) expect((await login('ban.lam.viec', 'sai', { from: '203.0.113.7' })).code).toBe('AUTH_INVALID');
    expect((await login('ban.lam.viec', 'TamThoi2021', { from: '203.0.113.7' })).code).toBe('AUTH_LOCKED');
    expect((await login('ban.lam.viec', 'TamThoi2021', { from: '10.1.2.3' })).status).toBe(200);
  });

  it('guessing spread over many addresses slows to one try per interval, and the user waits at most that interval', async () => {
    await freshAccount('nhieu.nguon');
    // USER_FREE failures, from addresses that each stay under their own limit.
    for (let i = 0; i < USER_FREE; i++) expect((await login('nhieu.nguon', 'sai', { from: `198.51.100.${i}` })).code).toBe('AUTH_INVALID');
    expect((await login('nhieu.nguon', 'sai', { from: '198.51.100.200' })).code).toBe('AUTH_INVALID');
    expect((await login('nhieu.nguon', 'sai', { from: '198.51.100.201' })).code).toBe('AUTH_LOCKED');
    expect((await login('nhieu.nguon', 'TamThoi2021', { from: '10.9.9.9' })).code).toBe('AUTH_LOCKED');
    clock.advance(USER_MAX_DELAY_S * 1000);
    expect((await login('nhieu.nguon', 'TamThoi2021', { from: '10.9.9.9' })).status).toBe(200);
  });

  it('20 parallel wrong passwords: only the first attempts are checked, the rest refused unchecked', async () => {
    await freshAccount('song.song');
    const results = await Promise.all(Array.from({ length: 20 }, () => login('song.song', 'sai', { from: '192.0.2.51' })));
    expect(results.filter((r) => r.code === 'AUTH_INVALID')).toHaveLength(SOURCE_LIMIT);
    expect(results.filter((r) => r.code === 'AUTH_LOCKED')).toHaveLength(20 - SOURCE_LIMIT);
    expect(await failedChecks('auth.login_failed', 'song.song')).toBe(SOURCE_LIMIT);
  });

  it('the current password of a password change or of removing the second factor is throttled like a login', async () => {
    const { session: s } = await freshAccount('doi.mat.khau');
    const tries = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? s.post('/api/me/password', { currentPassword: 'sai', newPassword: 'MoiHon2021' }) : s.post('/api/me/totp/disable', { password: 'sai' }))));
    expect(tries.filter((r) => r.json<{ code: string }>().code === 'PASSWORD_WRONG')).toHaveLength(SOURCE_LIMIT);
    expect(tries.filter((r) => r.json<{ code: string }>().code === 'AUTH_LOCKED')).toHaveLength(20 - SOURCE_LIMIT);
    expect(await failedChecks('auth.reauth_failed', 'doi.mat.khau')).toBe(SOURCE_LIMIT);
    // The budget is shared with login: the same source cannot switch to guessing through the login form (the
    // session's requests come from 127.0.0.1).
    expect((await login('doi.mat.khau', 'TamThoi2021')).code).toBe('AUTH_LOCKED');
  });

  it('a write from another site is refused even with a valid session and token; same-origin writes pass', async () => {
    const s = await ctx.login('congan', 'demo', '192.0.2.101');
    const cross = await s.request('PUT', '/api/me/language', { language: 'vi' }, { 'sec-fetch-site': 'cross-site' });
    expect(cross.status).toBe(403);
    expect(cross.json<{ code: string }>().code).toBe('CSRF_INVALID');
    expect((await s.request('PUT', '/api/me/language', { language: 'vi' }, { 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect((await s.request('PUT', '/api/me/language', { language: 'vi' }, { origin: 'https://ke-gia-mao.example' })).status).toBe(403);
    expect((await s.request('PUT', '/api/me/language', { language: 'vi' }, { origin: 'null' })).status).toBe(403);
    expect((await s.request('PUT', '/api/me/language', { language: 'vi' }, { origin: 'http://localhost:80', 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    expect((await s.request('PUT', '/api/me/language', { language: 'vi' }, { origin: 'http://localhost:80' })).status).toBe(200);
    // Reads are not writes; a forged login is a write.
    expect((await s.request('GET', '/api/me', undefined, { 'sec-fetch-site': 'cross-site' })).status).toBe(200);
    const forgedLogin = await ctx.anonymous('POST', '/api/auth/login', { username: 'congan', password: 'demo' }, { origin: 'https://ke-gia-mao.example' });
    expect(forgedLogin.status).toBe(403);
  });
});
