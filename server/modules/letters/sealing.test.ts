/**
 * Luật Tố cáo arts. 8(3), 9(1)(b), 56: a denouncer's name, identity number, address and phone never reach anyone the
 * head has not cleared — in any response: the letter, lists, inboxes, cases, visits, a person's history, the audit log,
 * the search (a sealed writer is never in a search key) and every .xlsx export — nor any document the work issues (the
 * proposal to accept, the transfer slip, the notice of ineligibility).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchKey } from '@core/domain/text/normalize';
import { ManualClock } from '../../platform/clock';
import { docxText } from '../documents/docx';
import { createTestContext, ENGINE, type Response, type Session, type TestContext } from '../../test/support';
import { readXlsx } from '../../test/xlsx';

const clock = new ManualClock('2021-11-10T09:00:00+07:00');
const SECRET = { fullName: 'Lê Thị Kín Đáo', idNumber: '027190001122', address: 'Số 9 ngõ Bí Mật, phường Tiền An', phone: '0912 000 111' };
/** Every form the values could leak in: as typed, without diacritics, the phone as stored. */
const FORMS = [SECRET.fullName, searchKey(SECRET.fullName).trim(), SECRET.idNumber, SECRET.address, searchKey(SECRET.address).trim(), '912000111', '0912 000 111'];
const PLACEHOLDER = 'Người tố cáo (được giữ bí mật)';

let ctx: TestContext;
let users: Record<'xulydon' | 'tiepdan' | 'giaiquyet' | 'lanhdao' | 'thanhtra' | 'admin' | 'suoihoa', Session>;
const bodies: { who: string; url: string; body: string }[] = [];

async function scan(who: keyof typeof users, url: string, r?: Response): Promise<Response> {
  const res = r ?? (await users[who].get(url));
  expect(res.status, `${who} ${url}`).toBeLessThan(300);
  bodies.push({ who, url, body: JSON.stringify(res.body) });
  return res;
}

/** Every document issued for these letters, downloaded and read as text, joins the scanned bodies. */
async function scanDocuments(who: keyof typeof users, letterIds: number[]): Promise<number> {
  const docs = (await ctx.db.kysely.selectFrom('documents').select(['id', 'kind']).where('subject_type', '=', 'letter').where('subject_id', 'in', letterIds).execute());
  for (const d of docs) {
    const file = await users[who].download(`/api/documents/${d.id}/file`);
    expect(file.status, `document ${d.kind}`).toBe(200);
    bodies.push({ who, url: `document ${d.kind}`, body: docxText(file.bytes) });
  }
  return docs.length;
}

function leaks(): { who: string; url: string; form: string }[] {
  return bodies.flatMap((b) => FORMS.filter((f) => b.body.toLowerCase().includes(f.toLowerCase())).map((form) => ({ who: b.who, url: b.url, form })));
}

let letterId = 0;
let personId = 0;

beforeAll(async () => {
  ctx = await createTestContext({ clock });
  const names = ['xulydon', 'tiepdan', 'giaiquyet', 'lanhdao', 'thanhtra', 'admin', 'suoihoa'] as const;
  users = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await ctx.login(n)] as const))) as typeof users;
});
afterAll(async () => ctx?.close());

describe(`denouncers' identity is sealed (${ENGINE})`, () => {
  it('no uncleared user ever receives the values, in any response', async () => {
    const created = await scan('xulydon', 'POST /api/letters', await users.xulydon.post('/api/letters', {
      requestType: 'to_cao',
      channel: 'buu_chinh',
      receivedOn: '2021-11-09',
      content: 'Tố cáo cán bộ địa chính phường nhận tiền khi làm thủ tục cấp giấy chứng nhận.',
      summary: 'Tố cáo cán bộ địa chính',
      senders: [SECRET],
    }));
    expect(created.status).toBe(201);
    letterId = created.json<{ id: number }>().id;
    expect(created.json()).toMatchObject({ sealed: true, cleared: false, senders: [], sendersLabel: PLACEHOLDER });
    for (const who of ['xulydon', 'tiepdan', 'giaiquyet', 'lanhdao', 'thanhtra'] as const) {
      const got = await scan(who, `/api/letters/${letterId}`);
      expect(got.status, who).toBe(200);
      expect(got.json<{ sendersLabel: string }>().sendersLabel).toBe(PLACEHOLDER);
      await scan(who, '/api/letters?limit=200');
    }
    // A visit to denounce: the visitor, registered in the citizen register, is not linked to it.
    const person = await users.tiepdan.post('/api/people', { fullName: 'Phạm Văn Tố', birthYear: 1970 });
    personId = person.json<{ id: number }>().id;
    const visit = await scan('tiepdan', 'POST /api/visits', await users.tiepdan.post('/api/visits', { personIds: [personId], receivedAt: '2021-11-10T08:15:00+07:00', requestType: 'to_cao', content: 'Tố cáo trưởng thôn', outcome: 'nhan_don', documentsReceived: 'Đơn tố cáo; ảnh chụp hiện trường' }));
    expect(visit.status).toBe(201);
    // The receipt handed to the visitor names him as the placeholder only.
    const receipt = visit.json<{ documents: { id: number; kind: string }[] }>().documents;
    expect(receipt.map((d) => d.kind)).toEqual(['receipt']);
    const receiptText = docxText((await users.tiepdan.download(`/api/documents/${receipt[0]?.id}/file`)).bytes);
    expect(receiptText).toContain(PLACEHOLDER);
    expect(receiptText).not.toContain('Phạm Văn Tố');
    expect(visit.json()).toMatchObject({ sealed: true, people: [], peopleLabel: PLACEHOLDER });
    const visitsList = await scan('tiepdan', '/api/visits');
    expect(JSON.stringify(visitsList.body)).not.toContain('Phạm Văn Tố');
    const history = await scan('tiepdan', `/api/people/${personId}/history`);
    expect(history.json()).toMatchObject({ visits: [], letters: [], cases: [], totals: { visits: 0, letters: 0 } });
    const visitLetter = visit.json<{ letterId: number }>().letterId;
    const visitLetterBody = await scan('xulydon', `/api/letters/${visitLetter}`);
    expect(JSON.stringify(visitLetterBody.body)).not.toContain('Phạm Văn Tố');

    // Accepted: the case lists and shows the letter without the identity.
    const l = (await users.xulydon.get(`/api/letters/${letterId}`)).json<{ version: number }>();
    const decided = await scan('xulydon', 'decide', await users.xulydon.post(`/api/letters/${letterId}/decide`, { version: l.version, decision: 'thu_ly' }));
    expect(decided.status).toBe(200);
    const caseId = decided.json<{ caseId: number }>().caseId;
    for (const who of ['giaiquyet', 'lanhdao', 'thanhtra'] as const) {
      await scan(who, '/api/cases?limit=200');
      const c = await scan(who, `/api/cases/${caseId}`);
      expect(c.json<{ letters: { sendersLabel: string }[] }>().letters[0]?.sendersLabel).toBe(PLACEHOLDER);
    }

    // Forwarded to a ward (another denunciation): the ward's inbox and its own copy stay sealed.
    const units = (await users.xulydon.get('/api/units')).json<{ items: { id: number; name: string; children: { id: number; name: string }[] }[] }>();
    const flat = (n: { id: number; name: string; children?: unknown[] }[]): { id: number; name: string }[] => n.flatMap((x) => [x, ...flat((x.children ?? []) as typeof n)]);
    const suoiHoa = flat(units.items).find((u) => u.name === 'Phường Suối Hoa')?.id as number;
    const second = await scan('xulydon', 'POST /api/letters 2', await users.xulydon.post('/api/letters', { requestType: 'to_cao', channel: 'truc_tiep', receivedOn: '2021-11-10', content: 'Tố cáo cán bộ phường', senders: [SECRET] }));
    const s = second.json<{ id: number; version: number }>();
    expect((await users.xulydon.post(`/api/letters/${s.id}/decide`, { version: s.version, decision: 'chuyen_don', forwardToUnitId: suoiHoa })).status).toBe(200);
    await scan('suoihoa', '/api/letters?inbox=true');
    await scan('suoihoa', `/api/letters/${s.id}`);
    const copy = await scan('suoihoa', 'receive', await users.suoihoa.post(`/api/letters/${s.id}/receive`));
    expect(copy.status).toBe(201);
    expect(copy.json()).toMatchObject({ sealed: true, sendersLabel: PLACEHOLDER });
    // The ward's copy may not be forwarded on: denunciations are forwarded once.
    const c = copy.json<{ id: number; version: number }>();
    const again = await users.suoihoa.post(`/api/letters/${c.id}/decide`, { version: c.version, decision: 'chuyen_don', forwardToBody: 'Thanh tra tỉnh' });
    expect(again.status).toBe(409);

    // Search: the writer's name, with or without diacritics, finds none of his letters.
    for (const q of [SECRET.fullName, searchKey(SECRET.fullName), searchKey(SECRET.address)]) {
      const r = await scan('xulydon', `/api/letters?q=${encodeURIComponent(q)}&limit=200`);
      expect(r.json<{ items: unknown[] }>().items).toEqual([]);
    }
    // Every export, as its readers download it.
    for (const [who, url] of [['xulydon', '/api/letters/export.xlsx'], ['tiepdan', '/api/visits/export.xlsx'], ['lanhdao', '/api/cases/export.xlsx'], ['suoihoa', '/api/letters/export.xlsx?inbox=true']] as const) {
      bodies.push({ who, url, body: JSON.stringify(await readXlsx(users[who], url)) });
    }

    // Not accepted: the notice to the denouncer is addressed to the placeholder, never to the name.
    const third = (await users.xulydon.post('/api/letters', { requestType: 'to_cao', channel: 'buu_chinh', receivedOn: '2021-11-10', content: 'Tố cáo việc thu phí trái quy định', senders: [SECRET] })).json<{ id: number; version: number }>();
    const refused = await scan('xulydon', 'decide khong_thu_ly', await users.xulydon.post(`/api/letters/${third.id}/decide`, { version: third.version, decision: 'khong_thu_ly', ground: 'tc_khong_co_co_so' }));
    expect(refused.json<{ documents: { kind: string }[] }>().documents.map((d) => d.kind)).toEqual(['ineligibility_notice']);
    // The proposal to accept, the denunciation transfer slip and the notice: read as files, none holds the identity.
    expect(await scanDocuments('xulydon', [letterId, s.id, third.id])).toBe(3);
    expect(bodies.at(-1)?.body).toContain(PLACEHOLDER);

    // The audit log, read by those who may read it.
    await scan('thanhtra', '/api/audit?pageSize=200');
    await scan('admin', '/api/audit?pageSize=200');
    expect(bodies.length).toBeGreaterThan(25);
    expect(leaks()).toEqual([]);
  });

  it('the head clears an officer: he reads the identity, the read is audited without the values', async () => {
    const account = await ctx.db.kysely.selectFrom('accounts').select('id').where('username', '=', 'xulydon').executeTakeFirstOrThrow();
    const granted = await users.lanhdao.post('/api/clearances', { subject: { type: 'letter', id: letterId }, accountId: account.id, reason: 'Giải quyết tố cáo' });
    expect(granted.status).toBe(201);
    const opened = await users.xulydon.get(`/api/letters/${letterId}`);
    expect(opened.json()).toMatchObject({ cleared: true, senders: [{ fullName: SECRET.fullName, idNumber: SECRET.idNumber, address: SECRET.address, phone: '+84912000111' }] });
    // Still hidden from the others, and from lists even for him.
    expect((await users.tiepdan.get(`/api/letters/${letterId}`)).json<{ senders: unknown[] }>().senders).toEqual([]);
    bodies.length = 0;
    await scan('xulydon', '/api/letters?limit=200');
    // Not even for him does a search by the name find the letter: a sealed writer is never in a search key.
    expect((await scan('xulydon', `/api/letters?q=${encodeURIComponent(searchKey(SECRET.fullName))}`)).json<{ items: unknown[] }>().items).toEqual([]);
    bodies.push({ who: 'xulydon', url: 'letters export', body: JSON.stringify(await readXlsx(users.xulydon, '/api/letters/export.xlsx')) });
    const audit = await scan('thanhtra', '/api/audit?pageSize=200');
    expect(leaks()).toEqual([]);
    const entries = audit.json<{ items: { action: string; entityId: string | null }[] }>().items;
    expect(entries.some((e) => e.action === 'sealed.read' && e.entityId === String(letterId))).toBe(true);
  });

  it('a text quoting the denouncer stops the document and the decision (last: its content names him)', async () => {
    // A text quoting the denouncer's name (here the content, which the slip summarises) stops the document, and the decision.
    const quoting = (await users.xulydon.post('/api/letters', { requestType: 'to_cao', channel: 'buu_chinh', receivedOn: '2021-11-10', content: `Tôi là ${SECRET.fullName}, tố cáo cán bộ xã`, senders: [SECRET] })).json<{ id: number; version: number }>();
    const stopped = await users.xulydon.post(`/api/letters/${quoting.id}/decide`, { version: quoting.version, decision: 'chuyen_don', forwardToBody: 'Thanh tra tỉnh Bắc Ninh' });
    expect(stopped.status).toBe(400);
    expect((await users.xulydon.get(`/api/letters/${quoting.id}`)).json()).toMatchObject({ state: 'moi_nhan', documents: [] });
  });
});
