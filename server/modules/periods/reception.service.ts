import type { z } from 'zod';
import { leaderReceptionMinimum, meetsMinimum } from '@core/domain/periods/leader-reception';
import type { ZReceptionSession, ZReceptionSessionCreate, ZReceptionSessions, ZReceptionSessionsQuery } from '@core/schemas/periods';
import type { Db } from '../../db/database';
import type { Actor, RequestMeta } from '../../platform/context';
import { vnDayStartIso } from '../../platform/dates';
import { AppError } from '../../platform/errors';
import { registerAuditOwner, writeAudit } from '../audit/audit.repo';
import { instant, vnDate } from './periods.repo';

type Session = z.output<typeof ZReceptionSession>;

const sessionQuery = (db: Db) =>
  db.kysely
    .selectFrom('reception_sessions')
    .innerJoin('officers', 'officers.id', 'reception_sessions.officer_id')
    .innerJoin('places', 'places.id', 'reception_sessions.place_id')
    .selectAll('reception_sessions')
    .select(['officers.full_name', 'places.name as place_name']);

const present = (r: Awaited<ReturnType<ReturnType<typeof sessionQuery>['executeTakeFirstOrThrow']>>): Session => ({
  id: r.id,
  unitId: r.unit_id,
  officerId: r.officer_id,
  officerName: r.full_name,
  placeId: r.place_id,
  placeName: r.place_name,
  kind: r.kind,
  startsAt: instant(r.starts_at),
  endsAt: instant(r.ends_at),
  subject: r.subject,
  status: r.status,
  version: r.version,
});

/** A unit's leaders' reception sessions in a month, with the Law's minimum for the unit's level and whether it is met. */
export async function listSessions(db: Db, actor: Actor, q: z.output<typeof ZReceptionSessionsQuery>): Promise<z.output<typeof ZReceptionSessions>> {
  const unit = await db.kysely.selectFrom('units').select(['id', 'level']).where('id', '=', q.unitId).executeTakeFirst();
  if (!unit || !actor.scope.has(unit.id)) throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị.');
  const first = `${q.month}-01`;
  const [y, m] = q.month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const rows = await sessionQuery(db)
    .where('reception_sessions.unit_id', '=', unit.id)
    .where('reception_sessions.starts_at', '>=', vnDayStartIso(first))
    .where('reception_sessions.starts_at', '<', vnDayStartIso(first, days))
    .orderBy('reception_sessions.starts_at')
    .execute();
  const items = rows.map(present);
  const minimum = leaderReceptionMinimum(unit.level);
  const regularDates = items.filter((s) => s.kind === 'regular' && s.status !== 'cancelled').map((s) => vnDate(s.startsAt));
  return { items, minimum, meetsMinimum: minimum ? meetsMinimum(minimum, regularDates, minimum.per === 'month' ? 1 : Math.floor(days / 7)) : null };
}

/** A regular session on the published schedule, or an ad-hoc one asked for a case or a delegation (Luật TCD art. 18(3)). */
export async function createSession(db: Db, actor: Actor, input: z.output<typeof ZReceptionSessionCreate>, meta: RequestMeta): Promise<Session> {
  if (!actor.scope.has(input.unitId)) throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị.');
  if (new Date(input.endsAt) <= new Date(input.startsAt)) throw new AppError('VALIDATION_FAILED', 'Giờ kết thúc buổi tiếp phải sau giờ bắt đầu.', { endsAt: 'Phải sau giờ bắt đầu' });
  const [officer, place] = await Promise.all([
    db.kysely.selectFrom('officers').select('unit_id').where('id', '=', input.officerId).executeTakeFirst(),
    db.kysely.selectFrom('places').select('unit_id').where('id', '=', input.placeId).executeTakeFirst(),
  ]);
  if (!officer || !actor.scope.has(officer.unit_id)) throw new AppError('VALIDATION_FAILED', 'Không tìm thấy lãnh đạo tiếp công dân.', { officerId: 'Không tìm thấy cán bộ' });
  if (!place || !actor.scope.has(place.unit_id)) throw new AppError('VALIDATION_FAILED', 'Không tìm thấy địa điểm tiếp công dân.', { placeId: 'Không tìm thấy địa điểm' });
  const now = db.clock.nowIso();
  const id = await db.transaction(async (tx) => {
    const row = await tx
      .insertInto('reception_sessions')
      .values({
        unit_id: input.unitId, officer_id: input.officerId, place_id: input.placeId, schedule_id: null, period_id: null, kind: input.kind,
        starts_at: instant(input.startsAt), ends_at: instant(input.endsAt), subject: input.subject, status: input.kind === 'adhoc' ? 'requested' : 'scheduled', created_at: now, updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(tx, db, meta, { action: 'reception_session.created', entity: 'reception_session', entityId: row.id, after: row });
    return row.id;
  });
  return present(await sessionQuery(db).where('reception_sessions.id', '=', id).executeTakeFirstOrThrow());
}

registerAuditOwner('reception_session', async (db, id) => (await db.selectFrom('reception_sessions').select('unit_id').where('id', '=', id).executeTakeFirst())?.unit_id ?? null);
