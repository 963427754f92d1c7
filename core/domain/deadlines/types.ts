import type { IsoDate } from '../calendar/types';

export type { IsoDate };

/** What a clock is about. `chung` = any letter at reception, before it is classified. */
export const DEADLINE_TYPES = ['chung', 'khieu_nai', 'khieu_nai_ky_luat', 'to_cao', 'kien_nghi_phan_anh'] as const;
export type DeadlineType = (typeof DEADLINE_TYPES)[number];

/** Stable stage codes, shared across types where the step is the same. */
export const STAGE_CODES = [
  // reception and processing of any letter
  'tra_loi_cong_dan',
  'xu_ly_don',
  'bao_cao_don_chuyen',
  'thong_bao_don_chuyen',
  'thong_bao_tu_choi_tiep',
  // complaints (also complaints against disciplinary decisions)
  'thoi_hieu',
  'thu_ly',
  'giai_quyet_lan_1',
  'khieu_nai_lan_2',
  'khieu_nai_lan_2_buoc_thoi_viec',
  'thu_ly_lan_2',
  'giai_quyet_lan_2',
  'hieu_luc',
  // denunciations
  'xu_ly_ban_dau',
  'chuyen_don',
  'thong_bao_thu_ly',
  'giai_quyet',
  'gui_ket_luan',
  'to_cao_tiep',
  'yeu_cau_bao_cao_qua_han',
  'bao_cao_qua_han',
] as const;
export type StageCode = (typeof STAGE_CODES)[number];

/** 'working' = working days of the civil-service calendar; 'calendar' = ngày (calendar days). */
export type DeadlineUnit = 'working' | 'calendar';

/**
 * How a case can get a longer limit.
 * - `replace`: the law sets a different, longer limit for such cases (no decision needed), e.g. Luật KN art. 28.
 * - `add`: the competent person extends by written decision, each time by at most `amount`, at most `maxTimes` times
 *   (Luật TC art. 30).
 */
export type ExtensionKind = 'complex' | 'especially_complex' | 'remote' | 'remote_complex';

export type ExtensionOption =
  | { kind: ExtensionKind; effect: 'replace'; amount: number; label: string }
  | { kind: 'complex' | 'especially_complex'; effect: 'add'; amount: number; maxTimes: number; label: string };

export interface LegalBasis {
  /** Short name of the instrument, e.g. "Luật Khiếu nại 2011". */
  law: string;
  /** e.g. "Điều 28" or "Điều 24 khoản 1"; when `articleKnown` is false, a phrase saying it is not known. */
  article: string;
  /** False when the article of `law` that sets the limit has not been identified; absent means known. */
  articleKnown?: boolean;
  /** Vietnamese sentence shown to users. */
  text: string;
}

interface RuleCommon {
  type: DeadlineType;
  stage: StageCode;
  /** Vietnamese description of the event that starts the clock, e.g. "ngày thụ lý". */
  startEvent: string;
  basis: LegalBasis;
  /** False when the figure or the article is not verified in a readable source (domain brief: UNCONFIRMED). */
  confirmed: boolean;
  note?: string;
}

export interface LimitedRule extends RuleCommon {
  amount: number;
  unit: DeadlineUnit;
  /**
   * False when the text says "ngày" without "làm việc" and we read it as calendar days: the usual reading,
   * but not verified (domain brief §4).
   */
  unitConfirmed: boolean;
  options: readonly ExtensionOption[];
  /** Whether time under a suspension (tạm đình chỉ) or an objective obstacle is left out of the period. */
  suspensionExcluded: boolean;
}

/** A step the law sets no time limit for (kiến nghị, phản ánh beyond the TCD art. 28 notice). */
export interface NoLimitRule extends RuleCommon {
  amount: null;
  unit: null;
}

export type DeadlineRule = LimitedRule | NoLimitRule;

export interface RuleSet {
  id: string;
  name: string;
  effectiveFrom: IsoDate;
  /** Last day the set applies (inclusive). */
  effectiveTo?: IsoDate;
  /** Instruments the set is built from. */
  sources: readonly string[];
  note?: string;
  rules: readonly DeadlineRule[];
}

export type DeadlineState = 'on_time' | 'due_soon' | 'overdue' | 'stopped' | 'no_limit';

export interface ExtensionInput {
  /** Days added by the decision; defaults to the most the rule allows per extension. */
  days?: number;
  /** Defaults to 'especially_complex' when the case is flagged so, otherwise 'complex'. */
  kind?: 'complex' | 'especially_complex';
  decidedOn: IsoDate;
  documentNumber?: string;
}

export interface SuspensionInput {
  /** First day the clock is stopped. */
  from: IsoDate;
  /** Last day the clock is stopped (inclusive); absent while the suspension is still in force. */
  to?: IsoDate;
  reason?: string;
}

export interface DeadlineInput {
  type: DeadlineType;
  stage: StageCode;
  /** The day of the start event; not itself counted. */
  startedOn: IsoDate;
  complex?: boolean;
  especiallyComplex?: boolean;
  remote?: boolean;
  extensions?: readonly ExtensionInput[];
  suspensions?: readonly SuspensionInput[];
  today?: IsoDate;
  /** A clock is "due soon" when at most this many working days remain; default 3. */
  dueSoonDays?: number;
  /** Picks the rule set by this date instead of `startedOn` (a case keeping the set of its first clock). */
  ruleSetOn?: IsoDate;
}

export type HistoryEvent = 'started' | 'extended' | 'suspended' | 'resumed';

export interface HistoryEntry {
  event: HistoryEvent;
  on: IsoDate;
  /** The due date after this event; null while the clock is stopped. */
  dueOn: IsoDate | null;
  note: string;
}

export type AppliedVariant = 'base' | ExtensionKind;

export interface DeadlineResult {
  /** Null when the law sets no limit. */
  dueOn: IsoDate | null;
  /** True when dueOn assumes an open suspension ends the day after `today`. */
  provisional: boolean;
  unit: DeadlineUnit | null;
  /** Effective amount after the complex/remote limit and the extensions (suspended time not included). */
  amount: number | null;
  /** The row's base amount. */
  baseAmount: number | null;
  /** Which of the row's limits applied. */
  variant: AppliedVariant;
  /** Units not counted because of suspensions. */
  suspendedUnits: number;
  basis: LegalBasis;
  ruleSet: { id: string; name: string };
  rule: DeadlineRule;
  /** Null when `today` is not given (except 'no_limit' and 'stopped', which do not depend on it). */
  state: DeadlineState | null;
  /** Units left in the rule's unit, negative when overdue; while stopped, what was left when it stopped. */
  daysLeft: number | null;
  history: HistoryEntry[];
}
