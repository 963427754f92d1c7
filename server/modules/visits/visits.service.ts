/**
 * The reception register (sổ tiếp công dân, journey 3): one visit per citizen or group received, with the people
 * from the citizen register, the request, the outcome — and, when a letter is received at the desk, the letter
 * registered in the same transaction. First visit or repeat is computed from the register, not typed; five or more
 * people on one content is a delegation (Luật TCD art. 29). A denunciation's visitors are not linked in the
 * register's people table: their ids are sealed with the visit (Luật Tố cáo art. 9), so the visit never shows on
 * a person's history nor names them to anyone not cleared.
 */
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import { labelOf } from '@core/domain/catalogs';
import { checkRepresentation, isDelegation, refusalGroundsOn, refusalNotice } from '@core/domain/reception';
import { SEALED_PLACEHOLDER } from '@core/schemas/sealing';
import { visitSearchKey } from '@core/domain/text/content';
import { VISIT_OUTCOME_LABELS, type TVisitCreate, type ZVisit, type ZVisitExportQuery, type ZVisitList, type ZVisitListQuery } from '@core/schemas/visits';
import { bool, isTrue, type Db, type Executor, type Tx } from '../../db/database';
import type { VisitsTable } from '../../db/schema';
import type { Actor, RequestMeta } from '../../platform/context';
import { vnDateOf } from '../../platform/dates';
import { inOrder } from '../../platform/checks';
import { AppError } from '../../platform/errors';
import type { ModuleDeps } from '../../platform/http';
import { recordType, registerRecordType } from '../../platform/records';
import { alertsCommitted } from '../alerts/alerts.service';
import { writeAudit } from '../audit/audit.repo';
import { isCleared, readSealed } from '../clearances/clearances.service';
import { loadDeadlineContext } from '../clocks/clocks.service';
import { screenAtIntake } from '../health/health.service';
import { idempotent } from '../idempotency/idempotency';
import { documentsOf } from '../documents/documents.service';
import { insertLetter } from '../letters/letters.service';
import { contentMatches, dateWindow, direction, holdsCode, type ListBasis } from '../records/lists';
import { issueVisitDocuments } from './visit-documents';
import { assertCodes, namesLabel, parseList, personAndMerged, scopeIds, SEALED_VISITORS, unitNames, workingUnit } from '../records/shared';
import { listExport, viDate } from '../records/xlsx';

type VisitRow = Selectable<VisitsTable>;
type Visit = z.infer<typeof ZVisit>;
type Deps = Pick<ModuleDeps, 'db' | 'sealer' | 'storage'>;

const NOT_FOUND = 'Không tìm thấy lượt tiếp.';

const visibleVisit = (actor: Actor, v: Pick<VisitRow, 'unit_id'>) => actor.permissions.includes('reception.read') && actor.scope.has(v.unit_id);

interface SealedVisitor {
  id: number;
  representative: boolean;
}

interface PersonFacts {
  id: number;
  full_name: string;
  id_number: string | null;
  address: string | null;
  phone: string | null;
  merged_into_id: number | null;
}

async function checkPeople(db: Db, actor: Actor, ids: readonly number[]): Promise<PersonFacts[]> {
  const policy = recordType('person');
  const rows = await db.kysely.selectFrom('people').select(['id', 'full_name', 'id_number', 'address', 'phone', 'merged_into_id']).where('id', 'in', [...ids]).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const out: PersonFacts[] = [];
  for (const [i, id] of ids.entries()) {
    const p = byId.get(id);
    if (!p || !policy || !(await policy.canRead(db.kysely, actor, id))) throw new AppError('VALIDATION_FAILED', `Không tìm thấy công dân #${id} trong sổ.`, { [`personIds.${i}`]: 'Không có trong sổ công dân' });
    if (p.merged_into_id !== null) throw new AppError('VALIDATION_FAILED', `Hồ sơ #${id} đã được gộp vào hồ sơ #${p.merged_into_id}: hãy chọn hồ sơ đó.`, { [`personIds.${i}`]: `Đã gộp vào hồ sơ #${p.merged_into_id}` });
    out.push(p);
  }
  return out;
}

/** The unit's own reception place, else the reception office of a unit under it (a city's Reception Board). */
async function defaultPlace(db: Executor, actor: Actor, unitId: number): Promise<number | null> {
  const places = await db.selectFrom('places').select(['id', 'unit_id', 'kind']).where('active', '=', bool(true)).where('unit_id', 'in', [...actor.scope].slice(0, 5000)).orderBy('id').execute();
  const own = places.find((p) => p.unit_id === unitId);
  return (own ?? places.find((p) => p.kind === 'reception_office') ?? places[0])?.id ?? null;
}

/** Whether any of these people was received before `at` (by any unit: the register is one). */
async function receivedBefore(db: Executor, ids: readonly number[], at: string): Promise<boolean> {
  const row = await db.selectFrom('visit_people as vp').innerJoin('visits as v', 'v.id', 'vp.visit_id').select('v.id').where('vp.person_id', 'in', [...ids]).where('v.received_at', '<', at).executeTakeFirst();
  return row !== undefined;
}

export async function createVisit(deps: Deps, actor: Actor, input: TVisitCreate, meta: RequestMeta, key: string | null): Promise<Visit> {
  const { db } = deps;
  const unitId = workingUnit(actor);
  const receivedAt = new Date(Date.parse(input.receivedAt)).toISOString();
  if (Date.parse(receivedAt) > db.clock.nowMs() + 5 * 60_000) throw new AppError('VALIDATION_FAILED', 'Thời điểm tiếp không thể ở tương lai.', { receivedAt: 'Thời điểm ở tương lai' });
  const on = vnDateOf(receivedAt);
  if (input.refusalGround && !refusalGroundsOn(on).some((g) => g.code === input.refusalGround)) {
    throw new AppError('VALIDATION_FAILED', 'Căn cứ từ chối không áp dụng vào ngày tiếp.', { refusalGround: 'Không áp dụng vào ngày tiếp' });
  }
  const headCount = input.headCount ?? input.personIds.length;
  const delegation = isDelegation(headCount);
  if (delegation && input.representativeIds.length > 0) {
    const check = checkRepresentation({ people: headCount, representatives: input.representativeIds.length, signatures: input.representativesAppointedBySignatures ?? headCount });
    if (!check.ok && check.reason === 'TOO_MANY') throw new AppError('VALIDATION_FAILED', check.message, { representativeIds: check.message });
  }
  const place = async (): Promise<number | null> => {
    if (!input.placeId) return defaultPlace(db.kysely, actor, unitId);
    const p = await db.kysely.selectFrom('places').select('unit_id').where('id', '=', input.placeId).executeTakeFirst();
    if (!p || !actor.scope.has(p.unit_id)) throw new AppError('VALIDATION_FAILED', 'Nơi tiếp không thuộc đơn vị của bạn.', { placeId: 'Không thuộc đơn vị' });
    return input.placeId;
  };
  const officer = async (): Promise<number | null> => input.officerId ?? (await db.kysely.selectFrom('accounts').select('officer_id').where('id', '=', actor.accountId).executeTakeFirst())?.officer_id ?? null;
  const [people, placeId, officerId, repeat, ctx] = await inOrder([
    checkPeople(db, actor, input.personIds),
    place(),
    officer(),
    receivedBefore(db.kysely, input.personIds, receivedAt),
    loadDeadlineContext(db),
    assertCodes(db.kysely, 'field', [input.field], 'field', 'Lĩnh vực'),
    assertCodes(db.kysely, 'special_category', input.specialCategories, 'specialCategories', 'Đối tượng đặc thù'),
    input.outcome === 'nhan_don' ? assertCodes(db.kysely, 'intake_channel', [input.letterChannel ?? 'truc_tiep'], 'letterChannel', 'Nguồn đơn') : undefined,
  ]);
  const sealed = input.requestType === 'to_cao';
  let screenedAlert = false;
  const { id } = await idempotent(db, actor, key, 'visit.create', (remember) =>
    db.transaction(async (tx) => {
      const now = db.clock.nowIso();
      const reps = new Set(input.representativeIds);
      const row = await tx
        .insertInto('visits')
        .values({
          unit_id: unitId,
          place_id: placeId,
          received_at: receivedAt,
          received_on: on,
          reception_kind: input.receptionKind,
          reception_mode: input.receptionMode ?? null,
          officer_id: officerId,
          request_type: input.requestType,
          field: input.field ?? null,
          special_categories: JSON.stringify(input.specialCategories),
          content: input.content,
          prior_handling: input.priorHandling,
          head_count: headCount,
          delegation: bool(delegation),
          repeat_visit: bool(repeat),
          sealed: bool(sealed),
          sealed_people: sealed ? deps.sealer.seal(input.personIds.map((p) => ({ id: p, representative: reps.has(p) })), SEALED_VISITORS) : null,
          origin_ward_ids: JSON.stringify(input.originWardIds),
          documents_received: input.documentsReceived,
          outcome: input.outcome,
          refusal_ground: input.refusalGround ?? null,
          follow_up: input.followUp,
          letter_id: null,
          case_id: null,
          search_key: visitSearchKey({ content: input.content, priorHandling: input.priorHandling, followUp: input.followUp }),
          created_by: meta.actorId,
          created_at: now,
          updated_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      if (!sealed) await tx.insertInto('visit_people').values(input.personIds.map((p) => ({ visit_id: row.id, person_id: p, representative: bool(reps.has(p)) }))).execute();
      await writeAudit(tx, db, meta, {
        action: 'visit.created',
        entity: 'visit',
        entityId: row.id,
        // A denunciation's visitors are not named in the log, not even by id.
        after: { unitId, receivedAt, requestType: input.requestType, headCount, delegation, repeat, outcome: input.outcome, people: sealed ? input.personIds.length : input.personIds },
      });
      screenedAlert = await screenAtIntake(tx, db, meta, { visitId: row.id, unitId, placeId, receivedAt, receivedOn: on, headCount, personIds: input.personIds, originWardIds: input.originWardIds }, input.screening?.answers ?? []);
      if (input.outcome === 'nhan_don') {
        const letter = await insertLetter(tx, deps, ctx, meta, {
          unitId,
          visitId: row.id,
          input: {
            requestType: input.requestType,
            channel: input.letterChannel ?? 'truc_tiep',
            receivedOn: on,
            content: input.content,
            summary: null,
            senders: [],
            anonymous: false,
            falseName: false,
            signed: true,
            signerCount: headCount,
            field: input.field ?? null,
            specialCategories: input.specialCategories,
            sourceBody: null,
            originalsAttached: false,
          },
          senders: people.map((p) => ({ fullName: p.full_name, idNumber: p.id_number, address: p.address, phone: p.phone, personId: p.id })),
        });
        await tx.updateTable('visits').set({ letter_id: letter.id }).where('id', '=', row.id).execute();
      }
      await issueVisitDocuments(tx, deps, actor, meta, { id: row.id, unitId, placeId, receivedAt, on, sealed, people }, input);
      await remember(tx, row.id);
      return row.id;
    }),
  );
  if (screenedAlert) alertsCommitted(db);
  return getVisit(deps, actor, id, meta, { audited: false });
}

async function presentVisit(tx: Tx, deps: Deps, actor: Actor, meta: RequestMeta, v: VisitRow): Promise<Visit> {
  let people: Visit['people'] = [];
  const sealed = isTrue(v.sealed);
  if (sealed) {
    if (await isCleared(tx, actor, { type: 'visit', id: v.id })) {
      const opened = await readSealed(tx, deps, meta, actor, { type: 'visit', id: v.id }, [{ name: 'people', context: SEALED_VISITORS, value: v.sealed_people }]);
      const list = (opened.values.people as SealedVisitor[] | null) ?? [];
      const names = new Map((await tx.selectFrom('people').select(['id', 'full_name']).where('id', 'in', list.length ? list.map((p) => p.id) : [0]).execute()).map((p) => [p.id, p.full_name]));
      people = list.map((p) => ({ id: p.id, fullName: names.get(p.id) ?? '', representative: p.representative }));
    }
  } else {
    const rows = await tx.selectFrom('visit_people as vp').innerJoin('people as p', 'p.id', 'vp.person_id').select(['p.id', 'p.full_name', 'vp.representative']).where('vp.visit_id', '=', v.id).orderBy('p.id').execute();
    people = rows.map((r) => ({ id: r.id, fullName: r.full_name, representative: isTrue(r.representative) }));
  }
  const [units, place, officer] = await Promise.all([
    unitNames(tx, [v.unit_id]),
    v.place_id === null ? undefined : tx.selectFrom('places').select('name').where('id', '=', v.place_id).executeTakeFirst(),
    v.officer_id === null ? undefined : tx.selectFrom('officers').select('full_name').where('id', '=', v.officer_id).executeTakeFirst(),
  ]);
  const notice = v.refusal_ground ? refusalNotice(v.refusal_ground, v.received_on) : null;
  const outcome = v.outcome as keyof typeof VISIT_OUTCOME_LABELS;
  return {
    id: v.id,
    unitId: v.unit_id,
    unitName: units.get(v.unit_id) ?? '',
    receivedAt: v.received_at,
    placeId: v.place_id,
    placeName: place?.name ?? null,
    receptionKind: v.reception_kind,
    receptionMode: v.reception_mode,
    officerId: v.officer_id,
    officerName: officer?.full_name ?? null,
    requestType: v.request_type,
    requestTypeLabel: labelOf('request_type', v.request_type) ?? v.request_type,
    field: v.field,
    specialCategories: parseList<string>(v.special_categories),
    content: v.content,
    priorHandling: v.prior_handling,
    headCount: v.head_count,
    delegation: isTrue(v.delegation),
    repeat: isTrue(v.repeat_visit),
    sealed,
    people,
    peopleLabel: sealed && people.length === 0 ? SEALED_PLACEHOLDER : namesLabel(people.map((p) => p.fullName)),
    originWardIds: parseList<number>(v.origin_ward_ids),
    documentsReceived: v.documents_received,
    outcome,
    outcomeLabel: VISIT_OUTCOME_LABELS[outcome]?.vi ?? outcome,
    refusalGround: v.refusal_ground,
    refusalBasis: notice?.ok ? notice.basis : null,
    refusalNoticeRequired: notice?.ok === true && notice.kind === 'written',
    followUp: v.follow_up,
    documents: (await documentsOf(tx, 'visit', [v.id])).get(v.id) ?? [],
    letterId: v.letter_id,
    caseId: v.case_id,
    createdAt: v.created_at,
    version: v.version,
    actions: [],
  };
}

export async function getVisit(deps: Deps, actor: Actor, id: number, meta: RequestMeta, opts: { audited?: boolean } = {}): Promise<Visit> {
  return deps.db.transaction(async (tx) => {
    const v = await tx.selectFrom('visits').selectAll().where('id', '=', id).executeTakeFirst();
    if (!v || !visibleVisit(actor, v)) throw new AppError('NOT_FOUND', NOT_FOUND);
    if (opts.audited !== false) await writeAudit(tx, deps.db, meta, { action: 'visit.read', entity: 'visit', entityId: id });
    return presentVisit(tx, deps, actor, meta, v);
  });
}

export async function listVisits(db: Db, actor: Actor, q: z.output<typeof ZVisitListQuery>, basis: ListBasis = {}): Promise<z.infer<typeof ZVisitList>> {
  const scope = scopeIds(actor);
  const { from, to } = await dateWindow(db.kysely, actor, q);
  let query = db.kysely.selectFrom('visits as v').selectAll('v');
  if (scope) query = query.where('v.unit_id', 'in', scope);
  if (q.unitId !== undefined) query = query.where('v.unit_id', '=', q.unitId);
  if (from) query = query.where('v.received_on', '>=', from);
  if (to) query = query.where('v.received_on', '<=', to);
  if (q.requestType) query = query.where('v.request_type', '=', q.requestType);
  if (q.field) query = query.where('v.field', '=', q.field);
  if (q.specialCategory) query = query.where(holdsCode('v.special_categories', q.specialCategory));
  if (q.outcome) query = query.where('v.outcome', '=', q.outcome);
  if (q.delegation !== undefined) query = query.where('v.delegation', '=', bool(q.delegation));
  if (q.repeat !== undefined) query = query.where('v.repeat_visit', '=', bool(q.repeat));
  const content = q.q ? contentMatches(db, 'visits', 'v', q.q) : null;
  if (content) query = query.where(content);
  if (q.personId !== undefined) {
    const ids = basis.people ?? (await personAndMerged(db.kysely, q.personId));
    // Driven from the person (his few rows), not from every visit.
    query = query.where('v.id', 'in', db.kysely.selectFrom('visit_people').select('visit_id').where('person_id', 'in', ids));
  }
  const dir = direction(q.order, 'desc');
  if (q.sort === 'unit') query = query.orderBy('v.unit_id', dir);
  const rows = await query.orderBy('v.received_at', dir).orderBy('v.id', dir).limit(q.limit + 1).offset(q.offset).execute();
  const page = rows.slice(0, q.limit);
  const ids = page.filter((v) => !isTrue(v.sealed)).map((v) => v.id);
  const [units, names] = await Promise.all([
    unitNames(db.kysely, page.map((v) => v.unit_id)),
    ids.length ? db.kysely.selectFrom('visit_people as vp').innerJoin('people as p', 'p.id', 'vp.person_id').select(['vp.visit_id', 'p.full_name']).where('vp.visit_id', 'in', ids).orderBy('vp.visit_id').orderBy('p.id').execute() : Promise.resolve([]),
  ]);
  const byVisit = new Map<number, string[]>();
  for (const n of names) byVisit.set(n.visit_id, [...(byVisit.get(n.visit_id) ?? []), n.full_name]);
  return {
    hasMore: rows.length > q.limit,
    items: page.map((v) => {
      const outcome = v.outcome as keyof typeof VISIT_OUTCOME_LABELS;
      return {
        id: v.id,
        unitId: v.unit_id,
        unitName: units.get(v.unit_id) ?? '',
        receivedAt: v.received_at,
        requestType: v.request_type,
        requestTypeLabel: labelOf('request_type', v.request_type) ?? v.request_type,
        headCount: v.head_count,
        delegation: isTrue(v.delegation),
        repeat: isTrue(v.repeat_visit),
        sealed: isTrue(v.sealed),
        peopleLabel: isTrue(v.sealed) ? SEALED_PLACEHOLDER : namesLabel(byVisit.get(v.id) ?? []),
        field: v.field,
        content: v.content,
        outcome,
        outcomeLabel: VISIT_OUTCOME_LABELS[outcome]?.vi ?? outcome,
        letterId: v.letter_id,
        caseId: v.case_id,
      };
    }),
  };
}

type VisitItem = z.infer<typeof ZVisitList>['items'][number];

/** The filtered register as an .xlsx (the list's own rows: a denouncer's visit names nobody); audited. */
export const exportVisits = listExport<VisitItem, z.output<typeof ZVisitExportQuery>>(
  {
    sheet: 'Sổ tiếp công dân',
    file: 'so-tiep-cong-dan',
    action: 'visit.exported',
    entity: 'visit',
    columns: [
      { header: 'Mã', width: 8, value: (v) => v.id },
      { header: 'Ngày tiếp', width: 12, value: (v) => viDate(vnDateOf(v.receivedAt)) },
      { header: 'Đơn vị', width: 28, value: (v) => v.unitName },
      { header: 'Người đến', width: 36, value: (v) => v.peopleLabel },
      { header: 'Số người', width: 9, value: (v) => v.headCount },
      { header: 'Đoàn đông người', width: 9, value: (v) => (v.delegation ? 'x' : null) },
      { header: 'Lần hai trở lên', width: 9, value: (v) => (v.repeat ? 'x' : null) },
      { header: 'Loại', width: 18, value: (v) => v.requestTypeLabel },
      { header: 'Nội dung', width: 60, value: (v) => v.content },
      { header: 'Kết quả', width: 22, value: (v) => v.outcomeLabel },
      { header: 'Đơn', width: 8, value: (v) => v.letterId },
    ],
  },
  listVisits,
);

registerRecordType('visit', {
  label: 'lượt tiếp công dân',
  async owningUnit(db, id) {
    return (await db.selectFrom('visits').select('unit_id').where('id', '=', id).executeTakeFirst())?.unit_id ?? null;
  },
  async canRead(db, actor, id) {
    const v = await db.selectFrom('visits').select('unit_id').where('id', '=', id).executeTakeFirst();
    return !!v && visibleVisit(actor, v);
  },
  async canWrite(db, actor, id) {
    const v = await db.selectFrom('visits').select('unit_id').where('id', '=', id).executeTakeFirst();
    return !!v && actor.permissions.includes('reception.write') && actor.scope.has(v.unit_id);
  },
});
