import { sql, type Kysely } from 'kysely';
import type { Engine } from '../database';

/**
 * Indexes for the records at scale (issue 8 §8, bench/records.ts: 1,000,000 letters, 2,000,000 visits). The running
 * clocks only, covering their due date: the lists and queue counts find overdue and due-soon letters and cases by
 * reading the running clocks of one type (a few thousand entries) instead of testing a clock per letter or case in
 * scope, and a case's earliest running due date is one index entry. Subject before due date: with the due date first,
 * PostgreSQL answers that per-case minimum by walking the type's whole range in date order. A handler's open cases
 * from the handler. Letters forwarded away by unit and decision, covering: the count to urge reads the index, not a
 * row per forwarded letter of the whole register (1.1 s → see bench/records.ts).
 */
export async function up(db: Kysely<unknown>, _engine: Engine): Promise<void> {
  await sql`create index clocks_running on clocks (subject_type, subject_id, due_on) where ended_on is null`.execute(db);
  await db.schema.createIndex('cases_handler_state').on('cases').columns(['handler_account_id', 'state']).execute();
  await sql`create index letters_forwarded_away on letters (unit_id, decision) where forward_to_unit_id is not null`.execute(db);
}
