import { describe, expect, it } from 'vitest';
import { refusalGrounds } from '../catalogs';
import { createWorkCalendar } from '../calendar';
import { computeDeadline } from '../deadlines';
import { checkRepresentation, groupReceptionSteps, receptionModeOn, REFUSAL_NOTICE_CLOCK, refusalGroundsOn, refusalNotice, representativeRange } from './index';

const TCD_GROUNDS = ['say_tam_than', 'de_doa_xuc_pham', 'da_giai_quyet_dung'];
const ND154_GROUNDS = [
  'mang_vu_khi',
  'tu_choi_kiem_tra_an_ninh',
  'ghi_am_ghi_hinh',
  'kich_dong',
  'mat_nang_luc_khong_dai_dien',
  'dai_dien_khong_hop_le',
  'ngoai_pham_vi',
  'lap_lai_khong_tinh_tiet_moi',
  'da_co_ban_an',
  'dang_giai_quyet_noi_khac',
];

describe('refusal grounds in force (Luật TCD art. 9; NĐ 154/2026 art. 4(1))', () => {
  it.each([
    ['2019-05-01', [...TCD_GROUNDS, 'truong_hop_khac']],
    ['2026-06-30', [...TCD_GROUNDS, 'truong_hop_khac']],
    ['2026-07-01', [...TCD_GROUNDS, ...ND154_GROUNDS]],
    ['2030-01-01', [...TCD_GROUNDS, ...ND154_GROUNDS]],
  ])('on %s', (on, codes) => {
    expect(refusalGroundsOn(on).map((e) => e.code)).toEqual(codes);
  });

  it('covers every ground of the catalogue on one side of 1/7/2026 or both', () => {
    const seen = new Set([...refusalGroundsOn('2026-06-30'), ...refusalGroundsOn('2026-07-01')].map((e) => e.code));
    expect([...seen].sort()).toEqual(refusalGrounds.entries.map((e) => e.code).sort());
  });

  it('rejects a malformed date', () => {
    expect(() => refusalGroundsOn('30/06/2026')).toThrow(RangeError);
  });
});

describe('refusal notice: written or explained in person', () => {
  it.each(ND154_GROUNDS.filter((g) => g !== 'lap_lai_khong_tinh_tiet_moi').concat(['say_tam_than', 'de_doa_xuc_pham']))(
    'from 1/7/2026 ground %s is explained to the citizen in person (NĐ 154 art. 4(2))',
    (ground) => {
      expect(refusalNotice(ground, '2026-07-01')).toEqual({ ok: true, kind: 'in_person', basis: 'Điều 4 khoản 2 Nghị định 154/2026/NĐ-CP', confirmed: true });
    },
  );

  it.each(['da_giai_quyet_dung', 'lap_lai_khong_tinh_tiet_moi'])('from 1/7/2026 ground %s needs form 01/TCD within 03 working days (NĐ 154 art. 4(3))', (ground) => {
    expect(refusalNotice(ground, '2026-09-15')).toEqual({
      ok: true,
      kind: 'written',
      form: 'Mẫu số 01/TCD (Nghị định 154/2026/NĐ-CP)',
      clock: REFUSAL_NOTICE_CLOCK,
      basis: 'Điều 4 khoản 3 Nghị định 154/2026/NĐ-CP',
      confirmed: true,
    });
  });

  it('times the notice with the deadline table from the day there were sufficient grounds', () => {
    const notice = refusalNotice('da_giai_quyet_dung', '2026-08-28');
    if (!notice.ok || notice.kind !== 'written' || notice.clock === null) throw new Error('expected a written notice with a clock');
    expect(computeDeadline({ ...notice.clock, startedOn: '2026-08-28' }, createWorkCalendar()).dueOn).toBe('2026-09-07');
  });

  it('before 15/11/2021 (TT 06/2014 art. 4): written form 01-TCD for art. 9(3) without a period, the others explained', () => {
    expect(refusalNotice('da_giai_quyet_dung', '2021-10-20')).toEqual({ ok: true, kind: 'written', form: 'Mẫu số 01-TCD (Thông tư 06/2014/TT-TTCP)', clock: null, basis: 'Điều 4 Thông tư 06/2014/TT-TTCP', confirmed: true });
    expect(refusalNotice('truong_hop_khac', '2021-10-20')).toEqual({ ok: true, kind: 'in_person', basis: 'Điều 4 Thông tư 06/2014/TT-TTCP', confirmed: true });
  });

  it('from 15/11/2021 to 30/6/2026 the same, marked unconfirmed: TT 04/2021 is not among the texts', () => {
    const written = refusalNotice('da_giai_quyet_dung', '2024-03-01');
    expect(written).toMatchObject({ ok: true, kind: 'written', clock: null, confirmed: false });
    expect(refusalNotice('say_tam_than', '2024-03-01')).toMatchObject({ ok: true, kind: 'in_person', confirmed: false });
  });

  it('refuses a ground not in force on the day, or unknown, with a Vietnamese message', () => {
    expect(refusalNotice('mang_vu_khi', '2026-06-30')).toMatchObject({ ok: false, reason: 'GROUND_NOT_IN_FORCE', message: expect.stringContaining('30/06/2026') });
    expect(refusalNotice('truong_hop_khac', '2026-07-01')).toMatchObject({ ok: false, reason: 'GROUND_NOT_IN_FORCE' });
    expect(refusalNotice('say_ruou', '2026-07-01')).toMatchObject({ ok: false, reason: 'UNKNOWN_GROUND', message: expect.stringContaining('say_ruou') });
  });
});

describe('representatives of a group (Luật TCD art. 29)', () => {
  it.each([
    [2, { min: 1, max: 2 }],
    [4, { min: 1, max: 4 }],
    [5, { min: 1, max: 2 }],
    [10, { min: 1, max: 2 }],
    [11, { min: 1, max: 5 }],
    [200, { min: 1, max: 5 }],
  ])('%i people may appoint %o', (people, range) => {
    expect(representativeRange(people)).toEqual(range);
  });

  it.each([
    [5, 1, 5],
    [5, 2, 5],
    [10, 2, 10],
    [11, 3, 11],
    [30, 5, 30],
  ])('%i people with %i representatives and %i signatures: accepted', (people, representatives, signatures) => {
    expect(checkRepresentation({ people, representatives, signatures })).toMatchObject({ ok: true, basis: 'Điều 29 Luật Tiếp công dân 2013' });
  });

  it.each([
    [5, 3, 5, 'TOO_MANY', 'một hoặc hai người đại diện'],
    [10, 3, 10, 'TOO_MANY', 'một hoặc hai người đại diện'],
    [11, 6, 11, 'TOO_MANY', 'không quá năm người'],
    [8, 0, 8, 'TOO_FEW', 'phải cử người đại diện'],
    [8, 2, 7, 'MISSING_SIGNATURES', 'chữ ký của tất cả 8 người'],
    [1, 1, 1, 'NOT_A_GROUP', 'Chỉ một người'],
    [6, 1.5, 6, 'INVALID_INPUT', 'số nguyên'],
    [-3, 1, 1, 'INVALID_INPUT', 'số nguyên'],
  ] as const)('%i people, %i representatives, %i signatures: %s', (people, representatives, signatures, reason, phrase) => {
    const r = checkRepresentation({ people, representatives, signatures });
    expect(r).toMatchObject({ ok: false, reason });
    expect(r.ok ? '' : r.message).toContain(phrase);
  });

  it('under five people sets no number but says so', () => {
    expect(checkRepresentation({ people: 3, representatives: 3, signatures: 3 })).toMatchObject({ ok: true, note: expect.stringContaining('dưới năm người') });
  });
});

describe('receiving a group (Luật TCD art. 30)', () => {
  it('a group with a letter, within competence: receive the representatives, accept and notify them', () => {
    expect(groupReceptionSteps({ hasLetter: true, withinCompetence: true, complex: false, disorder: false }).map((s) => s.step)).toEqual([
      'tiep_nguoi_dai_dien',
      'thu_ly_thong_bao_dai_dien',
    ]);
  });

  it('without a letter, not competent, complex and disorderly: every step, each with its clause', () => {
    const steps = groupReceptionSteps({ hasLetter: false, withinCompetence: false, complex: true, disorder: true });
    expect(steps.map((s) => [s.step, s.basis])).toEqual([
      ['tiep_nguoi_dai_dien', 'Điều 30 khoản 1 Luật Tiếp công dân 2013'],
      ['ghi_lai_noi_dung', 'Điều 30 khoản 1 Luật Tiếp công dân 2013'],
      ['chuyen_don_huong_dan', 'Điều 30 khoản 1 Luật Tiếp công dân 2013'],
      ['phoi_hop_co_quan_lien_quan', 'Điều 30 khoản 2 Luật Tiếp công dân 2013'],
      ['tang_cuong_bao_ve', 'Điều 30 khoản 3 Luật Tiếp công dân 2013'],
    ]);
    for (const s of steps) expect(s.vi.length).toBeGreaterThan(10);
  });
});

describe('reception mode on a date (item 9: delegation from 1/7/2026)', () => {
  it('a head receiving in person is always allowed, on TCD art. 18 then NĐ 154 art. 25(1)', () => {
    expect(receptionModeOn('lanh_dao_truc_tiep', '2021-10-20')).toEqual({ ok: true, basis: 'Điều 18 Luật Tiếp công dân 2013', confirmed: true });
    expect(receptionModeOn('lanh_dao_truc_tiep', '2026-07-01')).toEqual({ ok: true, basis: 'Điều 25 khoản 1 Nghị định 154/2026/NĐ-CP', confirmed: true });
  });

  it('delegation is allowed before 1/7/2026', () => {
    expect(receptionModeOn('uy_quyen', '2026-06-30')).toMatchObject({ ok: true, confirmed: true });
  });

  it('from 1/7/2026 delegation is not refused — NĐ 154/2026 does not forbid it — but marked unconfirmed with what to check', () => {
    const r = receptionModeOn('uy_quyen', '2026-07-01');
    expect(r).toMatchObject({ ok: true, confirmed: false, basis: 'Điều 25 khoản 1, Điều 38 khoản 2 Nghị định 154/2026/NĐ-CP' });
    expect(r.ok ? r.note : '').toContain('Luật số 136/2025/QH15');
  });

  it('refuses an unknown mode and a malformed date', () => {
    expect(receptionModeOn('qua_dien_thoai', '2026-07-01')).toMatchObject({ ok: false, reason: 'UNKNOWN_MODE' });
    expect(() => receptionModeOn('uy_quyen', '2026-13-01')).toThrow(RangeError);
  });
});
