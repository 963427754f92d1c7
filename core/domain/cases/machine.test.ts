import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../calendar';
import { availableTransitions, CASE_STATES, caseTransition, checkLetterDecision, FINAL_STATES, OPEN_STATES, openingClock, processingClock, type CaseSnapshot } from './index';

const calendar = createWorkCalendar();
const leader = ['leader'] as const;
const handler = ['case_handler'] as const;

describe('case state machines', () => {
  it('every state is either open or final, never both', () => {
    expect([...OPEN_STATES, ...FINAL_STATES].sort()).toEqual([...CASE_STATES].sort());
    expect(OPEN_STATES).not.toContain('da_dong');
  });

  it('a complaint starts awaiting acceptance with the 10-working-day acceptance clock; level 2 with its own', () => {
    expect(openingClock('khieu_nai', '2021-10-20')).toMatchObject({ state: 'cho_thu_ly', clock: { type: 'khieu_nai', stage: 'thu_ly', startedOn: '2021-10-20' } });
    expect(openingClock('khieu_nai', '2021-10-20', 2).clock.stage).toBe('thu_ly_lan_2');
    expect(openingClock('to_cao', '2021-10-20').clock.stage).toBe('xu_ly_ban_dau');
    expect(openingClock('kien_nghi_phan_anh', '2021-10-20').state).toBe('dang_giai_quyet');
  });

  it('complaint: level 1 → decided → level 2 within 30 days → lawsuit', () => {
    let c: CaseSnapshot = { type: 'khieu_nai', state: 'cho_thu_ly', level: 1 };
    const accepted = caseTransition(c, 'thu_ly', { on: '2021-10-25', complex: true }, leader, calendar);
    expect(accepted).toMatchObject({ ok: true, to: 'dang_giai_quyet', endRunning: 'completed', complex: true, start: [{ stage: 'giai_quyet_lan_1', startedOn: '2021-10-25' }] });
    c = { ...c, state: 'dang_giai_quyet' };
    const decided = caseTransition(c, 'giai_quyet', { on: '2021-11-20' }, leader, calendar);
    expect(decided).toMatchObject({ ok: true, to: 'da_giai_quyet', start: [{ stage: 'gui_quyet_dinh_lan_1' }] });
    c = { ...c, state: 'da_giai_quyet', decidedOn: '2021-11-20' };
    // 30 days from Sat 20/11/2021 end on Mon 20/12/2021.
    expect(caseTransition(c, 'khieu_nai_lan_2', { on: '2021-12-20' }, handler, calendar)).toMatchObject({ ok: true, to: 'cho_thu_ly', level: 2, start: [{ stage: 'thu_ly_lan_2' }] });
    expect(caseTransition(c, 'khieu_nai_lan_2', { on: '2021-12-21' }, handler, calendar)).toMatchObject({ ok: false, reason: 'LATE', basis: 'Điều 33 Luật Khiếu nại 2011' });
    expect(caseTransition(c, 'khoi_kien', { on: '2021-12-01' }, handler, calendar)).toMatchObject({ ok: true, to: 'khoi_kien', endRunning: 'completed' });
    // No third level.
    expect(caseTransition({ ...c, level: 2 }, 'khieu_nai_lan_2', { on: '2021-12-01' }, handler, calendar)).toMatchObject({ ok: false, reason: 'NOT_ALLOWED_IN_STATE' });
  });

  it('complaint withdrawal terminates and starts the 30-day window; unsigned withdrawal refused', () => {
    const c: CaseSnapshot = { type: 'khieu_nai', state: 'dang_giai_quyet', level: 1 };
    expect(caseTransition(c, 'rut_don', { on: '2021-11-03', inWriting: true }, handler, calendar)).toMatchObject({ ok: true, to: 'dinh_chi', endRunning: 'terminated', start: [{ stage: 'tiep_tuc_sau_dinh_chi' }] });
    expect(caseTransition(c, 'rut_don', { on: '2021-11-03', inWriting: false }, handler, calendar)).toMatchObject({ ok: false, reason: 'REFUSED' });
  });

  it('denunciation: accept (resolution + notice clocks), verify, extend, suspend, resume, conclude, re-resolve', () => {
    const c: CaseSnapshot = { type: 'to_cao', state: 'cho_thu_ly', level: 1 };
    const accepted = caseTransition(c, 'thu_ly', { on: '2021-10-26' }, leader, calendar);
    expect(accepted.ok && accepted.start.map((s) => s.stage)).toEqual(['giai_quyet', 'thong_bao_thu_ly']);
    const resolving = { ...c, state: 'dang_giai_quyet' as const };
    expect(caseTransition(resolving, 'xac_minh', { on: '2021-10-27' }, handler, calendar)).toMatchObject({ ok: true, to: 'dang_xac_minh', endRunning: null });
    expect(caseTransition(resolving, 'gia_han', { on: '2021-11-20', days: 30 }, leader, calendar)).toMatchObject({ ok: true, extend: { decidedOn: '2021-11-20', days: 30 } });
    expect(caseTransition(resolving, 'tam_dinh_chi', { on: '2021-11-01' }, leader, calendar)).toMatchObject({ ok: true, to: 'tam_dinh_chi', suspendFrom: '2021-11-01' });
    const suspended = { ...c, state: 'tam_dinh_chi' as const, stateBeforeSuspension: 'dang_xac_minh' as const };
    expect(caseTransition(suspended, 'tiep_tuc', { on: '2021-11-10' }, leader, calendar)).toMatchObject({ ok: true, to: 'dang_xac_minh', resumeAfter: '2021-11-09' });
    expect(caseTransition(resolving, 'giai_quyet', { on: '2021-11-25' }, leader, calendar)).toMatchObject({ ok: true, to: 'da_giai_quyet', start: [{ stage: 'gui_ket_luan' }] });
    expect(caseTransition({ ...c, state: 'da_dong' }, 'giai_quyet_lai', { on: '2021-12-22' }, leader, calendar)).toMatchObject({ ok: true, to: 'dang_giai_quyet', start: [{ stage: 'giai_quyet', restart: true }] });
  });

  it('denunciation withdrawal with signs of a violation goes on; a full withdrawal terminates with the 5-day decision clock', () => {
    const c: CaseSnapshot = { type: 'to_cao', state: 'dang_xac_minh', level: 1 };
    expect(caseTransition(c, 'rut_don', { on: '2021-11-10', inWriting: true, signsOfViolation: true }, handler, calendar)).toMatchObject({ ok: true, to: 'dang_xac_minh', endRunning: null });
    expect(caseTransition(c, 'rut_don', { on: '2021-11-10', inWriting: true }, handler, calendar)).toMatchObject({ ok: true, to: 'dinh_chi', start: [{ stage: 'gui_quyet_dinh_dinh_chi' }] });
  });

  it('decisions are the head’s: a handler may not accept, extend or decide, and is offered only his steps', () => {
    const c: CaseSnapshot = { type: 'to_cao', state: 'dang_giai_quyet', level: 1 };
    expect(caseTransition(c, 'giai_quyet', { on: '2021-11-25' }, handler, calendar)).toMatchObject({ ok: false, reason: 'ROLE' });
    expect(availableTransitions(c, handler)).toEqual(['xac_minh', 'rut_don']);
    expect(availableTransitions(c, leader)).toEqual(['xac_minh', 'gia_han', 'tam_dinh_chi', 'giai_quyet', 'rut_don', 'dinh_chi']);
    expect(availableTransitions(c, ['read_only'])).toEqual([]);
  });

  it('complaints are not extended by decision: the longer limit for complex cases comes with acceptance', () => {
    expect(caseTransition({ type: 'khieu_nai', state: 'dang_giai_quyet', level: 1 }, 'gia_han', { on: '2021-11-01' }, leader, calendar)).toMatchObject({ ok: false, reason: 'NOT_ALLOWED_IN_STATE' });
  });
});

describe('letter decisions', () => {
  const base = { guidedBefore: false, forwardedIn: false, hasRecipient: false, on: '2021-10-25' } as const;
  it('a letter’s processing clock: 7 working days for a denunciation, 10 otherwise', () => {
    expect(processingClock('to_cao', '2021-10-20')).toEqual({ type: 'to_cao', stage: 'xu_ly_ban_dau', startedOn: '2021-10-20' });
    expect(processingClock('khieu_nai', '2021-10-20').stage).toBe('xu_ly_don');
  });
  it('guides a complaint once only, forwards a denunciation once only', () => {
    expect(checkLetterDecision({ ...base, requestType: 'khieu_nai', decision: 'huong_dan', guidedBefore: true })).toMatchObject({ ok: false, basis: expect.stringContaining('Điều 8') });
    expect(checkLetterDecision({ ...base, requestType: 'to_cao', decision: 'chuyen_don', forwardedIn: true, hasRecipient: true })).toMatchObject({ ok: false, basis: expect.stringContaining('Điều 24 khoản 2') });
    expect(checkLetterDecision({ ...base, requestType: 'to_cao', decision: 'chuyen_don', hasRecipient: true })).toMatchObject({ ok: true, completesProcessing: true });
  });
  it('forwarding needs a recipient; a mixed letter is not accepted whole; urging leaves the clock running', () => {
    expect(checkLetterDecision({ ...base, requestType: 'khieu_nai', decision: 'chuyen_don' })).toMatchObject({ ok: false, field: 'forwardToUnitId' });
    expect(checkLetterDecision({ ...base, requestType: 'nhieu_noi_dung', decision: 'thu_ly' })).toMatchObject({ ok: false });
    expect(checkLetterDecision({ ...base, requestType: 'khieu_nai', decision: 'thu_ly' })).toMatchObject({ ok: true, opensCase: true });
    expect(checkLetterDecision({ ...base, requestType: 'khieu_nai', decision: 'don_doc' })).toMatchObject({ ok: true, completesProcessing: false });
    expect(checkLetterDecision({ ...base, requestType: 'khieu_nai', decision: 'khong_xu_ly' })).toMatchObject({ ok: false });
  });
});
