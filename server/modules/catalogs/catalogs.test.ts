import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, ENGINE, type Session, type TestContext } from '../../test/support';

let ctx: TestContext;
let admin: Session;
let viewer: Session;
let ward: Session;
let leader: Session;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.login('admin');
  viewer = await ctx.login('xem');
  ward = await ctx.login('suoihoa');
  leader = await ctx.login('lanhdao');
});
afterAll(async () => ctx?.close());

interface Entry {
  code: string;
  vi: string;
  en: string;
  builtIn: boolean;
  parent: string | null;
  basis: string | null;
  confirmed: boolean;
  active: boolean;
  version: number | null;
  actions: string[];
}
interface Catalog {
  code: string;
  vi: string;
  en: string;
  extensible: boolean;
  adminEntriesNeedParent: boolean;
  entries: Entry[];
}
type Err = { code: string; message: string; reason?: string; fields?: Record<string, string> };

const catalog = async (s: Session, code: string) => {
  const r = await s.get('/api/catalogs');
  expect(r.status).toBe(200);
  return r.json<{ items: Catalog[] }>().items.find((c) => c.code === code) as Catalog;
};
const entry = async (s: Session, cat: string, code: string) => (await catalog(s, cat)).entries.find((e) => e.code === code);

describe(`catalogs (${ENGINE})`, () => {
  it('lists every catalog with its built-in entries and labels in both languages to any signed-in user', async () => {
    const r = await viewer.get('/api/catalogs');
    const items = r.json<{ items: Catalog[] }>().items;
    expect(items.map((c) => c.code)).toEqual([
      'request_type',
      'field',
      'intake_channel',
      'decision',
      'reception_kind',
      'reception_mode',
      'special_category',
      'complaint_outcome',
      'denunciation_outcome',
      'refusal_ground',
      'non_acceptance_ground',
      'prior_resolution_status',
      'competent_body_type',
      'duty_role',
    ]);
    const types = items.find((c) => c.code === 'request_type');
    expect(types).toMatchObject({ vi: 'Loại đơn', en: 'Request type', extensible: false });
    expect(types?.entries.find((e) => e.code === 'to_cao')).toMatchObject({ vi: 'Tố cáo', en: 'Denunciation', builtIn: true, active: true, version: null, actions: [], basis: expect.stringContaining('Luật Tố cáo') });
    expect(types?.entries.find((e) => e.code === 'kien_nghi')?.confirmed).toBe(false);
    expect(items.find((c) => c.code === 'field')).toMatchObject({ extensible: true, adminEntriesNeedParent: true });
    const refusals = items.find((c) => c.code === 'refusal_ground');
    expect(refusals?.entries.find((e) => e.code === 'lap_lai_khong_tinh_tiet_moi')).toMatchObject({ confirmed: true, note: null, basis: 'Điều 4 khoản 1 điểm h Nghị định 154/2026/NĐ-CP' });
    expect(items.find((c) => c.code === 'decision')?.entries.map((e) => e.code)).toEqual(expect.arrayContaining(['khong_thu_ly', 'khong_xu_ly']));
    expect((await ctx.anonymous('GET', '/api/catalogs')).status).toBe(401);
  });

  it('an administrator adds a sub-field under the administrative field', async () => {
    const r = await admin.post('/api/catalogs/field/entries', { code: 'xay_dung', vi: '  Xây dựng,   quy hoạch ', parent: 'hanh_chinh' });
    expect(r.status).toBe(201);
    expect(r.json<Entry>()).toEqual(expect.objectContaining({ code: 'xay_dung', vi: 'Xây dựng, quy hoạch', en: 'Xây dựng, quy hoạch', builtIn: false, parent: 'hanh_chinh', active: true, version: 1, actions: ['edit', 'deactivate'] }));
    const field = await catalog(viewer, 'field');
    expect(field.entries.map((e) => e.code)).toContain('xay_dung');
    expect(field.entries.find((e) => e.code === 'xay_dung')).toMatchObject({ parent: 'hanh_chinh', builtIn: false, actions: [] });
  });

  it('refuses additions the catalog rules do not allow, with Vietnamese messages naming the field', async () => {
    const fixed = await admin.post('/api/catalogs/request_type/entries', { code: 'khac', vi: 'Loại khác' });
    expect(fixed.status).toBe(400);
    expect(fixed.json<Err>()).toMatchObject({ code: 'CATALOG_RULE', reason: 'CATALOG_NOT_EXTENSIBLE', message: expect.stringMatching(/do pháp luật quy định, không được bổ sung/), fields: { catalog: expect.any(String) } });

    const noParent = (await admin.post('/api/catalogs/field/entries', { code: 'moi_truong', vi: 'Môi trường' })).json<Err>();
    expect(noParent).toMatchObject({ code: 'CATALOG_RULE', reason: 'PARENT_REQUIRED', fields: { parent: expect.stringMatching(/phải thuộc một mục có sẵn/) } });
    const unknownParent = (await admin.post('/api/catalogs/field/entries', { code: 'moi_truong', vi: 'Môi trường', parent: 'khong_co' })).json<Err>();
    expect(unknownParent).toMatchObject({ reason: 'UNKNOWN_PARENT', fields: { parent: expect.any(String) } });
    const badCode = (await admin.post('/api/catalogs/field/entries', { code: 'Môi trường', vi: 'Môi trường', parent: 'hanh_chinh' })).json<Err>();
    expect(badCode).toMatchObject({ reason: 'INVALID_CODE', fields: { code: expect.stringMatching(/chữ thường không dấu/) } });

    const builtInCode = await admin.post('/api/catalogs/field/entries', { code: 'chinh_sach', vi: 'Chính sách mới', parent: 'hanh_chinh' });
    expect(builtInCode.status).toBe(409);
    expect(builtInCode.json<Err>()).toMatchObject({ code: 'DUPLICATE', reason: 'DUPLICATE_CODE', fields: { code: expect.stringMatching(/mục có sẵn/) } });
    const addedCode = await admin.post('/api/catalogs/field/entries', { code: 'xay_dung', vi: 'Xây dựng 2', parent: 'hanh_chinh' });
    expect(addedCode.status).toBe(409);
    const sameLabel = await admin.post('/api/catalogs/field/entries', { code: 'quy_hoach', vi: 'xây dựng, QUY HOẠCH', parent: 'hanh_chinh' });
    expect(sameLabel.status).toBe(409);
    expect(sameLabel.json<Err>()).toMatchObject({ reason: 'DUPLICATE_LABEL', fields: { vi: expect.stringContaining('xay_dung') } });

    const blank = await admin.post('/api/catalogs/field/entries', { code: 'x1', vi: '   ', parent: 'hanh_chinh' });
    expect(blank.status).toBe(400);
    expect(blank.json<Err>()).toMatchObject({ code: 'VALIDATION_FAILED', fields: { vi: 'Tên tiếng Việt không được để trống' } });
    const unknownCatalog = await admin.post('/api/catalogs/khong_co/entries', { code: 'x1', vi: 'X' });
    expect(unknownCatalog.status).toBe(400);
    expect(unknownCatalog.json<Err>().fields?.catalog).toBe('Danh mục không tồn tại');
  });

  it('only org.admin may add or edit entries', async () => {
    for (const s of [viewer, ward, leader]) {
      const r = await s.post('/api/catalogs/field/entries', { code: 'giao_thong', vi: 'Giao thông', parent: 'hanh_chinh' });
      expect(r.status, s.username).toBe(403);
      expect((await s.patch('/api/catalogs/field/entries/xay_dung', { version: 1, vi: 'X' })).status, s.username).toBe(403);
    }
  });

  it('renames with the version it was opened at; a stale save gets 409', async () => {
    const r = await admin.patch('/api/catalogs/field/entries/xay_dung', { version: 1, vi: 'Xây dựng', en: 'Construction' });
    expect(r.status).toBe(200);
    expect(r.json<Entry>()).toMatchObject({ vi: 'Xây dựng', en: 'Construction', version: 2 });
    const stale = await admin.patch('/api/catalogs/field/entries/xay_dung', { version: 1, vi: 'Xây dựng cơ bản' });
    expect(stale.status).toBe(409);
    expect(stale.json<Err>().code).toBe('VERSION_CONFLICT');
    const clash = await admin.patch('/api/catalogs/field/entries/xay_dung', { version: 2, vi: 'Chế độ, chính sách' });
    expect(clash.status).toBe(409);
    expect(clash.json<Err>()).toMatchObject({ reason: 'DUPLICATE_LABEL' });
    // Clearing the English label falls back to the Vietnamese one.
    expect((await admin.patch('/api/catalogs/field/entries/xay_dung', { version: 2, en: '' })).json<Entry>()).toMatchObject({ en: 'Xây dựng', version: 3 });
  });

  it('built-in entries cannot be edited; unknown ones are 404', async () => {
    const builtIn = await admin.patch('/api/catalogs/field/entries/chinh_sach', { version: 1, active: false });
    expect(builtIn.status).toBe(400);
    expect(builtIn.json<Err>()).toMatchObject({ code: 'CATALOG_RULE', reason: 'BUILT_IN', message: expect.stringMatching(/mục có sẵn/) });
    expect((await admin.patch('/api/catalogs/field/entries/khong_co', { version: 1, active: false })).status).toBe(404);
    expect((await admin.patch('/api/catalogs/field/entries/Khong-co', { version: 1, active: false })).status).toBe(400);
  });

  it('deactivates and reactivates, keeping parents and children consistent', async () => {
    const parent = await admin.post('/api/catalogs/intake_channel/entries', { code: 'mang_xa_hoi', vi: 'Qua mạng xã hội', en: 'Social media' });
    expect(parent.status).toBe(201);
    const child = await admin.post('/api/catalogs/intake_channel/entries', { code: 'zalo', vi: 'Zalo', parent: 'mang_xa_hoi' });
    expect(child.status).toBe(201);

    const refused = await admin.patch('/api/catalogs/intake_channel/entries/mang_xa_hoi', { version: 1, active: false });
    expect(refused.status).toBe(400);
    expect(refused.json<Err>()).toMatchObject({ reason: 'HAS_ACTIVE_CHILDREN', fields: { active: expect.stringContaining('Zalo') } });

    expect((await admin.patch('/api/catalogs/intake_channel/entries/zalo', { version: 1, active: false })).json<Entry>()).toMatchObject({ active: false, actions: ['edit', 'activate'] });
    expect((await admin.patch('/api/catalogs/intake_channel/entries/mang_xa_hoi', { version: 1, active: false })).status).toBe(200);
    expect(await entry(viewer, 'intake_channel', 'mang_xa_hoi')).toMatchObject({ active: false, version: 2 });

    const underInactive = await admin.post('/api/catalogs/intake_channel/entries', { code: 'facebook', vi: 'Facebook', parent: 'mang_xa_hoi' });
    expect(underInactive.json<Err>()).toMatchObject({ code: 'CATALOG_RULE', reason: 'PARENT_INACTIVE' });
    const reactivateChild = await admin.patch('/api/catalogs/intake_channel/entries/zalo', { version: 2, active: true });
    expect(reactivateChild.json<Err>()).toMatchObject({ reason: 'PARENT_INACTIVE' });
    // A deactivated code stays taken: old records still carry it.
    expect((await admin.post('/api/catalogs/intake_channel/entries', { code: 'zalo', vi: 'Zalo mới' })).status).toBe(409);
  });

  it('audits additions and changes with before and after', async () => {
    const r = await admin.get('/api/audit?entity=catalog_entry&entityId=field.xay_dung');
    const items = r.json<{ items: { action: string; actorName: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }[] }>().items;
    expect(items.map((i) => i.action)).toEqual(['catalog_entry.updated', 'catalog_entry.updated', 'catalog_entry.created']);
    expect(items[2]).toMatchObject({ actorName: 'admin', before: null, after: { catalog: 'field', code: 'xay_dung', parent: 'hanh_chinh', vi: 'Xây dựng, quy hoạch', active: true, version: 1 } });
    expect(items[1]).toMatchObject({ before: { vi: 'Xây dựng, quy hoạch', version: 1 }, after: { vi: 'Xây dựng', en: 'Construction', version: 2 } });
  });

  it('a stored entry that no longer fits its catalog is left out instead of failing the list', async () => {
    const now = new Date().toISOString();
    await ctx.db.kysely.insertInto('catalog_entries').values({ catalog: 'field', code: 'tu_phap', parent_code: null, label_vi: 'Trùng mã có sẵn', label_en: 'x', active: 1, created_at: now, updated_at: now }).execute();
    const field = await catalog(viewer, 'field');
    expect(field.entries.filter((e) => e.code === 'tu_phap')).toEqual([expect.objectContaining({ builtIn: true, vi: 'Lĩnh vực tư pháp' })]);
    expect(field.entries.map((e) => e.code)).toContain('xay_dung');
  });
});
