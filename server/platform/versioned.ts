import type { UpdateResult } from 'kysely';
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

/** Unique-constraint violations from either engine become a 409 naming the field. */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as Error & { code?: string }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

export function inScope(scope: ReadonlySet<number>, unitId: number): void {
  if (!scope.has(unitId)) throw new AppError('OUT_OF_SCOPE');
}
