/**
 * Record types and who may see them: the one registry the platform services ask before they hand out anything
 * attached to a record (attachments, issued documents) or let a head clear someone for its sealed identities.
 *
 * API
 *   registerRecordType('letter', { label, owningUnit, canRead, canWrite })   once per record module, at load
 *   recordType('letter') → RecordPolicy | undefined
 *   requireRecordType(type) → RecordPolicy                                   400 for a type nobody registered
 *
 * A policy answers for the record's own rules (permission and unit scope, forwarded records, …). `canRead` is
 * false for a record that does not exist, so a caller answers 404 alike for "missing" and "not yours": a record
 * outside one's scope is not even confirmed to exist.
 */
import type { AuditEntity } from '@core/domain/audit/actions';
import type { Executor } from '../db/database';
import type { Actor } from './context';
import { AppError } from './errors';

export interface RecordPolicy {
  /** How messages name the record ("hồ sơ công dân"). */
  label: string;
  /** The unit that owns the record (whose head clears for its sealed identities); null when it does not exist. */
  owningUnit(db: Executor, id: number): Promise<number | null>;
  canRead(db: Executor, actor: Actor, id: number): Promise<boolean>;
  /** May the actor add to the record (attach a file)? */
  canWrite(db: Executor, actor: Actor, id: number): Promise<boolean>;
}

const policies = new Map<string, RecordPolicy>();

/** Record types are audit entities: what is attached to, issued for or cleared on a record is logged under it. */
export function registerRecordType(type: AuditEntity, policy: RecordPolicy): void {
  policies.set(type, policy);
}

export const recordType = (type: string): RecordPolicy | undefined => policies.get(type);

export function requireRecordType(type: string): RecordPolicy {
  const policy = policies.get(type);
  if (!policy) throw new AppError('VALIDATION_FAILED', `Loại bản ghi không được hỗ trợ: ${type}.`, { type: 'Loại bản ghi không được hỗ trợ' });
  return policy;
}

/** A stored or requested record type as the audit names it; only registered types get this far. */
export function auditEntityOf(type: string): AuditEntity {
  requireRecordType(type);
  return type as AuditEntity;
}
