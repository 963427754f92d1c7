import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTrue } from '../../db/database';
import { ManualClock } from '../../platform/clock';
import { unitId } from '../../test/factories';
import { createTestContext, ENGINE, type Session, type TestContext } from '../../test/support';

// Migration 0016: the earliest running due date and the "taken up" mark live on the rows, kept by the database.
const clock = new ManualClock('2021-11-10T09:00:00+07:00');
let ctx: TestContext;
let processor: Session;
let ward: Session;

type Letter = { id: number; version: number; dueOn: string | null; caseId: number | null };
const register = async (content: string) => {
  const r = await processor.post('/api/letters', { requestType: 'khieu_nai', channel: 'buu_chinh', receivedOn: '2021-11-08', content, senders: [{ fullName: 'Lê Thị Hoa' }] });
  expect(r.status).toBe(201);
  return r.json<Letter>();
};
const stored = (table: 'letters' | 'cases', id: number) => ctx.db.kysely.selectFrom(table).select('running_due_on').where('id', '=', id).executeTakeFirstOrThrow().then((r) => r.running_due_on);
const addClock = (subjectId: number, seq: number, due: string | null) =>
  ctx.db.kysely
    .insertInto('clocks')
    .values({ subject_type: 'letter', subject_id: subjectId, seq, type: 'kntc', stage: 'xu_ly_don', started_on: '2021-11-08', complex: 0, remote: 0, extensions: '[]', suspensions: '[]', start_basis: null, restart_of: null, ended_on: null, ended_by: null, due_on: due })
    .execute();

beforeAll(async () => {
  ctx = await createTestContext({ clock });
  processor = await ctx.login('xulydon');
  ward = await ctx.login('suoihoa');
});
afterAll(async () => ctx?.close());

describe(`stored running due dates and uptake (${ENGINE})`, () => {
  it('a registered letter carries its processing clock’s due date; deciding it ends the clock and clears the date', async () => {
    const l = await register('Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất');
    expect(l.dueOn).toBe('2021-11-22');
    expect(await stored('letters', l.id)).toBe('2021-11-22');
    const decided = await processor.post(`/api/letters/${l.id}/decide`, { version: l.version, decision: 'luu_don' });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect(await stored('letters', l.id)).toBeNull();
  });

  it('follows every write to the clocks, also by hand in SQL: the earliest running one, stopped and ended ones ignored', async () => {
    const l = await register('Kiến nghị về việc sửa chữa đường giao thông nông thôn');
    await addClock(l.id, 2, '2021-11-15');
    expect(await stored('letters', l.id)).toBe('2021-11-15');
    // A stopped clock (suspended: no due date) does not count.
    await addClock(l.id, 3, null);
    expect(await stored('letters', l.id)).toBe('2021-11-15');
    await ctx.db.kysely.updateTable('clocks').set({ due_on: '2021-11-30' }).where('subject_type', '=', 'letter').where('subject_id', '=', l.id).where('seq', '=', 2).execute();
    expect(await stored('letters', l.id)).toBe('2021-11-22');
    await ctx.db.kysely.updateTable('clocks').set({ ended_on: '2021-11-10', ended_by: 'completed' }).where('subject_type', '=', 'letter').where('subject_id', '=', l.id).where('seq', '=', 1).execute();
    expect(await stored('letters', l.id)).toBe('2021-11-30');
    await ctx.db.kysely.deleteFrom('clocks').where('subject_type', '=', 'letter').where('subject_id', '=', l.id).where('seq', '=', 2).execute();
    expect(await stored('letters', l.id)).toBeNull();
  });

  it('a case’s date follows its clocks, and the overdue filter reads it', async () => {
    const l = await register('Khiếu nại quyết định xử phạt vi phạm hành chính');
    const decided = await processor.post(`/api/letters/${l.id}/decide`, { version: l.version, decision: 'thu_ly' });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    const caseId = decided.json<Letter>().caseId;
    expect(caseId).not.toBeNull();
    const first = await stored('cases', caseId as number);
    const running = await ctx.db.kysely.selectFrom('clocks').select((eb) => eb.fn.min('due_on').as('due')).where('subject_type', '=', 'case').where('subject_id', '=', caseId as number).where('ended_on', 'is', null).executeTakeFirstOrThrow();
    expect(first).toBe(running.due);
    const overdue = async () => (await processor.get('/api/cases?overdue=true&limit=200')).json<{ items: { id: number }[] }>().items.map((c) => c.id);
    expect(await overdue()).not.toContain(caseId);
    await ctx.db.kysely.updateTable('clocks').set({ due_on: '2021-11-01' }).where('subject_type', '=', 'case').where('subject_id', '=', caseId as number).where('ended_on', 'is', null).execute();
    expect(await stored('cases', caseId as number)).toBe('2021-11-01');
    expect(await overdue()).toContain(caseId);
  });

  it('a forwarded letter is marked taken up when the receiving unit enters it, and only then leaves both queues', async () => {
    const l = await register('Phản ánh việc lấn chiếm vỉa hè tại phường Suối Hoa');
    const decided = await processor.post(`/api/letters/${l.id}/decide`, { version: l.version, decision: 'chuyen_don', forwardToUnitId: await unitId(ctx, 'BN-TP-P-SUOIHOA') });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    const takenUp = async () => isTrue((await ctx.db.kysely.selectFrom('letters').select('taken_up').where('id', '=', l.id).executeTakeFirstOrThrow()).taken_up);
    const counts = async (s: Session) => Object.fromEntries((await s.get('/api/queues')).json<{ items: { code: string; count: number }[] }>().items.map((i) => [i.code, i.count]));
    expect(await takenUp()).toBe(false);
    const inboxBefore = (await counts(ward)).letters_inbox ?? 0;
    const urgeBefore = (await counts(processor)).letters_to_urge ?? 0;
    expect(inboxBefore).toBeGreaterThan(0);
    expect((await ward.post(`/api/letters/${l.id}/receive`)).status).toBe(201);
    expect(await takenUp()).toBe(true);
    expect((await counts(ward)).letters_inbox).toBe(inboxBefore - 1);
    expect((await counts(processor)).letters_to_urge).toBe(urgeBefore - 1);
  });

});
