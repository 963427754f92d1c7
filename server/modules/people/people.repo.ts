import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { PersonRow } from '../../db/schema';

export type PersonCandidate = Pick<PersonRow, 'id' | 'full_name' | 'name_key' | 'id_type' | 'id_number' | 'birth_year' | 'gender' | 'address' | 'ward_unit_id'>;

const COLUMNS = ['id', 'full_name', 'name_key', 'id_type', 'id_number', 'birth_year', 'gender', 'address', 'ward_unit_id'] as const;

/** Scope filter: a person is visible where he was registered or where he lives; `null` means everything. */
function scoped(db: Db, scope: number[] | null) {
  let q = db.kysely.selectFrom('people').select(COLUMNS).where('merged_into_id', 'is', null);
  if (scope) q = q.where((eb) => eb.or([eb('unit_id', 'in', scope), eb('ward_unit_id', 'in', scope)]));
  return q;
}

export function findByIdNumber(db: Db, scope: number[] | null, idNumber: string, limit: number): Promise<PersonCandidate[]> {
  return scoped(db, scope).where('id_number', '=', idNumber).limit(limit).execute();
}

/** "nguyen van hun" → every key starting with it, through the B-tree (byte order on both engines). */
export function findByKeyPrefix(db: Db, scope: number[] | null, key: string, limit: number): Promise<PersonCandidate[]> {
  return scoped(db, scope).where('name_key', '>=', key).where('name_key', '<', `${key}\u007f`).orderBy('name_key').limit(limit).execute();
}

/**
 * Every token as a substring, in any order, through the trigram index of each engine. Tokens shorter than
 * three letters cannot use a trigram index; they are checked by the ranking instead.
 */
export async function findByTokens(db: Db, scope: number[] | null, tokens: string[], limit: number): Promise<PersonCandidate[]> {
  const usable = tokens.filter((t) => t.length >= 3);
  if (!usable.length) return [];
  if (db.engine === 'postgres') {
    let q = scoped(db, scope);
    for (const t of usable) q = q.where('name_key', 'like', `%${t}%`);
    return q.limit(limit).execute();
  }
  const match = usable.map((t) => `"${t.replace(/"/g, '')}"`).join(' AND ');
  return scoped(db, scope)
    .where('id', 'in', sql<number>`(select rowid from people_fts where people_fts match ${match} limit ${limit * 4})`)
    .limit(limit)
    .execute();
}
