import { sql, type Kysely } from 'kysely';
import type { Engine } from '../database';
import { columns } from './columns';

/**
 * How "ngày" is read in the resolution periods of a rule set, when the inspectorate instructs working days: one row
 * per rule set at most (the unique index decides between two administrators), the unit checked by the database.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const c = columns(engine);
  await c
    .id(db.schema.createTable('deadline_readings'))
    .addColumn('rule_set_id', 'varchar(60)', (col) => col.notNull().unique())
    .addColumn('unit', 'varchar(10)', (col) => col.notNull())
    .addColumn('instruction', 'varchar(300)', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .addCheckConstraint('deadline_readings_unit', sql`unit in ('calendar', 'working')`)
    .execute();
}
