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
  // added with issue 6 (appended: codes are stored, never renamed or reordered in meaning)
  'gui_quyet_dinh_lan_1',
  'gui_quyet_dinh_lan_2',
  'tiep_tuc_sau_dinh_chi',
  'thong_bao_doi_thoai',
  'gui_quyet_dinh_dinh_chi',
  'gui_quyet_dinh_tiep_tuc',
  'bao_cao_to_cao_chuyen',
  'cong_khai_ket_luan',
] as const;
export type StageCode = (typeof STAGE_CODES)[number];

/** 'working' = working days of the civil-service calendar; 'calendar' = ngày (calendar days). */
export type DeadlineUnit = 'working' | 'calendar';

/**
 * How a case can get a longer limit.
 * - `replace`: the law sets a different, longer limit for such cases (no decision needed), e.g. Luật KN art. 28;
 *   `several_places` is Luật TC art. 24(1): checks at several places or delegated to another body.
 * - `add`: the competent person extends by written decision, each time by at most `amount`, at most `maxTimes` times
 *   (Luật TC art. 30).
 */
export type ExtensionKind = 'complex' | 'especially_complex' | 'remote' | 'remote_complex' | 'several_places';

export type ExtensionOption =
  | { kind: ExtensionKind; effect: 'replace'; amount: number; label: string }
  | { kind: 'complex' | 'especially_complex'; effect: 'add'; amount: number; maxTimes: number; label: string };

/** One provision: the instrument, the article as it is cited, and where the legal code (Bộ pháp điển) files it. */
export interface Provision {
  /** Short name of the instrument, e.g. "Luật Khiếu nại 2011 (02/2011/QH13)". */
  law: string;
  /** e.g. "Điều 28" or "Điều 24 khoản 1"; when `articleKnown` is false, a phrase saying it is not known. */
  article: string;
  /**
   * The heading the legal code gives the article, e.g. "Điều 18.1.LQ.28" (topic 18.1, the law's article 28) or
   * "Điều 18.1.TT.1.5" (a circular's article 5 under it); absent for texts outside the code (the 2026 decrees).
   */
  codeRef?: string;
}

export interface LegalBasis extends Provision {
  /** False when the article of `law` that sets the limit has not been identified; absent means known. */
  articleKnown?: boolean;
  /** Provisions read together with the main one, e.g. the circular that says "ngày làm việc" where the law says "ngày". */
  related?: readonly Provision[];
  /** Vietnamese sentence shown to users. */
  text: string;
}

/**
 * What about a row is not yet verified against the texts in the repository, as a code the screens turn into a
 * plain marker; the research notes behind it are kept in docs/law-notes.md, not in the data.
 * - `article`: the figure is widely applied but the article that sets it is not among the texts.
 */
export type Unverified = 'article';

interface RuleCommon {
  type: DeadlineType;
  stage: StageCode;
  /** Vietnamese description of the event that starts the clock, e.g. "ngày thụ lý". */
  startEvent: string;
  basis: LegalBasis;
  /** True when the figure, its unit where the text states it, and the article were checked against the texts. */
  confirmed: boolean;
  /** Set exactly when `confirmed` is false: what is not verified. */
  unverified?: Unverified;
  /** Guidance for the officer (how the step applies), never a research note. */
  note?: string;
  /** Who must receive the notice or decision this step is about, as the provision lists them. */
  recipients?: readonly string[];
}

interface Counted {
  amount: number;
  unit: DeadlineUnit;
  /**
   * False when the text says "ngày" without "làm việc" and we read it as calendar days: the usual reading
   * (the laws write "ngày làm việc" wherever they mean working days) but not settled by any text.
   */
  unitConfirmed: boolean;
}

export interface LimitedRule extends RuleCommon, Counted {
  kind: 'deadline';
  options: readonly ExtensionOption[];
  /** Whether time under a suspension (tạm đình chỉ) or an objective obstacle is left out of the period. */
  suspensionExcluded: boolean;
  /** Suspended time is left out only for suspensions from this day on (a rule that took effect later, e.g. NĐ 155/2026 art. 22(1)). */
  suspensionFrom?: IsoDate;
  /**
   * A resolution period whose unit ("ngày") an administrator may read as working days for a rule set when the
   * inspectorate instructs so (see `UnitReadings`); the other "ngày" rows keep calendar days.
   */
  readingSwitchable?: boolean;
}

/**
 * A minimum notice: the event may not take place before `amount` units have passed since the notice, e.g. a
 * dialogue at least 05 days after the notice of it (NĐ 124/2020 art. 28(1) as amended). Not a deadline: nothing is
 * ever overdue, the result is the earliest day allowed.
 */
export interface NotBeforeRule extends RuleCommon, Counted {
  kind: 'not_before';
  /** What may not happen earlier, e.g. "ngày đối thoại". */
  event: string;
}

/** A step the law sets no time limit for (kiến nghị, phản ánh beyond the TCD art. 28 notice). */
export interface NoLimitRule extends RuleCommon {
  kind: 'no_limit';
  amount: null;
  unit: null;
}

export type DeadlineRule = LimitedRule | NotBeforeRule | NoLimitRule;

/**
 * An administrator's reading of the unit of a rule set's resolution periods, by rule set id, when the inspectorate
 * instructs one; rule sets without an entry keep calendar days. Stored by the server, passed in by value.
 */
export type UnitReadings = Readonly<Record<string, DeadlineUnit>>;

export interface RuleSet {
  id: string;
  name: string;
  effectiveFrom: IsoDate;
  /** Last day the set applies (inclusive). */
  effectiveTo?: IsoDate;
  /** Instruments the set is built from. */
  sources: readonly string[];
  /**
   * Set when the set as a whole rests on texts not yet verified (`amending_law`: the 2026 set applies the laws as
   * amended by Luật 136/2025/QH15, whose text is not among the sources checked); the screens show a marker.
   */
  unverified?: 'amending_law';
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
  /** Checks needed at several places or delegated to another body (Luật TC art. 24(1)). */
  severalPlaces?: boolean;
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
  /** Null when the law sets no limit, and for a minimum notice (see `earliestOn`). */
  dueOn: IsoDate | null;
  /** A minimum notice (`NotBeforeRule`): the first working day the event may take place; null otherwise. */
  earliestOn: IsoDate | null;
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
  /** The administrator's reading that set `unit`, when one applied to this row. */
  reading: DeadlineUnit | null;
  history: HistoryEntry[];
}
