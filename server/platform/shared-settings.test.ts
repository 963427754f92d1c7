import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userAt } from '../test/factories';
import { createTestContext, ENGINE, type Session, type TestContext } from '../test/support';

/**
 * Settings that apply to every unit — the work calendar's holiday schedules, the shared catalogues, the reading of
 * "ngày" in the deadline rules — are changed only by an administrator whose role is held at the root (issue 7 §7).
 * An administrator of a ward or of the city administers his units, not the whole country's calendar.
 */
let ctx: TestContext;
let province: Session;
let lower: Session[];

const SCHEDULE = { year: 2099, documentNumber: '1/TB-BNV', issuer: 'Bộ Nội vụ', daysOff: [{ date: '2099-01-01', name: 'Tết Dương lịch', kind: 'holiday' }] };

beforeAll(async () => {
  ctx = await createTestContext();
  province = await ctx.login('admin');
  lower = [await userAt(ctx, 'qt.phuong', 'BN-TP-P-SUOIHOA'), await userAt(ctx, 'qt.thanhpho', 'BN-TP')];
});
afterAll(async () => ctx?.close());

describe(`settings for every unit (${ENGINE})`, () => {
  it('a holiday schedule is entered and edited only by the whole tree’s administrator', async () => {
    for (const s of lower) {
      const r = await s.post('/api/calendar/schedules', SCHEDULE);
      expect(r.status, s.username).toBe(403);
      expect(r.json<{ code: string }>().code).toBe('FORBIDDEN');
    }
    expect(await ctx.db.kysely.selectFrom('holiday_schedules').select('id').where('year', '=', 2099).execute()).toHaveLength(0);
    const created = await province.post('/api/calendar/schedules', SCHEDULE);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    for (const s of lower) {
      expect((await s.patch('/api/calendar/schedules/2099', { version: 1, documentNumber: '2/TB-BNV' })).status, s.username).toBe(403);
      const listed = (await s.get('/api/calendar/schedules')).json<{ items: { year: number; source: string; actions: string[] }[] }>().items;
      expect(listed.find((i) => i.year === 2099 && i.source === 'entered')?.actions).toEqual([]);
    }
    expect((await province.patch('/api/calendar/schedules/2099', { version: 1, documentNumber: '2/TB-BNV' })).status).toBe(200);
  });

  it('a catalogue entry used by every unit is added and edited only by the whole tree’s administrator', async () => {
    for (const s of lower) expect((await s.post('/api/catalogs/duty_role/entries', { code: 'truc_dem', vi: 'Trực đêm' })).status, s.username).toBe(403);
    expect(await ctx.db.kysely.selectFrom('catalog_entries').select('id').where('code', '=', 'truc_dem').execute()).toHaveLength(0);
    expect((await province.post('/api/catalogs/duty_role/entries', { code: 'truc_dem', vi: 'Trực đêm' })).status).toBe(201);
    for (const s of lower) expect((await s.patch('/api/catalogs/duty_role/entries/truc_dem', { version: 1, active: false })).status, s.username).toBe(403);
    expect((await province.patch('/api/catalogs/duty_role/entries/truc_dem', { version: 1, vi: 'Trực ban đêm' })).status).toBe(200);
  });

  it('the reading of "ngày" in a rule set is set only by the whole tree’s administrator', async () => {
    for (const s of lower) {
      const r = await s.request('PUT', '/api/deadlines/readings/kntc-2019-tt07', { unit: 'working', instruction: 'Công văn 1/TTCP', version: 0 });
      expect(r.status, s.username).toBe(403);
    }
    expect((await province.request('PUT', '/api/deadlines/readings/kntc-2019-tt07', { unit: 'working', instruction: 'Công văn 1/TTCP', version: 0 })).status).toBe(200);
  });
});
