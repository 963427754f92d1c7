import { describe, expect, it } from 'vitest';
import { CatalogError, catalogs, decisions, fields, findEntry, intakeChannels, labelOf, mergeAdminEntries, nonAcceptanceGrounds, refusalGrounds, requestTypes, specialCategories, type Catalog } from './index';

const all: [string, Catalog][] = Object.entries(catalogs);

/** Vietnamese letters outside ASCII: tone marks and the letters ă â đ ê ô ơ ư. */
const VI_DIACRITIC = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

function catchCatalogError(fn: () => unknown): CatalogError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CatalogError) return e;
    throw e;
  }
  throw new Error('expected a CatalogError');
}

describe('catalog data', () => {
  it('ships the fourteen catalogs, each keyed by its own code', () => {
    expect(Object.keys(catalogs).sort()).toEqual(
      [
        'competent_body_type',
        'complaint_outcome',
        'decision',
        'denunciation_outcome',
        'duty_role',
        'field',
        'intake_channel',
        'non_acceptance_ground',
        'prior_resolution_status',
        'reception_kind',
        'reception_mode',
        'refusal_ground',
        'request_type',
        'special_category',
      ].sort(),
    );
    for (const [key, catalog] of all) expect(catalog.code, key).toBe(key);
  });

  it.each(all)('%s: codes are unique, snake_case and every entry is built in', (_key, catalog) => {
    const codes = catalog.entries.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const e of catalog.entries) {
      expect(e.code).toMatch(/^[a-z][a-z0-9_]+$/);
      expect(e.builtIn).toBe(true);
    }
  });

  it.each(all)('%s: Vietnamese labels carry diacritics, are NFC and differ from the English ones', (_key, catalog) => {
    for (const label of [catalog.vi, ...catalog.entries.map((e) => e.vi)]) {
      expect(label, label).toMatch(VI_DIACRITIC);
      expect(label.normalize('NFC')).toBe(label);
    }
    for (const e of catalog.entries) {
      expect(e.en, e.code).toMatch(/^[\x20-\x7e]+$/);
      expect(e.en).not.toBe(e.vi);
    }
  });

  it.each(all)('%s: Vietnamese labels are unique within the same parent', (_key, catalog) => {
    const keys = catalog.entries.map((e) => `${e.parent ?? ''}|${e.vi.toLowerCase()}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('marks exactly the field, intake channel, special category and duty role catalogs as admin-extensible', () => {
    const extensible = all.filter(([, c]) => c.extensible).map(([k]) => k);
    expect(extensible.sort()).toEqual(['duty_role', 'field', 'intake_channel', 'special_category']);
  });

  it('lists the five request types', () => {
    expect(requestTypes.entries.map((e) => e.code)).toEqual(['khieu_nai', 'to_cao', 'kien_nghi', 'phan_anh', 'nhieu_noi_dung']);
  });

  it('mirrors the 02/XLD field tree: administrative splits into policy, land-housing and other', () => {
    const roots = fields.entries.filter((e) => e.parent === undefined).map((e) => e.code);
    expect(roots).toEqual(['hanh_chinh', 'tu_phap', 'dang_doan_the', 'linh_vuc_khac']);
    expect(fields.entries.filter((e) => e.parent === 'hanh_chinh').map((e) => e.code)).toEqual(['chinh_sach', 'dat_dai_nha_cua', 'hanh_chinh_khac']);
    for (const e of fields.entries) if (e.parent !== undefined) expect(findEntry(fields, e.parent), e.code).toBeDefined();
  });

  it('gives the four grounds of Luật TCD 2013 art. 9 with their text, only ground 3 needing a written notice; clause 4 until 30/6/2026', () => {
    const tcd = refusalGrounds.entries.filter((e) => e.basis?.includes('Luật Tiếp công dân 2013'));
    expect(tcd.map((e) => e.basis)).toEqual([1, 2, 3, 4].map((k) => `Điều 9 khoản ${k} Luật Tiếp công dân 2013`));
    for (const e of tcd) {
      expect(e.text).toMatch(VI_DIACRITIC);
      expect(e.confirmed).toBeUndefined();
      expect(e.effectiveFrom).toBeUndefined();
    }
    expect(tcd.filter((e) => e.requiresWrittenNotice).map((e) => e.code)).toEqual(['da_giai_quyet_dung']);
    expect(findEntry(refusalGrounds, 'da_giai_quyet_dung')?.text).toContain('vẫn cố tình khiếu nại, tố cáo kéo dài');
    expect(findEntry(refusalGrounds, 'da_giai_quyet_dung')?.vi).toContain('cố tình');
    expect(findEntry(refusalGrounds, 'truong_hop_khac')?.effectiveTo).toBe('2026-06-30');
  });

  it('gives the ten points of NĐ 154/2026 art. 4(1) from 1/7/2026, confirmed against its text, point h alone with a written notice', () => {
    const nd = refusalGrounds.entries.filter((e) => e.basis?.endsWith('Nghị định 154/2026/NĐ-CP'));
    expect(nd.map((e) => e.basis?.replace(/^Điều 4 khoản 1 điểm (\S+) .*$/, '$1'))).toEqual(['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k']);
    for (const e of nd) {
      expect(e.effectiveFrom).toBe('2026-07-01');
      expect(e.confirmed).toBeUndefined();
      expect(e.note).toBeUndefined();
      expect(e.text).toMatch(VI_DIACRITIC);
    }
    expect(nd.filter((e) => e.requiresWrittenNotice).map((e) => e.code)).toEqual(['lap_lai_khong_tinh_tiet_moi']);
    // Point h is about recommendations and feedback (kiến nghị, phản ánh), not complaints or denunciations.
    expect(findEntry(refusalGrounds, 'lap_lai_khong_tinh_tiet_moi')?.vi).toMatch(/^Kiến nghị, phản ánh/);
    expect(findEntry(refusalGrounds, 'mat_nang_luc_khong_dai_dien')?.vi).toBe('Không có năng lực hành vi dân sự đầy đủ mà không có người đại diện hợp pháp');
  });

  it('offers "không thụ lý" and "không xử lý" decisions, with their grounds in the non-acceptance catalogue', () => {
    expect(findEntry(decisions, 'khong_thu_ly')?.basis).toContain('Điều 11 Luật Khiếu nại 2011');
    expect(findEntry(decisions, 'khong_xu_ly')?.basis).toBe('Điều 25 khoản 1 Luật Tố cáo 2018');
    const children = (parent: string) => nonAcceptanceGrounds.entries.filter((e) => e.parent === parent).map((e) => e.code);
    expect(nonAcceptanceGrounds.entries.filter((e) => e.parent === undefined).map((e) => e.code)).toEqual(['khieu_nai_khong_thu_ly', 'to_cao_khong_thu_ly', 'to_cao_khong_xu_ly']);
    expect(children('khieu_nai_khong_thu_ly')).toHaveLength(10);
    expect(findEntry(nonAcceptanceGrounds, 'kn_khong_chu_ky')?.basis).toBe('Điều 11 khoản 5 Luật Khiếu nại 2011');
    expect(children('to_cao_khong_xu_ly')).toEqual(['tc_an_danh', 'tc_khong_xac_dinh_nguoi_to_cao', 'tc_mao_danh', 'tc_khong_dung_hinh_thuc']);
  });

  it('keeps outcome vocabularies distinct: complaints end "sai", denunciations "sai sự thật"', () => {
    expect(catalogs.complaint_outcome.entries.map((e) => e.code)).toEqual(['dung', 'dung_mot_phan', 'sai']);
    expect(catalogs.denunciation_outcome.entries.map((e) => e.code)).toEqual(['dung', 'dung_mot_phan', 'sai_su_that']);
    expect(labelOf('denunciation_outcome', 'sai_su_that')).toBe('Tố cáo sai sự thật');
  });

  it('marks the electronic channel as unconfirmed', () => {
    expect(findEntry(intakeChannels, 'dien_tu')?.confirmed).toBe(false);
    expect(findEntry(intakeChannels, 'buu_chinh')?.confirmed).toBeUndefined();
  });
});

describe('labelOf', () => {
  it('returns the Vietnamese label by default and the English one on request', () => {
    expect(labelOf('request_type', 'khieu_nai')).toBe('Khiếu nại');
    expect(labelOf('request_type', 'khieu_nai', 'en')).toBe('Complaint');
    expect(labelOf('field', 'dat_dai_nha_cua', 'vi')).toBe('Đất đai, nhà cửa');
    expect(labelOf('reception_kind', 'dot_xuat')).toBe('Tiếp đột xuất');
  });

  it('returns undefined for an unknown code', () => {
    expect(labelOf('request_type', 'khong_co')).toBeUndefined();
  });

  it('reads admin entries from a merged catalog', () => {
    const merged = mergeAdminEntries(fields, [{ code: 'dat_nong_nghiep', vi: 'Đất nông nghiệp', en: 'Farmland', parent: 'dat_dai_nha_cua' }]);
    expect(labelOf(merged, 'dat_nong_nghiep')).toBe('Đất nông nghiệp');
    expect(labelOf(merged, 'dat_nong_nghiep', 'en')).toBe('Farmland');
    expect(labelOf(merged, 'tu_phap')).toBe('Lĩnh vực tư pháp');
  });
});

describe('mergeAdminEntries', () => {
  it('appends admin entries after the built-in ones, marked builtIn: false, without touching the original', () => {
    const before = fields.entries.length;
    const merged = mergeAdminEntries(fields, [
      { code: 'thu_hoi_dat', vi: 'Thu hồi đất, bồi thường', parent: 'dat_dai_nha_cua' },
      { code: 'bhxh', vi: 'Bảo hiểm xã hội', en: 'Social insurance', parent: 'chinh_sach' },
    ]);
    expect(merged.entries).toHaveLength(before + 2);
    expect(merged.entries.slice(0, before)).toEqual(fields.entries);
    expect(merged.entries.slice(before).map((e) => [e.code, e.builtIn, e.parent])).toEqual([
      ['thu_hoi_dat', false, 'dat_dai_nha_cua'],
      ['bhxh', false, 'chinh_sach'],
    ]);
    // The English label falls back to the Vietnamese one.
    expect(findEntry(merged, 'thu_hoi_dat')?.en).toBe('Thu hồi đất, bồi thường');
    expect(fields.entries).toHaveLength(before);
  });

  it('accepts an admin entry under another admin entry listed later', () => {
    const merged = mergeAdminEntries(fields, [
      { code: 'gpmb_du_an_a', vi: 'Giải phóng mặt bằng dự án A', parent: 'gpmb' },
      { code: 'gpmb', vi: 'Giải phóng mặt bằng', parent: 'dat_dai_nha_cua' },
    ]);
    expect(findEntry(merged, 'gpmb_du_an_a')?.parent).toBe('gpmb');
  });

  it('normalises labels to NFC', () => {
    const decomposed = 'Đất rừng'.normalize('NFD');
    const merged = mergeAdminEntries(fields, [{ code: 'dat_rung', vi: decomposed, parent: 'dat_dai_nha_cua' }]);
    expect(findEntry(merged, 'dat_rung')?.vi).toBe('Đất rừng'.normalize('NFC'));
  });

  it('lets special categories take top-level entries (no parent needed)', () => {
    const merged = mergeAdminEntries(specialCategories, [{ code: 'cuu_chien_binh', vi: 'Cựu chiến binh', en: 'Veteran' }]);
    expect(findEntry(merged, 'cuu_chien_binh')?.builtIn).toBe(false);
  });

  it('returns the catalog unchanged when there is nothing to merge', () => {
    expect(mergeAdminEntries(requestTypes, [])).toBe(requestTypes);
  });

  it.each([
    ['a catalog fixed by law', () => mergeAdminEntries(requestTypes, [{ code: 'gop_y', vi: 'Góp ý' }]), 'CATALOG_NOT_EXTENSIBLE'],
    ['a code clashing with a built-in entry', () => mergeAdminEntries(fields, [{ code: 'tu_phap', vi: 'Tư pháp mới', parent: 'hanh_chinh' }]), 'DUPLICATE_CODE'],
    [
      'two admin entries with one code',
      () =>
        mergeAdminEntries(specialCategories, [
          { code: 'cuu_chien_binh', vi: 'Cựu chiến binh' },
          { code: 'cuu_chien_binh', vi: 'Cựu quân nhân' },
        ]),
      'DUPLICATE_CODE',
    ],
    ['a code with capitals or diacritics', () => mergeAdminEntries(specialCategories, [{ code: 'Cựu_chiến_binh', vi: 'Cựu chiến binh' }]), 'INVALID_CODE'],
    ['a code with a hyphen', () => mergeAdminEntries(specialCategories, [{ code: 'cuu-chien-binh', vi: 'Cựu chiến binh' }]), 'INVALID_CODE'],
    ['a blank Vietnamese label', () => mergeAdminEntries(specialCategories, [{ code: 'trong', vi: '   ' }]), 'MISSING_LABEL'],
    ['a field without a parent', () => mergeAdminEntries(fields, [{ code: 'moi_truong', vi: 'Môi trường' }]), 'PARENT_REQUIRED'],
    ['an unknown parent', () => mergeAdminEntries(fields, [{ code: 'moi_truong', vi: 'Môi trường', parent: 'khong_co' }]), 'UNKNOWN_PARENT'],
    [
      'a cycle among admin entries',
      () =>
        mergeAdminEntries(fields, [
          { code: 'vong_a', vi: 'Vòng A', parent: 'vong_b' },
          { code: 'vong_b', vi: 'Vòng B', parent: 'vong_a' },
        ]),
      'PARENT_CYCLE',
    ],
    [
      'a label already used under the same parent (case-insensitive)',
      () => mergeAdminEntries(fields, [{ code: 'dat_dai_2', vi: 'khác (hành chính)', parent: 'hanh_chinh' }]),
      'DUPLICATE_LABEL',
    ],
  ])('refuses %s', (_what, fn, code) => {
    const err = catchCatalogError(fn);
    expect(err.code).toBe(code);
    expect(err.message).toMatch(VI_DIACRITIC);
  });

  it('allows the same label under a different parent', () => {
    const merged = mergeAdminEntries(fields, [{ code: 'khac_tu_phap', vi: 'Khác (hành chính)', parent: 'tu_phap' }]);
    expect(findEntry(merged, 'khac_tu_phap')?.parent).toBe('tu_phap');
  });
});
