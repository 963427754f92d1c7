import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock';
import { createTestContext, ENGINE, type Session, type TestContext } from '../../test/support';

const clock = new ManualClock('2021-11-10T10:00:00+07:00');
let ctx: TestContext;
let officer: Session;
let ward: Session;
const people: number[] = [];

type Visit = { id: number; repeat: boolean; delegation: boolean; headCount: number; letterId: number | null; people: { id: number; representative: boolean }[]; officerName: string | null; placeName: string | null; refusalNoticeRequired: boolean };

beforeAll(async () => {
  ctx = await createTestContext({ clock });
  officer = await ctx.login('tiepdan');
  ward = await ctx.login('suoihoa');
  for (const [i, name] of ['Đỗ Văn Một', 'Đỗ Thị Hai', 'Đỗ Văn Ba', 'Đỗ Thị Bốn', 'Đỗ Văn Năm', 'Đỗ Thị Sáu'].entries()) {
    const r = await officer.post('/api/people', { fullName: name, birthYear: 1960 + i });
    expect(r.status).toBe(201);
    people.push(r.json<{ id: number }>().id);
  }
});
afterAll(async () => ctx?.close());

describe(`reception register (${ENGINE})`, () => {
  it('POST /api/visits records a visit with defaults from the officer’s unit; the second visit is a repeat', async () => {
    const body = { personIds: [people[0]], receivedAt: '2021-11-08T08:30:00+07:00', requestType: 'khieu_nai', content: 'Khiếu nại việc bồi thường khi thu hồi đất.' };
    const first = await officer.post('/api/visits', body);
    expect(first.status).toBe(201);
    expect(first.json<Visit>()).toMatchObject({ repeat: false, delegation: false, headCount: 1, officerName: 'Phạm Thị Hồng Nhung', placeName: 'Trụ sở Tiếp công dân thành phố' });
    const second = await officer.post('/api/visits', { ...body, receivedAt: '2021-11-10T08:30:00+07:00' });
    expect(second.json<Visit>().repeat).toBe(true);
    const got = await officer.get(`/api/visits/${first.json<Visit>().id}`);
    expect(got.status).toBe(200);
  });

  it('a group of five or more is a delegation with its representatives; a letter received at the desk is registered with it', async () => {
    const r = await officer.post('/api/visits', {
      personIds: people.slice(0, 6),
      headCount: 12,
      representativeIds: [people[0], people[1]],
      receivedAt: '2021-11-10T09:00:00+07:00',
      requestType: 'kien_nghi',
      content: 'Đoàn kiến nghị về ô nhiễm từ cụm công nghiệp.',
      outcome: 'nhan_don',
    });
    expect(r.status).toBe(201);
    const v = r.json<Visit>();
    expect(v).toMatchObject({ delegation: true, headCount: 12 });
    expect(v.people.filter((p) => p.representative).map((p) => p.id)).toEqual([people[0], people[1]]);
    expect(v.letterId).toBeGreaterThan(0);
    const letter = await officer.get(`/api/letters/${v.letterId}`);
    expect(letter.json()).toMatchObject({ visitId: v.id, channel: 'truc_tiep', receivedOn: '2021-11-10', signerCount: 12 });
    const history = (await officer.get(`/api/people/${people[1]}/history`)).json<{ visits: { id: number }[]; letters: { id: number }[]; warnings: { code: string }[] }>();
    expect(history.visits.map((x) => x.id)).toContain(v.id);
    expect(history.letters.map((x) => x.id)).toContain(v.letterId);
    expect(history.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['repeat_visitor', 'delegation_member']));
  });

  it('validates: unknown people, a representative not among them, a refusal without its ground, a time in the future', async () => {
    const base = { personIds: [people[0]], receivedAt: '2021-11-10T08:00:00+07:00', requestType: 'khieu_nai', content: 'Nội dung' };
    const unknown = await officer.post('/api/visits', { ...base, personIds: [999999] });
    expect(unknown.status).toBe(400);
    expect(unknown.json<{ fields: Record<string, string> }>().fields).toHaveProperty('personIds.0');
    expect((await officer.post('/api/visits', { ...base, representativeIds: [people[2]] })).json<{ fields: Record<string, string> }>().fields).toHaveProperty('representativeIds');
    expect((await officer.post('/api/visits', { ...base, outcome: 'tu_choi' })).json<{ fields: Record<string, string> }>().fields).toHaveProperty('refusalGround');
    expect((await officer.post('/api/visits', { ...base, receivedAt: '2021-11-10' })).status).toBe(400);
    expect((await officer.post('/api/visits', { ...base, receivedAt: '2021-11-12T08:00:00+07:00' })).status).toBe(400);
    const refused = await officer.post('/api/visits', { ...base, outcome: 'tu_choi', refusalGround: 'da_giai_quyet_dung' });
    expect(refused.status).toBe(201);
    expect(refused.json<Visit>().refusalNoticeRequired).toBe(true);
  });

  it('a retried visit with the same Idempotency-Key is recorded once', async () => {
    const body = { personIds: [people[3]], receivedAt: '2021-11-10T09:30:00+07:00', requestType: 'phan_anh', content: 'Phản ánh đèn đường hỏng' };
    const headers = { 'idempotency-key': 'visit-retry-1' };
    const [a, b] = await Promise.all([officer.request('POST', '/api/visits', body, headers), officer.request('POST', '/api/visits', body, headers)]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.json<Visit>().id).toBe(b.json<Visit>().id);
  });

  it('a ward sees only its own register', async () => {
    const list = await ward.get('/api/visits');
    expect(list.status).toBe(200);
    const items = list.json<{ items: { unitName: string }[] }>().items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.unitName === 'Phường Suối Hoa')).toBe(true);
    const cityVisit = (await officer.get('/api/visits')).json<{ items: { id: number }[] }>().items[0]?.id;
    expect((await ward.get(`/api/visits/${cityVisit}`)).status).toBe(404);
  });
});
