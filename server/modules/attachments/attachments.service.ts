/**
 * Attachments: scans and photos of a record, kept in the blob store (platform/storage.ts) with their metadata in
 * `attachments`. The type is read from the bytes (file-type), never taken from the name or the browser; the size
 * is bounded (ATTACHMENT_MAX_MB, default 20); a SHA-256 of the content is kept. A sealed attachment — one that
 * shows a denouncer — is stored encrypted, name included, and only users cleared for its record download it.
 *
 * API
 *   storeAttachment(deps, actor, meta, { ownerType, ownerId, sealed, filename, bytes }) → Attachment
 *   listAttachments(deps, actor, meta, ownerType, ownerId) → Attachment[]
 *   openAttachment(deps, actor, meta, id) → { filename, mime, bytes }      every download audited
 * Owners are record types registered in platform/records.ts: their `canWrite` decides who attaches, `canRead` who
 * lists and downloads; anything outside that answers 404, as if it did not exist.
 */
import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import type { z } from 'zod';
import { safeFilename } from '@core/domain/files/filename';
import { ACCEPTED_FILE_TYPES, SEALED_FILENAME, type ZAttachment } from '@core/schemas/attachments';
import { bool, isTrue, type Executor } from '../../db/database';
import type { Actor, RequestMeta } from '../../platform/context';
import { AppError } from '../../platform/errors';
import type { ModuleDeps } from '../../platform/http';
import { auditEntityOf, requireRecordType } from '../../platform/records';
import { registerSealedColumn, registerSealedFiles } from '../../platform/sealing';
import { newBlobKey } from '../../platform/storage';
import { writeAudit } from '../audit/audit.repo';
import { isCleared, readSealed } from '../clearances/clearances.service';

type Attachment = z.infer<typeof ZAttachment>;
type Deps = Pick<ModuleDeps, 'db' | 'storage' | 'sealer'>;

const FILE_CONTEXT = 'attachments.file';
const NAME_CONTEXT = 'attachments.filename';

registerSealedColumn({ table: 'attachments', column: 'filename', context: NAME_CONTEXT });
registerSealedFiles({
  name: 'attachments',
  context: FILE_CONTEXT,
  keys: async (db) => (await db.kysely.selectFrom('attachments').select('storage_key').where('sealed', '=', bool(true)).orderBy('id').execute()).map((r) => r.storage_key),
});

const notFound = () => new AppError('NOT_FOUND', 'Không tìm thấy tệp đính kèm.');

/** What the bytes are, if the office accepts it; null otherwise. */
export async function detectAcceptedType(bytes: Uint8Array): Promise<keyof typeof ACCEPTED_FILE_TYPES | null> {
  const type = await fileTypeFromBuffer(bytes);
  return type && type.mime in ACCEPTED_FILE_TYPES ? (type.mime as keyof typeof ACCEPTED_FILE_TYPES) : null;
}

export interface NewAttachment {
  ownerType: string;
  ownerId: number;
  sealed: boolean;
  filename: string;
  bytes: Buffer;
}

export async function storeAttachment(deps: Deps, actor: Actor, meta: RequestMeta, input: NewAttachment): Promise<Attachment> {
  const { db, storage, sealer } = deps;
  const policy = requireRecordType(input.ownerType);
  if (!(await policy.canRead(db.kysely, actor, input.ownerId))) throw new AppError('NOT_FOUND', `Không tìm thấy ${policy.label}.`);
  if (!(await policy.canWrite(db.kysely, actor, input.ownerId))) throw new AppError('FORBIDDEN', `Bạn không được thêm tệp vào ${policy.label} này.`);
  const unitId = (await policy.owningUnit(db.kysely, input.ownerId)) as number;
  const mime = await detectAcceptedType(input.bytes);
  if (!mime) throw new AppError('FILE_TYPE_REFUSED', undefined, { file: 'Chỉ nhận PDF, JPEG, PNG, TIFF, HEIC hoặc DOCX' });
  const filename = safeFilename(input.filename);
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const key = newBlobKey('attachments', db.clock.today());
  await storage.put(key, input.sealed ? sealer.sealBytes(input.bytes, FILE_CONTEXT) : input.bytes);
  try {
    return await db.transaction(async (tx) => {
      const row = await tx
        .insertInto('attachments')
        .values({
          owner_type: input.ownerType,
          owner_id: input.ownerId,
          unit_id: unitId,
          filename: input.sealed ? sealer.seal(filename, NAME_CONTEXT) : filename,
          mime,
          size: input.bytes.length,
          sha256,
          storage_key: key,
          sealed: bool(input.sealed),
          created_by: actor.accountId,
          created_at: db.clock.nowIso(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const shown = input.sealed ? SEALED_FILENAME : filename;
      await writeAudit(tx, db, meta, { action: 'attachment.created', entity: auditEntityOf(input.ownerType), entityId: input.ownerId, after: { attachmentId: row.id, filename: shown, mime, size: input.bytes.length, sha256, sealed: input.sealed } });
      return { id: row.id, ownerType: input.ownerType, ownerId: input.ownerId, unitId, filename, mime, size: input.bytes.length, sha256, sealed: input.sealed, createdBy: actor.username, createdAt: db.clock.nowIso() };
    });
  } catch (error) {
    // The row never existed: its bytes must not outlive it.
    await storage.delete(key);
    throw error;
  }
}

const COLUMNS = ['a.id', 'a.owner_type', 'a.owner_id', 'a.unit_id', 'a.filename', 'a.mime', 'a.size', 'a.sha256', 'a.sealed', 'a.created_at', 'a.storage_key', 'u.username'] as const;

function rows(db: Executor) {
  return db.selectFrom('attachments as a').leftJoin('accounts as u', 'u.id', 'a.created_by').select(COLUMNS);
}

export async function listAttachments(deps: Deps, actor: Actor, meta: RequestMeta, ownerType: string, ownerId: number): Promise<Attachment[]> {
  const { db } = deps;
  const policy = requireRecordType(ownerType);
  if (!(await policy.canRead(db.kysely, actor, ownerId))) throw new AppError('NOT_FOUND', `Không tìm thấy ${policy.label}.`);
  return db.transaction(async (tx) => {
    const found = await rows(tx).where('a.owner_type', '=', ownerType).where('a.owner_id', '=', ownerId).orderBy('a.id').execute();
    const sealed = found.filter((r) => isTrue(r.sealed));
    // Sealed names open only for the cleared, and opening them is a read of sealed data like any other.
    const { values } = await readSealed(tx, deps, meta, actor, { type: ownerType, id: ownerId }, sealed.map((r) => ({ name: String(r.id), context: NAME_CONTEXT, value: r.filename })));
    return found.map((r) => ({
      id: r.id,
      ownerType: r.owner_type,
      ownerId: r.owner_id,
      unitId: r.unit_id,
      filename: isTrue(r.sealed) ? ((values[String(r.id)] as string | null) ?? SEALED_FILENAME) : r.filename,
      mime: r.mime,
      size: r.size,
      sha256: r.sha256,
      sealed: isTrue(r.sealed),
      createdBy: r.username,
      createdAt: r.created_at,
    }));
  });
}

/** The file for a download, after the owner's read rule and, when sealed, the clearance; the download is audited. */
export async function openAttachment(deps: Deps, actor: Actor, meta: RequestMeta, id: number): Promise<{ filename: string; mime: string; bytes: Buffer }> {
  const { db, storage, sealer } = deps;
  const row = await rows(db.kysely).where('a.id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  const policy = requireRecordType(row.owner_type);
  if (!(await policy.canRead(db.kysely, actor, row.owner_id))) throw notFound();
  const sealed = isTrue(row.sealed);
  const subject = { type: row.owner_type, id: row.owner_id };
  if (sealed && !(await isCleared(db.kysely, actor, subject))) throw new AppError('NOT_CLEARED');
  const stored = await storage.get(row.storage_key);
  if (!stored) throw new Error(`attachment ${id}: no object under ${row.storage_key}`);
  const bytes = sealed ? sealer.unsealBytes(stored, FILE_CONTEXT) : stored;
  await db.transaction((tx) =>
    writeAudit(tx, db, meta, { action: sealed ? 'sealed.attachment.downloaded' : 'attachment.downloaded', entity: auditEntityOf(row.owner_type), entityId: row.owner_id, after: { attachmentId: id, sha256: row.sha256 } }),
  );
  return { filename: sealed ? sealer.unseal<string>(row.filename, NAME_CONTEXT) : row.filename, mime: row.mime, bytes };
}
