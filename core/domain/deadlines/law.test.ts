import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../calendar';
import { computeDeadline, findRule, type DeadlineInput, type DeadlineRule } from './index';

// One test per rule corrected or added by issue 6, named the way the law says it, with its article. Each checks the
// row (figure, unit, article as the legal code files it) and one due date a reception office would compute.

const calendar = createWorkCalendar();
const compute = (input: DeadlineInput) => computeDeadline(input, calendar);
const row = (type: DeadlineInput['type'], stage: DeadlineInput['stage'], on: string): DeadlineRule => findRule(type, stage, on).rule;
const figure = (r: DeadlineRule) => (r.kind === 'no_limit' ? null : { amount: r.amount, unit: r.unit, article: r.basis.article, codeRef: r.basis.codeRef, confirmed: r.confirmed });

describe('Luật Khiếu nại 2011 (02/2011/QH13)', () => {
  it('thụ lý khiếu nại lần đầu: 10 ngày làm việc — Điều 27 (Điều 5 khoản 1 Thông tư 07/2013/TT-TTCP)', () => {
    const r = row('khieu_nai', 'thu_ly', '2021-10-25');
    expect(figure(r)).toEqual({ amount: 10, unit: 'working', article: 'Điều 27', codeRef: 'Điều 18.1.LQ.27', confirmed: true });
    expect(r.basis.related).toEqual([{ law: 'Thông tư 07/2013/TT-TTCP (sửa đổi bởi Thông tư 02/2016/TT-TTCP)', article: 'Điều 5 khoản 1', codeRef: 'Điều 18.1.TT.1.5' }]);
    // Received Mon 25/10/2021: 26–29/10, 1–5/11, Mon 8/11 (it was 4/11 when counted in calendar days).
    expect(compute({ type: 'khieu_nai', stage: 'thu_ly', startedOn: '2021-10-25' }).dueOn).toBe('2021-11-08');
  });

  it('thụ lý khiếu nại lần hai: 10 ngày làm việc — Điều 36 khoản 1', () => {
    expect(figure(row('khieu_nai', 'thu_ly_lan_2', '2024-05-02'))).toEqual({ amount: 10, unit: 'working', article: 'Điều 36 khoản 1', codeRef: 'Điều 18.1.LQ.36', confirmed: true });
  });

  it('thụ lý khiếu nại quyết định kỷ luật lần đầu, lần hai: 10 ngày làm việc — Điều 50', () => {
    for (const stage of ['thu_ly', 'thu_ly_lan_2'] as const) {
      expect(figure(row('khieu_nai_ky_luat', stage, '2023-03-01'))).toEqual({ amount: 10, unit: 'working', article: 'Điều 50', codeRef: 'Điều 18.1.LQ.50', confirmed: true });
    }
  });

  it('từ 01/7/2026, thụ lý khiếu nại và khiếu nại kỷ luật, lần đầu và lần hai: 07 ngày làm việc — Điều 16 khoản 1 Nghị định 124/2020 (Điều 10 Nghị định 155/2026)', () => {
    for (const type of ['khieu_nai', 'khieu_nai_ky_luat'] as const) {
      for (const stage of ['thu_ly', 'thu_ly_lan_2'] as const) {
        const r = row(type, stage, '2026-07-01');
        expect([r.kind === 'deadline' && r.amount, r.unit, r.basis.article, r.basis.related?.[0]?.article, r.confirmed]).toEqual([7, 'working', 'Điều 16 khoản 1', 'Điều 10', true]);
      }
    }
    // The day before, the old rule: 10 working days.
    expect(figure(row('khieu_nai', 'thu_ly', '2026-06-30'))?.amount).toBe(10);
  });

  it('khiếu nại lần hai kỷ luật: 30 ngày, phức tạp 45 ngày — Điều 50', () => {
    const r = row('khieu_nai_ky_luat', 'giai_quyet_lan_2', '2021-10-01');
    expect(figure(r)).toEqual({ amount: 30, unit: 'calendar', article: 'Điều 50', codeRef: 'Điều 18.1.LQ.50', confirmed: true });
    const complex = compute({ type: 'khieu_nai_ky_luat', stage: 'giai_quyet_lan_2', startedOn: '2021-10-01', complex: true });
    // Day 45 from Fri 1/10/2021 is Mon 15/11 (it was 60 days, Tue 30/11).
    expect([complex.amount, complex.dueOn]).toEqual([45, '2021-11-15']);
  });

  it('thời hiệu khiếu nại kỷ luật 15 ngày, lần hai 10 ngày, buộc thôi việc 30 ngày: thời gian ốm đau, thiên tai, trở ngại khách quan không tính — Điều 48', () => {
    for (const stage of ['thoi_hieu', 'khieu_nai_lan_2', 'khieu_nai_lan_2_buoc_thoi_viec'] as const) {
      const r = row('khieu_nai_ky_luat', stage, '2021-10-01');
      expect([r.basis.codeRef, r.kind === 'deadline' && r.suspensionExcluded]).toEqual(['Điều 18.1.LQ.48', true]);
    }
    // Decision received Fri 29/1/2021, ill 1–5/2: day 20 is Thu 18/2 (without the illness, Wed 17/2 after Tết).
    const r = compute({ type: 'khieu_nai_ky_luat', stage: 'thoi_hieu', startedOn: '2021-01-29', suspensions: [{ from: '2021-02-01', to: '2021-02-05', reason: 'Ốm đau' }] });
    expect([r.suspendedUnits, r.dueOn]).toEqual([5, '2021-02-18']);
  });

  it('gửi quyết định giải quyết khiếu nại lần đầu: 03 ngày làm việc, cho cả nơi chuyển khiếu nại đến và thanh tra cùng cấp — Điều 32', () => {
    const r = row('khieu_nai', 'gui_quyet_dinh_lan_1', '2021-10-01');
    expect(figure(r)).toEqual({ amount: 3, unit: 'working', article: 'Điều 32', codeRef: 'Điều 18.1.LQ.32', confirmed: true });
    expect(r.recipients).toContain('Cơ quan thanh tra nhà nước cùng cấp');
  });

  it('gửi quyết định giải quyết khiếu nại lần hai: 07 ngày — Điều 41 khoản 1; quyết định kỷ luật lần hai: 07 ngày — Điều 56 khoản 2', () => {
    expect(figure(row('khieu_nai', 'gui_quyet_dinh_lan_2', '2021-10-01'))).toEqual({ amount: 7, unit: 'calendar', article: 'Điều 41 khoản 1', codeRef: 'Điều 18.1.LQ.41', confirmed: true });
    expect(figure(row('khieu_nai_ky_luat', 'gui_quyet_dinh_lan_2', '2021-10-01'))).toEqual({ amount: 7, unit: 'calendar', article: 'Điều 56 khoản 2', codeRef: 'Điều 18.1.LQ.56', confirmed: true });
  });

  it('thụ lý thì thông báo cho người khiếu nại, nơi đã chuyển khiếu nại đến và thanh tra nhà nước cùng cấp — Điều 27; khiếu nại kỷ luật: người khiếu nại — Điều 5 khoản 2 Thông tư 07/2013', () => {
    expect(row('khieu_nai', 'thu_ly', '2021-10-01').recipients).toEqual([
      'Người khiếu nại',
      'Cơ quan, tổ chức, cá nhân có thẩm quyền đã chuyển khiếu nại đến (nếu có)',
      'Cơ quan thanh tra nhà nước cùng cấp',
    ]);
    expect(row('khieu_nai_ky_luat', 'thu_ly', '2021-10-01').recipients).toEqual(['Người khiếu nại']);
  });

  it('có thông báo đình chỉ mà sau 30 ngày không tiếp tục khiếu nại thì không thụ lý — Điều 11 khoản 8', () => {
    expect(figure(row('khieu_nai', 'tiep_tuc_sau_dinh_chi', '2021-10-01'))).toEqual({ amount: 30, unit: 'calendar', article: 'Điều 11 khoản 8', codeRef: 'Điều 18.1.LQ.11', confirmed: true });
  });

  it('quyết định giải quyết khiếu nại kỷ luật có hiệu lực pháp luật sau 30 ngày kể từ ngày ban hành — Điều 57 khoản 1', () => {
    expect(figure(row('khieu_nai_ky_luat', 'hieu_luc', '2021-10-01'))).toEqual({ amount: 30, unit: 'calendar', article: 'Điều 57 khoản 1', codeRef: 'Điều 18.1.LQ.57', confirmed: true });
  });
});

describe('Nghị định 124/2020/NĐ-CP as amended by Nghị định 155/2026/NĐ-CP (from 1/7/2026)', () => {
  it('gửi văn bản thông báo đối thoại trước ngày đối thoại ít nhất 05 ngày — Điều 28 khoản 1 (a "not before" rule, never overdue)', () => {
    const r = row('khieu_nai', 'thong_bao_doi_thoai', '2026-07-01');
    expect([r.kind, r.kind === 'not_before' ? r.event : null, r.basis.article, r.confirmed]).toEqual(['not_before', 'ngày đối thoại', 'Điều 28 khoản 1', true]);
    const notice = compute({ type: 'khieu_nai', stage: 'thong_bao_doi_thoai', startedOn: '2026-10-01', today: '2026-12-31' });
    // Notice Thu 1/10/2026 → no dialogue before Tue 6/10; still no state long after.
    expect([notice.earliestOn, notice.state]).toEqual(['2026-10-06', null]);
  });

  it('quyết định tạm đình chỉ, đình chỉ, tiếp tục giải quyết khiếu nại gửi trong 03 ngày làm việc — Điều 28b khoản 1, 2', () => {
    expect(row('khieu_nai', 'gui_quyet_dinh_dinh_chi', '2026-07-01').basis.article).toBe('Điều 28b khoản 1');
    expect(row('khieu_nai', 'gui_quyet_dinh_tiep_tuc', '2026-07-01').basis.article).toBe('Điều 28b khoản 2');
    expect(compute({ type: 'khieu_nai', stage: 'gui_quyet_dinh_tiep_tuc', startedOn: '2026-08-28' }).dueOn).toBe('2026-09-07');
  });

  it('thời hạn giải quyết khiếu nại tiếp tục được tính từ ngày ban hành quyết định tiếp tục giải quyết — Điều 28b khoản 2', () => {
    // Accepted Wed 1/7/2026 (30 days: Fri 31/7). Suspended by decision of Mon 6/7, resumed by decision of Mon 13/7: the
    // suspension is entered as 6/7–12/7 (the day before the resumption decision), 7 days not counted → Fri 7/8.
    const r = compute({ type: 'khieu_nai', stage: 'giai_quyet_lan_1', startedOn: '2026-07-01', suspensions: [{ from: '2026-07-06', to: '2026-07-12' }] });
    expect([r.suspendedUnits, r.dueOn]).toEqual([7, '2026-08-07']);
    expect(r.history.find((h) => h.event === 'resumed')?.on).toBe('2026-07-13');
  });
});

describe('Luật Tố cáo 2018 (25/2018/QH14)', () => {
  it('xử lý ban đầu 07 ngày làm việc; phải kiểm tra, xác minh tại nhiều địa điểm hoặc phải ủy quyền xác minh thì không quá 10 ngày làm việc — Điều 24 khoản 1', () => {
    const r = row('to_cao', 'xu_ly_ban_dau', '2021-10-01');
    expect(r.kind === 'deadline' ? r.options.map((o) => [o.kind, o.amount]) : null).toEqual([['several_places', 10]]);
    // Received Fri 15/10/2021, checks at several places: 10 working days → Fri 29/10; a complex case alone: 7 → Tue 26/10.
    expect(compute({ type: 'to_cao', stage: 'xu_ly_ban_dau', startedOn: '2021-10-15', severalPlaces: true }).dueOn).toBe('2021-10-29');
    expect(compute({ type: 'to_cao', stage: 'xu_ly_ban_dau', startedOn: '2021-10-15', complex: true }).dueOn).toBe('2021-10-26');
  });

  it('kết quả xử lý tố cáo do cơ quan báo chí, cơ quan có thẩm quyền chuyển đến: thông báo trong 20 ngày kể từ ngày nhận được tố cáo — Điều 26 khoản 2', () => {
    expect(figure(row('to_cao', 'bao_cao_to_cao_chuyen', '2021-10-01'))).toEqual({ amount: 20, unit: 'calendar', article: 'Điều 26 khoản 2', codeRef: 'Điều 18.5.LQ.26', confirmed: true });
  });

  it('quyết định tạm đình chỉ, đình chỉ việc giải quyết tố cáo gửi trong 05 ngày làm việc — Điều 34 khoản 4', () => {
    const r = row('to_cao', 'gui_quyet_dinh_dinh_chi', '2021-10-01');
    expect(figure(r)).toEqual({ amount: 5, unit: 'working', article: 'Điều 34 khoản 4', codeRef: 'Điều 18.5.LQ.34', confirmed: true });
    expect(r.recipients).toEqual(['Người tố cáo', 'Người bị tố cáo']);
  });

  it('công khai kết luận nội dung tố cáo trong 07 ngày làm việc — Điều 40 khoản 1', () => {
    expect(figure(row('to_cao', 'cong_khai_ket_luan', '2021-10-01'))).toEqual({ amount: 7, unit: 'working', article: 'Điều 40 khoản 1', codeRef: 'Điều 18.5.LQ.40', confirmed: true });
  });

  it('tố cáo tiếp: xem xét trong 20 ngày kể từ ngày nhận được — Điều 37 khoản 2', () => {
    expect(figure(row('to_cao', 'to_cao_tiep', '2021-10-01'))).toEqual({ amount: 20, unit: 'calendar', article: 'Điều 37 khoản 2', codeRef: 'Điều 18.5.LQ.37', confirmed: true });
  });

  it('tố cáo quá hạn: yêu cầu báo cáo trong 05 ngày làm việc, báo cáo trong 05 ngày làm việc — Điều 38 khoản 2, khoản 3', () => {
    expect(figure(row('to_cao', 'yeu_cau_bao_cao_qua_han', '2021-10-01'))).toEqual({ amount: 5, unit: 'working', article: 'Điều 38 khoản 2', codeRef: 'Điều 18.5.LQ.38', confirmed: true });
    expect(figure(row('to_cao', 'bao_cao_qua_han', '2021-10-01'))).toEqual({ amount: 5, unit: 'working', article: 'Điều 38 khoản 3', codeRef: 'Điều 18.5.LQ.38', confirmed: true });
  });
});

describe('Luật Tiếp công dân 2013 (42/2013/QH13) and Nghị định 154/2026/NĐ-CP', () => {
  it('thông báo kết quả cho nơi chuyển đơn: 07 ngày làm việc kể từ ngày vụ việc được giải quyết — Điều 27 khoản 2', () => {
    const r = row('chung', 'bao_cao_don_chuyen', '2021-10-01');
    expect([r.startEvent, r.basis.article, r.basis.codeRef, r.confirmed]).toEqual(['ngày vụ việc được giải quyết', 'Điều 27 khoản 2', 'Điều 18.4.LQ.27', true]);
  });

  it('nơi chuyển đơn thông báo cho công dân trong 05 ngày làm việc kể từ ngày nhận được thông báo kết quả — Điều 28 khoản 2', () => {
    expect(figure(row('chung', 'thong_bao_don_chuyen', '2021-10-01'))).toEqual({ amount: 5, unit: 'working', article: 'Điều 28 khoản 2', codeRef: 'Điều 18.4.LQ.28', confirmed: true });
  });

  it('thông báo từ chối tiếp công dân: 03 ngày làm việc kể từ ngày có đủ căn cứ, chỉ khi từ chối theo khoản 3 Điều 9 Luật TCD hoặc điểm h khoản 1 Điều 4 — Điều 4 khoản 3 Nghị định 154/2026', () => {
    const r = row('chung', 'thong_bao_tu_choi_tiep', '2026-07-01');
    expect([r.startEvent, r.basis.law, r.basis.article, r.confirmed]).toEqual(['ngày có đủ căn cứ từ chối tiếp công dân', 'Nghị định 154/2026/NĐ-CP', 'Điều 4 khoản 3', true]);
    // Grounds established Fri 28/8/2026: 31/8–2/9 off → Thu 3, Fri 4, Mon 7/9.
    expect(compute({ type: 'chung', stage: 'thong_bao_tu_choi_tiep', startedOn: '2026-08-28' }).dueOn).toBe('2026-09-07');
  });
});
