/**
 * What the visits, letters and cases modules share: catalogue checks with a Vietnamese message naming the field,
 * unit names, the scope a query filters on, and the sealing contexts of denouncers' identities.
 */
import type { CatalogCode } from '@core/domain/catalogs';
import { SEALED_PLACEHOLDER } from '@core/schemas/sealing';
import { isTrue, type Executor } from '../../db/database';
import type { Actor } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { registerSealedColumn } from '../../platform/sealing';
import { activeCodes } from '../catalogs/catalogs.service';

/** Sealing contexts: a value sealed for one column does not open in another. */
export const SEALED_SENDERS = 'letters.senders';
export const SEALED_VISITORS = 'visits.people';

registerSealedColumn({ table: 'letter_senders', column: 'sealed', context: SEALED_SENDERS });
registerSealedColumn({ table: 'visits', column: 'sealed_people', context: SEALED_VISITORS });

/** Codes of an extensible catalogue are checked against its active entries (built-in and administrators'). */
export async function assertCodes(db: Executor, catalog: CatalogCode, codes: readonly (string | null | undefined)[], field: string, label: string): Promise<void> {
  const given = codes.filter((c): c is string => typeof c === 'string');
  if (given.length === 0) return;
  const active = await activeCodes(db, catalog);
  const wrong = given.find((c) => !active.has(c));
  if (wrong !== undefined) throw new AppError('VALIDATION_FAILED', `${label} «${wrong}» không có trong danh mục.`, { [field]: `${label} không có trong danh mục` });
}

export async function unitNames(db: Executor, ids: readonly (number | null)[]): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((i): i is number => i !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('units').select(['id', 'name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** `null` when the actor sees every unit: the filter can then be left out. */
export const scopeIds = (actor: Actor): number[] | null => (actor.scopeIsEverything ? null : [...actor.scope]);

/** The unit a new record belongs to: the actor's working unit. */
export function workingUnit(actor: Actor): number {
  if (actor.activeUnitId === null) throw new AppError('FORBIDDEN', 'Bạn chưa có đơn vị làm việc.');
  return actor.activeUnitId;
}

export const parseList = <T>(json: string): T[] => JSON.parse(json) as T[];

/** "Nguyễn Văn A, Trần Thị B và 3 người khác". */
export function namesLabel(names: readonly string[]): string {
  if (names.length <= 3) return names.join(', ');
  return `${names.slice(0, 2).join(', ')} và ${names.length - 2} người khác`;
}

/** The label lists show for a letter's writers: never a sealed name. */
export function sendersLabelOf(l: { sealed: number | boolean; anonymous: number | boolean }, names: readonly string[]): string {
  if (isTrue(l.sealed)) return SEALED_PLACEHOLDER;
  if (isTrue(l.anonymous)) return 'Đơn nặc danh';
  return namesLabel(names);
}

/** Plain writers' names of letters (sealed letters have none stored in clear). */
export async function plainSenderNames(db: Executor, letterIds: readonly number[]): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  if (letterIds.length === 0) return out;
  const rows = await db.selectFrom('letter_senders').select(['letter_id', 'full_name']).where('letter_id', 'in', [...letterIds]).where('full_name', 'is not', null).orderBy('letter_id').orderBy('position').execute();
  for (const r of rows) out.set(r.letter_id, [...(out.get(r.letter_id) ?? []), r.full_name as string]);
  return out;
}


/** A person and the duplicate records merged into him: his history is theirs too. */
export async function personAndMerged(db: Executor, personId: number): Promise<number[]> {
  const merged = await db.selectFrom('people').select('id').where('merged_into_id', '=', personId).execute();
  return [personId, ...merged.map((m) => m.id)];
}

/** The cases a person's letters (plain writers) and visits belong to, as a subquery driven from the person's rows. */
export function casesOfPeople(db: Executor, ids: readonly number[]) {
  return db
    .selectFrom('letter_senders as s')
    .innerJoin('letters as l', 'l.id', 's.letter_id')
    .select('l.case_id as case_id')
    .where('s.person_id', 'in', [...ids])
    .where('l.case_id', 'is not', null)
    .union(db.selectFrom('visit_people as vp').innerJoin('visits as v', 'v.id', 'vp.visit_id').select('v.case_id as case_id').where('vp.person_id', 'in', [...ids]).where('v.case_id', 'is not', null));
}
