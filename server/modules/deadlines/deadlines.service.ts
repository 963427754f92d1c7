import type { z } from 'zod';
import {
  applyReading,
  citeBasis,
  computeDeadline,
  deadlineTypeLabels,
  ruleSetFor,
  ruleSets,
  stageLabels,
  type DeadlineRule,
  type LegalBasis,
  type Provision,
  DeadlineRuleError,
  type RuleSet,
} from '@core/domain/deadlines';
import { DEADLINE_STATE_LABELS, type ZDeadlineCompute, type ZDeadlineResult, type ZRuleRow, type ZRuleSetInfo, type ZRulesListing } from '@core/schemas/deadlines';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { loadWorkCalendar, onCalendar } from '../calendar/calendar.service';
import { canSetReading, loadReadings, readingsOf, unitLabel, type StoredReading } from './readings.service';

type RuleRow = z.infer<typeof ZRuleRow>;

const provision = (p: Provision) => ({ law: p.law, article: p.article, codeRef: p.codeRef ?? null });

/** The basis with its article flag made explicit, the code references, and the citation to put in a sentence. */
function presentBasis(basis: LegalBasis): RuleRow['basis'] {
  return {
    ...provision(basis),
    articleKnown: basis.articleKnown !== false,
    related: (basis.related ?? []).map(provision),
    citation: citeBasis(basis),
    text: basis.text,
  };
}

/**
 * A row as the screens show it: labels, the unit in force (the administrator's reading applied where it is set),
 * the basis as a citation and the verification status as a code; the research notes stay in docs/law-notes.md.
 */
export function presentRule(statutory: DeadlineRule, reading: StoredReading | undefined): RuleRow {
  const rule = applyReading(statutory, reading?.unit);
  const common = {
    kind: rule.kind,
    type: rule.type,
    typeLabel: deadlineTypeLabels[rule.type].vi,
    stage: rule.stage,
    stageLabel: stageLabels[rule.stage].vi,
    startEvent: rule.startEvent,
    basis: presentBasis(rule.basis),
    confirmed: rule.confirmed,
    unverified: rule.unverified ?? null,
    note: rule.note ?? null,
    recipients: [...(rule.recipients ?? [])],
  };
  if (rule.kind === 'no_limit') {
    return {
      ...common,
      amount: null,
      unit: null,
      unitLabel: null,
      unitConfirmed: null,
      readingSwitchable: false,
      reading: null,
      event: null,
      extensions: [],
      suspensionExcluded: false,
      suspensionFrom: null,
    };
  }
  const counted = { ...common, amount: rule.amount, unit: rule.unit, unitLabel: unitLabel(rule.unit), unitConfirmed: rule.unitConfirmed };
  if (rule.kind === 'not_before') {
    return { ...counted, readingSwitchable: false, reading: null, event: rule.event, extensions: [], suspensionExcluded: false, suspensionFrom: null };
  }
  const switchable = rule.readingSwitchable === true;
  return {
    ...counted,
    readingSwitchable: switchable,
    reading: switchable && reading ? { unit: reading.unit, unitLabel: reading.unitLabel, instruction: reading.instruction } : null,
    event: null,
    extensions: rule.options.map((o) => ({ kind: o.kind, effect: o.effect, amount: o.amount, maxTimes: o.effect === 'add' ? o.maxTimes : null, label: o.label })),
    suspensionExcluded: rule.suspensionExcluded,
    suspensionFrom: rule.suspensionFrom ?? null,
  };
}

function ruleSetInfo(set: RuleSet, reading: StoredReading | undefined, actor: Actor): z.infer<typeof ZRuleSetInfo> {
  return {
    id: set.id,
    name: set.name,
    effectiveFrom: set.effectiveFrom,
    effectiveTo: set.effectiveTo ?? null,
    sources: [...set.sources],
    unverified: set.unverified ?? null,
    reading: reading ?? null,
    unconfirmedCount: set.rules.filter((r) => !r.confirmed).length,
    actions: canSetReading(actor) ? ['set_reading'] : [],
  };
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
export async function listRules(db: Db, actor: Actor, day: string): Promise<z.infer<typeof ZRulesListing>> {
  const set = refused('on', () => ruleSetFor(day));
  const reading = (await loadReadings(db)).get(set.id);
  return {
    on: day,
    ruleSet: ruleSetInfo(set, reading, actor),
    rules: set.rules.map((r) => presentRule(r, reading)),
    ruleSets: ruleSets.map((s) => ({ id: s.id, name: s.name, effectiveFrom: s.effectiveFrom, effectiveTo: s.effectiveTo ?? null })),
  };
}

export async function compute(db: Db, input: z.infer<typeof ZDeadlineCompute>): Promise<z.infer<typeof ZDeadlineResult>> {
  const [calendar, stored] = await Promise.all([loadWorkCalendar(db), loadReadings(db)]);
  const today = input.today ?? db.clock.today();
  const r = refused('startedOn', () => onCalendar('startedOn', () => computeDeadline({ ...input, today }, calendar, { readings: readingsOf(stored) })));
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
    earliestOn: r.earliestOn,
    history: r.history,
    rule: presentRule(r.rule, stored.get(r.ruleSet.id)),
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
