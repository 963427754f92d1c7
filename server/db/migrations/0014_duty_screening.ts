import type { Kysely } from 'kysely';
import type { Engine } from '../database';
import { columns } from './columns';

/**
 * Duty alerts and health screening (issues 9 §2, 10 §6): how long after a shift starts a missing check-in is
 * reported, and per period the areas under epidemic alert, the questions asked at intake and the health liaison's
 * account; one screening row per visit registered during a period that screens (flag, reasons, answers), from which
 * the daily report counts. Touches only tables of 0009 and 0010.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const c = columns(engine);
  await db.schema.alterTable('periods').addColumn('check_in_grace_minutes', 'integer', (col) => col.notNull().defaultTo(15)).execute();
  // JSON: [{ wardId, label }] and [{ text, kind }].
  await db.schema.alterTable('periods').addColumn('screening_areas', 'text', (col) => col.notNull().defaultTo('[]')).execute();
  await db.schema.alterTable('periods').addColumn('screening_questions', 'text', (col) => col.notNull().defaultTo('[]')).execute();
  await db.schema.alterTable('periods').addColumn('screening_liaison_id', 'integer', (col) => col.references('accounts.id')).execute();

  await db.schema
    .createTable('visit_screenings')
    .addColumn('visit_id', 'integer', (col) => col.primaryKey().references('visits.id'))
    .addColumn('period_id', 'integer', (col) => col.notNull().references('periods.id'))
    .addColumn('unit_id', 'integer', (col) => col.notNull().references('units.id'))
    .addColumn('received_on', c.date, (col) => col.notNull())
    .addColumn('head_count', 'integer', (col) => col.notNull())
    .addColumn('flagged', c.bool, (col) => col.notNull())
    // JSON: [{ kind, area, question? }] and [{ question, answer }].
    .addColumn('reasons', 'text', (col) => col.notNull())
    .addColumn('answers', 'text', (col) => col.notNull())
    .addColumn('alert_id', 'integer', (col) => col.references('alerts.id'))
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema.createIndex('visit_screenings_day').on('visit_screenings').columns(['period_id', 'received_on']).execute();
}
