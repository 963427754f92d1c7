/**
 * The records' lists (issue 8 §5): search in the content without diacritics, the shared filters, sorting and the
 * .xlsx exports of visits and letters, each inside the actor's units.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock';
import { createTestContext, ENGINE, type Session, type TestContext } from '../../test/support';
import { readXlsx } from '../../test/xlsx';

const clock = new ManualClock('2021-11-10T09:00:00+07:00');
let ctx: TestContext;
let processor: Session;
let officer: Session;
let handler: Session;
let ward: Session;
const ids = { land: 0, noise: 0, visit: 0, case: 0, period: 0 };

type Items = { items: { id: number; number?: number }[]; hasMore: boolean };
const found = async (s: Session, url: string) => {
  const r = await s.get(url);
  expect(r.status, url).toBe(200);
  return r.json<Items>().items.map((i) => i.id);
};

beforeAll(async () => {
  ctx = await createTestContext({ clock });
  processor = await ctx.login('xulydon');
  officer = await ctx.login('tiepdan');
  handler = await ctx.login('giaiquyet');
  ward = await ctx.login('suoihoa');
  const letter = (content: string, extra: Record<string, unknown>) =>
    processor.post('/api/letters', { requestType: 'khieu_nai', channel: 'buu_chinh', receivedOn: '2021-11-09', content, senders: [{ fullName: 'Hoàng Văn Liêm' }], ...extra });
  ids.land = (await letter('Tranh chấp đất đai với hộ liền kề ở thôn Đông', { field: 'dat_dai_nha_cua', specialCategories: ['nguoi_cao_tuoi'] })).json<{ id: number }>().id;
  ids.noise = (await letter('Phản ánh tiếng ồn của xưởng gỗ', { field: 'hanh_chinh_khac' })).json<{ id: number }>().id;
  const person = await officer.post('/api/people', { fullName: 'Vũ Thị Tìm', birthYear: 1955 });
  ids.visit = (await officer.post('/api/visits', { personIds: [person.json<{ id: number }>().id], receivedAt: '2021-11-10T08:00:00+07:00', requestType: 'kien_nghi', content: 'Đề nghị làm rõ ranh giới đất đai', specialCategories: ['nguoi_cao_tuoi'] })).json<{ id: number }>().id;
  ids.case = (await handler.post('/api/cases', { letterIds: [ids.land], title: 'Tranh chấp đất đai thôn Đông' })).json<{ id: number }>().id;
  ids.period = (await ctx.db.kysely.selectFrom('periods').select('id').where('kind', '=', 'heightened').executeTakeFirstOrThrow()).id;
});
afterAll(async () => ctx?.close());

describe(`records lists: search, filters, sorting, export (${ENGINE})`, () => {
  it('finds the content without diacritics, every word required, only in the actor’s units', async () => {
    expect(await found(processor, '/api/letters?q=dat dai&limit=200')).toEqual(expect.arrayContaining([ids.land]));
    expect(await found(processor, '/api/letters?q=dat dai&limit=200')).not.toContain(ids.noise);
    // Typed with diacritics and in capitals, or with a short word (outside the trigram index).
    expect(await found(processor, '/api/letters?q=ĐẤT  đai&limit=200')).toContain(ids.land);
    expect(await found(processor, '/api/letters?q=tranh ke&limit=200')).toContain(ids.land);
    expect(await found(processor, '/api/letters?q=dat xuong&limit=200')).not.toContain(ids.land);
    // The plain writer's name is searchable too.
    expect(await found(processor, '/api/letters?q=hoang van liem&limit=200')).toEqual(expect.arrayContaining([ids.land, ids.noise]));
    expect(await found(ward, '/api/letters?q=dat dai&limit=200')).not.toContain(ids.land);
    expect(await found(officer, '/api/visits?q=ranh gioi dat&limit=200')).toEqual([ids.visit]);
    expect(await found(handler, '/api/cases?q=thon dong&limit=200')).toEqual([ids.case]);
    expect(await found(ward, '/api/cases?q=thon dong&limit=200')).toEqual([]);
  });

  it('filters by field, special category, flags and a period’s dates', async () => {
    const byField = await found(processor, '/api/letters?field=dat_dai_nha_cua&limit=200');
    expect(byField).toContain(ids.land);
    expect(byField).not.toContain(ids.noise);
    expect(await found(processor, '/api/letters?specialCategory=nguoi_cao_tuoi&limit=200')).toEqual([ids.land]);
    // A code is matched whole: another code it starts with is not it.
    expect(await found(processor, '/api/letters?specialCategory=nguoi_cao&limit=200')).toEqual([]);
    expect(await found(officer, '/api/visits?specialCategory=nguoi_cao_tuoi&limit=200')).toEqual([ids.visit]);
    // A case's field and categories are its letters'.
    expect(await found(handler, '/api/cases?field=dat_dai_nha_cua&specialCategory=nguoi_cao_tuoi&limit=200')).toEqual([ids.case]);
    expect(await found(handler, `/api/cases?complex=true&limit=200`)).not.toContain(ids.case);
    // The heightened period runs 20/10–13/11/2021: the visit of 10/11 is in it, not when the window ends before.
    expect(await found(officer, `/api/visits?periodId=${ids.period}&limit=200`)).toContain(ids.visit);
    expect(await found(officer, `/api/visits?periodId=${ids.period}&to=2021-11-09&limit=200`)).not.toContain(ids.visit);
    expect((await officer.get('/api/visits?periodId=999999')).status).toBe(404);
  });

  it('sorts and pages', async () => {
    const asc = (await processor.get('/api/letters?sort=number&order=asc&limit=5')).json<Items>();
    const numbers = asc.items.map((l) => l.number as number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(asc.hasMore).toBe(true);
    const next = (await processor.get('/api/letters?sort=number&order=asc&limit=5&offset=5')).json<Items>();
    expect(next.items[0]?.number).toBeGreaterThanOrEqual(numbers.at(-1) as number);
    expect((await processor.get('/api/letters?sort=nothing')).status).toBe(400);
  });

  it('exports visits and letters as .xlsx with the list’s filters, audited without the typed search', async () => {
    const letters = await readXlsx(processor, '/api/letters/export.xlsx?q=dat dai');
    expect(letters[0]).toEqual(expect.arrayContaining(['Số', 'Ngày nhận', 'Người viết đơn', 'Hạn xử lý']));
    expect(letters.length - 1).toBe((await found(processor, '/api/letters?q=dat dai&limit=200')).length);
    expect(letters.slice(1).every((r) => /^\d+\/2021$/.test(String(r[0])) && /^\d{2}\/\d{2}\/\d{4}$/.test(String(r[1])))).toBe(true);
    const visits = await readXlsx(officer, `/api/visits/export.xlsx?periodId=${ids.period}`);
    expect(visits[0]).toEqual(expect.arrayContaining(['Ngày tiếp', 'Người đến', 'Nội dung']));
    expect(visits.length - 1).toBe((await found(officer, `/api/visits?periodId=${ids.period}&limit=200`)).length);
    const audit = await ctx.db.kysely.selectFrom('audit_log').select(['action', 'after']).where('action', 'in', ['letter.exported', 'visit.exported']).execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['letter.exported', 'visit.exported']);
    expect(JSON.stringify(audit)).not.toContain('dat dai');
  });
});
