import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, type DocumentKind } from '@core/domain/documents';
import { DOCUMENT_SAMPLES, type TIssueDocument, type TIssuedDocument } from '@core/schemas/documents';
import { systemMeta } from '../../platform/context';
import { ManualClock } from '../../platform/clock';
import { createTestContext, ENGINE, type Session, type TestContext } from '../../test/support';
import { docxText, shippedTemplate } from './docx';
import { issueDocument } from './documents.service';

let ctx: TestContext;
let admin: Session;
let reception: Session;
let ward: Session;
let leader: Session;
let unitIds: { city: number; btcd: number; suoiHoa: number };
let personId: number;
const clock = new ManualClock('2021-10-25T08:00:00+07:00');

beforeAll(async () => {
  ctx = await createTestContext({ clock });
  [admin, reception, ward, leader] = (await Promise.all(['admin', 'tiepdan', 'suoihoa', 'lanhdao'].map((u) => ctx.login(u)))) as [Session, Session, Session, Session];
  const units = await ctx.db.kysely.selectFrom('units').select(['id', 'code']).execute();
  const id = (code: string) => units.find((u) => u.code === code)?.id as number;
  unitIds = { city: id('BN-TP'), btcd: id('BN-TP-BTCD'), suoiHoa: id('BN-TP-P-SUOIHOA') };
  const person = await reception.post('/api/people', { fullName: 'Trần Văn Mẫu', idNumber: '027090000001', birthYear: 1990, gender: 'male' });
  expect(person.status).toBe(201);
  personId = person.json<{ id: number }>().id;
});
afterAll(async () => ctx?.close());

const meta = systemMeta('test');
const issue = (over: Partial<TIssueDocument> & { kind: DocumentKind }) =>
  ctx.db.transaction((tx) =>
    issueDocument(tx, ctx.app.deps, meta, {
      unitId: unitIds.city,
      subject: { type: 'person', id: personId },
      signer: { name: 'Nguyễn Song Hà', title: 'Chủ tịch', authority: ['TM. ỦY BAN NHÂN DÂN'] },
      recipients: ['Như trên', 'UBND phường Suối Hoa'],
      archive: ['BTCD'],
      data: DOCUMENT_SAMPLES[over.kind] as Record<string, unknown>,
      ...over,
    }),
  );

async function textOf(doc: TIssuedDocument, session: Session = reception): Promise<string> {
  const r = await session.download(`/api/documents/${doc.id}/file`);
  expect(r.status).toBe(200);
  expect(r.headers['content-type']).toContain('wordprocessingml');
  return docxText(r.bytes);
}

describe(`official documents in the ND 30/2020 layout (${ENGINE})`, () => {
  it('every kind renders from its template with the motto, issuer, number, date in words, recipients and signer', async () => {
    const seen: string[] = [];
    for (const kind of DOCUMENT_KINDS) {
      const doc = await issue({ kind });
      const text = await textOf(doc);
      expect(text, kind).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text, kind).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(text, kind).toContain('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ BẮC NINH');
      expect(text, kind).toContain('Bắc Ninh, ngày 25 tháng 10 năm 2021');
      expect(text, kind).toContain('Nguyễn Song Hà');
      if (doc.number !== null) {
        expect(text, kind).toContain(doc.numberLine as string);
        seen.push(doc.numberLine as string);
      }
      // The internal proposal and the receipt sign differently and are not sent: no recipients block.
      if (kind !== 'acceptance_proposal' && kind !== 'receipt') expect(text, kind).toMatch(/Nơi nhận:\n- Như trên;\n- UBND phường Suối Hoa;\n- Lưu: VT, BTCD\./);
    }
    // One register for every kind: 7 numbered kinds took 01…07 in order; the proposal and the receipt took none.
    expect(seen).toEqual(['Số: 01/UBND', 'Số: 02/PC-UBND', 'Số: 03/PC-UBND', 'Số: 04/UBND', 'Số: 05/TB-UBND', 'Số: 06/TB-UBND', 'Số: 07/UBND']);
  });

  it('the refusal notice follows Mẫu 01/TCD and the receipt Mẫu 02/TCD (NĐ 154/2026)', async () => {
    const refusal = await textOf(await issue({ kind: 'refusal_notice' }));
    expect(refusal).toContain('THÔNG BÁO\nVề việc từ chối tiếp công dân');
    expect(refusal).toContain('từ chối tiếp nhận nội dung khiếu nại của ông (bà) Trần Văn Mẫu và thông báo để ông (bà) được biết.');
    const receipt = await textOf(await issue({ kind: 'receipt' }));
    expect(receipt).toContain('GIẤY BIÊN NHẬN\nThông tin, tài liệu');
    expect(receipt).toContain('Vào 09 giờ 30 phút ngày 25 tháng 10 năm 2021, tại: Trụ sở Tiếp công dân thành phố Bắc Ninh');
    expect(receipt).toContain('1. Đơn khiếu nại (2 trang); tình trạng: Bản chính.');
    expect(receipt).toContain('được lập thành 02 bản, giao cho người cung cấp thông tin, tài liệu 01 bản.');
    expect(receipt).not.toContain('Số:');
  });

  it('an agency issues under its superior with its own abbreviation', async () => {
    const doc = await issue({ kind: 'transfer', unitId: unitIds.btcd });
    expect(doc.symbol).toBe('PC-BTCD');
    expect(doc.number).toBe(1);
    const text = await textOf(doc);
    expect(text).toContain('UBND THÀNH PHỐ BẮC NINH\nBAN TIẾP CÔNG DÂN THÀNH PHỐ');
    expect(text).toContain('Số: 01/PC-BTCD');
  });

  it('the denunciation transfer slip has no place for the denouncer: a name passed in the data never appears', async () => {
    const denouncer = { fullName: 'Lê Thị Tốcáo', idNumber: '027190000777', address: 'Số 9 ngõ Bí Mật' };
    const doc = await issue({
      kind: 'denunciation_transfer',
      sealed: false,
      withheld: [denouncer.fullName, denouncer.idNumber, denouncer.address],
      data: { ...DOCUMENT_SAMPLES.denunciation_transfer, senderName: denouncer.fullName, senderAddress: denouncer.address, denouncer },
    });
    const r = await reception.download(`/api/documents/${doc.id}/file`);
    const xml = Object.values(new PizZip(r.bytes).files).map((f) => f.asText()).join('\n');
    for (const secret of [denouncer.fullName, denouncer.idNumber, denouncer.address, 'Tốcáo']) expect(xml).not.toContain(secret);
    expect(docxText(r.bytes)).toContain('PHIẾU CHUYỂN ĐƠN TỐ CÁO');
  });

  it('refuses to issue a document in which a withheld identity would appear, and gives the number back', async () => {
    const before = await issue({ kind: 'transfer' });
    await expect(issue({ kind: 'transfer', withheld: ['BÀ NGUYEN THI MAU'] })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    const after = await issue({ kind: 'transfer' });
    expect(after.number).toBe((before.number as number) + 1);
  });

  it('validates the data with Vietnamese messages naming the field', async () => {
    await expect(issue({ kind: 'refusal_notice', data: { ...DOCUMENT_SAMPLES.refusal_notice, visitedOn: '2021-02-30', citizenName: '' } })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: expect.objectContaining({ 'data.visitedOn': expect.stringContaining('không tồn tại'), 'data.citizenName': 'Họ tên công dân không được để trống' }),
    });
    await expect(issue({ kind: 'transfer', subject: { type: 'nothing', id: 1 } })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});

describe(`the register of outgoing documents (${ENGINE})`, () => {
  it('30 concurrent issues in one unit take the numbers 1…30 exactly', async () => {
    const docs = await Promise.all(Array.from({ length: 30 }, () => issue({ kind: 'refusal_notice', unitId: unitIds.suoiHoa })));
    expect(docs.map((d) => d.number).sort((a, b) => (a as number) - (b as number))).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    const register = await ctx.db.kysely.selectFrom('document_registers').selectAll().where('unit_id', '=', unitIds.suoiHoa).execute();
    expect(register).toEqual([{ unit_id: unitIds.suoiHoa, year: 2021, last_number: 30 }]);
    expect((await textOf(docs[0] as TIssuedDocument)).split('\n')[0]).toBe('ỦY BAN NHÂN DÂN');
  });

  it('a rolled-back issue gives its number back: no gap', async () => {
    const first = await issue({ kind: 'ineligibility_notice', unitId: unitIds.suoiHoa });
    await expect(
      ctx.db.transaction(async (tx) => {
        await issueDocument(tx, ctx.app.deps, meta, { unitId: unitIds.suoiHoa, kind: 'ineligibility_notice', subject: { type: 'person', id: personId }, signer: { name: 'A', title: 'B' }, data: DOCUMENT_SAMPLES.ineligibility_notice });
        throw new Error('the record failed after the document was numbered');
      }),
    ).rejects.toThrow('failed');
    const next = await issue({ kind: 'ineligibility_notice', unitId: unitIds.suoiHoa });
    expect(next.number).toBe((first.number as number) + 1);
  });

  it('the unique index refuses a second document with a number already given', async () => {
    const doc = await issue({ kind: 'urging', unitId: unitIds.suoiHoa });
    const row = await ctx.db.kysely.selectFrom('documents').selectAll().where('id', '=', doc.id).executeTakeFirstOrThrow();
    const { id: _id, ...copy } = row;
    await expect(ctx.db.kysely.insertInto('documents').values({ ...copy, storage_key: 'documents/copy' }).execute()).rejects.toThrow();
  });

  it('starts again from 1 on 1 January (Vietnam’s date)', async () => {
    clock.set('2021-12-31T23:30:00+07:00');
    const last = await issue({ kind: 'refusal_notice', unitId: unitIds.btcd });
    clock.set('2021-12-31T17:30:00Z'); // 00:30 on 1 January in Hà Nội
    const first = await issue({ kind: 'refusal_notice', unitId: unitIds.btcd });
    clock.set('2021-10-25T08:00:00+07:00');
    expect(last.number).toBeGreaterThan(1);
    expect([first.number, first.issuedOn]).toEqual([1, '2022-01-01']);
  });
});

describe(`downloading issued documents (${ENGINE})`, () => {
  it('is for whoever may see the record, audited; a ward outside the record’s scope gets 404', async () => {
    const doc = await issue({ kind: 'guidance' });
    expect((await reception.get(`/api/documents/${doc.id}`)).json()).toMatchObject({ numberLine: doc.numberLine, kind: 'guidance', subject: { type: 'person', id: personId } });
    const r = await ward.download(`/api/documents/${doc.id}/file`);
    expect(r.status).toBe(404);
    expect((await ward.get(`/api/documents/${doc.id}`)).status).toBe(404);
    await textOf(doc, reception);
    const audit = await ctx.db.kysely.selectFrom('audit_log').selectAll().where('action', '=', 'document.downloaded').where('entity_id', '=', String(personId)).execute();
    expect(audit.some((a) => JSON.parse(a.after as string).documentId === doc.id)).toBe(true);
  });

  it('a sealed document is encrypted at rest and needs clearance for its record', async () => {
    const doc = await issue({ kind: 'receipt', sealed: true });
    const row = await ctx.db.kysely.selectFrom('documents').select('storage_key').where('id', '=', doc.id).executeTakeFirstOrThrow();
    const atRest = (await ctx.app.deps.storage.get(row.storage_key)) as Buffer;
    expect(atRest.subarray(0, 2).toString()).not.toBe('PK');
    expect((await reception.download(`/api/documents/${doc.id}/file`)).json()).toMatchObject({ code: 'NOT_CLEARED' });
    const me = (await reception.get('/api/me')).json<{ id: number }>();
    expect((await leader.post('/api/clearances', { subject: { type: 'person', id: personId }, accountId: me.id })).status).toBe(201);
    expect(await textOf(doc)).toContain('Đã nhận của ông (bà): Trần Văn Mẫu');
    const audit = await ctx.db.kysely.selectFrom('audit_log').select('action').where('action', 'in', ['sealed.document.downloaded', 'clearance.granted']).execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['clearance.granted', 'sealed.document.downloaded']);
  });
});

/** The shipped template of a kind with its document body changed by `edit`. */
function edited(kind: DocumentKind, edit: (xml: string) => string): Buffer {
  const zip = new PizZip(shippedTemplate(kind));
  zip.file('word/document.xml', edit(zip.file('word/document.xml')?.asText() ?? ''));
  return zip.generate({ type: 'nodebuffer' });
}

describe(`templates an administrator replaces (${ENGINE})`, () => {
  const mark = (xml: string) => xml.replace('PHIẾU CHUYỂN ĐƠN', 'PHIẾU CHUYỂN ĐƠN (MẪU RIÊNG)');

  it('lists each kind with its forms, fields and the template in effect', async () => {
    const list = (await reception.get('/api/documents/templates')).json<{ items: { kind: string; inEffect: string; tags: string[]; forms: string[] }[] }>();
    expect(list.items.map((i) => i.kind)).toEqual([...DOCUMENT_KINDS]);
    const refusal = list.items.find((i) => i.kind === 'refusal_notice');
    expect(refusal?.inEffect).toBe('shipped');
    expect(refusal?.forms[0]).toContain('Mẫu số 01/TCD Nghị định 154/2026/NĐ-CP');
    expect(list.items.find((i) => i.kind === 'denunciation_transfer')?.tags).not.toContain('senderName');
  });

  it('a template for everyone needs a whole-tree administrator; it is used at once and can be reverted', async () => {
    const file = { filename: 'Phiếu chuyển.docx', bytes: edited('transfer', mark) };
    const wardAdmin = await wardAdministrator();
    expect((await wardAdmin.upload('PUT', '/api/documents/templates/transfer', file)).json()).toMatchObject({ code: 'FORBIDDEN' });
    const up = await admin.upload('PUT', '/api/documents/templates/transfer', file);
    expect(up.status).toBe(200);
    expect(up.json<{ items: { kind: string; inEffect: string }[] }>().items.find((i) => i.kind === 'transfer')?.inEffect).toBe('everyone');
    expect(await textOf(await issue({ kind: 'transfer' }))).toContain('PHIẾU CHUYỂN ĐƠN (MẪU RIÊNG)');
    expect((await admin.request('DELETE', '/api/documents/templates/transfer')).status).toBe(200);
    expect(await textOf(await issue({ kind: 'transfer' }))).not.toContain('MẪU RIÊNG');
    const actions = (await ctx.db.kysely.selectFrom('audit_log').select('action').where('entity', '=', 'document_template').orderBy('id').execute()).map((a) => a.action);
    expect(actions).toEqual(['document_template.uploaded', 'document_template.reverted']);
  });

  it('a unit’s own template wins over everyone’s, for that unit only', async () => {
    const wardAdmin = await wardAdministrator();
    const own = await wardAdmin.upload('PUT', `/api/documents/templates/refusal_notice?unitId=${unitIds.suoiHoa}`, { filename: 'x.docx', bytes: edited('refusal_notice', (x) => x.replace('Về việc từ chối tiếp công dân', 'Về việc từ chối tiếp công dân (phường)')) });
    expect(own.status).toBe(200);
    expect((await wardAdmin.upload('PUT', `/api/documents/templates/refusal_notice?unitId=${unitIds.city}`, { filename: 'x.docx', bytes: shippedTemplate('refusal_notice') })).json()).toMatchObject({ code: 'OUT_OF_SCOPE' });
    expect(await textOf(await issue({ kind: 'refusal_notice', unitId: unitIds.suoiHoa }))).toContain('(phường)');
    expect(await textOf(await issue({ kind: 'refusal_notice', unitId: unitIds.city }))).not.toContain('(phường)');
    const file = await wardAdmin.download(`/api/documents/templates/refusal_notice/file?unitId=${unitIds.suoiHoa}`);
    expect(docxText(file.bytes)).toContain('(phường)');
  });

  it('refuses a template that is not Word, does not render, uses a field the kind lacks or drops the number', async () => {
    const put = (kind: DocumentKind, bytes: Uint8Array) => admin.upload('PUT', `/api/documents/templates/${kind}`, { filename: 'mau.docx', bytes });
    const cases: [DocumentKind, Uint8Array, RegExp][] = [
      ['transfer', Buffer.from('%PDF-1.4 không phải Word'), /không phải tệp Word/],
      ['transfer', edited('transfer', (x) => x.replace('{summary}', '{summary')), /cú pháp|điền/],
      ['denunciation_transfer', edited('denunciation_transfer', (x) => x.replace('{summary}', '{summary} của {senderName}')), /\{senderName\}/],
      ['refusal_notice', edited('refusal_notice', (x) => x.replace('{numberLine}', '')), /số, ký hiệu/],
    ];
    for (const [kind, bytes, message] of cases) {
      const r = await put(kind, bytes);
      expect(r.status, String(message)).toBe(400);
      expect(r.json()).toMatchObject({ code: 'TEMPLATE_INVALID', message: expect.stringMatching(message) });
    }
    expect((await admin.request('PUT', '/api/documents/templates/transfer', { file: 'x' })).json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
  });
});

let wardAdminSession: Session | undefined;
/** An administrator of Phường Suối Hoa (his scope is the ward, not the tree). */
async function wardAdministrator(): Promise<Session> {
  if (wardAdminSession) return wardAdminSession;
  const created = await admin.post('/api/accounts', { username: 'qt.suoihoa', password: 'SuoiHoa2021', fullName: 'Quản trị phường Suối Hoa', assignments: [{ unitId: unitIds.suoiHoa, role: 'admin' }] });
  expect(created.status).toBe(201);
  const first = await ctx.login('qt.suoihoa', 'SuoiHoa2021');
  await first.post('/api/me/password', { currentPassword: 'SuoiHoa2021', newPassword: 'SuoiHoa2022' });
  wardAdminSession = await ctx.login('qt.suoihoa', 'SuoiHoa2022');
  return wardAdminSession;
}
