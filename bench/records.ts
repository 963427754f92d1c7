/**
 * The records under load: person history, filtered case list, a role's queue counts, registering a visit.
 *
 *   npx tsx bench/records.ts [--people 50000] [--visits 100000] [--letters 50000] [--cases 10000] [--runs 200] [--engine sqlite|postgres|both]
 *
 * Builds a fresh database through the app's migrations and demo seed, bulk-loads generated visits (with their
 * people), letters (with writers and processing clocks) and cases (with running clocks, a share overdue), then times
 * the app's own service calls — personHistory, listCases(overdue), queues, createVisit (audit chain included) — for
 * a city-wide actor and prints p50/p95 in milliseconds. Issue 8's targets are for 1,000,000 letters, 2,000,000 visits
 * and 500,000 people (history p95 ≤ 20 ms, case list p95 ≤ 30 ms, queues ≤ 50 ms, visit p95 ≤ 20 ms).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { addDays } from '@core/domain/calendar';
import { permissionsOf } from '@core/domain/org/roles';
import { caseSearchKey, letterSearchKey, visitSearchKey } from '@core/domain/text/content';
import { loadConfig } from '../server/config';
import { analyze, bool, openDatabase, type Db } from '../server/db/database';
import { migrateToLatest } from '../server/db/migrate';
import { generatePerson, prng } from '../server/demo/people-generator';
import { seedDemo } from '../server/demo/seed-demo';
import { listCases } from '../server/modules/cases/cases.service';
// Registers the citizen record type the history and the visits check people against.
import '../server/modules/people/people.service';
import { personHistory } from '../server/modules/people/person-history.service';
import { insertPeople } from '../server/modules/people/people.repo';
import { queues } from '../server/modules/queues/queues.service';
import { createVisit } from '../server/modules/visits/visits.service';
import { systemMeta, type Actor } from '../server/platform/context';
import { openStorage } from '../server/platform/storage';
import { loadSealer } from '../server/platform/sealing';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '50000' },
    visits: { type: 'string', default: '100000' },
    letters: { type: 'string', default: '50000' },
    cases: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '200' },
    engine: { type: 'string', default: 'sqlite' },
  },
});
const P = Number(values.people);
const V = Number(values.visits);
const L = Number(values.letters);
const C = Number(values.cases);
const RUNS = Number(values.runs);
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
// SQLite takes at most 32,766 bound values per statement: 500 rows of the widest table (letters) stay under it.
const BATCH = 500;

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))] ?? 0;
const fmt = (xs: number[]) => `p50 ${pct(xs, 50).toFixed(1)} ms · p95 ${pct(xs, 95).toFixed(1)} ms`;

async function time(runs: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(i);
    out.push(performance.now() - t);
  }
  return out;
}

async function load(db: Db): Promise<{ city: number; wards: number[]; people: number[] }> {
  const random = prng(8);
  const units = await db.kysely.selectFrom('units').select(['id', 'code', 'kind']).execute();
  const city = units.find((u) => u.code === 'BN-TP')?.id as number;
  const wards = units.filter((u) => u.kind === 'ward').map((u) => u.id);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)] as T;
  const now = db.clock.nowIso();
  const generated = Array.from({ length: P }, (_, i) => {
    const g = generatePerson(100_000 + i, random, wards.length, wards.map(String));
    return { full_name: g.fullName, id_type: 'cccd', id_number: null, birth_year: g.birthYear, gender: g.gender, phone: null, address: g.address, ward_unit_id: wards[g.wardIndex] ?? null, unit_id: city };
  });
  for (let i = 0; i < generated.length; i += 20_000) await db.transaction((tx) => insertPeople(tx, generated.slice(i, i + 20_000), now));
  const people = (await db.kysely.selectFrom('people').select('id').orderBy('id').execute()).map((p) => p.id);
  const day = (n: number) => addDays('2021-01-04', n % 1000);
  const common = { special_categories: '[]', created_by: 1, created_at: now, updated_at: now };
  for (let i = 0; i < V; i += BATCH) {
    await db.transaction(async (tx) => {
      const rows = Array.from({ length: Math.min(BATCH, V - i) }, (_, j) => {
        const on = day(i + j);
        return { unit_id: random() < 0.5 ? city : pick(wards), place_id: null, received_at: `${on}T02:00:00.000Z`, received_on: on, reception_kind: 'thuong_xuyen', reception_mode: null, officer_id: null, request_type: 'khieu_nai', field: null, content: 'Nội dung trình bày', prior_handling: null, head_count: 1, delegation: bool(false), repeat_visit: bool(false), sealed: bool(false), sealed_people: null, origin_ward_ids: '[]', documents_received: null, outcome: 'huong_dan', refusal_ground: null, follow_up: null, letter_id: null, case_id: null, search_key: visitSearchKey({ content: 'Nội dung trình bày', priorHandling: null, followUp: null }), ...common };
      });
      const ids = await tx.insertInto('visits').values(rows).returning('id').execute();
      await tx.insertInto('visit_people').values(ids.map((v) => ({ visit_id: v.id, person_id: pick(people), representative: bool(false) }))).execute();
    });
  }
  const letterNumbers = new Map<number, number>();
  for (let i = 0; i < L; i += BATCH) {
    await db.transaction(async (tx) => {
      const rows = Array.from({ length: Math.min(BATCH, L - i) }, (_, j) => {
        const unit = random() < 0.5 ? city : pick(wards);
        // Above the demo's own numbers of 2021.
        const number = (letterNumbers.get(unit) ?? 10_000) + 1;
        letterNumbers.set(unit, number);
        const on = day(i + j);
        return { unit_id: unit, year: 2021, number, received_on: on, channel: 'buu_chinh', request_type: 'khieu_nai', field: null, content: 'Nội dung đơn', summary: null, anonymous: bool(false), false_name: bool(false), signed: bool(true), signer_count: 1, sealed: bool(false), source_body: null, originals_attached: bool(false), state: random() < 0.2 ? 'moi_nhan' : 'da_xu_ly', eligible: null, ineligible_reason: null, competent: null, competent_body_type: null, prior_resolution: null, duplicate_of_id: null, decision: null, decided_on: null, ground: null, decision_note: null, forward_to_unit_id: null, forward_to_body: null, forwarded_from_letter_id: null, visit_id: null, case_id: null, search_key: letterSearchKey({ summary: null, content: 'Nội dung đơn', sourceBody: null, sealed: false, senderNames: ['Người viết đơn'] }), ...common };
      });
      const ids = await tx.insertInto('letters').values(rows).returning(['id', 'received_on', 'state']).execute();
      await tx.insertInto('letter_senders').values(ids.map((l) => ({ letter_id: l.id, position: 0, person_id: pick(people), full_name: 'Người viết đơn', id_number: null, address: null, phone: null, sealed: null }))).execute();
      await tx
        .insertInto('clocks')
        .values(ids.map((l) => ({ subject_type: 'letter', subject_id: l.id, seq: 1, type: 'chung', stage: 'xu_ly_don', started_on: l.received_on, complex: bool(false), remote: bool(false), extensions: '[]', suspensions: '[]', start_basis: null, restart_of: null, ended_on: l.state === 'moi_nhan' ? null : l.received_on, ended_by: l.state === 'moi_nhan' ? null : 'completed', due_on: l.state === 'moi_nhan' ? addDays(l.received_on, 14) : null })))
        .execute();
    });
  }
  for (let i = 0; i < C; i += BATCH) {
    await db.transaction(async (tx) => {
      const rows = Array.from({ length: Math.min(BATCH, C - i) }, (_, j) => {
        const on = day(i + j);
        return { unit_id: random() < 0.5 ? city : pick(wards), type: 'khieu_nai', state: random() < 0.6 ? 'dang_giai_quyet' : 'da_dong', state_before_suspension: null, level: 1, title: 'Vụ việc', handler_account_id: null, complex: bool(false), complex_criteria: '[]', protracted: bool(false), backlog: bool(false), over_level: bool(false), opened_on: on, decided_on: null, outcome: null, result_number: null, result_date: null, result_signer: null, closed_on: null, created_by: 1, created_at: now, updated_at: now, search_key: caseSearchKey({ title: 'Vụ việc' }) };
      });
      const ids = await tx.insertInto('cases').values(rows).returning(['id', 'opened_on', 'state']).execute();
      await tx
        .insertInto('clocks')
        .values(ids.map((c) => ({ subject_type: 'case', subject_id: c.id, seq: 1, type: 'khieu_nai', stage: 'giai_quyet_lan_1', started_on: c.opened_on, complex: bool(false), remote: bool(false), extensions: '[]', suspensions: '[]', start_basis: null, restart_of: null, ended_on: c.state === 'da_dong' ? c.opened_on : null, ended_by: c.state === 'da_dong' ? 'completed' : null, due_on: c.state === 'da_dong' ? null : addDays(c.opened_on, 30) })))
        .execute();
      // Some cases are linked to letters, so a person's history finds cases.
      for (const c of ids.slice(0, 200)) await tx.updateTable('letters').set({ case_id: c.id }).where('id', '=', c.id).execute();
    });
  }
  return { city, wards, people };
}

async function bench(engine: 'sqlite' | 'postgres'): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tiepdan-bench-records-'));
  const schema = `bench_records_${process.pid}`;
  if (engine === 'postgres') {
    const admin = new pg.Client({ connectionString: DATABASE_URL });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
  }
  const config = loadConfig(process.env, { dataDir: dir, databaseUrl: engine === 'postgres' ? DATABASE_URL : '', ...(engine === 'postgres' ? { pgSchema: schema } : {}) });
  const db = openDatabase(config);
  try {
    await migrateToLatest(db);
    const sealer = loadSealer(config);
    await seedDemo(db, undefined, sealer);
    const t0 = performance.now();
    const { city, people } = await load(db);
    console.log(`${engine}: loaded ${P} people, ${V} visits, ${L} letters, ${C} cases in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    await analyze(db);
    const units = await db.kysely.selectFrom('units').select('id').execute();
    const roles = ['leader', 'reception_officer', 'petition_processor'] as const;
    const actor: Actor = {
      accountId: 1, username: 'bench', fullName: 'Bench', language: 'vi', mustChangePassword: false, totpEnabled: false, sessionId: 'bench',
      assignments: [], activeUnitId: city, roles: [...roles], permissions: permissionsOf([...roles]), scope: new Set(units.map((u) => u.id)), scopeIsEverything: true,
    };
    const random = prng(9);
    const person = () => people[Math.floor(random() * people.length)] as number;
    console.log(`  person history          ${fmt(await time(RUNS, () => personHistory(db, actor, person())))}`);
    console.log(`  case list (overdue)     ${fmt(await time(RUNS, () => listCases(db, actor, { limit: 50, offset: 0, overdue: true })))}`);
    console.log(`  case list (open, unit)  ${fmt(await time(RUNS, () => listCases(db, actor, { limit: 50, offset: 0, open: true, unitId: city })))}`);
    console.log(`  queue counts            ${fmt(await time(RUNS, () => queues(db, actor)))}`);
    const deps = { db, sealer, storage: openStorage(config) };
    console.log(
      `  register a visit        ${fmt(await time(RUNS, () => createVisit(deps, actor, { personIds: [person()], receivedAt: db.clock.nowIso(), requestType: 'khieu_nai', content: 'Đo ghi sổ', receptionKind: 'thuong_xuyen', specialCategories: [], representativeIds: [], originWardIds: [], outcome: 'huong_dan', priorHandling: null, documentsReceived: null, followUp: null }, systemMeta('bench'), null)))}`,
    );
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
    if (engine === 'postgres') {
      const admin = new pg.Client({ connectionString: DATABASE_URL });
      await admin.connect();
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    }
  }
}

for (const engine of values.engine === 'both' ? (['sqlite', 'postgres'] as const) : [values.engine as 'sqlite' | 'postgres']) await bench(engine);
