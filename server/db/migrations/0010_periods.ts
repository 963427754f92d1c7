import { sql, type CreateTableBuilder, type Kysely } from 'kysely';
import type { Engine } from '../database';
import { columns } from './columns';

/**
 * Heightened and regular periods (issue 9): the plan with its units, places, tasks and readiness checklists; the
 * duty roster (shift patterns, requirements by duty role, unavailability, assignments, swaps, check-ins); leaders'
 * reception sessions; and officers' duty roles as a table, moved out of the JSON array the roster could not query.
 *
 * Two invariants are the database's, on both engines: a unit does not run two periods of one kind at once, and an
 * officer is never rostered in two places at once. PostgreSQL says so with exclusion constraints over ranges (an
 * officer id as a one-point int4range, so no btree_gist extension is needed); SQLite, whose writers are serialised,
 * with triggers that abort the statement. Instants are stored as UTC ISO strings of one format on SQLite
 * (`toISOString()`), so the triggers compare them as text.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const c = columns(engine);
  const pg = engine === 'postgres';
  const stamps = <T extends string>(t: CreateTableBuilder<T, 'id'>) =>
    t
      .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
      .addColumn('created_at', c.timestamp, (col) => col.notNull())
      .addColumn('updated_at', c.timestamp, (col) => col.notNull());

  // Duty roles: one row per officer and role, so the roster selects officers by role in SQL.
  await db.schema
    .createTable('officer_duty_roles')
    .addColumn('officer_id', 'integer', (col) => col.notNull().references('officers.id').onDelete('cascade'))
    .addColumn('role', 'varchar(60)', (col) => col.notNull())
    .addPrimaryKeyConstraint('officer_duty_roles_pk', ['officer_id', 'role'])
    .execute();
  await db.schema.createIndex('officer_duty_roles_role').on('officer_duty_roles').columns(['role', 'officer_id']).execute();
  const officers = await sql<{ id: number; duty_roles: string }>`select id, duty_roles from officers`.execute(db);
  for (const o of officers.rows) {
    let roles: unknown;
    try {
      roles = JSON.parse(o.duty_roles);
    } catch {
      roles = [];
    }
    const codes = [...new Set(Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string' && r.length > 0 && r.length <= 60) : [])];
    for (const role of codes) await sql`insert into officer_duty_roles (officer_id, role) values (${o.id}, ${role})`.execute(db);
  }
  await sql`alter table officers drop column duty_roles`.execute(db);

  await stamps(
    c
      .id(db.schema.createTable('periods'))
      .addColumn('unit_id', 'integer', (col) => col.notNull().references('units.id'))
      .addColumn('kind', 'varchar(20)', (col) => col.notNull())
      .addColumn('name', 'varchar(300)', (col) => col.notNull())
      .addColumn('plan_number', 'varchar(60)')
      .addColumn('plan_date', c.date)
      .addColumn('legal_basis', 'text')
      .addColumn('starts_at', c.timestamp, (col) => col.notNull())
      .addColumn('ends_at', c.timestamp, (col) => col.notNull())
      .addColumn('health_screening', c.bool, (col) => col.notNull())
      // JSON: alert levels [{code, label}] and the reporting schedule [{time 'HH:mm', title, toUnit?}].
      .addColumn('alert_levels', 'text', (col) => col.notNull().defaultTo('[]'))
      .addColumn('reporting', 'text', (col) => col.notNull().defaultTo('[]'))
      .addColumn('rest_after_night_hours', 'integer', (col) => col.notNull())
      .addColumn('rest_after_shift_hours', 'integer', (col) => col.notNull())
      .addColumn('weekly_hours_cap', 'integer', (col) => col.notNull())
      .addColumn('copied_from_id', 'integer', (col) => col.references('periods.id'))
      // The last solve's uncovered slots with their reasons (JSON), shown until the next solve or edit.
      .addColumn('roster_gaps', 'text', (col) => col.notNull().defaultTo('[]'))
      .addColumn('roster_solved_at', c.timestamp)
      .addColumn('roster_published_at', c.timestamp)
      .addColumn('roster_published_by', 'integer', (col) => col.references('accounts.id'))
      .addCheckConstraint('periods_kind', sql`kind in ('heightened', 'regular')`)
      .addCheckConstraint('periods_span', sql`ends_at > starts_at`)
      .addCheckConstraint('periods_rules', sql`rest_after_night_hours between 0 and 48 and rest_after_shift_hours between 0 and 48 and weekly_hours_cap between 8 and 168`),
  ).execute();
  await db.schema.createIndex('periods_unit').on('periods').columns(['unit_id', 'starts_at']).execute();

  await db.schema
    .createTable('period_units')
    .addColumn('period_id', 'integer', (col) => col.notNull().references('periods.id').onDelete('cascade'))
    .addColumn('unit_id', 'integer', (col) => col.notNull().references('units.id'))
    .addPrimaryKeyConstraint('period_units_pk', ['period_id', 'unit_id'])
    .execute();
  await db.schema.createIndex('period_units_unit').on('period_units').column('unit_id').execute();

  // A place staffed in the period: its shift pattern (core/domain/rosters ShiftPattern) and who may reinforce it.
  await db.schema
    .createTable('period_places')
    .addColumn('period_id', 'integer', (col) => col.notNull().references('periods.id').onDelete('cascade'))
    .addColumn('place_id', 'integer', (col) => col.notNull().references('places.id'))
    .addColumn('pattern', 'varchar(20)', (col) => col.notNull())
    .addColumn('first_start_hour', 'integer')
    .addColumn('day_hours', 'integer')
    .addColumn('include_days_off', c.bool, (col) => col.notNull())
    .addColumn('reinforcement_allowed', c.bool, (col) => col.notNull())
    // JSON array of unit ids that staff the place as a matter of course besides its own (a ward's police).
    .addColumn('partner_unit_ids', 'text', (col) => col.notNull().defaultTo('[]'))
    .addPrimaryKeyConstraint('period_places_pk', ['period_id', 'place_id'])
    .addCheckConstraint('period_places_pattern', sql`pattern in ('3x8', '2x12', 'day_only')`)
    .addCheckConstraint('period_places_hours', sql`(first_start_hour is null or first_start_hour between 0 and 23) and (day_hours is null or day_hours between 1 and 24)`)
    .execute();

  // Staff required on every shift of a place, by duty role (e.g. city office: 2 tiep_cong_dan, 1 cong_an).
  await db.schema
    .createTable('period_requirements')
    .addColumn('period_id', 'integer', (col) => col.notNull())
    .addColumn('place_id', 'integer', (col) => col.notNull())
    .addColumn('role', 'varchar(60)', (col) => col.notNull())
    .addColumn('count', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('period_requirements_pk', ['period_id', 'place_id', 'role'])
    .addForeignKeyConstraint('period_requirements_place', ['period_id', 'place_id'], 'period_places', ['period_id', 'place_id'], (fk) => fk.onDelete('cascade'))
    .addCheckConstraint('period_requirements_count', sql`count between 1 and 50`)
    .execute();

  await stamps(
    c
      .id(db.schema.createTable('period_tasks'))
      .addColumn('period_id', 'integer', (col) => col.notNull().references('periods.id').onDelete('cascade'))
      // Where the plan orders it, e.g. "III.4 Công an thành phố".
      .addColumn('section', 'varchar(100)', (col) => col.notNull())
      .addColumn('title', 'varchar(1000)', (col) => col.notNull())
      .addColumn('owner_unit_id', 'integer', (col) => col.notNull().references('units.id'))
      .addColumn('responsible_officer_id', 'integer', (col) => col.references('officers.id'))
      .addColumn('due_date', c.date)
      .addColumn('status', 'varchar(20)', (col) => col.notNull())
      // JSON [{label, done}].
      .addColumn('checklist', 'text', (col) => col.notNull().defaultTo('[]'))
      .addCheckConstraint('period_tasks_status', sql`status in ('todo', 'in_progress', 'done')`),
  ).execute();
  await db.schema.createIndex('period_tasks_period').on('period_tasks').columns(['period_id', 'owner_unit_id']).execute();

  // Readiness of a place for the period (fire-safety equipment in place, police contact, working group formed).
  await stamps(
    c
      .id(db.schema.createTable('place_readiness'))
      .addColumn('period_id', 'integer', (col) => col.notNull().references('periods.id').onDelete('cascade'))
      .addColumn('place_id', 'integer', (col) => col.notNull().references('places.id'))
      .addColumn('item', 'varchar(300)', (col) => col.notNull())
      .addColumn('done', c.bool, (col) => col.notNull())
      .addColumn('done_at', c.timestamp)
      .addColumn('done_by', 'integer', (col) => col.references('accounts.id')),
  ).execute();
  await db.schema.createIndex('place_readiness_item').unique().on('place_readiness').columns(['period_id', 'place_id', 'item']).execute();

  await c
    .id(db.schema.createTable('officer_unavailability'))
    .addColumn('officer_id', 'integer', (col) => col.notNull().references('officers.id').onDelete('cascade'))
    .addColumn('kind', 'varchar(20)', (col) => col.notNull())
    .addColumn('starts_at', c.timestamp, (col) => col.notNull())
    .addColumn('ends_at', c.timestamp, (col) => col.notNull())
    .addColumn('note', 'varchar(500)')
    .addColumn('created_by', 'integer', (col) => col.references('accounts.id'))
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addCheckConstraint('officer_unavailability_kind', sql`kind in ('leave', 'day_off_in_lieu', 'sick', 'training', 'other')`)
    .addCheckConstraint('officer_unavailability_span', sql`ends_at > starts_at`)
    .execute();
  await db.schema.createIndex('officer_unavailability_officer').on('officer_unavailability').columns(['officer_id', 'starts_at']).execute();

  await stamps(
    c
      .id(db.schema.createTable('roster_assignments'))
      .addColumn('period_id', 'integer', (col) => col.notNull().references('periods.id').onDelete('cascade'))
      .addColumn('place_id', 'integer', (col) => col.notNull().references('places.id'))
      .addColumn('officer_id', 'integer', (col) => col.notNull().references('officers.id'))
      .addColumn('role', 'varchar(60)', (col) => col.notNull())
      // The expander's shift id (placeId:date:index) and label ("Ca đêm").
      .addColumn('shift_key', 'varchar(100)', (col) => col.notNull())
      .addColumn('shift_label', 'varchar(60)', (col) => col.notNull())
      .addColumn('starts_at', c.timestamp, (col) => col.notNull())
      .addColumn('ends_at', c.timestamp, (col) => col.notNull())
      .addColumn('pinned', c.bool, (col) => col.notNull())
      .addColumn('published', c.bool, (col) => col.notNull())
      .addColumn('reinforcement', c.bool, (col) => col.notNull())
      .addColumn('checked_in_at', c.timestamp)
      .addColumn('checked_in_by', 'integer', (col) => col.references('accounts.id'))
      .addColumn('checked_out_at', c.timestamp)
      .addColumn('checked_out_by', 'integer', (col) => col.references('accounts.id'))
      .addCheckConstraint('roster_assignments_span', sql`ends_at > starts_at`),
  ).execute();
  await db.schema.createIndex('roster_assignments_slot').unique().on('roster_assignments').columns(['period_id', 'shift_key', 'officer_id']).execute();
  await db.schema.createIndex('roster_assignments_time').on('roster_assignments').columns(['starts_at', 'ends_at']).execute();
  await db.schema.createIndex('roster_assignments_officer').on('roster_assignments').columns(['officer_id', 'starts_at']).execute();

  await stamps(
    c
      .id(db.schema.createTable('roster_swaps'))
      .addColumn('assignment_id', 'integer', (col) => col.notNull().references('roster_assignments.id').onDelete('cascade'))
      .addColumn('from_officer_id', 'integer', (col) => col.notNull().references('officers.id'))
      .addColumn('to_officer_id', 'integer', (col) => col.notNull().references('officers.id'))
      .addColumn('reason', 'varchar(500)')
      .addColumn('status', 'varchar(20)', (col) => col.notNull())
      .addColumn('requested_by', 'integer', (col) => col.references('accounts.id'))
      .addColumn('decided_by', 'integer', (col) => col.references('accounts.id'))
      .addColumn('decided_at', c.timestamp)
      .addCheckConstraint('roster_swaps_status', sql`status in ('requested', 'approved', 'rejected')`),
  ).execute();
  // One open request per shift at a time.
  await sql`create unique index roster_swaps_open on roster_swaps (assignment_id) where status = 'requested'`.execute(db);

  // Leaders' reception (Luật Tiếp công dân 2013 arts. 12–15): the regular schedule and the sessions held or asked for.
  await stamps(
    c
      .id(db.schema.createTable('reception_schedules'))
      .addColumn('unit_id', 'integer', (col) => col.notNull().references('units.id'))
      .addColumn('officer_id', 'integer', (col) => col.notNull().references('officers.id'))
      .addColumn('place_id', 'integer', (col) => col.notNull().references('places.id'))
      // 'weekly' on `weekday` (1 = Monday … 7), or 'monthly' on `day_of_month`.
      .addColumn('frequency', 'varchar(10)', (col) => col.notNull())
      .addColumn('weekday', 'integer')
      .addColumn('day_of_month', 'integer')
      .addColumn('start_time', 'varchar(5)', (col) => col.notNull())
      .addColumn('end_time', 'varchar(5)', (col) => col.notNull())
      .addColumn('valid_from', c.date, (col) => col.notNull())
      .addColumn('valid_to', c.date)
      .addCheckConstraint('reception_schedules_rule', sql`(frequency = 'weekly' and weekday between 1 and 7) or (frequency = 'monthly' and day_of_month between 1 and 31)`),
  ).execute();

  await stamps(
    c
      .id(db.schema.createTable('reception_sessions'))
      .addColumn('unit_id', 'integer', (col) => col.notNull().references('units.id'))
      .addColumn('officer_id', 'integer', (col) => col.notNull().references('officers.id'))
      .addColumn('place_id', 'integer', (col) => col.notNull().references('places.id'))
      .addColumn('schedule_id', 'integer', (col) => col.references('reception_schedules.id'))
      .addColumn('period_id', 'integer', (col) => col.references('periods.id'))
      .addColumn('kind', 'varchar(10)', (col) => col.notNull())
      .addColumn('starts_at', c.timestamp, (col) => col.notNull())
      .addColumn('ends_at', c.timestamp, (col) => col.notNull())
      // Why an ad-hoc session was asked for (a case, a delegation).
      .addColumn('subject', 'varchar(1000)')
      .addColumn('status', 'varchar(20)', (col) => col.notNull())
      .addCheckConstraint('reception_sessions_kind', sql`kind in ('regular', 'adhoc')`)
      .addCheckConstraint('reception_sessions_status', sql`status in ('requested', 'scheduled', 'held', 'cancelled')`)
      .addCheckConstraint('reception_sessions_span', sql`ends_at > starts_at`),
  ).execute();
  await db.schema.createIndex('reception_sessions_unit').on('reception_sessions').columns(['unit_id', 'starts_at']).execute();
  await db.schema
    .createTable('reception_session_citizens')
    .addColumn('session_id', 'integer', (col) => col.notNull().references('reception_sessions.id').onDelete('cascade'))
    .addColumn('person_id', 'integer', (col) => col.notNull().references('people.id'))
    .addColumn('visit_id', 'integer')
    .addPrimaryKeyConstraint('reception_session_citizens_pk', ['session_id', 'person_id'])
    .execute();

  if (pg) {
    await sql`alter table periods add constraint periods_no_overlap exclude using gist (int4range(unit_id, unit_id, '[]') with &&, tstzrange(starts_at, ends_at) with &&) where (kind = 'heightened')`.execute(db);
    await sql`alter table periods add constraint periods_regular_no_overlap exclude using gist (int4range(unit_id, unit_id, '[]') with &&, tstzrange(starts_at, ends_at) with &&) where (kind = 'regular')`.execute(db);
    await sql`alter table roster_assignments add constraint roster_assignments_one_place exclude using gist (int4range(officer_id, officer_id, '[]') with &&, tstzrange(starts_at, ends_at) with &&)`.execute(db);
  } else {
    for (const when of ['insert', 'update of unit_id, kind, starts_at, ends_at']) {
      await sql
        .raw(
          `create trigger periods_no_overlap_${when.split(' ')[0]} before ${when} on periods begin
             select raise(abort, 'periods_no_overlap') where exists (
               select 1 from periods p where p.unit_id = new.unit_id and p.kind = new.kind and p.id is not new.id
                 and p.starts_at < new.ends_at and new.starts_at < p.ends_at);
           end`,
        )
        .execute(db);
    }
    for (const when of ['insert', 'update of officer_id, starts_at, ends_at']) {
      await sql
        .raw(
          `create trigger roster_assignments_one_place_${when.split(' ')[0]} before ${when} on roster_assignments begin
             select raise(abort, 'roster_assignments_one_place') where exists (
               select 1 from roster_assignments a where a.officer_id = new.officer_id and a.id is not new.id
                 and a.starts_at < new.ends_at and new.starts_at < a.ends_at);
           end`,
        )
        .execute(db);
    }
  }
}
