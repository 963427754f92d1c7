import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock';
import { createTestContext, ENGINE, type TestContext } from '../../test/support';

// The clock stands still unless a test moves it: TOTP steps and throttle windows are then the test's to choose.
const clock = new ManualClock(new Date());
const code = (secret: string) => generate({ secret, epoch: Math.floor(clock.nowMs() / 1000) });

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ clock });
});
afterAll(async () => ctx?.close());

describe(`accounts and security (${ENGINE})`, () => {
  it('locks a username after 5 failures, the same way whether or not it exists', async () => {
    for (const username of ['thanhtra', 'khong.ton.tai']) {
      for (let i = 0; i < 5; i++) {
        const r = await ctx.anonymous('POST', '/api/auth/login', { username, password: 'sai' });
        expect(r.json<{ code: string }>().code).toBe('AUTH_INVALID');
      }
      const locked = await ctx.anonymous('POST', '/api/auth/login', { username, password: 'demo' });
      expect(locked.status).toBe(401);
      expect(locked.json<{ code: string }>().code).toBe('AUTH_LOCKED');
    }
  });

  it('an administrator unlocks a locked account', async () => {
    const admin = await ctx.login('admin');
    const account = (await admin.get('/api/accounts?q=thanhtra')).json<{ items: { id: number; locked: boolean; actions: string[] }[] }>().items[0];
    expect(account).toMatchObject({ locked: true });
    expect(account?.actions).toContain('unlock');
    expect((await admin.post(`/api/accounts/${account?.id}/unlock`)).status).toBe(200);
    expect((await ctx.anonymous('POST', '/api/auth/login', { username: 'thanhtra', password: 'demo' })).status).toBe(200);
  });

  it('password change checks the current password and strength, then works', async () => {
    const s = await ctx.login('xulydon');
    expect((await s.post('/api/me/password', { currentPassword: 'sai', newPassword: 'MatKhauMoi1' })).json<{ code: string }>().code).toBe('PASSWORD_WRONG');
    expect((await s.post('/api/me/password', { currentPassword: 'demo', newPassword: 'ngan' })).json<{ code: string }>().code).toBe('PASSWORD_WEAK');
    expect((await s.post('/api/me/password', { currentPassword: 'demo', newPassword: 'MatKhauMoi1' })).status).toBe(204);
    expect((await ctx.anonymous('POST', '/api/auth/login', { username: 'xulydon', password: 'demo' })).status).toBe(401);
    expect((await ctx.anonymous('POST', '/api/auth/login', { username: 'xulydon', password: 'MatKhauMoi1' })).status).toBe(200);
  });

  it('an admin reset forces a password change before anything else', async () => {
    const admin = await ctx.login('admin');
    const target = (await admin.get('/api/accounts?q=giaiquyet')).json<{ items: { id: number }[] }>().items[0];
    expect((await admin.post(`/api/accounts/${target?.id}/reset-password`, { newPassword: 'TamThoi2021' })).status).toBe(200);
    const s = await ctx.login('giaiquyet', 'TamThoi2021');
    expect((await s.get('/api/me')).json<{ mustChangePassword: boolean }>().mustChangePassword).toBe(true);
    expect((await s.get('/api/units')).status).toBe(403);
    expect((await s.post('/api/me/password', { currentPassword: 'TamThoi2021', newPassword: 'GiaiQuyet2021' })).status).toBe(204);
    expect((await s.get('/api/units')).status).toBe(200);
  });

  it('TOTP: setup, enable with a valid code, then required at login', async () => {
    const s = await ctx.login('tiepdan');
    const setup = (await s.post('/api/me/totp/setup', { password: 'demo' })).json<{ secret: string; otpauthUrl: string }>();
    expect(setup.otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
    expect((await s.post('/api/me/totp/enable', { password: 'demo', token: '000000' })).status).toBe(401);
    const token = await code(setup.secret);
    expect((await s.post('/api/me/totp/enable', { password: 'demo', token })).json<{ totpEnabled: boolean }>().totpEnabled).toBe(true);
    clock.advance(30_000);
    const without = await ctx.anonymous('POST', '/api/auth/login', { username: 'tiepdan', password: 'demo' });
    expect(without.json<{ code: string }>().code).toBe('AUTH_TOTP_REQUIRED');
    const withCode = await ctx.anonymous('POST', '/api/auth/login', { username: 'tiepdan', password: 'demo', totp: await code(setup.secret) });
    expect(withCode.status).toBe(200);
  });

  it('switches the active unit of a multi-unit user, and refuses a unit he has no role in', async () => {
    const s = await ctx.login('canbo2dv');
    const me = (await s.get('/api/me')).json<{ activeUnitId: number; assignments: { unitId: number; unitName: string }[] }>();
    const other = me.assignments.find((a) => a.unitId !== me.activeUnitId);
    expect(other).toBeDefined();
    const switched = (await s.put('/api/me/active-unit', { unitId: other?.unitId })).json<{ activeUnitId: number }>();
    expect(switched.activeUnitId).toBe(other?.unitId);
    const tree = (await s.get('/api/units')).json<{ items: { name: string }[] }>().items.map((u) => u.name);
    expect(tree).toEqual([other?.unitName]);
    expect((await s.put('/api/me/active-unit', { unitId: 1 })).status).toBe(403);
  });

  it('a deactivated account loses its open sessions at once', async () => {
    const victim = await ctx.login('xem');
    const admin = await ctx.login('admin');
    const account = (await admin.get('/api/accounts?q=xem')).json<{ items: { id: number; version: number; username: string }[] }>().items.find((a) => a.username === 'xem');
    expect((await admin.patch(`/api/accounts/${account?.id}`, { version: account?.version, active: false })).status).toBe(200);
    expect((await victim.get('/api/me')).status).toBe(401);
  });
});
