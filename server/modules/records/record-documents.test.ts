/**
 * Documents issued from the records' work (issue 8 §2–§4): each letter decision's document in the deciding
 * transaction, numbered from the unit's register (never reused, distinct and sequential under concurrent decisions);
 * related letters over stored letters, in and out of scope; urging proposals and the urging letter on the timeline.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock';
import { createTestContext, ENGINE, type Session, type TestContext } from '../../test/support';
import { docxText } from '../documents/docx';

const clock = new ManualClock('2021-11-10T09:00:00+07:00');
let ctx: TestContext;
let processor: Session;
let leader: Session;
let ward: Session;
let suoiHoa = 0;

interface Doc { id: number; kind: string; number: number | null; numberLine: string | null; symbol: string | null }
interface Letter { id: number; version: number; number: number; year: number; caseId: number | null; duplicateOfId: number | null; documents: Doc[] }

const complaint = (over: Record<string, unknown> = {}) => ({
  requestType: 'khieu_nai',
  channel: 'buu_chinh',
  receivedOn: '2021-11-08',
  content: 'Khiếu nại quyết định thu hồi đất số 125 của Ủy ban nhân dân phường Vệ An đối với thửa đất số 47 của gia đình tôi.',
  senders: [{ fullName: 'Đỗ Văn Khải', idNumber: '027085004411', address: 'Khu 3, phường Vệ An' }],
  ...over,
});

async function register(s: Session, over: Record<string, unknown> = {}): Promise<Letter> {
  const r = await s.post('/api/letters', complaint(over));
  expect(r.status).toBe(201);
  return r.json<Letter>();
}

async function textOf(s: Session, id: number): Promise<string> {
  const file = await s.download(`/api/documents/${id}/file`);
  expect(file.status).toBe(200);
  return docxText(file.bytes);
}

beforeAll(async () => {
  ctx = await createTestContext({ clock });
  [processor, leader, ward] = await Promise.all([ctx.login('xulydon'), ctx.login('lanhdao'), ctx.login('suoihoa')]);
  suoiHoa = (await ctx.db.kysely.selectFrom('units').select('id').where('code', '=', 'BN-TP-P-SUOIHOA').executeTakeFirstOrThrow()).id;
});
afterAll(async () => ctx?.close());

describe(`documents from letter decisions (${ENGINE})`, () => {
  it('each decision issues its document, listed on the letter with its number, in the deciding transaction', async () => {
    const cases: [string, Record<string, unknown>, string, RegExp][] = [
      ['huong_dan', { forwardToBody: 'Tòa án nhân dân thành phố Bắc Ninh' }, 'guidance', /Tòa án nhân dân thành phố Bắc Ninh/],
      ['khong_thu_ly', { ground: 'kn_het_thoi_hieu' }, 'ineligibility_notice', /thời hiệu/i],
      ['chuyen_don', { forwardToUnitId: suoiHoa }, 'transfer', /Phường Suối Hoa/i],
      ['thu_ly', {}, 'acceptance_proposal', /Thụ lý giải quyết/],
    ];
    for (const [decision, extra, kind, expected] of cases) {
      const l = await register(processor);
      const r = await processor.post(`/api/letters/${l.id}/decide`, { version: l.version, decision, ...extra });
      expect(r.status, decision).toBe(200);
      const [doc] = r.json<Letter>().documents;
      expect(doc?.kind).toBe(kind);
      const text = await textOf(processor, doc?.id as number);
      expect(text).toMatch(expected);
      expect(text).toContain('Đỗ Văn Khải');
      if (doc?.number !== null) expect(text).toContain(doc?.numberLine);
    }
    // The forwarded letter: the sender urges the ward, the ward enters it and returns it; each writes its document.
    const forwarded = await register(processor);
    const sent = (await processor.post(`/api/letters/${forwarded.id}/decide`, { version: forwarded.version, decision: 'chuyen_don', forwardToUnitId: suoiHoa })).json<Letter>();
    const urged = await processor.post(`/api/letters/${forwarded.id}/decide`, { version: sent.version, decision: 'don_doc', note: 'đề nghị phường vào sổ và giải quyết đơn.' });
    expect(urged.json<Letter>().documents.map((d) => d.kind)).toEqual(['transfer', 'urging']);
    expect(await textOf(processor, urged.json<Letter>().documents[1]?.id as number)).toMatch(/Phường Suối Hoa/i);
    const copy = (await ward.post(`/api/letters/${forwarded.id}/receive`)).json<Letter>();
    const returned = await ward.post(`/api/letters/${copy.id}/decide`, { version: copy.version, decision: 'tra_lai_don', note: 'Nội dung đơn thuộc thẩm quyền của Ủy ban nhân dân thành phố.' });
    expect(returned.status).toBe(200);
    const [notice] = returned.json<Letter>().documents;
    expect(notice?.kind).toBe('return_notice');
    expect(await textOf(ward, notice?.id as number)).toContain('thuộc thẩm quyền của Ủy ban nhân dân thành phố');
    // Archiving issues nothing.
    const archived = await register(processor);
    expect((await processor.post(`/api/letters/${archived.id}/decide`, { version: archived.version, decision: 'luu_don' })).json<Letter>().documents).toEqual([]);
  });

  it('concurrent decisions get distinct, sequential numbers; a decision that fails gives its number back', async () => {
    const letters = await Promise.all(Array.from({ length: 8 }, (_, i) => register(processor, { content: `Khiếu nại số ${i} về việc bồi thường khi thu hồi đất tại dự án khu đô thị mới.` })));
    const decided = await Promise.all(letters.map((l) => processor.post(`/api/letters/${l.id}/decide`, { version: l.version, decision: 'khong_thu_ly', ground: 'kn_het_thoi_hieu' })));
    expect(decided.map((r) => r.status)).toEqual(Array(8).fill(200));
    const numbers = decided.map((r) => r.json<Letter>().documents[0]?.number as number).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(8);
    expect((numbers.at(-1) as number) - (numbers[0] as number)).toBe(7);
    // Refused after its number was taken (the notice would quote a denouncer): the number goes back to the register.
    const quoting = await register(processor, { requestType: 'to_cao', content: 'Tôi là Đỗ Văn Khải, tố cáo cán bộ địa chính phường nhận tiền.' });
    expect((await processor.post(`/api/letters/${quoting.id}/decide`, { version: quoting.version, decision: 'khong_thu_ly', ground: 'tc_khong_co_co_so' })).status).toBe(400);
    const next = await register(processor);
    const r = await processor.post(`/api/letters/${next.id}/decide`, { version: next.version, decision: 'khong_thu_ly', ground: 'kn_het_thoi_hieu' });
    expect(r.json<Letter>().documents[0]?.number).toBe((numbers.at(-1) as number) + 1);
    const audit = await ctx.db.kysely.selectFrom('audit_log').select('action').where('action', '=', 'document.issued').execute();
    expect(audit.length).toBeGreaterThanOrEqual(9);
  });
});

describe(`related letters over stored letters (${ENGINE})`, () => {
  it('finds the same writer’s letters across units; one out of scope is shown without its content', async () => {
    const city = await register(processor, { content: 'Khiếu nại việc Ủy ban nhân dân phường Suối Hoa chậm cấp giấy chứng nhận quyền sử dụng đất cho gia đình tôi tại tổ 4.' });
    const atWard = await register(ward, { content: 'Đề nghị phường giải quyết việc cấp giấy chứng nhận quyền sử dụng đất cho gia đình tôi tại tổ 4, đã nộp hồ sơ từ lâu.' });
    const unrelated = await register(processor, { content: 'Phản ánh tình trạng mất vệ sinh môi trường do cơ sở chăn nuôi lợn gây ra tại thôn Hòa Đình.', senders: [{ fullName: 'Ngô Thị Lan', address: 'Thôn Hòa Đình' }], requestType: 'phan_anh' });

    type Related = { items: { letterId: number; visible: boolean; summary: string | null; unitName: string; reasons: string[]; score: number }[] };
    const fromWard = (await ward.get(`/api/letters/${atWard.id}/related`)).json<Related>().items;
    const cityHit = fromWard.find((i) => i.letterId === city.id);
    expect(cityHit).toMatchObject({ visible: false, summary: null });
    expect(cityHit?.unitName).toMatch(/thành phố Bắc Ninh/i);
    expect(cityHit?.reasons.join(' ')).toMatch(/CCCD/);
    expect(fromWard.map((i) => i.letterId)).not.toContain(unrelated.id);
    const fromCity = (await processor.get(`/api/letters/${city.id}/related`)).json<Related>().items;
    expect(fromCity.find((i) => i.letterId === atWard.id)).toMatchObject({ visible: true });

    // The ward may not mark against a letter it cannot open; the city marks, links and adds to a case, audited.
    expect((await ward.post(`/api/letters/${atWard.id}/relations`, { version: atWard.version, relation: 'duplicate_of', letterId: city.id })).status).toBe(400);
    const marked = await processor.post(`/api/letters/${atWard.id}/relations`, { version: atWard.version, relation: 'duplicate_of', letterId: city.id });
    expect(marked.status).toBe(200);
    expect(marked.json<Letter>().duplicateOfId).toBe(city.id);
    expect((await processor.post(`/api/letters/${city.id}/relations`, { version: city.version, relation: 'related', letterId: atWard.id })).status).toBe(200);
    expect((await processor.post(`/api/letters/${city.id}/relations`, { version: city.version, relation: 'related', letterId: atWard.id })).status).toBe(409);
    expect((await processor.get(`/api/letters/${city.id}/related`)).json<Related>().items.find((i) => i.letterId === atWard.id)).toMatchObject({ linked: true });
    const accepted = (await processor.post(`/api/letters/${city.id}/decide`, { version: city.version, decision: 'thu_ly' })).json<Letter>();
    const other = await register(processor);
    const joined = await processor.post(`/api/letters/${other.id}/relations`, { version: other.version, relation: 'case', caseId: accepted.caseId });
    expect(joined.json<Letter>().caseId).toBe(accepted.caseId);
    const actions = (await ctx.db.kysely.selectFrom('audit_log').select('action').where('action', 'in', ['letter.marked_duplicate', 'letter.linked', 'letter.added_to_case']).execute()).map((a) => a.action);
    expect(actions.sort()).toEqual(['letter.added_to_case', 'letter.linked', 'letter.marked_duplicate']);
  });
});

describe(`urging cases (${ENGINE})`, () => {
  it('proposes the overdue cases of the units below; the urging letter is issued, numbered and shown on the timeline', async () => {
    const old = await register(ward, { receivedOn: '2021-09-01', content: 'Khiếu nại việc chậm chi trả tiền bồi thường giải phóng mặt bằng dự án đường vành đai.' });
    const caseId = (await ward.post(`/api/letters/${old.id}/decide`, { version: old.version, decision: 'thu_ly', on: '2021-09-01' })).json<Letter>().caseId as number;
    const proposals = (await leader.get('/api/cases/urging?withinDays=0&limit=200')).json<{ items: { id: number; overdue: boolean; daysOverdue: number | null; lastUrgedOn: string | null }[] }>().items;
    const proposed = proposals.find((p) => p.id === caseId);
    expect(proposed).toMatchObject({ overdue: true, lastUrgedOn: null });
    expect(proposed?.daysOverdue).toBeGreaterThan(0);
    const before = (await leader.get(`/api/cases/${caseId}`)).json<{ version: number; actions: string[]; events: { transition: string; document: Doc | null }[] }>();
    expect(before.actions).toContain('urge');
    // The case's opening event carries the proposal to accept it was opened by.
    expect(before.events[0]?.document?.kind).toBe('acceptance_proposal');
    const urged = await leader.post(`/api/cases/${caseId}/urge`, { version: before.version, request: 'khẩn trương chi trả tiền bồi thường và báo cáo kết quả trước ngày 20/11/2021.' });
    expect(urged.status).toBe(200);
    const after = urged.json<{ events: { transition: string; document: Doc | null }[]; documents: Doc[] }>();
    const event = after.events.at(-1);
    expect(event?.transition).toBe('don_doc');
    expect(event?.document?.kind).toBe('urging');
    const text = await textOf(leader, event?.document?.id as number);
    expect(text).toContain(event?.document?.numberLine);
    expect(text).toContain('khẩn trương chi trả tiền bồi thường');
    expect((await leader.post(`/api/cases/${caseId}/urge`, { version: before.version })).status).toBe(409);
    const again = (await leader.get('/api/cases/urging?withinDays=0&limit=200')).json<{ items: { id: number; lastUrgedOn: string | null }[] }>().items;
    expect(again.find((p) => p.id === caseId)?.lastUrgedOn).toBe('2021-11-10');
    // The ward's own user is not proposed its own case (he is urged, not urging); the list filter and the queue agree.
    expect((await ward.get('/api/cases/urging?withinDays=0&limit=200')).json<{ items: { id: number }[] }>().items.map((i) => i.id)).not.toContain(caseId);
    expect((await leader.get('/api/cases?toUrge=true&limit=200')).json<{ items: { id: number }[] }>().items.map((i) => i.id)).toContain(caseId);
    const queue = (await leader.get('/api/queues')).json<{ items: { code: string; count: number }[] }>().items.find((i) => i.code === 'cases_to_urge');
    expect(queue?.count).toBe((await leader.get('/api/cases?toUrge=true&limit=200')).json<{ items: unknown[] }>().items.length);
  });
});

describe(`documents at a visit (${ENGINE})`, () => {
  it('a receipt for the papers handed in; a refusal notice where the ground requires one in writing', async () => {
    const reception = await ctx.login('tiepdan');
    const person = (await reception.post('/api/people', { fullName: 'Vũ Thị Hạnh', birthYear: 1968 })).json<{ id: number }>();
    const received = await reception.post('/api/visits', { personIds: [person.id], receivedAt: '2021-11-10T08:30:00+07:00', requestType: 'khieu_nai', content: 'Khiếu nại việc thu hồi đất', outcome: 'nhan_don', documentsReceived: 'Đơn khiếu nại; Bản sao quyết định thu hồi đất' });
    expect(received.status).toBe(201);
    const [receipt] = received.json<{ documents: Doc[] }>().documents;
    expect(receipt).toMatchObject({ kind: 'receipt', number: null });
    const text = await textOf(reception, receipt?.id as number);
    expect(text).toContain('Vũ Thị Hạnh');
    expect(text).toContain('Bản sao quyết định thu hồi đất');
    const refused = await reception.post('/api/visits', { personIds: [person.id], receivedAt: '2021-11-10T08:45:00+07:00', requestType: 'khieu_nai', content: 'Khiếu nại lại việc thu hồi đất đã được giải quyết đúng', outcome: 'tu_choi', refusalGround: 'da_giai_quyet_dung' });
    expect(refused.status).toBe(201);
    const [notice] = refused.json<{ documents: Doc[] }>().documents;
    expect(notice?.kind).toBe('refusal_notice');
    expect(await textOf(reception, notice?.id as number)).toContain(notice?.numberLine);
    // Refused and explained in person: no written notice.
    const explained = await reception.post('/api/visits', { personIds: [person.id], receivedAt: '2021-11-10T08:50:00+07:00', requestType: 'khieu_nai', content: 'Khiếu nại', outcome: 'tu_choi', refusalGround: 'truong_hop_khac' });
    expect(explained.json<{ documents: Doc[] }>().documents).toEqual([]);
  });
});
