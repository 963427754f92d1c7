import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { PersonRow } from '../../db/schema';

export type PersonCandidate = Pick<PersonRow, 'id' | 'full_name' | 'name_key' | 'id_type' | 'id_number' | 'birth_year' | 'gender' | 'address' | 'ward_unit_id'> & {
  ward_name: string | null;
};

/** Scope filter: a person is visible where he was registered or where he lives; `null` means everything. */
function scoped(db: Db, scope: number[] | null) {
  let q = db.kysely
    .selectFrom('people')
    .leftJoin('units as ward', 'ward.id', 'people.ward_unit_id')
    .select(['people.id', 'people.full_name', 'people.name_key', 'people.id_type', 'people.id_number', 'people.birth_year', 'people.gender', 'people.address', 'people.ward_unit_id', 'ward.name as ward_name'])
    .where('people.merged_into_id', 'is', null);
  if (scope) q = q.where((eb) => eb.or([eb('people.unit_id', 'in', scope), eb('people.ward_unit_id', 'in', scope)]));
  return q;
}

export function findByIdNumber(db: Db, scope: number[] | null, idNumber: string, limit: number): Promise<PersonCandidate[]> {
  return scoped(db, scope).where('people.id_number', '=', idNumber).limit(limit).execute();
}

export function findByPhone(db: Db, scope: number[] | null, e164: string, limit: number): Promise<PersonCandidate[]> {
  return scoped(db, scope).where('people.phone', '=', e164).limit(limit).execute();
}

/** "nguyen van hun" → every key starting with it, through the B-tree (byte order on both engines); stored keys are padded (`personKey`). */
export function findByKeyPrefix(db: Db, scope: number[] | null, key: string, limit: number): Promise<PersonCandidate[]> {
  const from = ` ${key}`;
  return scoped(db, scope).where('people.name_key', '>=', from).where('people.name_key', '<', `${from}\u007f`).orderBy('people.name_key').limit(limit).execute();
}

/**
 * Every group must match as a substring (any entry of the group), in any order, through the trigram index of
 * each engine: FTS5 trigram on SQLite, pg_trgm GIN on PostgreSQL. Of the first matches in index order, those
 * whose key is closest in length to the query come first: a name with the query's words and no others is the
 * one a receptionist is looking for.
 */
export async function findByTokenGroups(db: Db, scope: number[] | null, groups: string[][], limit: number, queryLength: number): Promise<PersonCandidate[]> {
  if (!groups.length) return [];
  const window = limit * 2;
  // Stored keys carry a space at each end.
  const closeness = sql<number>`abs(length(people.name_key) - ${queryLength + 2})`;
  if (db.engine === 'postgres') {
    let inner = db.kysely.selectFrom('people').select('people.id').where('people.merged_into_id', 'is', null);
    for (const group of groups) inner = inner.where((eb) => eb.or(group.map((t) => eb('people.name_key', 'like', `%${t}%`))));
    return scoped(db, scope).where('people.id', 'in', inner.limit(window)).orderBy(closeness).limit(limit).execute();
  }
  const quote = (t: string) => `"${t.replace(/"/g, '')}"`;
  const match = groups.map((g) => (g.length === 1 ? quote(g[0] as string) : `(${g.map(quote).join(' OR ')})`)).join(' AND ');
  return scoped(db, scope)
    .where('people.id', 'in', sql<number>`(select rowid from people_fts where people_fts match ${match} limit ${window})`)
    .orderBy(closeness)
    .limit(limit)
    .execute();
}

/** Every search key, a batch at a time, for the syllable vocabulary. */
export async function* allNameKeys(db: Db, batch = 50_000): AsyncGenerator<string[]> {
  let after = 0;
  for (;;) {
    const rows = await db.kysely.selectFrom('people').select(['id', 'name_key']).where('id', '>', after).where('merged_into_id', 'is', null).orderBy('id').limit(batch).execute();
    if (!rows.length) return;
    after = rows[rows.length - 1]?.id ?? after;
    yield rows.map((r) => r.name_key);
  }
}
