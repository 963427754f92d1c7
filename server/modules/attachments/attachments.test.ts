import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEALED_FILENAME } from '@core/schemas/attachments';
import { isSealedValue } from '../../platform/sealing';
import { createTestContext, ENGINE, type Session, type TestContext } from '../../test/support';
import { shippedTemplate } from '../documents/docx';
import { detectAcceptedType } from './attachments.service';

let ctx: TestContext;
let reception: Session;
let ward: Session;
let leader: Session;
let viewer: Session;
let personId: number;
let wardPersonId: number;
const MAX_MB = 1;
let savedLimit: string | undefined;

beforeAll(async () => {
  savedLimit = process.env.ATTACHMENT_MAX_MB;
  process.env.ATTACHMENT_MAX_MB = String(MAX_MB);
  ctx = await createTestContext();
  [reception, ward, leader, viewer] = (await Promise.all(['tiepdan', 'suoihoa', 'lanhdao', 'xem'].map((u) => ctx.login(u)))) as [Session, Session, Session, Session];
  personId = (await reception.post('/api/people', { fullName: 'Phạm Thị Đính Kèm', birthYear: 1980 })).json<{ id: number }>().id;
  wardPersonId = (await ward.post('/api/people', { fullName: 'Đỗ Văn Phường', birthYear: 1975 })).json<{ id: number }>().id;
});
afterAll(async () => {
  if (savedLimit === undefined) delete process.env.ATTACHMENT_MAX_MB;
  else process.env.ATTACHMENT_MAX_MB = savedLimit;
  await ctx?.close();
});

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'), Buffer.alloc(64)]);
const JPEG = Buffer.concat([Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex'), Buffer.alloc(64)]);
const TIFF = Buffer.concat([Buffer.from('49492a0008000000', 'hex'), Buffer.alloc(64)]);
const HEIC = Buffer.concat([Buffer.from('0000001866747970686569630000000068656963', 'hex'), Buffer.from('6d696631', 'hex'), Buffer.alloc(64)]);

type Attachment = { id: number; filename: string; mime: string; size: number; sha256: string; sealed: boolean };
const url = (owner: number, sealed = false) => `/api/attachments?ownerType=person&ownerId=${owner}${sealed ? '&sealed=true' : ''}`;

describe(`attachments (${ENGINE})`, () => {
  it('recognises the accepted types from their bytes, whatever the name says', async () => {
    expect(await detectAcceptedType(PDF)).toBe('application/pdf');
    expect(await detectAcceptedType(PNG)).toBe('image/png');
    expect(await detectAcceptedType(JPEG)).toBe('image/jpeg');
    expect(await detectAcceptedType(TIFF)).toBe('image/tiff');
    expect(await detectAcceptedType(HEIC)).toBe('image/heic');
    expect(await detectAcceptedType(shippedTemplate('receipt'))).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(await detectAcceptedType(Buffer.from('MZ\x90\x00 chương trình'))).toBeNull();
    expect(await detectAcceptedType(Buffer.from('chỉ là chữ'))).toBeNull();
  });

  it('stores a scan outside the row with its detected type, size and SHA-256, and serves it to whoever sees the record', async () => {
    const r = await reception.upload('POST', url(personId), { filename: 'C:\\scan\\Đơn khiếu nại.pdf', bytes: PDF });
    expect(r.status).toBe(201);
    const a = r.json<Attachment>();
    expect(a).toMatchObject({ filename: 'Đơn khiếu nại.pdf', mime: 'application/pdf', size: PDF.length, sha256: createHash('sha256').update(PDF).digest('hex'), sealed: false });
    const row = await ctx.db.kysely.selectFrom('attachments').selectAll().where('id', '=', a.id).executeTakeFirstOrThrow();
    expect(await ctx.app.deps.storage.get(row.storage_key)).toEqual(PDF);

    const got = await viewer.download(`/api/attachments/${a.id}`);
    expect(got.status).toBe(200);
    expect(got.bytes).toEqual(PDF);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.headers['content-disposition']).toBe(`attachment; filename="Don khieu nai.pdf"; filename*=UTF-8''${encodeURIComponent('Đơn khiếu nại.pdf')}`);
    const audit = await ctx.db.kysely.selectFrom('audit_log').select(['action', 'actor_name', 'after']).where('action', '=', 'attachment.downloaded').execute();
    expect(audit).toEqual([{ action: 'attachment.downloaded', actor_name: 'xem', after: JSON.stringify({ attachmentId: a.id, sha256: a.sha256 }) }]);
    expect((await viewer.get(url(personId))).json<{ items: Attachment[] }>().items.map((i) => i.filename)).toEqual(['Đơn khiếu nại.pdf']);
  });

  it('answers 404, not 403, for a record outside the user’s scope, and 403 to a reader who may not add', async () => {
    const a = (await reception.upload('POST', url(personId), { filename: 'anh.png', bytes: PNG })).json<Attachment>();
    expect((await ward.download(`/api/attachments/${a.id}`)).status).toBe(404);
    expect((await ward.get(url(personId))).status).toBe(404);
    expect((await ward.upload('POST', url(personId), { filename: 'x.pdf', bytes: PDF })).status).toBe(404);
    expect((await reception.upload('POST', url(wardPersonId), { filename: 'x.pdf', bytes: PDF })).status).toBe(201);
    expect((await viewer.upload('POST', url(personId), { filename: 'x.pdf', bytes: PDF })).json()).toMatchObject({ code: 'FORBIDDEN' });
    expect((await reception.download('/api/attachments/999999')).status).toBe(404);
    expect((await reception.get('/api/attachments?ownerType=khong_co&ownerId=1')).json()).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('refuses a disguised file, an empty one, one over the limit, and anything that is not multipart', async () => {
    const disguised = await reception.upload('POST', url(personId), { filename: 'hop-le.pdf', bytes: Buffer.from('<script>alert(1)</script>') });
    expect(disguised.status).toBe(415);
    expect(disguised.json()).toMatchObject({ code: 'FILE_TYPE_REFUSED' });
    expect((await reception.upload('POST', url(personId), { filename: 'rong.pdf', bytes: Buffer.alloc(0) })).json()).toMatchObject({ code: 'VALIDATION_FAILED', fields: { file: 'Tệp rỗng' } });
    const big = await reception.upload('POST', url(personId), { filename: 'lon.png', bytes: Buffer.concat([PNG, Buffer.alloc(MAX_MB * 1024 * 1024)]) });
    expect(big.status).toBe(413);
    expect(big.json()).toMatchObject({ code: 'FILE_TOO_LARGE', message: 'Tệp quá lớn: tối đa 1 MB.' });
    expect((await reception.upload('POST', url(personId), { filename: 'x.pdf', bytes: PDF, field: 'tep' })).status).toBe(400);
    expect((await reception.post(url(personId), { file: 'x' })).json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    // Nothing refused left a row or a file behind.
    const rows = await ctx.db.kysely.selectFrom('attachments').select('filename').execute();
    expect(rows.map((r) => r.filename)).not.toEqual(expect.arrayContaining(['hop-le.pdf', 'rong.pdf', 'lon.png']));
  });

  it('a sealed scan is encrypted at rest with its name, hidden from the uncleared, opened for the cleared, every read audited', async () => {
    const r = await reception.upload('POST', url(personId, true), { filename: 'CCCD Lê Văn Tố Giác.jpg', bytes: JPEG });
    expect(r.status).toBe(201);
    const a = r.json<Attachment>();
    const row = await ctx.db.kysely.selectFrom('attachments').selectAll().where('id', '=', a.id).executeTakeFirstOrThrow();
    expect(isSealedValue(row.filename)).toBe(true);
    expect(row.filename).not.toContain('Tố Giác');
    const atRest = (await ctx.app.deps.storage.get(row.storage_key)) as Buffer;
    expect(atRest.includes(JPEG.subarray(0, 12))).toBe(false);

    const hidden = (await viewer.get(url(personId))).json<{ items: Attachment[] }>().items.find((i) => i.id === a.id);
    expect(hidden?.filename).toBe(SEALED_FILENAME);
    expect((await viewer.download(`/api/attachments/${a.id}`)).json()).toMatchObject({ code: 'NOT_CLEARED' });
    const auditText = JSON.stringify(await ctx.db.kysely.selectFrom('audit_log').selectAll().execute());
    expect(auditText).not.toContain('Tố Giác');

    const me = (await viewer.get('/api/me')).json<{ id: number }>();
    const grant = await leader.post('/api/clearances', { subject: { type: 'person', id: personId }, accountId: me.id, reason: 'Xác minh nội dung tố cáo' });
    expect(grant.status).toBe(201);
    expect((await viewer.download(`/api/attachments/${a.id}`)).bytes).toEqual(JPEG);
    expect((await viewer.get(url(personId))).json<{ items: Attachment[] }>().items.find((i) => i.id === a.id)?.filename).toBe('CCCD Lê Văn Tố Giác.jpg');
    const reads = await ctx.db.kysely.selectFrom('audit_log').select(['action', 'actor_name']).where('action', 'in', ['sealed.attachment.downloaded', 'sealed.read']).orderBy('id').execute();
    expect(reads).toEqual([{ action: 'sealed.attachment.downloaded', actor_name: 'xem' }, { action: 'sealed.read', actor_name: 'xem' }]);

    expect((await leader.post(`/api/clearances/${grant.json<{ id: number }>().id}/revoke`)).status).toBe(200);
    expect((await viewer.download(`/api/attachments/${a.id}`)).status).toBe(403);
  });
});
