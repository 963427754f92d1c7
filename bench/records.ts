/**
 * The records at issue 8's scale: person history, filtered case lists, a role's queue counts, registering a visit, concurrent writers.
 *
 *   npx tsx bench/records.ts [--scale 1] [--seed 8] [--runs 200] [--engine sqlite|postgres|both] [--fresh]
 *                            [--clients 1,5,10,20] [--ops 20] [--explain]
 *
 * Scale 1 is 500,000 people, 2,000,000 visits and 1,000,000 letters (with the cases their decisions open, about
 * 190,000), generated over 2021-01-04 … today in date order, so states, clocks and due dates follow from age: recent
 * letters wait to be classified, old ones are decided, cases opened long ago are closed and a few are left overdue.
 * Every clock's due date comes from the deadline engine; denunciations are sealed as the app seals them; no audit
 * rows are generated (no measured query reads them, and each write appends to the chain as usual).
 * The database is built once per scale and seed through the app's migrations and demo seed (bulk inserts: prepared
 * statements in large transactions on SQLite, `unnest` arrays on PostgreSQL) and kept in bench/.data (SQLite file,
 * PostgreSQL schema); later runs only migrate and measure. `--fresh` rebuilds it.
 *
 * Measured through the app's own service functions (what the HTTP handlers call) beside the raw-engine baseline:
 * the same statements, captured from the app's query builder, run directly on the driver in sequence (for a visit,
 * in a transaction rolled back: the engine's work without the commit). Then `--clients` concurrent clients register
 * visits through the HTTP API (sessions, validation, audit chain) and the visits per second are printed. `--explain`
 * prints each read's three slowest statements with the engine's plan (EXPLAIN QUERY PLAN, EXPLAIN ANALYZE).
 * Issue 8's targets: history p95 ≤ 20 ms, case list p95 ≤ 30 ms, queue counts ≤ 50 ms, visit p95 ≤ 20 ms.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { sql, type CompiledQuery, type Kysely, type KyselyPlugin } from 'kysely';
import pg from 'pg';
import { addDays, diffDays } from '@core/domain/calendar';
import { caseTransition, openingClock, processingClock, type CaseType, type ClockStart } from '@core/domain/cases';
import { computeDeadline, type DeadlineType, type StageCode } from '@core/domain/deadlines';
import { permissionsOf, type Role } from '@core/domain/org/roles';
import type { TVisitCreate } from '@core/schemas/visits';
import { buildApp } from '../server/app';
import { letterMatchKeys } from '@core/domain/identity';
import { caseSearchKey, letterSearchKey, visitSearchKey } from '@core/domain/text/content';
import { loadConfig } from '../server/config';
import { analyze, openDatabase, type Db } from '../server/db/database';
import type { DB } from '../server/db/schema';
import { migrateToLatest } from '../server/db/migrate';
import { backfill as backfillStoredDues } from '../server/db/migrations/0016_records_stored_dues';
import { generatePerson, prng } from '../server/demo/people-generator';
import { seedDemo } from '../server/demo/seed-demo';
import { listCases } from '../server/modules/cases/cases.service';
import { listLetters } from '../server/modules/letters/letters.service';
import { relatedLetters } from '../server/modules/letters/related';
import { loadDeadlineContext, type DeadlineContext } from '../server/modules/clocks/clocks.service';
import { descendantsOf, listAllUnits } from '../server/modules/org/units.repo';
// Registers the citizen record type the history and the visits check people against.
import '../server/modules/people/people.service';
import { insertPeople, type NewPerson } from '../server/modules/people/people.repo';
import { personHistory } from '../server/modules/people/person-history.service';
import { queues } from '../server/modules/queues/queues.service';
import { SEALED_SENDERS, SEALED_VISITORS } from '../server/modules/records/shared';
import { createVisit } from '../server/modules/visits/visits.service';
import { systemMeta, type Actor } from '../server/platform/context';
import { openStorage, type BlobStore } from '../server/platform/storage';
import { loadSealer, type Sealer } from '../server/platform/sealing';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    seed: { type: 'string', default: '8' },
    runs: { type: 'string', default: '200' },
    engine: { type: 'string', default: 'both' },
    fresh: { type: 'boolean', default: false },
    clients: { type: 'string', default: '1,5,10,20' },
    ops: { type: 'string', default: '20' },
    explain: { type: 'boolean', default: false },
  },
});
const SCALE = Number(values.scale);
const SEED = Number(values.seed);
const RUNS = Number(values.runs);
const CLIENTS = values.clients.split(',').filter(Boolean).map(Number);
const OPS = Number(values.ops);
const P = Math.round(500_000 * SCALE);
const V = Math.round(2_000_000 * SCALE);
const L = Math.round(1_000_000 * SCALE);
const FIRST_DAY = '2021-01-04';
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
// The suffix names the generator's version: a database from an older generator is rebuilt, not measured.
const TAG = `s${String(SCALE).replace('.', '_')}_r${SEED}_v3`;
const DIR = new URL(`./.data/records-${TAG}/`, import.meta.url).pathname;
const SCHEMA = `bench_records_${TAG}`;

// ─── Bulk loading ────────────────────────────────────────────────────────────────────────────────────────────────

type Row = Record<string, string | number | null>;
/** Column lists with their PostgreSQL array types (`unnest` needs them); SQLite binds the same values in order. */
const TABLES = {
  cases: 'search_key:text id:int unit_id:int type:text state:text state_before_suspension:text level:int title:text handler_account_id:int complex:bool complex_criteria:text protracted:bool backlog:bool over_level:bool opened_on:date decided_on:date outcome:text result_number:text result_date:date result_signer:text closed_on:date created_by:int created_at:timestamptz updated_at:timestamptz version:int',
  case_events: 'case_id:int at:timestamptz on_date:date actor_id:int actor_name:text transition:text from_state:text to_state:text decision_number:text decision_date:date signer:text basis:text note:text',
  visits: 'search_key:text id:int unit_id:int place_id:int received_at:timestamptz received_on:date reception_kind:text reception_mode:text officer_id:int request_type:text field:text special_categories:text content:text prior_handling:text head_count:int delegation:bool repeat_visit:bool sealed:bool sealed_people:text origin_ward_ids:text documents_received:text outcome:text refusal_ground:text follow_up:text letter_id:int case_id:int created_by:int created_at:timestamptz updated_at:timestamptz version:int',
  visit_people: 'visit_id:int person_id:int representative:bool',
  letters: 'search_key:text id:int unit_id:int year:int number:int received_on:date channel:text request_type:text field:text special_categories:text content:text summary:text anonymous:bool false_name:bool signed:bool signer_count:int sealed:bool source_body:text originals_attached:bool state:text eligible:bool ineligible_reason:text competent:bool competent_body_type:text prior_resolution:text duplicate_of_id:int decision:text decided_on:date ground:text decision_note:text forward_to_unit_id:int forward_to_body:text forwarded_from_letter_id:int visit_id:int case_id:int created_by:int created_at:timestamptz updated_at:timestamptz version:int',
  letter_senders: 'letter_id:int position:int person_id:int full_name:text id_number:text address:text phone:text sealed:text',
  letter_match_keys: 'letter_id:int key:text',
  clocks: 'subject_type:text subject_id:int seq:int type:text stage:text started_on:date complex:bool remote:bool extensions:text suspensions:text start_basis:text restart_of:int ended_on:date ended_by:text due_on:date',
} as const;
type Table = keyof typeof TABLES;
const COLS = Object.fromEntries(Object.entries(TABLES).map(([t, spec]) => [t, spec.split(' ').map((c) => c.split(':') as [string, string])])) as Record<Table, [string, string][]>;

/** The matters letters are most often about (thu hồi đất, bồi thường, xây dựng, môi trường, chính sách…). */
type Draw = (lo: number, hi: number) => number;
const MATTERS: ((n: Draw, place: string) => string)[] = [
  (n, at) => `quyết định thu hồi đất số ${n(100, 999)}/QĐ-UBND đối với thửa đất số ${n(1, 400)}, tờ bản đồ số ${n(1, 60)} tại ${at}; giá bồi thường thấp hơn giá thị trường, đề nghị xem xét lại và hỗ trợ tái định cư cho gia đình.`,
  (n, at) => `việc chậm chi trả tiền bồi thường giải phóng mặt bằng dự án đường ${n(1, 30)} đi qua ${at}, đã ${n(2, 5)} năm chưa nhận đủ ${n(100, 900)} triệu đồng theo phương án được duyệt.`,
  (n, at) => `hộ liền kề xây nhà ${n(3, 7)} tầng lấn sang phần đất của gia đình tại ${at}, làm nứt tường và thấm dột; đề nghị đình chỉ thi công và buộc khôi phục hiện trạng.`,
  (n, at) => `cơ sở sản xuất tại ${at} xả nước thải, khói bụi gây ô nhiễm môi trường, ảnh hưởng sức khỏe khoảng ${n(20, 200)} hộ dân; đã phản ánh ${n(2, 6)} lần nhưng chưa được giải quyết.`,
  (n, at) => `việc cấp giấy chứng nhận quyền sử dụng đất cho thửa đất số ${n(1, 400)} tại ${at} sai diện tích, chồng lấn ${n(10, 90)} m² sang đất của gia đình tôi.`,
  (n, at) => `việc xét duyệt hộ nghèo, cận nghèo năm ${n(2019, 2026)} tại ${at} không công khai, bỏ sót hộ có hoàn cảnh khó khăn.`,
  (n, at) => `cán bộ địa chính ${at} có dấu hiệu nhũng nhiễu, yêu cầu nộp thêm ${n(2, 20)} triệu đồng ngoài quy định khi làm thủ tục tách thửa.`,
  (n, at) => `tình trạng lấn chiếm vỉa hè, lòng đường để kinh doanh tại ${at} kéo dài, gây mất an toàn giao thông; đề nghị lập lại trật tự đô thị.`,
  (n, at) => `chế độ chính sách người có công của ông bà tôi, hồ sơ nộp từ năm ${n(2015, 2025)} tại ${at} đến nay chưa được giải quyết.`,
  (n, at) => `tranh chấp ranh giới đất giữa hai hộ tại ${at}, đã hòa giải ở cơ sở ${n(1, 4)} lần không thành; đề nghị cơ quan có thẩm quyền giải quyết dứt điểm.`,
  (n, at) => `việc thu các khoản đóng góp ngoài quy định tại trường học trên địa bàn ${at}, mỗi học sinh ${n(200, 900)} nghìn đồng.`,
  (n, at) => `dự án khu dân cư số ${n(1, 9)} tại ${at} san lấp làm ngập úng ${n(2, 15)} ha lúa của các hộ dân, chưa được bồi thường thiệt hại hoa màu.`,
];
const PLACES = ['khu phố', 'thôn', 'tổ dân phố', 'xóm'];

/** Buffers rows per table and writes them in big statements; `close` flushes and moves the id sequences on. */
class Bulk {
  private readonly buffers = new Map<Table, Row[]>();
  private pending = 0;
  private constructor(
    private readonly db: Db,
    private readonly client: pg.Client | undefined,
  ) {}

  static async open(db: Db): Promise<Bulk> {
    if (db.engine === 'sqlite') {
      // Rows are valid by construction; a rebuilt bench database needs no power-cut safety while it loads.
      db.sqlite?.pragma('foreign_keys = OFF');
      db.sqlite?.pragma('synchronous = OFF');
      return new Bulk(db, undefined);
    }
    const client = new pg.Client({ connectionString: DATABASE_URL, options: `-c search_path=${SCHEMA},public` });
    await client.connect();
    // Foreign keys are triggers on PostgreSQL: checked row by row they would double the load time.
    await client.query('set session_replication_role = replica');
    await client.query('set synchronous_commit = off');
    return new Bulk(db, client);
  }

  async add(table: Table, row: Row): Promise<void> {
    const list = this.buffers.get(table) ?? [];
    list.push(row);
    this.buffers.set(table, list);
    if (++this.pending >= 50_000) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.db.engine === 'sqlite') {
      const sqlite = this.db.sqlite as NonNullable<Db['sqlite']>;
      sqlite.transaction(() => {
        for (const [table, rows] of this.buffers) {
          const cols = COLS[table];
          const insert = sqlite.prepare(`insert into ${table} (${cols.map((c) => c[0]).join(', ')}) values (${cols.map(() => '?').join(', ')})`);
          for (const r of rows) insert.run(cols.map(([c]) => r[c] ?? null));
        }
      })();
    } else {
      for (const [table, rows] of this.buffers) {
        const cols = COLS[table];
        const arrays = cols.map(([c, type]) => (type === 'bool' ? rows.map((r) => (r[c] === null || r[c] === undefined ? null : r[c] === 1)) : rows.map((r) => r[c] ?? null)));
        await this.client?.query(`insert into ${table} (${cols.map((c) => c[0]).join(', ')}) select * from unnest(${cols.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})`, arrays);
      }
    }
    this.buffers.clear();
    this.pending = 0;
  }

  async close(): Promise<void> {
    await this.flush();
    if (this.db.engine === 'sqlite') {
      this.db.sqlite?.pragma('synchronous = FULL');
      this.db.sqlite?.pragma('foreign_keys = ON');
      this.db.sqlite?.pragma('wal_checkpoint(TRUNCATE)');
      return;
    }
    for (const t of ['cases', 'visits', 'letters', 'letter_senders', 'clocks', 'case_events']) {
      await this.client?.query(`select setval(pg_get_serial_sequence('${t}', 'id'), (select max(id) from ${t}))`);
    }
    await this.client?.end();
  }
}

// ─── The generator ───────────────────────────────────────────────────────────────────────────────────────────────

interface Units {
  city: number;
  wards: number[];
}

/** Due dates as the app caches them (`clocks.due_on`), from the deadline engine; memoised per start. */
function dueDates(ctx: DeadlineContext) {
  const memo = new Map<string, string | null>();
  return (start: ClockStart): string | null => {
    const key = `${start.type}|${start.stage}|${start.startedOn}`;
    if (!memo.has(key)) {
      const r = computeDeadline({ type: start.type as DeadlineType, stage: start.stage as StageCode, startedOn: start.startedOn, today: ctx.today }, ctx.calendar, ctx.options);
      memo.set(key, r.state === 'stopped' ? null : r.dueOn);
    }
    return memo.get(key) ?? null;
  };
}

async function generate(db: Db, sealer: Sealer, units: Units): Promise<void> {
  const random = prng(SEED);
  const chance = (p: number) => random() < p;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)] as T;
  const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const ctx = await loadDeadlineContext(db);
  const due = dueDates(ctx);
  const now = db.clock.nowIso();
  const days = diffDays(FIRST_DAY, ctx.today) + 1;
  const unit = () => (chance(0.5) ? units.city : pick(units.wards));

  // People through the app's own insert (search keys, FTS5 triggers or trigram index).
  const people: { id: number; name: string; address: string; idNumber: string }[] = [];
  const firstPerson = Number((await db.kysely.selectFrom('people').select((e) => e.fn.max('id').as('m')).executeTakeFirst())?.m ?? 0) + 1;
  for (let i = 0; i < P; i += 20_000) {
    const batch: NewPerson[] = [];
    for (let j = i; j < Math.min(P, i + 20_000); j++) {
      const g = generatePerson(500_000 + j, random, units.wards.length);
      batch.push({ full_name: g.fullName, id_type: 'cccd', id_number: g.idNumber, birth_year: g.birthYear, gender: g.gender, phone: null, address: g.address, ward_unit_id: units.wards[g.wardIndex] ?? null, unit_id: units.city });
      people.push({ id: 0, name: g.fullName, address: g.address, idNumber: g.idNumber });
    }
    await db.transaction((tx) => insertPeople(tx, batch, now));
  }
  const ids = await db.kysely.selectFrom('people').select('id').where('id', '>=', firstPerson).orderBy('id').execute();
  for (const [j, p] of people.entries()) p.id = ids[j]?.id as number;
  // A few citizens come back again and again (a fifth of the visits and letters are theirs): the pages that matter.
  const frequent = people.filter((_, i) => i % 50 === 0);
  const person = () => (chance(0.2) ? pick(frequent) : pick(people));
  const seen = new Uint8Array((people[people.length - 1]?.id ?? 0) + 1);

  const next = async (table: 'cases' | 'visits' | 'letters') => Number((await db.kysely.selectFrom(table).select((e) => e.fn.max('id').as('m')).executeTakeFirst())?.m ?? 0) + 1;
  let caseId = await next('cases');
  let visitId = await next('visits');
  let letterId = await next('letters');
  const registers = new Map((await db.kysely.selectFrom('letter_registers').selectAll().execute()).map((r) => [`${r.unit_id}|${r.year}`, r.last_number]));
  const handler = (await db.kysely.selectFrom('accounts').select('id').where('username', '=', 'giaiquyet').executeTakeFirst())?.id ?? null;
  const bulk = await Bulk.open(db);
  const recentCases: { id: number; unit: number }[] = [];

  const clock = (subject: 'letter' | 'case', id: number, seq: number, start: ClockStart, endedOn: string | null): Row => ({
    subject_type: subject, subject_id: id, seq, type: start.type, stage: start.stage, started_on: start.startedOn, complex: 0, remote: 0, extensions: '[]', suspensions: '[]',
    start_basis: null, restart_of: null, ended_on: endedOn, ended_by: endedOn === null ? null : 'completed', due_on: endedOn === null ? due(start) : null,
  });

  /** A case opened by a letter's acceptance, in the state its age gives it, with its clocks and opening event. */
  const openCase = async (unitId: number, type: CaseType, on: string): Promise<number> => {
    const id = caseId++;
    const age = diffDays(on, ctx.today);
    const opening = openingClock(type, on);
    const accepted = addDays(on, between(3, 9));
    const closed = age > 90 ? !chance(0.03) : age > 20 ? chance(0.3) : false;
    const running = !closed && age > 12;
    let state = opening.state as string;
    await bulk.add('clocks', clock('case', id, 1, opening.clock, closed || running ? accepted : null));
    if (closed || running) {
      const step = caseTransition({ type, state: opening.state, level: 1, stateBeforeSuspension: null, decidedOn: null, complex: false }, 'thu_ly', { on: accepted }, ['leader'], ctx.calendar, ctx.options);
      if (step.ok) {
        state = step.to;
        for (const [k, start] of step.start.entries()) await bulk.add('clocks', clock('case', id, 2 + k, start, closed ? addDays(accepted, between(20, 60)) : null));
      }
    }
    const level2 = closed && type === 'khieu_nai' && chance(0.05);
    const closedOn = closed ? addDays(accepted, between(20, 60)) : null;
    const title = `Vụ việc ${type === 'to_cao' ? 'tố cáo' : 'khiếu nại'} số ${id}`;
    await bulk.add('cases', {
      search_key: caseSearchKey({ title }), id, unit_id: unitId, type, state: closed ? 'da_dong' : state, state_before_suspension: null, level: level2 ? 2 : 1, title,
      handler_account_id: unitId === units.city && chance(0.3) ? handler : null, complex: 0, complex_criteria: '[]', protracted: 0, backlog: closed ? 0 : age > 365 ? 1 : 0, over_level: 0,
      opened_on: on, decided_on: closedOn, outcome: closed ? 'dung_mot_phan' : null, result_number: closed ? `${id}/QĐ-UBND` : null, result_date: closedOn, result_signer: closed ? 'Chủ tịch' : null, closed_on: closedOn,
      created_by: handler, created_at: `${on}T03:00:00.000Z`, updated_at: now, version: 1,
    });
    await bulk.add('case_events', {
      case_id: id, at: `${on}T03:00:00.000Z`, on_date: on, actor_id: handler, actor_name: 'Cán bộ', transition: 'mo', from_state: null, to_state: opening.state,
      decision_number: null, decision_date: null, signer: null, basis: opening.basis, note: null,
    });
    recentCases.push({ id, unit: unitId });
    if (recentCases.length > 2000) recentCases.shift();
    return id;
  };

  /**
   * What a letter says: one of the matters offices receive most, its particulars (decision, parcel, place) drawn from
   * a generator seeded by the writer and the matter, so a citizen writing again about the same matter writes much the
   * same text — the related letters the letter page must find — while different writers' letters differ.
   */
  const contentOf = (who: { id: number } | null, requestType: string): string => {
    const topic = Math.floor(random() * MATTERS.length);
    const r = prng(who && chance(0.7) ? who.id * 97 + topic : Math.floor(random() * 2 ** 31));
    const n: Draw = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
    const place = `${PLACES[n(0, PLACES.length - 1)]} ${n(1, 12)}`;
    const kind = requestType === 'to_cao' ? 'Tố cáo' : requestType === 'khieu_nai' ? 'Khiếu nại' : 'Kiến nghị';
    return `${kind}: ${(MATTERS[topic] as (typeof MATTERS)[number])(n, place)}`;
  };

  const letter = async (unitId: number, on: string, from: number | null): Promise<void> => {
    const id = letterId++;
    const age = diffDays(on, ctx.today);
    const requestType = chance(0.1) ? 'to_cao' : chance(0.5) ? 'khieu_nai' : 'kien_nghi_phan_anh';
    const sealed = requestType === 'to_cao';
    const anonymous = !sealed && chance(0.02);
    const state = age <= 14 ? pick(['moi_nhan', 'moi_nhan', 'da_phan_loai', 'da_xu_ly']) : chance(0.01) ? pick(['moi_nhan', 'da_phan_loai']) : 'da_xu_ly';
    const decided = state === 'da_xu_ly';
    const decidedOn = decided ? (addDays(on, between(1, 8)) < ctx.today ? addDays(on, between(1, 8)) : ctx.today) : null;
    const decision = !decided ? null : requestType !== 'kien_nghi_phan_anh' && chance(0.25) ? 'thu_ly' : pick(['huong_dan', 'chuyen_don', 'luu_don']);
    const forwardUnit = decision === 'chuyen_don' && unitId === units.city && chance(0.25) ? pick(units.wards) : null;
    const case_ = decision === 'thu_ly' && decidedOn ? await openCase(unitId, requestType as CaseType, decidedOn) : null;
    const year = Number(on.slice(0, 4));
    const number = (registers.get(`${unitId}|${year}`) ?? 0) + 1;
    registers.set(`${unitId}|${year}`, number);
    const who = anonymous ? null : person();
    const content = contentOf(who, requestType);
    await bulk.add('letters', {
      search_key: letterSearchKey({ summary: null, content, sourceBody: null, sealed, senderNames: who ? [who.name] : [] }), id, unit_id: unitId, year, number, received_on: on, channel: from ? 'chuyen_den' : pick(['buu_chinh', 'truc_tiep', 'hom_thu']), request_type: requestType, field: null, special_categories: '[]',
      content, summary: null, anonymous: anonymous ? 1 : 0, false_name: 0, signed: anonymous ? 0 : 1, signer_count: 1, sealed: sealed ? 1 : 0, source_body: null, originals_attached: 0,
      state, eligible: decided ? 1 : null, ineligible_reason: null, competent: decided ? 1 : null, competent_body_type: null, prior_resolution: null, duplicate_of_id: null,
      decision, decided_on: decidedOn, ground: null, decision_note: null, forward_to_unit_id: forwardUnit, forward_to_body: decision === 'chuyen_don' && !forwardUnit ? 'Cơ quan có thẩm quyền' : null,
      forwarded_from_letter_id: from, visit_id: null, case_id: case_, created_by: handler, created_at: `${on}T02:00:00.000Z`, updated_at: now, version: 1,
    });
    if (who) {
      await bulk.add(
        'letter_senders',
        sealed
          ? { letter_id: id, position: 0, person_id: null, full_name: null, id_number: null, address: null, phone: null, sealed: sealer.seal({ fullName: who.name, idNumber: null, address: who.address, phone: null }, SEALED_SENDERS) }
          : { letter_id: id, position: 0, person_id: who.id, full_name: who.name, id_number: who.idNumber, address: who.address, phone: null, sealed: null },
      );
    }
    // The keys the related-letter search finds it by, as the app stores them (letters/match-keys.ts).
    for (const key of letterMatchKeys({ sealed, content, senders: who && !sealed ? [{ fullName: who.name, idNumber: who.idNumber }] : [] })) await bulk.add('letter_match_keys', { letter_id: id, key });
    await bulk.add('clocks', clock('letter', id, 1, processingClock(requestType as 'khieu_nai', on), decidedOn));
    // Most letters forwarded to a ward are entered in its register a few days later; the rest wait there (to urge).
    if (forwardUnit && decidedOn && chance(0.9)) await letter(forwardUnit, addDays(decidedOn, 2) < ctx.today ? addDays(decidedOn, 2) : ctx.today, id);
  };

  const VISIT_KEY = visitSearchKey({ content: 'Nội dung trình bày', priorHandling: null, followUp: null });
  const visit = async (on: string): Promise<void> => {
    const id = visitId++;
    const unitId = unit();
    const requestType = chance(0.08) ? 'to_cao' : chance(0.5) ? 'khieu_nai' : 'kien_nghi_phan_anh';
    const sealed = requestType === 'to_cao';
    const delegation = chance(0.02);
    const headCount = delegation ? between(5, 30) : chance(0.03) ? between(2, 4) : 1;
    const who = Array.from({ length: Math.min(headCount, 5) }, person).filter((p, i, all) => all.findIndex((q) => q.id === p.id) === i);
    const repeat = who.some((p) => seen[p.id] === 1);
    for (const p of who) seen[p.id] = 1;
    const at = `${on}T0${between(1, 8)}:${String(between(0, 59)).padStart(2, '0')}:00.000Z`;
    const withCase = !sealed && chance(0.03) ? recentCases.find((c) => c.unit === unitId)?.id ?? null : null;
    await bulk.add('visits', {
      search_key: VISIT_KEY, id, unit_id: unitId, place_id: null, received_at: at, received_on: on, reception_kind: chance(0.9) ? 'thuong_xuyen' : 'dinh_ky', reception_mode: null, officer_id: null,
      request_type: requestType, field: null, special_categories: '[]', content: 'Nội dung trình bày', prior_handling: null, head_count: headCount, delegation: delegation ? 1 : 0,
      repeat_visit: repeat ? 1 : 0, sealed: sealed ? 1 : 0, sealed_people: sealed ? sealer.seal(who.map((p) => ({ id: p.id, representative: false })), SEALED_VISITORS) : null,
      origin_ward_ids: '[]', documents_received: null, outcome: pick(['huong_dan', 'huong_dan', 'giai_thich', 'chuyen_don']), refusal_ground: null, follow_up: null, letter_id: null,
      case_id: withCase, created_by: handler, created_at: at, updated_at: at, version: 1,
    });
    if (!sealed) for (const [i, p] of who.entries()) await bulk.add('visit_people', { visit_id: id, person_id: p.id, representative: delegation && i < 2 ? 1 : 0 });
  };

  let lettersMade = 0;
  let visitsMade = 0;
  const t0 = performance.now();
  for (let d = 0; d < days; d++) {
    const on = addDays(FIRST_DAY, d);
    const visitTarget = Math.round((V * (d + 1)) / days);
    while (visitsMade < visitTarget) {
      await visit(on);
      visitsMade++;
    }
    const letterTarget = Math.round((L * (d + 1)) / days);
    while (lettersMade < letterTarget) {
      const before = letterId;
      await letter(unit(), on, null);
      lettersMade += letterId - before;
    }
    if (d % 200 === 0) process.stdout.write(`\r  ${db.engine}: ${on}: ${visitsMade} visits, ${lettersMade} letters, ${caseId} cases (${((performance.now() - t0) / 1000).toFixed(0)} s)   `);
  }
  await bulk.close();
  process.stdout.write('\n');
  // The stored due dates and uptake marks, as migration 0016 fills them: the bulk load runs without the triggers
  // that keep them (PostgreSQL: replica mode) or in an order they cannot follow (SQLite: clocks before their rows).
  await backfillStoredDues(db.kysely);
  for (const [key, last] of registers) {
    const [unitId, year] = key.split('|').map(Number) as [number, number];
    await db.kysely.insertInto('letter_registers').values({ unit_id: unitId, year, last_number: last }).onConflict((oc) => oc.columns(['unit_id', 'year']).doUpdateSet({ last_number: last })).execute();
  }
  await analyze(db);
}

// ─── Measuring ───────────────────────────────────────────────────────────────────────────────────────────────────

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))] ?? 0;
const fmt = (xs: number[]) => `${pct(xs, 50).toFixed(1).padStart(6)} / ${pct(xs, 95).toFixed(1).padStart(6)}`;

/** Compiles every query the app sends through it, so the same statements can be run on the driver alone. */
class Recorder implements KyselyPlugin {
  queries: CompiledQuery[] = [];
  constructor(private readonly compile: (node: Parameters<KyselyPlugin['transformQuery']>[0]['node']) => CompiledQuery) {}
  transformQuery: KyselyPlugin['transformQuery'] = (args) => {
    this.queries.push(this.compile(args.node));
    return args.node;
  };
  transformResult: KyselyPlugin['transformResult'] = async (args) => args.result;
}

/** The db handle the service functions get, with a recorder on its query builder (transactions included). */
function recording(db: Db): { db: Db; recorder: Recorder } {
  const recorder = new Recorder((node) => db.kysely.getExecutor().compileQuery(node, { queryId: '' } as never));
  const kysely: Kysely<DB> = db.kysely.withPlugin(recorder);
  return { db: { ...db, kysely, transaction: (work) => kysely.transaction().execute(work) }, recorder };
}

/**
 * Runs statements directly on the driver: better-sqlite3 (statements cached) or one pg connection. A write (`made`:
 * the id of the visit the recorded call created) runs in a transaction rolled back, its statements pointed at the
 * visit the replayed insert creates (ids of visits and people do not meet in the generated data).
 */
async function rawRunner(db: Db) {
  const replay = async (qs: readonly CompiledQuery[], made: number | undefined, exec: (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>, tx: (s: string) => Promise<unknown>) => {
    if (made !== undefined) await tx('begin');
    let id: unknown;
    for (const q of qs) {
      const params = id === undefined ? (q.parameters as unknown[]) : q.parameters.map((p) => (p === made ? id : p === String(made) ? String(id) : p));
      const rows = await exec(q.sql, params);
      if (made !== undefined && id === undefined && q.sql.startsWith('insert into "visits"')) id = rows[0]?.id;
    }
    if (made !== undefined) await tx('rollback');
  };
  if (db.engine === 'sqlite') {
    const sqlite = db.sqlite as NonNullable<Db['sqlite']>;
    const cache = new Map<string, ReturnType<typeof sqlite.prepare>>();
    const exec = async (text: string, params: unknown[]) => {
      let s = cache.get(text);
      if (!s) cache.set(text, (s = sqlite.prepare(text)));
      if (s.reader) return s.all(params) as Record<string, unknown>[];
      s.run(params);
      return [];
    };
    return {
      run: (qs: readonly CompiledQuery[], made?: number) => replay(qs, made, exec, async (s) => sqlite.exec(s === 'begin' ? 'begin immediate' : s)),
      plan: async (q: CompiledQuery) => (sqlite.prepare(`explain query plan ${q.sql}`).all(q.parameters as unknown[]) as { detail: string }[]).map((r) => r.detail),
      close: async () => undefined,
    };
  }
  const client = new pg.Client({ connectionString: DATABASE_URL, options: `-c search_path=${SCHEMA},public` });
  await client.connect();
  return {
    run: (qs: readonly CompiledQuery[], made?: number) => replay(qs, made, async (text, params) => (await client.query(text, params)).rows as Record<string, unknown>[], (s) => client.query(s)),
    plan: async (q: CompiledQuery) => (await client.query<{ 'QUERY PLAN': string }>(`explain analyze ${q.sql}`, q.parameters as unknown[])).rows.map((r) => r['QUERY PLAN']),
    close: () => client.end(),
  };
}

async function actorOf(db: Db, username: string): Promise<Actor> {
  const account = await db.kysely.selectFrom('accounts').select(['id', 'full_name']).where('username', '=', username).executeTakeFirstOrThrow();
  const roles = await db.kysely.selectFrom('account_roles').select(['unit_id', 'role']).where('account_id', '=', account.id).execute();
  const units = await listAllUnits(db.kysely);
  const unitId = roles[0]?.unit_id as number;
  const held = roles.filter((r) => r.unit_id === unitId).map((r) => r.role as Role);
  const scope = descendantsOf(units, unitId);
  return {
    accountId: account.id, username, fullName: account.full_name, language: 'vi', mustChangePassword: false, totpEnabled: false, sessionId: username, assignments: [],
    activeUnitId: unitId, roles: held, permissions: permissionsOf(held), scope, scopeIsEverything: scope.size === units.length,
  };
}

const visitInput = (personId: number, at: string): TVisitCreate => ({
  personIds: [personId], receivedAt: at, requestType: 'khieu_nai', content: 'Đo ghi sổ', receptionKind: 'thuong_xuyen', specialCategories: [], representativeIds: [], originWardIds: [],
  outcome: 'huong_dan', priorHandling: null, documentsReceived: null, followUp: null,
});

async function measure(db: Db, sealer: Sealer, storage: BlobStore, people: number[], frequent: number[]): Promise<void> {
  const raw = await rawRunner(db);
  const { db: rec, recorder } = recording(db);
  const random = prng(SEED + 1);
  const person = () => (random() < 0.2 ? (frequent[Math.floor(random() * frequent.length)] as number) : (people[Math.floor(random() * people.length)] as number));
  const [leader, ward, reception] = await Promise.all([actorOf(db, 'lanhdao'), actorOf(db, 'suoihoa'), actorOf(db, 'tiepdan')]);
  const city = leader.activeUnitId as number;
  const cases = (q: Partial<Parameters<typeof listCases>[2]>) => ({ limit: 50, offset: 0, ...q }) as Parameters<typeof listCases>[2];
  const span = await db.kysely.selectFrom('letters').select((e) => [e.fn.min('id').as('lo'), e.fn.max('id').as('hi')]).executeTakeFirstOrThrow();
  const someLetter = () => Number(span.lo) + Math.floor(random() * (Number(span.hi) - Number(span.lo) + 1));
  const SEARCHES = ['thu hoi dat', 'boi thuong giai phong mat bang', 'o nhiem moi truong', 'lan chiem via he', 'ho ngheo', 'giay chung nhan quyen su dung dat'];
  const search = () => ({ limit: 50, offset: 0, q: SEARCHES[Math.floor(random() * SEARCHES.length)] }) as Parameters<typeof listLetters>[2];

  type Job = { label: string; target: string; call: (d: Db, i: number) => Promise<unknown>; write?: boolean };
  const jobs: Job[] = [
    { label: 'person history (city leader)', target: 'p95 ≤ 20', call: (d) => personHistory(d, leader, person()) },
    { label: 'case list: overdue', target: 'p95 ≤ 30', call: (d) => listCases(d, leader, cases({ overdue: true })) },
    { label: 'case list: due soon', target: 'p95 ≤ 30', call: (d) => listCases(d, leader, cases({ dueSoon: true })) },
    { label: 'case list: open at the city', target: 'p95 ≤ 30', call: (d) => listCases(d, leader, cases({ open: true, unitId: city })) },
    { label: 'case list: state, page 3', target: 'p95 ≤ 30', call: (d) => listCases(d, leader, cases({ state: 'dang_giai_quyet', offset: 100 })) },
    { label: 'queue counts: city leader', target: '≤ 50', call: (d) => queues(d, leader) },
    { label: 'queue counts: ward officer', target: '≤ 50', call: (d) => queues(d, ward) },
    { label: 'queue counts: reception officer', target: '≤ 50', call: (d) => queues(d, reception) },
    { label: 'related letters (letter page)', target: '—', call: (d) => relatedLetters({ db: d, sealer, storage }, leader, someLetter()) },
    { label: 'letter list: search in content', target: '—', call: (d) => listLetters(d, leader, search()) },
    { label: 'register a visit (service)', target: 'p95 ≤ 20', write: true, call: (d) => createVisit({ db: d, sealer, storage }, reception, visitInput(person(), d.clock.nowIso()), systemMeta('bench'), null) },
  ];
  console.log(`  ${'query'.padEnd(34)} app p50 / p95 (ms)   raw p50 / p95 (ms)   statements   target (ms)`);
  for (const job of jobs) {
    for (let i = 0; i < 5; i++) await job.call(db, i);
    const app: number[] = [];
    const base: number[] = [];
    let statements = 0;
    for (let i = 0; i < RUNS; i++) {
      let t = performance.now();
      await job.call(db, i);
      app.push(performance.now() - t);
      recorder.queries = [];
      const made = await job.call(rec, i);
      statements = recorder.queries.length;
      t = performance.now();
      await raw.run(recorder.queries, job.write ? (made as { id: number }).id : undefined);
      base.push(performance.now() - t);
    }
    console.log(`  ${job.label.padEnd(34)} ${fmt(app)}      ${fmt(base)}      ${String(statements).padStart(5)}        ${job.target}`);
    if (values.explain) await explain(raw, recorder.queries);
  }
  await raw.close();
}

/** The slowest reading statements of a call, each timed alone, with the engine's plan. */
async function explain(raw: Awaited<ReturnType<typeof rawRunner>>, queries: readonly CompiledQuery[]): Promise<void> {
  const timed: { q: CompiledQuery; ms: number }[] = [];
  for (const q of queries.filter((s) => s.sql.startsWith('select'))) {
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      await raw.run([q]);
      runs.push(performance.now() - t);
    }
    timed.push({ q, ms: pct(runs, 50) });
  }
  for (const { q, ms } of timed.sort((a, b) => b.ms - a.ms).slice(0, 3)) {
    console.log(`      ${ms.toFixed(2)} ms  ${q.sql}  ${JSON.stringify(q.parameters).slice(0, 200)}`);
    for (const line of await raw.plan(q)) console.log(`        ${line}`);
  }
}

/** Clients registering visits through the HTTP API at once: visits per second and latency per client count. */
async function writers(db: Db, people: number[]): Promise<void> {
  const config = loadConfig(process.env, { dataDir: DIR, databaseUrl: db.engine === 'postgres' ? DATABASE_URL : `sqlite:${DIR}records.sqlite`, ...(db.engine === 'postgres' ? { pgSchema: SCHEMA } : {}), logLevel: 'silent', webDir: '/nonexistent' });
  const app = await buildApp(config, db);
  try {
    await app.ready();
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'tiepdan', password: 'demo' } });
    const cookies = Object.fromEntries(login.cookies.map((c) => [c.name, c.value]));
    const headers = { cookie: `tiepdan_session=${cookies.tiepdan_session}; tiepdan_csrf=${cookies.tiepdan_csrf}`, 'x-csrf-token': cookies.tiepdan_csrf as string };
    const random = prng(SEED + 2);
    let one = 0;
    for (const clients of CLIENTS) {
      const latencies: number[] = [];
      const start = performance.now();
      await Promise.all(
        Array.from({ length: clients }, async () => {
          for (let i = 0; i < OPS; i++) {
            const t = performance.now();
            const r = await app.inject({ method: 'POST', url: '/api/visits', headers, payload: visitInput(people[Math.floor(random() * people.length)] as number, db.clock.nowIso()) });
            if (r.statusCode !== 201) throw new Error(`POST /api/visits: ${r.statusCode} ${r.body}`);
            latencies.push(performance.now() - t);
          }
        }),
      );
      const rate = latencies.length / ((performance.now() - start) / 1000);
      one ||= rate;
      console.log(`  ${String(clients).padStart(2)} clients × ${OPS} visits: ${rate.toFixed(0).padStart(4)} visits/s (×${(rate / one).toFixed(2)} of one client), latency p50 ${pct(latencies, 50).toFixed(1)} ms, p95 ${pct(latencies, 95).toFixed(1)} ms`);
    }
  } finally {
    await app.close();
  }
}

// ─── One engine ──────────────────────────────────────────────────────────────────────────────────────────────────

async function open(engine: 'sqlite' | 'postgres'): Promise<{ db: Db; sealer: Sealer; storage: BlobStore; built: boolean }> {
  mkdirSync(DIR, { recursive: true });
  const marker = `${DIR}loaded-${engine}`;
  let built = existsSync(marker) && !values.fresh;
  if (engine === 'postgres') {
    const admin = new pg.Client({ connectionString: DATABASE_URL });
    await admin.connect();
    const exists = Boolean((await admin.query('select 1 from pg_namespace where nspname = $1', [SCHEMA])).rowCount);
    built &&= exists;
    if (!built) {
      if (exists) await admin.query(`drop schema ${SCHEMA} cascade`);
      await admin.query(`create schema ${SCHEMA}`);
    }
    await admin.end();
  } else if (!built) {
    for (const s of ['', '-wal', '-shm']) rmSync(`${DIR}records.sqlite${s}`, { force: true });
  }
  if (!built) rmSync(marker, { force: true });
  const config = loadConfig(process.env, { dataDir: DIR, databaseUrl: engine === 'postgres' ? DATABASE_URL : `sqlite:${DIR}records.sqlite`, ...(engine === 'postgres' ? { pgSchema: SCHEMA } : {}) });
  const db = openDatabase(config);
  const sealer = loadSealer(config);
  const { applied } = await migrateToLatest(db);
  if (applied.length > 0 && built && db.engine === 'postgres') await settle(db);
  if (!built) {
    await seedDemo(db, undefined, sealer);
    const units = await listAllUnits(db.kysely);
    const city = units.find((u) => u.code === 'BN-TP')?.id as number;
    const wards = units.filter((u) => u.kind === 'ward').map((u) => u.id);
    const t0 = performance.now();
    await generate(db, sealer, { city, wards });
    console.log(`  ${engine}: built in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    if (db.engine === 'postgres') await settle(db);
    writeFileSync(marker, new Date().toISOString());
  }
  return { db, sealer, storage: openStorage(config), built };
}

/**
 * What autovacuum does to a live PostgreSQL database between its bulk changes (the load, a migration's backfill):
 * dead row versions gone from the indexes, pages marked all-visible so counts read the index alone. Measuring right
 * after a bulk write would time the leftovers of that write, which no office ever meets.
 */
async function settle(db: Db): Promise<void> {
  for (const t of ['people', 'visits', 'visit_people', 'letters', 'letter_senders', 'cases', 'case_events', 'clocks']) await sql`vacuum (analyze) ${sql.table(t)}`.execute(db.kysely);
}

async function bench(engine: 'sqlite' | 'postgres'): Promise<void> {
  const { db, sealer, storage, built } = await open(engine);
  try {
    const count = async (t: 'people' | 'visits' | 'letters' | 'cases') => Number((await db.kysely.selectFrom(t).select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const [people, visits, letters, cases] = await Promise.all([count('people'), count('visits'), count('letters'), count('cases')]);
    const open = Number((await db.kysely.selectFrom('cases').select((e) => e.fn.countAll<number>().as('n')).where('state', '!=', 'da_dong').executeTakeFirstOrThrow()).n);
    console.log(`\n${engine === 'sqlite' ? 'SQLite (embedded)' : 'PostgreSQL'} — ${people} people, ${visits} visits, ${letters} letters, ${cases} cases (${open} open)${built ? ', kept from an earlier run' : ''}; load ${os.loadavg().map((l) => l.toFixed(2)).join(' / ')}`);
    const ids = (await db.kysely.selectFrom('people').select('id').orderBy('id').execute()).map((p) => p.id);
    const first = ids.length - P;
    await measure(db, sealer, storage, ids.slice(first), ids.slice(first).filter((_, i) => i % 50 === 0));
    if (CLIENTS.length) await writers(db, ids.slice(first));
    console.log(`  load average after: ${os.loadavg().map((l) => l.toFixed(2)).join(' / ')}`);
  } finally {
    await db.close();
  }
}

console.log(`Machine: ${os.cpus()[0]?.model} × ${os.cpus().length}, Node ${process.version}; scale ${SCALE} (${P} people, ${V} visits, ${L} letters), seed ${SEED}, ${RUNS} runs`);
for (const engine of values.engine === 'both' ? (['sqlite', 'postgres'] as const) : [values.engine as 'sqlite' | 'postgres']) await bench(engine);
