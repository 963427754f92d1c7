/**
 * The filters the lists of visits, letters and cases share (core/schemas/records.ts): the search in the content
 * without diacritics through each table's trigram index, the date window of a period, the special category held in a
 * record's JSON list, the running clock's due date (overdue, due soon) and the sort direction.
 */
import { sql, type Expression, type OrderByItemBuilder, type SqlBool } from 'kysely';
import { addDays } from '@core/domain/calendar';
import { queryWords } from '@core/domain/text/content';
import type { Db, Executor } from '../../db/database';
import type { Actor } from '../../platform/context';
import { vnDateOf } from '../../platform/dates';
import { loadPeriod } from '../periods/periods.repo';
import type { DeadlineContext } from '../clocks/clocks.service';

export type SearchTable = 'visits' | 'letters' | 'cases';

/**
 * What a caller listing several kinds of record at once (a citizen's history) has already read, so that each list
 * does not read it again: the deadline context, and the person with the records merged into him.
 */
export interface ListBasis {
  ctx?: DeadlineContext;
  people?: readonly number[];
}

const quote = (w: string) => `"${w}"`;

/**
 * Every word of `q` (search-key form) is a substring of the record's key. SQLite: words of three letters or more
 * through FTS5 trigram (shorter ones never match there), the rest by LIKE on the rows it leaves; PostgreSQL: LIKE,
 * which the pg_trgm GIN index serves. Keys hold only letters, digits and spaces, so a word carries no wildcard.
 */
export function contentMatches(db: Pick<Db, 'engine'>, table: SearchTable, alias: string, q: string): Expression<SqlBool> | null {
  const words = queryWords(q);
  if (words.length === 0) return null;
  const key = sql.ref(`${alias}.search_key`);
  const like = (w: string) => sql<SqlBool>`${key} like ${`%${w}%`}`;
  if (db.engine === 'postgres') return sql<SqlBool>`(${sql.join(words.map(like), sql` and `)})`;
  const indexed = words.filter((w) => w.length >= 3);
  const rest = words.filter((w) => w.length < 3).map(like);
  const fts = sql.raw(`${table}_fts`);
  const parts = indexed.length ? [sql<SqlBool>`${sql.ref(`${alias}.id`)} in (select rowid from ${fts} where ${fts} match ${indexed.map(quote).join(' AND ')})`, ...rest] : rest;
  return sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}

/** The dates a list is filtered on: `from`/`to` as given, narrowed to a period's days when `periodId` names one the actor sees (else 404). */
export async function dateWindow(db: Executor, actor: Actor, q: { from?: string | undefined; to?: string | undefined; periodId?: number | undefined }): Promise<{ from: string | null; to: string | null }> {
  let from = q.from ?? null;
  let to = q.to ?? null;
  if (q.periodId !== undefined) {
    const p = await loadPeriod(db, actor, q.periodId);
    const starts = vnDateOf(p.starts_at);
    const ends = vnDateOf(p.ends_at);
    from = from === null || from < starts ? starts : from;
    to = to === null || to > ends ? ends : to;
  }
  return { from, to };
}

/** A JSON list of codes (`special_categories`) holds `code`: the quoted code as a literal substring. */
export function holdsCode(column: string, code: string): Expression<SqlBool> {
  const literal = `"${code}"`.replace(/[\\%_]/g, (c) => `\\${c}`);
  return sql<SqlBool>`${sql.ref(column)} like ${`%${literal}%`} escape '\\'`;
}

/** "Due soon": at most this many working days left, as the deadline engine's default. */
const DUE_SOON_WORKING_DAYS = 3;

const dueSoonUntil = (ctx: DeadlineContext): string => ctx.calendar.addWorkingDays(ctx.today, DUE_SOON_WORKING_DAYS);

/**
 * The record (`alias`: a letter or a case) has a running deadline within [from, to] (either end open): its earliest
 * running clock's due date, stored on the row by the database (migration 0016) and indexed with the unit.
 */
function dueWithin(alias: string, from: string | null, to: string | null): Expression<SqlBool> {
  const due = sql.ref(`${alias}.running_due_on`);
  return sql<SqlBool>`(${due} is not null${from === null ? sql`` : sql` and ${due} >= ${from}`}${to === null ? sql`` : sql` and ${due} <= ${to}`})`;
}

/** Past its earliest running deadline (due before today). */
export const overdue = (alias: string, ctx: DeadlineContext): Expression<SqlBool> => dueWithin(alias, null, addDays(ctx.today, -1));

/** Its earliest running deadline falls between today and "due soon". */
export const dueSoon = (alias: string, ctx: DeadlineContext): Expression<SqlBool> => dueWithin(alias, ctx.today, dueSoonUntil(ctx));

/** Not closed: a literal, so that both engines serve it from the open cases' partial index (migration 0016). */
export const stillOpen = (alias: string): Expression<SqlBool> => sql<SqlBool>`${sql.ref(`${alias}.state`)} <> 'da_dong'`;

/**
 * What a superior urges (đôn đốc; TT 05/2021 art. 14(2)): the open cases of the units below his working unit whose
 * earliest running deadline is past or falls by `until` (the list and the queue: "due soon"; the proposals: the
 * working days the user chose). One rule for the list filter, the queue count and the urging proposals. A head may
 * still urge his own officer from the case itself; his own unit's late cases are already his overdue and due-soon queues.
 */
export function toUrge(alias: string, actor: Actor, ctx: DeadlineContext, until: string = dueSoonUntil(ctx)): Expression<SqlBool> {
  const below = unitsBelow(actor);
  if (below.length === 0) return sql<SqlBool>`1 = 0`;
  return sql<SqlBool>`(${stillOpen(alias)} and ${sql.ref(`${alias}.unit_id`)} in (${sql.join(below)}) and ${dueWithin(alias, null, until)})`;
}

/** The units under the actor's working unit (his scope without it): whose late work he urges. */
export const unitsBelow = (actor: Actor): number[] => [...actor.scope].filter((id) => id !== actor.activeUnitId);

/** Nearest deadline first, records without a running one last, in either direction. */
export const byDue = (dir: 'asc' | 'desc') => (ob: OrderByItemBuilder) => (dir === 'asc' ? ob.asc() : ob.desc()).nullsLast();

export const direction = (order: 'asc' | 'desc' | undefined, byDefault: 'asc' | 'desc'): 'asc' | 'desc' => order ?? byDefault;

/** A letter forwarded to another unit (`alias`) that the receiving unit has not yet entered in its register (0016's trigger). */
export const notTakenUp = (alias: string): Expression<SqlBool> => sql<SqlBool>`not ${sql.ref(`${alias}.taken_up`)}`;
