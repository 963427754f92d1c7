import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../calendar';
import { computeDeadline } from '../deadlines';
import {
  barredAfterTermination,
  complaintWithdrawal,
  computeClocks,
  denunciationWithdrawal,
  dialogueRequirement,
  groupComplaintAcceptance,
  letterIdentityOutcome,
  reportToForwarder,
  startFreshClock,
  type CaseClock,
  type DenunciationWithdrawal,
} from './index';

const calendar = createWorkCalendar();

describe('complaint withdrawal (Luật KN art. 10; NĐ 124/2020 art. 7a from 1/7/2026)', () => {
  it('by one complainant in writing terminates the resolution; the 30 days of art. 11(8) start', () => {
    const r = complaintWithdrawal({ on: '2021-11-03', inWriting: true });
    expect(r).toEqual({
      ok: true,
      outcome: 'terminate',
      form: 'Mẫu số 12-KN (Thông tư 07/2013/TT-TTCP)',
      clocks: [{ type: 'khieu_nai', stage: 'tiep_tuc_sau_dinh_chi' }],
      basis: 'Điều 10 Luật Khiếu nại 2011; Điều 19 Thông tư 07/2013/TT-TTCP',
    });
  });

  it('from 1/7/2026 the termination decision (form 14a) is also sent within 03 working days', () => {
    const r = complaintWithdrawal({ on: '2026-07-01', inWriting: true });
    expect(r).toMatchObject({ ok: true, outcome: 'terminate', form: expect.stringContaining('Mẫu số 14a') });
    expect(r.ok && r.outcome === 'terminate' ? r.clocks.map((c) => c.stage) : []).toEqual(['gui_quyet_dinh_dinh_chi', 'tiep_tuc_sau_dinh_chi']);
  });

  it('must be a signed or fingerprinted letter', () => {
    expect(complaintWithdrawal({ on: '2021-11-03', inWriting: false })).toMatchObject({ ok: false, reason: 'NOT_IN_WRITING', basis: 'Điều 10 Luật Khiếu nại 2011' });
  });

  it('by some of a group: continues for the others (art. 7a(1)); by all: terminated (art. 7a(2))', () => {
    expect(complaintWithdrawal({ on: '2026-08-03', inWriting: true, group: { members: 12, withdrawing: 4 } })).toEqual({
      ok: true,
      outcome: 'continue_for_others',
      remaining: 8,
      basis: 'Điều 7a Nghị định 124/2020/NĐ-CP (bổ sung bởi Nghị định 155/2026/NĐ-CP); Điều 10 Luật Khiếu nại 2011',
    });
    expect(complaintWithdrawal({ on: '2026-08-03', inWriting: true, group: { members: 12, withdrawing: 12 } })).toMatchObject({
      ok: true,
      outcome: 'terminate',
      basis: expect.stringContaining('Điều 7a khoản 2'),
    });
  });

  it.each([
    [{ members: 1, withdrawing: 1 }],
    [{ members: 5, withdrawing: 0 }],
    [{ members: 5, withdrawing: 6 }],
  ])('refuses an impossible group %o', (group) => {
    expect(complaintWithdrawal({ on: '2026-08-03', inWriting: true, group })).toMatchObject({ ok: false, reason: 'INVALID_GROUP' });
  });

  it('after a termination notice of Wed 3/11/2021, a complaint filed by Fri 3/12 is accepted, one filed Mon 6/12 is not (art. 11(8))', () => {
    expect(barredAfterTermination('2021-11-03', '2021-12-03', calendar)).toEqual({ barred: false, lastDay: '2021-12-03', basis: 'Điều 11 khoản 8 Luật Khiếu nại 2011' });
    expect(barredAfterTermination('2021-11-03', '2021-12-06', calendar).barred).toBe(true);
  });
});

describe('denunciation withdrawal (Luật TC art. 33, 34; NĐ 31/2019 art. 4)', () => {
  const base: DenunciationWithdrawal = { on: '2021-11-10', inWriting: true, scope: 'all', signsOfViolation: false, coerced: false, slander: false };

  it('of everything by the only denouncer terminates the resolution; the decision goes out within 05 working days', () => {
    expect(denunciationWithdrawal(base)).toEqual({
      ok: true,
      outcome: 'terminate',
      clocks: [{ type: 'to_cao', stage: 'gui_quyet_dinh_dinh_chi' }],
      basis: 'Điều 34 khoản 3 điểm a, khoản 4 Luật Tố cáo 2018',
    });
  });

  it.each([
    [{ signsOfViolation: true }, ['dau_hieu_vi_pham']],
    [{ coerced: true }, ['bi_ep_buoc']],
    [{ slander: true }, ['vu_khong']],
    [{ signsOfViolation: true, coerced: true }, ['dau_hieu_vi_pham', 'bi_ep_buoc']],
  ])('is resolved anyway when %o (art. 33(3))', (facts, because) => {
    expect(denunciationWithdrawal({ ...base, ...facts })).toEqual({ ok: true, outcome: 'continue', because, basis: 'Điều 33 khoản 3 Luật Tố cáo 2018; Điều 4 khoản 3 Nghị định 31/2019/NĐ-CP' });
  });

  it('from 1/7/2026 cites NĐ 31 art. 4(4) as rewritten by NĐ 156/2026', () => {
    expect(denunciationWithdrawal({ ...base, on: '2026-07-01', coerced: true })).toMatchObject({ basis: expect.stringContaining('Điều 4 khoản 4 Nghị định 31/2019/NĐ-CP (sửa đổi bởi Nghị định 156/2026/NĐ-CP)') });
  });

  it('of part of the content: the rest is resolved; by some of a group: resolved for the others (art. 33(2))', () => {
    expect(denunciationWithdrawal({ ...base, scope: 'part' })).toEqual({ ok: true, outcome: 'resolve_remaining_content', basis: 'Điều 33 khoản 2 Luật Tố cáo 2018' });
    expect(denunciationWithdrawal({ ...base, group: { members: 6, withdrawing: 2 } })).toEqual({ ok: true, outcome: 'continue_for_others', remaining: 4, basis: 'Điều 33 khoản 2 Luật Tố cáo 2018' });
  });

  it('only in writing and before the conclusion (art. 33(1))', () => {
    expect(denunciationWithdrawal({ ...base, inWriting: false })).toMatchObject({ ok: false, reason: 'NOT_IN_WRITING' });
    expect(denunciationWithdrawal({ ...base, concludedOn: '2021-11-09' })).toMatchObject({ ok: false, reason: 'AFTER_CONCLUSION', message: expect.stringContaining('trước khi') });
    expect(denunciationWithdrawal({ ...base, concludedOn: '2021-11-10' })).toMatchObject({ ok: true, outcome: 'terminate' });
  });
});

describe('a fresh clock when a superior re-resolves a denunciation (Luật TC art. 37(2)(c))', () => {
  const first: CaseClock = {
    seq: 1,
    input: { type: 'to_cao', stage: 'giai_quyet', startedOn: '2021-10-01', complex: true, extensions: [{ decidedOn: '2021-10-28' }] },
    endedOn: '2021-11-25',
    endedBy: 'completed',
  };
  const repeat: CaseClock = { seq: 2, input: { type: 'to_cao', stage: 'to_cao_tiep', startedOn: '2021-12-06' }, endedOn: '2021-12-20', endedBy: 'completed' };

  it('starts a new resolution clock with new periods and extensions, keeping the earlier clocks as they were', () => {
    const r = startFreshClock([first, repeat], { type: 'to_cao', stage: 'giai_quyet', startedOn: '2021-12-22', complex: true });
    if (!r.ok) throw new Error(r.message);
    expect(r.started).toEqual({
      seq: 3,
      input: { type: 'to_cao', stage: 'giai_quyet', startedOn: '2021-12-22', complex: true },
      startBasis: 'Điều 37 khoản 2 điểm c Luật Tố cáo 2018',
      restartOf: 1,
    });
    expect(r.clocks.slice(0, 2)).toEqual([first, repeat]);
    const views = computeClocks(r.clocks, calendar, '2022-01-10');
    expect(views.map((v) => [v.clock.seq, v.result.dueOn, v.current, v.endedLate])).toEqual([
      // The first resolution: 60 days (extended once) to Tue 30/11/2021, concluded on time on 25/11.
      [1, '2021-11-30', false, false],
      [2, '2021-12-27', false, false],
      // The re-resolution counts 30 days afresh from Wed 22/12/2021 under the set then in force, and may be extended again.
      [3, '2022-01-21', true, null],
    ]);
    expect(views[2]?.result.ruleSet.id).toBe('kntc-2021-tt05');
  });

  it('closes a still-running earlier clock as superseded on the day the new one starts', () => {
    const open: CaseClock = { seq: 1, input: { type: 'to_cao', stage: 'giai_quyet', startedOn: '2021-10-01' } };
    const r = startFreshClock([open], { type: 'to_cao', stage: 'giai_quyet', startedOn: '2021-10-20' });
    expect(r.ok ? r.clocks[0] : null).toEqual({ ...open, endedOn: '2021-10-20', endedBy: 'superseded' });
  });

  it('refuses a restart the law does not provide, one without an earlier clock, and one dated before it', () => {
    expect(startFreshClock([first], { type: 'khieu_nai', stage: 'giai_quyet_lan_1', startedOn: '2021-12-01' })).toMatchObject({ ok: false, reason: 'NOT_RESTARTABLE' });
    expect(startFreshClock([repeat], { type: 'to_cao', stage: 'giai_quyet', startedOn: '2021-12-22' })).toMatchObject({ ok: false, reason: 'NO_EARLIER_CLOCK' });
    expect(startFreshClock([first], { type: 'to_cao', stage: 'giai_quyet', startedOn: '2021-09-30' })).toMatchObject({ ok: false, reason: 'BEFORE_EARLIER_CLOCK' });
  });

  it('shows an ended clock as late when it ended after its due date', () => {
    const late: CaseClock = { seq: 1, input: { type: 'to_cao', stage: 'giai_quyet', startedOn: '2021-10-01' }, endedOn: '2021-11-15', endedBy: 'completed' };
    expect(computeClocks([late], calendar, '2022-01-10')[0]).toMatchObject({ endedLate: true, result: { state: 'overdue' } });
  });
});

describe('anonymous, false-name and unsigned letters (Luật TC art. 25, 29; Luật KN art. 11)', () => {
  const named = { on: '2021-10-20', named: true, addressKnown: true, signed: true } as const;

  it.each([
    [{ named: false }, 'tc_an_danh'],
    [{ addressKnown: false }, 'tc_an_danh'],
    [{ identified: false }, 'tc_khong_xac_dinh_nguoi_to_cao'],
    [{ falseName: true }, 'tc_mao_danh'],
  ])('a denunciation %o is not processed (art. 25(1)), ground %s', (facts, ground) => {
    expect(letterIdentityOutcome({ type: 'to_cao', ...named, ...facts })).toEqual({ decision: 'khong_xu_ly', ground, inspection: false, basis: 'Điều 25 khoản 1 Luật Tố cáo 2018' });
  });

  it('an anonymous denunciation naming the violator with specific evidence leads to an inspection (art. 25(2))', () => {
    expect(letterIdentityOutcome({ type: 'to_cao', ...named, named: false, clearWithEvidence: true })).toEqual({
      decision: 'khong_xu_ly',
      ground: 'tc_an_danh',
      inspection: true,
      basis: 'Điều 25 khoản 1, khoản 2 Luật Tố cáo 2018',
    });
  });

  it('a named but unsigned denunciation is not accepted (art. 29(1)(a), 23(1)); a signed one is processed', () => {
    expect(letterIdentityOutcome({ type: 'to_cao', ...named, signed: false })).toMatchObject({ decision: 'khong_thu_ly', ground: 'tc_khong_chu_ky' });
    expect(letterIdentityOutcome({ type: 'to_cao', ...named })).toMatchObject({ decision: 'xu_ly' });
  });

  it('an unsigned complaint is not accepted (KN art. 11(5)); one without name or address is filed', () => {
    expect(letterIdentityOutcome({ type: 'khieu_nai', ...named, signed: false })).toEqual({ decision: 'khong_thu_ly', ground: 'kn_khong_chu_ky', basis: 'Điều 11 khoản 5 Luật Khiếu nại 2011' });
    expect(letterIdentityOutcome({ type: 'khieu_nai', ...named, addressKnown: false })).toEqual({
      decision: 'luu_don',
      basis: 'Điều 6 khoản 2, Điều 28 khoản 1 điểm a Thông tư 07/2014/TT-TTCP',
      confirmed: true,
    });
    expect(letterIdentityOutcome({ type: 'khieu_nai', ...named, on: '2022-03-01', named: false })).toMatchObject({ decision: 'luu_don', confirmed: false });
    expect(letterIdentityOutcome({ type: 'khieu_nai', ...named })).toMatchObject({ decision: 'xu_ly' });
  });
});

describe('group complaints: every signature and the appointing document (TT 07/2013 art. 5(1); NĐ 124/2020 art. 16(1))', () => {
  it('accepts a complete group complaint', () => {
    expect(groupComplaintAcceptance({ on: '2021-10-20', complainants: 7, signatures: 7, representativesAppointed: true })).toEqual({
      ok: true,
      basis: 'Điều 5 khoản 1 Thông tư 07/2013/TT-TTCP (sửa đổi bởi Thông tư 02/2016/TT-TTCP)',
    });
    expect(groupComplaintAcceptance({ on: '2026-07-01', complainants: 7, signatures: 7, representativesAppointed: true })).toMatchObject({ ok: true, basis: expect.stringContaining('Nghị định 124/2020/NĐ-CP') });
  });

  it('refuses one missing a signature or the appointing document, with the ground code', () => {
    expect(groupComplaintAcceptance({ on: '2021-10-20', complainants: 7, signatures: 6, representativesAppointed: true })).toMatchObject({
      ok: false,
      ground: 'kn_nhom_thieu_chu_ky',
      message: expect.stringContaining('6 chữ ký'),
    });
    expect(groupComplaintAcceptance({ on: '2021-10-20', complainants: 7, signatures: 7, representativesAppointed: false })).toMatchObject({ ok: false, ground: 'kn_nhom_thieu_chu_ky' });
    expect(() => groupComplaintAcceptance({ on: '2021-10-20', complainants: 1, signatures: 1, representativesAppointed: true })).toThrow(RangeError);
  });
});

describe('dialogue (Luật KN art. 30, 39, 53, 55)', () => {
  it.each([
    [{ type: 'khieu_nai', level: 1, positionsDiffer: true, on: '2021-10-20' }, true, 'Điều 30 khoản 1 Luật Khiếu nại 2011', null],
    [{ type: 'khieu_nai', level: 1, positionsDiffer: false, on: '2021-10-20' }, false, 'Điều 30 khoản 1 Luật Khiếu nại 2011', null],
    [{ type: 'khieu_nai', level: 2, on: '2021-10-20' }, true, 'Điều 39 Luật Khiếu nại 2011', null],
    [{ type: 'khieu_nai', level: 2, on: '2026-07-01' }, true, 'Điều 39 Luật Khiếu nại 2011; Điều 28 khoản 2 Nghị định 124/2020/NĐ-CP (sửa đổi bởi Nghị định 155/2026/NĐ-CP)', 'thong_bao_doi_thoai'],
    [{ type: 'khieu_nai', level: 1, positionsDiffer: true, on: '2026-07-01' }, true, 'Điều 30 khoản 1 Luật Khiếu nại 2011', 'thong_bao_doi_thoai'],
    [{ type: 'khieu_nai_ky_luat', level: 1, on: '2026-07-01' }, true, 'Điều 53 khoản 1 Luật Khiếu nại 2011', null],
    [{ type: 'khieu_nai_ky_luat', level: 2, on: '2021-10-20' }, true, 'Điều 55 khoản 3 Luật Khiếu nại 2011', null],
  ] as const)('%o → required %s (%s)', (facts, required, basis, stage) => {
    const r = dialogueRequirement(facts);
    expect([r.required, r.basis, r.noticeClock?.stage ?? null]).toEqual([required, basis, stage]);
  });
});

describe('reporting to the body that forwarded a letter (Luật TCD art. 27(2))', () => {
  it('counts 07 working days from the day the matter is resolved, not from receipt', () => {
    // Forwarded letter received Mon 4/10/2021, resolved Fri 29/10: 1–5/11, 8, 9/11 → Tue 9/11.
    expect(reportToForwarder('2021-10-04', '2021-10-29', calendar)).toEqual({ dueOn: '2021-11-09', immediate: false, basis: 'Điều 27 khoản 2 Luật Tiếp công dân 2013' });
    expect(computeDeadline({ type: 'chung', stage: 'bao_cao_don_chuyen', startedOn: '2021-10-04' }, calendar).dueOn).not.toBe('2021-11-09');
  });

  it('reports at once when the matter had been resolved before the letter arrived', () => {
    expect(reportToForwarder('2021-10-04', '2021-09-15', calendar)).toEqual({ dueOn: '2021-10-04', immediate: true, basis: 'Điều 27 khoản 2 Luật Tiếp công dân 2013' });
  });
});
