import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../calendar';
import { computeDeadline, ruleSets, type DeadlineType, type StageCode } from './index';

// Every row of every rule set, on the real civil-service calendar (announced schedules 2021–2026).
// Expected dates were counted by hand from the schedules; the comment on each row shows the count.

const calendar = createWorkCalendar();

/** The due date, or for a minimum notice the earliest day allowed; null where the law sets no limit. */
type Row = [DeadlineType, StageCode, startedOn: string, dueOn: string | null, why: string];

const cases: Record<string, Row[]> = {
  'kntc-2019-tt07': [
    ['chung', 'tra_loi_cong_dan', '2021-02-05', '2021-02-26', 'Mon 8, Tue 9, Tết 10–16/2, then 8 working days 17–26/2'],
    ['chung', 'xu_ly_don', '2021-04-20', '2021-05-07', 'Hùng Kings Wed 21/4, 30/4 and the make-up Mon 3/5 for Sat 1/5 skipped'],
    ['chung', 'bao_cao_don_chuyen', '2021-08-31', '2021-09-13', 'National Day 2–3/9 skipped'],
    ['chung', 'thong_bao_don_chuyen', '2021-04-29', '2021-05-10', '30/4 and 3/5 skipped'],
    ['khieu_nai', 'thoi_hieu', '2021-01-21', '2021-04-22', 'day 90 is Hùng Kings Wed 21/4 → Thu 22/4'],
    ['khieu_nai', 'thu_ly', '2021-02-03', '2021-02-24', '10 working days: 4, 5, 8, 9/2, Tết 10–16/2, then 17, 18, 19, 22, 23, 24/2'],
    ['khieu_nai', 'giai_quyet_lan_1', '2021-04-01', '2021-05-04', 'day 30 is Sat 1/5; Sun 2/5, make-up Mon 3/5 → Tue 4/5'],
    ['khieu_nai', 'khieu_nai_lan_2', '2021-08-03', '2021-09-06', 'day 30 is Thu 2/9; Fri 3/9 off → Mon 6/9'],
    ['khieu_nai', 'thu_ly_lan_2', '2021-10-06', '2021-10-20', '10 working days: 7, 8, 11–15, 18, 19, 20/10'],
    ['khieu_nai', 'giai_quyet_lan_2', '2021-07-19', '2021-09-06', 'day 45 is Thu 2/9 → Mon 6/9'],
    ['khieu_nai', 'hieu_luc', '2021-01-13', '2021-02-17', 'day 30 is Fri 12/2 (Tết) → Wed 17/2'],
    ['khieu_nai_ky_luat', 'thoi_hieu', '2021-01-29', '2021-02-17', 'day 15 is Sat 13/2 (Tết) → Wed 17/2'],
    ['khieu_nai_ky_luat', 'khieu_nai_lan_2', '2021-04-11', '2021-04-22', 'day 10 is Hùng Kings → Thu 22/4'],
    ['khieu_nai_ky_luat', 'khieu_nai_lan_2_buoc_thoi_viec', '2021-04-01', '2021-05-04', 'day 30 is Sat 1/5 → Tue 4/5'],
    ['khieu_nai_ky_luat', 'thu_ly', '2021-08-23', '2021-09-08', '10 working days: 24–27, 30, 31/8, 1/9, then 6, 7, 8/9 (2–3/9 off)'],
    ['khieu_nai_ky_luat', 'giai_quyet_lan_1', '2021-10-01', '2021-11-01', 'day 30 is Sun 31/10 → Mon 1/11'],
    ['khieu_nai_ky_luat', 'thu_ly_lan_2', '2021-04-20', '2021-05-07', '10 working days: 22, 23, 26–29/4, then 4–7/5 (21/4, 30/4 and 3/5 off)'],
    ['khieu_nai_ky_luat', 'giai_quyet_lan_2', '2021-01-01', '2021-02-01', 'art. 50: 30 days as at the first level; day 30 is Sun 31/1 → Mon 1/2'],
    ['to_cao', 'xu_ly_ban_dau', '2021-02-08', '2021-02-24', 'Tue 9/2, Tết, then 17–24/2'],
    ['to_cao', 'chuyen_don', '2021-09-01', '2021-09-10', '2–3/9 skipped: 6, 7, 8, 9, 10/9'],
    ['to_cao', 'thong_bao_thu_ly', '2021-04-19', '2021-04-27', 'Hùng Kings Wed 21/4 skipped'],
    ['to_cao', 'giai_quyet', '2021-01-14', '2021-02-17', 'day 30 is Sat 13/2 (Tết) → Wed 17/2'],
    ['to_cao', 'gui_ket_luan', '2021-04-28', '2021-05-07', 'Thu 29/4, then 4–7/5'],
    ['to_cao', 'to_cao_tiep', '2021-08-13', '2021-09-06', 'day 20 is Thu 2/9 → Mon 6/9'],
    ['to_cao', 'yeu_cau_bao_cao_qua_han', '2021-10-29', '2021-11-05', 'weekend skipped'],
    ['to_cao', 'bao_cao_qua_han', '2021-02-09', '2021-02-23', 'Tết 10–16/2 skipped'],
    ['khieu_nai', 'gui_quyet_dinh_lan_1', '2021-04-28', '2021-05-05', '3 working days: 29/4, then 4, 5/5 (30/4 and the make-up 3/5 off)'],
    ['khieu_nai', 'gui_quyet_dinh_lan_2', '2021-08-27', '2021-09-06', 'day 7 is Fri 3/9 (National Day) → Mon 6/9'],
    ['khieu_nai', 'tiep_tuc_sau_dinh_chi', '2021-03-31', '2021-05-04', 'day 30 is Fri 30/4 (off); 1–2/5 weekend, 3/5 make-up → Tue 4/5'],
    ['khieu_nai_ky_luat', 'gui_quyet_dinh_lan_2', '2021-02-05', '2021-02-17', 'day 7 is Fri 12/2 (Tết) → Wed 17/2'],
    ['khieu_nai_ky_luat', 'hieu_luc', '2021-07-20', '2021-08-19', 'day 30 is Thu 19/8'],
    ['to_cao', 'bao_cao_to_cao_chuyen', '2021-04-01', '2021-04-22', 'day 20 is Wed 21/4 (Hùng Kings) → Thu 22/4'],
    ['to_cao', 'gui_quyet_dinh_dinh_chi', '2021-08-30', '2021-09-08', '5 working days: 31/8, 1/9, then 6, 7, 8/9'],
    ['to_cao', 'cong_khai_ket_luan', '2021-02-05', '2021-02-23', '7 working days: 8, 9/2, Tết, then 17–19, 22, 23/2'],
    ['kien_nghi_phan_anh', 'tra_loi_cong_dan', '2021-04-16', '2021-05-05', 'Hùng Kings, 30/4 and 3/5 skipped'],
    ['kien_nghi_phan_anh', 'giai_quyet', '2021-03-01', null, 'no statutory limit'],
  ],
  'kntc-2021-tt05': [
    ['chung', 'tra_loi_cong_dan', '2026-02-10', '2026-03-03', '11–13/2, Tết 14–22/2, then 23/2–3/3'],
    ['chung', 'xu_ly_don', '2026-01-06', '2026-01-19', 'worked Saturday 10/1/2026 counts as the 4th working day'],
    ['chung', 'bao_cao_don_chuyen', '2026-04-23', '2026-05-07', 'Hùng Kings make-up Mon 27/4, 30/4 and 1/5 skipped'],
    ['chung', 'thong_bao_don_chuyen', '2021-12-29', '2022-01-06', 'Mon 3/1/2022 makes up New Year on Sat 1/1'],
    ['khieu_nai', 'thoi_hieu', '2025-11-19', '2026-02-23', 'day 90 is Tue 17/2/2026 (Tết) → Mon 23/2'],
    ['khieu_nai', 'thu_ly', '2026-02-06', '2026-02-27', '10 working days: 9–13/2, Tết 16–20/2, then 23–27/2'],
    ['khieu_nai', 'giai_quyet_lan_1', '2026-03-27', '2026-04-28', 'day 30 is Sun 26/4 (Hùng Kings), make-up Mon 27/4 → Tue 28/4'],
    ['khieu_nai', 'khieu_nai_lan_2', '2026-03-31', '2026-05-04', 'day 30 is Thu 30/4; Fri 1/5 off → Mon 4/5'],
    ['khieu_nai', 'thu_ly_lan_2', '2025-12-31', '2026-01-15', '1/1 and the swapped Fri 2/1 off; 5–9/1, worked Sat 10/1, 12–15/1'],
    ['khieu_nai', 'giai_quyet_lan_2', '2022-03-17', '2022-05-04', 'day 45 is Sun 1/5/2022; make-up days 2–3/5 → Wed 4/5'],
    ['khieu_nai', 'hieu_luc', '2022-08-03', '2022-09-05', 'day 30 is Fri 2/9/2022 → Mon 5/9'],
    ['khieu_nai_ky_luat', 'thoi_hieu', '2022-01-17', '2022-02-07', 'day 15 is Tue 1/2/2022 (Tết 29/1–6/2) → Mon 7/2'],
    ['khieu_nai_ky_luat', 'khieu_nai_lan_2', '2022-03-31', '2022-04-12', 'day 10 is Sun 10/4 (Hùng Kings), make-up Mon 11/4 → Tue 12/4'],
    ['khieu_nai_ky_luat', 'khieu_nai_lan_2_buoc_thoi_viec', '2022-04-01', '2022-05-04', 'day 30 is Sun 1/5 → Wed 4/5'],
    ['khieu_nai_ky_luat', 'thu_ly', '2022-08-22', '2022-09-07', '10 working days: 23–26, 29–31/8, then 5, 6, 7/9 (1–2/9/2022 off)'],
    ['khieu_nai_ky_luat', 'giai_quyet_lan_1', '2022-12-02', '2023-01-03', 'day 30 is Sun 1/1/2023, make-up Mon 2/1 → Tue 3/1'],
    ['khieu_nai_ky_luat', 'thu_ly_lan_2', '2023-01-10', '2023-01-31', '10 working days: 11–13, 16–19/1, Tết 20–26/1, then 27, 30, 31/1'],
    ['khieu_nai_ky_luat', 'giai_quyet_lan_2', '2024-03-16', '2024-04-15', 'art. 50: 30 days; day 30 is Mon 15/4/2024'],
    ['to_cao', 'xu_ly_ban_dau', '2024-04-24', '2024-05-07', '29/4–1/5/2024 off; worked Sat 4/5 counts'],
    ['to_cao', 'chuyen_don', '2025-04-24', '2025-05-05', 'worked Sat 26/4/2025 counts; 30/4–2/5 off'],
    ['to_cao', 'thong_bao_thu_ly', '2025-08-27', '2025-09-05', 'National Day 1–2/9/2025 skipped'],
    ['to_cao', 'giai_quyet', '2026-01-17', '2026-02-23', 'day 30 is Mon 16/2/2026 (Tết) → Mon 23/2'],
    ['to_cao', 'gui_ket_luan', '2025-12-29', '2026-01-07', 'New Year 1/1 and the swapped Fri 2/1/2026 skipped'],
    ['to_cao', 'to_cao_tiep', '2026-04-10', '2026-05-04', 'day 20 is Thu 30/4/2026 → Mon 4/5'],
    ['to_cao', 'yeu_cau_bao_cao_qua_han', '2026-02-12', '2026-02-26', 'Fri 13/2, Tết, then 23–26/2'],
    ['to_cao', 'bao_cao_qua_han', '2023-01-18', '2023-02-01', 'Tết 20–26/1/2023 skipped'],
    ['khieu_nai', 'gui_quyet_dinh_lan_1', '2025-04-28', '2025-05-06', '3 working days: 29/4, then 5, 6/5 (30/4–2/5/2025 off)'],
    ['khieu_nai', 'gui_quyet_dinh_lan_2', '2022-01-24', '2022-02-07', 'day 7 is Mon 31/1/2022 (Tết 29/1–6/2) → Mon 7/2'],
    ['khieu_nai', 'tiep_tuc_sau_dinh_chi', '2023-08-03', '2023-09-05', 'day 30 is Sat 2/9/2023; 1–4/9 off → Tue 5/9'],
    ['khieu_nai_ky_luat', 'gui_quyet_dinh_lan_2', '2024-04-24', '2024-05-02', 'day 7 is Wed 1/5/2024 → Thu 2/5'],
    ['khieu_nai_ky_luat', 'hieu_luc', '2022-03-11', '2022-04-12', 'day 30 is Sun 10/4/2022 (Hùng Kings), make-up Mon 11/4 → Tue 12/4'],
    ['to_cao', 'bao_cao_to_cao_chuyen', '2025-08-12', '2025-09-03', 'day 20 is Mon 1/9/2025; 1–2/9 off → Wed 3/9'],
    ['to_cao', 'gui_quyet_dinh_dinh_chi', '2024-12-27', '2025-01-06', '5 working days: 30, 31/12, then 2, 3, 6/1 (1/1 off)'],
    ['to_cao', 'cong_khai_ket_luan', '2023-04-25', '2023-05-09', '7 working days: 26–28/4, then 4, 5, 8, 9/5 (29/4–3/5/2023 off)'],
    ['kien_nghi_phan_anh', 'tra_loi_cong_dan', '2022-01-25', '2022-02-15', 'Tết 29/1–6/2/2022 skipped'],
    ['kien_nghi_phan_anh', 'giai_quyet', '2024-06-03', null, 'no statutory limit'],
  ],
  'kntc-2026-nd154-156': [
    ['chung', 'tra_loi_cong_dan', '2026-08-19', '2026-09-04', 'worked Sat 22/8 counts; swapped Mon 31/8 and 1–2/9 skipped'],
    ['chung', 'xu_ly_don', '2026-07-01', '2026-07-15', 'two weekends skipped'],
    ['chung', 'bao_cao_don_chuyen', '2026-08-27', '2026-09-10', '31/8–2/9 skipped'],
    ['chung', 'thong_bao_don_chuyen', '2026-12-28', '2027-01-05', 'New Year Fri 1/1/2027 skipped'],
    ['chung', 'thong_bao_tu_choi_tiep', '2026-08-28', '2026-09-07', '31/8–2/9 skipped: Thu 3, Fri 4, Mon 7/9'],
    ['khieu_nai', 'thoi_hieu', '2026-07-06', '2026-10-05', 'day 90 is Sun 4/10 → Mon 5/10'],
    ['khieu_nai', 'thu_ly', '2026-08-25', '2026-09-08', '7 working days: 26, 27, 28/8, then 3, 4, 7, 8/9'],
    ['khieu_nai', 'giai_quyet_lan_1', '2026-08-01', '2026-09-03', 'day 30 is the swapped Mon 31/8 → Thu 3/9'],
    ['khieu_nai', 'khieu_nai_lan_2', '2026-08-03', '2026-09-03', 'day 30 is Wed 2/9 → Thu 3/9'],
    ['khieu_nai', 'thu_ly_lan_2', '2026-08-12', '2026-08-21', '7 working days: 13, 14, 17–21/8'],
    ['khieu_nai', 'giai_quyet_lan_2', '2026-07-18', '2026-09-03', 'day 45 is Tue 1/9 → Thu 3/9'],
    ['khieu_nai', 'hieu_luc', '2026-10-02', '2026-11-02', 'day 30 is Sun 1/11 → Mon 2/11'],
    ['khieu_nai_ky_luat', 'thoi_hieu', '2026-08-17', '2026-09-03', 'day 15 is Tue 1/9 → Thu 3/9'],
    ['khieu_nai_ky_luat', 'khieu_nai_lan_2', '2026-07-01', '2026-07-13', 'day 10 is Sat 11/7 → Mon 13/7'],
    ['khieu_nai_ky_luat', 'khieu_nai_lan_2_buoc_thoi_viec', '2026-08-02', '2026-09-03', 'day 30 is Tue 1/9 → Thu 3/9'],
    ['khieu_nai_ky_luat', 'thu_ly', '2026-11-13', '2026-11-24', '7 working days: 16–20, 23, 24/11'],
    ['khieu_nai_ky_luat', 'giai_quyet_lan_1', '2026-12-02', '2027-01-04', 'day 30 is Fri 1/1/2027 → Mon 4/1'],
    ['khieu_nai_ky_luat', 'thu_ly_lan_2', '2026-08-21', '2026-09-03', '7 working days: worked Sat 22/8, 24–28/8, then 3/9 (31/8–2/9 off)'],
    ['khieu_nai_ky_luat', 'giai_quyet_lan_2', '2026-07-08', '2026-08-07', 'art. 50: 30 days; day 30 is Fri 7/8'],
    ['to_cao', 'xu_ly_ban_dau', '2026-08-26', '2026-09-09', '31/8–2/9 skipped'],
    ['to_cao', 'chuyen_don', '2026-08-18', '2026-08-24', 'worked Sat 22/8 is the 4th working day'],
    ['to_cao', 'thong_bao_thu_ly', '2026-07-10', '2026-07-17', 'one weekend skipped'],
    ['to_cao', 'giai_quyet', '2026-08-02', '2026-09-03', 'day 30 is Tue 1/9 → Thu 3/9'],
    ['to_cao', 'gui_ket_luan', '2026-08-29', '2026-09-09', 'weekend and 31/8–2/9 skipped'],
    ['to_cao', 'to_cao_tiep', '2026-08-12', '2026-09-03', 'day 20 is Tue 1/9 → Thu 3/9'],
    ['to_cao', 'yeu_cau_bao_cao_qua_han', '2026-12-30', '2027-01-07', 'New Year 1/1/2027 skipped'],
    ['to_cao', 'bao_cao_qua_han', '2026-09-01', '2026-09-09', 'Wed 2/9 skipped'],
    ['khieu_nai', 'gui_quyet_dinh_lan_1', '2026-08-28', '2026-09-07', '3 working days: 3, 4, 7/9 (31/8–2/9 off)'],
    ['khieu_nai', 'gui_quyet_dinh_lan_2', '2026-12-25', '2027-01-04', 'day 7 is Fri 1/1/2027 → Mon 4/1'],
    ['khieu_nai', 'tiep_tuc_sau_dinh_chi', '2026-08-02', '2026-09-03', 'day 30 is Tue 1/9 → Thu 3/9'],
    ['khieu_nai', 'thong_bao_doi_thoai', '2026-08-26', '2026-09-03', 'not before: day 5 is the swapped Mon 31/8; 1–2/9 off → Thu 3/9 earliest'],
    ['khieu_nai', 'gui_quyet_dinh_dinh_chi', '2026-07-30', '2026-08-04', '3 working days: 31/7, 3, 4/8'],
    ['khieu_nai', 'gui_quyet_dinh_tiep_tuc', '2026-08-20', '2026-08-24', '3 working days: 21, worked Sat 22, 24/8'],
    ['khieu_nai_ky_luat', 'gui_quyet_dinh_lan_2', '2026-08-25', '2026-09-03', 'day 7 is Tue 1/9 → Thu 3/9'],
    ['khieu_nai_ky_luat', 'hieu_luc', '2026-10-02', '2026-11-02', 'day 30 is Sun 1/11 → Mon 2/11'],
    ['to_cao', 'bao_cao_to_cao_chuyen', '2026-12-12', '2027-01-04', 'day 20 is Fri 1/1/2027 → Mon 4/1'],
    ['to_cao', 'gui_quyet_dinh_dinh_chi', '2026-07-27', '2026-08-03', '5 working days: 28–31/7, 3/8'],
    ['to_cao', 'cong_khai_ket_luan', '2026-08-26', '2026-09-09', '7 working days: 27, 28/8, 3, 4, 7, 8, 9/9'],
    ['kien_nghi_phan_anh', 'tra_loi_cong_dan', '2026-08-21', '2026-09-08', 'worked Sat 22/8 counts; 31/8–2/9 skipped'],
    ['kien_nghi_phan_anh', 'giai_quyet', '2026-09-15', null, 'no statutory limit'],
  ],
};

describe('every row of every rule set', () => {
  for (const set of ruleSets) {
    it(`${set.id}: the table below covers each of its ${set.rules.length} rows exactly once`, () => {
      const rows = cases[set.id] ?? [];
      const covered = rows.map(([type, stage]) => `${type}/${stage}`).sort();
      expect(covered).toEqual(set.rules.map((r) => `${r.type}/${r.stage}`).sort());
    });

    describe(set.id, () => {
      it.each(cases[set.id] ?? [])('%s / %s from %s → %s (%s)', (type, stage, startedOn, expected) => {
        const result = computeDeadline({ type, stage, startedOn }, calendar);
        expect(result.ruleSet.id).toBe(set.id);
        // A minimum notice gives the earliest day the event may take place, never a due date.
        const day = result.rule.kind === 'not_before' ? result.earliestOn : result.dueOn;
        expect(day).toBe(expected);
        if (expected === null) {
          expect(result.state).toBe('no_limit');
        } else {
          expect(result.amount).toBe(result.baseAmount);
          expect(calendar.isWorkingDay(expected)).toBe(true);
        }
      });
    });
  }
});
