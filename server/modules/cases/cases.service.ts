/**
 * Cases (vụ việc, journey 5): a case groups the letters (and visits) about one matter, is owned by a unit, has a
 * handler and moves through the machine of its type (core/domain/cases/machine.ts). Each step is authorised by role
 * (the head's decisions only for leader roles) and unit scope, versioned (409 on a stale version), audited, and
 * written to the case's timeline with its legal act (number, date, signer); its clocks come from the deadline
 * engine. A case never carries a denouncer's identity: its letters are listed by number, writers as the letter
 * shows them to everyone (sealed ones as the placeholder).
 */
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import {
  availableTransitions,
  CASE_STATE_LABELS,
  CASE_TRANSITION_LABELS,
  caseTransition,
  caseTypeOf,
  openingClock,
  type CaseSnapshot,
  type CaseState,
  type CaseTransition,
  type CaseType,
} from '@core/domain/cases';
import { diffDays } from '@core/domain/calendar';
import type { CodeOf } from '@core/domain/catalogs';
import { caseSearchKey } from '@core/domain/text/content';
import type { ZCase, ZCaseCreate, ZCaseExportQuery, ZCaseList, ZCaseListQuery, ZCaseTransitionInput, ZCaseUpdate } from '@core/schemas/cases';
import type { TIssuedDocument } from '@core/schemas/documents';
import { bool, isTrue, type Db, type Executor, type Tx } from '../../db/database';
import type { CasesTable } from '../../db/schema';
import type { Actor, RequestMeta } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { registerRecordType } from '../../platform/records';
import { updateVersioned } from '../../platform/versioned';
import { writeAudit } from '../audit/audit.repo';
import { documentsOf } from '../documents/documents.service';
import { clocksOf, earliestDue, endRunning, extendRunning, loadDeadlineContext, presentClocks, resumeRunning, startClock, suspendRunning, type DeadlineContext } from '../clocks/clocks.service';
import { byDue, contentMatches, dateWindow, direction, dueSoon, holdsCode, overdue, stillOpen, toUrge, type ListBasis } from '../records/lists';
import { listExport, viDate } from '../records/xlsx';
import { assertCodes, casesOfPeople, parseList, personAndMerged, plainSenderNames, scopeIds, sendersLabelOf, unitNames, workingUnit } from '../records/shared';

export type CaseRow = Selectable<CasesTable>;
type Case = z.infer<typeof ZCase>;
export type ListItem = z.infer<typeof ZCaseList>['items'][number];

const NOT_FOUND = 'Không tìm thấy vụ việc.';
export const TYPE_LABELS: Record<CaseType, string> = { khieu_nai: 'Khiếu nại', to_cao: 'Tố cáo', kien_nghi_phan_anh: 'Kiến nghị, phản ánh' };
/** The steps that must cite the legal act they are taken by. */
const NEEDS_DECISION: ReadonlySet<CaseTransition> = new Set(['gia_han', 'tam_dinh_chi', 'giai_quyet', 'dinh_chi']);

const visibleCase = (actor: Actor, c: Pick<CaseRow, 'unit_id'>) => actor.permissions.includes('cases.read') && actor.scope.has(c.unit_id);
export const writableCase = (actor: Actor, c: Pick<CaseRow, 'unit_id'>) => actor.permissions.includes('cases.write') && actor.scope.has(c.unit_id);

export async function loadCase(db: Executor, actor: Actor, id: number): Promise<CaseRow> {
  const row = await db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || !visibleCase(actor, row)) throw new AppError('NOT_FOUND', NOT_FOUND);
  return row;
}

const snapshot = (c: CaseRow): CaseSnapshot => ({
  type: c.type as CaseType,
  state: c.state as CaseState,
  level: c.level === 2 ? 2 : 1,
  stateBeforeSuspension: c.state_before_suspension as CaseState | null,
  decidedOn: c.decided_on,
  complex: isTrue(c.complex),
});

export interface OpenCase {
  unitId: number;
  type: CaseType;
  title: string;
  receivedOn: string;
  on: string;
  handlerAccountId: number | null;
}

/** Opens a case inside the caller's transaction with its first clock and timeline entry; returns its id. */
export async function openCase(tx: Tx, db: Pick<Db, 'engine' | 'clock' | 'auditKey'>, ctx: DeadlineContext, actor: Actor, meta: RequestMeta, c: OpenCase): Promise<number> {
  const opening = openingClock(c.type, c.receivedOn);
  const now = db.clock.nowIso();
  const row = await tx
    .insertInto('cases')
    .values({
      unit_id: c.unitId,
      type: c.type,
      state: opening.state,
      state_before_suspension: null,
      level: 1,
      title: c.title,
      handler_account_id: c.handlerAccountId,
      complex: bool(false),
      complex_criteria: '[]',
      protracted: bool(false),
      backlog: bool(false),
      over_level: bool(false),
      opened_on: c.on,
      decided_on: null,
      outcome: null,
      result_number: null,
      result_date: null,
      result_signer: null,
      closed_on: null,
      search_key: caseSearchKey({ title: c.title }),
      created_by: meta.actorId,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await startClock(tx, ctx, { type: 'case', id: row.id }, opening.clock, { basis: opening.basis });
  await tx
    .insertInto('case_events')
    .values({ case_id: row.id, at: now, on_date: c.on, actor_id: meta.actorId, actor_name: actor.fullName, transition: 'mo', from_state: null, to_state: opening.state, decision_number: null, decision_date: null, signer: null, basis: opening.basis, note: null })
    .execute();
  await writeAudit(tx, db, meta, { action: 'case.created', entity: 'case', entityId: row.id, after: { unitId: c.unitId, type: c.type, state: opening.state, openedOn: c.on } });
  return row.id;
}

export async function createCase(db: Db, actor: Actor, input: z.output<typeof ZCaseCreate>, meta: RequestMeta): Promise<Case> {
  const unitId = workingUnit(actor);
  const letters = await db.kysely.selectFrom('letters').select(['id', 'unit_id', 'request_type', 'received_on', 'case_id', 'summary', 'content']).where('id', 'in', input.letterIds).execute();
  if (letters.length !== new Set(input.letterIds).size || letters.some((l) => !actor.scope.has(l.unit_id))) {
    throw new AppError('VALIDATION_FAILED', 'Có đơn không tìm thấy hoặc không thuộc đơn vị của bạn.', { letterIds: 'Đơn không tìm thấy' });
  }
  if (letters.some((l) => l.case_id !== null)) throw new AppError('CONFLICT', 'Có đơn đã thuộc một vụ việc khác.', { letterIds: 'Đơn đã thuộc vụ việc khác' });
  const types = new Set(letters.map((l) => caseTypeOf(l.request_type as CodeOf<'request_type'>)));
  const [type] = [...types];
  if (types.size !== 1 || !type) throw new AppError('VALIDATION_FAILED', 'Các đơn của một vụ việc phải cùng loại (khiếu nại, tố cáo hoặc kiến nghị, phản ánh); đơn nhiều nội dung phải tách trước.', { letterIds: 'Đơn khác loại' });
  if (input.handlerAccountId) await assertHandler(db.kysely, input.handlerAccountId, unitId);
  const first = [...letters].sort((a, b) => a.received_on.localeCompare(b.received_on))[0] as (typeof letters)[number];
  const ctx = await loadDeadlineContext(db);
  const id = await db.transaction(async (tx) => {
    const caseId = await openCase(tx, db, ctx, actor, meta, { unitId, type, title: input.title ?? first.summary ?? first.content.slice(0, 120), receivedOn: first.received_on, on: first.received_on, handlerAccountId: input.handlerAccountId ?? null });
    // Only letters still without a case: two requests grouping one letter cannot both take it.
    const moved = await tx.updateTable('letters').set({ case_id: caseId }).where('id', 'in', input.letterIds).where('case_id', 'is', null).executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== letters.length) throw new AppError('CONFLICT', 'Có đơn vừa được đưa vào vụ việc khác.');
    return caseId;
  });
  return getCase(db, actor, id);
}

async function assertHandler(db: Executor, accountId: number, unitId: number): Promise<void> {
  const role = await db.selectFrom('account_roles').innerJoin('accounts', 'accounts.id', 'account_roles.account_id').select('account_roles.account_id').where('account_roles.account_id', '=', accountId).where('account_roles.unit_id', '=', unitId).executeTakeFirst();
  if (!role) throw new AppError('VALIDATION_FAILED', 'Cán bộ được giao phải có vai trò tại đơn vị của vụ việc.', { handlerAccountId: 'Không thuộc đơn vị của vụ việc' });
}

export async function listCases(db: Db, actor: Actor, q: z.output<typeof ZCaseListQuery>, basis: ListBasis = {}): Promise<z.infer<typeof ZCaseList>> {
  const ctx = basis.ctx ?? (await loadDeadlineContext(db));
  const scope = scopeIds(actor);
  const { from, to } = await dateWindow(db.kysely, actor, q);
  let query = db.kysely.selectFrom('cases as c').selectAll('c');
  if (scope) query = query.where('c.unit_id', 'in', scope);
  if (q.unitId !== undefined) query = query.where('c.unit_id', '=', q.unitId);
  if (q.state) query = query.where('c.state', '=', q.state);
  if (q.type) query = query.where('c.type', '=', q.type);
  if (q.handlerAccountId !== undefined) query = query.where('c.handler_account_id', '=', q.handlerAccountId);
  if (q.open) query = query.where(stillOpen('c'));
  for (const [flag, column] of [['complex', 'c.complex'], ['protracted', 'c.protracted'], ['backlog', 'c.backlog'], ['overLevel', 'c.over_level']] as const) {
    const wanted = q[flag];
    if (wanted !== undefined) query = query.where(column, '=', bool(wanted));
  }
  if (from) query = query.where('c.opened_on', '>=', from);
  if (to) query = query.where('c.opened_on', '<=', to);
  // A case's field and special categories are its letters'.
  if (q.field) query = query.where('c.id', 'in', db.kysely.selectFrom('letters as fl').select('fl.case_id').where('fl.field', '=', q.field));
  if (q.specialCategory) query = query.where('c.id', 'in', db.kysely.selectFrom('letters as sl').select('sl.case_id').where(holdsCode('sl.special_categories', q.specialCategory)));
  const content = q.q ? contentMatches(db, 'cases', 'c', q.q) : null;
  if (content) query = query.where(content);
  if (q.personId !== undefined) {
    const ids = basis.people ?? (await personAndMerged(db.kysely, q.personId));
    query = query.where('c.id', 'in', casesOfPeople(db.kysely, ids));
  }
  if (q.overdue) query = query.where(overdue('c', ctx));
  if (q.dueSoon) query = query.where(dueSoon('c', ctx));
  if (q.toUrge) query = query.where(toUrge('c', actor, ctx));
  if (q.sort === 'openedOn') query = query.orderBy('c.opened_on', direction(q.order, 'desc'));
  else if (q.sort === 'title') query = query.orderBy('c.title', direction(q.order, 'asc'));
  // Most urgent first: running deadlines by date, then the rest by opening.
  else query = query.orderBy('c.running_due_on', byDue(direction(q.order, 'asc')));
  const rows = await query.orderBy('c.opened_on', 'desc').orderBy('c.id', 'desc').limit(q.limit + 1).offset(q.offset).execute();
  const page = rows.slice(0, q.limit);
  const items = await presentList(db.kysely, ctx, page);
  return { items, hasMore: rows.length > q.limit };
}

export async function presentList(db: Executor, ctx: DeadlineContext, rows: readonly CaseRow[]): Promise<ListItem[]> {
  const [names, clocks, handlers] = await Promise.all([
    unitNames(db, rows.map((r) => r.unit_id)),
    clocksOf(db, 'case', rows.map((r) => r.id)),
    accountNames(db, rows.map((r) => r.handler_account_id)),
  ]);
  return rows.map((c) => {
    const running = presentClocks((clocks.get(c.id) ?? []).filter((k) => k.ended_on === null), ctx);
    const due = earliestDue(running);
    return {
      id: c.id,
      unitId: c.unit_id,
      unitName: names.get(c.unit_id) ?? '',
      type: c.type as CaseType,
      typeLabel: TYPE_LABELS[c.type as CaseType],
      state: c.state as CaseState,
      stateLabel: CASE_STATE_LABELS[c.state as CaseState].vi,
      level: c.level,
      title: c.title,
      handlerAccountId: c.handler_account_id,
      handlerName: c.handler_account_id === null ? null : (handlers.get(c.handler_account_id) ?? null),
      openedOn: c.opened_on,
      dueOn: due?.dueOn ?? null,
      dueStage: due?.stageLabel ?? null,
      daysLeft: due?.daysLeft ?? null,
      overdue: due?.state === 'overdue',
      dueSoon: due?.state === 'due_soon',
      complex: isTrue(c.complex),
      protracted: isTrue(c.protracted),
      backlog: isTrue(c.backlog),
      overLevel: isTrue(c.over_level),
      ageDays: Math.max(0, diffDays(c.opened_on, c.closed_on ?? ctx.today)),
      daysOverdue: due?.state === 'overdue' && due.dueOn ? diffDays(due.dueOn, ctx.today) : null,
    };
  });
}

async function accountNames(db: Executor, ids: readonly (number | null)[]): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((i): i is number => i !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('accounts').select(['id', 'full_name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.full_name]));
}

const EVENT_LABELS: Record<string, string> = { mo: 'Mở vụ việc', don_doc: 'Đôn đốc giải quyết', them_don: 'Thêm đơn vào vụ việc', ...Object.fromEntries(Object.entries(CASE_TRANSITION_LABELS).map(([k, v]) => [k, v.vi])) };

async function presentCase(db: Executor, ctx: DeadlineContext, actor: Actor, c: CaseRow): Promise<Case> {
  const [item] = await presentList(db, ctx, [c]);
  const [clocks, letters, visits, events] = await Promise.all([
    clocksOf(db, 'case', [c.id]),
    db.selectFrom('letters').select(['id', 'number', 'year', 'received_on', 'sealed', 'anonymous', 'unit_id']).where('case_id', '=', c.id).orderBy('received_on').execute(),
    db.selectFrom('visits').select('id').where('case_id', '=', c.id).orderBy('id').execute(),
    db.selectFrom('case_events').selectAll().where('case_id', '=', c.id).orderBy('id').execute(),
  ]);
  const [senderNames, caseDocuments, letterDocuments] = await Promise.all([plainSenderNames(db, letters.map((l) => l.id)), documentsOf(db, 'case', [c.id]), documentsOf(db, 'letter', letters.map((l) => l.id))]);
  const documents = [...(caseDocuments.get(c.id) ?? []), ...[...letterDocuments.values()].flat()].sort((a, b) => a.id - b.id);
  const byId = new Map(documents.map((d) => [d.id, d]));
  const steps = writableCase(actor, c) ? availableTransitions(snapshot(c), actor.roles) : [];
  return {
    ...(item as ListItem),
    complexCriteria: parseList<string>(c.complex_criteria),
    outcome: c.outcome,
    resultNumber: c.result_number,
    resultDate: c.result_date,
    resultSigner: c.result_signer,
    closedOn: c.closed_on,
    letters: letters.map((l) => ({ id: l.id, number: l.number, year: l.year, receivedOn: l.received_on, unitId: l.unit_id, sendersLabel: sendersLabelOf(l, senderNames.get(l.id) ?? []) })),
    visitIds: visits.map((v) => v.id),
    clocks: presentClocks(clocks.get(c.id) ?? [], ctx),
    events: events.map((e) => ({
      id: e.id,
      at: e.at,
      on: e.on_date,
      actorName: e.actor_name,
      transition: e.transition,
      label: EVENT_LABELS[e.transition] ?? e.transition,
      fromState: e.from_state,
      toState: e.to_state,
      decisionNumber: e.decision_number,
      decisionDate: e.decision_date,
      signer: e.signer,
      basis: e.basis,
      note: e.note,
      document: e.document_id === null ? null : documentRef(byId.get(e.document_id)),
    })),
    documents,
    version: c.version,
    actions: [...steps, ...(writableCase(actor, c) ? ['edit'] : []), ...(writableCase(actor, c) && c.state !== 'da_dong' ? ['urge'] : [])],
  };
}

const documentRef = (d: TIssuedDocument | undefined) => (d ? { id: d.id, kind: d.kind, label: d.label, numberLine: d.numberLine, issuedOn: d.issuedOn } : null);

export async function getCase(db: Db, actor: Actor, id: number): Promise<Case> {
  const ctx = await loadDeadlineContext(db);
  const c = await loadCase(db.kysely, actor, id);
  return presentCase(db.kysely, ctx, actor, c);
}

export async function updateCase(db: Db, actor: Actor, id: number, input: z.output<typeof ZCaseUpdate>, meta: RequestMeta): Promise<Case> {
  const c = await loadCase(db.kysely, actor, id);
  if (!writableCase(actor, c)) throw new AppError('OUT_OF_SCOPE', 'Vụ việc thuộc đơn vị khác: bạn được xem nhưng không được sửa.');
  if (input.handlerAccountId) await assertHandler(db.kysely, input.handlerAccountId, c.unit_id);
  const ctx = await loadDeadlineContext(db);
  return db.transaction(async (tx) => {
    const { after } = await updateVersioned(tx, db, meta, {
      table: 'cases',
      id,
      version: input.version,
      set: {
        ...(input.title !== undefined ? { title: input.title, search_key: caseSearchKey({ title: input.title }) } : {}),
        ...(input.handlerAccountId !== undefined ? { handler_account_id: input.handlerAccountId } : {}),
        ...(input.complex !== undefined ? { complex: bool(input.complex) } : {}),
        ...(input.complexCriteria !== undefined ? { complex_criteria: JSON.stringify(input.complexCriteria) } : {}),
        ...(input.protracted !== undefined ? { protracted: bool(input.protracted) } : {}),
        ...(input.backlog !== undefined ? { backlog: bool(input.backlog) } : {}),
        ...(input.overLevel !== undefined ? { over_level: bool(input.overLevel) } : {}),
      },
      action: 'case.updated',
      entity: 'case',
      notFound: NOT_FOUND,
    });
    return presentCase(tx, ctx, actor, after);
  });
}

/** One step of the case's machine: checked by the pure rules, then state, clocks, timeline and audit in one transaction. */
export async function transitionCase(db: Db, actor: Actor, id: number, input: z.output<typeof ZCaseTransitionInput>, meta: RequestMeta): Promise<Case> {
  const c = await loadCase(db.kysely, actor, id);
  if (!writableCase(actor, c)) throw new AppError('OUT_OF_SCOPE', 'Vụ việc thuộc đơn vị khác: bạn được xem nhưng không được thực hiện.');
  const t = input.transition;
  const on = input.on ?? db.clock.today();
  if (on > db.clock.today()) throw new AppError('VALIDATION_FAILED', 'Ngày của bước không thể ở tương lai.', { on: 'Ngày ở tương lai' });
  if (on < c.opened_on && t !== 'thu_ly') throw new AppError('VALIDATION_FAILED', 'Ngày của bước không thể trước ngày mở vụ việc.', { on: 'Trước ngày mở vụ việc' });
  if (NEEDS_DECISION.has(t) && !input.decision) throw new AppError('VALIDATION_FAILED', `«${CASE_TRANSITION_LABELS[t].vi}» phải ghi văn bản (số, ngày, người ký).`, { decision: 'Hãy ghi số, ngày, người ký văn bản' });
  if (t === 'giai_quyet' && c.type !== 'kien_nghi_phan_anh') {
    if (!input.outcome) throw new AppError('VALIDATION_FAILED', 'Giải quyết phải ghi kết quả (đúng, đúng một phần, sai).', { outcome: 'Hãy chọn kết quả' });
    await assertCodes(db.kysely, c.type === 'khieu_nai' ? 'complaint_outcome' : 'denunciation_outcome', [input.outcome], 'outcome', 'Kết quả');
  }
  const ctx = await loadDeadlineContext(db);
  const outcome = caseTransition(
    snapshot(c),
    t,
    {
      on,
      ...(input.days ? { days: input.days } : {}),
      ...(input.complex !== null && input.complex !== undefined ? { complex: input.complex } : {}),
      inWriting: input.inWriting === true,
      ...(input.scope ? { scope: input.scope } : {}),
      ...(input.group ? { group: input.group } : {}),
      signsOfViolation: input.signsOfViolation === true,
      coerced: input.coerced === true,
      slander: input.slander === true,
    },
    actor.roles,
    ctx.calendar,
    ctx.options,
  );
  if (!outcome.ok) {
    const code = outcome.reason === 'ROLE' ? 'FORBIDDEN' : outcome.reason === 'INVALID_INPUT' ? 'VALIDATION_FAILED' : 'CONFLICT';
    throw new AppError(code, outcome.basis ? `${outcome.message} (${outcome.basis})` : outcome.message, { transition: outcome.message }, { reason: outcome.reason });
  }
  const subject = { type: 'case' as const, id };
  return db.transaction(async (tx) => {
    const decided = t === 'giai_quyet';
    const { after } = await updateVersioned(tx, db, meta, {
      table: 'cases',
      id,
      version: input.version,
      set: {
        state: outcome.to,
        level: outcome.level,
        state_before_suspension: outcome.to === 'tam_dinh_chi' ? c.state : null,
        ...(outcome.complex !== undefined ? { complex: bool(outcome.complex || isTrue(c.complex)) } : {}),
        ...(decided ? { decided_on: on, outcome: input.outcome ?? null, result_number: input.decision?.number ?? null, result_date: input.decision?.date ?? null, result_signer: input.decision?.signer ?? null } : {}),
        ...(t === 'khieu_nai_lan_2' || t === 'giai_quyet_lai' ? { decided_on: null, outcome: null } : {}),
        ...(outcome.to === 'da_dong' ? { closed_on: on } : t === 'giai_quyet_lai' ? { closed_on: null } : {}),
      },
      action: 'case.transition',
      entity: 'case',
      notFound: NOT_FOUND,
      auditView: (r) => ({ state: r.state, level: r.level, outcome: r.outcome, resultNumber: r.result_number, version: r.version, transition: t }),
    });
    if (outcome.endRunning) await endRunning(tx, subject, on, outcome.endRunning);
    const complex = isTrue(after.complex);
    for (const start of outcome.start) await startClock(tx, ctx, subject, start, { complex, basis: outcome.basis });
    if (outcome.extend) await extendRunning(tx, ctx, subject, { decidedOn: outcome.extend.decidedOn, ...(outcome.extend.days ? { days: outcome.extend.days } : {}), ...(input.decision ? { documentNumber: input.decision.number } : {}) });
    if (outcome.suspendFrom) await suspendRunning(tx, ctx, subject, outcome.suspendFrom, input.note);
    if (outcome.resumeAfter) await resumeRunning(tx, ctx, subject, outcome.resumeAfter);
    await tx
      .insertInto('case_events')
      .values({
        case_id: id,
        at: db.clock.nowIso(),
        on_date: on,
        actor_id: meta.actorId,
        actor_name: actor.fullName,
        transition: t,
        from_state: c.state,
        to_state: outcome.to,
        decision_number: input.decision?.number ?? null,
        decision_date: input.decision?.date ?? null,
        signer: input.decision?.signer ?? null,
        basis: outcome.basis,
        note: [input.note, outcome.note].filter(Boolean).join(' ') || null,
      })
      .execute();
    return presentCase(tx, ctx, actor, after);
  });
}

registerRecordType('case', {
  label: 'vụ việc',
  async owningUnit(db, id) {
    return (await db.selectFrom('cases').select('unit_id').where('id', '=', id).executeTakeFirst())?.unit_id ?? null;
  },
  async canRead(db, actor, id) {
    const c = await db.selectFrom('cases').select('unit_id').where('id', '=', id).executeTakeFirst();
    return !!c && visibleCase(actor, c);
  },
  async canWrite(db, actor, id) {
    const c = await db.selectFrom('cases').select('unit_id').where('id', '=', id).executeTakeFirst();
    return !!c && writableCase(actor, c);
  },
});

/** The filtered case list as an .xlsx (the list's own rows: no identity of a denouncer can be in it); audited. */
export const exportCases = listExport<ListItem, z.output<typeof ZCaseExportQuery>>(
  {
    sheet: 'Vụ việc',
    file: 'vu-viec',
    action: 'case.exported',
    entity: 'case',
    columns: [
      { header: 'Mã', width: 8, value: (c) => c.id },
      { header: 'Đơn vị', width: 28, value: (c) => c.unitName },
      { header: 'Loại', width: 18, value: (c) => c.typeLabel },
      { header: 'Lần', width: 6, value: (c) => c.level },
      { header: 'Tên vụ việc', width: 60, value: (c) => c.title },
      { header: 'Trạng thái', width: 20, value: (c) => c.stateLabel },
      { header: 'Cán bộ giải quyết', width: 24, value: (c) => c.handlerName },
      { header: 'Ngày mở', width: 12, value: (c) => viDate(c.openedOn) },
      { header: 'Bước đang tính hạn', width: 36, value: (c) => c.dueStage },
      { header: 'Hạn', width: 12, value: (c) => viDate(c.dueOn) },
      { header: 'Còn (ngày)', width: 10, value: (c) => c.daysLeft },
      { header: 'Quá hạn', width: 9, value: (c) => (c.overdue ? 'x' : null) },
      { header: 'Phức tạp', width: 9, value: (c) => (c.complex ? 'x' : null) },
      { header: 'Kéo dài', width: 9, value: (c) => (c.protracted ? 'x' : null) },
      { header: 'Tồn đọng', width: 9, value: (c) => (c.backlog ? 'x' : null) },
      { header: 'Vượt cấp', width: 9, value: (c) => (c.overLevel ? 'x' : null) },
      { header: 'Số ngày', width: 9, value: (c) => c.ageDays },
    ],
  },
  listCases,
);
