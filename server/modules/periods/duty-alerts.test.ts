import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchKey } from '@core/domain/text/normalize';
import { bool } from '../../db/database';
import { ManualClock } from '../../platform/clock';
import { systemMeta } from '../../platform/context';
import { unitId, userAt } from '../../test/factories';
import { createTestContext, ENGINE, type Session, type TestContext } from '../../test/support';
import { raiseAlert } from '../alerts/alerts.service';

type Assignment = { id: number; officer: number; role: string; start: string; end: string };

// Wednesday 25/11/2026 06:00 in Vietnam: the ward office's day shift starts at 07:00. The app's own job runner polls
// with this clock too, so the clock only moves forward past a due time once the test has set up what it checks.
const clock = new ManualClock('2026-11-24T23:00:00Z');
let ctx: TestContext;
let admin: Session;
let periodId: number;
let ward: number;
const officers: Record<string, { officerId: number; accountId: number }> = {};

/** An officer of a unit with one duty role and an account (ward_officer there) linked to him. */
async function officerWithAccount(username: string, unitCode: string, dutyRole: string) {
  const now = ctx.db.clock.nowIso();
  const unit = await unitId(ctx, unitCode);
  const o = await ctx.db.kysely
    .insertInto('officers')
    .values({ full_name: `Cán bộ ${username}`, name_key: searchKey(`Cán bộ ${username}`), unit_id: unit, position: 'Công chức', phones: JSON.stringify(['+84968000111']), email: null, active: bool(true), created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await ctx.db.kysely.insertInto('officer_duty_roles').values({ officer_id: o.id, role: dutyRole }).execute();
  await userAt(ctx, username, unitCode, 'ward_officer');
  const account = await ctx.db.kysely.updateTable('accounts').set({ officer_id: o.id }).where('username', '=', username).returning('id').executeTakeFirstOrThrow();
  officers[username] = { officerId: o.id, accountId: account.id };
}

const alertsOf = (kind: string) =>
  ctx.db.kysely
    .selectFrom('alerts as a')
    .innerJoin('alert_deliveries as d', 'd.alert_id', 'a.id')
    .innerJoin('accounts as u', 'u.id', 'd.account_id')
    .select(['a.id', 'a.title', 'a.body', 'a.subject_id', 'u.username', 'd.must_ack'])
    .where('a.kind', '=', kind)
    .orderBy('a.id')
    .orderBy('u.username')
    .execute();

beforeAll(async () => {
  ctx = await createTestContext({ clock });
  admin = await ctx.login('admin');
  ward = await unitId(ctx, 'BN-TP-P-VUNINH');
  await officerWithAccount('vn.an', 'BN-TP-P-VUNINH', 'xu_ly_don');
  await officerWithAccount('vn.binh', 'BN-TP-P-VUNINH', 'xu_ly_don');
  await officerWithAccount('vn.cuong', 'BN-TP-P-VUNINH', 'xu_ly_don');
  const place = await ctx.db.kysely.selectFrom('places').select('id').where('unit_id', '=', ward).where('kind', '=', 'ward_office').executeTakeFirstOrThrow();
  // The city's plan staffs the ward office with its chairman leading the shift and two officers.
  const created = await admin.post('/api/periods', {
    unitId: await unitId(ctx, 'BN-TP'), kind: 'heightened', name: 'Trực tăng cường phường Vũ Ninh',
    startsAt: '2026-11-25T00:00:00+07:00', endsAt: '2026-11-26T00:00:00+07:00', unitIds: [ward],
    places: [{ placeId: place.id, pattern: 'day_only', firstStartHour: 7, dayHours: 10, includeDaysOff: true, requirements: [{ role: 'lanh_dao_tiep', count: 1 }, { role: 'xu_ly_don', count: 2 }] }],
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  periodId = created.json<{ id: number }>().id;
  expect((await admin.post(`/api/periods/${periodId}/roster/solve`)).status).toBe(200);
});
afterAll(async () => ctx?.close());

describe(`roster alerts (${ENGINE})`, () => {
  it('publishing tells each officer with an account his shifts, in one alert each', async () => {
    expect(await alertsOf('roster.published')).toEqual([]);
    expect((await admin.post(`/api/periods/${periodId}/roster/publish`)).status).toBe(200);
    const told = await alertsOf('roster.published');
    expect(told.map((t) => t.username)).toEqual(['chutich.vuninh', 'vn.an', 'vn.binh']);
    expect(told[1]?.title).toBe('Lịch trực «Trực tăng cường phường Vũ Ninh»: bạn có 1 ca');
    expect(told[1]?.body).toContain('25/11/2026 07:00 – 25/11/2026 17:00');
    expect(told[1]?.body).toContain('Xử lý đơn');
    const jobs = await ctx.db.kysely.selectFrom('jobs').select('run_at').where('kind', '=', 'roster.check_in_due').execute();
    expect(jobs.map((j) => new Date(j.run_at).toISOString())).toEqual(Array(3).fill('2026-11-25T00:15:00.000Z'));
  });

  it('a shift not checked in within the grace is reported to the shift leader, the leader’s own to the city; a checked-in one to nobody', async () => {
    clock.set('2026-11-25T00:05:00Z');
    const roster = (await admin.get(`/api/periods/${periodId}/roster`)).json<{ assignments: Assignment[] }>().assignments;
    const an = roster.find((a) => a.officer === officers['vn.an']?.officerId) as Assignment;
    const binh = roster.find((a) => a.officer === officers['vn.binh']?.officerId) as Assignment;
    const chair = roster.find((a) => a.role === 'lanh_dao_tiep') as Assignment;
    expect((await (await ctx.login('vn.an')).post(`/api/roster/assignments/${an.id}/check-in`)).status).toBe(200);
    clock.set('2026-11-25T00:14:00Z');
    await ctx.app.alerts.jobs.runDue();
    expect(await alertsOf('roster.missed_check_in')).toEqual([]);
    clock.set('2026-11-25T00:16:00Z');
    await Promise.all([ctx.app.alerts.jobs.runDue(), ctx.app.alerts.jobs.runDue()]);
    const missed = await alertsOf('roster.missed_check_in');
    const to = (id: number) => missed.filter((m) => m.subject_id === id).map((m) => m.username);
    expect(to(binh.id)).toEqual(['chutich.vuninh']);
    expect(to(chair.id)).toEqual(['lanhdao', 'phochutich']);
    expect(to(an.id)).toEqual([]);
    const aboutBinh = missed.find((m) => m.subject_id === binh.id);
    expect(aboutBinh?.title).toBe('Chưa nhận ca: Cán bộ vn.binh — Nơi tiếp công dân UBND phường Vũ Ninh');
    expect(aboutBinh?.body).toContain('chưa nhận ca sau 15 phút. Điện thoại: +84968000111.');
    // Run again (another instance, a restart): each shift is reported once.
    await ctx.db.kysely.updateTable('jobs').set({ done_at: null, run_at: clock.nowIso() }).where('kind', '=', 'roster.check_in_due').execute();
    await ctx.app.alerts.jobs.runDue();
    expect(await alertsOf('roster.missed_check_in')).toHaveLength(missed.length);
  });

  it('an approved swap tells the new officer and watches his check-in afresh', async () => {
    clock.set('2026-11-25T00:20:00Z');
    const binh = (await admin.get(`/api/periods/${periodId}/roster`)).json<{ assignments: Assignment[] }>().assignments.find((a) => a.officer === officers['vn.binh']?.officerId) as Assignment;
    const swap = await admin.post(`/api/roster/assignments/${binh.id}/swaps`, { toOfficerId: officers['vn.cuong']?.officerId, reason: 'Ốm' });
    expect(swap.status, JSON.stringify(swap.body)).toBe(201);
    expect((await admin.post(`/api/roster/swaps/${swap.json<{ id: number }>().id}/decision`, { version: 1, approve: true })).status).toBe(200);
    expect((await alertsOf('roster.published')).filter((a) => a.username === 'vn.cuong')).toHaveLength(1);
    await ctx.app.alerts.jobs.runDue();
    const about = (await alertsOf('roster.missed_check_in')).filter((a) => a.subject_id === binh.id);
    expect(about.map((a) => [a.title, a.username])).toEqual([
      ['Chưa nhận ca: Cán bộ vn.binh — Nơi tiếp công dân UBND phường Vũ Ninh', 'chutich.vuninh'],
      ['Chưa nhận ca: Cán bộ vn.cuong — Nơi tiếp công dân UBND phường Vũ Ninh', 'chutich.vuninh'],
    ]);
  });

  it('routes "a role at a unit" to the holders on duty by the roster, and to all holders outside it', async () => {
    clock.set('2026-11-25T01:00:00Z');
    const recipients = async () => {
      const { alertId } = await ctx.db.transaction((tx) =>
        raiseAlert(tx, ctx.db, systemMeta('test'), { kind: 'test', urgent: false, title: 'Kiểm tra', body: '', unitId: ward, targets: [{ unitId: ward, role: 'ward_officer', mustAck: false }], ackSeconds: null, escalation: [], channels: [], createdBy: null }),
      );
      const rows = await ctx.db.kysely.selectFrom('alert_deliveries as d').innerJoin('accounts as a', 'a.id', 'd.account_id').select('a.username').where('d.alert_id', '=', alertId).orderBy('a.username').execute();
      return rows.map((r) => r.username);
    };
    expect(await recipients()).toEqual(['vn.an', 'vn.cuong']);
    clock.set('2026-11-25T11:00:00Z');
    expect(await recipients()).toEqual(['canbo2dv', 'vn.an', 'vn.binh', 'vn.cuong']);
  });

  it("the roster's audit rows carry the unit owning them: a ward's auditor sees its office's shifts, not the city's plan", async () => {
    const wardAuditor = await userAt(ctx, 'kt.vuninh', 'BN-TP-P-VUNINH', 'inspectorate');
    const seen = async (s: Session, entity: string) => (await s.get(`/api/audit?entity=${entity}&pageSize=100`)).json<{ items: { action: string }[] }>().items.map((i) => i.action);
    expect(await seen(wardAuditor, 'roster_assignment')).toContain('roster_assignment.checked_in');
    expect(await seen(wardAuditor, 'period')).toEqual([]);
    const city = await ctx.login('thanhtra');
    expect(await seen(city, 'period')).toEqual(expect.arrayContaining(['period.created', 'roster.solved', 'roster.published']));
    expect(await seen(city, 'roster_assignment')).toContain('roster_assignment.checked_in');
  });
});
