/**
 * Related letters over the stored ones (issue 8 §2): before deciding, the processor sees letters of any unit that are
 * probably the same matter — a repeat, or a copy sent to several bodies (Luật TC art. 24(3); TT 07/2014 art. 6(2)(b)) —
 * and marks "duplicate of", links it as related, or adds the letter to a case (each audited).
 *
 * The database narrows first: letters sharing a match key (a writer's number, phone or name key, a content band;
 * see core/domain/identity/letter-keys.ts) received within the last years, most shared keys first; then the
 * existing scorer (`findRelatedLetters`) ranks them. Sealed writers take no part: a sealed letter has no identity
 * keys and is scored by its content only, so no response says two denunciations share a writer.
 *
 * Scope: a letter the actor may not open is reported as existing at its unit — number, date, type and why it
 * matched — but not its content, state, case or writers. The law wants the processor to know the matter is already
 * before another body (to leave it there or ask it), not to read that body's file.
 */
import { sql } from 'kysely';
import type { z } from 'zod';
import { addYears } from '@core/domain/calendar';
import { caseTypeOf, LETTER_STATE_LABELS, type LetterState } from '@core/domain/cases';
import { labelOf, type CodeOf } from '@core/domain/catalogs';
import { findRelatedLetters, letterMatchKeys, type LetterLike } from '@core/domain/identity';
import type { ZLetterRelate, ZRelatedLetters } from '@core/schemas/letters';
import { isTrue, type Executor } from '../../db/database';
import type { Actor, RequestMeta } from '../../platform/context';
import { AppError } from '../../platform/errors';
import type { ModuleDeps } from '../../platform/http';
import { isUniqueViolation, updateVersioned } from '../../platform/versioned';
import { writeAudit } from '../audit/audit.repo';
import { unitNames } from '../records/shared';
import { assertWritable, getLetter, loadLetter, visibleLetter, type LetterRow } from './letters.service';

type Deps = Pick<ModuleDeps, 'db' | 'sealer' | 'storage'>;

/** Candidates the database hands the scorer, and how far back it looks. */
const MAX_CANDIDATES = 200;
const PER_KEY = 200;
const YEARS_BACK = 5;
const MAX_SHOWN = 20;

async function plainSenders(db: Executor, ids: readonly number[]): Promise<Map<number, LetterLike['senders'][number][]>> {
  const out = new Map<number, LetterLike['senders'][number][]>();
  if (ids.length === 0) return out;
  const rows = await db.selectFrom('letter_senders').select(['letter_id', 'full_name', 'id_number', 'address', 'phone']).where('letter_id', 'in', [...ids]).where('sealed', 'is', null).execute();
  for (const r of rows) out.set(r.letter_id, [...(out.get(r.letter_id) ?? []), { fullName: r.full_name ?? '', idNumber: r.id_number, address: r.address, phone: r.phone }]);
  return out;
}

const asLetterLike = (l: LetterRow, senders: Map<number, LetterLike['senders'][number][]>): LetterLike => ({
  senders: isTrue(l.sealed) ? [] : (senders.get(l.id) ?? []),
  content: l.content,
  type: l.request_type,
  receivedOn: l.received_on,
});

export async function relatedLetters(deps: Deps, actor: Actor, id: number): Promise<z.infer<typeof ZRelatedLetters>> {
  const db = deps.db.kysely;
  const l = await loadLetter(db, actor, id);
  const own = await plainSenders(db, [l.id]);
  const subject = asLetterLike(l, own);
  const keys = letterMatchKeys({ sealed: isTrue(l.sealed), content: l.content, senders: subject.senders });
  if (keys.length === 0) return { items: [] };
  const from = addYears(l.received_on, -YEARS_BACK);
  // Per key, only the latest letters that hold it: a key shared by tens of thousands (a common name, a form
  // letter's boilerplate) says little and must not cost a scan of them all; a rare one (an identity number) is read
  // whole. Bounded work per letter whatever the register's size (1M letters: bench/records.ts).
  const latest = keys.map((key) => sql`select * from (select letter_id from letter_match_keys where key = ${key} and letter_id <> ${l.id} order by letter_id desc limit ${PER_KEY}) as latest`);
  const { rows: shared } = await sql<{ letter_id: number }>`select k.letter_id, count(*) as shared
    from (${sql.join(latest, sql` union all `)}) k inner join letters c on c.id = k.letter_id
    where c.received_on >= ${from}
      -- The letter's own forwarding chain is the same letter, not a related one.
      and (c.forwarded_from_letter_id is null or c.forwarded_from_letter_id <> ${l.id})${l.forwarded_from_letter_id !== null ? sql` and k.letter_id <> ${l.forwarded_from_letter_id}` : sql``}
    group by k.letter_id order by shared desc, k.letter_id desc limit ${MAX_CANDIDATES}`.execute(db);
  if (shared.length === 0) return { items: [] };
  const ids = shared.map((s) => s.letter_id);
  const [rows, senders, links] = await Promise.all([
    db.selectFrom('letters').selectAll().where('id', 'in', ids).execute(),
    plainSenders(db, ids),
    db.selectFrom('letter_links').select(['letter_id', 'other_id']).where((eb) => eb.or([eb('letter_id', '=', l.id), eb('other_id', '=', l.id)])).execute(),
  ]);
  const ranked = findRelatedLetters(subject, rows.map((r) => ({ ...asLetterLike(r, senders), row: r })), { limit: MAX_SHOWN });
  const linked = new Set(links.map((k) => (k.letter_id === l.id ? k.other_id : k.letter_id)));
  const names = await unitNames(db, ranked.map((r) => r.letter.row.unit_id));
  return {
    items: ranked.map(({ letter: { row: r }, score, reasons }) => {
      const visible = visibleLetter(actor, r);
      return {
        letterId: r.id,
        visible,
        unitId: r.unit_id,
        unitName: names.get(r.unit_id) ?? '',
        number: r.number,
        year: r.year,
        receivedOn: r.received_on,
        requestTypeLabel: labelOf('request_type', r.request_type as CodeOf<'request_type'>) ?? r.request_type,
        score: Math.round(score * 100),
        reasons: reasons.map((x) => x.label),
        summary: visible ? (r.summary ?? r.content.slice(0, 300)) : null,
        stateLabel: visible ? LETTER_STATE_LABELS[r.state as LetterState].vi : null,
        caseId: visible ? r.case_id : null,
        duplicateOf: l.duplicate_of_id === r.id,
        linked: linked.has(r.id),
      };
    }),
  };
}

/** Marks the letter a duplicate of another, links it to a related one, or adds it to a case of its type; audited. */
export async function relateLetter(deps: Deps, actor: Actor, id: number, input: z.output<typeof ZLetterRelate>, meta: RequestMeta) {
  const { db } = deps;
  const l = await loadLetter(db.kysely, actor, id);
  assertWritable(actor, l);
  if (input.relation === 'case') {
    const c = await db.kysely.selectFrom('cases').select(['id', 'unit_id', 'type', 'state']).where('id', '=', input.caseId as number).executeTakeFirst();
    // The letter's processor files it with a case of his units (as accepting it joins one: `decide` with caseId).
    if (!c || !actor.scope.has(c.unit_id)) throw new AppError('VALIDATION_FAILED', 'Không tìm thấy vụ việc.', { caseId: 'Không có vụ việc này' });
    if (c.type !== caseTypeOf(l.request_type as CodeOf<'request_type'>)) throw new AppError('VALIDATION_FAILED', 'Vụ việc khác loại với đơn.', { caseId: 'Khác loại đơn' });
    if (l.case_id === c.id) throw new AppError('CONFLICT', 'Đơn đã thuộc vụ việc này.');
    await db.transaction(async (tx) => {
      await updateVersioned(tx, db, meta, { table: 'letters', id, version: input.version, set: { case_id: c.id }, action: 'letter.added_to_case', entity: 'letter', notFound: 'Không tìm thấy đơn.' });
      await tx
        .insertInto('case_events')
        .values({ case_id: c.id, at: db.clock.nowIso(), on_date: db.clock.today(), actor_id: meta.actorId, actor_name: actor.fullName, transition: 'them_don', from_state: c.state, to_state: c.state, decision_number: null, decision_date: null, signer: null, basis: null, note: `Đơn số ${l.number}/${l.year}`, document_id: null })
        .execute();
    });
    return getLetter(deps, actor, id, meta, { audited: false });
  }
  const otherId = input.letterId as number;
  if (otherId === id) throw new AppError('VALIDATION_FAILED', 'Đơn không thể liên quan đến chính nó.', { letterId: 'Là chính đơn này' });
  const other = await db.kysely.selectFrom('letters').select(['id', 'unit_id', 'forward_to_unit_id']).where('id', '=', otherId).executeTakeFirst();
  // Marking needs the other letter in view: one at a unit out of scope is known to exist, not linked from here.
  if (!other || !visibleLetter(actor, other)) throw new AppError('VALIDATION_FAILED', 'Không tìm thấy đơn liên quan trong phạm vi của bạn.', { letterId: 'Không có đơn này' });
  if (input.relation === 'duplicate_of') {
    await db.transaction((tx) => updateVersioned(tx, db, meta, { table: 'letters', id, version: input.version, set: { duplicate_of_id: otherId }, action: 'letter.marked_duplicate', entity: 'letter', notFound: 'Không tìm thấy đơn.' }));
  } else {
    const [a, b] = id < otherId ? [id, otherId] : [otherId, id];
    try {
      await db.transaction(async (tx) => {
        await tx.insertInto('letter_links').values({ letter_id: a, other_id: b, created_by: meta.actorId, created_at: db.clock.nowIso() }).execute();
        await writeAudit(tx, db, meta, { action: 'letter.linked', entity: 'letter', entityId: id, after: { relatedLetterId: otherId } });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('CONFLICT', 'Hai đơn đã được liên kết.');
      throw error;
    }
  }
  return getLetter(deps, actor, id, meta, { audited: false });
}
