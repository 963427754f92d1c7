import type { DeadlineCalendar } from './calendar';
import { addDays as shiftDays, compareIsoDates as compareIso, diffDays, isIsoDate } from '../calendar';
import { citeBasis } from './basis';
import { DeadlineRuleError } from './errors';
import { deadlineTypeLabels, stageLabels } from './labels';
import { ruleSets } from './rule-sets';
import {
  DEADLINE_TYPES,
  STAGE_CODES,
  type AppliedVariant,
  type DeadlineInput,
  type DeadlineResult,
  type DeadlineRule,
  type DeadlineState,
  type DeadlineType,
  type DeadlineUnit,
  type ExtensionOption,
  type HistoryEntry,
  type IsoDate,
  type LimitedRule,
  type RuleSet,
  type StageCode,
  type SuspensionInput,
  type UnitReadings,
} from './types';

const DEFAULT_DUE_SOON_WORKING_DAYS = 3;
const READING_NOTE = ' (tính theo cách hiểu do quản trị viên đặt cho bộ quy tắc)';

const maxIso = (a: IsoDate, b: IsoDate): IsoDate => (compareIso(a, b) >= 0 ? a : b);

/** dd/mm/yyyy, the way dates are written in Vietnamese documents. */
function viDate(d: IsoDate): string {
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
}

function unitWord(unit: DeadlineUnit): string {
  return unit === 'working' ? 'ngày làm việc' : 'ngày';
}

function requireDate(value: unknown, field: string): IsoDate {
  if (!isIsoDate(value)) {
    throw new DeadlineRuleError('INVALID_DATE', `Ngày không hợp lệ ở trường "${field}": cần dạng YYYY-MM-DD.`, { field, value });
  }
  return value;
}

/** The rule set in force on `date`. A clock keeps the set of the day it started. */
export function ruleSetFor(date: IsoDate): RuleSet {
  requireDate(date, 'date');
  const set = ruleSets.find((s) => compareIso(s.effectiveFrom, date) <= 0 && (s.effectiveTo === undefined || compareIso(date, s.effectiveTo) <= 0));
  if (!set) {
    throw new DeadlineRuleError('NO_RULE_SET', `Không có bộ quy tắc thời hạn nào áp dụng cho ngày ${viDate(date)}.`, { date });
  }
  return set;
}

function isDeadlineType(value: unknown): value is DeadlineType {
  return typeof value === 'string' && (DEADLINE_TYPES as readonly string[]).includes(value);
}

function isStageCode(value: unknown): value is StageCode {
  return typeof value === 'string' && (STAGE_CODES as readonly string[]).includes(value);
}

/** The row for `type` and `stage` in the set in force on `on`; throws a typed error when there is none. */
export function findRule(type: DeadlineType, stage: StageCode, on: IsoDate): { ruleSet: RuleSet; rule: DeadlineRule } {
  if (!isDeadlineType(type)) {
    throw new DeadlineRuleError('UNKNOWN_TYPE', `Loại đơn "${String(type)}" không có trong bảng thời hạn.`, { type });
  }
  if (!isStageCode(stage)) {
    throw new DeadlineRuleError('UNKNOWN_STAGE', `Bước "${String(stage)}" không có trong bảng thời hạn.`, { stage });
  }
  const ruleSet = ruleSetFor(on);
  const rule = ruleSet.rules.find((r) => r.type === type && r.stage === stage);
  if (!rule) {
    throw new DeadlineRuleError(
      'STAGE_NOT_IN_RULE_SET',
      `Bộ quy tắc "${ruleSet.name}" (áp dụng ngày ${viDate(on)}) không có bước "${stageLabels[stage].vi}" cho loại "${deadlineTypeLabels[type].vi}".`,
      { type, stage, ruleSetId: ruleSet.id, on },
    );
  }
  return { ruleSet, rule };
}

/**
 * The row as it applies under the administrator's reading of its rule set: a resolution period counted in "ngày"
 * becomes working days when the reading says so. Other rows, and rows of sets without a reading, are unchanged.
 */
export function applyReading<R extends DeadlineRule>(rule: R, reading: DeadlineUnit | undefined): R {
  if (rule.kind !== 'deadline' || rule.readingSwitchable !== true || reading === undefined || reading === rule.unit) return rule;
  return { ...rule, unit: reading };
}

/** The longest limit the law gives this case without a decision (e.g. Luật KN art. 28: complex 45, remote 45/60). */
function pickVariant(rule: LimitedRule, input: DeadlineInput): { variant: AppliedVariant; amount: number } {
  const complex = input.complex === true || input.especiallyComplex === true;
  const remote = input.remote === true;
  let best: { variant: AppliedVariant; amount: number } = { variant: 'base', amount: rule.amount };
  for (const opt of rule.options) {
    if (opt.effect !== 'replace') continue;
    const applies =
      (opt.kind === 'complex' && complex) ||
      (opt.kind === 'especially_complex' && input.especiallyComplex === true) ||
      (opt.kind === 'remote' && remote) ||
      (opt.kind === 'remote_complex' && remote && complex) ||
      (opt.kind === 'several_places' && input.severalPlaces === true);
    if (applies && opt.amount > best.amount) best = { variant: opt.kind, amount: opt.amount };
  }
  return best;
}

interface ValidExtension {
  days: number;
  kind: 'complex' | 'especially_complex';
  decidedOn: IsoDate;
  documentNumber?: string;
}

function validateExtensions(rule: LimitedRule, input: DeadlineInput): ValidExtension[] {
  const extensions = input.extensions ?? [];
  if (extensions.length === 0) return [];
  const addOptions = rule.options.filter((o): o is Extract<ExtensionOption, { effect: 'add' }> => o.effect === 'add');
  const cited = citeBasis(rule.basis);
  if (addOptions.length === 0) {
    const longer = rule.options.some((o) => o.effect === 'replace')
      ? ' Vụ việc phức tạp hoặc ở vùng sâu, vùng xa được áp dụng thời hạn dài hơn theo luật, không cần quyết định gia hạn.'
      : '';
    throw new DeadlineRuleError(
      'EXTENSION_NOT_ALLOWED',
      `Thời hạn "${stageLabels[rule.stage].vi}" không được gia hạn theo ${cited}.${longer}`,
      { type: rule.type, stage: rule.stage },
    );
  }
  const valid = extensions.map((ext, i): ValidExtension => {
    const decidedOn = requireDate(ext.decidedOn, `extensions[${i}].decidedOn`);
    if (compareIso(decidedOn, input.startedOn) < 0) {
      throw new DeadlineRuleError('EXTENSION_BEFORE_START', `Quyết định gia hạn ngày ${viDate(decidedOn)} có trước ngày bắt đầu tính ${viDate(input.startedOn)}.`, {
        index: i,
      });
    }
    const kind = ext.kind ?? (input.especiallyComplex === true ? 'especially_complex' : 'complex');
    const option = addOptions.find((o) => o.kind === kind);
    if (!option) {
      throw new DeadlineRuleError('EXTENSION_KIND_NOT_ALLOWED', `Không có căn cứ gia hạn loại "${kind}" cho bước "${stageLabels[rule.stage].vi}" theo ${cited}.`, {
        index: i,
        kind,
      });
    }
    const days = ext.days ?? option.amount;
    if (!Number.isInteger(days) || days < 1) {
      throw new DeadlineRuleError('INVALID_INPUT', `Số ngày gia hạn phải là số nguyên dương (lần gia hạn thứ ${i + 1}).`, { index: i, days });
    }
    if (days > option.amount) {
      throw new DeadlineRuleError(
        'EXTENSION_TOO_LONG',
        `Mỗi lần gia hạn không quá ${option.amount} ${unitWord(rule.unit)} theo ${cited}; lần gia hạn thứ ${i + 1} là ${days} ngày.`,
        { index: i, days, max: option.amount },
      );
    }
    return { days, kind, decidedOn, ...(ext.documentNumber === undefined ? {} : { documentNumber: ext.documentNumber }) };
  });
  // The number of extensions depends on how complex the case is (Luật TC art. 30: once if complex, twice if especially complex).
  const level = input.especiallyComplex === true || valid.some((v) => v.kind === 'especially_complex') ? 'especially_complex' : 'complex';
  const levelOption = addOptions.find((o) => o.kind === level) ?? addOptions[0];
  const maxTimes = levelOption?.maxTimes ?? 0;
  if (valid.length > maxTimes) {
    throw new DeadlineRuleError(
      'TOO_MANY_EXTENSIONS',
      `${levelOption?.label ?? 'Gia hạn'}: tối đa ${maxTimes} lần, mỗi lần không quá ${levelOption?.amount ?? 0} ngày theo ${cited}; đã có ${valid.length} lần gia hạn.`,
      { count: valid.length, maxTimes, level },
    );
  }
  return valid;
}

interface ValidSuspension {
  from: IsoDate;
  to?: IsoDate;
  reason?: string;
}

function validateSuspensions(rule: LimitedRule, input: DeadlineInput): ValidSuspension[] {
  const list: readonly SuspensionInput[] = input.suspensions ?? [];
  if (list.length === 0) return [];
  if (!rule.suspensionExcluded) {
    throw new DeadlineRuleError(
      'SUSPENSION_NOT_ALLOWED',
      `${citeBasis(rule.basis)} không quy định loại trừ thời gian tạm đình chỉ khỏi thời hạn của bước "${stageLabels[rule.stage].vi}".`,
      { type: rule.type, stage: rule.stage },
    );
  }
  const valid = list
    .map((s, i): ValidSuspension => {
      const from = requireDate(s.from, `suspensions[${i}].from`);
      const to = s.to === undefined ? undefined : requireDate(s.to, `suspensions[${i}].to`);
      if (compareIso(from, input.startedOn) < 0) {
        throw new DeadlineRuleError('INVALID_SUSPENSION', `Tạm đình chỉ từ ${viDate(from)} có trước ngày bắt đầu tính ${viDate(input.startedOn)}.`, { index: i });
      }
      if (rule.suspensionFrom !== undefined && compareIso(from, rule.suspensionFrom) < 0) {
        throw new DeadlineRuleError(
          'SUSPENSION_NOT_ALLOWED',
          `Thời gian tạm đình chỉ chỉ được loại trừ khỏi thời hạn của bước "${stageLabels[rule.stage].vi}" đối với việc tạm đình chỉ từ ngày ${viDate(rule.suspensionFrom)}; lần tạm đình chỉ từ ${viDate(from)} không được trừ.`,
          { index: i, from: rule.suspensionFrom },
        );
      }
      if (to !== undefined && compareIso(to, from) < 0) {
        throw new DeadlineRuleError('INVALID_SUSPENSION', `Tạm đình chỉ kết thúc ${viDate(to)} trước khi bắt đầu ${viDate(from)}.`, { index: i });
      }
      if (input.today !== undefined && compareIso(from, input.today) > 0) {
        throw new DeadlineRuleError('INVALID_SUSPENSION', `Tạm đình chỉ từ ${viDate(from)} là ngày trong tương lai.`, { index: i });
      }
      return { from, ...(to === undefined ? {} : { to }), ...(s.reason === undefined ? {} : { reason: s.reason }) };
    })
    .sort((a, b) => compareIso(a.from, b.from));
  for (let i = 0; i < valid.length - 1; i++) {
    const cur = valid[i];
    const next = valid[i + 1];
    if (cur === undefined || next === undefined) continue;
    if (cur.to === undefined) {
      throw new DeadlineRuleError('INVALID_SUSPENSION', `Tạm đình chỉ từ ${viDate(cur.from)} chưa kết thúc nhưng có lần tạm đình chỉ sau đó.`, { from: cur.from });
    }
    if (compareIso(next.from, cur.to) <= 0) {
      throw new DeadlineRuleError('INVALID_SUSPENSION', `Hai khoảng tạm đình chỉ chồng lên nhau (${viDate(cur.from)}–${viDate(cur.to)} và từ ${viDate(next.from)}).`, {
        from: next.from,
      });
    }
  }
  return valid;
}

type TimelineEvent =
  | { event: 'started'; on: IsoDate }
  | { event: 'extended'; on: IsoDate; ext: ValidExtension }
  | { event: 'suspended'; on: IsoDate; s: ValidSuspension; index: number }
  | { event: 'resumed'; on: IsoDate; s: ValidSuspension & { to: IsoDate }; index: number };

const EVENT_ORDER: Record<TimelineEvent['event'], number> = { started: 0, resumed: 1, extended: 2, suspended: 3 };

/** What the caller passes besides the case: the administrators' unit readings, loaded by the server. */
export interface ComputeOptions {
  readings?: UnitReadings;
}

/** Steps that take no extension nor suspension say so rather than ignore what was sent. */
function refuseDecisions(rule: DeadlineRule, input: DeadlineInput, why: string): void {
  if ((input.extensions ?? []).length > 0) {
    throw new DeadlineRuleError('NO_STATUTORY_LIMIT', `Bước "${stageLabels[rule.stage].vi}" ${why} nên không thể gia hạn.`, { type: rule.type, stage: rule.stage });
  }
  if ((input.suspensions ?? []).length > 0) {
    throw new DeadlineRuleError('SUSPENSION_NOT_ALLOWED', `Bước "${stageLabels[rule.stage].vi}" ${why} nên không có tạm đình chỉ.`, { type: rule.type, stage: rule.stage });
  }
}

/**
 * Computes a statutory deadline on the given working-day calendar.
 *
 * Working-day rules: N working days after the start day. Calendar-day rules follow Civil Code 2015
 * arts. 147–148 (start day not counted; a period ending on a day off ends on the next working day).
 * Suspended time is not counted; extensions are checked against the rule and recorded in `history`.
 * A minimum notice (`not_before`) gives the earliest day instead of a due date. Pure: the administrators'
 * unit readings come in `options`, the calendar as an argument.
 */
export function computeDeadline(input: DeadlineInput, calendar: DeadlineCalendar, options: ComputeOptions = {}): DeadlineResult {
  const startedOn = requireDate(input.startedOn, 'startedOn');
  const today = input.today === undefined ? undefined : requireDate(input.today, 'today');
  const found = findRule(input.type, input.stage, input.ruleSetOn === undefined ? startedOn : requireDate(input.ruleSetOn, 'ruleSetOn'));
  const ruleSet = found.ruleSet;
  const reading = options.readings?.[ruleSet.id];
  const rule = applyReading(found.rule, reading);
  const readingApplied = found.rule.kind === 'deadline' && found.rule.readingSwitchable === true && reading !== undefined ? reading : null;
  const dueSoonDays = input.dueSoonDays ?? DEFAULT_DUE_SOON_WORKING_DAYS;
  if (!Number.isInteger(dueSoonDays) || dueSoonDays < 0) {
    throw new DeadlineRuleError('INVALID_INPUT', 'Số ngày báo sắp đến hạn phải là số nguyên không âm.', { dueSoonDays });
  }
  const ruleSetRef = { id: ruleSet.id, name: ruleSet.name };
  const fixed = { provisional: false, variant: 'base' as const, suspendedUnits: 0, basis: rule.basis, ruleSet: ruleSetRef, rule, daysLeft: null, reading: readingApplied };

  if (rule.kind === 'no_limit') {
    refuseDecisions(rule, input, 'không có thời hạn luật định');
    return {
      ...fixed,
      dueOn: null,
      earliestOn: null,
      unit: null,
      amount: null,
      baseAmount: null,
      state: 'no_limit',
      history: [{ event: 'started', on: startedOn, dueOn: null, note: `Bắt đầu từ ${rule.startEvent} ${viDate(startedOn)}; không có thời hạn luật định.` }],
    };
  }

  if (rule.kind === 'not_before') {
    refuseDecisions(rule, input, 'là thời hạn báo trước tối thiểu');
    const earliestOn = rule.unit === 'working' ? calendar.addWorkingDays(startedOn, rule.amount) : calendar.addCalendarDays(startedOn, rule.amount);
    return {
      ...fixed,
      dueOn: null,
      earliestOn,
      unit: rule.unit,
      amount: rule.amount,
      baseAmount: rule.amount,
      state: null,
      history: [
        {
          event: 'started',
          on: startedOn,
          dueOn: null,
          note: `Tính từ ${rule.startEvent} ${viDate(startedOn)}: ${rule.event} không sớm hơn ${viDate(earliestOn)} (ít nhất ${rule.amount} ${unitWord(rule.unit)}), theo ${citeBasis(rule.basis)}.`,
        },
      ],
    };
  }

  const limitedRule: LimitedRule = rule;
  const unit = limitedRule.unit;
  const { variant, amount: limit } = pickVariant(limitedRule, input);
  const extensions = validateExtensions(limitedRule, input);
  const suspensions = validateSuspensions(limitedRule, input);

  const addUnits = (n: number): IsoDate => (unit === 'working' ? calendar.addWorkingDays(startedOn, n) : calendar.addCalendarDays(startedOn, n));
  /** Units between two days, (a, b] — the way the periods themselves are counted. */
  const unitsBetween = (a: IsoDate, b: IsoDate): number => (unit === 'working' ? calendar.countWorkingDays(a, b) : diffDays(a, b));
  const firstCounted = shiftDays(startedOn, 1);
  /** Units inside a suspension [from, to]; the start day is never counted anyway. */
  const suspendedUnitsIn = (from: IsoDate, to: IsoDate): number => {
    const a = maxIso(from, firstCounted);
    if (compareIso(a, to) > 0) return 0;
    return unitsBetween(shiftDays(a, -1), to);
  };

  const events: TimelineEvent[] = [{ event: 'started', on: startedOn }];
  extensions.forEach((ext) => events.push({ event: 'extended', on: ext.decidedOn, ext }));
  suspensions.forEach((s, index) => {
    events.push({ event: 'suspended', on: s.from, s, index });
    if (s.to !== undefined) events.push({ event: 'resumed', on: shiftDays(s.to, 1), s: { ...s, to: s.to }, index });
  });
  events.sort((a, b) => compareIso(a.on, b.on) || EVENT_ORDER[a.event] - EVENT_ORDER[b.event]);

  let extra = 0;
  let suspendedUnits = 0;
  const ignored = new Set<number>();
  let stoppedSince: { s: ValidSuspension; remaining: number } | null = null;
  /** Units that were left when each (not ignored) suspension began: what a stopped clock shows. */
  const remainingAtStop = new Map<number, number>();
  const history: HistoryEntry[] = [];
  const currentDue = (): IsoDate => addUnits(limit + extra + suspendedUnits);

  for (const ev of events) {
    switch (ev.event) {
      case 'started': {
        const how = variant === 'base' ? '' : ` (${limitedRule.options.find((o) => o.kind === variant)?.label ?? variant})`;
        history.push({
          event: 'started',
          on: ev.on,
          dueOn: currentDue(),
          note: `Bắt đầu tính từ ${limitedRule.startEvent} ${viDate(ev.on)}: ${limit} ${unitWord(unit)}${how}${readingApplied === null ? '' : READING_NOTE}, theo ${citeBasis(limitedRule.basis)}.`,
        });
        break;
      }
      case 'extended': {
        const before = currentDue();
        extra += ev.ext.days;
        // While stopped the running due date is not yet known, so lateness can only be judged on a running clock.
        const late = stoppedSince === null && compareIso(ev.on, before) > 0 ? ' Quyết định gia hạn ban hành sau khi đã hết thời hạn.' : '';
        const doc = ev.ext.documentNumber === undefined ? 'quyết định' : `quyết định số ${ev.ext.documentNumber}`;
        history.push({
          event: 'extended',
          on: ev.on,
          dueOn: stoppedSince ? null : currentDue(),
          note: `Gia hạn ${ev.ext.days} ${unitWord(unit)} theo ${doc} ngày ${viDate(ev.on)}.${late}`,
        });
        break;
      }
      case 'suspended': {
        const due = currentDue();
        if (compareIso(ev.on, due) > 0) {
          // Suspending a case already past its deadline does not revive the deadline.
          ignored.add(ev.index);
          history.push({ event: 'suspended', on: ev.on, dueOn: due, note: `Tạm đình chỉ từ ${viDate(ev.on)} sau khi đã hết thời hạn: không làm thay đổi thời hạn.` });
          break;
        }
        const remaining = unitsBetween(shiftDays(ev.on, -1), due);
        remainingAtStop.set(ev.index, remaining);
        stoppedSince = { s: ev.s, remaining };
        history.push({
          event: 'suspended',
          on: ev.on,
          dueOn: null,
          note: `Tạm đình chỉ từ ${viDate(ev.on)}${ev.s.reason === undefined ? '' : `: ${ev.s.reason}`}; thời gian tạm đình chỉ không tính vào thời hạn.`,
        });
        break;
      }
      case 'resumed': {
        if (ignored.has(ev.index)) break;
        const n = suspendedUnitsIn(ev.s.from, ev.s.to);
        suspendedUnits += n;
        stoppedSince = null;
        history.push({
          event: 'resumed',
          on: ev.on,
          dueOn: currentDue(),
          note: `Tiếp tục tính từ ${viDate(ev.on)}; không tính ${n} ${unitWord(unit)} tạm đình chỉ (${viDate(ev.s.from)}–${viDate(ev.s.to)}).`,
        });
        break;
      }
    }
  }

  // An open suspension: the due date is only known once it ends; assume it ends on `today` (or the day it began).
  let provisional = false;
  const open = stoppedSince;
  if (open !== null) {
    provisional = true;
    const assumedEnd = today !== undefined ? maxIso(today, open.s.from) : open.s.from;
    suspendedUnits += suspendedUnitsIn(open.s.from, assumedEnd);
  }
  const dueOn = currentDue();

  // A closed suspension still running on `today` also stops the clock.
  let inForceRemaining: number | null = open?.remaining ?? null;
  if (inForceRemaining === null && today !== undefined) {
    suspensions.forEach((s, i) => {
      const remaining = remainingAtStop.get(i);
      if (remaining !== undefined && s.to !== undefined && compareIso(s.from, today) <= 0 && compareIso(today, s.to) <= 0) inForceRemaining = remaining;
    });
  }

  let state: DeadlineState | null = null;
  let daysLeft: number | null = null;
  if (inForceRemaining !== null) {
    state = 'stopped';
    daysLeft = inForceRemaining;
  } else if (today !== undefined) {
    if (compareIso(today, dueOn) > 0) {
      state = 'overdue';
      // A period ending on a Friday is overdue on the Saturday although no working day has passed.
      daysLeft = unit === 'calendar' ? -diffDays(dueOn, today) : Math.min(-1, -calendar.countWorkingDays(dueOn, today));
    } else {
      daysLeft = unitsBetween(today, dueOn);
      state = calendar.countWorkingDays(today, dueOn) <= dueSoonDays ? 'due_soon' : 'on_time';
    }
  }

  return {
    dueOn,
    earliestOn: null,
    provisional,
    unit,
    amount: limit + extra,
    baseAmount: limitedRule.amount,
    variant,
    suspendedUnits,
    basis: limitedRule.basis,
    ruleSet: ruleSetRef,
    rule,
    state,
    daysLeft,
    reading: readingApplied,
    history,
  };
}
