import { sql, type Kysely } from 'kysely';
import { caseSearchKey, letterSearchKey, visitSearchKey } from '@core/domain/text/content';
import type { Engine } from '../database';

/**
 * Search in the records' content without diacritics (issue 8 §5): each of visits, letters and cases gets a
 * `search_key` computed by the application (core/domain/text/content.ts), filled here for the rows already there,
 * and indexed like the people's name key — FTS5 trigram on SQLite, pg_trgm GIN on PostgreSQL.
 */
const TABLES = ['visits', 'letters', 'cases'] as const;
type Table = (typeof TABLES)[number];

// Rows read and rewritten per statement (2 parameters a row: well under both engines' limits).
const BATCH = 2000;

type Row = Record<string, string | number | boolean | null | undefined>;

async function keysOf(db: Kysely<unknown>, table: Table, rows: Row[]): Promise<Map<number, string>> {
  const text = (v: Row[string]) => (v === null || v === undefined ? null : String(v));
  if (table === 'visits') return new Map(rows.map((r) => [Number(r.id), visitSearchKey({ content: String(r.content), priorHandling: text(r.prior_handling), followUp: text(r.follow_up) })]));
  if (table === 'cases') return new Map(rows.map((r) => [Number(r.id), caseSearchKey({ title: String(r.title) })]));
  const ids = rows.map((r) => Number(r.id));
  // Only writers stored in clear: a denunciation's are sealed and never part of a key.
  const { rows: senders } = await sql<{ letter_id: number; full_name: string }>`select letter_id, full_name from letter_senders
    where letter_id in (${sql.join(ids)}) and sealed is null and full_name is not null order by letter_id, position`.execute(db);
  const names = new Map<number, string[]>();
  for (const s of senders) names.set(Number(s.letter_id), [...(names.get(Number(s.letter_id)) ?? []), s.full_name]);
  return new Map(
    rows.map((r) => [
      Number(r.id),
      letterSearchKey({ summary: text(r.summary), content: String(r.content), sourceBody: text(r.source_body), sealed: r.sealed === true || Number(r.sealed) === 1, senderNames: names.get(Number(r.id)) ?? [] }),
    ]),
  );
}

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  for (const table of TABLES) {
    const t = sql.table(table);
    // SQLite cannot add a NOT NULL column without a default, nor set NOT NULL later; the backfill below fills it.
    if (engine === 'postgres') await sql`alter table ${t} add column search_key text`.execute(db);
    else await sql`alter table ${t} add column search_key text not null default ''`.execute(db);
    for (let after = 0; ; ) {
      const { rows } = await sql<Row>`select * from ${t} where id > ${after} order by id limit ${BATCH}`.execute(db);
      const last = rows.at(-1);
      if (!last) break;
      after = Number(last.id);
      const keys = await keysOf(db, table, rows);
      const values = [...keys].map(([id, key]) => sql`(cast(${id} as integer), cast(${key} as text))`);
      await sql`with v (id, k) as (values ${sql.join(values)}) update ${t} set search_key = v.k from v where ${t}.id = v.id`.execute(db);
    }
    if (engine === 'postgres') {
      await sql`update ${t} set search_key = '' where search_key is null`.execute(db);
      await sql`alter table ${t} alter column search_key set not null`.execute(db);
      await sql`create index ${sql.raw(`${table}_search_trgm`)} on ${t} using gin (search_key gin_trgm_ops)`.execute(db);
    } else {
      const fts = sql.raw(`${table}_fts`);
      await sql`create virtual table ${fts} using fts5(search_key, content=${sql.lit(table)}, content_rowid='id', tokenize='trigram')`.execute(db);
      await sql`create trigger ${sql.raw(`${table}_fts_ai`)} after insert on ${t} begin
        insert into ${fts}(rowid, search_key) values (new.id, new.search_key); end`.execute(db);
      await sql`create trigger ${sql.raw(`${table}_fts_ad`)} after delete on ${t} begin
        insert into ${fts}(${fts}, rowid, search_key) values ('delete', old.id, old.search_key); end`.execute(db);
      await sql`create trigger ${sql.raw(`${table}_fts_au`)} after update of search_key on ${t} begin
        insert into ${fts}(${fts}, rowid, search_key) values ('delete', old.id, old.search_key);
        insert into ${fts}(rowid, search_key) values (new.id, new.search_key); end`.execute(db);
      await sql`insert into ${fts}(${fts}) values ('rebuild')`.execute(db);
    }
  }
}
