import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TAlertDelivery } from '@core/schemas/alerts';
import { ManualClock } from '../../platform/clock';
import { systemMeta } from '../../platform/context';
import { createTestContext, type Session, type TestContext } from '../../test/support';
import { openSse, type SseClient } from '../../test/sse';
import { alertsCommitted, raiseAlert, type RaiseAlert } from './alerts.service';

let ctx: TestContext;
let base: string;
const clock = new ManualClock('2021-10-25T02:00:00Z');
const sessions: Record<string, Session> = {};
const units: Record<string, number> = {};

beforeAll(async () => {
  ctx = await createTestContext({ clock });
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  const address = ctx.app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  for (const u of ['congan', 'tiepdan', 'lanhdao', 'thanhtra', 'suoihoa']) sessions[u] = await ctx.login(u);
  for (const r of await ctx.db.kysely.selectFrom('units').select(['id', 'code']).execute()) units[r.code] = r.id;
});
afterAll(async () => ctx.close());

const stream = (user: string, lastEventId?: string): SseClient =>
  openSse(`${base}/api/alerts/stream`, { cookie: (sessions[user] as Session).cookie, ...(lastEventId ? { 'last-event-id': lastEventId } : {}) });

function alert(title: string, over: Partial<RaiseAlert> = {}): RaiseAlert {
  return {
    kind: 'test', urgent: true, title, body: `${title} — nội dung`, unitId: units['BN-TP'] as number,
    targets: [{ unitId: units['BN-TP-CA'] as number, role: 'police_liaison', mustAck: true }],
    ackSeconds: null, escalation: [], channels: [], createdBy: null, ...over,
  };
}

async function raise(input: RaiseAlert): Promise<number> {
  const { alertId } = await ctx.db.transaction((tx) => raiseAlert(tx, ctx.db, systemMeta('test'), input));
  alertsCommitted(ctx.db);
  return alertId;
}

const payload = (e: { data: string }) => JSON.parse(e.data) as TAlertDelivery;
const titled = (title: string) => (e: { data: string }) => payload(e).title === title;

describe('alert stream', () => {
  it('answers 401 without a session and streams text/event-stream with one', async () => {
    const anon = openSse(`${base}/api/alerts/stream`, {});
    expect(await anon.status).toBe(401);
    anon.close();
    const s = stream('congan');
    expect(await s.status).toBe(200);
    s.close();
  });

  it('delivers an alert to the users its targets name, within a second, and to no one else', async () => {
    const police = stream('congan');
    const reception = stream('tiepdan');
    await Promise.all([police.status, reception.status]);
    const started = performance.now();
    const id = await raise(alert('Đoàn đông người tại trụ sở'));
    const got = await police.next(titled('Đoàn đông người tại trụ sở'), 1000);
    expect(got.at - started).toBeLessThan(1000);
    expect(payload(got)).toMatchObject({ alertId: id, mustAck: true, level: 0, role: 'police_liaison' });
    expect(got.event).toBe('alert');
    expect(Number(got.id)).toBe(payload(got).seq);
    await raise(alert('Chỉ cho Ban tiếp công dân', { targets: [{ unitId: units['BN-TP'] as number, role: 'reception_officer', mustAck: false }] }));
    const first = await reception.next();
    expect(payload(first).title).toBe('Chỉ cho Ban tiếp công dân');
    police.close();
    reception.close();
  });

  it('never delivers an alert raised in a transaction that rolled back', async () => {
    const police = stream('congan');
    await police.status;
    await expect(
      ctx.db.transaction(async (tx) => {
        await raiseAlert(tx, ctx.db, systemMeta('test'), alert('Bị hủy'));
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    alertsCommitted(ctx.db);
    await raise(alert('Sau khi hủy'));
    await police.next(titled('Sau khi hủy'));
    expect(police.events.map((e) => payload(e).title)).not.toContain('Bị hủy');
    const rows = await ctx.db.kysely.selectFrom('alerts').select('title').where('title', '=', 'Bị hủy').execute();
    expect(rows).toEqual([]);
    police.close();
  });

  it('a browser reconnecting with Last-Event-ID receives every alert it missed, in order, once', async () => {
    const first = stream('congan');
    await first.status;
    await raise(alert('Trước khi mất kết nối'));
    const seen = await first.next(titled('Trước khi mất kết nối'));
    first.close();
    await raise(alert('Lỡ 1'));
    await raise(alert('Lỡ 2'));
    const again = stream('congan', seen.id ?? '');
    await again.status;
    const a = await again.next();
    const b = await again.next();
    expect([payload(a).title, payload(b).title]).toEqual(['Lỡ 1', 'Lỡ 2']);
    expect(Number(b.id)).toBeGreaterThan(Number(a.id));
    expect(Number(a.id)).toBeGreaterThan(Number(seen.id));
    await raise(alert('Sau khi nối lại'));
    const c = await again.next();
    expect(payload(c).title).toBe('Sau khi nối lại');
    expect(again.events.filter((e) => payload(e).title === 'Lỡ 1')).toHaveLength(1);
    again.close();
  });

  it('a browser opening afresh rings for what its user has not acknowledged', async () => {
    await raise(alert('Chưa xác nhận', { targets: [{ unitId: units['BN-TP-P-SUOIHOA'] as number, role: 'ward_officer', mustAck: true }] }));
    const s = stream('suoihoa');
    const e = await s.next(titled('Chưa xác nhận'));
    expect(payload(e).ackedByMe).toBeNull();
    s.close();
  });
});

describe('notification centre and acknowledgement', () => {
  it('lists my alerts newest first, acknowledges once, and refuses an alert not sent to me', async () => {
    const id = await raise(alert('Cần xác nhận', { targets: [{ unitId: units['BN-TP'] as number, role: 'inspectorate', mustAck: true }] }));
    const me = sessions.thanhtra as Session;
    const before = (await me.get('/api/alerts?unacknowledged=true')).json<{ items: TAlertDelivery[]; unacknowledged: number }>();
    expect(before.items[0]?.alertId).toBe(id);
    expect(before.unacknowledged).toBeGreaterThanOrEqual(1);
    expect((await (sessions.tiepdan as Session).post(`/api/alerts/${id}/ack`, {})).status).toBe(404);
    const ack = await me.post(`/api/alerts/${id}/ack`, { note: 'Đã nắm tình hình' });
    expect(ack.status).toBe(200);
    expect(ack.json().alertAckedAt).toBeTruthy();
    const again = await me.post(`/api/alerts/${id}/ack`, {});
    expect(again.json().ackedAt).toBe(ack.json().ackedAt);
    const after = (await me.get('/api/alerts?unacknowledged=true')).json<{ items: TAlertDelivery[] }>();
    expect(after.items.map((i) => i.alertId)).not.toContain(id);
    const audit = await ctx.db.kysely.selectFrom('audit_log').select('action').where('entity', '=', 'alert').where('entity_id', '=', String(id)).execute();
    expect(audit.map((a) => a.action)).toEqual(['alert.raised', 'alert.acknowledged']);
  });
});

describe('escalation', () => {
  const chain = () => [
    [{ unitId: units['BN-TP'] as number, role: 'leader' as const, rank: 'head' as const }],
    [{ unitId: units['BN-TP'] as number, role: 'inspectorate' as const }],
  ];
  const deliveries = (alertId: number) =>
    ctx.db.kysely.selectFrom('alert_deliveries as d').innerJoin('accounts as a', 'a.id', 'd.account_id').select(['a.username', 'd.level']).where('d.alert_id', '=', alertId).orderBy('d.seq').execute();

  it('escalates level by level when nobody acknowledges in time, and stops at an acknowledgement', async () => {
    const id = await raise(alert('Quá hạn xác nhận', { ackSeconds: 300, escalation: chain() }));
    clock.advance(299_000);
    await ctx.app.alerts.jobs.runDue();
    expect(await deliveries(id)).toEqual([{ username: 'congan', level: 0 }]);
    const leader = stream('lanhdao');
    await leader.status;
    clock.advance(2_000);
    await ctx.app.alerts.jobs.runDue();
    expect(await deliveries(id)).toEqual([{ username: 'congan', level: 0 }, { username: 'lanhdao', level: 1 }]);
    const rang = await leader.next(titled('Quá hạn xác nhận'));
    expect(payload(rang)).toMatchObject({ level: 1, mustAck: true });
    leader.close();
    expect((await (sessions.lanhdao as Session).post(`/api/alerts/${id}/ack`, {})).status).toBe(200);
    clock.advance(301_000);
    await ctx.app.alerts.jobs.runDue();
    expect((await deliveries(id)).map((d) => d.level)).toEqual([0, 1]);
  });

  it('does not escalate an alert acknowledged before its deadline; runs each escalation once', async () => {
    const acked = await raise(alert('Đã xác nhận kịp', { ackSeconds: 300, escalation: chain() }));
    await (sessions.congan as Session).post(`/api/alerts/${acked}/ack`, {});
    const missed = await raise(alert('Không ai xác nhận', { ackSeconds: 300, escalation: chain() }));
    clock.advance(301_000);
    await Promise.all([ctx.app.alerts.jobs.runDue(), ctx.app.alerts.jobs.runDue()]);
    clock.advance(301_000);
    await ctx.app.alerts.jobs.runDue();
    await ctx.app.alerts.jobs.runDue();
    expect((await deliveries(acked)).map((d) => d.level)).toEqual([0]);
    expect(await deliveries(missed)).toEqual([
      { username: 'congan', level: 0 },
      { username: 'lanhdao', level: 1 },
      { username: 'thanhtra', level: 2 },
    ]);
    const jobs = await ctx.db.kysely.selectFrom('jobs').select(['done_at']).where('kind', '=', 'alert.escalate').where('payload', 'like', `{"alertId":${missed},%`).execute();
    expect(jobs).toHaveLength(2);
    expect(jobs.every((j) => j.done_at !== null)).toBe(true);
  });
});
