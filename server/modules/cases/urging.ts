/**
 * Urging (đôn đốc, issue 8 §4; TT 05/2021 art. 14(2), TT 06/2014 art. 22(3)): the system proposes the open cases of
 * the units below the user's whose running clock is overdue or due within a few working days (records/lists.ts
 * `toUrge`, the same rule as the list filter and the queue); the user issues the urging letter, numbered from his
 * unit's register in the same transaction as the timeline entry that records it.
 *
 * The letter goes from the actor's working unit: to the head of the case's unit when that is a unit below (a superior
 * urging), to the handler when it is his own unit (the head urging his officer).
 */
import { sql } from 'kysely';
import type { z } from 'zod';
import { findEntry, decisions } from '@core/domain/catalogs';
import { numberText } from '@core/domain/documents';
import type { ZCase, ZCaseUrge, ZUrgingList, ZUrgingQuery } from '@core/schemas/cases';
import type { Db } from '../../db/database';
import type { Actor, RequestMeta } from '../../platform/context';
import { AppError } from '../../platform/errors';
import type { ModuleDeps } from '../../platform/http';
import { updateVersioned } from '../../platform/versioned';
import { loadDeadlineContext } from '../clocks/clocks.service';
import { toUrge } from '../records/lists';
import { issueRecordDocument, requestTypeWords, sealedWriterValues } from '../records/record-documents';
import { unitNames, workingUnit } from '../records/shared';
import { getCase, loadCase, presentList, writableCase, type CaseRow } from './cases.service';

type Deps = Pick<ModuleDeps, 'db' | 'storage' | 'sealer'>;

export async function urgingProposals(db: Db, actor: Actor, q: z.output<typeof ZUrgingQuery>): Promise<z.infer<typeof ZUrgingList>> {
  const ctx = await loadDeadlineContext(db);
  const limit = ctx.calendar.addWorkingDays(ctx.today, q.withinDays);
  const lastUrged = sql<string | null>`(select max(e.on_date) from case_events e where e.case_id = c.id and e.transition = 'don_doc')`;
  // toUrge keeps to the units below the actor's: inside his scope.
  let query = db.kysely.selectFrom('cases as c').selectAll('c').select(lastUrged.as('last_urged_on')).where(toUrge('c', actor, ctx, limit));
  if (q.unitId !== undefined) query = query.where('c.unit_id', '=', q.unitId);
  // Most overdue first; a case urged long ago before one urged yesterday.
  const rows = await query
    .orderBy('c.running_due_on')
    .orderBy(sql`case when ${lastUrged} is null then 0 else 1 end`)
    .orderBy('c.id')
    .limit(q.limit + 1)
    .offset(q.offset)
    .execute();
  const page = rows.slice(0, q.limit);
  const items = await presentList(db.kysely, ctx, page as CaseRow[]);
  return { items: items.map((item, i) => ({ ...item, lastUrgedOn: page[i]?.last_urged_on ?? null })), hasMore: rows.length > q.limit };
}

export async function urgeCase(deps: Deps, actor: Actor, id: number, input: z.output<typeof ZCaseUrge>, meta: RequestMeta): Promise<z.infer<typeof ZCase>> {
  const { db } = deps;
  const c = await loadCase(db.kysely, actor, id);
  if (!writableCase(actor, c)) throw new AppError('OUT_OF_SCOPE', 'Vụ việc thuộc đơn vị khác: bạn được xem nhưng không đôn đốc được.');
  if (c.state === 'da_dong') throw new AppError('CONFLICT', 'Vụ việc đã kết thúc: không đôn đốc.');
  const issuer = workingUnit(actor);
  const ctx = await loadDeadlineContext(db);
  const [item] = await presentList(db.kysely, ctx, [c]);
  const letters = await db.kysely.selectFrom('letters').select(['id', 'received_on', 'request_type']).where('case_id', '=', id).orderBy('received_on').execute();
  const names = await unitNames(db.kysely, [c.unit_id]);
  const handler = c.handler_account_id === null ? undefined : await db.kysely.selectFrom('accounts').select('full_name').where('id', '=', c.handler_account_id).executeTakeFirst();
  const addressee = input.addressee ?? (issuer === c.unit_id ? (handler?.full_name ?? `Cán bộ giải quyết vụ việc`) : `Thủ trưởng ${names.get(c.unit_id) ?? ''}`);
  const on = db.clock.today();
  await db.transaction(async (tx) => {
    const document = await issueRecordDocument(tx, deps, actor, meta, input.document, {
      unitId: issuer,
      kind: 'urging',
      subject: { type: 'case', id },
      recipients: [addressee],
      withheld: await sealedWriterValues(tx, deps.sealer, letters.map((l) => l.id)),
      data: {
        addressee,
        forwardedBy: null,
        requestType: requestTypeWords(letters[0]?.request_type ?? (c.type === 'kien_nghi_phan_anh' ? 'kien_nghi' : c.type)),
        receivedOn: letters[0]?.received_on ?? c.opened_on,
        summary: c.title,
        dueOn: item?.dueOn ?? null,
        request: input.request ?? `khẩn trương giải quyết vụ việc${item?.overdue ? ' đã quá hạn' : ''} và báo cáo kết quả.`,
        basis: findEntry(decisions, 'don_doc')?.basis ?? 'Điều 14 khoản 2 Thông tư 05/2021/TT-TTCP',
      },
    });
    await updateVersioned(tx, db, meta, { table: 'cases', id, version: input.version, set: {}, action: 'case.urged', entity: 'case', notFound: 'Không tìm thấy vụ việc.', auditView: (r) => ({ version: r.version }) });
    await tx
      .insertInto('case_events')
      .values({ case_id: id, at: db.clock.nowIso(), on_date: on, actor_id: meta.actorId, actor_name: actor.fullName, transition: 'don_doc', from_state: c.state, to_state: c.state, decision_number: document.number === null ? null : `${numberText(document.number)}/${document.symbol ?? ''}`, decision_date: on, signer: document.signerName, basis: 'Văn bản đôn đốc', note: input.request ?? null, document_id: document.id })
      .execute();
  });
  return getCase(db, actor, id);
}
