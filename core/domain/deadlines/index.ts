export { UNKNOWN_ARTICLE, citeBasis, citeProvision } from './basis';
export type { DeadlineCalendar } from './calendar';
export { applyReading, computeDeadline, findRule, ruleSetFor, type ComputeOptions } from './compute';
export { DeadlineRuleError, type DeadlineErrorCode } from './errors';
export { deadlineTypeLabels, stageLabels, type Label } from './labels';
export { ruleSets } from './rule-sets';
export {
  DEADLINE_TYPES,
  STAGE_CODES,
  type AppliedVariant,
  type DeadlineInput,
  type DeadlineResult,
  type DeadlineRule,
  type DeadlineState,
  type DeadlineType,
  type DeadlineUnit,
  type ExtensionInput,
  type ExtensionKind,
  type ExtensionOption,
  type HistoryEntry,
  type HistoryEvent,
  type IsoDate,
  type LegalBasis,
  type LimitedRule,
  type NoLimitRule,
  type NotBeforeRule,
  type Provision,
  type RuleSet,
  type StageCode,
  type SuspensionInput,
  type UnitReadings,
  type Unverified,
} from './types';
