import { sql, type Expression, type Insertable, type SqlBool } from 'kysely';
import { personKey } from '@core/domain/identity/search-plan';
import { hasDiacritics, searchKey } from '@core/domain/text/normalize';
import { bool, type Db, type Executor } from '../../db/database';
import type { PeopleTable, PersonRow } from '../../db/schema';

export type PersonCandidate = Pick<PersonRow, 'id' | 'full_name' | 'name_key' | 'id_type' | 'id_number' | 'birth_year' | 'gender' | 'address' | 'ward_unit_id' | 'name_plain'> & {
  ward_name: string | null;
};

/** The units an actor sees; `null` means every unit, and the filter is left out. */
export type Scope = readonly number[] | null;

/**
 * Who sees a person: the unit that registered him, the ward where he lives, and every unit that brought him into
 * its view with his identity document at hand (`person_units`). `table` is the people table's name or alias.
 */
export function inScope(table: string, scope: readonly number[]): Expression<SqlBool> {
  const units = sql.join(scope.map((id) => sql.lit(id)));
  const col = (c: string) => sql.ref(`${table}.${c}`);
  return sql<SqlBool>`(${col('unit_id')} in (${units}) or ${col('ward_unit_id')} in (${units})
    or exists (select 1 from person_units pu where pu.person_id = ${col('id')} and pu.unit_id in (${units})))`;
}

const COLUMNS = ['people.id', 'people.full_name', 'people.name_key', 'people.id_type', 'people.id_number', 'people.birth_year', 'people.gender', 'people.address', 'people.ward_unit_id', 'people.name_plain', 'ward.name as ward_name'] as const;

function scoped(db: Db, scope: Scope) {
  let q = db.kysely.selectFrom('people').leftJoin('units as ward', 'ward.id', 'people.ward_unit_id').select(COLUMNS).where('people.merged_into_id', 'is', null);
  if (scope) q = q.where(inScope('people', scope));
  return q;
}

export function findByIdNumber(db: Db, scope: Scope, idNumber: string, limit: number): Promise<PersonCandidate[]> {
  return scoped(db, scope).where('people.id_number', '=', idNumber).limit(limit).execute();
}

export function findByPhone(db: Db, scope: Scope, e164: string, limit: number): Promise<PersonCandidate[]> {
  return scoped(db, scope).where('people.phone', '=', e164).limit(limit).execute();
}

/** "nguyen van hun" → every key starting with it, through the B-tree (byte order on both engines); stored keys are padded (`personKey`). */
export function findByKeyPrefix(db: Db, scope: Scope, key: string, limit: number): Promise<PersonCandidate[]> {
  const from = ` ${key}`;
  return scoped(db, scope).where('people.name_key', '>=', from).where('people.name_key', '<', `${from}\u007f`).orderBy('people.name_key').orderBy('people.id').limit(limit).execute();
}

const quote = (t: string) => `"${t.replace(/"/g, '')}"`;

/** FTS5 query: every group required, any entry of a group will do, each entry a quoted substring. */
const ftsMatch = (groups: string[][]) => groups.map((g) => (g.length === 1 ? quote(g[0] as string) : `(${g.map(quote).join(' OR ')})`)).join(' AND ');

/**
 * Every group must match as a substring (any entry of the group), in any order, through the trigram index of
 * each engine: FTS5 trigram on SQLite, pg_trgm GIN on PostgreSQL. Of the first matches in index order, those
 * whose key is closest in length to the query come first: a name with the query's words and no others is the
 * one a receptionist is looking for. The scope is applied inside the index query, before its window is counted:
 * a ward officer's own citizens are not crowded out by namesakes elsewhere.
 */
export async function findByTokenGroups(db: Db, scope: Scope, groups: string[][], limit: number, queryLength: number): Promise<PersonCandidate[]> {
  if (!groups.length) return [];
  // Inside a scope every match in the window costs the matches outside it that are read past: a narrower window.
  const window = scope ? limit : limit * 2;
  // Stored keys carry a space at each end.
  const closeness = sql<number>`abs(length(people.name_key) - ${queryLength + 2})`;
  if (db.engine === 'postgres') {
    let inner = db.kysely.selectFrom('people').select('people.id').where('people.merged_into_id', 'is', null);
    for (const group of groups) inner = inner.where((eb) => eb.or(group.map((t) => eb('people.name_key', 'like', `%${t}%`))));
    if (scope) inner = inner.where(inScope('people', scope));
    // Materialised: read the window once, whatever the planner believes of the table (an `in (… limit)` it
    // thinks cheap can be re-run for every row of the outer query when statistics are missing).
    return db.kysely
      .with((w) => w('matching').materialized(), () => inner.limit(window))
      .selectFrom('people')
      .innerJoin('matching', 'matching.id', 'people.id')
      .leftJoin('units as ward', 'ward.id', 'people.ward_unit_id')
      .select(COLUMNS)
      .orderBy(closeness)
      .orderBy('people.id')
      .limit(limit)
      .execute();
  }
  const match = ftsMatch(groups);
  const matching = scope
    ? sql<number>`(select people_fts.rowid from people_fts join people p on p.id = people_fts.rowid
        where people_fts match ${match} and p.merged_into_id is null and ${inScope('p', scope)} limit ${window})`
    : sql<number>`(select rowid from people_fts where people_fts match ${match} limit ${window})`;
  return scoped(db, null).where('people.id', 'in', matching).orderBy(closeness).orderBy('people.id').limit(limit).execute();
}

/**
 * Full names written with diacritics that hold one syllable as a whole word (search-key form), through the trigram
 * index: the register's own spellings of that syllable.
 */
export async function namesWithSyllable(db: Db, scope: Scope, syllable: string, limit: number): Promise<string[]> {
  const padded = ` ${syllable} `;
  let q = db.kysely.selectFrom('people').select('people.full_name');
  if (db.engine === 'postgres') {
    q = q.where('people.merged_into_id', 'is', null).where('people.name_plain', '=', bool(false)).where('people.name_key', 'like', `%${padded}%`);
    if (scope) q = q.where(inScope('people', scope));
    q = q.limit(limit);
  } else {
    // The limit inside the index query lets a syllable in half the register stop after `limit` names.
    const filter = scope ? sql`and ${inScope('p', scope)}` : sql``;
    q = q.where('people.id', 'in', sql<number>`(select p.id from people_fts join people p on p.id = people_fts.rowid
      where people_fts match ${quote(padded)} and p.merged_into_id is null and p.name_plain = 0 ${filter} limit ${limit})`);
  }
  return (await q.execute()).map((r) => r.full_name);
}

/** The live record holding an identity document, whoever can see it. */
export function findByDocument(db: Executor, idType: string, idNumber: string): Promise<PersonRow | undefined> {
  return db.selectFrom('people').selectAll().where('id_type', '=', idType).where('id_number', '=', idNumber).where('merged_into_id', 'is', null).executeTakeFirst();
}

/** The units that brought a person into their view. */
export async function linkedUnits(db: Executor, personId: number): Promise<number[]> {
  return (await db.selectFrom('person_units').select('unit_id').where('person_id', '=', personId).execute()).map((r) => r.unit_id);
}

/** Names saved without diacritics ("chưa chuẩn hóa"), newest first, with how many there are. */
export async function findPlainNames(db: Db, scope: Scope, offset: number, limit: number): Promise<{ rows: PersonCandidate[]; total: number }> {
  const plain = bool(true);
  let count = db.kysely.selectFrom('people').select((eb) => eb.fn.countAll<number | string>().as('n')).where('people.name_plain', '=', plain).where('people.merged_into_id', 'is', null);
  if (scope) count = count.where(inScope('people', scope));
  const [rows, total] = await Promise.all([
    scoped(db, scope).where('people.name_plain', '=', plain).orderBy('people.id', 'desc').offset(offset).limit(limit).execute(),
    count.executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** A person as a generator or an import gives it; the search key and the plain-name flag are derived from the name. */
export type NewPerson = Omit<Insertable<PeopleTable>, 'id' | 'name_key' | 'name_plain' | 'merged_into_id' | 'version' | 'created_at' | 'updated_at'>;

/** Writes many people at once (demo data, benchmarks, imports), in batches both engines take in one statement. */
export async function insertPeople(db: Executor, people: readonly NewPerson[], now: string): Promise<void> {
  for (let i = 0; i < people.length; i += 1000) {
    const rows = people.slice(i, i + 1000).map((p) => ({
      ...p,
      name_key: personKey(searchKey(p.full_name)),
      name_plain: bool(!hasDiacritics(p.full_name)),
      merged_into_id: null,
      created_at: now,
      updated_at: now,
    }));
    await db.insertInto('people').values(rows).execute();
  }
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
