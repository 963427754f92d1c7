/**
 * Letters (xử lý đơn, journey 4): registered from every channel with a number per unit per year, classified on the
 * axes of form 02/XLD, decided (decisions catalogue) with the processing clock of the deadline engine, forwarded to
 * another unit's inbox, turned into cases. A denunciation's writers are sealed (Luật Tố cáo arts. 9, 56): stored
 * encrypted, opened only for an account the head cleared for the letter or its case (every opening audited), shown
 * to everyone else as SEALED_PLACEHOLDER, and never written to lists, cases or the audit log.
 *
 * Who sees a letter: `letters.read` and the letter's unit in scope, or the unit it was forwarded to in scope.
 * Who changes it: `letters.write` and its unit in scope (the receiving unit enters its own copy with `receive`).
 */
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import { caseTypeOf, checkLetterDecision, LETTER_STATE_LABELS, processingClock, type LetterState } from '@core/domain/cases';
import { labelOf, type CodeOf } from '@core/domain/catalogs';
import { normalizeDocumentNumber } from '@core/domain/identity';
import { letterSearchKey } from '@core/domain/text/content';
import type { ZLetter, ZLetterClassify, ZLetterDecide, ZLetterExportQuery, ZLetterList, ZLetterListQuery, TLetterCreate, TLetterSender } from '@core/schemas/letters';
import { SEALED_PLACEHOLDER } from '@core/schemas/sealing';
import { bool, isTrue, type Db, type Executor, type Tx } from '../../db/database';
import type { LettersTable, LetterSendersTable } from '../../db/schema';
import type { Actor, RequestMeta } from '../../platform/context';
import { AppError } from '../../platform/errors';
import type { ModuleDeps } from '../../platform/http';
import { normalisePhone } from '../../platform/phones';
import { registerRecordType } from '../../platform/records';
import { updateVersioned } from '../../platform/versioned';
import { lockAuditChain, writeAudit } from '../audit/audit.repo';
import { openCase } from '../cases/cases.service';
import { readSealed, isCleared } from '../clearances/clearances.service';
import { clocksOf, earliestDue, endRunning, loadDeadlineContext, presentClocks, startClock, type DeadlineContext } from '../clocks/clocks.service';
import { documentsOf } from '../documents/documents.service';
import { idempotent, type Remember } from '../idempotency/idempotency';
import { byDue, contentMatches, dateWindow, direction, dueSoon, holdsCode, notTakenUp, overdue, type ListBasis } from '../records/lists';
import { issueDecisionDocument } from './letter-documents';
import { writeMatchKeys } from './match-keys';
import { assertCodes, parseList, personAndMerged, plainSenderNames, scopeIds, SEALED_SENDERS, sendersLabelOf, unitNames, workingUnit } from '../records/shared';
import { listExport, viDate } from '../records/xlsx';

export type LetterRow = Selectable<LettersTable>;
type SenderRow = Selectable<LetterSendersTable>;
type Letter = z.infer<typeof ZLetter>;
type Deps = Pick<ModuleDeps, 'db' | 'sealer' | 'storage'>;

const NOT_FOUND = 'Không tìm thấy đơn.';

/** What a sealed sender holds, once opened. */
interface SealedSender {
  fullName: string;
  idNumber: string | null;
  address: string | null;
  phone: string | null;
  personId: number | null;
}

export const visibleLetter = (actor: Actor, l: Pick<LetterRow, 'unit_id' | 'forward_to_unit_id'>): boolean =>
  actor.permissions.includes('letters.read') && (actor.scope.has(l.unit_id) || (l.forward_to_unit_id !== null && actor.scope.has(l.forward_to_unit_id)));

const writable = (actor: Actor, l: Pick<LetterRow, 'unit_id'>): boolean => actor.permissions.includes('letters.write') && actor.scope.has(l.unit_id);

export async function loadLetter(db: Executor, actor: Actor, id: number): Promise<LetterRow> {
  const row = await db.selectFrom('letters').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || !visibleLetter(actor, row)) throw new AppError('NOT_FOUND', NOT_FOUND);
  return row;
}

interface CleanSender {
  fullName: string;
  idNumber: string | null;
  address: string | null;
  phone: string | null;
  personId: number | null;
}

function cleanSenders(senders: readonly TLetterSender[]): CleanSender[] {
  return senders.map((s, i) => ({
    fullName: s.fullName,
    idNumber: s.idNumber ? normalizeDocumentNumber(s.idNumber) || null : null,
    address: s.address ?? null,
    phone: normalisePhone(s.phone, `senders.${i}.phone`),
    personId: s.personId ?? null,
  }));
}

/** Catalogue codes and linked people checked before a transaction opens. */
export async function checkLetterInput(db: Db, actor: Actor, input: TLetterCreate): Promise<CleanSender[]> {
  await assertCodes(db.kysely, 'intake_channel', [input.channel], 'channel', 'Nguồn đơn');
  await assertCodes(db.kysely, 'field', [input.field], 'field', 'Lĩnh vực');
  await assertCodes(db.kysely, 'special_category', input.specialCategories, 'specialCategories', 'Đối tượng đặc thù');
  const senders = cleanSenders(input.senders);
  const personIds = senders.map((s) => s.personId).filter((p): p is number => p !== null);
  if (personIds.length > 0) {
    const found = await db.kysely.selectFrom('people').select('id').where('id', 'in', personIds).execute();
    if (found.length !== new Set(personIds).size) throw new AppError('VALIDATION_FAILED', 'Có người viết đơn gắn với hồ sơ công dân không có trong sổ.', { senders: 'Hồ sơ công dân không tồn tại' });
  }
  if (input.receivedOn > db.clock.today()) throw new AppError('VALIDATION_FAILED', 'Ngày nhận đơn không thể ở tương lai.', { receivedOn: 'Ngày nhận đơn ở tương lai' });
  return senders;
}

/** The next number of the unit's letter register for the year, in the caller's transaction (audit head locked first). */
async function nextLetterNumber(tx: Tx, unitId: number, year: number): Promise<number> {
  const row = await tx
    .insertInto('letter_registers')
    .values({ unit_id: unitId, year, last_number: 1 })
    .onConflict((oc) => oc.columns(['unit_id', 'year']).doUpdateSet((eb) => ({ last_number: eb('letter_registers.last_number', '+', 1) })))
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return row.last_number;
}

export interface InsertLetter {
  unitId: number;
  input: TLetterCreate;
  senders: CleanSender[];
  visitId?: number | null;
  forwardedFromLetterId?: number | null;
  /** Sealed senders copied as they are from a forwarded letter (same context, never opened to copy). */
  sealedCopies?: { position: number; sealed: string }[];
}

/**
 * Registers a letter inside the caller's transaction: number, writers (sealed for a denunciation), processing clock,
 * audit entry without any writer's identity. Used by POST /api/letters, by a visit that receives a letter and by
 * the receiving unit entering a forwarded letter.
 */
export async function insertLetter(tx: Tx, deps: Deps, ctx: DeadlineContext, meta: RequestMeta, l: InsertLetter): Promise<LetterRow> {
  const { db } = deps;
  const { input } = l;
  const sealed = input.requestType === 'to_cao' && !input.anonymous;
  await lockAuditChain(tx, db);
  const year = Number(input.receivedOn.slice(0, 4));
  const number = await nextLetterNumber(tx, l.unitId, year);
  const now = db.clock.nowIso();
  const row = await tx
    .insertInto('letters')
    .values({
      unit_id: l.unitId,
      year,
      number,
      received_on: input.receivedOn,
      channel: input.channel,
      request_type: input.requestType,
      field: input.field ?? null,
      special_categories: JSON.stringify(input.specialCategories),
      content: input.content,
      summary: input.summary,
      anonymous: bool(input.anonymous),
      false_name: bool(input.falseName),
      signed: bool(input.signed),
      signer_count: input.signerCount ?? (l.sealedCopies?.length || l.senders.length),
      sealed: bool(sealed || (l.sealedCopies?.length ?? 0) > 0),
      source_body: input.sourceBody,
      originals_attached: bool(input.originalsAttached),
      state: 'moi_nhan',
      eligible: null,
      ineligible_reason: null,
      competent: null,
      competent_body_type: null,
      prior_resolution: null,
      duplicate_of_id: null,
      decision: null,
      decided_on: null,
      ground: null,
      decision_note: null,
      forward_to_unit_id: null,
      forward_to_body: null,
      forwarded_from_letter_id: l.forwardedFromLetterId ?? null,
      visit_id: l.visitId ?? null,
      case_id: null,
      // The writers as written on the letter, unless sealed (copies of a forwarded denunciation are sealed too).
      search_key: letterSearchKey({ ...input, sealed: sealed || (l.sealedCopies?.length ?? 0) > 0, senderNames: l.senders.map((s) => s.fullName) }),
      created_by: meta.actorId,
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const senderRows = l.sealedCopies
    ? l.sealedCopies.map((s) => ({ letter_id: row.id, position: s.position, person_id: null, full_name: null, id_number: null, address: null, phone: null, sealed: s.sealed }))
    : l.senders.map((s, position) =>
        sealed
          ? { letter_id: row.id, position, person_id: null, full_name: null, id_number: null, address: null, phone: null, sealed: deps.sealer.seal(s, SEALED_SENDERS) }
          : { letter_id: row.id, position, person_id: s.personId, full_name: s.fullName, id_number: s.idNumber, address: s.address, phone: s.phone, sealed: null },
      );
  if (senderRows.length > 0) await tx.insertInto('letter_senders').values(senderRows).execute();
  await writeMatchKeys(tx, { id: row.id, content: row.content, sealed: isTrue(row.sealed), senders: l.sealedCopies ? [] : l.senders });
  await startClock(tx, ctx, { type: 'letter', id: row.id }, processingClock(input.requestType, input.receivedOn));
  await writeAudit(tx, db, meta, {
    action: l.forwardedFromLetterId ? 'letter.received' : 'letter.created',
    entity: 'letter',
    entityId: row.id,
    // The writers are never in the log: only how many and whether sealed.
    after: { unitId: row.unit_id, year, number, requestType: row.request_type, channel: row.channel, receivedOn: row.received_on, senders: senderRows.length, sealed: isTrue(row.sealed), visitId: row.visit_id, forwardedFromLetterId: row.forwarded_from_letter_id },
  });
  return row;
}

export async function createLetter(deps: Deps, actor: Actor, input: TLetterCreate, meta: RequestMeta, key: string | null): Promise<Letter> {
  const { db } = deps;
  const unitId = workingUnit(actor);
  const senders = await checkLetterInput(db, actor, input);
  const ctx = await loadDeadlineContext(db);
  const { id } = await idempotent(db, actor, key, 'letter.create', (remember: Remember) =>
    db.transaction(async (tx) => {
      const row = await insertLetter(tx, deps, ctx, meta, { unitId, input, senders });
      await remember(tx, row.id);
      return row.id;
    }),
  );
  return getLetter(deps, actor, id, meta, { audited: false });
}

/** Whether the actor may open this letter's sealed writers: cleared for the letter, or for the case it belongs to. */
async function clearedSubject(db: Executor, actor: Actor, l: LetterRow): Promise<{ type: string; id: number } | null> {
  if (await isCleared(db, actor, { type: 'letter', id: l.id })) return { type: 'letter', id: l.id };
  if (l.case_id !== null && (await isCleared(db, actor, { type: 'case', id: l.case_id }))) return { type: 'case', id: l.case_id };
  return null;
}

async function presentLetter(tx: Tx, deps: Deps, actor: Actor, meta: RequestMeta, l: LetterRow, ctx: DeadlineContext): Promise<Letter> {
  const senderRows: SenderRow[] = await tx.selectFrom('letter_senders').selectAll().where('letter_id', '=', l.id).orderBy('position').execute();
  let senders: Letter['senders'] = [];
  let cleared = false;
  if (isTrue(l.sealed)) {
    const subject = await clearedSubject(tx, actor, l);
    if (subject) {
      const opened = await readSealed(tx, deps, meta, actor, subject, senderRows.map((s) => ({ name: String(s.position), context: SEALED_SENDERS, value: s.sealed })));
      cleared = opened.cleared;
      senders = senderRows.map((s) => opened.values[String(s.position)] as SealedSender).filter(Boolean).map((s) => ({ fullName: s.fullName, idNumber: s.idNumber, address: s.address, phone: s.phone, personId: s.personId }));
    }
  } else {
    senders = senderRows.map((s) => ({ fullName: s.full_name ?? '', idNumber: s.id_number, address: s.address, phone: s.phone, personId: s.person_id }));
  }
  const names = await unitNames(tx, [l.unit_id, l.forward_to_unit_id]);
  const received = await tx.selectFrom('letters').select('id').where('forwarded_from_letter_id', '=', l.id).executeTakeFirst();
  const clocks = presentClocks((await clocksOf(tx, 'letter', [l.id])).get(l.id) ?? [], ctx);
  const documents = (await documentsOf(tx, 'letter', [l.id])).get(l.id) ?? [];
  const state = l.state as LetterState;
  const own = writable(actor, l);
  const actions = [
    ...(own && state !== 'da_xu_ly' ? ['classify', 'decide'] : []),
    ...(own && state === 'da_xu_ly' && l.decision === 'chuyen_don' ? ['urge'] : []),
    ...(actor.permissions.includes('letters.write') && l.forward_to_unit_id !== null && actor.scope.has(l.forward_to_unit_id) && !actor.scope.has(l.unit_id) && !received ? ['receive'] : []),
  ];
  return {
    id: l.id,
    unitId: l.unit_id,
    unitName: names.get(l.unit_id) ?? '',
    year: l.year,
    number: l.number,
    receivedOn: l.received_on,
    channel: l.channel,
    requestType: l.request_type,
    requestTypeLabel: labelOf('request_type', l.request_type) ?? l.request_type,
    field: l.field,
    specialCategories: parseList<string>(l.special_categories),
    content: l.content,
    summary: l.summary,
    anonymous: isTrue(l.anonymous),
    falseName: isTrue(l.false_name),
    signed: isTrue(l.signed),
    signerCount: l.signer_count,
    sealed: isTrue(l.sealed),
    cleared,
    senders,
    sendersLabel: isTrue(l.sealed) ? SEALED_PLACEHOLDER : sendersLabelOf(l, senders.map((s) => s.fullName)),
    sourceBody: l.source_body,
    originalsAttached: isTrue(l.originals_attached),
    state,
    stateLabel: LETTER_STATE_LABELS[state].vi,
    eligible: l.eligible === null ? null : isTrue(l.eligible),
    ineligibleReason: l.ineligible_reason,
    competent: l.competent === null ? null : isTrue(l.competent),
    competentBodyType: l.competent_body_type,
    priorResolution: l.prior_resolution,
    duplicateOfId: l.duplicate_of_id,
    decision: l.decision,
    decisionLabel: l.decision ? (labelOf('decision', l.decision) ?? l.decision) : null,
    decidedOn: l.decided_on,
    ground: l.ground,
    decisionNote: l.decision_note,
    forwardToUnitId: l.forward_to_unit_id,
    forwardToUnitName: l.forward_to_unit_id === null ? null : (names.get(l.forward_to_unit_id) ?? null),
    forwardToBody: l.forward_to_body,
    forwardedFromLetterId: l.forwarded_from_letter_id,
    receivedAsLetterId: received?.id ?? null,
    visitId: l.visit_id,
    caseId: l.case_id,
    clocks,
    dueOn: earliestDue(clocks)?.dueOn ?? null,
    documents,
    createdAt: l.created_at,
    version: l.version,
    actions,
  };
}

/** A letter with its writers (opened only for a cleared account) and clocks; the read is audited. */
export async function getLetter(deps: Deps, actor: Actor, id: number, meta: RequestMeta, opts: { audited?: boolean } = {}): Promise<Letter> {
  const ctx = await loadDeadlineContext(deps.db);
  return deps.db.transaction(async (tx) => {
    const l = await loadLetter(tx, actor, id);
    if (opts.audited !== false) await writeAudit(tx, deps.db, meta, { action: 'letter.read', entity: 'letter', entityId: id });
    return presentLetter(tx, deps, actor, meta, l, ctx);
  });
}

export async function listLetters(db: Db, actor: Actor, q: z.output<typeof ZLetterListQuery>, basis: ListBasis = {}): Promise<z.infer<typeof ZLetterList>> {
  const scope = scopeIds(actor);
  const ctx = basis.ctx ?? (await loadDeadlineContext(db));
  const { from, to } = await dateWindow(db.kysely, actor, q);
  let query = db.kysely.selectFrom('letters as l').selectAll('l');
  if (q.inbox) {
    query = query.where('l.forward_to_unit_id', 'in', scope ?? [workingUnit(actor)]).where(notTakenUp('l'));
  } else if (scope) {
    query = query.where((eb) => eb.or([eb('l.unit_id', 'in', scope), eb('l.forward_to_unit_id', 'in', scope)]));
  }
  if (q.unitId !== undefined) query = query.where('l.unit_id', '=', q.unitId);
  if (q.state) query = query.where('l.state', '=', q.state);
  if (q.requestType) query = query.where('l.request_type', '=', q.requestType);
  if (q.channel) query = query.where('l.channel', '=', q.channel);
  if (q.decision) query = query.where('l.decision', '=', q.decision);
  if (q.field) query = query.where('l.field', '=', q.field);
  if (q.specialCategory) query = query.where(holdsCode('l.special_categories', q.specialCategory));
  if (q.anonymous !== undefined) query = query.where('l.anonymous', '=', bool(q.anonymous));
  if (q.toUrge) {
    query = query.where('l.decision', '=', 'chuyen_don').where('l.forward_to_unit_id', 'is not', null).where(notTakenUp('l'));
    // Urged by the units that forwarded them: not the letters forwarded in to the actor's units.
    if (scope) query = query.where('l.unit_id', 'in', scope);
  }
  if (from) query = query.where('l.received_on', '>=', from);
  if (to) query = query.where('l.received_on', '<=', to);
  const content = q.q ? contentMatches(db, 'letters', 'l', q.q) : null;
  if (content) query = query.where(content);
  if (q.personId !== undefined) {
    // Only plain writers are linked to people: a denunciation's sealed writers never lead back to a person.
    const ids = basis.people ?? (await personAndMerged(db.kysely, q.personId));
    query = query.where('l.id', 'in', db.kysely.selectFrom('letter_senders').select('letter_id').where('person_id', 'in', ids));
  }
  if (q.overdue) query = query.where(overdue('l', ctx));
  if (q.dueSoon) query = query.where(dueSoon('l', ctx));
  const dir = direction(q.order, q.sort === 'dueOn' ? 'asc' : 'desc');
  if (q.sort === 'dueOn') query = query.orderBy('l.running_due_on', byDue(dir));
  if (q.sort === 'number') query = query.orderBy('l.year', dir).orderBy('l.number', dir);
  const rows = await query.orderBy('l.received_on', dir).orderBy('l.id', dir).limit(q.limit + 1).offset(q.offset).execute();
  const page = rows.slice(0, q.limit);
  const ids = page.map((r) => r.id);
  const [names, senders, clocks] = await Promise.all([unitNames(db.kysely, page.map((r) => r.unit_id)), plainSenderNames(db.kysely, ids), clocksOf(db.kysely, 'letter', ids)]);
  return {
    hasMore: rows.length > q.limit,
    items: page.map((l) => {
      const due = earliestDue(presentClocks((clocks.get(l.id) ?? []).filter((c) => c.ended_on === null), ctx));
      return {
        id: l.id,
        unitId: l.unit_id,
        unitName: names.get(l.unit_id) ?? '',
        year: l.year,
        number: l.number,
        receivedOn: l.received_on,
        channel: l.channel,
        requestType: l.request_type,
        requestTypeLabel: labelOf('request_type', l.request_type) ?? l.request_type,
        summary: l.summary,
        sealed: isTrue(l.sealed),
        sendersLabel: sendersLabelOf(l, senders.get(l.id) ?? []),
        state: l.state as LetterState,
        stateLabel: LETTER_STATE_LABELS[l.state as LetterState].vi,
        decision: l.decision,
        decisionLabel: l.decision ? (labelOf('decision', l.decision) ?? l.decision) : null,
        forwardToUnitId: l.forward_to_unit_id,
        receivedAsLetterId: null,
        caseId: l.case_id,
        dueOn: due?.dueOn ?? null,
        daysLeft: due?.daysLeft ?? null,
        overdue: due?.state === 'overdue',
      };
    }),
  };
}

type LetterItem = z.infer<typeof ZLetterList>['items'][number];

/** The filtered register as an .xlsx (the list's own rows: a sealed writer is the placeholder); audited. */
export const exportLetters = listExport<LetterItem, z.output<typeof ZLetterExportQuery>>(
  {
    sheet: 'Sổ đơn',
    file: 'so-don',
    action: 'letter.exported',
    entity: 'letter',
    columns: [
      { header: 'Số', width: 10, value: (l) => `${l.number}/${l.year}` },
      { header: 'Ngày nhận', width: 12, value: (l) => viDate(l.receivedOn) },
      { header: 'Đơn vị', width: 28, value: (l) => l.unitName },
      { header: 'Người viết đơn', width: 32, value: (l) => l.sendersLabel },
      { header: 'Loại', width: 18, value: (l) => l.requestTypeLabel },
      { header: 'Tóm tắt', width: 50, value: (l) => l.summary },
      { header: 'Trạng thái', width: 16, value: (l) => l.stateLabel },
      { header: 'Hướng xử lý', width: 24, value: (l) => l.decisionLabel },
      { header: 'Hạn xử lý', width: 12, value: (l) => viDate(l.dueOn) },
      { header: 'Còn (ngày)', width: 10, value: (l) => l.daysLeft },
      { header: 'Quá hạn', width: 9, value: (l) => (l.overdue ? 'x' : null) },
      { header: 'Vụ việc', width: 9, value: (l) => l.caseId },
    ],
  },
  listLetters,
);

export function assertWritable(actor: Actor, l: LetterRow): void {
  if (!writable(actor, l)) throw new AppError('OUT_OF_SCOPE', 'Đơn này thuộc đơn vị khác: bạn được xem nhưng không được xử lý.');
}

export async function classifyLetter(deps: Deps, actor: Actor, id: number, input: z.output<typeof ZLetterClassify>, meta: RequestMeta): Promise<Letter> {
  const { db } = deps;
  const l = await loadLetter(db.kysely, actor, id);
  assertWritable(actor, l);
  if (l.state === 'da_xu_ly') throw new AppError('CONFLICT', 'Đơn đã được xử lý: không phân loại lại.');
  await assertCodes(db.kysely, 'field', [input.field], 'field', 'Lĩnh vực');
  await assertCodes(db.kysely, 'competent_body_type', [input.competentBodyType], 'competentBodyType', 'Loại cơ quan có thẩm quyền');
  if (input.duplicateOfId) {
    if (input.duplicateOfId === id) throw new AppError('VALIDATION_FAILED', 'Đơn không thể trùng với chính nó.', { duplicateOfId: 'Trùng với chính đơn này' });
    await loadLetter(db.kysely, actor, input.duplicateOfId).catch(() => {
      throw new AppError('VALIDATION_FAILED', 'Không tìm thấy đơn được đánh dấu trùng.', { duplicateOfId: 'Không có đơn này' });
    });
  }
  if (input.requestType && input.requestType !== l.request_type && (input.requestType === 'to_cao' || isTrue(l.sealed))) {
    // Sealing is decided when the writers are stored: moving a letter into or out of it would leave them wrongly kept.
    throw new AppError('CONFLICT', 'Không đổi loại đơn sang hoặc từ tố cáo sau khi vào sổ: danh tính người tố cáo được niêm phong khi vào sổ. Hãy vào sổ lại đơn với đúng loại.', { requestType: 'Không đổi sang hoặc từ tố cáo' });
  }
  const ctx = await loadDeadlineContext(db);
  return db.transaction(async (tx) => {
    const { after } = await updateVersioned(tx, db, meta, {
      table: 'letters',
      id,
      version: input.version,
      set: {
        request_type: input.requestType ?? l.request_type,
        field: input.field === undefined ? l.field : input.field,
        eligible: bool(input.eligible),
        ineligible_reason: input.eligible ? null : input.ineligibleReason,
        competent: bool(input.competent),
        competent_body_type: input.competentBodyType ?? null,
        prior_resolution: input.priorResolution ?? null,
        duplicate_of_id: input.duplicateOfId ?? null,
        state: 'da_phan_loai',
      },
      action: 'letter.classified',
      entity: 'letter',
      notFound: NOT_FOUND,
    });
    return presentLetter(tx, deps, actor, meta, after, ctx);
  });
}

/** Complaints are guided once: this letter's duplicate, or an earlier complaint letter of one of its registered writers, was guided. */
async function guidedBefore(db: Executor, l: LetterRow): Promise<boolean> {
  if (l.request_type !== 'khieu_nai') return false;
  if (l.duplicate_of_id !== null) {
    const dup = await db.selectFrom('letters').select('decision').where('id', '=', l.duplicate_of_id).executeTakeFirst();
    if (dup?.decision === 'huong_dan') return true;
  }
  const earlier = await db
    .selectFrom('letter_senders as s')
    .innerJoin('letter_senders as o', 'o.person_id', 's.person_id')
    .innerJoin('letters as e', 'e.id', 'o.letter_id')
    .select('e.id')
    .where('s.letter_id', '=', l.id)
    .where('e.id', '!=', l.id)
    .where('e.request_type', '=', 'khieu_nai')
    .where('e.decision', '=', 'huong_dan')
    .executeTakeFirst();
  return earlier !== undefined;
}

export async function decideLetter(deps: Deps, actor: Actor, id: number, input: z.output<typeof ZLetterDecide>, meta: RequestMeta): Promise<Letter> {
  const { db } = deps;
  const l = await loadLetter(db.kysely, actor, id);
  assertWritable(actor, l);
  const on = input.on ?? db.clock.today();
  if (on < l.received_on) throw new AppError('VALIDATION_FAILED', 'Ngày xử lý không thể trước ngày nhận đơn.', { on: 'Trước ngày nhận đơn' });
  if (on > db.clock.today()) throw new AppError('VALIDATION_FAILED', 'Ngày xử lý không thể ở tương lai.', { on: 'Ngày ở tương lai' });
  const urging = input.decision === 'don_doc';
  if (l.state === 'da_xu_ly' && !(urging && l.decision === 'chuyen_don')) throw new AppError('CONFLICT', 'Đơn đã được xử lý; chỉ có thể đôn đốc đơn đã chuyển.');
  if ((input.decision === 'khong_thu_ly' || input.decision === 'khong_xu_ly') && !input.ground) {
    throw new AppError('VALIDATION_FAILED', 'Không thụ lý, không xử lý phải ghi căn cứ.', { ground: 'Hãy chọn căn cứ' });
  }
  await assertCodes(db.kysely, 'non_acceptance_ground', [input.ground], 'ground', 'Căn cứ');
  if (input.forwardToUnitId) {
    const unit = await db.kysely.selectFrom('units').select(['id', 'valid_to']).where('id', '=', input.forwardToUnitId).executeTakeFirst();
    if (!unit || (unit.valid_to !== null && unit.valid_to < on)) throw new AppError('VALIDATION_FAILED', 'Đơn vị nhận không tồn tại hoặc đã giải thể.', { forwardToUnitId: 'Không có đơn vị này' });
    if (unit.id === l.unit_id) throw new AppError('VALIDATION_FAILED', 'Không chuyển đơn cho chính đơn vị mình.', { forwardToUnitId: 'Là đơn vị của đơn' });
  }
  const verdict = checkLetterDecision({
    requestType: l.request_type as CodeOf<'request_type'>,
    decision: input.decision,
    guidedBefore: await guidedBefore(db.kysely, l),
    forwardedIn: l.forwarded_from_letter_id !== null,
    hasRecipient: input.decision !== 'chuyen_don' || !!input.forwardToUnitId || !!input.forwardToBody,
    on,
  });
  if (!verdict.ok) throw new AppError('CONFLICT', `${verdict.message} (${verdict.basis})`, { [verdict.field]: verdict.message }, { reason: 'LETTER_RULE' });
  const caseType = caseTypeOf(l.request_type as CodeOf<'request_type'>);
  let joinCase: { id: number; unit_id: number; type: string } | undefined;
  if (verdict.opensCase && input.caseId) {
    joinCase = await db.kysely.selectFrom('cases').select(['id', 'unit_id', 'type']).where('id', '=', input.caseId).executeTakeFirst();
    if (!joinCase || !actor.scope.has(joinCase.unit_id)) throw new AppError('VALIDATION_FAILED', 'Không tìm thấy vụ việc để gộp đơn.', { caseId: 'Không có vụ việc này' });
    if (joinCase.type !== caseType) throw new AppError('VALIDATION_FAILED', 'Vụ việc khác loại với đơn.', { caseId: 'Khác loại đơn' });
  }
  const ctx = await loadDeadlineContext(db);
  return db.transaction(async (tx) => {
    let current: LetterRow;
    if (!urging) {
      const { after } = await updateVersioned(tx, db, meta, {
        table: 'letters',
        id,
        version: input.version,
        set: {
          state: 'da_xu_ly',
          decision: input.decision,
          decided_on: on,
          ground: input.ground ?? null,
          decision_note: input.note,
          forward_to_unit_id: input.decision === 'chuyen_don' ? (input.forwardToUnitId ?? null) : null,
          forward_to_body: input.decision === 'chuyen_don' ? input.forwardToBody : null,
        },
        action: 'letter.decided',
        entity: 'letter',
        notFound: NOT_FOUND,
        auditView: (r) => ({ state: r.state, decision: r.decision, decidedOn: r.decided_on, ground: r.ground, forwardToUnitId: r.forward_to_unit_id, forwardToBody: r.forward_to_body, version: r.version }),
      });
      current = after;
      if (verdict.completesProcessing) await endRunning(tx, { type: 'letter', id }, on, 'completed');
    } else {
      const { after } = await updateVersioned(tx, db, meta, {
        table: 'letters',
        id,
        version: input.version,
        set: { decision_note: input.note ?? l.decision_note },
        action: 'letter.decided',
        entity: 'letter',
        notFound: NOT_FOUND,
        auditView: (r) => ({ urged: on, note: r.decision_note, version: r.version }),
      });
      current = after;
    }
    let caseId: number | null = null;
    if (verdict.opensCase && caseType) {
      caseId = joinCase
        ? joinCase.id
        : await openCase(tx, db, ctx, actor, meta, { unitId: l.unit_id, type: caseType, title: l.summary ?? l.content.slice(0, 120), receivedOn: l.received_on, on, handlerAccountId: null });
      await tx.updateTable('letters').set({ case_id: caseId }).where('id', '=', id).execute();
      current = { ...current, case_id: caseId };
    }
    const document = await issueDecisionDocument(tx, deps, actor, meta, current, { decision: input.decision, on, ground: input.ground ?? null, note: input.note, forwardToUnitId: input.forwardToUnitId ?? null, forwardToBody: input.forwardToBody, basis: verdict.basis }, input.document);
    // The case's timeline shows the proposal it was opened (or joined) by.
    if (caseId !== null && document) {
      if (joinCase) await tx.insertInto('case_events').values({ case_id: caseId, at: db.clock.nowIso(), on_date: on, actor_id: meta.actorId, actor_name: actor.fullName, transition: 'them_don', from_state: null, to_state: (await tx.selectFrom('cases').select('state').where('id', '=', caseId).executeTakeFirstOrThrow()).state, decision_number: null, decision_date: null, signer: null, basis: null, note: `Đơn số ${l.number}/${l.year}`, document_id: document.id }).execute();
      else await tx.updateTable('case_events').set({ document_id: document.id }).where('case_id', '=', caseId).where('transition', '=', 'mo').execute();
    }
    return presentLetter(tx, deps, actor, meta, current, ctx);
  });
}

/**
 * The receiving unit enters a letter forwarded to it in its own register (its number, its processing clock), linked
 * to the original; the original stays with the sender. A denunciation's sealed writers are copied sealed.
 */
export async function receiveForwarded(deps: Deps, actor: Actor, id: number, meta: RequestMeta, key: string | null): Promise<Letter> {
  const { db } = deps;
  const l = await loadLetter(db.kysely, actor, id);
  if (l.forward_to_unit_id === null || !actor.scope.has(l.forward_to_unit_id) || !actor.permissions.includes('letters.write')) {
    throw new AppError('NOT_FOUND', 'Không có đơn chuyển đến đơn vị của bạn với mã này.');
  }
  const senders = await db.kysely.selectFrom('letter_senders').selectAll().where('letter_id', '=', id).orderBy('position').execute();
  const ctx = await loadDeadlineContext(db);
  const today = db.clock.today();
  const input: TLetterCreate = {
    requestType: l.request_type as TLetterCreate['requestType'],
    channel: 'co_quan_khac_chuyen',
    receivedOn: today,
    content: l.content,
    summary: l.summary,
    senders: [],
    anonymous: isTrue(l.anonymous),
    falseName: isTrue(l.false_name),
    signed: isTrue(l.signed),
    signerCount: l.signer_count,
    field: l.field,
    specialCategories: parseList<string>(l.special_categories),
    sourceBody: (await unitNames(db.kysely, [l.unit_id])).get(l.unit_id) ?? null,
    originalsAttached: isTrue(l.originals_attached),
  };
  const plain = senders.filter((s) => s.sealed === null).map((s) => ({ fullName: s.full_name ?? '', idNumber: s.id_number, address: s.address, phone: s.phone, personId: s.person_id }));
  const sealedCopies = senders.filter((s) => s.sealed !== null).map((s) => ({ position: s.position, sealed: s.sealed as string }));
  try {
    const { id: newId } = await idempotent(db, actor, key, 'letter.receive', (remember) =>
      db.transaction(async (tx) => {
        const row = await insertLetter(tx, deps, ctx, meta, { unitId: l.forward_to_unit_id as number, input, senders: plain, forwardedFromLetterId: id, ...(sealedCopies.length > 0 ? { sealedCopies } : {}) });
        await remember(tx, row.id);
        return row.id;
      }),
    );
    return await getLetter(deps, actor, newId, meta, { audited: false });
  } catch (error) {
    if (error instanceof AppError) throw error;
    const done = await db.kysely.selectFrom('letters').select('id').where('forwarded_from_letter_id', '=', id).executeTakeFirst();
    if (done) throw new AppError('CONFLICT', `Đơn này đã được vào sổ đơn vị (đơn #${done.id}).`, undefined, { details: { letterId: done.id } });
    throw error;
  }
}

registerRecordType('letter', {
  label: 'đơn',
  async owningUnit(db, id) {
    return (await db.selectFrom('letters').select('unit_id').where('id', '=', id).executeTakeFirst())?.unit_id ?? null;
  },
  async canRead(db, actor, id) {
    const l = await db.selectFrom('letters').select(['unit_id', 'forward_to_unit_id']).where('id', '=', id).executeTakeFirst();
    return !!l && visibleLetter(actor, l);
  },
  async canWrite(db, actor, id) {
    const l = await db.selectFrom('letters').select(['unit_id']).where('id', '=', id).executeTakeFirst();
    return !!l && writable(actor, l);
  },
});
