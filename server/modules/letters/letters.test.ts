import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock';
import { createTestContext, ENGINE, type Session, type TestContext } from '../../test/support';

const clock = new ManualClock('2021-11-10T09:00:00+07:00');
let ctx: TestContext;
let processor: Session;
let ward: Session;
let wards: Map<string, number>;

type Letter = { id: number; number: number; year: number; unitId: number; state: string; dueOn: string | null; caseId: number | null; clocks: { stage: string; dueOn: string | null }[]; actions: string[]; version: number; senders: { fullName: string }[] };

const letter = (over: Record<string, unknown> = {}) => ({
  requestType: 'khieu_nai',
  channel: 'buu_chinh',
  receivedOn: '2021-11-08',
  content: 'Khiếu nại quyết định thu hồi đất của UBND phường.',
  senders: [{ fullName: 'Trần Văn Bình', address: 'Khu 3, phường Vệ An' }],
  ...over,
});

beforeAll(async () => {
  ctx = await createTestContext({ clock });
  processor = await ctx.login('xulydon');
  ward = await ctx.login('suoihoa');
  type Node = { id: number; name: string; children: Node[] };
  const flat = (n: Node[]): Node[] => n.flatMap((x) => [x, ...flat(x.children)]);
  wards = new Map(flat((await processor.get('/api/units')).json<{ items: Node[] }>().items).map((u) => [u.name, u.id]));
});
afterAll(async () => ctx?.close());

describe(`letters (${ENGINE})`, () => {
  it('registers a letter with its number in the unit’s yearly register and the 10-working-day processing clock', async () => {
    const r = await processor.post('/api/letters', letter());
    expect(r.status).toBe(201);
    const l = r.json<Letter>();
    expect(l).toMatchObject({ year: 2021, state: 'moi_nhan', senders: [{ fullName: 'Trần Văn Bình' }] });
    expect(l.number).toBeGreaterThan(0);
    // Received Mon 8/11/2021: 10 working days end Mon 22/11/2021.
    expect(l.clocks[0]).toMatchObject({ stage: 'xu_ly_don', dueOn: '2021-11-22' });
    expect(l.dueOn).toBe('2021-11-22');
    const again = await processor.get(`/api/letters/${l.id}`);
    expect(again.status).toBe(200);
    expect(again.json<Letter>().id).toBe(l.id);
  });

  it('names the wrong field in Vietnamese', async () => {
    const r = await processor.post('/api/letters', letter({ receivedOn: '2021-02-30', senders: [] }));
    expect(r.status).toBe(400);
    const fields = r.json<{ fields: Record<string, string> }>().fields;
    expect(fields.receivedOn).toMatch(/Ngày/);
    const channel = await processor.post('/api/letters', letter({ channel: 'bo_cau' }));
    expect(channel.status).toBe(400);
    expect(channel.json<{ fields: Record<string, string> }>().fields).toHaveProperty('channel');
    const future = await processor.post('/api/letters', letter({ receivedOn: '2021-11-11' }));
    expect(future.status).toBe(400);
  });

  it('numbers letters registered at once without gaps or duplicates (database-backed counter)', async () => {
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => processor.post('/api/letters', letter({ content: `Đơn song song số ${i}` }))));
    expect(results.map((r) => r.status)).toEqual(Array(12).fill(201));
    const numbers = results.map((r) => r.json<Letter>().number).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(12);
    expect((numbers.at(-1) as number) - (numbers[0] as number)).toBe(11);
  });

  it('a retried create with the same Idempotency-Key creates nothing twice, also when the retries race', async () => {
    const headers = { 'idempotency-key': `thu-lai-${ENGINE}-1` };
    const first = await processor.request('POST', '/api/letters', letter({ content: 'Đơn gửi lại' }), headers);
    const second = await processor.request('POST', '/api/letters', letter({ content: 'Đơn gửi lại' }), headers);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.json<Letter>().id).toBe(first.json<Letter>().id);
    const race = await Promise.all(Array.from({ length: 6 }, () => processor.request('POST', '/api/letters', letter({ content: 'Đơn gửi đồng thời' }), { 'idempotency-key': `dua-${ENGINE}` })));
    expect(race.map((r) => r.status)).toEqual(Array(6).fill(201));
    expect(new Set(race.map((r) => r.json<Letter>().id)).size).toBe(1);
    const listed = (await processor.get('/api/letters?limit=200')).json<{ items: { id: number }[] }>().items;
    expect(listed.filter((i) => i.id === race[0]?.json<Letter>().id)).toHaveLength(1);
  });

  it('forwarding puts the letter in the ward’s inbox; the ward enters it in its own register once', async () => {
    const suoiHoa = wards.get('Phường Suối Hoa') as number;
    const l = (await processor.post('/api/letters', letter({ requestType: 'kien_nghi', content: 'Kiến nghị sửa đường ngõ 5' }))).json<Letter>();
    // Before forwarding the ward does not see it (404 as if missing).
    expect((await ward.get(`/api/letters/${l.id}`)).status).toBe(404);
    const decided = await processor.post(`/api/letters/${l.id}/decide`, { version: l.version, decision: 'chuyen_don', forwardToUnitId: suoiHoa });
    expect(decided.status).toBe(200);
    expect(decided.json<Letter>()).toMatchObject({ state: 'da_xu_ly', dueOn: null });
    const inbox = (await ward.get('/api/letters?inbox=true')).json<{ items: { id: number }[] }>().items;
    expect(inbox.map((i) => i.id)).toContain(l.id);
    const seen = await ward.get(`/api/letters/${l.id}`);
    expect(seen.json<Letter>().actions).toContain('receive');
    const received = await ward.post(`/api/letters/${l.id}/receive`);
    expect(received.status).toBe(201);
    expect(received.json<Letter>()).toMatchObject({ unitId: suoiHoa, state: 'moi_nhan', forwardedFromLetterId: l.id, channel: 'co_quan_khac_chuyen' });
    // Numbered in the ward's own register, after the ward's earlier letters of the year.
    const wardLetters = (await ward.get('/api/letters?limit=200')).json<{ items: { unitId: number; number: number }[] }>().items.filter((i) => i.unitId === suoiHoa);
    expect(received.json<Letter>().number).toBe(Math.max(...wardLetters.map((i) => i.number)));
    expect((await ward.post(`/api/letters/${l.id}/receive`)).status).toBe(409);
    expect((await ward.get('/api/letters?inbox=true')).json<{ items: { id: number }[] }>().items.map((i) => i.id)).not.toContain(l.id);
    // The ward may not decide the city's letter.
    expect((await ward.post(`/api/letters/${l.id}/decide`, { version: 2, decision: 'luu_don' })).status).toBe(403);
  });

  it('guides a complaint once only; accepting opens a case with its clock', async () => {
    const l = (await processor.post('/api/letters', letter())).json<Letter>();
    const guided = await processor.post(`/api/letters/${l.id}/decide`, { version: l.version, decision: 'huong_dan' });
    expect(guided.status).toBe(200);
    const dup = (await processor.post('/api/letters', letter())).json<Letter>();
    const classified = await processor.post(`/api/letters/${dup.id}/classify`, { version: dup.version, eligible: true, competent: true, duplicateOfId: l.id });
    expect(classified.status).toBe(200);
    const refused = await processor.post(`/api/letters/${dup.id}/decide`, { version: classified.json<Letter>().version, decision: 'huong_dan' });
    expect(refused.status).toBe(409);
    expect(refused.json<{ message: string }>().message).toMatch(/một lần/);
    const accepted = await processor.post(`/api/letters/${dup.id}/decide`, { version: classified.json<Letter>().version, decision: 'thu_ly' });
    expect(accepted.status).toBe(200);
    const caseId = accepted.json<Letter>().caseId;
    expect(caseId).toBeGreaterThan(0);
    const listed = (await processor.get('/api/cases?limit=200')).json<{ items: { id: number; dueOn: string | null; state: string }[] }>().items;
    expect(listed.find((c) => c.id === caseId)).toMatchObject({ state: 'cho_thu_ly', dueOn: '2021-11-22' });
  });

  it('a stale version is refused with 409', async () => {
    const l = (await processor.post('/api/letters', letter())).json<Letter>();
    expect((await processor.post(`/api/letters/${l.id}/classify`, { version: l.version, eligible: true, competent: true })).status).toBe(200);
    expect((await processor.post(`/api/letters/${l.id}/classify`, { version: l.version, eligible: true, competent: false })).status).toBe(409);
  });
});

describe(`the records' contract in OpenAPI (${ENGINE})`, () => {
  it('lists every records endpoint with its request and response schemas', async () => {
    const doc = (await ctx.anonymous('GET', '/api/openapi.json')).json<{ paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown>; required?: string[] } }> }; responses: Record<string, unknown> }>> }>();
    const paths = Object.keys(doc.paths);
    for (const p of ['/api/visits', '/api/visits/{id}', '/api/letters', '/api/letters/{id}', '/api/letters/{id}/decide', '/api/letters/{id}/receive', '/api/cases', '/api/cases/{id}', '/api/cases/{id}/transitions', '/api/people/{id}/history', '/api/queues']) expect(paths, p).toContain(p);
    const visitBody = doc.paths['/api/visits']?.post?.requestBody?.content['application/json']?.schema;
    expect(visitBody?.required).toEqual(expect.arrayContaining(['personIds', 'receivedAt', 'requestType', 'content']));
    const letterBody = doc.paths['/api/letters']?.post?.requestBody?.content['application/json']?.schema;
    expect(Object.keys(letterBody?.properties ?? {})).toEqual(expect.arrayContaining(['requestType', 'channel', 'receivedOn', 'content', 'senders', 'anonymous']));
    expect(Object.keys(doc.paths['/api/letters']?.post?.responses ?? {})).toContain('201');
  });
});
