import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * Table types as the application sees them. Both engines hand back the same JS shapes: timestamps as ISO
 * strings, dates as 'YYYY-MM-DD', booleans as 0/1 on SQLite are converted by the repositories (see `bool`).
 */
type Timestamp = string;
type Bool = ColumnType<boolean | number, boolean | number, boolean | number>;

export interface UnitsTable {
  id: Generated<number>;
  code: string;
  name: string;
  kind: string;
  level: string;
  parent_id: number | null;
  valid_from: string;
  valid_to: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UnitPredecessorsTable {
  unit_id: number;
  predecessor_id: number;
}

export interface PlacesTable {
  id: Generated<number>;
  name: string;
  kind: string;
  unit_id: number;
  address: string;
  ward_unit_id: number | null;
  phone: string | null;
  active: Bool;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OfficersTable {
  id: Generated<number>;
  full_name: string;
  name_key: string;
  unit_id: number;
  position: string;
  /** JSON array of E.164 numbers. */
  phones: string;
  email: string | null;
  active: Bool;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AccountsTable {
  id: Generated<number>;
  username: string;
  password_hash: string;
  full_name: string;
  officer_id: number | null;
  active: Bool;
  must_change_password: Bool;
  totp_secret: string | null;
  totp_enabled: Bool;
  /** The TOTP time step last accepted (login or enrolment): a code is refused in the step it was used in. */
  totp_last_step: number | null;
  /** searchKey(full_name): what the account search matches (0006). */
  name_key: string;
  language: string;
  last_login_at: Timestamp | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AccountRolesTable {
  account_id: number;
  unit_id: number;
  role: string;
}

export interface SessionsTable {
  /** sha256 of the cookie token: a stolen database does not yield live sessions. */
  id: string;
  account_id: number;
  csrf_token: string;
  active_unit_id: number | null;
  ip: string | null;
  user_agent: string | null;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}

export interface LoginThrottleTable {
  /**
   * 'u:<username key>' per username, 's:<hash of username key and source>' per username and source; kept for
   * unknown usernames too, so lockout does not reveal which exist (server/modules/auth/throttle.ts).
   */
  key: string;
  /** The username key the row counts for, so an unlock clears all of them (0006); null for none. */
  username: string | null;
  failures: number;
  first_failure_at: Timestamp;
  locked_until: Timestamp | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  actor_id: number | null;
  actor_name: string | null;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: string | null;
  after: string | null;
  prev_hash: string;
  hash: string;
  /** The unit owning the record the row is about: who may read the row (0004). Outside the hash chain. */
  unit_id: number | null;
}

export interface AuditHeadTable {
  id: number;
  last_id: number;
  last_hash: string;
  /** HMAC-SHA-256 of the head under the audit key kept outside the database (0004); null before the first keyed write. */
  mac: string | null;
}

export interface HolidaySchedulesTable {
  id: Generated<number>;
  year: number;
  document_number: string;
  document_date: string | null;
  issuer: string | null;
  /** JSON: { date, name, kind }[] */
  days_off: string;
  /** JSON: { date, reason }[] */
  worked_days: string;
  replaces_computed: Bool;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** An administrator's reading of the unit of a rule set's resolution periods (migration 0007). */
export interface DeadlineReadingsTable {
  id: Generated<number>;
  rule_set_id: string;
  /** 'calendar' | 'working' (checked by the database) */
  unit: string;
  /** The inspectorate's instruction the reading follows (document number and date). */
  instruction: string;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CatalogEntriesTable {
  id: Generated<number>;
  catalog: string;
  code: string;
  parent_code: string | null;
  label_vi: string;
  label_en: string;
  active: Bool;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PeopleTable {
  id: Generated<number>;
  full_name: string;
  name_key: string;
  id_type: string | null;
  id_number: string | null;
  birth_year: number | null;
  gender: string | null;
  phone: string | null;
  address: string | null;
  ward_unit_id: number | null;
  /** The unit that registered the person: with the ward of residence, it decides who may see the record. */
  unit_id: number;
  merged_into_id: number | null;
  /** Saved without any diacritic on purpose (a card without them, a foreign name): listed as "chưa chuẩn hóa". */
  name_plain: Bool;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DocumentRegistersTable {
  unit_id: number;
  year: number;
  last_number: number;
}

export interface DocumentTemplatesTable {
  id: Generated<number>;
  kind: string;
  unit_id: number | null;
  /** '*' for every unit, else the unit id as text. */
  scope_key: string;
  filename: string;
  storage_key: string;
  sha256: string;
  size: number;
  uploaded_by: number | null;
  uploaded_at: Timestamp;
  replaced_at: Timestamp | null;
  replaced_by: number | null;
}

export interface DocumentsTable {
  id: Generated<number>;
  unit_id: number;
  kind: string;
  year: number;
  number: number | null;
  symbol: string | null;
  issued_on: string;
  subject_type: string;
  subject_id: number;
  template_id: number | null;
  signer_name: string;
  signer_title: string;
  storage_key: string;
  sha256: string;
  size: number;
  sealed: Bool;
  created_by: number | null;
  created_at: Timestamp;
}

export interface AttachmentsTable {
  id: Generated<number>;
  owner_type: string;
  owner_id: number;
  unit_id: number;
  /** Sanitised name as given; a sealed value (see platform/sealing.ts) when `sealed`. */
  filename: string;
  mime: string;
  size: number;
  sha256: string;
  storage_key: string;
  sealed: Bool;
  created_by: number | null;
  created_at: Timestamp;
}

export interface ClearancesTable {
  id: Generated<number>;
  subject_type: string;
  subject_id: number;
  /** The owning unit when granted: its head granted it. */
  unit_id: number;
  account_id: number;
  reason: string | null;
  granted_by: number;
  granted_at: Timestamp;
  revoked_by: number | null;
  revoked_at: Timestamp | null;
}

/** A unit that brought a citizen registered elsewhere into its view, with the citizen's identity document at hand. */
export interface PersonUnitsTable {
  person_id: number;
  unit_id: number;
  created_at: Timestamp;
  created_by: number | null;
}

export interface LetterRegistersTable {
  unit_id: number;
  year: number;
  last_number: number;
}

export interface CasesTable {
  id: Generated<number>;
  unit_id: number;
  type: string;
  state: string;
  state_before_suspension: string | null;
  level: number;
  title: string;
  handler_account_id: number | null;
  complex: Bool;
  /** JSON array of criterion codes. */
  complex_criteria: string;
  protracted: Bool;
  backlog: Bool;
  over_level: Bool;
  opened_on: string;
  decided_on: string | null;
  outcome: string | null;
  result_number: string | null;
  result_date: string | null;
  result_signer: string | null;
  closed_on: string | null;
  /** The earliest due date of the running clocks, null when none runs or all are stopped: kept by a trigger (0016). */
  running_due_on: Generated<string | null>;
  /** The content's search key (core/domain/text/content.ts; never a sealed writer), trigram-indexed for `q`. */
  search_key: string;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface CaseEventsTable {
  id: Generated<number>;
  case_id: number;
  at: Timestamp;
  on_date: string;
  actor_id: number | null;
  actor_name: string | null;
  transition: string;
  from_state: string | null;
  to_state: string;
  decision_number: string | null;
  decision_date: string | null;
  signer: string | null;
  basis: string | null;
  note: string | null;
  document_id: ColumnType<number | null, number | null | undefined, number | null>;
}

/** Keys a letter is found by as a related-letter candidate (core/domain/identity/letter-keys.ts). */
export interface LetterMatchKeysTable {
  letter_id: number;
  key: string;
}

/** A processor's "related to" between two letters, lower id first. */
export interface LetterLinksTable {
  id: Generated<number>;
  letter_id: number;
  other_id: number;
  created_by: number | null;
  created_at: Timestamp;
}

export interface VisitsTable {
  id: Generated<number>;
  unit_id: number;
  place_id: number | null;
  received_at: Timestamp;
  received_on: string;
  reception_kind: string;
  reception_mode: string | null;
  officer_id: number | null;
  request_type: string;
  field: string | null;
  special_categories: string;
  content: string;
  prior_handling: string | null;
  head_count: number;
  delegation: Bool;
  repeat_visit: Bool;
  sealed: Bool;
  /** A denunciation's visitors: their person ids as a sealed JSON array (visit_people has no rows for them). */
  sealed_people: string | null;
  origin_ward_ids: string;
  documents_received: string | null;
  outcome: string;
  refusal_ground: string | null;
  follow_up: string | null;
  letter_id: number | null;
  case_id: number | null;
  /** The content's search key (core/domain/text/content.ts; never a sealed writer), trigram-indexed for `q`. */
  search_key: string;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

/** Migration 0014: a visit registered during a period that screens, flagged or not. */
export interface VisitScreeningsTable {
  visit_id: number;
  period_id: number;
  unit_id: number;
  received_on: string;
  head_count: number;
  flagged: Bool;
  /** JSON [{kind, area, question?}]. */
  reasons: string;
  /** JSON [{question, answer}]. */
  answers: string;
  alert_id: number | null;
  created_at: Timestamp;
}

export interface VisitPeopleTable {
  visit_id: number;
  person_id: number;
  representative: Bool;
}

export interface LettersTable {
  id: Generated<number>;
  unit_id: number;
  year: number;
  number: number;
  received_on: string;
  channel: string;
  request_type: string;
  field: string | null;
  special_categories: string;
  content: string;
  summary: string | null;
  anonymous: Bool;
  false_name: Bool;
  signed: Bool;
  signer_count: number;
  sealed: Bool;
  source_body: string | null;
  originals_attached: Bool;
  state: string;
  eligible: Bool | null;
  ineligible_reason: string | null;
  competent: Bool | null;
  competent_body_type: string | null;
  prior_resolution: string | null;
  duplicate_of_id: number | null;
  decision: string | null;
  decided_on: string | null;
  ground: string | null;
  decision_note: string | null;
  forward_to_unit_id: number | null;
  forward_to_body: string | null;
  forwarded_from_letter_id: number | null;
  /** Forwarded to another unit and entered in its register (a letter there names this one): kept by a trigger (0016). */
  taken_up: ColumnType<boolean | number, boolean | number | undefined, boolean | number>;
  visit_id: number | null;
  case_id: number | null;
  /** The earliest due date of the running clocks, null when none runs or all are stopped: kept by a trigger (0016). */
  running_due_on: Generated<string | null>;
  /** The content's search key (core/domain/text/content.ts; never a sealed writer), trigram-indexed for `q`. */
  search_key: string;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface LetterSendersTable {
  id: Generated<number>;
  letter_id: number;
  position: number;
  person_id: number | null;
  full_name: string | null;
  id_number: string | null;
  address: string | null;
  phone: string | null;
  /** A denunciation's writer, sealed (platform/sealing.ts, context 'letters.senders'); the plain columns are then null. */
  sealed: string | null;
}

export interface ClocksTable {
  id: Generated<number>;
  subject_type: string;
  subject_id: number;
  seq: number;
  type: string;
  stage: string;
  started_on: string;
  complex: Bool;
  remote: Bool;
  /** JSON arrays of the engine's ExtensionInput / SuspensionInput. */
  extensions: string;
  suspensions: string;
  start_basis: string | null;
  restart_of: number | null;
  ended_on: string | null;
  ended_by: string | null;
  /** The running clock's due date as last computed (null: no limit, or stopped), for the lists' filters. */
  due_on: string | null;
}

export interface IdempotencyKeysTable {
  id: Generated<number>;
  account_id: number;
  key: string;
  operation: string;
  entity_id: number;
  created_at: Timestamp;
}

/** An officer's duty role (catalog duty_role): what the roster may assign him to. */
export interface OfficerDutyRolesTable {
  officer_id: number;
  role: string;
}

interface Versioned {
  id: Generated<number>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PeriodsTable extends Versioned {
  unit_id: number;
  kind: 'heightened' | 'regular';
  name: string;
  plan_number: string | null;
  plan_date: string | null;
  legal_basis: string | null;
  starts_at: Timestamp;
  ends_at: Timestamp;
  health_screening: Bool;
  /** JSON [{code, label}]. */
  alert_levels: Generated<string>;
  /** JSON [{time, title}]. */
  reporting: Generated<string>;
  rest_after_night_hours: number;
  rest_after_shift_hours: number;
  weekly_hours_cap: number;
  copied_from_id: number | null;
  /** JSON RosterGap[] of the last solve. */
  roster_gaps: Generated<string>;
  roster_solved_at: Timestamp | null;
  roster_published_at: Timestamp | null;
  roster_published_by: number | null;
  /** Migration 0014: minutes after a shift's start before a missing check-in is reported. */
  check_in_grace_minutes: Generated<number>;
  /** JSON [{wardId, label}]: areas under epidemic alert. */
  screening_areas: Generated<string>;
  /** JSON [{text, kind}]: questions asked at intake. */
  screening_questions: Generated<string>;
  screening_liaison_id: number | null;
}

export interface PeriodUnitsTable {
  period_id: number;
  unit_id: number;
}

export interface PeriodPlacesTable {
  period_id: number;
  place_id: number;
  pattern: '3x8' | '2x12' | 'day_only';
  first_start_hour: number | null;
  day_hours: number | null;
  include_days_off: Bool;
  reinforcement_allowed: Bool;
  /** JSON array of unit ids. */
  partner_unit_ids: Generated<string>;
}

export interface PeriodRequirementsTable {
  period_id: number;
  place_id: number;
  role: string;
  count: number;
}

export interface PeriodTasksTable extends Versioned {
  period_id: number;
  section: string;
  title: string;
  owner_unit_id: number;
  responsible_officer_id: number | null;
  due_date: string | null;
  status: 'todo' | 'in_progress' | 'done';
  /** JSON [{label, done}]. */
  checklist: Generated<string>;
}

export interface PlaceReadinessTable extends Versioned {
  period_id: number;
  place_id: number;
  item: string;
  done: Bool;
  done_at: Timestamp | null;
  done_by: number | null;
}

export interface OfficerUnavailabilityTable {
  id: Generated<number>;
  officer_id: number;
  kind: 'leave' | 'day_off_in_lieu' | 'sick' | 'training' | 'other';
  starts_at: Timestamp;
  ends_at: Timestamp;
  note: string | null;
  created_by: number | null;
  created_at: Timestamp;
}

export interface RosterAssignmentsTable extends Versioned {
  period_id: number;
  place_id: number;
  officer_id: number;
  role: string;
  shift_key: string;
  shift_label: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  pinned: Bool;
  published: Bool;
  reinforcement: Bool;
  checked_in_at: Timestamp | null;
  checked_in_by: number | null;
  checked_out_at: Timestamp | null;
  checked_out_by: number | null;
}

export interface RosterSwapsTable extends Versioned {
  assignment_id: number;
  from_officer_id: number;
  to_officer_id: number;
  reason: string | null;
  status: 'requested' | 'approved' | 'rejected';
  requested_by: number | null;
  decided_by: number | null;
  decided_at: Timestamp | null;
}

export interface ReceptionSchedulesTable extends Versioned {
  unit_id: number;
  officer_id: number;
  place_id: number;
  frequency: 'weekly' | 'monthly';
  weekday: number | null;
  day_of_month: number | null;
  start_time: string;
  end_time: string;
  valid_from: string;
  valid_to: string | null;
}

export interface ReceptionSessionsTable extends Versioned {
  unit_id: number;
  officer_id: number;
  place_id: number;
  schedule_id: number | null;
  period_id: number | null;
  kind: 'regular' | 'adhoc';
  starts_at: Timestamp;
  ends_at: Timestamp;
  subject: string | null;
  status: 'requested' | 'scheduled' | 'held' | 'cancelled';
}

export interface ReceptionSessionCitizensTable {
  session_id: number;
  person_id: number;
  visit_id: number | null;
}

/** Migration 0011: alerts, the durable schedule, the coordination matrix, incidents and working groups. */
export interface AlertCounterTable {
  id: number;
  last_seq: number;
}

export interface AlertsTable {
  id: Generated<number>;
  kind: string;
  urgent: Bool;
  title: string;
  body: string;
  unit_id: number | null;
  subject_type: string | null;
  subject_id: number | null;
  rule_id: number | null;
  ack_seconds: number | null;
  /** JSON: the escalation chain, one list of targets per level. */
  escalation: string;
  level: number;
  /** JSON: ['sms', 'email'] */
  channels: string;
  acked_at: Timestamp | null;
  created_by: number | null;
  created_at: Timestamp;
}

export interface AlertDeliveriesTable {
  id: Generated<number>;
  /** Position in the stream (SSE event id), given in commit order. */
  seq: number;
  alert_id: number;
  account_id: number;
  unit_id: number;
  role: string;
  level: number;
  must_ack: Bool;
  created_at: Timestamp;
}

export interface AlertAcksTable {
  id: Generated<number>;
  alert_id: number;
  account_id: number;
  acked_at: Timestamp;
  note: string | null;
}

export interface AlertMessagesTable {
  id: Generated<number>;
  alert_id: number;
  account_id: number;
  channel: string;
  address: string;
  status: string;
  error: string | null;
  at: Timestamp;
}

export interface JobsTable {
  id: Generated<number>;
  kind: string;
  /** JSON */
  payload: string;
  run_at: Timestamp;
  attempts: number;
  last_error: string | null;
  done_at: Timestamp | null;
  done_by: string | null;
  created_at: Timestamp;
}

export interface CoordinationRulesTable {
  id: Generated<number>;
  incident_kind: string;
  step: string;
  /** JSON: [{ unit, role, ack }] */
  inform: string;
  action: string;
  ack_seconds: number | null;
  /** JSON: [[{ unit, role, rank? }], …] */
  escalation: string;
  /** JSON: ['sms', 'email'] */
  channels: string;
  active: Bool;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface IncidentsTable {
  id: Generated<number>;
  unit_id: number;
  kind: string;
  place_id: number | null;
  address: string;
  latitude: number | null;
  longitude: number | null;
  occurred_at: Timestamp;
  head_count: number;
  content: string;
  /** JSON: special categories */
  special: string;
  report_channel: string;
  reporter: string | null;
  step: string;
  outcome: string | null;
  summary: string | null;
  closed_at: Timestamp | null;
  created_by: number | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface IncidentWardsTable {
  incident_id: number;
  unit_id: number;
}

export interface IncidentLinksTable {
  incident_id: number;
  link_type: string;
  link_id: number;
}

export interface IncidentStepsTable {
  id: Generated<number>;
  incident_id: number;
  step: string;
  at: Timestamp;
  account_id: number | null;
  note: string | null;
}

export interface IncidentDirectionsTable {
  id: Generated<number>;
  incident_id: number;
  kind: string;
  text: string;
  /** JSON: unit ids */
  unit_ids: string;
  account_id: number | null;
  at: Timestamp;
}

export interface WorkingGroupsTable {
  id: Generated<number>;
  unit_id: number;
  name: string;
  period_id: number | null;
  active: Bool;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface WorkingGroupMembersTable {
  group_id: number;
  officer_id: number;
  is_leader: Bool;
  phone: string | null;
}

export interface IncidentDispatchesTable {
  id: Generated<number>;
  incident_id: number;
  group_id: number;
  dispatched_at: Timestamp;
  expected_at: Timestamp;
  arrived_at: Timestamp | null;
  dispatched_by: number | null;
  arrived_by: number | null;
}

export interface DB {
  units: UnitsTable;
  unit_predecessors: UnitPredecessorsTable;
  places: PlacesTable;
  officers: OfficersTable;
  accounts: AccountsTable;
  account_roles: AccountRolesTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  holiday_schedules: HolidaySchedulesTable;
  catalog_entries: CatalogEntriesTable;
  people: PeopleTable;
  document_registers: DocumentRegistersTable;
  document_templates: DocumentTemplatesTable;
  documents: DocumentsTable;
  attachments: AttachmentsTable;
  clearances: ClearancesTable;
  deadline_readings: DeadlineReadingsTable;
  person_units: PersonUnitsTable;
  letter_registers: LetterRegistersTable;
  cases: CasesTable;
  case_events: CaseEventsTable;
  visits: VisitsTable;
  visit_people: VisitPeopleTable;
  visit_screenings: VisitScreeningsTable;
  letters: LettersTable;
  letter_senders: LetterSendersTable;
  letter_match_keys: LetterMatchKeysTable;
  letter_links: LetterLinksTable;
  clocks: ClocksTable;
  idempotency_keys: IdempotencyKeysTable;
  officer_duty_roles: OfficerDutyRolesTable;
  periods: PeriodsTable;
  period_units: PeriodUnitsTable;
  period_places: PeriodPlacesTable;
  period_requirements: PeriodRequirementsTable;
  period_tasks: PeriodTasksTable;
  place_readiness: PlaceReadinessTable;
  officer_unavailability: OfficerUnavailabilityTable;
  roster_assignments: RosterAssignmentsTable;
  roster_swaps: RosterSwapsTable;
  reception_schedules: ReceptionSchedulesTable;
  reception_sessions: ReceptionSessionsTable;
  reception_session_citizens: ReceptionSessionCitizensTable;
  alert_counter: AlertCounterTable;
  alerts: AlertsTable;
  alert_deliveries: AlertDeliveriesTable;
  alert_acks: AlertAcksTable;
  alert_messages: AlertMessagesTable;
  jobs: JobsTable;
  coordination_rules: CoordinationRulesTable;
  incidents: IncidentsTable;
  incident_wards: IncidentWardsTable;
  incident_links: IncidentLinksTable;
  incident_steps: IncidentStepsTable;
  incident_directions: IncidentDirectionsTable;
  working_groups: WorkingGroupsTable;
  working_group_members: WorkingGroupMembersTable;
  incident_dispatches: IncidentDispatchesTable;
}

export type UnitRow = Selectable<UnitsTable>;
export type NewUnit = Insertable<UnitsTable>;
export type UnitUpdate = Updateable<UnitsTable>;
export type AccountRow = Selectable<AccountsTable>;
export type OfficerRow = Selectable<OfficersTable>;
export type PlaceRow = Selectable<PlacesTable>;
export type PersonRow = Selectable<PeopleTable>;
