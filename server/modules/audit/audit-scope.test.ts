import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backfillAuditUnits } from '../../db/migrations/0004_guard';
import { unitId, userAt } from '../../test/factories';
import { createTestContext, ENGINE, type Session, type TestContext } from '../../test/support';
import { MASKED } from './audit.service';

/**
 * The audit log is read like the records it describes (issue 7 §3): the city inspector does not find in it the
 * citizen the province registered, a ward administrator sees his ward's rows only, and a row about a record the
 * reader may not open shows no personal field. Every response is scanned for the personal values it must not hold.
 */
let ctx: TestContext;
let province: Session;
let inspector: Session;
let wardAdmin: Session;
const id: Record<string, number> = {};
type Person = { id: number; version: number };
type Entry = { id: number; action: string; entity: string; entityId: string | null; before: unknown; after: unknown };

const PROVINCE = { fullName: 'Lại Thị Tỉnh Ủy', idNumber: '027190003344', phone: '0912 345 671', address: 'Số 9 phố Lý Thái Tổ' };
const KINHBAC = { fullName: 'Trịnh Văn Kinh', idNumber: '027075005566', phone: '0912 345 672', address: 'Số 12 đường Ngô Gia Tự' };
const SUOIHOA = { fullName: 'Đinh Văn Suối', idNumber: '027085001122', phone: '0912 345 673', address: 'Số 5 ngõ Hoa Sen' };
const secrets = (p: typeof PROVINCE) => [p.idNumber, p.phone.replace(/\s/g, '').slice(1), p.address, p.fullName];

/** Every row the reader is given, page after page. */
async function everything(s: Session, filter = ''): Promise<Entry[]> {
  const out: Entry[] = [];
  for (let page = 1; ; page++) {
    const r = await s.get(`/api/audit?pageSize=200&page=${page}${filter}`);
    expect(r.status).toBe(200);
    const { items } = r.json<{ items: Entry[] }>();
    out.push(...items);
    if (items.length < 200) return out;
  }
}
const containsAny = (rows: unknown, values: string[]) => values.filter((v) => JSON.stringify(rows).includes(v));

let provincePerson: Person;
let kinhBacPerson: Person;
let suoiHoaPerson: Person;

beforeAll(async () => {
  ctx = await createTestContext();
  for (const code of ['BN-TP-P-SUOIHOA', 'BN-TP-P-KINHBAC']) id[code] = await unitId(ctx, code);
  province = await ctx.login('admin');
  inspector = await ctx.login('thanhtra');
  wardAdmin = await userAt(ctx, 'qt.suoihoa', 'BN-TP-P-SUOIHOA');
  const kinhBacOfficer = await userAt(ctx, 'cb.kinhbac', 'BN-TP-P-KINHBAC', 'ward_officer');
  const suoiHoaOfficer = await ctx.login('suoihoa');
  const create = async (s: Session, p: typeof PROVINCE) => {
    const r = await s.post('/api/people', p);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.json<Person>();
  };
  provincePerson = await create(province, PROVINCE);
  kinhBacPerson = await create(kinhBacOfficer, KINHBAC);
  suoiHoaPerson = await create(suoiHoaOfficer, SUOIHOA);
  expect((await province.patch(`/api/people/${provincePerson.id}`, { version: provincePerson.version, address: `${PROVINCE.address}, tầng 2` })).status).toBe(200);
  expect((await province.get(`/api/people/${provincePerson.id}`)).status).toBe(200);
  expect((await kinhBacOfficer.get(`/api/people/${kinhBacPerson.id}`)).status).toBe(200);
});
afterAll(async () => ctx?.close());

describe(`the audit log in the reader's scope (${ENGINE})`, () => {
  it('the city inspector cannot read through the log a citizen the province registered', async () => {
    expect((await inspector.get(`/api/people/${provincePerson.id}`)).status).toBe(404);
    const probe = await inspector.get(`/api/audit?entity=person&entityId=${provincePerson.id}&action=person.created`);
    expect(probe.status).toBe(200);
    expect(probe.json()).toMatchObject({ total: 0, items: [] });
    const all = await everything(inspector);
    expect(containsAny(all, secrets(PROVINCE))).toEqual([]);
    // What is his to see is there: the city ward's citizen, created and read.
    expect(all.some((e) => e.entity === 'person' && e.entityId === String(kinhBacPerson.id) && e.action === 'person.created')).toBe(true);
    expect(containsAny(all, [KINHBAC.idNumber])).toEqual([KINHBAC.idNumber]);
  });

  it('a ward administrator sees his ward’s rows only', async () => {
    const all = await everything(wardAdmin);
    expect(containsAny(all, [...secrets(PROVINCE), ...secrets(KINHBAC)])).toEqual([]);
    const units = await ctx.db.kysely.selectFrom('audit_log').select('unit_id').where('id', 'in', all.map((e) => e.id)).execute();
    expect(new Set(units.map((u) => u.unit_id))).toEqual(new Set([id['BN-TP-P-SUOIHOA']]));
    expect(all.some((e) => e.entity === 'person' && e.entityId === String(suoiHoaPerson.id) && e.action === 'person.created')).toBe(true);
    expect(containsAny(all, [SUOIHOA.idNumber])).toEqual([SUOIHOA.idNumber]);
    // The province's administrator reads everything, rows of no unit included.
    const whole = await everything(province);
    expect(containsAny(whole, [PROVINCE.idNumber, KINHBAC.idNumber, SUOIHOA.idNumber])).toHaveLength(3);
    expect(whole.some((e) => e.action === 'demo.seeded')).toBe(true);
    expect(all.some((e) => e.action === 'demo.seeded')).toBe(false);
  });

  it('a row about a record the reader may no longer open keeps its personal fields hidden', async () => {
    // The ward's citizen passes to another ward's register (as after a merger of records): the rows the ward wrote
    // stay in its log, their personal content does not.
    await ctx.db.kysely.updateTable('people').set({ unit_id: id['BN-TP-P-KINHBAC'] as number }).where('id', '=', suoiHoaPerson.id).execute();
    const rows = await everything(wardAdmin, `&entity=person&entityId=${suoiHoaPerson.id}`);
    const created = rows.find((e) => e.action === 'person.created');
    expect(created?.after).toMatchObject({ id: suoiHoaPerson.id, id_number: MASKED, full_name: MASKED, phone: MASKED, address: MASKED });
    expect(containsAny(rows, secrets(SUOIHOA))).toEqual([]);
  });

  it('an edit keeps only the fields it changed: the identity number is not copied into the log again', async () => {
    const rows = await ctx.db.kysely.selectFrom('audit_log').select(['before', 'after']).where('action', '=', 'person.updated').where('entity_id', '=', String(provincePerson.id)).execute();
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]?.before as string)).toEqual({ address: PROVINCE.address, version: 1 });
    expect(JSON.parse(rows[0]?.after as string)).toEqual({ address: `${PROVINCE.address}, tầng 2`, version: 2 });
  });

  it('a merge keeps what it changed on the kept record and which record it absorbed, not both records whole', async () => {
    const current = (await province.get(`/api/people/${provincePerson.id}`)).json<Person>();
    const dup = (await province.post('/api/people', { fullName: PROVINCE.fullName, birthYear: 1990 })).json<Person>();
    expect((await province.post(`/api/people/${provincePerson.id}/merge`, { duplicateId: dup.id, version: current.version })).status).toBe(200);
    const row = await ctx.db.kysely.selectFrom('audit_log').select(['before', 'after']).where('action', '=', 'person.merged').where('entity_id', '=', String(provincePerson.id)).executeTakeFirstOrThrow();
    expect(JSON.parse(row.before as string)).toEqual({ birth_year: null, version: current.version });
    expect(JSON.parse(row.after as string)).toEqual({ birth_year: 1990, version: current.version + 1, mergedFrom: dup.id });
  });

  it('rows written before the log knew its units are assigned to them by the upgrade', async () => {
    await ctx.db.kysely.updateTable('audit_log').set({ unit_id: null }).execute();
    await backfillAuditUnits(ctx.db.kysely, ctx.db.engine);
    const unitOf = async (entity: string, entityId: number) =>
      (await ctx.db.kysely.selectFrom('audit_log').select('unit_id').where('entity', '=', entity).where('entity_id', '=', String(entityId)).executeTakeFirstOrThrow()).unit_id;
    expect(await unitOf('person', kinhBacPerson.id)).toBe(id['BN-TP-P-KINHBAC']);
    const account = await ctx.db.kysely.selectFrom('accounts').select('id').where('username', '=', 'qt.suoihoa').executeTakeFirstOrThrow();
    expect(await unitOf('account', account.id)).toBe(id['BN-TP-P-SUOIHOA']);
    const demo = await ctx.db.kysely.selectFrom('audit_log').select('unit_id').where('action', '=', 'demo.seeded').executeTakeFirstOrThrow();
    expect(demo.unit_id).toBeNull();
    expect(containsAny(await everything(inspector), secrets(PROVINCE))).toEqual([]);
  });
});
