import { sql, type Kysely } from 'kysely';
import type { Engine } from '../database';
import { columns } from './columns';

/**
 * Alerts that cannot be missed (issue 10 §4) and the incidents they are raised for (§1–§3): alerts with one delivery
 * per recipient and their acknowledgements, the durable schedule of timed work, the coordination matrix, incidents
 * with their steps, and the working groups sent to them.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const c = columns(engine);

  // One row: the last delivery sequence number given. Advanced in the raising transaction, whose row lock holds until
  // commit, so sequence numbers become visible in order: a stream resuming after number N never skips a later commit.
  await db.schema
    .createTable('alert_counter')
    .addColumn('id', 'integer', (col) => col.primaryKey())
    .addColumn('last_seq', 'integer', (col) => col.notNull())
    .execute();
  await sql`insert into alert_counter (id, last_seq) values (1, 0)`.execute(db);

  await c
    .id(db.schema.createTable('alerts'))
    .addColumn('kind', 'varchar(40)', (col) => col.notNull())
    .addColumn('urgent', c.bool, (col) => col.notNull())
    .addColumn('title', 'varchar(300)', (col) => col.notNull())
    .addColumn('body', 'text', (col) => col.notNull())
    // The unit the alert concerns (an incident's owning unit): scope of who may see it in lists.
    .addColumn('unit_id', 'integer', (col) => col.references('units.id'))
    .addColumn('subject_type', 'varchar(40)')
    .addColumn('subject_id', 'integer')
    .addColumn('rule_id', 'integer')
    // Escalation when no recipient who must acknowledge has done so within this many seconds; null: never.
    .addColumn('ack_seconds', 'integer')
    // JSON: the escalation chain (targets per level) fixed when raised, so editing the matrix does not change it.
    .addColumn('escalation', 'text', (col) => col.notNull())
    .addColumn('level', 'integer', (col) => col.notNull())
    // JSON: ['sms', 'email']: channels beside the browser, for every must-acknowledge recipient.
    .addColumn('channels', 'text', (col) => col.notNull())
    .addColumn('acked_at', c.timestamp)
    .addColumn('created_by', 'integer', (col) => col.references('accounts.id'))
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema.createIndex('alerts_subject').on('alerts').columns(['subject_type', 'subject_id']).execute();

  await c
    .id(db.schema.createTable('alert_deliveries'))
    .addColumn('seq', 'integer', (col) => col.notNull().unique())
    .addColumn('alert_id', 'integer', (col) => col.notNull().references('alerts.id'))
    .addColumn('account_id', 'integer', (col) => col.notNull().references('accounts.id'))
    // Why he received it: the unit and role the matrix (or the escalation chain) named.
    .addColumn('unit_id', 'integer', (col) => col.notNull().references('units.id'))
    .addColumn('role', 'varchar(40)', (col) => col.notNull())
    // 0: raised; 1, 2…: escalation levels.
    .addColumn('level', 'integer', (col) => col.notNull())
    .addColumn('must_ack', c.bool, (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema.createIndex('alert_deliveries_once').unique().on('alert_deliveries').columns(['alert_id', 'account_id', 'level']).execute();
  await db.schema.createIndex('alert_deliveries_account').on('alert_deliveries').columns(['account_id', 'seq']).execute();

  await c
    .id(db.schema.createTable('alert_acks'))
    .addColumn('alert_id', 'integer', (col) => col.notNull().references('alerts.id'))
    .addColumn('account_id', 'integer', (col) => col.notNull().references('accounts.id'))
    .addColumn('acked_at', c.timestamp, (col) => col.notNull())
    .addColumn('note', 'varchar(500)')
    .execute();
  await db.schema.createIndex('alert_acks_once').unique().on('alert_acks').columns(['alert_id', 'account_id']).execute();

  // What went out by e-mail and SMS, for the period's report and for support.
  await c
    .id(db.schema.createTable('alert_messages'))
    .addColumn('alert_id', 'integer', (col) => col.notNull().references('alerts.id'))
    .addColumn('account_id', 'integer', (col) => col.notNull().references('accounts.id'))
    .addColumn('channel', 'varchar(20)', (col) => col.notNull())
    .addColumn('address', 'varchar(200)', (col) => col.notNull())
    .addColumn('status', 'varchar(20)', (col) => col.notNull())
    .addColumn('error', 'text')
    .addColumn('at', c.timestamp, (col) => col.notNull())
    .execute();

  // The durable schedule: written in the transaction of the change that needs it, claimed by one instance at a time.
  await c
    .id(db.schema.createTable('jobs'))
    .addColumn('kind', 'varchar(40)', (col) => col.notNull())
    .addColumn('payload', 'text', (col) => col.notNull())
    .addColumn('run_at', c.timestamp, (col) => col.notNull())
    .addColumn('attempts', 'integer', (col) => col.notNull())
    .addColumn('last_error', 'text')
    .addColumn('done_at', c.timestamp)
    .addColumn('done_by', 'varchar(100)')
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .execute();
  await sql`create index jobs_due on jobs (run_at) where done_at is null`.execute(db);

  // The coordination regulation (seed §II.2): per incident kind and step, who is informed, who acts, how fast.
  await c
    .id(db.schema.createTable('coordination_rules'))
    .addColumn('incident_kind', 'varchar(40)', (col) => col.notNull())
    .addColumn('step', 'varchar(40)', (col) => col.notNull())
    // JSON: [{ unit, role, ack }]; unit is a selector ('origin_wards', 'place_ward', 'city', 'owner', 'unit:<code>').
    .addColumn('inform', 'text', (col) => col.notNull())
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('ack_seconds', 'integer')
    // JSON: [[{ unit, role, rank? }], …] one list of targets per escalation level.
    .addColumn('escalation', 'text', (col) => col.notNull())
    // JSON: ['sms', 'email']: outbound channels beside the browser.
    .addColumn('channels', 'text', (col) => col.notNull())
    .addColumn('active', c.bool, (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .execute();
  await sql`create unique index coordination_rules_one on coordination_rules (incident_kind, step) where active = ${sql.raw(engine === 'postgres' ? 'true' : '1')}`.execute(db);

  await seedCoordinationRules(db, engine);

  await c
    .id(db.schema.createTable('incidents'))
    .addColumn('unit_id', 'integer', (col) => col.notNull().references('units.id'))
    .addColumn('kind', 'varchar(40)', (col) => col.notNull())
    .addColumn('place_id', 'integer', (col) => col.references('places.id'))
    .addColumn('address', 'varchar(500)', (col) => col.notNull())
    .addColumn('latitude', 'real')
    .addColumn('longitude', 'real')
    .addColumn('occurred_at', c.timestamp, (col) => col.notNull())
    .addColumn('head_count', 'integer', (col) => col.notNull())
    .addColumn('content', 'text', (col) => col.notNull())
    // JSON: ['religion', 'merit'] (seed II.1: religion and belief, people with merit).
    .addColumn('special', 'text', (col) => col.notNull())
    .addColumn('report_channel', 'varchar(30)', (col) => col.notNull())
    .addColumn('reporter', 'varchar(200)')
    .addColumn('step', 'varchar(40)', (col) => col.notNull())
    .addColumn('outcome', 'varchar(40)')
    .addColumn('summary', 'text')
    .addColumn('closed_at', c.timestamp)
    .addColumn('created_by', 'integer', (col) => col.references('accounts.id'))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema.createIndex('incidents_occurred').on('incidents').columns(['occurred_at']).execute();

  await db.schema
    .createTable('incident_wards')
    .addColumn('incident_id', 'integer', (col) => col.notNull().references('incidents.id'))
    .addColumn('unit_id', 'integer', (col) => col.notNull().references('units.id'))
    .addPrimaryKeyConstraint('incident_wards_pk', ['incident_id', 'unit_id'])
    .execute();
  await db.schema.createIndex('incident_wards_unit').on('incident_wards').columns(['unit_id']).execute();

  // Persons now; visits, letters and cases when their modules land (type names the record type).
  await db.schema
    .createTable('incident_links')
    .addColumn('incident_id', 'integer', (col) => col.notNull().references('incidents.id'))
    .addColumn('link_type', 'varchar(40)', (col) => col.notNull())
    .addColumn('link_id', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('incident_links_pk', ['incident_id', 'link_type', 'link_id'])
    .execute();

  await c
    .id(db.schema.createTable('incident_steps'))
    .addColumn('incident_id', 'integer', (col) => col.notNull().references('incidents.id'))
    .addColumn('step', 'varchar(40)', (col) => col.notNull())
    .addColumn('at', c.timestamp, (col) => col.notNull())
    .addColumn('account_id', 'integer', (col) => col.references('accounts.id'))
    .addColumn('note', 'text')
    .execute();
  await db.schema.createIndex('incident_steps_incident').on('incident_steps').columns(['incident_id']).execute();

  // Proposals to the leader (S12) and the leader's directions, with the units they name (JSON ids).
  await c
    .id(db.schema.createTable('incident_directions'))
    .addColumn('incident_id', 'integer', (col) => col.notNull().references('incidents.id'))
    .addColumn('kind', 'varchar(20)', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('unit_ids', 'text', (col) => col.notNull())
    .addColumn('account_id', 'integer', (col) => col.references('accounts.id'))
    .addColumn('at', c.timestamp, (col) => col.notNull())
    .execute();

  await c
    .id(db.schema.createTable('working_groups'))
    .addColumn('unit_id', 'integer', (col) => col.notNull().references('units.id'))
    .addColumn('name', 'varchar(200)', (col) => col.notNull())
    // The heightened period it serves, once periods exist (no foreign key yet: that table is another migration's).
    .addColumn('period_id', 'integer')
    .addColumn('active', c.bool, (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('working_group_members')
    .addColumn('group_id', 'integer', (col) => col.notNull().references('working_groups.id'))
    .addColumn('officer_id', 'integer', (col) => col.notNull().references('officers.id'))
    .addColumn('is_leader', c.bool, (col) => col.notNull())
    .addColumn('phone', 'varchar(20)')
    .addPrimaryKeyConstraint('working_group_members_pk', ['group_id', 'officer_id'])
    .execute();
  // One leader per group, held by the database.
  await sql`create unique index working_group_one_leader on working_group_members (group_id) where is_leader = ${sql.raw(engine === 'postgres' ? 'true' : '1')}`.execute(db);

  await c
    .id(db.schema.createTable('incident_dispatches'))
    .addColumn('incident_id', 'integer', (col) => col.notNull().references('incidents.id'))
    .addColumn('group_id', 'integer', (col) => col.notNull().references('working_groups.id'))
    .addColumn('dispatched_at', c.timestamp, (col) => col.notNull())
    .addColumn('expected_at', c.timestamp, (col) => col.notNull())
    .addColumn('arrived_at', c.timestamp)
    .addColumn('dispatched_by', 'integer', (col) => col.references('accounts.id'))
    .addColumn('arrived_by', 'integer', (col) => col.references('accounts.id'))
    .execute();
  await db.schema.createIndex('incident_dispatches_once').unique().on('incident_dispatches').columns(['incident_id', 'group_id']).execute();
}

const POLICE = { unit: 'city_police', role: 'police_liaison' } as const;
const WARD_CHAIR = { unit: 'origin_wards', role: 'leader' } as const;
const CITY_LEADER = { unit: 'city', role: 'leader' } as const;
/** "Deputy, then head": the city's vice-chairmen first, then the chairman (issue 10 §4). */
const CITY_CHAIN = [[{ unit: 'city', role: 'leader', rank: 'deputy' }], [{ unit: 'city', role: 'leader', rank: 'head' }]];
const FIVE_MINUTES = 300;

/**
 * The regulation the seed plan lays down (§II.1, §II.2, §II.4, §III.4), as the matrix's starting rows. Selectors,
 * not unit codes, so every deployment starts with them; a whole-tree administrator edits them afterwards.
 */
const DEFAULT_RULES: { kind: string; step: string; inform: object[]; action: string; ack: number | null; escalation: object[][]; channels: string[] }[] = [
  {
    kind: 'office_delegation', step: 'reported',
    inform: [{ ...POLICE, ack: true }, { ...WARD_CHAIR, ack: true }, { unit: 'origin_wards', role: 'ward_officer', ack: false }, { ...CITY_LEADER, ack: false }, { unit: 'city', role: 'reception_officer', ack: false }],
    action: 'Phường nơi công dân cư trú cử ngay Tổ công tác đến tiếp nhận, vận động công dân trở về địa phương; Công an thành phố bố trí lực lượng bảo đảm an ninh, trật tự tại trụ sở (Kế hoạch mục II.1, II.4).',
    ack: FIVE_MINUTES, escalation: CITY_CHAIN, channels: ['sms'],
  },
  {
    kind: 'public_gathering', step: 'reported',
    inform: [{ ...POLICE, ack: true }, { ...WARD_CHAIR, ack: true }, { ...CITY_LEADER, ack: false }],
    action: 'Công an phối hợp đưa công dân tụ tập nơi công cộng về Trụ sở tiếp công dân để phân loại, tiếp nhận; phường nơi cư trú cử Tổ công tác (Kế hoạch mục II.4).',
    ack: FIVE_MINUTES, escalation: CITY_CHAIN, channels: ['sms'],
  },
  {
    kind: 'session_venue', step: 'reported',
    inform: [{ ...POLICE, ack: true }, { ...WARD_CHAIR, ack: true }, { ...CITY_LEADER, ack: true }],
    action: 'Công an ngăn chặn việc tụ tập tại nơi diễn ra kỳ họp; phường nơi cư trú cử Tổ công tác vận động công dân trở về (Kế hoạch mục III.4).',
    ack: FIVE_MINUTES, escalation: CITY_CHAIN, channels: ['sms'],
  },
  {
    kind: 'leader_home', step: 'reported',
    inform: [{ ...POLICE, ack: true }, { ...WARD_CHAIR, ack: true }, { ...CITY_LEADER, ack: true }],
    action: 'Công an ngăn chặn việc tụ tập tại nhà riêng lãnh đạo; phường nơi cư trú cử Tổ công tác vận động công dân trở về (Kế hoạch mục III.4).',
    ack: FIVE_MINUTES, escalation: CITY_CHAIN, channels: ['sms'],
  },
  {
    kind: 'over_level', step: 'reported',
    inform: [{ ...CITY_LEADER, ack: true }, { ...WARD_CHAIR, ack: true }, { ...POLICE, ack: false }, { unit: 'city', role: 'reception_officer', ack: false }],
    action: 'Phường nơi cư trú cử Tổ công tác lên tỉnh, Trung ương đón, vận động công dân trở về; Tổ trưởng chịu trách nhiệm trước Chủ tịch UBND thành phố (Kế hoạch mục II.1).',
    ack: FIVE_MINUTES, escalation: CITY_CHAIN, channels: ['sms'],
  },
  {
    kind: 'office_disorder', step: 'reported',
    inform: [{ ...POLICE, ack: true }, { unit: 'place_ward', role: 'ward_officer', ack: false }, { ...CITY_LEADER, ack: false }],
    action: 'Công an xử lý hành vi gây rối, bảo đảm an toàn trụ sở, phòng cháy chữa cháy (Kế hoạch mục II.4).',
    ack: FIVE_MINUTES, escalation: CITY_CHAIN, channels: ['sms'],
  },
  {
    kind: 'other', step: 'reported',
    inform: [{ unit: 'city', role: 'reception_officer', ack: false }, { ...WARD_CHAIR, ack: false }],
    action: 'Ban Tiếp công dân nắm tình hình, báo cáo lãnh đạo khi cần.',
    ack: null, escalation: [], channels: [],
  },
  ...['office_delegation', 'public_gathering', 'session_venue', 'leader_home', 'over_level', 'office_disorder', 'other'].map((kind) => ({
    kind, step: 'escalated',
    inform: [{ ...CITY_LEADER, ack: true }],
    action: 'Lãnh đạo UBND thành phố cho ý kiến chỉ đạo xử lý vụ việc đông người, phức tạp (Kế hoạch mục I, II.5).',
    ack: 600, escalation: [[{ unit: 'city', role: 'leader', rank: 'head' }]], channels: ['sms'],
  })),
];

async function seedCoordinationRules(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const now = engine === 'postgres' ? sql`now()` : sql`strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;
  const active = engine === 'postgres' ? true : 1;
  for (const r of DEFAULT_RULES) {
    await sql`insert into coordination_rules (incident_kind, step, inform, action, ack_seconds, escalation, channels, active, version, created_at, updated_at)
      values (${r.kind}, ${r.step}, ${JSON.stringify(r.inform)}, ${r.action}, ${r.ack}, ${JSON.stringify(r.escalation)}, ${JSON.stringify(r.channels)}, ${active}, 1, ${now}, ${now})`.execute(db);
  }
}
