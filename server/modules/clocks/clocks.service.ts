/**
 * The clocks of letters and cases, stored one row each (core/domain/cases/clocks.ts: never rewrite a clock's start,
 * only add extensions or suspensions by decision, and end it). Every due date comes from the deadline engine with
 * the effective work calendar and the administrator's unit readings, loaded once before a transaction opens.
 *
 * API
 *   loadDeadlineContext(db) → ctx                       before the transaction: calendar + readings + today
 *   startClock(tx, ctx, subject, start, flags)          a new row, seq after the subject's last
 *   endRunning(tx, subject, on, endedBy)                ends every running clock of the subject
 *   extendRunning / suspendRunning / resumeRunning      a decision on the running resolution clock
 *   clocksOf(db, subjects) → rows by subject; presentClocks(rows, ctx) → the API's view; earliestDue(views)
 *   dueBetween(db, type, from, to)                      subquery: subjects with a running clock due in [from, to]
 */
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { ClockStart } from '@core/domain/cases';
import {
  citeBasis,
  computeDeadline,
  DeadlineRuleError,
  stageLabels,
  type ComputeOptions,
  type DeadlineCalendar,
  type DeadlineInput,
  type DeadlineResult,
  type DeadlineType,
  type ExtensionInput,
  type StageCode,
  type SuspensionInput,
} from '@core/domain/deadlines';
import type { ZClockOut } from '@core/schemas/letters';
import { bool, isTrue, type Db, type Executor, type Tx } from '../../db/database';
import type { ClocksTable } from '../../db/schema';
import { AppError } from '../../platform/errors';
import { loadWorkCalendar } from '../calendar/calendar.service';
import { loadReadings, readingsOf } from '../deadlines/readings.service';

export type ClockRow = Selectable<ClocksTable>;
export type ClockOut = z.infer<typeof ZClockOut>;
export interface ClockSubject {
  type: 'letter' | 'case';
  id: number;
}

export interface DeadlineContext {
  calendar: DeadlineCalendar;
  options: ComputeOptions;
  today: string;
}

export async function loadDeadlineContext(db: Db): Promise<DeadlineContext> {
  const [calendar, stored] = await Promise.all([loadWorkCalendar(db), loadReadings(db)]);
  return { calendar, options: { readings: readingsOf(stored) }, today: db.clock.today() };
}

const parse = <T>(json: string): T[] => JSON.parse(json) as T[];

function inputOf(row: Pick<ClockRow, 'type' | 'stage' | 'started_on' | 'complex' | 'remote' | 'extensions' | 'suspensions'>): DeadlineInput {
  return {
    type: row.type as DeadlineType,
    stage: row.stage as StageCode,
    startedOn: row.started_on,
    complex: isTrue(row.complex),
    remote: isTrue(row.remote),
    extensions: parse<ExtensionInput>(row.extensions),
    suspensions: parse<SuspensionInput>(row.suspensions),
  };
}

/** The engine's answer, or a 400 carrying the rule's own Vietnamese sentence (too many extensions, …). */
function compute(input: DeadlineInput, ctx: DeadlineContext, field: string): DeadlineResult {
  try {
    return computeDeadline(input, ctx.calendar, ctx.options);
  } catch (error) {
    if (error instanceof DeadlineRuleError) throw new AppError('DEADLINE_RULE', error.message, { [field]: error.message }, { reason: error.code });
    if (error instanceof RangeError) throw new AppError('VALIDATION_FAILED', 'Ngày nằm ngoài khoảng lịch hỗ trợ (1900–2100).', { on: 'Ngoài khoảng lịch hỗ trợ' });
    throw error;
  }
}

/** The due date the lists filter on: none while the clock is stopped or the law sets no limit. */
const cachedDue = (r: DeadlineResult): string | null => (r.state === 'stopped' ? null : r.dueOn);

export async function startClock(tx: Tx, ctx: DeadlineContext, subject: ClockSubject, start: ClockStart, flags: { complex?: boolean; remote?: boolean; basis?: string } = {}): Promise<void> {
  const last = await tx
    .selectFrom('clocks')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('subject_type', '=', subject.type)
    .where('subject_id', '=', subject.id)
    .executeTakeFirst();
  const seq = Number(last?.seq ?? 0) + 1;
  let restartOf: number | null = null;
  if (start.restart) {
    // Luật TC art. 37(2)(c): the same stage afresh; an earlier one still running is superseded.
    const earlier = await tx
      .selectFrom('clocks')
      .select(['seq'])
      .where('subject_type', '=', subject.type)
      .where('subject_id', '=', subject.id)
      .where('stage', '=', start.stage)
      .orderBy('seq', 'desc')
      .executeTakeFirst();
    restartOf = earlier?.seq ?? null;
  }
  const row = { type: start.type, stage: start.stage, started_on: start.startedOn, complex: bool(flags.complex === true), remote: bool(flags.remote === true), extensions: '[]', suspensions: '[]' };
  const result = compute({ ...inputOf(row), today: ctx.today }, ctx, 'on');
  await tx
    .insertInto('clocks')
    .values({ ...row, subject_type: subject.type, subject_id: subject.id, seq, start_basis: flags.basis ?? null, restart_of: restartOf, ended_on: null, ended_by: null, due_on: cachedDue(result) })
    .execute();
}

export async function endRunning(tx: Tx, subject: ClockSubject, on: string, endedBy: 'completed' | 'superseded' | 'terminated'): Promise<void> {
  await tx
    .updateTable('clocks')
    .set({ ended_on: on, ended_by: endedBy, due_on: null })
    .where('subject_type', '=', subject.type)
    .where('subject_id', '=', subject.id)
    .where('ended_on', 'is', null)
    .execute();
}

/** The running clock a decision acts on: the resolution clock (the stage the law extends and suspends). */
async function runningResolution(tx: Tx, subject: ClockSubject): Promise<ClockRow> {
  const rows = await tx.selectFrom('clocks').selectAll().where('subject_type', '=', subject.type).where('subject_id', '=', subject.id).where('ended_on', 'is', null).orderBy('seq').execute();
  const row = rows.find((r) => r.stage.startsWith('giai_quyet')) ?? rows[0];
  if (!row) throw new AppError('CONFLICT', 'Vụ việc không có thời hạn nào đang chạy.');
  return row;
}

async function rewrite(tx: Tx, ctx: DeadlineContext, row: ClockRow, change: { extensions?: ExtensionInput[]; suspensions?: SuspensionInput[] }, field: string): Promise<void> {
  const next = { ...row, extensions: JSON.stringify(change.extensions ?? parse(row.extensions)), suspensions: JSON.stringify(change.suspensions ?? parse(row.suspensions)) };
  const result = compute({ ...inputOf(next), today: ctx.today }, ctx, field);
  await tx.updateTable('clocks').set({ extensions: next.extensions, suspensions: next.suspensions, due_on: cachedDue(result) }).where('id', '=', row.id).execute();
}

export async function extendRunning(tx: Tx, ctx: DeadlineContext, subject: ClockSubject, extension: ExtensionInput): Promise<void> {
  const row = await runningResolution(tx, subject);
  await rewrite(tx, ctx, row, { extensions: [...parse<ExtensionInput>(row.extensions), extension] }, 'days');
}

export async function suspendRunning(tx: Tx, ctx: DeadlineContext, subject: ClockSubject, from: string, reason: string | null): Promise<void> {
  const row = await runningResolution(tx, subject);
  await rewrite(tx, ctx, row, { suspensions: [...parse<SuspensionInput>(row.suspensions), { from, ...(reason ? { reason } : {}) }] }, 'transition');
}

export async function resumeRunning(tx: Tx, ctx: DeadlineContext, subject: ClockSubject, lastStoppedDay: string): Promise<void> {
  const row = await runningResolution(tx, subject);
  const suspensions = parse<SuspensionInput>(row.suspensions).map((s) => (s.to === undefined ? { ...s, to: lastStoppedDay } : s));
  await rewrite(tx, ctx, row, { suspensions }, 'on');
}

export async function clocksOf(db: Executor, type: ClockSubject['type'], ids: readonly number[]): Promise<Map<number, ClockRow[]>> {
  const out = new Map<number, ClockRow[]>();
  if (ids.length === 0) return out;
  const rows = await db.selectFrom('clocks').selectAll().where('subject_type', '=', type).where('subject_id', 'in', [...ids]).orderBy('subject_id').orderBy('seq').execute();
  for (const r of rows) out.set(r.subject_id, [...(out.get(r.subject_id) ?? []), r]);
  return out;
}

/**
 * The subjects of a type with a running clock due in [from, to] (either end open), as a subquery for `id in (…)`:
 * read from the running clocks' covering index (a few thousand entries), so lists and counts start from what is due
 * instead of testing a clock for every record in scope.
 */
export function dueBetween(db: Executor, type: ClockSubject['type'], from: string | null, to: string | null) {
  let q = db.selectFrom('clocks').select('subject_id').where('subject_type', '=', type).where('ended_on', 'is', null);
  q = from === null ? q.where('due_on', 'is not', null) : q.where('due_on', '>=', from);
  return to === null ? q : q.where('due_on', '<=', to);
}

export function presentClocks(rows: readonly ClockRow[], ctx: DeadlineContext): ClockOut[] {
  return rows.map((row) => {
    const r = compute({ ...inputOf(row), today: row.ended_on ?? ctx.today }, ctx, 'on');
    return {
      id: row.id,
      type: row.type,
      stage: row.stage,
      stageLabel: stageLabels[row.stage as StageCode]?.vi ?? row.stage,
      startedOn: row.started_on,
      dueOn: r.dueOn,
      state: row.ended_on === null ? r.state : null,
      daysLeft: row.ended_on === null ? r.daysLeft : null,
      unit: r.unit,
      basis: row.start_basis ? `${citeBasis(r.basis)} (${row.start_basis})` : citeBasis(r.basis),
      endedOn: row.ended_on,
      endedBy: row.ended_by,
    };
  });
}

/** The running clock due first: what a list shows as the record's deadline. */
export function earliestDue(views: readonly ClockOut[]): ClockOut | null {
  let best: ClockOut | null = null;
  for (const v of views) {
    if (v.endedOn !== null || v.dueOn === null || v.state === 'stopped') continue;
    if (best === null || (best.dueOn !== null && v.dueOn < best.dueOn)) best = v;
  }
  return best;
}
