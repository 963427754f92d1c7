import type { z } from 'zod';
import {
  citeBasis,
  computeDeadline,
  deadlineTypeLabels,
  ruleSetFor,
  ruleSets,
  stageLabels,
  type DeadlineRule,
  type LegalBasis,
  DeadlineRuleError,
  type RuleSet,
} from '@core/domain/deadlines';
import { DEADLINE_STATE_LABELS, type ZDeadlineCompute, type ZDeadlineResult, type ZRuleRow, type ZRuleSetInfo, type ZRulesListing } from '@core/schemas/deadlines';
import type { Db } from '../../db/database';
import { AppError } from '../../platform/errors';
import { loadWorkCalendar, onCalendar } from '../calendar/calendar.service';

type RuleRow = z.infer<typeof ZRuleRow>;

/** The basis with its article flag made explicit and the citation to put in a sentence. */
function presentBasis(basis: LegalBasis): RuleRow['basis'] {
  return { law: basis.law, article: basis.article, articleKnown: basis.articleKnown !== false, citation: citeBasis(basis), text: basis.text };
}

export function presentRule(rule: DeadlineRule): RuleRow {
  const common = {
    type: rule.type,
    typeLabel: deadlineTypeLabels[rule.type].vi,
    stage: rule.stage,
    stageLabel: stageLabels[rule.stage].vi,
    startEvent: rule.startEvent,
    basis: presentBasis(rule.basis),
    confirmed: rule.confirmed,
    note: rule.note ?? null,
  };
  if (rule.amount === null) {
    return { ...common, amount: null, unit: null, unitLabel: null, unitConfirmed: null, extensions: [], suspensionExcluded: false };
  }
  return {
    ...common,
    amount: rule.amount,
    unit: rule.unit,
    unitLabel: rule.unit === 'working' ? 'ngày làm việc' : 'ngày',
    unitConfirmed: rule.unitConfirmed,
    extensions: rule.options.map((o) => ({ kind: o.kind, effect: o.effect, amount: o.amount, maxTimes: o.effect === 'add' ? o.maxTimes : null, label: o.label })),
    suspensionExcluded: rule.suspensionExcluded,
  };
}

function ruleSetInfo(set: RuleSet): z.infer<typeof ZRuleSetInfo> {
  return { id: set.id, name: set.name, effectiveFrom: set.effectiveFrom, effectiveTo: set.effectiveTo ?? null, sources: [...set.sources], note: set.note ?? null };
}

/**
 * A request the statutory rules refuse: 400 DEADLINE_RULE with the rule's own Vietnamese sentence, the rule's code
 * in `reason` (a client reacts to TOO_MANY_EXTENSIONS without parsing text) and the field it is about.
 */
function refused<T>(dateField: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof DeadlineRuleError) throw new AppError('DEADLINE_RULE', error.message, { [fieldOfRuleError(error, dateField)]: error.message }, { reason: error.code });
    throw error;
  }
}

/** The rule set in force on `on` with every row, for users to read what the deadlines are based on. */
export function listRules(day: string): z.infer<typeof ZRulesListing> {
  const set = refused('on', () => ruleSetFor(day));
  return {
    on: day,
    ruleSet: ruleSetInfo(set),
    rules: set.rules.map(presentRule),
    ruleSets: ruleSets.map((s) => ({ id: s.id, name: s.name, effectiveFrom: s.effectiveFrom, effectiveTo: s.effectiveTo ?? null })),
  };
}

export async function compute(db: Db, input: z.infer<typeof ZDeadlineCompute>): Promise<z.infer<typeof ZDeadlineResult>> {
  const calendar = await loadWorkCalendar(db);
  const today = input.today ?? db.clock.today();
  const r = refused('startedOn', () => onCalendar('startedOn', () => computeDeadline({ ...input, today }, calendar)));
  return {
    dueOn: r.dueOn,
    unit: r.unit,
    amount: r.amount,
    basis: presentBasis(r.basis),
    ruleSet: r.ruleSet,
    provisional: r.provisional,
    baseAmount: r.baseAmount,
    variant: r.variant,
    suspendedUnits: r.suspendedUnits,
    today,
    state: r.state,
    stateLabel: r.state === null ? null : DEADLINE_STATE_LABELS[r.state],
    daysLeft: r.daysLeft,
    history: r.history,
    rule: presentRule(r.rule),
  };
}

/** The request field a refused rule is about, in the path form validation errors use ("extensions.2"). */
function fieldOfRuleError(e: DeadlineRuleError, dateField: string): string {
  const d = e.details;
  const index = typeof d.index === 'number' ? d.index : undefined;
  switch (e.code) {
    case 'INVALID_DATE':
      return typeof d.field === 'string' ? d.field.replace(/\[(\d+)\]/g, '.$1').replace(/^date$/, dateField) : dateField;
    case 'NO_RULE_SET':
      return dateField;
    case 'UNKNOWN_TYPE':
      return 'type';
    case 'UNKNOWN_STAGE':
    case 'STAGE_NOT_IN_RULE_SET':
      return 'stage';
    case 'INVALID_INPUT':
      if ('dueSoonDays' in d) return 'dueSoonDays';
      return index === undefined ? 'extensions' : `extensions.${index}.days`;
    case 'EXTENSION_TOO_LONG':
      return index === undefined ? 'extensions' : `extensions.${index}.days`;
    case 'EXTENSION_BEFORE_START':
      return index === undefined ? 'extensions' : `extensions.${index}.decidedOn`;
    case 'EXTENSION_KIND_NOT_ALLOWED':
      return index === undefined ? 'extensions' : `extensions.${index}.kind`;
    case 'EXTENSION_NOT_ALLOWED':
    case 'TOO_MANY_EXTENSIONS':
    case 'NO_STATUTORY_LIMIT':
      return 'extensions';
    case 'SUSPENSION_NOT_ALLOWED':
      return 'suspensions';
    case 'INVALID_SUSPENSION':
      return index === undefined ? 'suspensions' : `suspensions.${index}`;
  }
}
