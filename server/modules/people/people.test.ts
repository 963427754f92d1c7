import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchKey } from '@core/domain/text/normalize';
import { createTestContext, ENGINE, type Session, type TestContext } from '../../test/support';

let ctx: TestContext;
let officer: Session;
let wards: Map<string, number>;

type Item = { id: number; fullName: string; idNumberMasked: string | null; reasons: { code: string; label: string }[] };
const search = async (s: Session, q: string) => {
  const r = await s.get(`/api/people/search?q=${encodeURIComponent(q)}`);
  expect(r.status, q).toBe(200);
  return r.json<{ items: Item[] }>().items;
};

beforeAll(async () => {
  ctx = await createTestContext();
  officer = await ctx.login('tiepdan');
  const admin = await ctx.login('admin');
  type Node = { id: number; name: string; children: Node[] };
  const flat = (n: Node[]): Node[] => n.flatMap((x) => [x, ...flat(x.children)]);
  wards = new Map(flat((await admin.get('/api/units')).json<{ items: Node[] }>().items).map((u) => [u.name, u.id]));
  const people = [
    { fullName: 'Nguyễn Văn Hùng', idNumber: '027080001234', birthYear: 1980, gender: 'male', phone: '0912 345 678', address: 'Số 5 Lý Thái Tổ', wardUnitId: wards.get('Phường Suối Hoa') },
    { fullName: 'Đặng Văn Đạt', idNumber: '027075004321', birthYear: 1975, wardUnitId: wards.get('Phường Kinh Bắc') },
    { fullName: 'Trần Thị Thu Hà', birthYear: 1990, wardUnitId: wards.get('Phường Đại Phúc') },
  ];
  for (const p of people) expect((await officer.post('/api/people', p)).status).toBe(201);
});
afterAll(async () => ctx?.close());

describe(`citizen register (${ENGINE})`, () => {
  it('finds a name typed without diacritics', async () => {
    expect((await search(officer, 'nguyen van hung'))[0]?.fullName).toBe('Nguyễn Văn Hùng');
  });
  it('finds đ typed as d', async () => {
    expect((await search(officer, 'dang van dat'))[0]?.fullName).toBe('Đặng Văn Đạt');
  });
  it('finds a partial name', async () => {
    expect((await search(officer, 'nguyen van hun')).map((i) => i.fullName)).toContain('Nguyễn Văn Hùng');
  });
  it('finds the given name first, and a typo', async () => {
    expect((await search(officer, 'hung nguyen van')).map((i) => i.fullName)).toContain('Nguyễn Văn Hùng');
    expect((await search(officer, 'nguyen van hugn')).map((i) => i.fullName)).toContain('Nguyễn Văn Hùng');
  });
  it('finds by identity number, masked in the list', async () => {
    const items = await search(officer, '027080001234');
    expect(items[0]).toMatchObject({ fullName: 'Nguyễn Văn Hùng', idNumberMasked: '027••••••234' });
  });
  it('with diacritics typed too', async () => {
    expect((await search(officer, 'Trần Thị Thu Hà'))[0]?.fullName).toBe('Trần Thị Thu Hà');
  });

  it('validates the identity number and phone, naming the field in Vietnamese', async () => {
    const wrongProvince = await officer.post('/api/people', { fullName: 'Lê Văn B', idNumber: '999080001234' });
    expect(wrongProvince.status).toBe(400);
    expect(wrongProvince.json<{ fields: Record<string, string> }>().fields).toHaveProperty('idNumber');
    const wrongGender = await officer.post('/api/people', { fullName: 'Lê Văn B', idNumber: '027080001299', birthYear: 2001 });
    expect(wrongGender.status).toBe(400);
    const phone = await officer.post('/api/people', { fullName: 'Lê Văn B', phone: '12345' });
    expect(phone.status).toBe(400);
    expect(phone.json<{ fields: Record<string, string> }>().fields).toHaveProperty('phone');
  });

  it('refuses a second record with the same identity number, naming the existing one', async () => {
    const r = await officer.post('/api/people', { fullName: 'Nguyễn Văn Hùng', idNumber: '027080001234' });
    expect(r.status).toBe(409);
    const body = r.json<{ message: string; details: { existingId: number } }>();
    expect(body.message).toMatch(/hồ sơ công dân #\d+/);
    const existing = (await search(officer, '027080001234'))[0]?.id;
    expect(body.details.existingId).toBe(existing);
  });

  it('refuses a gender that contradicts the CCCD', async () => {
    const r = await officer.post('/api/people', { fullName: 'Lê Thị C', idNumber: '027185012345', gender: 'male' });
    expect(r.status).toBe(400);
    expect(r.json<{ fields: Record<string, string> }>().fields).toHaveProperty('gender');
  });

  it('finds a person by phone number, however it is typed', async () => {
    for (const q of ['0912345678', '0912 345 678', '+84912345678']) {
      expect((await search(officer, q)).map((i) => i.fullName), q).toEqual(['Nguyễn Văn Hùng']);
    }
  });

  it('does not fill the list with other names sharing a syllable', async () => {
    const items = await search(officer, 'tran van thu');
    const shared = (name: string) => ['tran', 'van', 'thu'].filter((w) => searchKey(name).split(' ').some((t) => t.startsWith(w))).length;
    expect(items.length).toBeGreaterThan(0);
    expect(items.filter((i) => shared(i.fullName) < 2).map((i) => i.fullName)).toEqual([]);
  });

  it('reading a full record is audited; edits need the current version', async () => {
    const id = (await search(officer, 'dang van dat'))[0]?.id as number;
    const person = (await officer.get(`/api/people/${id}`)).json<{ version: number; idNumber: string; phone: string | null }>();
    expect(person.idNumber).toBe('027075004321');
    const audit = await ctx.db.kysely.selectFrom('audit_log').selectAll().where('action', '=', 'person.read').where('entity_id', '=', String(id)).execute();
    expect(audit.length).toBe(1);
    expect((await officer.patch(`/api/people/${id}`, { version: person.version, phone: '0987654321' })).json<{ phone: string }>().phone).toBe('+84987654321');
    expect((await officer.patch(`/api/people/${id}`, { version: person.version, address: 'Khác' })).status).toBe(409);
  });

  it('merges two records of one person, keeping both', async () => {
    const a = (await officer.post('/api/people', { fullName: 'Phạm Văn Cường', birthYear: 1960 })).json<{ id: number; version: number }>();
    const b = (await officer.post('/api/people', { fullName: 'Pham Van Cuong', nameWithoutDiacritics: true, idNumber: '027060000777', birthYear: 1960 })).json<{ id: number }>();
    const merged = await officer.post(`/api/people/${a.id}/merge`, { duplicateId: b.id, version: a.version });
    expect(merged.status).toBe(200);
    expect(merged.json()).toMatchObject({ id: a.id, idNumber: '027060000777', mergedFromIds: [b.id] });
    expect((await officer.get(`/api/people/${b.id}`)).json()).toMatchObject({ mergedIntoId: a.id });
    const found = await search(officer, 'pham van cuong');
    expect(found.map((i) => i.id)).toContain(a.id);
    expect(found.map((i) => i.id)).not.toContain(b.id);
  });

  it('a ward officer sees the people of his ward only', async () => {
    const ward = await ctx.login('suoihoa');
    expect((await search(ward, 'nguyen van hung')).map((i) => i.fullName)).toContain('Nguyễn Văn Hùng');
    expect(await search(ward, 'dang van dat')).toEqual([]);
    const dat = (await search(officer, 'dang van dat'))[0]?.id as number;
    expect((await ward.get(`/api/people/${dat}`)).status).toBe(404);
  });

  it('before creating, lists the records that may be the same person, with reasons', async () => {
    const byId = (await officer.post('/api/people/match', { fullName: 'Nguyen Van Hung', idNumber: '027080001234' })).json<{ items: Item[] }>().items;
    expect(byId[0]?.fullName).toBe('Nguyễn Văn Hùng');
    expect(byId[0]?.reasons.map((r) => r.code)).toContain('id_same');
    const byName = (await officer.post('/api/people/match', { fullName: 'Đặng Văn Đạt', birthYear: 1975 })).json<{ items: Item[] }>().items;
    expect(byName[0]?.fullName).toBe('Đặng Văn Đạt');
    const nobody = (await officer.post('/api/people/match', { fullName: 'Quách Thị Xuyến', birthYear: 1999 })).json<{ items: Item[] }>().items;
    expect(nobody).toEqual([]);
  });

  it('the demo register is populated and searchable', async () => {
    const items = await search(officer, 'nguyen thi');
    expect(items.length).toBeGreaterThan(5);
  });

  it('pages through every match of a common name, says when more follow, and ranks the typed words side by side first (issue 13)', async () => {
    type Page = { items: Item[]; hasMore: boolean; truncated: boolean };
    const rows = await ctx.db.kysely.selectFrom('people').select('full_name').where('merged_into_id', 'is', null).execute();
    const nguyenVan = rows.map((r) => r.full_name).filter((n) => /^Nguyễn Văn /.test(n));
    expect(nguyenVan.length).toBeGreaterThan(20);
    const seen: Item[] = [];
    let page: Page = { items: [], hasMore: true, truncated: false };
    while (page.hasMore) {
      const r = await officer.get(`/api/people/search?q=nguyen+van&limit=20&offset=${seen.length}`);
      expect(r.status).toBe(200);
      page = r.json<Page>();
      if (seen.length === 0) expect(page).toMatchObject({ hasMore: true, truncated: false });
      seen.push(...page.items);
    }
    expect(new Set(seen.map((i) => i.id)).size).toBe(seen.length);
    expect(seen.map((i) => i.fullName)).toEqual(expect.arrayContaining(nguyenVan));
    // Every Nguyễn Văn … before every name that holds the two words apart (Nguyễn Thị Vân).
    const lastTogether = seen.map((i) => /^Nguyễn Văn /.test(i.fullName)).lastIndexOf(true);
    const firstApart = seen.findIndex((i) => !/^Nguyễn Văn /.test(i.fullName));
    expect(firstApart === -1 || firstApart > lastTogether).toBe(true);
  });

  it('refuses a name with no letter or with hidden formatting, naming the field; removes zero-width noise (issue 12)', async () => {
    for (const fullName of ['\u200B\u200C\u200D', '\u0301\u0300\u0323', 'Nguyễn \u202EVăn Hùng']) {
      const r = await officer.post('/api/people', { fullName, birthYear: 1990 });
      expect(r.status, JSON.stringify(fullName)).toBe(400);
      const body = r.json<{ message: string; fields: Record<string, string> }>();
      expect(body.fields.fullName).toMatch(/^Họ tên /);
      expect(body.message).toContain('«fullName»');
    }
    const clean = await officer.post('/api/people', { fullName: '\uFEFFLương\u200B Thị\u00AD Mận', birthYear: 1990 });
    expect(clean.json()).toMatchObject({ fullName: 'Lương Thị Mận' });
  });

  it('reads identity numbers in any digits and under any declared type as one document (issue 12)', async () => {
    const arabic = '٠٢٧٠٨٠٠٠١٢٣٤'; // 027080001234, Nguyễn Văn Hùng's CCCD
    for (const body of [{ idNumber: arabic }, { idNumber: '027080001234', idType: 'other' }, { idNumber: '０２７０８０００１２３４', idType: 'other' }]) {
      const r = await officer.post('/api/people', { fullName: 'Nguyễn Văn Hùng', ...body });
      expect(r.status, JSON.stringify(body)).toBe(409);
      expect(r.json<{ code: string }>().code).toBe('DUPLICATE');
    }
    const stored = (await officer.post('/api/people', { fullName: 'Bạch Thị Ngân', idType: 'other', idNumber: '٠٢٧١٩٢٠٠٥٥٦٦' })).json<{ idType: string; idNumber: string }>();
    expect(stored).toMatchObject({ idType: 'cccd', idNumber: '027192005566' });
  });

  it('a name without diacritics is saved only as a deliberate choice, is listed as «chưa chuẩn hóa» and leaves the list once corrected (issue 14)', async () => {
    const refused = await officer.post('/api/people', { fullName: 'tran quoc tuan', birthYear: 1979 });
    expect(refused.status).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'NAME_WITHOUT_DIACRITICS' });
    expect(refused.json<{ fields: Record<string, string> }>().fields).toHaveProperty('fullName');

    const saved = await officer.post('/api/people', { fullName: 'tran quoc tuan', nameWithoutDiacritics: true, birthYear: 1979 });
    expect(saved.status).toBe(201);
    const person = saved.json<{ id: number; version: number; namePlain: boolean }>();
    expect(person.namePlain).toBe(true);
    const listed = async () => (await officer.get('/api/people/plain-names?pageSize=200')).json<{ items: { id: number; namePlain: boolean }[]; total: number }>();
    const before = await listed();
    expect(before.items.map((i) => i.id)).toContain(person.id);
    expect(before.total).toBe(before.items.length);
    expect((await search(officer, 'tran quoc tuan')).find((i) => i.id === person.id)).toMatchObject({ namePlain: true });

    // Other fields of a plain-name record are edited without confirming the name again.
    const phone = await officer.patch(`/api/people/${person.id}`, { version: person.version, phone: '0987 111 222' });
    expect(phone.status).toBe(200);
    const fixed = await officer.patch(`/api/people/${person.id}`, { version: person.version + 1, fullName: 'Trần Quốc Tuấn' });
    expect(fixed.json()).toMatchObject({ fullName: 'Trần Quốc Tuấn', namePlain: false });
    expect((await listed()).items.map((i) => i.id)).not.toContain(person.id);
  });

  it('proposes how a diacritic-free name is written, from the register’s own names', async () => {
    for (const fullName of ['Lê Quốc Khánh', 'Đỗ Quốc Tuấn', 'Trần Quốc Toản']) expect((await officer.post('/api/people', { fullName })).status).toBe(201);
    const r = await officer.get('/api/people/name-forms?name=tran%20quoc%20tuan');
    expect(r.status).toBe(200);
    const forms = r.json<{ words: { typed: string; forms: string[] }[]; suggestions: string[] }>();
    expect(forms.suggestions[0]).toBe('Trần Quốc Tuấn');
    expect(forms.words.map((w) => w.forms[0])).toEqual(['Trần', 'Quốc', 'Tuấn']);
    // Only spellings come back, never a record.
    expect(JSON.stringify(forms)).not.toMatch(/"id"|idNumber|address/);
  });

  it('documents the register’s endpoints in OpenAPI, paging fields included', async () => {
    const doc = (await ctx.anonymous('GET', '/api/openapi.json')).json<{ paths: Record<string, Record<string, { responses: Record<string, { content: Record<string, { schema: { properties: Record<string, unknown> } }> }> }>> }>();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/people/search', '/api/people/link', '/api/people/name-forms', '/api/people/plain-names', '/api/people/match']));
    const search = doc.paths['/api/people/search']?.get?.responses['200']?.content['application/json']?.schema.properties ?? {};
    expect(Object.keys(search)).toEqual(expect.arrayContaining(['items', 'hasMore', 'truncated']));
  });
});

