import { sql, type Kysely, type QueryExecutorProvider } from 'kysely';
import type { Engine } from '../database';
import { columns } from './columns';

/**
 * What the lists and the queue counts filter and sort on, stored on the record itself (issue 8 §8, bench/records.ts
 * at 1,000,000 letters): a letter's and a case's earliest running due date (`running_due_on`, the minimum `due_on`
 * of its running clocks, null when none runs or all are stopped), and whether a letter forwarded to another unit
 * has been entered in that unit's register (`taken_up`). Before, every list and count derived both per row — the
 * grouped running clocks joined to each case, a search of the register per forwarded letter — 400–500 ms at scale.
 *
 * Both are kept by triggers in the database, not by the application: every write to a clock (started, ended,
 * extended, suspended, resumed, recomputed after a calendar change, or by hand in SQL) and every letter registered
 * from a forwarded one moves them, so no code path can leave them stale. Touches only tables of 0009.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const c = columns(engine);
  for (const table of ['letters', 'cases']) await db.schema.alterTable(table).addColumn('running_due_on', c.date).execute();
  await db.schema.alterTable('letters').addColumn('taken_up', c.bool, (col) => col.notNull().defaultTo(engine === 'postgres' ? sql`false` : 0)).execute();
  await backfill(db);

  // Overdue and due soon: a range of due dates, then the unit; the list's order is the index's.
  for (const table of ['letters', 'cases']) {
    await sql`create index ${sql.raw(`${table}_running_due`)} on ${sql.table(table)} (running_due_on, unit_id) where running_due_on is not null`.execute(db);
  }
  // A unit's open cases in deadline order (its list of open cases, the open cases the queues count).
  await sql`create index cases_open on cases (unit_id, running_due_on) where state <> 'da_dong'`.execute(db);
  // Forwarded and waiting: the receiving unit's inbox, and the sending unit's letters to urge.
  await sql`create index letters_awaiting_uptake on letters (forward_to_unit_id) where forward_to_unit_id is not null and not taken_up`.execute(db);
  await sql`create index letters_forwarded_waiting on letters (unit_id, decision) where forward_to_unit_id is not null and not taken_up`.execute(db);
  await sql`drop index letters_forwarded_away`.execute(db);

  if (engine === 'postgres') await postgresTriggers(db);
  else await sqliteTriggers(db);
}

/**
 * Sets both stored columns from the clocks and the register as they are. Exported for bench/records.ts, whose bulk
 * load on PostgreSQL runs with triggers off (session_replication_role = replica) and then runs these same statements.
 */
export async function backfill(db: QueryExecutorProvider): Promise<void> {
  for (const [table, type] of [['letters', 'letter'], ['cases', 'case']] as const) {
    const t = sql.table(table);
    await sql`update ${t} set running_due_on = d.due from (select subject_id, min(due_on) as due from clocks
      where subject_type = ${type} and ended_on is null group by subject_id) d where ${t}.id = d.subject_id`.execute(db);
  }
  // A boolean literal both engines read (SQLite stores it as 1).
  await sql`update letters set taken_up = (1 = 1) where id in (select forwarded_from_letter_id from letters where forwarded_from_letter_id is not null)`.execute(db);
}

/** The earliest due date of a subject's running clocks (`subject` is the trigger row: new or old). */
const earliest = (type: 'letter' | 'case', subject: string) =>
  `(select min(k.due_on) from clocks k where k.subject_type = '${type}' and k.subject_id = ${subject}.subject_id and k.ended_on is null)`;

async function sqliteTriggers(db: Kysely<unknown>): Promise<void> {
  const sync = (row: 'new' | 'old') =>
    `update letters set running_due_on = ${earliest('letter', row)} where ${row}.subject_type = 'letter' and id = ${row}.subject_id;
     update cases set running_due_on = ${earliest('case', row)} where ${row}.subject_type = 'case' and id = ${row}.subject_id;`;
  // A clock never changes subject: an update syncs the subject it has.
  await sql.raw(`create trigger clocks_due_ai after insert on clocks begin ${sync('new')} end`).execute(db);
  await sql.raw(`create trigger clocks_due_au after update of due_on, ended_on on clocks begin ${sync('new')} end`).execute(db);
  await sql.raw(`create trigger clocks_due_ad after delete on clocks begin ${sync('old')} end`).execute(db);
  await sql`create trigger letters_taken_up_ai after insert on letters when new.forwarded_from_letter_id is not null begin
    update letters set taken_up = 1 where id = new.forwarded_from_letter_id; end`.execute(db);
}

async function postgresTriggers(db: Kysely<unknown>): Promise<void> {
  // Unqualified names resolve through the session's search_path, like every statement the application sends.
  const sync = (type: 'letter' | 'case', table: string) =>
    `update ${table} set running_due_on = ${earliest(type, 's')} where id = s.subject_id and running_due_on is distinct from ${earliest(type, 's')};`;
  await sql
    .raw(
      `create function clocks_sync_due() returns trigger language plpgsql as $$
      declare
        s clocks;
      begin
        -- A clock never changes subject: an update syncs the subject it has.
        if tg_op = 'DELETE' then s := old; else s := new; end if;
        if s.subject_type = 'letter' then ${sync('letter', 'letters')}
        elsif s.subject_type = 'case' then ${sync('case', 'cases')}
        end if;
        return null;
      end $$`,
    )
    .execute(db);
  await sql`create trigger clocks_due after insert or delete or update of due_on, ended_on on clocks
    for each row execute function clocks_sync_due()`.execute(db);
  await sql
    .raw(
      `create function letters_mark_taken_up() returns trigger language plpgsql as $$
      begin
        update letters set taken_up = true where id = new.forwarded_from_letter_id;
        return null;
      end $$`,
    )
    .execute(db);
  await sql`create trigger letters_taken_up after insert on letters for each row when (new.forwarded_from_letter_id is not null)
    execute function letters_mark_taken_up()`.execute(db);
}
