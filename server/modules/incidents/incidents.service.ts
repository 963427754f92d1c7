/**
 * Incidents and mass delegations (issue 10 §1–§3, §5): opened by whoever learns of them (police, reception office,
 * ward), routed by the coordination matrix to the units that must know and act, followed step by step until the
 * citizens have gone home, with the working groups sent and the leader's directions on the record.
 *
 * Who sees an incident: the unit that recorded it and the wards its citizens come from (with everything above them).
 */
import type { z } from 'zod';
import { checkStep, isOpen, nextSteps, type IncidentKind, type IncidentStep } from '@core/domain/incidents/lifecycle';
import { assembleTimeline, type Timeline } from '@core/domain/incidents/timeline';
import type { IncidentLinkType, TIncident, TRule, ZDirectionBody, ZDispatchBody, ZIncidentCreate, ZIncidentLinkBody, ZIncidentListQuery, ZTimelineQuery, ZIncidentStepBody, ZRuleBody, ZWorkingGroupCreate } from '@core/schemas/incidents';
import { isTrue, type Db, type Executor } from '../../db/database';
import type { Actor, RequestMeta } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { registerRecordType, requireRecordType } from '../../platform/records';
import { isUniqueViolation, updateVersioned } from '../../platform/versioned';
import { writeAudit } from '../audit/audit.repo';
import { alertsCommitted, changingBoard, raiseAlert } from '../alerts/alerts.service';
import { alertForStep, presentRule, type IncidentFacts } from './routing';

const REFUSALS: Record<string, string> = {
  closed: 'Sự việc đã kết thúc, không ghi thêm bước.',
  backwards: 'Không thể quay lại bước trước trong quá trình xử lý.',
  summary_required: 'Cần tóm tắt kết quả xử lý trước khi kết thúc sự việc.',
  outcome_first: 'Chỉ kết thúc khi đã có kết quả: công dân trở về, báo cáo lãnh đạo hoặc chuyển công an.',
  same_step: 'Sự việc đang ở bước này.',
};

async function wardsOf(db: Executor, ids: number[]): Promise<Map<number, { id: number; name: string }[]>> {
  const out = new Map<number, { id: number; name: string }[]>();
  if (ids.length === 0) return out;
  const rows = await db.selectFrom('incident_wards as w').innerJoin('units as u', 'u.id', 'w.unit_id').select(['w.incident_id', 'u.id', 'u.name']).where('w.incident_id', 'in', ids).orderBy('u.name').execute();
  for (const r of rows) out.set(r.incident_id, [...(out.get(r.incident_id) ?? []), { id: r.id, name: r.name }]);
  return out;
}

/** The units whose boards show an incident: its own and its citizens' wards (as `visible` reads them). */
const boardUnits = (row: { unit_id: number }, wards: { id: number }[]) => [row.unit_id, ...wards.map((w) => w.id)];

const visible = (actor: Actor, unitId: number, wards: { id: number }[]) => actor.scopeIsEverything || actor.scope.has(unitId) || wards.some((w) => actor.scope.has(w.id));

async function present(db: Executor, actor: Actor, ids: number[]): Promise<TIncident[]> {
  if (ids.length === 0) return [];
  const [rows, wards, links, steps, directions, dispatches] = await Promise.all([
    db.selectFrom('incidents').selectAll().where('id', 'in', ids).execute(),
    wardsOf(db, ids),
    db.selectFrom('incident_links').selectAll().where('incident_id', 'in', ids).execute(),
    db.selectFrom('incident_steps as s').leftJoin('accounts as a', 'a.id', 's.account_id').select(['s.incident_id', 's.step', 's.at', 's.note', 'a.full_name']).where('s.incident_id', 'in', ids).orderBy('s.id').execute(),
    db.selectFrom('incident_directions as d').leftJoin('accounts as a', 'a.id', 'd.account_id').select(['d.incident_id', 'd.kind', 'd.text', 'd.unit_ids', 'd.at', 'a.full_name']).where('d.incident_id', 'in', ids).orderBy('d.id').execute(),
    db.selectFrom('incident_dispatches as d').innerJoin('working_groups as g', 'g.id', 'd.group_id').select(['d.id', 'd.incident_id', 'd.group_id', 'g.name', 'g.unit_id', 'd.dispatched_at', 'd.expected_at', 'd.arrived_at']).where('d.incident_id', 'in', ids).orderBy('d.id').execute(),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const labels = await linkLabels(db, actor, links);
  const canWrite = actor.permissions.includes('incidents.write');
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const step = r.step as IncidentStep;
    const open = isOpen(step);
    return [
      {
        id: r.id, unitId: r.unit_id, kind: r.kind as IncidentKind, placeId: r.place_id, address: r.address, latitude: r.latitude, longitude: r.longitude,
        occurredAt: r.occurred_at, headCount: r.head_count, content: r.content, special: JSON.parse(r.special) as string[], reportChannel: r.report_channel,
        reporter: r.reporter, originWards: wards.get(id) ?? [], links: links.filter((l) => l.incident_id === id).map((l) => ({ type: l.link_type as IncidentLinkType, id: l.link_id, ...(labels.get(`${l.link_type}:${l.link_id}`) ?? { label: null, date: null }) })),
        step, summary: r.summary, closedAt: r.closed_at,
        steps: steps.filter((s) => s.incident_id === id).map((s) => ({ step: s.step as IncidentStep, at: s.at, by: s.full_name, note: s.note })),
        directions: directions.filter((d) => d.incident_id === id).map((d) => ({ kind: d.kind, text: d.text, unitIds: JSON.parse(d.unit_ids) as number[], by: d.full_name, at: d.at })),
        dispatches: dispatches.filter((d) => d.incident_id === id).map((d) => ({ id: d.id, groupId: d.group_id, groupName: d.name, unitId: d.unit_id, dispatchedAt: d.dispatched_at, expectedAt: d.expected_at, arrivedAt: d.arrived_at })),
        nextSteps: open && canWrite ? nextSteps(step) : [],
        version: r.version,
        actions: open && canWrite ? ['step', 'dispatch', 'direct', 'link'] : [],
      },
    ];
  });
}

/**
 * What the reader may see of each linked record: its name, number or title and its date, only where the record's
 * own policy lets him read it (a linked letter of another unit stays a bare reference).
 */
async function linkLabels(db: Executor, actor: Actor, links: { link_type: string; link_id: number }[]): Promise<Map<string, { label: string | null; date: string | null }>> {
  const out = new Map<string, { label: string | null; date: string | null }>();
  const ids = (type: IncidentLinkType) => [...new Set(links.filter((l) => l.link_type === type).map((l) => l.link_id))];
  const found: { type: IncidentLinkType; id: number; label: string | null; date: string | null }[] = [];
  const [people, visits, letters, cases] = [ids('person'), ids('visit'), ids('letter'), ids('case')];
  if (people.length) for (const r of await db.selectFrom('people').select(['id', 'full_name']).where('id', 'in', people).execute()) found.push({ type: 'person', id: r.id, label: r.full_name, date: null });
  if (visits.length) for (const r of await db.selectFrom('visits').select(['id', 'received_on']).where('id', 'in', visits).execute()) found.push({ type: 'visit', id: r.id, label: null, date: r.received_on });
  if (letters.length) for (const r of await db.selectFrom('letters').select(['id', 'number', 'year', 'received_on']).where('id', 'in', letters).execute()) found.push({ type: 'letter', id: r.id, label: `${r.number}/${r.year}`, date: r.received_on });
  if (cases.length) for (const r of await db.selectFrom('cases').select(['id', 'title', 'opened_on']).where('id', 'in', cases).execute()) found.push({ type: 'case', id: r.id, label: r.title, date: r.opened_on });
  for (const f of found) if (await requireRecordType(f.type).canRead(db, actor, f.id)) out.set(`${f.type}:${f.id}`, { label: f.label, date: f.date });
  return out;
}

/** The incident if the actor may see it; 404 alike for missing and out of scope. */
async function load(db: Executor, actor: Actor, id: number) {
  const row = await db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
  const wards = row ? ((await wardsOf(db, [id])).get(id) ?? []) : [];
  if (!row || !visible(actor, row.unit_id, wards)) throw new AppError('NOT_FOUND', 'Không tìm thấy sự việc.');
  return { row, wards };
}

const facts = (row: { id: number; kind: string; unit_id: number; place_id: number | null; address: string; head_count: number }, wards: { id: number }[], createdBy: number | null): IncidentFacts => ({
  id: row.id, kind: row.kind as IncidentKind, unitId: row.unit_id, placeId: row.place_id, address: row.address, headCount: row.head_count, originWardIds: wards.map((w) => w.id), createdBy,
});

export async function getIncident(db: Db, actor: Actor, id: number): Promise<TIncident> {
  await load(db.kysely, actor, id);
  return (await present(db.kysely, actor, [id]))[0] as TIncident;
}

export async function createIncident(db: Db, actor: Actor, input: z.output<typeof ZIncidentCreate>, meta: RequestMeta) {
  const unitId = actor.activeUnitId;
  if (unitId === null) throw new AppError('FORBIDDEN', 'Hãy chọn đơn vị làm việc trước khi ghi nhận sự việc.');
  const wardIds = [...new Set(input.originWardIds)];
  if (wardIds.length) {
    const found = await db.kysely.selectFrom('units').select(['id', 'name']).where('id', 'in', wardIds).where('kind', 'in', ['ward', 'commune']).execute();
    if (found.length !== wardIds.length) throw new AppError('VALIDATION_FAILED', 'Có phường, xã nơi cư trú không tồn tại.', { originWardIds: 'Phường, xã không tồn tại' });
  }
  if (input.placeId) {
    const place = await db.kysely.selectFrom('places').select('id').where('id', '=', input.placeId).executeTakeFirst();
    if (!place) throw new AppError('VALIDATION_FAILED', 'Địa điểm không tồn tại.', { placeId: 'Địa điểm không tồn tại' });
  }
  const personIds = [...new Set(input.personIds)];
  if (personIds.length) {
    const found = await db.kysely.selectFrom('people').select('id').where('id', 'in', personIds).execute();
    if (found.length !== personIds.length) throw new AppError('VALIDATION_FAILED', 'Có công dân liên quan không tồn tại.', { personIds: 'Công dân không tồn tại' });
  }
  const wardNames = wardIds.length ? (await db.kysely.selectFrom('units').select('name').where('id', 'in', wardIds).orderBy('name').execute()).map((u) => u.name) : [];
  const now = db.clock.nowIso();
  const { id, alert } = await changingBoard(db, [unitId, ...wardIds], async (tx) => {
    const row = await tx
      .insertInto('incidents')
      .values({
        unit_id: unitId, kind: input.kind, place_id: input.placeId ?? null, address: input.address, latitude: input.latitude ?? null, longitude: input.longitude ?? null,
        occurred_at: input.occurredAt, head_count: input.headCount, content: input.content, special: JSON.stringify(input.special), report_channel: input.reportChannel,
        reporter: input.reporter, step: 'reported', outcome: null, summary: null, closed_at: null, created_by: actor.accountId, created_at: now, updated_at: now,
      })
      .returning(['id', 'kind', 'unit_id', 'place_id', 'address', 'head_count'])
      .executeTakeFirstOrThrow();
    if (wardIds.length) await tx.insertInto('incident_wards').values(wardIds.map((w) => ({ incident_id: row.id, unit_id: w }))).execute();
    if (personIds.length) await tx.insertInto('incident_links').values(personIds.map((p) => ({ incident_id: row.id, link_type: 'person', link_id: p }))).execute();
    await tx.insertInto('incident_steps').values({ incident_id: row.id, step: 'reported', at: now, account_id: actor.accountId, note: null }).execute();
    await writeAudit(tx, db, meta, { action: 'incident.created', entity: 'incident', entityId: row.id, after: { ...input, originWardIds: wardIds } });
    const raised = await alertForStep(tx, db, meta, facts(row, wardIds.map((w) => ({ id: w })), actor.accountId), 'reported', wardNames);
    return { id: row.id, alert: raised };
  });
  if (alert) alertsCommitted(db);
  return { incident: (await present(db.kysely, actor, [id]))[0] as TIncident, alert };
}

export async function recordStep(db: Db, actor: Actor, id: number, input: z.output<typeof ZIncidentStepBody>, meta: RequestMeta): Promise<TIncident> {
  const { row, wards } = await load(db.kysely, actor, id);
  const refusal = checkStep(row.step as IncidentStep, input.step, { summary: input.summary });
  if (refusal) throw new AppError('CONFLICT', REFUSALS[refusal], { step: REFUSALS[refusal] as string });
  const now = db.clock.nowIso();
  const raised = await changingBoard(db, boardUnits(row, wards), async (tx) => {
    const closing = input.step === 'closed';
    await updateVersioned(tx, db, meta, {
      table: 'incidents', id, version: input.version, action: 'incident.step', entity: 'incident', notFound: 'Không tìm thấy sự việc.',
      set: { step: input.step, ...(closing ? { summary: input.summary, closed_at: now, outcome: row.step } : {}) },
    });
    await tx.insertInto('incident_steps').values({ incident_id: id, step: input.step, at: now, account_id: actor.accountId, note: input.note }).execute();
    return alertForStep(tx, db, meta, facts(row, wards, actor.accountId), input.step, wards.map((w) => w.name));
  });
  if (raised) alertsCommitted(db);
  return getIncident(db, actor, id);
}

export async function addDirection(db: Db, actor: Actor, id: number, input: z.output<typeof ZDirectionBody>, meta: RequestMeta): Promise<TIncident> {
  const { row, wards } = await load(db.kysely, actor, id);
  if (input.kind === 'direction' && !actor.roles.includes('leader') && !actor.roles.includes('admin')) {
    throw new AppError('FORBIDDEN', 'Chỉ lãnh đạo mới ghi ý kiến chỉ đạo.');
  }
  const unitIds = [...new Set(input.unitIds)];
  const units = unitIds.length ? await db.kysely.selectFrom('units').select(['id']).where('id', 'in', unitIds).execute() : [];
  if (units.length !== unitIds.length) throw new AppError('VALIDATION_FAILED', 'Có đơn vị được giao không tồn tại.', { unitIds: 'Đơn vị không tồn tại' });
  const raised = await changingBoard(db, boardUnits(row, wards), async (tx) => {
    await tx.insertInto('incident_directions').values({ incident_id: id, kind: input.kind, text: input.text, unit_ids: JSON.stringify(unitIds), account_id: actor.accountId, at: db.clock.nowIso() }).execute();
    await writeAudit(tx, db, meta, { action: 'incident.direction', entity: 'incident', entityId: id, after: input });
    // A direction reaches the leaders and the officers of the units it names; a proposal goes to the city's leaders via the matrix's 'escalated' rule.
    if (input.kind !== 'direction' || unitIds.length === 0) return null;
    return raiseAlert(tx, db, meta, {
      kind: 'incident.direction', urgent: true, title: `Ý kiến chỉ đạo của ${actor.fullName}`, body: input.text, unitId: unitIds[0] ?? null,
      subject: { type: 'incident', id }, targets: unitIds.flatMap((u) => (['leader', 'ward_officer', 'police_liaison', 'reception_officer'] as const).map((role) => ({ unitId: u, role, mustAck: true }))),
      ackSeconds: null, escalation: [], channels: [], createdBy: actor.accountId,
    });
  });
  if (raised) alertsCommitted(db);
  return getIncident(db, actor, id);
}

export async function dispatchGroup(db: Db, actor: Actor, id: number, input: z.output<typeof ZDispatchBody>, meta: RequestMeta): Promise<TIncident> {
  const { row, wards } = await load(db.kysely, actor, id);
  if (!isOpen(row.step as IncidentStep)) throw new AppError('CONFLICT', REFUSALS.closed);
  const group = await db.kysely.selectFrom('working_groups').select(['id', 'unit_id', 'active']).where('id', '=', input.groupId).executeTakeFirst();
  if (!group || !isTrue(group.active) || !actor.scope.has(group.unit_id)) throw new AppError('NOT_FOUND', 'Không tìm thấy tổ công tác trong phạm vi đơn vị của bạn.');
  const now = db.clock.nowIso();
  try {
    await changingBoard(db, boardUnits(row, wards), async (tx) => {
      await tx.insertInto('incident_dispatches').values({ incident_id: id, group_id: group.id, dispatched_at: now, expected_at: input.expectedAt, arrived_at: null, dispatched_by: actor.accountId, arrived_by: null }).execute();
      if (checkStep(row.step as IncidentStep, 'group_dispatched') === null) {
        await tx.updateTable('incidents').set((eb) => ({ step: 'group_dispatched', version: eb('version', '+', 1), updated_at: now })).where('id', '=', id).execute();
        await tx.insertInto('incident_steps').values({ incident_id: id, step: 'group_dispatched', at: now, account_id: actor.accountId, note: null }).execute();
      }
      await writeAudit(tx, db, meta, { action: 'incident.dispatched', entity: 'incident', entityId: id, after: input });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('DUPLICATE', 'Tổ công tác này đã được cử đến sự việc.', { groupId: 'Đã được cử' });
    throw error;
  }
  return getIncident(db, actor, id);
}

export async function checkIn(db: Db, actor: Actor, id: number, dispatchId: number, meta: RequestMeta): Promise<TIncident> {
  const { row, wards } = await load(db.kysely, actor, id);
  const now = db.clock.nowIso();
  await changingBoard(db, boardUnits(row, wards), async (tx) => {
    const done = await tx.updateTable('incident_dispatches').set({ arrived_at: now, arrived_by: actor.accountId }).where('id', '=', dispatchId).where('incident_id', '=', id).where('arrived_at', 'is', null).executeTakeFirst();
    if (Number(done.numUpdatedRows) === 0) throw new AppError('CONFLICT', 'Tổ công tác đã báo có mặt, hoặc không được cử đến sự việc này.');
    if (checkStep(row.step as IncidentStep, 'on_site') === null) {
      await tx.updateTable('incidents').set((eb) => ({ step: 'on_site', version: eb('version', '+', 1), updated_at: now })).where('id', '=', id).execute();
      await tx.insertInto('incident_steps').values({ incident_id: id, step: 'on_site', at: now, account_id: actor.accountId, note: null }).execute();
    }
    await writeAudit(tx, db, meta, { action: 'incident.arrived', entity: 'incident', entityId: id, after: { dispatchId } });
  });
  return getIncident(db, actor, id);
}

const LINK_NOT_FOUND = 'Không tìm thấy hồ sơ này trong phạm vi của bạn.';

/** Links a record the actor may read (its own policy decides: 404 alike for missing and out of scope). */
export async function linkRecord(db: Db, actor: Actor, id: number, input: z.output<typeof ZIncidentLinkBody>, meta: RequestMeta): Promise<TIncident> {
  const { row, wards } = await load(db.kysely, actor, id);
  if (!(await requireRecordType(input.type).canRead(db.kysely, actor, input.id))) throw new AppError('NOT_FOUND', LINK_NOT_FOUND);
  try {
    await changingBoard(db, boardUnits(row, wards), async (tx) => {
      await tx.insertInto('incident_links').values({ incident_id: id, link_type: input.type, link_id: input.id }).execute();
      await writeAudit(tx, db, meta, { action: 'incident.linked', entity: 'incident', entityId: id, after: input });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('DUPLICATE', 'Sự việc đã được liên kết với hồ sơ này.');
    throw error;
  }
  return getIncident(db, actor, id);
}

/** Removes a link; only one the actor could have made (he may read the record). */
export async function unlinkRecord(db: Db, actor: Actor, id: number, type: IncidentLinkType, linkId: number, meta: RequestMeta): Promise<TIncident> {
  const { row, wards } = await load(db.kysely, actor, id);
  if (!(await requireRecordType(type).canRead(db.kysely, actor, linkId))) throw new AppError('NOT_FOUND', LINK_NOT_FOUND);
  await changingBoard(db, boardUnits(row, wards), async (tx) => {
    const gone = await tx.deleteFrom('incident_links').where('incident_id', '=', id).where('link_type', '=', type).where('link_id', '=', linkId).executeTakeFirst();
    if (Number(gone.numDeletedRows) === 0) throw new AppError('NOT_FOUND', LINK_NOT_FOUND);
    await writeAudit(tx, db, meta, { action: 'incident.unlinked', entity: 'incident', entityId: id, before: { type, id: linkId } });
  });
  return getIncident(db, actor, id);
}

function scopedIds(db: Executor, actor: Actor) {
  let q = db.selectFrom('incidents as i').select('i.id');
  if (!actor.scopeIsEverything) {
    const scope = [...actor.scope];
    q = q.where((eb) => eb.or([eb('i.unit_id', 'in', scope), eb.exists(eb.selectFrom('incident_wards as w').select('w.unit_id').whereRef('w.incident_id', '=', 'i.id').where('w.unit_id', 'in', scope))]));
  }
  return q;
}

export async function listIncidents(db: Db, actor: Actor, query: z.output<typeof ZIncidentListQuery>): Promise<TIncident[]> {
  let q = scopedIds(db.kysely, actor);
  if (query.open === 'true') q = q.where('i.step', '!=', 'closed');
  if (query.open === 'false') q = q.where('i.step', '=', 'closed');
  if (query.from) q = q.where('i.occurred_at', '>=', query.from);
  if (query.to) q = q.where('i.occurred_at', '<', query.to);
  const rows = await q.orderBy('i.occurred_at', 'desc').limit(query.limit).execute();
  return present(db.kysely, actor, rows.map((r) => r.id));
}

const DELEGATION_KINDS: IncidentKind[] = ['office_delegation', 'over_level', 'session_venue', 'leader_home', 'public_gathering'];

/** The live board: open incidents, the per-ward grid with response times of the wards' groups, today's counts. */
export async function board(db: Db, actor: Actor) {
  const now = db.clock.nowIso();
  const dayStart = new Date(`${db.clock.today()}T00:00:00+07:00`).toISOString();
  const open = (await scopedIds(db.kysely, actor).where('i.step', '!=', 'closed').orderBy('i.occurred_at', 'desc').limit(200).execute()).map((r) => r.id);
  const all = await scopedIds(db.kysely, actor)
    .innerJoin('incident_wards as w', 'w.incident_id', 'i.id')
    .innerJoin('units as u', 'u.id', 'w.unit_id')
    .select(['w.unit_id', 'u.name', 'i.step', 'i.occurred_at', 'i.kind', 'i.head_count'])
    .execute();
  const arrivals = await db.kysely
    .selectFrom('incident_dispatches as d')
    .innerJoin('working_groups as g', 'g.id', 'd.group_id')
    .innerJoin('incidents as i', 'i.id', 'd.incident_id')
    .select(['g.unit_id', 'd.arrived_at', 'i.created_at'])
    .where('d.arrived_at', 'is not', null)
    .execute();
  const wardUnits = await db.kysely.selectFrom('units').select(['id', 'name']).where('kind', '=', 'ward').where('valid_to', 'is', null).orderBy('name').execute();
  const wards = wardUnits
    .filter((u) => actor.scopeIsEverything || actor.scope.has(u.id) || all.some((a) => a.unit_id === u.id))
    .map((u) => {
      const mine = all.filter((a) => a.unit_id === u.id);
      const minutes = arrivals.filter((a) => a.unit_id === u.id).map((a) => (Date.parse(a.arrived_at as string) - Date.parse(a.created_at)) / 60_000).sort((x, y) => x - y);
      return {
        unitId: u.id, name: u.name, open: mine.filter((a) => a.step !== 'closed').length, today: mine.filter((a) => a.occurred_at >= dayStart).length, total: mine.length,
        medianResponseMinutes: minutes.length ? Math.round(minutes[Math.floor((minutes.length - 1) / 2)] as number) : null,
      };
    });
  const today = await scopedIds(db.kysely, actor).select(['i.kind', 'i.head_count']).where('i.occurred_at', '>=', dayStart).execute();
  return {
    at: now,
    open: await present(db.kysely, actor, open),
    wards,
    today: {
      incidents: today.length,
      delegations: today.filter((t) => DELEGATION_KINDS.includes(t.kind as IncidentKind)).length,
      people: today.reduce((n, t) => n + t.head_count, 0),
    },
  };
}

/** At most this long a time line: a heightened period is weeks; a year bounds the work of one request. */
const TIMELINE_MAX_DAYS = 366;

/**
 * The time line of [from, to) in the actor's scope: incidents that occurred in it with all their steps and groups,
 * and the alerts raised in it about those incidents or in the actor's units, with escalations and acknowledgements.
 */
export async function timeline(db: Db, actor: Actor, query: z.output<typeof ZTimelineQuery>): Promise<Timeline & { from: string; to: string }> {
  const span = Date.parse(query.to) - Date.parse(query.from);
  if (span <= 0 || span > TIMELINE_MAX_DAYS * 86_400_000) throw new AppError('VALIDATION_FAILED', `Khoảng thời gian phải dương và không quá ${TIMELINE_MAX_DAYS} ngày.`, { to: 'Khoảng thời gian không hợp lệ' });
  const k = db.kysely;
  const ids = (await scopedIds(k, actor).where('i.occurred_at', '>=', query.from).where('i.occurred_at', '<', query.to).orderBy('i.occurred_at').limit(2000).execute()).map((r) => r.id);
  const some = <T>(run: () => Promise<T[]>) => (ids.length ? run() : Promise.resolve([] as T[]));
  const [incidents, wards, steps, dispatches] = await Promise.all([
    some(() => k.selectFrom('incidents').select(['id', 'kind', 'occurred_at', 'head_count', 'address']).where('id', 'in', ids).execute()),
    wardsOf(k, ids),
    some(() => k.selectFrom('incident_steps as s').leftJoin('accounts as a', 'a.id', 's.account_id').select(['s.incident_id', 's.step', 's.at', 's.note', 'a.full_name']).where('s.incident_id', 'in', ids).execute()),
    some(() => k.selectFrom('incident_dispatches as d').innerJoin('working_groups as g', 'g.id', 'd.group_id').select(['d.incident_id', 'g.name', 'd.dispatched_at', 'd.arrived_at']).where('d.incident_id', 'in', ids).execute()),
  ]);
  let alertQuery = k.selectFrom('alerts as a').select(['a.id', 'a.subject_type', 'a.subject_id', 'a.title', 'a.created_at', 'a.ack_seconds']).where('a.created_at', '>=', query.from).where('a.created_at', '<', query.to);
  if (!actor.scopeIsEverything) {
    const scope = [...actor.scope];
    alertQuery = alertQuery.where((eb) => eb.or([eb('a.unit_id', 'in', scope), ...(ids.length ? [eb.and([eb('a.subject_type', '=', 'incident'), eb('a.subject_id', 'in', ids)])] : [])]));
  }
  const alerts = await alertQuery.orderBy('a.id').limit(5000).execute();
  const alertIds = alerts.map((a) => a.id);
  const [escalations, acks] = alertIds.length
    ? await Promise.all([
        k.selectFrom('alert_deliveries').select(['alert_id', 'level', (e) => e.fn.min('created_at').as('at')]).where('alert_id', 'in', alertIds).where('level', '>', 0).groupBy(['alert_id', 'level']).execute(),
        k
          .selectFrom('alert_acks as k')
          .innerJoin('alert_deliveries as d', (j) => j.onRef('d.alert_id', '=', 'k.alert_id').onRef('d.account_id', '=', 'k.account_id'))
          .innerJoin('accounts as u', 'u.id', 'k.account_id')
          .select(['k.alert_id', 'k.acked_at', 'u.full_name'])
          .where('k.alert_id', 'in', alertIds)
          .where('d.must_ack', '=', 1)
          .execute(),
      ])
    : [[], []];
  return {
    from: query.from,
    to: query.to,
    ...assembleTimeline({
      incidents: incidents.map((i) => ({ id: i.id, kind: i.kind as IncidentKind, occurredAt: i.occurred_at, headCount: i.head_count, address: i.address, wards: (wards.get(i.id) ?? []).map((w) => w.name) })),
      steps: steps.map((s) => ({ incidentId: s.incident_id, step: s.step as IncidentStep, at: s.at, by: s.full_name, note: s.note })),
      dispatches: dispatches.map((d) => ({ incidentId: d.incident_id, groupName: d.name, dispatchedAt: d.dispatched_at, arrivedAt: d.arrived_at })),
      alerts: alerts.map((a) => ({ id: a.id, incidentId: a.subject_type === 'incident' ? a.subject_id : null, title: a.title, createdAt: a.created_at, ackSeconds: a.ack_seconds })),
      escalations: escalations.map((e) => ({ alertId: e.alert_id, level: e.level, at: String(e.at) })),
      acks: acks.map((a) => ({ alertId: a.alert_id, at: a.acked_at, by: a.full_name })),
    }),
  };
}

export async function listWards(db: Db): Promise<{ id: number; name: string }[]> {
  return db.kysely.selectFrom('units').select(['id', 'name']).where('kind', 'in', ['ward', 'commune']).where('valid_to', 'is', null).orderBy('name').execute();
}

export async function listRules(db: Db): Promise<TRule[]> {
  const rows = await db.kysely.selectFrom('coordination_rules').selectAll().orderBy('incident_kind').orderBy('step').orderBy('id').execute();
  return rows.map(presentRule);
}

/** The matrix is the whole tree's regulation: only an administrator of the whole tree edits it. */
export async function updateRule(db: Db, actor: Actor, id: number, input: z.output<typeof ZRuleBody>, meta: RequestMeta): Promise<TRule> {
  if (!actor.scopeIsEverything) throw new AppError('FORBIDDEN', 'Chỉ quản trị viên toàn hệ thống mới sửa quy chế phối hợp.');
  try {
    return await db.transaction(async (tx) => {
      const { after } = await updateVersioned(tx, db, meta, {
        table: 'coordination_rules', id, version: input.version, action: 'coordination_rule.updated', entity: 'coordination_rule', notFound: 'Không tìm thấy quy tắc phối hợp.',
        set: { inform: JSON.stringify(input.inform), action: input.action, ack_seconds: input.ackSeconds, escalation: JSON.stringify(input.escalation), channels: JSON.stringify(input.channels), active: input.active ? 1 : 0 },
      });
      return presentRule(after);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('DUPLICATE', 'Đã có một quy tắc đang áp dụng cho loại sự việc và bước này.');
    throw error;
  }
}

export async function listGroups(db: Db, actor: Actor) {
  let q = db.kysely.selectFrom('working_groups as g').innerJoin('units as u', 'u.id', 'g.unit_id').select(['g.id', 'g.unit_id', 'u.name as unit_name', 'g.name', 'g.period_id']).where('g.active', '=', 1);
  if (!actor.scopeIsEverything) q = q.where('g.unit_id', 'in', [...actor.scope]);
  const groups = await q.orderBy('u.name').orderBy('g.id').execute();
  const ids = groups.map((g) => g.id);
  const members = ids.length
    ? await db.kysely.selectFrom('working_group_members as m').innerJoin('officers as o', 'o.id', 'm.officer_id').select(['m.group_id', 'm.officer_id', 'o.full_name', 'o.position', 'm.is_leader', 'm.phone', 'o.phones']).where('m.group_id', 'in', ids).orderBy('m.is_leader', 'desc').orderBy('o.full_name').execute()
    : [];
  return groups.map((g) => ({
    id: g.id, unitId: g.unit_id, unitName: g.unit_name, name: g.name, periodId: g.period_id,
    members: members.filter((m) => m.group_id === g.id).map((m) => ({ officerId: m.officer_id, fullName: m.full_name, position: m.position, isLeader: isTrue(m.is_leader), phone: m.phone ?? (JSON.parse(m.phones) as string[])[0] ?? null })),
  }));
}

export async function createGroup(db: Db, actor: Actor, input: z.output<typeof ZWorkingGroupCreate>, meta: RequestMeta) {
  if (!actor.scope.has(input.unitId)) throw new AppError('OUT_OF_SCOPE');
  const officerIds = input.members.map((m) => m.officerId);
  const officers = await db.kysely.selectFrom('officers').select(['id', 'unit_id']).where('id', 'in', officerIds).where('active', '=', 1).execute();
  if (officers.length !== new Set(officerIds).size || officers.some((o) => !actor.scope.has(o.unit_id) && o.unit_id !== input.unitId)) {
    throw new AppError('VALIDATION_FAILED', 'Thành viên phải là cán bộ đang công tác trong phạm vi đơn vị.', { members: 'Cán bộ không hợp lệ' });
  }
  const now = db.clock.nowIso();
  const id = await db.transaction(async (tx) => {
    const row = await tx.insertInto('working_groups').values({ unit_id: input.unitId, name: input.name, period_id: input.periodId ?? null, active: 1, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
    await tx.insertInto('working_group_members').values(input.members.map((m) => ({ group_id: row.id, officer_id: m.officerId, is_leader: m.isLeader ? 1 : 0, phone: m.phone }))).execute();
    await writeAudit(tx, db, meta, { action: 'working_group.created', entity: 'working_group', entityId: row.id, after: input });
    return row.id;
  });
  const group = (await listGroups(db, actor)).find((g) => g.id === id);
  if (!group) throw new AppError('NOT_FOUND');
  return group;
}

registerRecordType('incident', {
  label: 'sự việc',
  owningUnit: async (db, id) => (await db.selectFrom('incidents').select('unit_id').where('id', '=', id).executeTakeFirst())?.unit_id ?? null,
  async canRead(db, actor, id) {
    if (!actor.permissions.includes('incidents.read')) return false;
    const row = await db.selectFrom('incidents').select('unit_id').where('id', '=', id).executeTakeFirst();
    return !!row && visible(actor, row.unit_id, (await wardsOf(db, [id])).get(id) ?? []);
  },
  async canWrite(db, actor, id) {
    return actor.permissions.includes('incidents.write') && (await this.canRead(db, actor, id));
  },
});
