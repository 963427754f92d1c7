import type { AuditAction, AuditEntity } from '@core/domain/audit/actions';
import type { Kysely, Selectable, Updateable, UpdateResult } from 'kysely';
import type { Db, Tx } from '../db/database';
import type { DB } from '../db/schema';
import { writeAudit } from '../modules/audit/audit.repo';
import type { RequestMeta } from './context';
import { AppError } from './errors';

/**
 * Optimistic concurrency: updates carry `where version = :seen`. No row changed means either the record is
 * gone (404) or someone saved first (409) — never a silent overwrite.
 */
export async function assertVersionedUpdate(result: UpdateResult, stillExists: () => Promise<unknown>): Promise<void> {
  if (Number(result.numUpdatedRows) > 0) return;
  if (await stillExists()) throw new AppError('VERSION_CONFLICT');
  throw new AppError('NOT_FOUND');
}

/** Tables whose rows carry an id, a version and an update time: the ones edited through `updateVersioned`. */
export type VersionedTable = {
  [K in keyof DB]: Selectable<DB[K]> extends { id: number; version: number; updated_at: string } ? K : never;
}[keyof DB];

interface LooseRow {
  id: number;
  version: number;
  updated_at: string;
  [column: string]: unknown;
}

export interface VersionedUpdate<T extends VersionedTable> {
  table: T;
  id: number;
  /** The version the user saw when he opened the record. */
  version: number;
  /** The columns to change; version and update time are added here. */
  set: Omit<Updateable<DB[T]>, 'id' | 'version' | 'updated_at'>;
  /** The audit action, e.g. 'place.updated'; the entity is the table's record kind. */
  action: AuditAction;
  entity: AuditEntity;
  /** Said when the record does not exist, e.g. "Không tìm thấy địa điểm." */
  notFound: string;
  /** How the audit names the record when not by its row id (e.g. a catalogue entry by catalogue and code). */
  entityId?: string | number;
  /** What of the rows the audit keeps, when not the whole row (e.g. a stored JSON column read back as data). */
  auditView?: (row: Selectable<DB[T]>) => unknown;
}

/**
 * The one shape of an edit: read the record as it is inside the transaction, refuse a stale version (409) or a
 * missing record (404), write the change with `where version = :seen` (a concurrent writer on PostgreSQL makes
 * it match nothing → 409), and append the audit entry with what was and what is. Returns both rows.
 */
export async function updateVersioned<T extends VersionedTable>(
  tx: Tx,
  db: Pick<Db, 'engine' | 'clock' | 'auditKey'>,
  meta: RequestMeta,
  change: VersionedUpdate<T>,
): Promise<{ before: Selectable<DB[T]>; after: Selectable<DB[T]> }> {
  // Kysely cannot follow a table name that is a type parameter; the public signature above keeps callers typed.
  const k = tx as unknown as Kysely<Record<string, LooseRow>>;
  const table: string = change.table;
  const before = await k.selectFrom(table).selectAll().where('id', '=', change.id).executeTakeFirst();
  if (!before) throw new AppError('NOT_FOUND', change.notFound);
  if (before.version !== change.version) throw new AppError('VERSION_CONFLICT');
  const result = await k
    .updateTable(table)
    .set({ ...(change.set as Partial<LooseRow>), updated_at: db.clock.nowIso(), version: change.version + 1 })
    .where('id', '=', change.id)
    .where('version', '=', change.version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new AppError('VERSION_CONFLICT');
  const after = await k.selectFrom(table).selectAll().where('id', '=', change.id).executeTakeFirstOrThrow();
  const rows = { before: before as unknown as Selectable<DB[T]>, after: after as unknown as Selectable<DB[T]> };
  const view = change.auditView ?? ((row: Selectable<DB[T]>) => row);
  const kept = changedFields(view(rows.before), view(rows.after));
  await writeAudit(tx, db, meta, { action: change.action, entity: change.entity, entityId: change.entityId ?? change.id, ...kept });
  return rows;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What an edit's audit row keeps: the fields that changed (and the version), before and after. The rest of the record
 * is in the log already, where it was written; copying it into every edit would put a citizen's identity number into
 * immutable rows again and again for a corrected phone number. The update time is the row's own time.
 */
export function changedFields(before: unknown, after: unknown): { before: unknown; after: unknown } {
  if (!isRecord(before) || !isRecord(after)) return { before, after };
  const was: Record<string, unknown> = {};
  const is: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (key === 'updated_at' || JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    was[key] = before[key];
    is[key] = after[key];
  }
  return { before: was, after: is };
}

/** Unique-constraint violations from either engine become a 409 naming the field. */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as Error & { code?: string }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

export function inScope(scope: ReadonlySet<number>, unitId: number): void {
  if (!scope.has(unitId)) throw new AppError('OUT_OF_SCOPE');
}
