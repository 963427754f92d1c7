/**
 * A database created by any earlier release (server/db/releases) upgrades to today's: loaded from that release's
 * dump into a fresh database, it goes through the real start-up path (every migration there is, today's and later
 * ones), and must then have exactly the shape a new database has, every row it had, today's name keys, and work.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personKey } from '@core/domain/identity';
import { letterSearchKey } from '@core/domain/text/content';
import { searchKey } from '@core/domain/text/normalize';
import { prepare, type StartOptions } from '../start';
import { ENGINE } from '../test/support';
import { isTrue, openDatabase, type Db } from './database';
import { migrateToLatest } from './migrate';
import { loadPostgresFixture, loadSqliteFixture, pgExec } from './releases/fixtures';
import { RELEASES } from './releases/releases';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const pgAdmin = (query: string) => pgExec(DATABASE_URL, query);

/** An empty database on this leg's engine, optionally loaded with a release's dump. */
async function emptyDatabase(release?: string): Promise<{ options: StartOptions; drop(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tiepdan-upgrade-'));
  if (ENGINE === 'sqlite') {
    const file = join(dataDir, 'tiepdan.sqlite');
    if (release) loadSqliteFixture(release, file);
    return { options: { dataDir, databaseUrl: `sqlite:${file}` }, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  // Named like the test harness's schemas, so `npm test` drops it if this run is interrupted.
  const schema = `t_${Math.floor(Date.now() / 1000).toString(36)}_${randomBytes(4).toString('hex')}`;
  await pgAdmin(`create schema ${schema}`);
  if (release) await loadPostgresFixture(release, DATABASE_URL, schema);
  return {
    options: { dataDir, databaseUrl: DATABASE_URL, pgSchema: schema },
    drop: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      await pgAdmin(`drop schema ${schema} cascade`);
    },
  };
}

const open = (options: StartOptions): Db => openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir as string, pgSchema: options.pgSchema });
const squash = (s: string | null) => s?.replace(/\s+/g, ' ').trim() ?? null;

/** Everything that makes two databases the same shape: columns, keys, indexes, triggers — not their order. */
async function describeSchema(db: Db): Promise<unknown> {
  const rows = async <T>(query: ReturnType<typeof sql<T>>) => (await query.execute(db.kysely)).rows;
  if (db.engine === 'postgres') {
    return {
      columns: await rows(sql`select table_name, column_name, data_type, character_maximum_length, is_nullable, column_default, collation_name, is_identity
        from information_schema.columns where table_schema = current_schema() order by table_name, column_name`),
      // A CHECK read back from a pg_dump fixture is its deparsed text parsed again: the same test, with the casts and
      // parentheses placed otherwise (each literal cast to text, or the array cast to text[]). Compared without them.
      constraints: (
        await rows(sql<{ table_name: string; conname: string; definition: string }>`select conrelid::regclass::text as table_name, conname, pg_get_constraintdef(oid) as definition
        from pg_constraint where connamespace = current_schema()::regnamespace order by 1, 2`)
      ).map((c) => (c.definition.startsWith('CHECK') ? { ...c, definition: c.definition.replace(/::(text|character varying)(\[\])?/g, '').replace(/[()\s]/g, '') } : c)),
      indexes: await rows(sql`select tablename, indexname, replace(indexdef, current_schema() || '.', '') as definition
        from pg_indexes where schemaname = current_schema() order by 1, 2`),
    };
  }
  const objects = await rows(sql<{ type: string; name: string; tbl_name: string; sql: string | null }>`select type, name, tbl_name, sql from sqlite_master
    where name not like 'sqlite_%' order by type, name`);
  const tables = [];
  for (const o of objects.filter((x) => x.type === 'table')) {
    const indexes = await rows(sql<{ name: string; unique: number; partial: number }>`select name, "unique", partial from pragma_index_list(${o.name}) order by name`);
    tables.push({
      name: o.name,
      // A virtual table is its statement; a plain one its columns, whatever order ALTER TABLE left them in.
      virtual: o.sql?.startsWith('CREATE VIRTUAL') ? squash(o.sql) : null,
      columns: await rows(sql`select name, type, "notnull", dflt_value, pk from pragma_table_info(${o.name}) order by name`),
      foreignKeys: await rows(sql`select "table", "from", "to", on_delete from pragma_foreign_key_list(${o.name}) order by "from"`),
      indexes: await Promise.all(
        indexes.map(async (i) => ({ ...i, columns: (await rows(sql<{ name: string }>`select name from pragma_index_info(${i.name}) order by seqno`)).map((c) => c.name) })),
      ),
    });
  }
  const triggers = objects.filter((o) => o.type === 'trigger').map((o) => ({ name: o.name, table: o.tbl_name, sql: squash(o.sql) }));
  return { tables, triggers };
}

/** Every row of every application table, by table: what an upgrade must not lose. */
async function snapshot(db: Db): Promise<Record<string, Record<string, unknown>[]>> {
  const names =
    db.engine === 'postgres'
      ? (await sql<{ name: string }>`select tablename as name from pg_tables where schemaname = current_schema()`.execute(db.kysely)).rows
      : (await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'people_fts%'`.execute(db.kysely)).rows;
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const { name } of names.filter((n) => !n.name.startsWith('kysely_'))) {
    const all = (await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(db.kysely)).rows;
    out[name] = all.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  return out;
}

let reference: unknown;
beforeAll(async () => {
  const fresh = await emptyDatabase();
  const db = open(fresh.options);
  try {
    await migrateToLatest(db);
    reference = await describeSchema(db);
  } finally {
    await db.close();
    await fresh.drop();
  }
});

describe(`upgrading a database from every earlier release (${ENGINE})`, () => {
  const dropAfter: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const drop of dropAfter) await drop();
  });

  it('covers every release since the first (later ones are added, none removed)', () => {
    expect(RELEASES.map((r) => r.commit)).toEqual(expect.arrayContaining(['d4e0a99', '92f264a', '26b7ba8', 'd72e68e', '32e18eb']));
  });

  for (const { commit, state } of RELEASES) {
    it(`${commit} (${state})`, async () => {
      const target = await emptyDatabase(commit);
      dropAfter.push(target.drop);
      const old = open(target.options);
      // d4e0a99 had no code that wrote people, but rows put there by hand must still get an owner: their ward,
      // else the root unit.
      const ownerless = await sql`select unit_id from people where 1 = 0`.execute(old.kysely).then(() => false, () => true);
      const [ward, root] = await Promise.all(['kind = \'ward\'', 'parent_id is null'].map(async (where) => (await sql<{ id: number }>`select min(id) as id from units where ${sql.raw(where)}`.execute(old.kysely)).rows[0]?.id));
      if (ownerless) {
        await sql`insert into people (full_name, name_key, ward_unit_id, created_at, updated_at)
          values ('Lê Thị Ngọc Ánh', 'le thi ngoc anh', ${ward}, ${new Date().toISOString()}, ${new Date().toISOString()}),
                 ('Hà Văn Quý', 'ha van quy', null, ${new Date().toISOString()}, ${new Date().toISOString()})`.execute(old.kysely);
      }
      const before = await snapshot(old);
      await old.close();
      expect(before.units?.length, 'the fixture holds the demo units').toBeGreaterThan(10);

      const { app, db } = await prepare({ ...target.options, demo: false, logLevel: 'silent', webDir: '/nonexistent' });
      try {
        expect(await describeSchema(db)).toEqual(reference);

        // Every row survives with every value it had; name keys are today's.
        const after = await snapshot(db);
        // Columns a later migration recomputes (name keys) or moves (officers' duty roles, now rows of officer_duty_roles).
        const moved = (k: string) => k !== 'name_key' && k !== 'duty_roles';
        for (const [table, rows] of Object.entries(before)) {
          const kept = after[table]?.map((row) => Object.fromEntries(Object.keys(rows[0] ?? {}).filter(moved).map((k) => [k, row[k]])));
          const had = rows.map((row) => Object.fromEntries(Object.entries(row).filter(([k]) => moved(k))));
          expect(kept?.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))), table).toEqual(had.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))));
        }
        const people = await db.kysely.selectFrom('people').select(['id', 'full_name', 'name_key', 'unit_id']).execute();
        for (const p of people) expect(p.name_key, p.full_name).toBe(personKey(searchKey(p.full_name)));
        if (ownerless) expect(people.map((p) => [p.full_name, p.unit_id])).toEqual([['Lê Thị Ngọc Ánh', ward], ['Hà Văn Quý', root]]);
        const officers = await db.kysely.selectFrom('officers').select(['id', 'full_name', 'name_key']).execute();
        expect(officers.length).toBeGreaterThan(0);
        // Each officer keeps the duty roles his JSON array held, as rows.
        const roleRows = await db.kysely.selectFrom('officer_duty_roles').select(['officer_id', 'role']).execute();
        for (const o of (before.officers ?? []).filter((row) => 'duty_roles' in row)) {
          const had = [...new Set(JSON.parse(String(o.duty_roles ?? '[]')) as string[])].sort();
          expect(roleRows.filter((r) => r.officer_id === o.id).map((r) => r.role).sort(), String(o.full_name)).toEqual(had);
        }
        for (const o of officers) expect(o.name_key, o.full_name).toBe(searchKey(o.full_name));
        if (db.engine === 'sqlite') await sql`insert into people_fts(people_fts) values ('integrity-check')`.execute(db.kysely);
        // The records of a release that had them get their content search keys and, for letters, their match keys.
        const letters = await db.kysely.selectFrom('letters').select(['id', 'sealed', 'summary', 'content', 'source_body']).execute();
        for (const l of letters) {
          const senders = isTrue(l.sealed) ? [] : (await db.kysely.selectFrom('letter_senders').select('full_name').where('letter_id', '=', l.id).orderBy('position').execute()).map((w) => w.full_name ?? '');
          const stored = await db.kysely.selectFrom('letters').select('search_key').where('id', '=', l.id).executeTakeFirstOrThrow();
          expect(stored.search_key, `letter ${l.id}`).toBe(letterSearchKey({ summary: l.summary, content: l.content, sourceBody: l.source_body, sealed: isTrue(l.sealed), senderNames: senders.filter(Boolean) }));
        }
        if (letters.length > 0) expect((await db.kysely.selectFrom('letter_match_keys').select('letter_id').distinct().execute()).length).toBe(letters.length);
        // And their earliest running due dates and uptake marks, as the clocks and the register say.
        for (const [table, type] of [['letters', 'letter'], ['cases', 'case']] as const) {
          const rows = await db.kysely.selectFrom(table).select(['id', 'running_due_on']).execute();
          const running = await db.kysely.selectFrom('clocks').select(['subject_id']).select((eb) => eb.fn.min('due_on').as('due')).where('subject_type', '=', type).where('ended_on', 'is', null).groupBy('subject_id').execute();
          const due = new Map(running.map((r) => [r.subject_id, r.due]));
          for (const r of rows) expect(r.running_due_on, `${type} ${r.id}`).toBe(due.get(r.id) ?? null);
        }
        const forwarded = new Set((await db.kysely.selectFrom('letters').select('forwarded_from_letter_id as id').where('forwarded_from_letter_id', 'is not', null).execute()).map((r) => r.id));
        for (const l of await db.kysely.selectFrom('letters').select(['id', 'taken_up']).execute()) expect(isTrue(l.taken_up), `letter ${l.id}`).toBe(forwarded.has(l.id));

        await app.ready();
        const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'demo' } });
        expect(login.statusCode).toBe(200);
        const cookies = Object.fromEntries(login.cookies.map((c) => [c.name, c.value]));
        const headers = { cookie: `tiepdan_session=${cookies.tiepdan_session}; tiepdan_csrf=${cookies.tiepdan_csrf}`, 'x-csrf-token': cookies.tiepdan_csrf as string };
        const find = async (name: string) => {
          const r = await app.inject({ method: 'GET', url: `/api/people/search?q=${encodeURIComponent(searchKey(name))}`, headers });
          expect(r.statusCode).toBe(200);
          return (r.json() as { items: { id: number; fullName: string }[] }).items;
        };
        // Each person the release stored is found by name typed without diacritics (by the whole-tree administrator).
        for (const p of people) expect((await find(p.full_name)).map((i) => i.id), p.full_name).toContain(p.id);
        // And the register takes new records: ids continue after the loaded ones.
        const created = await app.inject({ method: 'POST', url: '/api/people', headers, payload: { fullName: 'Trần Thị Thu Hà', birthYear: 1990 } });
        expect(created.statusCode, created.body).toBe(201);
        const id = (created.json() as { id: number }).id;
        expect(id).toBeGreaterThan(Math.max(0, ...people.map((p) => p.id)));
        expect((await find('Trần Thị Thu Hà')).map((i) => i.id)).toContain(id);
      } finally {
        await app.close();
        await db.close();
      }
    });
  }
});
