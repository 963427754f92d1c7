import { addDays, compareIsoDates, isIsoDate } from '../calendar';
import type { IsoDate } from '../calendar/types';
import { computeDeadline, type ComputeOptions, type DeadlineCalendar, type DeadlineType, type StageCode } from '../deadlines';
import type { Role } from '../org/roles';
import { complaintWithdrawal, denunciationWithdrawal, type GroupWithdrawal } from './withdrawal';

/**
 * The life of a case (vụ việc), one machine per type (domain brief §5):
 * - complaint (Luật KN): awaiting acceptance → resolving (level 1) → decided → level 2 (awaiting acceptance →
 *   resolving → decided) or lawsuit; withdrawal (art. 10) terminates; not accepted (art. 11); closed.
 * - denunciation (Luật TC): awaiting acceptance → resolving → verifying, extended (art. 30), suspended and resumed
 *   (art. 31, 34(2)) → concluded (art. 35) → re-resolved by a superior (art. 37) or closed; withdrawal (art. 33) and
 *   termination (art. 34(3)); not accepted (art. 29).
 * - recommendation / feedback (Luật TCD art. 28): resolving → answered → closed.
 * Pure: the server passes the day, the calendar and the actor's roles; it stores the clocks the outcome names.
 */

export const CASE_TYPES = ['khieu_nai', 'to_cao', 'kien_nghi_phan_anh'] as const;
export type CaseType = (typeof CASE_TYPES)[number];

export const CASE_STATES = ['cho_thu_ly', 'dang_giai_quyet', 'dang_xac_minh', 'tam_dinh_chi', 'da_giai_quyet', 'khong_thu_ly', 'khoi_kien', 'dinh_chi', 'da_dong'] as const;
export type CaseState = (typeof CASE_STATES)[number];

export const CASE_STATE_LABELS: Record<CaseState, { vi: string; en: string }> = {
  cho_thu_ly: { vi: 'Chờ thụ lý', en: 'Awaiting acceptance' },
  dang_giai_quyet: { vi: 'Đang giải quyết', en: 'Being resolved' },
  dang_xac_minh: { vi: 'Đang xác minh', en: 'Being verified' },
  tam_dinh_chi: { vi: 'Tạm đình chỉ', en: 'Suspended' },
  da_giai_quyet: { vi: 'Đã giải quyết', en: 'Resolved' },
  khong_thu_ly: { vi: 'Không thụ lý', en: 'Not accepted' },
  khoi_kien: { vi: 'Khởi kiện ra Tòa án', en: 'Taken to court' },
  dinh_chi: { vi: 'Đình chỉ giải quyết', en: 'Terminated' },
  da_dong: { vi: 'Đã kết thúc', en: 'Closed' },
};

/** States in which nothing more is done on the case (a closed case can still be re-resolved by a superior). */
export const FINAL_STATES: readonly CaseState[] = ['da_dong'];
/** The others: listed by value so a filter on them is an index range per state, not a scan of every case. */
export const OPEN_STATES: readonly CaseState[] = CASE_STATES.filter((s) => !FINAL_STATES.includes(s));

export const CASE_TRANSITIONS = [
  'thu_ly',
  'khong_thu_ly',
  'xac_minh',
  'gia_han',
  'tam_dinh_chi',
  'tiep_tuc',
  'giai_quyet',
  'khieu_nai_lan_2',
  'khoi_kien',
  'rut_don',
  'dinh_chi',
  'giai_quyet_lai',
  'dong',
] as const;
export type CaseTransition = (typeof CASE_TRANSITIONS)[number];

export const CASE_TRANSITION_LABELS: Record<CaseTransition, { vi: string; en: string }> = {
  thu_ly: { vi: 'Thụ lý', en: 'Accept' },
  khong_thu_ly: { vi: 'Không thụ lý', en: 'Refuse acceptance' },
  xac_minh: { vi: 'Giao xác minh', en: 'Start verification' },
  gia_han: { vi: 'Gia hạn giải quyết', en: 'Extend' },
  tam_dinh_chi: { vi: 'Tạm đình chỉ', en: 'Suspend' },
  tiep_tuc: { vi: 'Tiếp tục giải quyết', en: 'Resume' },
  giai_quyet: { vi: 'Ban hành quyết định, kết luận, trả lời', en: 'Decide' },
  khieu_nai_lan_2: { vi: 'Khiếu nại lần hai', en: 'Second-level complaint' },
  khoi_kien: { vi: 'Khởi kiện vụ án hành chính', en: 'Lawsuit' },
  rut_don: { vi: 'Rút đơn', en: 'Withdrawal' },
  dinh_chi: { vi: 'Đình chỉ giải quyết', en: 'Terminate' },
  giai_quyet_lai: { vi: 'Giải quyết lại (cấp trên)', en: 'Re-resolve (superior)' },
  dong: { vi: 'Kết thúc hồ sơ', en: 'Close' },
};

/**
 * Steps only the head (or whom he authorises: leader roles) decides: accepting, refusing, extending, suspending,
 * deciding, terminating and re-resolving are his decisions in law (Luật KN art. 27, 31; Luật TC art. 29–35, 37).
 * Handlers record the rest: verification started, a withdrawal letter received, an escalation or lawsuit reported.
 */
const HEAD_ONLY: ReadonlySet<CaseTransition> = new Set(['thu_ly', 'khong_thu_ly', 'gia_han', 'tam_dinh_chi', 'tiep_tuc', 'giai_quyet', 'dinh_chi', 'giai_quyet_lai']);
const HEAD_ROLES: readonly Role[] = ['leader', 'admin'];
/** A ward's committee is small: its officers record every step, the chairman signs the decisions on paper. */
const HANDLER_ROLES: readonly Role[] = ['leader', 'admin', 'case_handler', 'ward_officer'];

const FROM: Record<CaseType, Partial<Record<CaseTransition, readonly CaseState[]>>> = {
  khieu_nai: {
    thu_ly: ['cho_thu_ly'],
    khong_thu_ly: ['cho_thu_ly'],
    xac_minh: ['dang_giai_quyet'],
    tam_dinh_chi: ['dang_giai_quyet', 'dang_xac_minh'],
    tiep_tuc: ['tam_dinh_chi'],
    giai_quyet: ['dang_giai_quyet', 'dang_xac_minh'],
    khieu_nai_lan_2: ['da_giai_quyet'],
    khoi_kien: ['da_giai_quyet', 'dang_giai_quyet', 'dang_xac_minh'],
    rut_don: ['cho_thu_ly', 'dang_giai_quyet', 'dang_xac_minh', 'tam_dinh_chi'],
    dong: ['da_giai_quyet', 'khong_thu_ly', 'khoi_kien', 'dinh_chi'],
  },
  to_cao: {
    thu_ly: ['cho_thu_ly'],
    khong_thu_ly: ['cho_thu_ly'],
    xac_minh: ['dang_giai_quyet'],
    gia_han: ['dang_giai_quyet', 'dang_xac_minh'],
    tam_dinh_chi: ['dang_giai_quyet', 'dang_xac_minh'],
    tiep_tuc: ['tam_dinh_chi'],
    giai_quyet: ['dang_giai_quyet', 'dang_xac_minh'],
    rut_don: ['dang_giai_quyet', 'dang_xac_minh', 'tam_dinh_chi'],
    dinh_chi: ['dang_giai_quyet', 'dang_xac_minh', 'tam_dinh_chi'],
    giai_quyet_lai: ['da_giai_quyet', 'da_dong'],
    dong: ['da_giai_quyet', 'khong_thu_ly', 'dinh_chi'],
  },
  kien_nghi_phan_anh: {
    giai_quyet: ['dang_giai_quyet'],
    rut_don: ['dang_giai_quyet'],
    dong: ['da_giai_quyet', 'dinh_chi'],
  },
};

/** A clock to start: a row of the deadline table, started on a day (flags of the case passed through). */
export interface ClockStart {
  type: DeadlineType;
  stage: StageCode;
  startedOn: IsoDate;
  /** Luật TC art. 37(2)(c): a fresh resolution clock for the same matter. */
  restart?: true;
}

export interface CaseSnapshot {
  type: CaseType;
  state: CaseState;
  /** Complaints: 1 or 2; others 1. */
  level: 1 | 2;
  /** The state a suspension interrupted, to return to on resumption. */
  stateBeforeSuspension?: CaseState | null;
  /** The day the decision or conclusion was issued, if it was. */
  decidedOn?: IsoDate | null;
  complex?: boolean;
  remote?: boolean;
}

export interface TransitionInput {
  on: IsoDate;
  /** Extension: days added by the decision (defaults to the most allowed). */
  days?: number;
  /** Acceptance of a complaint: complex (a longer limit by law, Luật KN art. 28, 37). */
  complex?: boolean;
  /** Withdrawal: a letter signed or fingerprinted; group and the resolver's findings (Luật TC art. 33(3)). */
  inWriting?: boolean;
  scope?: 'all' | 'part';
  group?: GroupWithdrawal;
  signsOfViolation?: boolean;
  coerced?: boolean;
  slander?: boolean;
}

export type TransitionOutcome =
  | {
      ok: true;
      to: CaseState;
      level: 1 | 2;
      /** How the running clocks end, or null to leave them running. */
      endRunning: 'completed' | 'terminated' | null;
      start: ClockStart[];
      /** Extension added to the running resolution clock. */
      extend?: { decidedOn: IsoDate; days?: number };
      /** A suspension starts on this day (first day stopped). */
      suspendFrom?: IsoDate;
      /** The open suspension ends: last day stopped. */
      resumeAfter?: IsoDate;
      /** Complaint acceptance marked complex. */
      complex?: boolean;
      /** A withdrawal that did not end the case: what happens (continue for the others, the rest of the content…). */
      note?: string;
      basis: string;
    }
  | { ok: false; reason: 'NOT_ALLOWED_IN_STATE' | 'ROLE' | 'INVALID_INPUT' | 'LATE' | 'REFUSED'; message: string; basis?: string };

const KN = 'Luật Khiếu nại 2011';
const TC = 'Luật Tố cáo 2018';
const TCD = 'Luật Tiếp công dân 2013';

const deadlineType = (t: CaseType): DeadlineType => t;

/** The clock a new case starts with, counted from the day the letter was received. */
export function openingClock(type: CaseType, receivedOn: IsoDate, level: 1 | 2 = 1): { state: CaseState; clock: ClockStart; basis: string } {
  if (!isIsoDate(receivedOn)) throw new RangeError(`Ngày không hợp lệ: "${String(receivedOn)}".`);
  if (type === 'khieu_nai') {
    return level === 1
      ? { state: 'cho_thu_ly', clock: { type, stage: 'thu_ly', startedOn: receivedOn }, basis: `Điều 27 ${KN}` }
      : { state: 'cho_thu_ly', clock: { type, stage: 'thu_ly_lan_2', startedOn: receivedOn }, basis: `Điều 36 ${KN}` };
  }
  if (type === 'to_cao') return { state: 'cho_thu_ly', clock: { type, stage: 'xu_ly_ban_dau', startedOn: receivedOn }, basis: `Điều 24 khoản 1 ${TC}` };
  return { state: 'dang_giai_quyet', clock: { type: 'kien_nghi_phan_anh', stage: 'giai_quyet', startedOn: receivedOn }, basis: `Điều 28 ${TCD}` };
}

/** Which transitions the machine allows from the case's state, whatever the role. */
export function transitionsFrom(c: CaseSnapshot): CaseTransition[] {
  return CASE_TRANSITIONS.filter((t) => FROM[c.type][t]?.includes(c.state) === true && !(t === 'khieu_nai_lan_2' && c.level === 2));
}

export function mayPerform(roles: readonly Role[], t: CaseTransition): boolean {
  const allowed = HEAD_ONLY.has(t) ? HEAD_ROLES : HANDLER_ROLES;
  return roles.some((r) => allowed.includes(r));
}

/** The transitions to offer the actor on a case (the `actions` of the record). */
export function availableTransitions(c: CaseSnapshot, roles: readonly Role[]): CaseTransition[] {
  return transitionsFrom(c).filter((t) => mayPerform(roles, t));
}

const ok = (o: Omit<Extract<TransitionOutcome, { ok: true }>, 'ok'>): TransitionOutcome => ({ ok: true, ...o });

/**
 * Applies one step to a case: whether it is allowed in the state and for the roles, the next state, and how the
 * clocks change. `calendar` is needed only for the second-level complaint (its filing window, Luật KN art. 33).
 */
export function caseTransition(
  c: CaseSnapshot,
  t: CaseTransition,
  input: TransitionInput,
  roles: readonly Role[],
  calendar: DeadlineCalendar,
  options: ComputeOptions = {},
): TransitionOutcome {
  if (!isIsoDate(input.on)) return { ok: false, reason: 'INVALID_INPUT', message: 'Ngày thực hiện không hợp lệ (cần dạng YYYY-MM-DD).' };
  if (!transitionsFrom(c).includes(t)) {
    return { ok: false, reason: 'NOT_ALLOWED_IN_STATE', message: `Không thể «${CASE_TRANSITION_LABELS[t].vi}» khi vụ việc đang ở trạng thái «${CASE_STATE_LABELS[c.state].vi}».` };
  }
  if (!mayPerform(roles, t)) {
    return { ok: false, reason: 'ROLE', message: `«${CASE_TRANSITION_LABELS[t].vi}» là quyết định của thủ trưởng cơ quan có thẩm quyền: chỉ tài khoản lãnh đạo được ghi nhận.` };
  }
  const { on } = input;
  const type = deadlineType(c.type);
  switch (t) {
    case 'thu_ly': {
      if (c.type === 'khieu_nai') {
        const stage = c.level === 1 ? 'giai_quyet_lan_1' : 'giai_quyet_lan_2';
        return ok({ to: 'dang_giai_quyet', level: c.level, endRunning: 'completed', start: [{ type, stage, startedOn: on }], complex: input.complex === true, basis: c.level === 1 ? `Điều 27, Điều 28 ${KN}` : `Điều 36, Điều 37 ${KN}` });
      }
      return ok({
        to: 'dang_giai_quyet',
        level: 1,
        endRunning: 'completed',
        start: [
          { type, stage: 'giai_quyet', startedOn: on },
          { type, stage: 'thong_bao_thu_ly', startedOn: on },
        ],
        basis: `Điều 29, Điều 30 ${TC}`,
      });
    }
    case 'khong_thu_ly':
      return ok({ to: 'khong_thu_ly', level: c.level, endRunning: 'completed', start: [], basis: c.type === 'khieu_nai' ? `Điều 11, Điều 27 ${KN}` : `Điều 29 khoản 1 ${TC}` });
    case 'xac_minh':
      return ok({ to: 'dang_xac_minh', level: c.level, endRunning: null, start: [], basis: c.type === 'khieu_nai' ? `Điều 29 ${KN}` : `Điều 31 ${TC}` });
    case 'gia_han':
      if (input.days !== undefined && (!Number.isInteger(input.days) || input.days < 1)) return { ok: false, reason: 'INVALID_INPUT', message: 'Số ngày gia hạn phải là số nguyên dương.' };
      return ok({ to: c.state, level: c.level, endRunning: null, start: [], extend: { decidedOn: on, ...(input.days === undefined ? {} : { days: input.days }) }, basis: `Điều 30 ${TC}` });
    case 'tam_dinh_chi':
      return ok({ to: 'tam_dinh_chi', level: c.level, endRunning: null, start: [], suspendFrom: on, basis: c.type === 'to_cao' ? `Điều 34 khoản 1, khoản 2 ${TC}` : 'Điều 11a Luật Khiếu nại 2011 (sửa đổi); Nghị định 155/2026/NĐ-CP' });
    case 'tiep_tuc':
      return ok({ to: c.stateBeforeSuspension ?? 'dang_giai_quyet', level: c.level, endRunning: null, start: [], resumeAfter: addDays(on, -1), basis: c.type === 'to_cao' ? `Điều 34 khoản 2 ${TC}` : 'Nghị định 155/2026/NĐ-CP' });
    case 'giai_quyet': {
      if (c.type === 'khieu_nai') {
        return ok({ to: 'da_giai_quyet', level: c.level, endRunning: 'completed', start: [{ type, stage: c.level === 1 ? 'gui_quyet_dinh_lan_1' : 'gui_quyet_dinh_lan_2', startedOn: on }], basis: c.level === 1 ? `Điều 31, Điều 32 ${KN}` : `Điều 40, Điều 41 ${KN}` });
      }
      if (c.type === 'to_cao') return ok({ to: 'da_giai_quyet', level: 1, endRunning: 'completed', start: [{ type, stage: 'gui_ket_luan', startedOn: on }], basis: `Điều 35 ${TC}` });
      return ok({ to: 'da_giai_quyet', level: 1, endRunning: 'completed', start: [], basis: `Điều 28 ${TCD}` });
    }
    case 'khieu_nai_lan_2': {
      // Luật KN art. 33: the complainant may go to the second level within 30 days of the first-level decision.
      if (c.decidedOn) {
        const window = computeDeadline({ type: 'khieu_nai', stage: 'khieu_nai_lan_2', startedOn: c.decidedOn, ...(c.remote ? { remote: true } : {}) }, calendar, options);
        if (window.dueOn && compareIsoDates(on, window.dueOn) > 0) {
          return { ok: false, reason: 'LATE', message: `Đã quá thời hạn khiếu nại lần hai (đến hết ngày ${window.dueOn.split('-').reverse().join('/')}).`, basis: `Điều 33 ${KN}` };
        }
      }
      return ok({ to: 'cho_thu_ly', level: 2, endRunning: 'completed', start: [{ type, stage: 'thu_ly_lan_2', startedOn: on }], basis: `Điều 33, Điều 36 ${KN}` });
    }
    case 'khoi_kien':
      return ok({ to: 'khoi_kien', level: c.level, endRunning: 'completed', start: [], basis: `Điều 7, Điều 33, Điều 42 ${KN}` });
    case 'rut_don':
      return withdrawal(c, input);
    case 'dinh_chi':
      return ok({ to: 'dinh_chi', level: 1, endRunning: 'terminated', start: [{ type, stage: 'gui_quyet_dinh_dinh_chi', startedOn: on }], basis: `Điều 34 khoản 3, khoản 4 ${TC}` });
    case 'giai_quyet_lai':
      return ok({ to: 'dang_giai_quyet', level: 1, endRunning: 'completed', start: [{ type, stage: 'giai_quyet', startedOn: on, restart: true }], basis: `Điều 37 khoản 2 điểm c ${TC}` });
    case 'dong':
      return ok({ to: 'da_dong', level: c.level, endRunning: 'completed', start: [], basis: c.type === 'to_cao' ? `Điều 35, Điều 36 ${TC}` : c.type === 'khieu_nai' ? `Điều 44 ${KN}` : `Điều 28 ${TCD}` });
  }
}

function withdrawal(c: CaseSnapshot, input: TransitionInput): TransitionOutcome {
  const inWriting = input.inWriting === true;
  if (c.type === 'kien_nghi_phan_anh') {
    if (!inWriting) return { ok: false, reason: 'REFUSED', message: 'Việc rút kiến nghị, phản ánh phải bằng văn bản.' };
    return ok({ to: 'dinh_chi', level: 1, endRunning: 'terminated', start: [], basis: `Điều 28 ${TCD}` });
  }
  if (c.type === 'khieu_nai') {
    const r = complaintWithdrawal({ on: input.on, inWriting, ...(input.group ? { group: input.group } : {}) });
    if (!r.ok) return { ok: false, reason: r.reason === 'NOT_IN_WRITING' ? 'REFUSED' : 'INVALID_INPUT', message: r.message, basis: r.basis };
    if (r.outcome === 'continue_for_others') return ok({ to: c.state, level: c.level, endRunning: null, start: [], note: `Tiếp tục giải quyết cho ${r.remaining} người còn lại.`, basis: r.basis });
    return ok({ to: 'dinh_chi', level: c.level, endRunning: 'terminated', start: r.clocks.map((k) => ({ type: k.type, stage: k.stage, startedOn: input.on })), basis: r.basis });
  }
  const r = denunciationWithdrawal({
    on: input.on,
    inWriting,
    scope: input.scope ?? 'all',
    signsOfViolation: input.signsOfViolation === true,
    coerced: input.coerced === true,
    slander: input.slander === true,
    ...(c.decidedOn ? { concludedOn: c.decidedOn } : {}),
    ...(input.group ? { group: input.group } : {}),
  });
  if (!r.ok) return { ok: false, reason: r.reason === 'INVALID_GROUP' ? 'INVALID_INPUT' : 'REFUSED', message: r.message, basis: r.basis };
  switch (r.outcome) {
    case 'terminate':
      return ok({ to: 'dinh_chi', level: 1, endRunning: 'terminated', start: r.clocks.map((k) => ({ type: k.type, stage: k.stage, startedOn: input.on })), basis: r.basis });
    case 'continue':
      return ok({ to: c.state, level: 1, endRunning: null, start: [], note: 'Vẫn tiếp tục giải quyết tố cáo (Điều 33 khoản 3 Luật Tố cáo 2018).', basis: r.basis });
    case 'continue_for_others':
      return ok({ to: c.state, level: 1, endRunning: null, start: [], note: `Tiếp tục giải quyết cho ${r.remaining} người còn lại.`, basis: r.basis });
    case 'resolve_remaining_content':
      return ok({ to: c.state, level: 1, endRunning: null, start: [], note: 'Tiếp tục giải quyết các nội dung tố cáo chưa rút.', basis: r.basis });
  }
}
