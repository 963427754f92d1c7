import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, ENGINE, type Response, type Session, type TestContext } from '../../test/support';
import { insertPeople, type NewPerson } from './people.repo';

/**
 * Who sees and changes which citizen: the ward officer `suoihoa` (ward Suối Hoa), the city reception officer
 * `tiepdan` (the city and its wards), and parallel writes that only the database can keep apart.
 */
let ctx: TestContext;
let city: Session;
let ward: Session;
let ids: { city: number; suoiHoa: number; kinhBac: number };

type Person = { id: number; version: number; fullName: string; idNumber: string | null; unitId: number; wardUnitId: number | null; actions: string[]; mergedIntoId: number | null };

const created = (r: Response) => {
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.json<Person>();
};

beforeAll(async () => {
  ctx = await createTestContext();
  city = await ctx.login('tiepdan');
  ward = await ctx.login('suoihoa');
  const units = await ctx.db.kysely.selectFrom('units').select(['id', 'code']).execute();
  const unit = (code: string) => units.find((u) => u.code === code)?.id as number;
  ids = { city: unit('BN-TP-BTCD'), suoiHoa: unit('BN-TP-P-SUOIHOA'), kinhBac: unit('BN-TP-P-KINHBAC') };
});
afterAll(async () => ctx?.close());

describe(`a citizen registered in another ward (${ENGINE})`, () => {
  const CCCD = '027078003456';
  let elsewhere: Person;
  beforeAll(async () => {
    elsewhere = created(await city.post('/api/people', { fullName: 'Vương Đình Khải', idNumber: CCCD, birthYear: 1978, phone: '0913 000 111', address: 'Số 3 đường Nguyễn Trãi', wardUnitId: ids.kinhBac }));
  });

  it('is answered exactly as a missing record: 404, the same body', async () => {
    const hidden = await ward.get(`/api/people/${elsewhere.id}`);
    const missing = await ward.get('/api/people/2147483647');
    expect(hidden.status).toBe(404);
    expect(hidden.body).toEqual(missing.body);
    expect((await ward.patch(`/api/people/${elsewhere.id}`, { version: 1, fullName: 'Đổi Tên' })).body).toEqual((await ward.patch('/api/people/2147483647', { version: 1, fullName: 'Đổi Tên' })).body);
  });

  it('creating him again is refused without naming the record or anything in it', async () => {
    const r = await ward.post('/api/people', { fullName: 'Vương Đình Khải', idNumber: CCCD, birthYear: 1978 });
    expect(r.status).toBe(409);
    const body = r.json<{ code: string; details: Record<string, unknown> }>();
    expect(body.code).toBe('DUPLICATE');
    expect(body.details).toEqual({ linkable: true });
    const text = JSON.stringify(body);
    for (const secret of [`#${elsewhere.id}`, `${elsewhere.id}`, 'Kinh Bắc', 'Nguyễn Trãi', '0913']) expect(text).not.toContain(secret);
    // The duplicate panel learns only that the number is in the shared register.
    const match = (await ward.post('/api/people/match', { fullName: 'Vuong Dinh Khai', idNumber: CCCD })).json<{ items: unknown[]; registeredElsewhere: boolean }>();
    expect(match).toEqual({ items: [], registeredElsewhere: true });
  });

  it('with his card at the desk, the ward brings him into its view (audited), sees and searches him, but does not edit him', async () => {
    const wrongName = await ward.post('/api/people/link', { idNumber: CCCD, fullName: 'Trần Văn Khác' });
    expect(wrongName.status).toBe(409);
    expect(JSON.stringify(wrongName.body)).not.toContain('Vương');
    const unknown = await ward.post('/api/people/link', { idNumber: '027078009999', fullName: 'Vương Đình Khải' });
    expect(unknown.status).toBe(404);

    const linked = await ward.post('/api/people/link', { idNumber: '027 078 003 456', fullName: 'vuong dinh khai' });
    expect(linked.status).toBe(200);
    expect(linked.json<Person>()).toMatchObject({ id: elsewhere.id, fullName: 'Vương Đình Khải', idNumber: CCCD, actions: [] });
    const audit = await ctx.db.kysely.selectFrom('audit_log').select(['actor_name', 'after']).where('action', '=', 'person.linked').where('entity_id', '=', String(elsewhere.id)).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actor_name).toBe('suoihoa');

    expect((await ward.get(`/api/people/${elsewhere.id}`)).status).toBe(200);
    const found = (await ward.get('/api/people/search?q=vuong%20dinh%20khai')).json<{ items: { id: number }[] }>().items;
    expect(found.map((i) => i.id)).toContain(elsewhere.id);
    const edit = await ward.patch(`/api/people/${elsewhere.id}`, { version: elsewhere.version, phone: '0913 999 999' });
    expect(edit.status).toBe(403);
    expect(edit.json<{ code: string }>().code).toBe('OUT_OF_SCOPE');
    // Now that he is in view, a second attempt to create him names the record to open.
    const again = await ward.post('/api/people', { fullName: 'Vương Đình Khải', idNumber: CCCD });
    expect(again.json<{ details: { existingId: number } }>().details.existingId).toBe(elsewhere.id);
  });
});

describe(`records stay in their scope (issue 12) (${ENGINE})`, () => {
  it('a ward officer creates only inside his ward', async () => {
    const other = await ward.post('/api/people', { fullName: 'Hà Thị Liên', birthYear: 1970, wardUnitId: ids.kinhBac });
    expect(other.status).toBe(403);
    expect(other.json<{ code: string; fields: Record<string, string> }>()).toMatchObject({ code: 'OUT_OF_SCOPE', fields: { wardUnitId: expect.any(String) } });
    const own = created(await ward.post('/api/people', { fullName: 'Hà Thị Liên', birthYear: 1970, wardUnitId: ids.suoiHoa }));
    expect(own.unitId).toBe(ids.suoiHoa);
  });

  it('a ward officer does not edit a record the city keeps of one of his residents (the reproduction)', async () => {
    const cityRecord = created(await city.post('/api/people', { fullName: 'Kiều Văn Định', birthYear: 1966, wardUnitId: ids.suoiHoa }));
    const seen = (await ward.get(`/api/people/${cityRecord.id}`)).json<Person>();
    expect(seen.actions).toEqual([]);
    const r = await ward.patch(`/api/people/${cityRecord.id}`, { version: cityRecord.version, wardUnitId: ids.kinhBac, fullName: 'Đổi Bởi Phường' });
    expect(r.status).toBe(403);
    const after = await ctx.db.kysely.selectFrom('people').select(['full_name', 'ward_unit_id', 'version']).where('id', '=', cityRecord.id).executeTakeFirstOrThrow();
    expect(after).toEqual({ full_name: 'Kiều Văn Định', ward_unit_id: ids.suoiHoa, version: cityRecord.version });
    const dup = created(await city.post('/api/people', { fullName: 'Kiều Văn Định', birthYear: 1966, wardUnitId: ids.suoiHoa }));
    expect((await ward.post(`/api/people/${cityRecord.id}/merge`, { duplicateId: dup.id, version: cityRecord.version })).status).toBe(403);
  });

  it('a ward officer does not move his own record out of his ward; the city edits what its wards registered', async () => {
    const own = created(await ward.post('/api/people', { fullName: 'Ông Văn Tâm', birthYear: 1958, wardUnitId: ids.suoiHoa }));
    expect(own.actions).toEqual(['edit', 'merge']);
    const moved = await ward.patch(`/api/people/${own.id}`, { version: own.version, wardUnitId: ids.kinhBac });
    expect(moved.status).toBe(403);
    const renamed = await ward.patch(`/api/people/${own.id}`, { version: own.version, fullName: 'Ông Văn Tâm Anh' });
    expect(renamed.status).toBe(200);
    const byCity = await city.patch(`/api/people/${own.id}`, { version: own.version + 1, wardUnitId: ids.kinhBac });
    expect(byCity.status).toBe(200);
    // Out of the ward now, but still the ward's record: it registered him.
    expect((await ward.get(`/api/people/${own.id}`)).status).toBe(200);
  });
});

describe(`search scope (${ENGINE})`, () => {
  it('a ward officer finds the one Nguyễn Văn Hùng of his ward among 500 namesakes elsewhere (issue 7)', async () => {
    const namesake = (i: number, wardUnitId: number): NewPerson => ({ full_name: 'Nguyễn Văn Hùng', birth_year: 1950 + (i % 50), gender: 'male', address: `Số ${i} đường Thiên Đức`, ward_unit_id: wardUnitId, unit_id: ids.city });
    await insertPeople(ctx.db.kysely, Array.from({ length: 500 }, (_, i) => namesake(i, ids.kinhBac)), ctx.db.clock.nowIso());
    // Registered after the namesakes, so it comes last in index order.
    const mine = created(await ward.post('/api/people', { fullName: 'Nguyễn Văn Hùng', birthYear: 1949, address: 'Số 1 đường Hùng Vương', wardUnitId: ids.suoiHoa }));
    for (const q of ['van hung', 'hung', 'nguyen van hung', 'hung nguyen']) {
      const items = (await ward.get(`/api/people/search?q=${encodeURIComponent(q)}&limit=50`)).json<{ items: { id: number; wardName: string | null }[] }>().items;
      expect(items.map((i) => i.id), q).toContain(mine.id);
      expect(items.filter((i) => i.wardName === 'Phường Kinh Bắc'), q).toEqual([]);
    }
  });
});

describe(`parallel writes (${ENGINE})`, () => {
  it('20 parallel creates of one CCCD make exactly one record; the others get the 409', async () => {
    const CCCD = '027190004242';
    const results = await Promise.all(Array.from({ length: 20 }, () => city.post('/api/people', { fullName: 'Lâm Thị Song', idNumber: CCCD, birthYear: 1990 })));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409 && r.json<{ code: string }>().code === 'DUPLICATE')).toHaveLength(19);
    const rows = await ctx.db.kysely.selectFrom('people').select('id').where('id_number', '=', CCCD).execute();
    expect(rows).toHaveLength(1);
  });

  it('two merges of one duplicate into two different records: exactly one wins, the other record is untouched', async () => {
    for (let round = 0; round < 5; round++) {
      const phone = `0914 00${round} 0${round}0`;
      const keepA = created(await city.post('/api/people', { fullName: 'Mạc Văn Lực', birthYear: 1955 }));
      const keepB = created(await city.post('/api/people', { fullName: 'Mạc Văn Lực', birthYear: 1955 }));
      const dup = created(await city.post('/api/people', { fullName: 'Mạc Văn Lực', birthYear: 1955, phone }));
      const [a, b] = await Promise.all([
        city.post(`/api/people/${keepA.id}/merge`, { duplicateId: dup.id, version: keepA.version }),
        city.post(`/api/people/${keepB.id}/merge`, { duplicateId: dup.id, version: keepB.version }),
      ]);
      expect([a.status, b.status].sort(), `round ${round}`).toEqual([200, 409]);
      const [winner, loser] = a.status === 200 ? [keepA, keepB] : [keepB, keepA];
      const rows = await ctx.db.kysely.selectFrom('people').select(['id', 'merged_into_id', 'phone', 'version']).where('id', 'in', [keepA.id, keepB.id, dup.id]).execute();
      const row = (id: number) => rows.find((r) => r.id === id);
      expect(row(dup.id)?.merged_into_id).toBe(winner.id);
      expect(row(winner.id)?.phone).toBe(`+84914${`00${round}0${round}0`}`);
      expect(row(loser.id)).toMatchObject({ phone: null, version: loser.version });
    }
  });
});
