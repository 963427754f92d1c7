/**
 * Official documents (NĐ 30/2020/NĐ-CP): issued from Word templates (./docx.ts), numbered from the unit's yearly
 * register of outgoing documents, kept as issued in the blob store.
 *
 * API for the records modules — call it inside your own transaction, after your own writes or before, as you like:
 *
 *   const doc = await issueDocument(tx, deps, meta, {
 *     unitId,                          // the issuing unit: its letterhead, its register, its template
 *     kind: 'refusal_notice',          // DOCUMENT_KINDS; the data is checked against DOCUMENT_DATA[kind]
 *     subject: { type: 'visit', id },  // the record it belongs to: who may read the record may download it
 *     signer: { name, title, authority: ['KT. CHỦ TỊCH'] },
 *     recipients: ['Như trên', 'UBND phường Suối Hoa'],  archive: ['BTCD'],   // "- Lưu: VT, BTCD."
 *     drafter: 'TCD',                  // công văn only: "UBND-TCD"
 *     sealed: true,                    // it names a denouncer: stored encrypted, downloaded only with clearance
 *     withheld: [name, idNumber],      // values that must not appear in it: issuing fails if one does
 *     data: { … },
 *   });
 *   // → { id, number: 12, symbol: 'TB-UBND', numberLine: 'Số: 12/TB-UBND', issuedOn: '2021-10-25', … }
 *
 * Numbers run per unit per calendar year (Vietnam's) from 1 (NĐ 30/2020 art. 15): the counter row advances in the
 * caller's transaction, so a rollback gives the number back and nothing is ever skipped or given twice; a unique
 * index on (unit, year, number) is the backstop. Unnumbered kinds (internal proposal, receipt) get null.
 * If the transaction rolls back after the file was stored, the file stays unreferenced under a fresh key: harmless.
 *
 * Templates: the one for the unit if its administrator uploaded one, else the one for everyone, else the shipped
 * one. Uploading (checked by rendering a sample first) and reverting are audited; "everyone" needs an
 * administrator whose scope is the whole tree.
 */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { documentSymbol, isNumbered, KIND_INFO, letterhead, numberText, type DocumentKind, type LetterheadUnit } from '@core/domain/documents';
import { safeFilename } from '@core/domain/files/filename';
import { searchKey } from '@core/domain/text/normalize';
import { DOCUMENT_DATA, ZIssueDocument, type TIssueDocument, type TIssuedDocument, type ZTemplateInfo } from '@core/schemas/documents';
import { bool, isTrue, type Db, type Executor, type Tx } from '../../db/database';
import type { DocumentsTable } from '../../db/schema';
import type { Actor, RequestMeta } from '../../platform/context';
import { AppError, parseInput } from '../../platform/errors';
import type { ModuleDeps } from '../../platform/http';
import { auditEntityOf, requireRecordType } from '../../platform/records';
import { registerSealedFiles } from '../../platform/sealing';
import { newBlobKey } from '../../platform/storage';
import type { Upload } from '../../platform/uploads';
import { inScope, isUniqueViolation } from '../../platform/versioned';
import { lockAuditChain, writeAudit } from '../audit/audit.repo';
import { isCleared } from '../clearances/clearances.service';
import { listAllUnits } from '../org/units.repo';
import { allowedTags, checkTemplate, docxText, renderTemplate, shippedTemplate, templateValues } from './docx';

type Deps = Pick<ModuleDeps, 'db' | 'storage' | 'sealer'>;
type Row = Omit<DocumentsTable, 'id' | 'sealed'> & { id: number; sealed: boolean | number };

const FILE_CONTEXT = 'documents.file';

registerSealedFiles({
  name: 'documents',
  context: FILE_CONTEXT,
  keys: async (db) => (await db.kysely.selectFrom('documents').select('storage_key').where('sealed', '=', bool(true)).orderBy('id').execute()).map((r) => r.storage_key),
});

function present(r: Row): TIssuedDocument {
  return {
    id: r.id,
    unitId: r.unit_id,
    kind: r.kind as DocumentKind,
    label: KIND_INFO[r.kind as DocumentKind].vi,
    number: r.number,
    symbol: r.symbol,
    numberLine: r.number === null ? null : `Số: ${numberText(r.number)}/${r.symbol}`,
    issuedOn: r.issued_on,
    subject: { type: r.subject_type, id: r.subject_id },
    signerName: r.signer_name,
    signerTitle: r.signer_title,
    sealed: isTrue(r.sealed),
    size: r.size,
    sha256: r.sha256,
    createdAt: r.created_at,
  };
}

/** The unit and its ancestors, nearest first; units number in the hundreds, so one read of the table. */
export async function unitWithAncestors(db: Executor, unitId: number): Promise<{ unit: LetterheadUnit; ancestors: LetterheadUnit[] }> {
  const units = new Map((await listAllUnits(db)).map((u) => [u.id, u]));
  const unit = units.get(unitId);
  if (!unit) throw new AppError('VALIDATION_FAILED', 'Đơn vị ban hành không tồn tại.', { unitId: 'Không có đơn vị này' });
  const ancestors: LetterheadUnit[] = [];
  for (let p = unit.parent_id; p !== null && ancestors.length < 20; ) {
    const parent = units.get(p);
    if (!parent) break;
    ancestors.push(parent);
    p = parent.parent_id;
  }
  return { unit, ancestors };
}

/** The next number of the unit's register for the year, in the caller's transaction (a rollback returns it). */
async function nextNumber(tx: Tx, unitId: number, year: number): Promise<number> {
  const row = await tx
    .insertInto('document_registers')
    .values({ unit_id: unitId, year, last_number: 1 })
    .onConflict((oc) => oc.columns(['unit_id', 'year']).doUpdateSet((eb) => ({ last_number: eb('document_registers.last_number', '+', 1) })))
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return row.last_number;
}

interface Template {
  id: number | null;
  bytes: Buffer;
}

const scopeKey = (unitId: number | null) => (unitId === null ? '*' : String(unitId));

async function activeTemplates(db: Executor, kind: DocumentKind | null, unitId: number | null) {
  let q = db
    .selectFrom('document_templates as t')
    .leftJoin('accounts as a', 'a.id', 't.uploaded_by')
    .select(['t.id', 't.kind', 't.unit_id', 't.scope_key', 't.filename', 't.storage_key', 't.size', 't.sha256', 't.uploaded_at', 'a.username'])
    .where('t.replaced_at', 'is', null)
    .where('t.scope_key', 'in', unitId === null ? ['*'] : ['*', String(unitId)]);
  if (kind) q = q.where('t.kind', '=', kind);
  return q.execute();
}

/** The unit's own template, else everyone's, else the shipped one. */
async function templateFor(db: Executor, deps: Pick<Deps, 'storage'>, kind: DocumentKind, unitId: number): Promise<Template> {
  const rows = await activeTemplates(db, kind, unitId);
  const chosen = rows.find((r) => r.scope_key === String(unitId)) ?? rows.find((r) => r.scope_key === '*');
  if (!chosen) return { id: null, bytes: shippedTemplate(kind) };
  const bytes = await deps.storage.get(chosen.storage_key);
  if (!bytes) throw new Error(`document template ${chosen.id}: no object under ${chosen.storage_key}`);
  return { id: chosen.id, bytes };
}

/** Case- and diacritic-insensitive, ignoring spaces and punctuation: "027 090 000 001" is the number too. */
const compact = (s: string) => searchKey(s).replace(/ /g, '');

export async function issueDocument(tx: Tx, deps: Deps, meta: RequestMeta, request: TIssueDocument): Promise<TIssuedDocument> {
  const { db, storage, sealer } = deps;
  const input = parseInput(ZIssueDocument, request);
  // Keys a kind does not declare are dropped here: a denouncer's name passed to a transfer slip goes nowhere.
  const data = parseInput(DOCUMENT_DATA[input.kind], input.data, 'data') as Record<string, unknown>;
  const subjectPolicy = requireRecordType(input.subject.type);
  if ((await subjectPolicy.owningUnit(tx, input.subject.id)) === null) throw new AppError('VALIDATION_FAILED', `Không tìm thấy ${subjectPolicy.label} của văn bản.`, { subject: 'Không có bản ghi này' });
  const { unit, ancestors } = await unitWithAncestors(tx, input.unitId);
  const header = letterhead(unit, ancestors);
  const issuedOn = db.clock.today();
  const year = Number(issuedOn.slice(0, 4));

  await lockAuditChain(tx, db);
  const number = isNumbered(input.kind) ? await nextNumber(tx, input.unitId, year) : null;
  const symbol = documentSymbol(input.kind, header.abbreviation, input.drafter);
  const template = await templateFor(tx, deps, input.kind, input.unitId);
  const values = templateValues({ kind: input.kind, header, number, symbol, issuedOn, signer: input.signer, recipients: input.recipients, archive: input.archive }, data);
  const bytes = renderTemplate(template.bytes, values);

  const withheld = input.withheld.map(compact).filter((w) => w.length >= 3);
  if (withheld.length) {
    const text = compact(docxText(bytes));
    if (withheld.some((w) => text.includes(w))) {
      throw new AppError('VALIDATION_FAILED', 'Văn bản có thông tin nhận diện người tố cáo: không ban hành (Điều 8 khoản 3, Điều 56 Luật Tố cáo).', { data: 'Có thông tin phải giữ bí mật' });
    }
  }

  const key = newBlobKey('documents', issuedOn);
  await storage.put(key, input.sealed ? sealer.sealBytes(bytes, FILE_CONTEXT) : bytes);
  const row = await tx
    .insertInto('documents')
    .values({
      unit_id: input.unitId,
      kind: input.kind,
      year,
      number,
      symbol,
      issued_on: issuedOn,
      subject_type: input.subject.type,
      subject_id: input.subject.id,
      template_id: template.id,
      signer_name: input.signer.name,
      signer_title: input.signer.title,
      storage_key: key,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      size: bytes.length,
      sealed: bool(input.sealed),
      created_by: meta.actorId,
      created_at: db.clock.nowIso(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const issued = present(row);
  await writeAudit(tx, db, meta, { action: 'document.issued', entity: auditEntityOf(input.subject.type), entityId: input.subject.id, after: { documentId: issued.id, kind: issued.kind, numberLine: issued.numberLine, issuedOn, unitId: input.unitId, templateId: template.id, sealed: issued.sealed, sha256: issued.sha256 } });
  return issued;
}

/** The documents issued for records (a letter, a case, a visit), oldest first: the record's page lists them. */
export async function documentsOf(db: Executor, type: string, ids: readonly number[]): Promise<Map<number, TIssuedDocument[]>> {
  const out = new Map<number, TIssuedDocument[]>();
  if (ids.length === 0) return out;
  const rows = await db.selectFrom('documents').selectAll().where('subject_type', '=', type).where('subject_id', 'in', [...ids]).orderBy('id').execute();
  for (const r of rows) out.set(r.subject_id, [...(out.get(r.subject_id) ?? []), present(r)]);
  return out;
}

async function readable(db: Db, actor: Actor, id: number): Promise<Row> {
  const row = await db.kysely.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || !(await requireRecordType(row.subject_type).canRead(db.kysely, actor, row.subject_id))) throw new AppError('NOT_FOUND', 'Không tìm thấy văn bản.');
  return row;
}

export async function getDocument(db: Db, actor: Actor, id: number): Promise<TIssuedDocument> {
  return present(await readable(db, actor, id));
}

/** The issued file as it was issued; a sealed one needs clearance for its record. Every download is audited. */
export async function openDocument(deps: Deps, actor: Actor, meta: RequestMeta, id: number): Promise<{ filename: string; bytes: Buffer }> {
  const { db, storage, sealer } = deps;
  const row = await readable(db, actor, id);
  const sealed = isTrue(row.sealed);
  if (sealed && !(await isCleared(db.kysely, actor, { type: row.subject_type, id: row.subject_id }))) throw new AppError('NOT_CLEARED');
  const stored = await storage.get(row.storage_key);
  if (!stored) throw new Error(`document ${id}: no object under ${row.storage_key}`);
  await db.transaction((tx) =>
    writeAudit(tx, db, meta, { action: sealed ? 'sealed.document.downloaded' : 'document.downloaded', entity: auditEntityOf(row.subject_type), entityId: row.subject_id, after: { documentId: id, sha256: row.sha256 } }),
  );
  const label = row.number === null ? `${KIND_INFO[row.kind as DocumentKind].vi} ${row.issued_on}` : `${numberText(row.number)}-${row.symbol} ${KIND_INFO[row.kind as DocumentKind].vi}`;
  return { filename: `${label}.docx`, bytes: sealed ? sealer.unsealBytes(stored, FILE_CONTEXT) : stored };
}

/** Whose templates an administrator may change: his own subtree's units; everyone's only from the whole tree. */
async function assertTemplateScope(db: Db, actor: Actor, unitId: number | null): Promise<void> {
  if (unitId === null) {
    if (!actor.scopeIsEverything) throw new AppError('FORBIDDEN', 'Chỉ quản trị viên của toàn hệ thống mới đổi được mẫu chung cho mọi đơn vị.');
    return;
  }
  const unit = await db.kysely.selectFrom('units').select('id').where('id', '=', unitId).executeTakeFirst();
  if (!unit) throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị.');
  inScope(actor.scope, unitId);
}

export async function listTemplates(db: Db, actor: Actor, unitId: number | null): Promise<{ unitId: number | null; items: z.infer<typeof ZTemplateInfo>[] }> {
  const unit = unitId ?? actor.activeUnitId;
  if (unit !== null) inScope(actor.scope, unit);
  const rows = await activeTemplates(db.kysely, null, unit);
  return {
    unitId: unit,
    items: (Object.keys(DOCUMENT_DATA) as DocumentKind[]).map((kind) => {
      const mine = rows.filter((r) => r.kind === kind);
      return {
        kind,
        label: KIND_INFO[kind].vi,
        forms: KIND_INFO[kind].forms,
        numbered: isNumbered(kind),
        tags: allowedTags(kind),
        inEffect: mine.some((r) => r.scope_key !== '*') ? 'unit' : mine.length ? 'everyone' : 'shipped',
        custom: mine.map((r) => ({ id: r.id, unitId: r.unit_id, filename: r.filename, size: r.size, sha256: r.sha256, uploadedBy: r.username, uploadedAt: r.uploaded_at })),
      };
    }),
  };
}

/** The template in effect for a unit (or everyone's), for an administrator to start his own from. */
export async function templateFile(deps: Deps, actor: Actor, kind: DocumentKind, unitId: number | null): Promise<{ filename: string; bytes: Buffer }> {
  const unit = unitId ?? actor.activeUnitId;
  if (unit !== null) inScope(actor.scope, unit);
  const template = unit === null ? { bytes: shippedTemplate(kind) } : await templateFor(deps.db.kysely, deps, kind, unit);
  return { filename: `Mẫu ${KIND_INFO[kind].vi}.docx`, bytes: template.bytes };
}

export async function uploadTemplate(deps: Deps, actor: Actor, meta: RequestMeta, kind: DocumentKind, unitId: number | null, upload: Upload) {
  const { db, storage } = deps;
  await assertTemplateScope(db, actor, unitId);
  checkTemplate(kind, upload.bytes);
  const key = newBlobKey('templates', db.clock.today());
  await storage.put(key, upload.bytes);
  const sha256 = createHash('sha256').update(upload.bytes).digest('hex');
  const now = db.clock.nowIso();
  try {
    await db.transaction(async (tx) => {
      const replaced = await tx
        .updateTable('document_templates')
        .set({ replaced_at: now, replaced_by: actor.accountId })
        .where('kind', '=', kind)
        .where('scope_key', '=', scopeKey(unitId))
        .where('replaced_at', 'is', null)
        .returning('id')
        .execute();
      const row = await tx
        .insertInto('document_templates')
        .values({ kind, unit_id: unitId, scope_key: scopeKey(unitId), filename: safeFilename(upload.filename, 'mau.docx'), storage_key: key, sha256, size: upload.bytes.length, uploaded_by: actor.accountId, uploaded_at: now, replaced_at: null, replaced_by: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      await writeAudit(tx, db, meta, { action: 'document_template.uploaded', entity: 'document_template', entityId: row.id, before: replaced.length ? { templateId: replaced[0]?.id } : null, after: { kind, unitId, sha256, size: upload.bytes.length } });
    });
  } catch (error) {
    await storage.delete(key);
    if (isUniqueViolation(error)) throw new AppError('VERSION_CONFLICT', 'Một mẫu khác vừa được tải lên cùng lúc; hãy tải lại danh sách rồi thử lại.');
    throw error;
  }
  return listTemplates(db, actor, unitId);
}

/** Back to the template below (everyone's, or the shipped one); the uploaded file is kept for the record. */
export async function revertTemplate(deps: Deps, actor: Actor, meta: RequestMeta, kind: DocumentKind, unitId: number | null) {
  const { db } = deps;
  await assertTemplateScope(db, actor, unitId);
  await db.transaction(async (tx) => {
    const replaced = await tx
      .updateTable('document_templates')
      .set({ replaced_at: db.clock.nowIso(), replaced_by: actor.accountId })
      .where('kind', '=', kind)
      .where('scope_key', '=', scopeKey(unitId))
      .where('replaced_at', 'is', null)
      .returning('id')
      .execute();
    if (replaced.length === 0) throw new AppError('NOT_FOUND', 'Không có mẫu tải lên nào đang dùng để trả về mẫu gốc.');
    await writeAudit(tx, db, meta, { action: 'document_template.reverted', entity: 'document_template', entityId: replaced[0]?.id, after: { kind, unitId } });
  });
  return listTemplates(db, actor, unitId);
}
