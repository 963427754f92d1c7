import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TAlertDelivery } from '@core/schemas/alerts';
import type { TIncident, TRule } from '@core/schemas/incidents';
import { ManualClock } from '../../platform/clock';
import { createTestContext, type Session, type TestContext } from '../../test/support';
import { openSse } from '../../test/sse';

let ctx: TestContext;
let base: string;
// 25/10/2021 08:30 in Bắc Ninh, in the seed period.
const clock = new ManualClock('2021-10-25T01:30:00Z');
const s: Record<string, Session> = {};
const units: Record<string, number> = {};

beforeAll(async () => {
  ctx = await createTestContext({ clock });
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  const address = ctx.app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  for (const u of ['congan', 'chutich.vuninh', 'chutich.daiphuc', 'lanhdao', 'phochutich', 'suoihoa', 'admin', 'tiepdan']) s[u] = await ctx.login(u);
  for (const r of await ctx.db.kysely.selectFrom('units').select(['id', 'code']).execute()) units[r.code] = r.id;
});
afterAll(async () => ctx.close());

const delegation = (over: Record<string, unknown> = {}) => ({
  kind: 'office_delegation',
  address: 'Trụ sở Tiếp công dân thành phố, phường Suối Hoa',
  occurredAt: '2021-10-25T08:30:00+07:00',
  headCount: 30,
  originWardIds: [units['BN-TP-P-VUNINH']],
  content: 'Công dân kiến nghị về bồi thường giải phóng mặt bằng.',
  reportChannel: 'police',
  ...over,
});

let incident: TIncident;
const DAY = `from=${encodeURIComponent('2021-10-25T00:00:00+07:00')}&to=${encodeURIComponent('2021-10-26T00:00:00+07:00')}`;

const recipients = async (alertId: number) =>
  (await ctx.db.kysely.selectFrom('alert_deliveries as d').innerJoin('accounts as a', 'a.id', 'd.account_id').select(['a.username', 'd.must_ack', 'd.level']).where('d.alert_id', '=', alertId).orderBy('a.username').execute()).map(
    (r) => `${r.username}:${Number(r.must_ack)}:${r.level}`,
  );

describe('incidents: journey 6', () => {
  let alertId: number;

  it('police report a delegation from Vũ Ninh; the ward chairman\'s browser rings within a second; the matrix picks the recipients', async () => {
    const chair = openSse(`${base}/api/alerts/stream`, { cookie: (s['chutich.vuninh'] as Session).cookie });
    const otherWard = openSse(`${base}/api/alerts/stream`, { cookie: (s['chutich.daiphuc'] as Session).cookie });
    expect(await chair.status).toBe(200);
    expect(await otherWard.status).toBe(200);
    const started = performance.now();
    const r = await (s.congan as Session).post('/api/incidents', delegation());
    expect(r.status).toBe(201);
    const body = r.json<{ incident: TIncident; alert: { alertId: number; recipients: number } }>();
    incident = body.incident;
    alertId = body.alert.alertId;
    const e = await chair.next((x) => x.event === 'alert', 1000);
    // The board of the ward its citizens come from is told to look again (no content, no id); another ward's is not.
    const board = await chair.next((x) => x.event === 'board', 1000);
    expect(board.id).toBeNull();
    expect(JSON.parse(board.data)).toEqual({ unitIds: [incident.unitId, units['BN-TP-P-VUNINH']] });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(otherWard.events.filter((x) => x.event === 'board')).toEqual([]);
    otherWard.close();
    expect(e.at - started).toBeLessThan(1000);
    const d = JSON.parse(e.data) as TAlertDelivery;
    expect(d).toMatchObject({ alertId, mustAck: true, subject: { type: 'incident', id: incident.id } });
    expect(d.title).toBe('Đoàn đông người tại trụ sở tiếp công dân: 30 người (Phường Vũ Ninh)');
    expect(d.body).toContain('cử ngay Tổ công tác');
    chair.close();
    // Police of the city must acknowledge (the author himself is not alerted), the ward chairman must; its officers,
    // the city's leaders and reception office are informed.
    expect(await recipients(alertId)).toEqual(['canbo2dv:0:0', 'chutich.vuninh:1:0', 'lanhdao:0:0', 'phochutich:0:0', 'tiepdan:0:0']);
    expect(incident).toMatchObject({ step: 'reported', headCount: 30, originWards: [{ id: units['BN-TP-P-VUNINH'], name: 'Phường Vũ Ninh' }] });
    expect(incident.steps).toEqual([{ step: 'reported', at: '2021-10-25T01:30:00.000Z', by: 'Vũ Đình Khoa', note: null }]);
  });

  it('is seen by the ward its citizens come from and not by another ward', async () => {
    expect((await (s['chutich.vuninh'] as Session).get(`/api/incidents/${incident.id}`)).status).toBe(200);
    expect((await (s.suoihoa as Session).get(`/api/incidents/${incident.id}`)).status).toBe(404);
    expect((await (s['chutich.daiphuc'] as Session).get('/api/incidents')).json<{ items: TIncident[] }>().items.map((i) => i.id)).not.toContain(incident.id);
  });

  it('the chairman acknowledges, dispatches the ward\'s working group, which checks in on site', async () => {
    const chair = s['chutich.vuninh'] as Session;
    expect((await chair.post(`/api/alerts/${alertId}/ack`, {})).status).toBe(200);
    const groups = (await chair.get('/api/working-groups')).json<{ items: { id: number; unitId: number; members: { isLeader: boolean }[] }[] }>().items;
    const group = groups.find((g) => g.unitId === units['BN-TP-P-VUNINH']);
    expect(group?.members.filter((m) => m.isLeader)).toHaveLength(1);
    clock.advance(4 * 60_000);
    const sent = await chair.post(`/api/incidents/${incident.id}/dispatches`, { groupId: group?.id, expectedAt: '2021-10-25T08:55:00+07:00' });
    expect(sent.status).toBe(200);
    expect(sent.json<TIncident>().step).toBe('group_dispatched');
    expect((await chair.post(`/api/incidents/${incident.id}/dispatches`, { groupId: group?.id, expectedAt: '2021-10-25T08:55:00+07:00' })).status).toBe(409);
    const other = (await (s['chutich.daiphuc'] as Session).get('/api/working-groups')).json<{ items: { id: number }[] }>().items[0];
    expect((await chair.post(`/api/incidents/${incident.id}/dispatches`, { groupId: other?.id, expectedAt: '2021-10-25T08:55:00+07:00' })).status).toBe(404);
    clock.advance(18 * 60_000);
    const dispatchId = sent.json<TIncident>().dispatches[0]?.id;
    const arrived = await chair.post(`/api/incidents/${incident.id}/dispatches/${dispatchId}/arrive`);
    expect(arrived.json<TIncident>()).toMatchObject({ step: 'on_site', dispatches: [{ arrivedAt: '2021-10-25T01:52:00.000Z' }] });
    incident = arrived.json<TIncident>();
  });

  it('moves forward only, closes with a summary, refuses a stale version', async () => {
    const chair = s['chutich.vuninh'] as Session;
    const step = async (stepName: string, extra: Record<string, unknown> = {}) => chair.post(`/api/incidents/${incident.id}/steps`, { step: stepName, version: incident.version, ...extra });
    let r = await step('received', { note: 'Tiếp 5 đại diện' });
    expect(r.status).toBe(200);
    const stale = incident.version;
    incident = r.json<TIncident>();
    expect((await chair.post(`/api/incidents/${incident.id}/steps`, { step: 'persuaded', version: stale })).status).toBe(409);
    expect((await step('verified')).json().code).toBe('CONFLICT');
    r = await step('returned');
    incident = r.json<TIncident>();
    const noSummary = await step('closed');
    expect(noSummary.status).toBe(409);
    expect(noSummary.json().message).toContain('tóm tắt');
    r = await step('closed', { summary: 'Công dân đã trở về địa phương.' });
    expect(r.json<TIncident>()).toMatchObject({ step: 'closed', summary: 'Công dân đã trở về địa phương.', nextSteps: [], actions: [] });
    expect(r.json<TIncident>().steps.map((x) => x.step)).toEqual(['reported', 'group_dispatched', 'on_site', 'received', 'returned', 'closed']);
  });

  it('refuses bad input with the field named in Vietnamese', async () => {
    const r = await (s.congan as Session).post('/api/incidents', delegation({ headCount: 0 }));
    expect(r.status).toBe(400);
    expect(r.json<{ fields: Record<string, string> }>().fields.headCount).toContain('ít nhất');
    expect((await (s.congan as Session).post('/api/incidents', delegation({ originWardIds: [units['BN-TP-CA']] }))).status).toBe(400);
  });
});

describe('escalation from the matrix', () => {
  it('an unacknowledged delegation alert goes to the vice-chairman after 5 minutes, then the chairman', async () => {
    const r = await (s.congan as Session).post('/api/incidents', delegation({ originWardIds: [units['BN-TP-P-DAIPHUC']], headCount: 12 }));
    const alertId = r.json<{ alert: { alertId: number } }>().alert.alertId;
    const deputy = openSse(`${base}/api/alerts/stream`, { cookie: (s.phochutich as Session).cookie });
    await deputy.status;
    clock.advance(5 * 60_000 + 1000);
    await ctx.app.alerts.jobs.runDue();
    const e = await deputy.next((x) => (JSON.parse(x.data) as TAlertDelivery).level === 1);
    expect(JSON.parse(e.data)).toMatchObject({ alertId, mustAck: true });
    deputy.close();
    clock.advance(5 * 60_000 + 1000);
    await ctx.app.alerts.jobs.runDue();
    expect((await recipients(alertId)).filter((x) => !x.endsWith(':0'))).toEqual(['lanhdao:1:2', 'phochutich:1:1']);
    const open = (await (s.lanhdao as Session).get('/api/alerts/open')).json<{ items: { alertId: number; level: number }[] }>().items;
    expect(open.find((a) => a.alertId === alertId)?.level).toBe(2);
  });
});

describe('directions, the matrix and the board', () => {
  it('a leader\'s direction reaches the units it names; only a leader directs', async () => {
    const r = await (s.congan as Session).post('/api/incidents', delegation({ kind: 'over_level', originWardIds: [units['BN-TP-P-DAIPHUC']] }));
    const id = r.json<{ incident: TIncident }>().incident.id;
    expect((await (s.congan as Session).post(`/api/incidents/${id}/directions`, { kind: 'direction', text: 'Chỉ đạo', unitIds: [] })).status).toBe(403);
    expect((await (s.congan as Session).post(`/api/incidents/${id}/directions`, { kind: 'proposal', text: 'Đề xuất mời MTTQ cùng vận động' })).status).toBe(200);
    const chair = openSse(`${base}/api/alerts/stream`, { cookie: (s['chutich.daiphuc'] as Session).cookie });
    await chair.status;
    const d = await (s.lanhdao as Session).post(`/api/incidents/${id}/directions`, { kind: 'direction', text: 'Giao phường Đại Phúc đối thoại trong tuần.', unitIds: [units['BN-TP-P-DAIPHUC']] });
    expect(d.json<TIncident>().directions.map((x) => x.kind)).toEqual(['proposal', 'direction']);
    const e = await chair.next((x) => (JSON.parse(x.data) as TAlertDelivery).kind === 'incident.direction');
    expect(JSON.parse(e.data).body).toBe('Giao phường Đại Phúc đối thoại trong tuần.');
    chair.close();
  });

  it('only a whole-tree administrator edits the matrix, and a new rule routes the next incident', async () => {
    const rules = (await (s.lanhdao as Session).get('/api/coordination-rules')).json<{ items: TRule[] }>().items;
    const other = rules.find((x) => x.incidentKind === 'other' && x.step === 'reported') as TRule;
    expect(other.inform.length).toBeGreaterThan(0);
    const body = { inform: [{ unit: 'city_police', role: 'police_liaison', ack: true }], action: 'Công an nắm tình hình.', ackSeconds: 600, escalation: [], channels: [], active: true, version: other.version };
    expect((await (s.lanhdao as Session).put(`/api/coordination-rules/${other.id}`, body)).status).toBe(403);
    const saved = await (s.admin as Session).put(`/api/coordination-rules/${other.id}`, body);
    expect(saved.status).toBe(200);
    expect((await (s.admin as Session).put(`/api/coordination-rules/${other.id}`, body)).status).toBe(409);
    const r = await (s.tiepdan as Session).post('/api/incidents', delegation({ kind: 'other', originWardIds: [] }));
    expect(await recipients(r.json<{ alert: { alertId: number } }>().alert.alertId)).toEqual(['congan:1:0']);
  });

  it('the board shows open incidents, the per-ward grid with response times, and today\'s counts', async () => {
    const board = (await (s.lanhdao as Session).get('/api/incidents/board')).json<{
      open: TIncident[]; wards: { name: string; open: number; total: number; medianResponseMinutes: number | null }[]; today: { incidents: number; people: number };
    }>();
    expect(board.open.every((i) => i.step !== 'closed')).toBe(true);
    expect(board.open.length).toBeGreaterThanOrEqual(3);
    const vuNinh = board.wards.find((w) => w.name === 'Phường Vũ Ninh');
    // From report to arrival: the demo's delegation of 25/10 (28 min) and this file's (22 min).
    expect(vuNinh).toMatchObject({ open: 0, medianResponseMinutes: 22 });
    expect(vuNinh?.total).toBe(2);
    expect(board.wards).toHaveLength(19);
    expect(board.today.incidents).toBeGreaterThanOrEqual(5);
    expect((await (s.suoihoa as Session).get('/api/incidents/board')).json<{ open: TIncident[] }>().open).toEqual([]);
  });

  it('the contract is in the OpenAPI description', async () => {
    const paths = Object.keys((await ctx.anonymous('GET', '/api/openapi.json')).json<{ paths: Record<string, unknown> }>().paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/incidents', '/api/alerts/stream', '/api/alerts/{id}/ack', '/api/alerts', '/api/incidents/board', '/api/coordination-rules/{id}']));
  });

  it('a working group has exactly one leader', async () => {
    const officers = await ctx.db.kysely.selectFrom('officers').select('id').where('unit_id', '=', units['BN-TP-P-SUOIHOA'] as number).execute();
    const r = await (s.suoihoa as Session).post('/api/working-groups', { unitId: units['BN-TP-P-SUOIHOA'], name: 'Tổ 2', members: officers.map((o) => ({ officerId: o.id, isLeader: true })) });
    expect(r.status).toBe(400);
    const ok = await (s.suoihoa as Session).post('/api/working-groups', { unitId: units['BN-TP-P-SUOIHOA'], name: 'Tổ 2', members: officers.map((o, i) => ({ officerId: o.id, isLeader: i === 0 })) });
    expect(ok.status).toBe(201);
  });
});

describe('incidents: links and the time line', () => {
  it('links letters, visits and cases the actor may read (404 for others), audited, named on the incident', async () => {
    // The city's reception office links the office's records; the ward's chairman sees the incident, not those records.
    const office = s.tiepdan as Session;
    const chair = s['chutich.vuninh'] as Session;
    const first = async (table: 'letters' | 'cases' | 'visits') => (await ctx.db.kysely.selectFrom(table).select('id').orderBy('id').executeTakeFirstOrThrow()).id;
    const records = { letter: await first('letters'), case: await first('cases'), visit: await first('visits') };
    const opened = (await (s.congan as Session).post('/api/incidents', delegation())).json<{ incident: TIncident }>().incident;
    const link = (who: Session, type: string, id: number) => who.post(`/api/incidents/${opened.id}/links`, { type, id });
    expect((await chair.get(`/api/letters/${records.letter}`)).status).toBe(404);
    expect((await link(chair, 'letter', records.letter)).status).toBe(404);
    expect((await link(office, 'letter', 2_000_000)).status).toBe(404);
    for (const [type, id] of Object.entries(records)) expect((await link(office, type, id)).status).toBe(200);
    expect((await link(office, 'letter', records.letter)).status).toBe(409);
    const seen = (await office.get(`/api/incidents/${opened.id}`)).json<TIncident>().links;
    expect(seen.map((l) => l.type).sort()).toEqual(['case', 'letter', 'visit']);
    expect(seen.find((l) => l.type === 'letter')?.label).toMatch(/^\d+\/2021$/);
    expect(seen.every((l) => l.date !== null)).toBe(true);
    // The chairman sees that records are linked, not what they are.
    expect((await chair.get(`/api/incidents/${opened.id}`)).json<TIncident>().links.every((l) => l.label === null && l.date === null)).toBe(true);
    expect((await (s['chutich.daiphuc'] as Session).post(`/api/incidents/${opened.id}/links`, { type: 'letter', id: records.letter })).status).toBe(404);
    const audit = await ctx.db.kysely.selectFrom('audit_log').select('after').where('action', '=', 'incident.linked').where('entity_id', '=', String(opened.id)).execute();
    expect(audit).toHaveLength(3);
    const path = `/api/incidents/${opened.id}/links/letter/${records.letter}`;
    expect((await chair.request('DELETE', path)).status).toBe(404);
    const removed = await office.request('DELETE', path);
    expect(removed.status).toBe(200);
    expect(removed.json<TIncident>().links.map((l) => l.type).sort()).toEqual(['case', 'visit']);
    expect((await office.request('DELETE', path)).status).toBe(404);
  });

  it('gives the time line of a period: incidents, steps, groups, alerts and how long acknowledgement took', async () => {
    const r = await (s['chutich.vuninh'] as Session).get(`/api/incidents/timeline?${DAY}`);
    expect(r.status).toBe(200);
    const t = r.json<{ entries: { at: string; type: string; incidentId: number | null; afterSeconds?: number }[]; acknowledgement: { acknowledged: number } }>();
    const mine = t.entries.filter((e) => e.incidentId === incident.id);
    expect(mine.map((e) => e.type)).toEqual(['occurred', 'step', 'alert', 'acknowledged', 'dispatched', 'step', 'arrived', 'step', 'step', 'step', 'step']);
    expect(t.entries.map((e) => e.at)).toEqual([...t.entries.map((e) => e.at)].sort());
    expect(mine.find((e) => e.type === 'acknowledged')?.afterSeconds).toBe(0);
    expect(t.acknowledgement.acknowledged).toBeGreaterThan(0);
    // Another ward's chairman does not see Vũ Ninh's incident in his time line.
    const other = (await (s['chutich.daiphuc'] as Session).get(`/api/incidents/timeline?${DAY}`)).json<{ entries: { incidentId: number | null }[] }>();
    expect(other.entries.some((e) => e.incidentId === incident.id)).toBe(false);
    expect((await (s.congan as Session).get(`/api/incidents/timeline?from=${encodeURIComponent('2021-10-26T00:00:00+07:00')}&to=${encodeURIComponent('2021-10-25T00:00:00+07:00')}`)).status).toBe(400);
  });
});
