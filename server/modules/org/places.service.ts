import type { z } from 'zod';
import type { ZPlace, ZPlaceCreate, ZPlaceUpdate } from '@core/schemas/org';
import { bool, isTrue, type Db } from '../../db/database';
import type { Actor, RequestMeta } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { assertPlacedInScope } from '../../platform/authority';
import { updateVersioned } from '../../platform/versioned';
import { registerAuditOwner, writeAudit } from '../audit/audit.repo';
import { isWardOrCommune } from './units.repo';
import { normalisePhone } from '../../platform/phones';

type Place = z.infer<typeof ZPlace>;

const placeQuery = (db: Db) =>
  db.kysely
    .selectFrom('places')
    .innerJoin('units', 'units.id', 'places.unit_id')
    .leftJoin('units as ward', 'ward.id', 'places.ward_unit_id')
    .select(['places.id', 'places.name', 'places.kind', 'places.unit_id', 'places.address', 'places.ward_unit_id', 'places.phone', 'places.active', 'places.version', 'units.name as unit_name', 'ward.name as ward_name']);

type PlaceJoined = Awaited<ReturnType<ReturnType<typeof placeQuery>['executeTakeFirstOrThrow']>>;

function present(actor: Actor, r: PlaceJoined): Place {
  const canEdit = actor.permissions.includes('org.admin') && actor.scope.has(r.unit_id);
  return {
    id: r.id,
    name: r.name,
    kind: r.kind as Place['kind'],
    unitId: r.unit_id,
    unitName: r.unit_name,
    address: r.address,
    wardUnitId: r.ward_unit_id,
    wardName: r.ward_name,
    phone: r.phone,
    active: isTrue(r.active),
    version: r.version,
    actions: canEdit ? ['edit', isTrue(r.active) ? 'deactivate' : 'activate'] : [],
  };
}

async function checkWard(db: Db, wardUnitId: number | null | undefined): Promise<number | null> {
  if (wardUnitId === null || wardUnitId === undefined) return null;
  if (!(await isWardOrCommune(db.kysely, wardUnitId))) throw new AppError('VALIDATION_FAILED', 'Địa điểm phải nằm trong một phường hoặc xã.', { wardUnitId: 'Không phải phường/xã' });
  return wardUnitId;
}

export async function listPlaces(db: Db, actor: Actor): Promise<Place[]> {
  const ids = [...actor.scope];
  if (!ids.length) return [];
  const rows = await placeQuery(db).where('places.unit_id', 'in', ids).orderBy('places.id').execute();
  return rows.map((r) => present(actor, r));
}

async function getPlace(db: Db, actor: Actor, id: number): Promise<Place> {
  const row = await placeQuery(db).where('places.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy địa điểm.');
  return present(actor, row);
}

export async function createPlace(db: Db, actor: Actor, input: z.infer<typeof ZPlaceCreate>, meta: RequestMeta): Promise<Place> {
  assertPlacedInScope(actor, input.unitId, 'unitId');
  if (input.wardUnitId !== null && input.wardUnitId !== undefined) assertPlacedInScope(actor, input.wardUnitId, 'wardUnitId');
  const now = db.clock.nowIso();
  const wardUnitId = await checkWard(db, input.wardUnitId);
  const id = await db.transaction(async (tx) => {
    const row = await tx
      .insertInto('places')
      .values({
        name: input.name,
        kind: input.kind,
        unit_id: input.unitId,
        address: input.address,
        ward_unit_id: wardUnitId,
        phone: normalisePhone(input.phone, 'phone'),
        active: bool(input.active),
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(tx, db, meta, { action: 'place.created', entity: 'place', entityId: row.id, after: row });
    return row.id;
  });
  return getPlace(db, actor, id);
}

export async function updatePlace(db: Db, actor: Actor, id: number, input: z.infer<typeof ZPlaceUpdate>, meta: RequestMeta): Promise<Place> {
  const before = await db.kysely.selectFrom('places').selectAll().where('id', '=', id).executeTakeFirst();
  // A place of a unit outside the actor's scope (above his or beside it) answers as a missing one.
  if (!before || !actor.scope.has(before.unit_id)) throw new AppError('NOT_FOUND', 'Không tìm thấy địa điểm.');
  if (input.unitId !== undefined) assertPlacedInScope(actor, input.unitId, 'unitId');
  if (input.wardUnitId !== undefined && input.wardUnitId !== null && input.wardUnitId !== before.ward_unit_id) assertPlacedInScope(actor, input.wardUnitId, 'wardUnitId');
  const wardUnitId = input.wardUnitId === undefined ? undefined : await checkWard(db, input.wardUnitId);
  await db.transaction((tx) =>
    updateVersioned(tx, db, meta, {
      table: 'places',
      id,
      version: input.version,
      set: {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.kind !== undefined ? { kind: input.kind } : {}),
        ...(input.unitId !== undefined ? { unit_id: input.unitId } : {}),
        ...(input.address !== undefined ? { address: input.address } : {}),
        ...(wardUnitId !== undefined ? { ward_unit_id: wardUnitId } : {}),
        ...(input.phone !== undefined ? { phone: normalisePhone(input.phone, 'phone') } : {}),
        ...(input.active !== undefined ? { active: bool(input.active) } : {}),
      },
      action: 'place.updated',
      entity: 'place',
      notFound: 'Không tìm thấy địa điểm.',
    }),
  );
  return getPlace(db, actor, id);
}

// The audit rows of a place are read by those who administer its unit.
registerAuditOwner('place', async (db, id) => (await db.selectFrom('places').select('unit_id').where('id', '=', id).executeTakeFirst())?.unit_id ?? null);
