import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock';
import { createTestContext, ENGINE, type Session, type TestContext } from '../../test/support';

// 2027: no shipped schedule, so an entered one is all the administrator's.
const clock = new ManualClock('2027-03-01T09:00:00+07:00');
let ctx: TestContext;
let admin: Session;
let processor: Session;

beforeAll(async () => {
  ctx = await createTestContext({ clock });
  admin = await ctx.login('admin');
  processor = await ctx.login('xulydon');
});
afterAll(async () => ctx?.close());

type Letter = { id: number; dueOn: string | null; clocks: { dueOn: string | null; endedOn: string | null }[] };
const storedDue = async (letterId: number) =>
  (await ctx.db.kysely.selectFrom('clocks').select('due_on').where('subject_type', '=', 'letter').where('subject_id', '=', letterId).where('ended_on', 'is', null).executeTakeFirstOrThrow()).due_on;

describe(`running clocks follow the work calendar and the readings (${ENGINE})`, () => {
  it('a holiday added inside an open clock’s window moves its stored due date, in the same change, audited', async () => {
    const created = await processor.post('/api/letters', { requestType: 'khieu_nai', channel: 'buu_chinh', receivedOn: '2027-03-01', content: 'Khiếu nại việc thu hồi đất', senders: [{ fullName: 'Trần Văn Bình' }] });
    expect(created.status).toBe(201);
    const before = created.json<Letter>();
    expect(before.dueOn).not.toBeNull();
    expect(await storedDue(before.id)).toBe(before.dueOn);
    const r = await admin.post('/api/calendar/schedules', {
      year: 2027,
      documentNumber: '12/TB-UBND',
      issuer: 'UBND tỉnh',
      daysOff: [{ date: '2027-03-02', name: 'Nghỉ đột xuất theo thông báo', kind: 'holiday' }],
      workedDays: [],
    });
    expect(r.status).toBe(201);
    const after = (await processor.get(`/api/letters/${before.id}`)).json<Letter>();
    expect(after.dueOn).not.toBe(before.dueOn);
    expect(after.dueOn).toBe((await processor.get(`/api/calendar/add?from=${before.dueOn}&days=1`)).json<{ date: string }>().date);
    expect(await storedDue(before.id)).toBe(after.dueOn);
    const audit = await ctx.db.kysely.selectFrom('audit_log').select(['action', 'entity_id', 'after']).where('action', '=', 'clocks.recomputed').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity_id: '2027' });
    expect(JSON.parse(audit[0]?.after ?? '{}').moved).toBeGreaterThan(0);
  });

  it('a changed deadline reading recomputes them too', async () => {
    const set = await admin.request('PUT', '/api/deadlines/readings/kntc-2019-tt07', { version: 0, unit: 'working', instruction: 'Công văn 15/TTCP-PC' });
    expect(set.status).toBe(200);
    const audit = await ctx.db.kysely.selectFrom('audit_log').select('entity_id').where('action', '=', 'clocks.recomputed').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(audit.entity_id).toBe('kntc-2019-tt07');
  });
});
