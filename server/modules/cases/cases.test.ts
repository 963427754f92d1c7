import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock';
import { createTestContext, ENGINE, type Session, type TestContext } from '../../test/support';
import { readXlsx } from '../../test/xlsx';

const clock = new ManualClock('2021-11-12T09:00:00+07:00');
let ctx: TestContext;
let processor: Session;
let leader: Session;
let handler: Session;
let ward: Session;

type Case = { id: number; state: string; level: number; version: number; dueOn: string | null; overdue: boolean; actions: string[]; clocks: { stage: string; dueOn: string | null; endedOn: string | null }[]; events: { transition: string; decisionNumber: string | null }[] };
type List = { items: { id: number; dueOn: string | null; overdue: boolean; unitId: number; state: string }[] };

async function openCase(requestType: 'khieu_nai' | 'to_cao', receivedOn: string): Promise<Case> {
  const l = await processor.post('/api/letters', { requestType, channel: 'buu_chinh', receivedOn, content: `Đơn ${requestType} nhận ngày ${receivedOn}`, senders: [{ fullName: 'Nguyễn Thị Hoa' }] });
  expect(l.status).toBe(201);
  const created = await handler.post('/api/cases', { letterIds: [l.json<{ id: number }>().id], title: `Vụ việc ${requestType}` });
  expect(created.status).toBe(201);
  return created.json<Case>();
}

const step = (s: Session, c: Case, transition: string, extra: Record<string, unknown> = {}) => s.post(`/api/cases/${c.id}/transitions`, { transition, version: c.version, ...extra });

beforeAll(async () => {
  ctx = await createTestContext({ clock });
  processor = await ctx.login('xulydon');
  leader = await ctx.login('lanhdao');
  handler = await ctx.login('giaiquyet');
  ward = await ctx.login('suoihoa');
});
afterAll(async () => ctx?.close());

describe(`cases (${ENGINE})`, () => {
  it('GET /api/cases lists cases with their open clock’s due date; overdue=true keeps the overdue ones', async () => {
    // Received Mon 18/10/2021: 10 working days for acceptance end Mon 1/11/2021, overdue on 12/11.
    const late = await openCase('khieu_nai', '2021-10-18');
    const fresh = await openCase('khieu_nai', '2021-11-11');
    expect(late).toMatchObject({ state: 'cho_thu_ly', dueOn: '2021-11-01', overdue: true });
    expect(fresh.dueOn).toBe('2021-11-25');
    const all = (await processor.get('/api/cases?limit=200')).json<List>().items;
    expect(all.map((c) => c.id)).toEqual(expect.arrayContaining([late.id, fresh.id]));
    const overdue = await processor.get('/api/cases?overdue=true&limit=200');
    expect(overdue.status).toBe(200);
    const ids = overdue.json<List>().items.map((c) => c.id);
    expect(ids).toContain(late.id);
    expect(ids).not.toContain(fresh.id);
    expect(overdue.json<List>().items.every((c) => c.overdue && c.dueOn !== null && c.dueOn < '2021-11-12')).toBe(true);
    const state = (await processor.get('/api/cases?state=da_dong&limit=200')).json<List>().items;
    expect(state.every((c) => c.state === 'da_dong')).toBe(true);
  });

  it('complaint: accepted by the head (not by a handler), decided with its act, escalated to level 2', async () => {
    let c = await openCase('khieu_nai', '2021-11-01');
    expect(c.actions).not.toContain('thu_ly');
    const byHandler = await step(handler, c, 'thu_ly', { on: '2021-11-05' });
    expect(byHandler.status).toBe(403);
    const accepted = await step(leader, c, 'thu_ly', { on: '2021-11-05' });
    expect(accepted.status).toBe(200);
    c = accepted.json<Case>();
    // 30 days from Fri 5/11/2021: Sun 5/12 → Mon 6/12/2021.
    expect(c).toMatchObject({ state: 'dang_giai_quyet', dueOn: '2021-12-06' });
    const noAct = await step(leader, c, 'giai_quyet', { on: '2021-11-10', outcome: 'dung_mot_phan' });
    expect(noAct.status).toBe(400);
    expect(noAct.json<{ fields: Record<string, string> }>().fields).toHaveProperty('decision');
    const decided = await step(leader, c, 'giai_quyet', { on: '2021-11-10', outcome: 'dung_mot_phan', decision: { number: '125/QĐ-UBND', date: '2021-11-10', signer: 'Nguyễn Song Hà' } });
    expect(decided.status).toBe(200);
    c = decided.json<Case>();
    expect(c).toMatchObject({ state: 'da_giai_quyet', resultNumber: '125/QĐ-UBND', outcome: 'dung_mot_phan' });
    const escalated = await step(handler, c, 'khieu_nai_lan_2', { on: '2021-11-12' });
    expect(escalated.status).toBe(200);
    expect(escalated.json<Case>()).toMatchObject({ state: 'cho_thu_ly', level: 2 });
    expect(escalated.json<Case>().events.map((e) => e.transition)).toEqual(['mo', 'thu_ly', 'giai_quyet', 'khieu_nai_lan_2']);
  });

  it('denunciation: extension by decision moves the due date; suspension stops the clock; concurrent steps → one 409', async () => {
    let c = await openCase('to_cao', '2021-10-20');
    c = (await step(leader, c, 'thu_ly', { on: '2021-10-22' })).json<Case>();
    // 30 days from Fri 22/10/2021: Sun 21/11 → Mon 22/11; the acceptance notice (5 working days) is due first.
    expect(c.clocks.filter((k) => k.endedOn === null).map((k) => [k.stage, k.dueOn])).toEqual([
      ['giai_quyet', '2021-11-22'],
      ['thong_bao_thu_ly', '2021-10-29'],
    ]);
    const extended = await step(leader, c, 'gia_han', { on: '2021-11-12', days: 30, decision: { number: '12/QĐ-UBND', date: '2021-11-12', signer: 'Nguyễn Song Hà' } });
    expect(extended.status).toBe(200);
    c = extended.json<Case>();
    // 60 days from 22/10 end on Tue 21/12/2021 (the base period's weekend shift no longer applies).
    expect(c.clocks.find((k) => k.stage === 'giai_quyet')?.dueOn).toBe('2021-12-21');
    const [a, b] = await Promise.all([step(handler, c, 'xac_minh', { on: '2021-11-12' }), step(leader, c, 'tam_dinh_chi', { on: '2021-11-12', decision: { number: '13/QĐ-UBND', date: '2021-11-12', signer: 'Nguyễn Song Hà' } })]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    // Suspended from 1/11 and resumed on 11/11: the 10 stopped days are added to Sun 21/11 (TC art. 34(2)): Wed 1/12.
    let d = await openCase('to_cao', '2021-10-20');
    d = (await step(leader, d, 'thu_ly', { on: '2021-10-22' })).json<Case>();
    const act = { number: '14/QĐ-UBND', date: '2021-11-01', signer: 'Nguyễn Song Hà' };
    d = (await step(leader, d, 'tam_dinh_chi', { on: '2021-11-01', decision: act })).json<Case>();
    expect(d.state).toBe('tam_dinh_chi');
    expect(d.clocks.find((k) => k.stage === 'giai_quyet')).toMatchObject({ endedOn: null });
    const resumed = await step(leader, d, 'tiep_tuc', { on: '2021-11-11' });
    expect(resumed.status).toBe(200);
    expect(resumed.json<Case>().state).toBe('dang_giai_quyet');
    expect(resumed.json<Case>().clocks.find((k) => k.stage === 'giai_quyet')?.dueOn).toBe('2021-12-01');
  });

  it('a ward sees only its own cases; a case outside its scope answers 404', async () => {
    const c = await openCase('khieu_nai', '2021-11-02');
    expect((await ward.get(`/api/cases/${c.id}`)).status).toBe(404);
    const listed = (await ward.get('/api/cases?limit=200')).json<List>().items;
    expect(listed.some((i) => i.id === c.id)).toBe(false);
    expect((await ward.post(`/api/cases/${c.id}/transitions`, { transition: 'xac_minh', version: c.version })).status).toBe(404);
  });
});

describe(`work queues (${ENGINE})`, () => {
  it('counts what waits for each role in its scope, and the counts match the lists they point to', async () => {
    for (const s of [processor, leader, handler, ward]) {
      const r = await s.get('/api/queues');
      expect(r.status).toBe(200);
      const items = r.json<{ items: { code: string; count: number; list: string }[] }>().items;
      for (const q of items) {
        const list = await s.get(`${q.list}&limit=200`);
        expect(list.json<{ items: unknown[] }>().items.length, `${s.username} ${q.code}`).toBe(q.count);
      }
      if (s === processor) expect(items.map((i) => i.code)).toEqual(expect.arrayContaining(['letters_to_classify', 'letters_to_decide', 'cases_overdue']));
      if (s === handler) expect(items.map((i) => i.code)).not.toContain('visits_today');
    }
    const overdue = (await leader.get('/api/queues')).json<{ items: { code: string; count: number }[] }>().items.find((i) => i.code === 'cases_overdue');
    expect(overdue?.count).toBeGreaterThan(0);
  });
});

describe(`case list export (${ENGINE})`, () => {
  it('downloads the filtered list as .xlsx with Vietnamese headers and dd/mm/yyyy dates; the ward’s holds only its cases', async () => {
    const rows = await readXlsx(leader, '/api/cases/export.xlsx?overdue=true');
    expect(rows[0]).toEqual(expect.arrayContaining(['Mã', 'Tên vụ việc', 'Trạng thái', 'Hạn', 'Quá hạn']));
    const listed = (await leader.get('/api/cases?overdue=true&limit=200')).json<List>().items;
    expect(rows.length - 1).toBe(listed.length);
    expect(rows.slice(1).every((r) => /^\d{2}\/\d{2}\/\d{4}$/.test(String(r[9])) && r[11] === 'x')).toBe(true);
    const wardRows = await readXlsx(ward, '/api/cases/export.xlsx');
    expect(wardRows.slice(1).every((r) => r[1] === 'Phường Suối Hoa')).toBe(true);
  });
});
