import { sql, type Kysely } from 'kysely';
import type { Engine } from '../database';
import { columns } from './columns';

/**
 * The records: the reception register (visits and the people received), letters with their writers (a
 * denunciation's writers sealed), cases with their timeline, the clocks of both, the yearly letter registers and the
 * idempotency keys of creates.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const c = columns(engine);

  // One row per unit and year: the last letter number given; advanced in the registering transaction.
  await db.schema
    .createTable('letter_registers')
    .addColumn('unit_id', 'integer', (col) => col.notNull().references('units.id'))
    .addColumn('year', 'integer', (col) => col.notNull())
    .addColumn('last_number', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('letter_registers_pk', ['unit_id', 'year'])
    .execute();

  await c
    .id(db.schema.createTable('cases'))
    .addColumn('unit_id', 'integer', (col) => col.notNull().references('units.id'))
    .addColumn('type', 'varchar(30)', (col) => col.notNull())
    .addColumn('state', 'varchar(30)', (col) => col.notNull())
    .addColumn('state_before_suspension', 'varchar(30)')
    .addColumn('level', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('title', 'varchar(300)', (col) => col.notNull())
    .addColumn('handler_account_id', 'integer', (col) => col.references('accounts.id'))
    .addColumn('complex', c.bool, (col) => col.notNull())
    .addColumn('complex_criteria', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('protracted', c.bool, (col) => col.notNull())
    .addColumn('backlog', c.bool, (col) => col.notNull())
    .addColumn('over_level', c.bool, (col) => col.notNull())
    .addColumn('opened_on', c.date, (col) => col.notNull())
    .addColumn('decided_on', c.date)
    .addColumn('outcome', 'varchar(60)')
    .addColumn('result_number', 'varchar(50)')
    .addColumn('result_date', c.date)
    .addColumn('result_signer', 'varchar(150)')
    .addColumn('closed_on', c.date)
    .addColumn('created_by', 'integer', (col) => col.references('accounts.id'))
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('cases_unit_state').on('cases').columns(['unit_id', 'state']).execute();

  await c
    .id(db.schema.createTable('case_events'))
    .addColumn('case_id', 'integer', (col) => col.notNull().references('cases.id'))
    .addColumn('at', c.timestamp, (col) => col.notNull())
    .addColumn('on_date', c.date, (col) => col.notNull())
    .addColumn('actor_id', 'integer', (col) => col.references('accounts.id'))
    .addColumn('actor_name', 'varchar(150)')
    .addColumn('transition', 'varchar(30)', (col) => col.notNull())
    .addColumn('from_state', 'varchar(30)')
    .addColumn('to_state', 'varchar(30)', (col) => col.notNull())
    .addColumn('decision_number', 'varchar(50)')
    .addColumn('decision_date', c.date)
    .addColumn('signer', 'varchar(150)')
    .addColumn('basis', 'varchar(500)')
    .addColumn('note', 'text')
    .execute();
  await db.schema.createIndex('case_events_case').on('case_events').columns(['case_id', 'id']).execute();

  await c
    .id(db.schema.createTable('visits'))
    .addColumn('unit_id', 'integer', (col) => col.notNull().references('units.id'))
    .addColumn('place_id', 'integer', (col) => col.references('places.id'))
    .addColumn('received_at', c.timestamp, (col) => col.notNull())
    // The day in Vietnam, for the register and the period filters.
    .addColumn('received_on', c.date, (col) => col.notNull())
    .addColumn('reception_kind', 'varchar(30)', (col) => col.notNull())
    .addColumn('reception_mode', 'varchar(30)')
    .addColumn('officer_id', 'integer', (col) => col.references('officers.id'))
    .addColumn('request_type', 'varchar(30)', (col) => col.notNull())
    .addColumn('field', 'varchar(60)')
    .addColumn('special_categories', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('content', 'text', (col) => col.notNull())
    .addColumn('prior_handling', 'text')
    .addColumn('head_count', 'integer', (col) => col.notNull())
    .addColumn('delegation', c.bool, (col) => col.notNull())
    .addColumn('repeat_visit', c.bool, (col) => col.notNull())
    // A denunciation's visitors are not linked in visit_people: their ids are sealed here (Luật Tố cáo art. 9).
    .addColumn('sealed', c.bool, (col) => col.notNull())
    .addColumn('sealed_people', 'text')
    .addColumn('origin_ward_ids', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('documents_received', 'text')
    .addColumn('outcome', 'varchar(30)', (col) => col.notNull())
    .addColumn('refusal_ground', 'varchar(60)')
    .addColumn('follow_up', 'text')
    .addColumn('letter_id', 'integer')
    .addColumn('case_id', 'integer', (col) => col.references('cases.id'))
    .addColumn('created_by', 'integer', (col) => col.references('accounts.id'))
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('visits_unit_day').on('visits').columns(['unit_id', 'received_on']).execute();

  await db.schema
    .createTable('visit_people')
    .addColumn('visit_id', 'integer', (col) => col.notNull().references('visits.id'))
    .addColumn('person_id', 'integer', (col) => col.notNull().references('people.id'))
    .addColumn('representative', c.bool, (col) => col.notNull())
    .addPrimaryKeyConstraint('visit_people_pk', ['visit_id', 'person_id'])
    .execute();
  await db.schema.createIndex('visit_people_person').on('visit_people').columns(['person_id']).execute();

  await c
    .id(db.schema.createTable('letters'))
    .addColumn('unit_id', 'integer', (col) => col.notNull().references('units.id'))
    .addColumn('year', 'integer', (col) => col.notNull())
    .addColumn('number', 'integer', (col) => col.notNull())
    .addColumn('received_on', c.date, (col) => col.notNull())
    .addColumn('channel', 'varchar(60)', (col) => col.notNull())
    .addColumn('request_type', 'varchar(30)', (col) => col.notNull())
    .addColumn('field', 'varchar(60)')
    .addColumn('special_categories', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('content', 'text', (col) => col.notNull())
    .addColumn('summary', 'varchar(300)')
    .addColumn('anonymous', c.bool, (col) => col.notNull())
    .addColumn('false_name', c.bool, (col) => col.notNull())
    .addColumn('signed', c.bool, (col) => col.notNull())
    .addColumn('signer_count', 'integer', (col) => col.notNull())
    .addColumn('sealed', c.bool, (col) => col.notNull())
    .addColumn('source_body', 'varchar(300)')
    .addColumn('originals_attached', c.bool, (col) => col.notNull())
    .addColumn('state', 'varchar(20)', (col) => col.notNull())
    .addColumn('eligible', c.bool)
    .addColumn('ineligible_reason', 'varchar(500)')
    .addColumn('competent', c.bool)
    .addColumn('competent_body_type', 'varchar(60)')
    .addColumn('prior_resolution', 'varchar(30)')
    .addColumn('duplicate_of_id', 'integer', (col) => col.references('letters.id'))
    .addColumn('decision', 'varchar(30)')
    .addColumn('decided_on', c.date)
    .addColumn('ground', 'varchar(60)')
    .addColumn('decision_note', 'text')
    .addColumn('forward_to_unit_id', 'integer', (col) => col.references('units.id'))
    .addColumn('forward_to_body', 'varchar(300)')
    .addColumn('forwarded_from_letter_id', 'integer', (col) => col.references('letters.id'))
    .addColumn('visit_id', 'integer', (col) => col.references('visits.id'))
    .addColumn('case_id', 'integer', (col) => col.references('cases.id'))
    .addColumn('created_by', 'integer', (col) => col.references('accounts.id'))
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .execute();
  // The register's numbers: one letter per number in a unit's year (the counter above is the fast path).
  await db.schema.createIndex('letters_number').unique().on('letters').columns(['unit_id', 'year', 'number']).execute();
  // A forwarded letter is entered in the receiving unit's register once.
  await sql`create unique index letters_forwarded_once on letters (forwarded_from_letter_id) where forwarded_from_letter_id is not null`.execute(db);
  await db.schema.createIndex('letters_unit_state').on('letters').columns(['unit_id', 'state']).execute();
  await db.schema.createIndex('letters_inbox').on('letters').columns(['forward_to_unit_id']).execute();
  await db.schema.createIndex('letters_case').on('letters').columns(['case_id']).execute();

  await c
    .id(db.schema.createTable('letter_senders'))
    .addColumn('letter_id', 'integer', (col) => col.notNull().references('letters.id'))
    .addColumn('position', 'integer', (col) => col.notNull())
    // Plain for complaints, recommendations and feedback; for a denunciation all null and `sealed` holds them.
    .addColumn('person_id', 'integer', (col) => col.references('people.id'))
    .addColumn('full_name', 'varchar(150)')
    .addColumn('id_number', 'varchar(20)')
    .addColumn('address', 'varchar(500)')
    .addColumn('phone', 'varchar(30)')
    .addColumn('sealed', 'text')
    .execute();
  await db.schema.createIndex('letter_senders_letter').on('letter_senders').columns(['letter_id', 'position']).execute();
  await db.schema.createIndex('letter_senders_person').on('letter_senders').columns(['person_id']).execute();

  // The clocks of letters and cases, one row each; the running one's due date is kept for the lists' filters.
  await c
    .id(db.schema.createTable('clocks'))
    .addColumn('subject_type', 'varchar(20)', (col) => col.notNull())
    .addColumn('subject_id', 'integer', (col) => col.notNull())
    .addColumn('seq', 'integer', (col) => col.notNull())
    .addColumn('type', 'varchar(30)', (col) => col.notNull())
    .addColumn('stage', 'varchar(40)', (col) => col.notNull())
    .addColumn('started_on', c.date, (col) => col.notNull())
    .addColumn('complex', c.bool, (col) => col.notNull())
    .addColumn('remote', c.bool, (col) => col.notNull())
    .addColumn('extensions', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('suspensions', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('start_basis', 'varchar(500)')
    .addColumn('restart_of', 'integer')
    .addColumn('ended_on', c.date)
    .addColumn('ended_by', 'varchar(20)')
    .addColumn('due_on', c.date)
    .execute();
  await db.schema.createIndex('clocks_subject').unique().on('clocks').columns(['subject_type', 'subject_id', 'seq']).execute();
  await sql`create index clocks_running_due on clocks (due_on) where ended_on is null`.execute(db);

  // A retried create with the same key returns what the first one created (unique per account and key).
  await c
    .id(db.schema.createTable('idempotency_keys'))
    .addColumn('account_id', 'integer', (col) => col.notNull().references('accounts.id'))
    .addColumn('key', 'varchar(100)', (col) => col.notNull())
    .addColumn('operation', 'varchar(40)', (col) => col.notNull())
    .addColumn('entity_id', 'integer', (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema.createIndex('idempotency_keys_key').unique().on('idempotency_keys').columns(['account_id', 'key']).execute();
}
