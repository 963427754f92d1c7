import { compareIsoDates, isIsoDate } from '../calendar';
import type { IsoDate } from '../calendar/types';
import { computeDeadline, type DeadlineCalendar, type DeadlineResult } from '../deadlines';

const ND155_FROM = '2026-07-01';

function assertDate(value: IsoDate, field: string): void {
  if (!isIsoDate(value)) throw new RangeError(`Ngày không hợp lệ ở "${field}": "${String(value)}" (cần dạng YYYY-MM-DD).`);
}

/** A stage of the deadline table a step starts; the cases module computes it with `computeDeadline` from the decision's date. */
export interface ClockRef {
  type: 'khieu_nai' | 'to_cao';
  stage: 'gui_quyet_dinh_dinh_chi' | 'tiep_tuc_sau_dinh_chi';
}

export interface GroupWithdrawal {
  /** People who complained (or denounced) together. */
  members: number;
  /** How many of them withdraw now. */
  withdrawing: number;
}

type Refusal = { ok: false; reason: 'NOT_IN_WRITING' | 'INVALID_GROUP' | 'AFTER_CONCLUSION'; message: string; basis: string };

function checkGroup(group: GroupWithdrawal | undefined, basis: string): Refusal | null {
  if (group === undefined) return null;
  const { members, withdrawing } = group;
  if (!Number.isInteger(members) || !Number.isInteger(withdrawing) || members < 2 || withdrawing < 1 || withdrawing > members) {
    return { ok: false, reason: 'INVALID_GROUP', message: 'Số người rút phải từ 1 đến tổng số người cùng khiếu nại, tố cáo (ít nhất 2 người).', basis };
  }
  return null;
}

// ---------------------------------------------------------------- complaints

export interface ComplaintWithdrawal {
  /** The day the withdrawal reaches the person competent to resolve the complaint. */
  on: IsoDate;
  /** A letter signed or fingerprinted by the complainant (Luật KN art. 10). */
  inWriting: boolean;
  group?: GroupWithdrawal;
}

export type ComplaintWithdrawalOutcome =
  | {
      ok: true;
      /** Every complainant withdrew: the resolution is terminated by decision and the complainant told in writing. */
      outcome: 'terminate';
      form: string;
      /** Clocks the termination starts: sending the decision (from 1/7/2026) and the complainant's 30 days (KN art. 11(8)). */
      clocks: ClockRef[];
      basis: string;
    }
  | {
      ok: true;
      /** Some of a group withdrew: the complaint goes on for the others; those who withdrew lose the complainant's rights. */
      outcome: 'continue_for_others';
      remaining: number;
      basis: string;
    }
  | Refusal;

/**
 * Luật KN art. 10: a complaint may be withdrawn at any time, by a signed or fingerprinted letter; the resolver then
 * terminates the resolution and notifies the complainant in writing. Within a group (NĐ 124/2020 art. 7a, added by
 * NĐ 155/2026 art. 5, from 1/7/2026) the resolution goes on for the others, and is terminated only when all withdraw.
 */
export function complaintWithdrawal(w: ComplaintWithdrawal): ComplaintWithdrawalOutcome {
  assertDate(w.on, 'on');
  const from2026 = compareIsoDates(w.on, ND155_FROM) >= 0;
  const groupBasis = from2026 ? 'Điều 7a Nghị định 124/2020/NĐ-CP (bổ sung bởi Nghị định 155/2026/NĐ-CP); Điều 10 Luật Khiếu nại 2011' : 'Điều 10 Luật Khiếu nại 2011';
  if (!w.inWriting) {
    return { ok: false, reason: 'NOT_IN_WRITING', message: 'Việc rút khiếu nại phải bằng đơn có chữ ký hoặc điểm chỉ của người khiếu nại.', basis: 'Điều 10 Luật Khiếu nại 2011' };
  }
  const invalid = checkGroup(w.group, groupBasis);
  if (invalid) return invalid;
  if (w.group !== undefined && w.group.withdrawing < w.group.members) {
    return { ok: true, outcome: 'continue_for_others', remaining: w.group.members - w.group.withdrawing, basis: groupBasis };
  }
  return from2026
    ? {
        ok: true,
        outcome: 'terminate',
        form: 'Mẫu số 14a (Nghị định 124/2020/NĐ-CP, sửa đổi bởi Nghị định 155/2026/NĐ-CP)',
        clocks: [
          { type: 'khieu_nai', stage: 'gui_quyet_dinh_dinh_chi' },
          { type: 'khieu_nai', stage: 'tiep_tuc_sau_dinh_chi' },
        ],
        basis: `Điều 10 Luật Khiếu nại 2011; Điều 28b khoản 1 Nghị định 124/2020/NĐ-CP (bổ sung bởi Nghị định 155/2026/NĐ-CP)${w.group ? '; Điều 7a khoản 2' : ''}`,
      }
    : {
        ok: true,
        outcome: 'terminate',
        form: 'Mẫu số 12-KN (Thông tư 07/2013/TT-TTCP)',
        clocks: [{ type: 'khieu_nai', stage: 'tiep_tuc_sau_dinh_chi' }],
        basis: 'Điều 10 Luật Khiếu nại 2011; Điều 19 Thông tư 07/2013/TT-TTCP',
      };
}

/**
 * Luật KN art. 11(8): after a written termination notice, a complainant who does not continue within 30 days is not
 * accepted again. `barred` is true when `filedOn` is after the last day of those 30 days (the 30 days counted as the
 * deadline table counts them: the notice day not counted, a last day off moved to the next working day).
 */
export function barredAfterTermination(noticeOn: IsoDate, filedOn: IsoDate, calendar: DeadlineCalendar): { barred: boolean; lastDay: IsoDate; basis: string } {
  assertDate(filedOn, 'filedOn');
  const window: DeadlineResult = computeDeadline({ type: 'khieu_nai', stage: 'tiep_tuc_sau_dinh_chi', startedOn: noticeOn }, calendar);
  const lastDay = window.dueOn ?? noticeOn;
  return { barred: compareIsoDates(filedOn, lastDay) > 0, lastDay, basis: 'Điều 11 khoản 8 Luật Khiếu nại 2011' };
}

// ---------------------------------------------------------------- denunciations

export interface DenunciationWithdrawal {
  on: IsoDate;
  /** A withdrawal letter, or minutes of a withdrawal made in person, signed or fingerprinted (TC art. 33(1); NĐ 31/2019 art. 4). */
  inWriting: boolean;
  /** The day the conclusion was issued, if it was: withdrawal is possible only before it. */
  concludedOn?: IsoDate;
  /** The whole denunciation or only some of its contents. */
  scope: 'all' | 'part';
  group?: GroupWithdrawal;
  /** What the resolver finds (TC art. 33(3)): signs of a violation in the denounced conduct … */
  signsOfViolation: boolean;
  /** … a withdrawal made under threat, coercion or bribery … */
  coerced: boolean;
  /** … or a denouncer who abused the denunciation to slander. */
  slander: boolean;
}

export type DenunciationWithdrawalOutcome =
  | {
      ok: true;
      /** Resolved anyway, in full (TC art. 33(3)). */
      outcome: 'continue';
      because: ('dau_hieu_vi_pham' | 'bi_ep_buoc' | 'vu_khong')[];
      basis: string;
    }
  | { ok: true; outcome: 'continue_for_others'; remaining: number; basis: string }
  | { ok: true; outcome: 'resolve_remaining_content'; basis: string }
  | { ok: true; outcome: 'terminate'; clocks: ClockRef[]; basis: string }
  | Refusal;

/**
 * Luật TC art. 33: a denunciation may be withdrawn, wholly or in part, in writing, before the conclusion. Part of the
 * content withdrawn: the rest is resolved; some of a group withdraw: it is resolved for the others; all of it by
 * all: the resolution is terminated (art. 34(3)(a)) and the decision sent within 05 working days (art. 34(4)) —
 * unless the conduct shows signs of a violation, the withdrawal was coerced or the denouncer slandered, when it
 * is resolved anyway (art. 33(3); NĐ 31/2019 art. 4, rewritten by NĐ 156/2026 art. 1 from 1/7/2026).
 */
export function denunciationWithdrawal(w: DenunciationWithdrawal): DenunciationWithdrawalOutcome {
  assertDate(w.on, 'on');
  const decree = compareIsoDates(w.on, ND155_FROM) >= 0 ? 'Điều 4 khoản 4 Nghị định 31/2019/NĐ-CP (sửa đổi bởi Nghị định 156/2026/NĐ-CP)' : 'Điều 4 khoản 3 Nghị định 31/2019/NĐ-CP';
  if (!w.inWriting) {
    return { ok: false, reason: 'NOT_IN_WRITING', message: 'Việc rút tố cáo phải bằng văn bản hoặc biên bản có chữ ký hoặc điểm chỉ của người rút tố cáo.', basis: 'Điều 33 khoản 1 Luật Tố cáo 2018' };
  }
  if (w.concludedOn !== undefined) {
    assertDate(w.concludedOn, 'concludedOn');
    if (compareIsoDates(w.on, w.concludedOn) > 0) {
      return { ok: false, reason: 'AFTER_CONCLUSION', message: 'Đã có kết luận nội dung tố cáo: chỉ được rút tố cáo trước khi người giải quyết tố cáo ra kết luận.', basis: 'Điều 33 khoản 1 Luật Tố cáo 2018' };
    }
  }
  const invalid = checkGroup(w.group, 'Điều 33 khoản 2 Luật Tố cáo 2018');
  if (invalid) return invalid;
  const because = [
    ...(w.signsOfViolation ? (['dau_hieu_vi_pham'] as const) : []),
    ...(w.coerced ? (['bi_ep_buoc'] as const) : []),
    ...(w.slander ? (['vu_khong'] as const) : []),
  ];
  if (because.length > 0) return { ok: true, outcome: 'continue', because, basis: `Điều 33 khoản 3 Luật Tố cáo 2018; ${decree}` };
  if (w.group !== undefined && w.group.withdrawing < w.group.members) {
    return { ok: true, outcome: 'continue_for_others', remaining: w.group.members - w.group.withdrawing, basis: 'Điều 33 khoản 2 Luật Tố cáo 2018' };
  }
  if (w.scope === 'part') return { ok: true, outcome: 'resolve_remaining_content', basis: 'Điều 33 khoản 2 Luật Tố cáo 2018' };
  return {
    ok: true,
    outcome: 'terminate',
    clocks: [{ type: 'to_cao', stage: 'gui_quyet_dinh_dinh_chi' }],
    basis: 'Điều 34 khoản 3 điểm a, khoản 4 Luật Tố cáo 2018',
  };
}
