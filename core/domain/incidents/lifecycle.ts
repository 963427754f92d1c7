/**
 * An incident's life cycle (issue 10 §1; seed §II.1, §II.4): a group of citizens is reported, verified, the police
 * informed, the home ward's working group sent and on site, the citizens received and persuaded, then brought home,
 * escalated to the leader or handed to the police, and finally closed with a summary. Pure: the caller passes the
 * current step and gets back whether the move is allowed.
 */
export const INCIDENT_KINDS = [
  'office_delegation',
  'public_gathering',
  'session_venue',
  'leader_home',
  'over_level',
  'office_disorder',
  'other',
] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export const INCIDENT_KIND_LABELS: Record<IncidentKind, { vi: string; en: string }> = {
  office_delegation: { vi: 'Đoàn đông người tại trụ sở tiếp công dân', en: 'Mass delegation at a reception office' },
  public_gathering: { vi: 'Tụ tập đông người nơi công cộng', en: 'Gathering in a public place' },
  session_venue: { vi: 'Tụ tập tại nơi diễn ra kỳ họp', en: 'Gathering at the session venue' },
  leader_home: { vi: 'Tụ tập tại nhà riêng lãnh đạo', en: "Gathering at a leader's home" },
  over_level: { vi: 'Đoàn vượt cấp lên tỉnh, Trung ương', en: 'Delegation to a provincial or central office' },
  office_disorder: { vi: 'Gây rối trật tự tại trụ sở tiếp công dân', en: 'Disorder at a reception office' },
  other: { vi: 'Sự việc khác', en: 'Other incident' },
};

/** The main line, in order; a later step may be recorded directly (a step already done elsewhere is not forced). */
export const MAIN_STEPS = ['reported', 'verified', 'police_notified', 'group_dispatched', 'on_site', 'received', 'persuaded'] as const;
export const OUTCOMES = ['returned', 'escalated', 'handed_to_police'] as const;
export const INCIDENT_STEPS = [...MAIN_STEPS, ...OUTCOMES, 'closed'] as const;
export type IncidentStep = (typeof INCIDENT_STEPS)[number];
export type IncidentOutcome = (typeof OUTCOMES)[number];

export const INCIDENT_STEP_LABELS: Record<IncidentStep, { vi: string; en: string }> = {
  reported: { vi: 'Tiếp nhận tin báo', en: 'Reported' },
  verified: { vi: 'Đã xác minh', en: 'Verified' },
  police_notified: { vi: 'Đã báo công an', en: 'Police notified' },
  group_dispatched: { vi: 'Đã cử Tổ công tác', en: 'Working group dispatched' },
  on_site: { vi: 'Tổ công tác có mặt', en: 'Working group on site' },
  received: { vi: 'Đã tiếp, nghe đại diện trình bày', en: 'Citizens received' },
  persuaded: { vi: 'Đã vận động, thuyết phục', en: 'Persuaded to return' },
  returned: { vi: 'Công dân đã trở về địa phương', en: 'Returned to locality' },
  escalated: { vi: 'Báo cáo lãnh đạo xin ý kiến chỉ đạo', en: 'Escalated to leader' },
  handed_to_police: { vi: 'Chuyển cơ quan công an xử lý', en: 'Handed to police' },
  closed: { vi: 'Kết thúc', en: 'Closed' },
};

export const SPECIAL_CATEGORIES = ['religion', 'merit'] as const;
export type SpecialCategory = (typeof SPECIAL_CATEGORIES)[number];

export type StepRefusal = 'closed' | 'backwards' | 'summary_required' | 'outcome_first' | 'same_step';

const mainIndex = (s: IncidentStep): number => (MAIN_STEPS as readonly string[]).indexOf(s);
const isOutcome = (s: IncidentStep): s is IncidentOutcome => (OUTCOMES as readonly string[]).includes(s);

/**
 * Whether an incident at `current` may move to `target`. The main line only moves forward; an outcome may follow any
 * main step (a group can leave before being received) and, after escalation, the leader's direction ends in a return
 * or a hand-over; closing needs an outcome and a summary (seed §II.5: lessons for the evaluation).
 */
export function checkStep(current: IncidentStep, target: IncidentStep, opts: { summary?: string | null } = {}): StepRefusal | null {
  if (current === 'closed') return 'closed';
  if (current === target) return 'same_step';
  if (target === 'closed') {
    if (!isOutcome(current)) return 'outcome_first';
    return opts.summary ? null : 'summary_required';
  }
  if (isOutcome(target)) {
    if (isOutcome(current)) return current === 'escalated' && target !== 'escalated' ? null : 'backwards';
    return null;
  }
  if (isOutcome(current)) return 'backwards';
  return mainIndex(target) > mainIndex(current) ? null : 'backwards';
}

/** The steps a user may choose next, in display order. */
export function nextSteps(current: IncidentStep): IncidentStep[] {
  return INCIDENT_STEPS.filter((s) => checkStep(current, s, { summary: 'x' }) === null);
}

export const isOpen = (step: IncidentStep): boolean => step !== 'closed';
