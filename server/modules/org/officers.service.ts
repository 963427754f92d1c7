import type { z } from 'zod';
import { sql } from 'kysely';
import { searchKey } from '@core/domain/text/normalize';
import type { ZOfficer, ZOfficerCreate, ZOfficersQuery, ZOfficerUpdate } from '@core/schemas/org';
import { bool, isTrue, type Db, type Tx } from '../../db/database';
import type { Actor, RequestMeta } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { normalisePhone } from '../../platform/phones';
import { assertPlacedInScope } from '../../platform/authority';
import { updateVersioned } from '../../platform/versioned';
import { registerAuditOwner, writeAudit } from '../audit/audit.repo';
import { activeCodes } from '../catalogs/catalogs.service';

type Officer = z.infer<typeof ZOfficer>;

const officerQuery = (db: Db) =>
  db.kysely
    .selectFrom('officers')
    .innerJoin('units', 'units.id', 'officers.unit_id')
    .leftJoin('accounts', 'accounts.officer_id', 'officers.id')
    .select([
      'officers.id',
      'officers.full_name',
      'officers.unit_id',
      'officers.position',
      'officers.phones',
      'officers.email',
      'officers.active',
      'officers.version',
      'units.name as unit_name',
      'accounts.id as account_id',
    ]);

type OfficerJoined = Awaited<ReturnType<ReturnType<typeof officerQuery>['executeTakeFirstOrThrow']>>;

/** Each officer's duty roles from their table, in code order. */
async function rolesOf(db: Db, ids: number[]): Promise<Map<number, string[]>> {
  const map = new Map<number, string[]>(ids.map((id) => [id, []]));
  if (!ids.length) return map;
  const rows = await db.kysely.selectFrom('officer_duty_roles').select(['officer_id', 'role']).where('officer_id', 'in', ids).orderBy('role').execute();
  for (const r of rows) map.get(r.officer_id)?.push(r.role);
  return map;
}

/** Replaces an officer's duty roles inside the caller's transaction. */
async function writeRoles(tx: Tx, officerId: number, roles: string[]): Promise<void> {
  await tx.deleteFrom('officer_duty_roles').where('officer_id', '=', officerId).execute();
  if (roles.length) await tx.insertInto('officer_duty_roles').values(roles.map((role) => ({ officer_id: officerId, role }))).execute();
}

function present(actor: Actor, r: OfficerJoined, roles: string[]): Officer {
  const canEdit = actor.permissions.includes('org.admin') && actor.scope.has(r.unit_id);
  return {
    id: r.id,
    fullName: r.full_name,
    unitId: r.unit_id,
    unitName: r.unit_name,
    position: r.position,
    phones: JSON.parse(r.phones) as string[],
    dutyRoles: roles,
    email: r.email,
    active: isTrue(r.active),
    accountId: r.account_id,
    version: r.version,
    actions: canEdit ? ['edit', isTrue(r.active) ? 'deactivate' : 'activate'] : [],
  };
}

/** Duty roles must come from the duty_role catalog (built-in or added by an administrator). */
async function dutyRolesOf(db: Db, roles: string[]): Promise<string[]> {
  const known = await activeCodes(db.kysely, 'duty_role');
  const unknown = roles.filter((r) => !known.has(r));
  if (unknown.length) throw new AppError('VALIDATION_FAILED', `Nhiệm vụ trực không có trong danh mục: ${unknown.join(', ')}.`, { dutyRoles: 'Không có trong danh mục nhiệm vụ trực' });
  return [...new Set(roles)].sort();
}

const phonesOf = (phones: string[]) => JSON.stringify(phones.map((p, i) => normalisePhone(p, `phones.${i}`)).filter((p): p is string => p !== null));

export async function listOfficers(db: Db, actor: Actor, q: z.infer<typeof ZOfficersQuery>): Promise<{ items: Officer[]; total: number }> {
  const ids = q.unitId !== undefined ? [q.unitId].filter((id) => actor.scope.has(id)) : [...actor.scope];
  if (!ids.length) return { items: [], total: 0 };
  let query = officerQuery(db).where('officers.unit_id', 'in', ids);
  const key = q.q ? searchKey(q.q) : '';
  if (key) query = query.where('officers.name_key', 'like', sql<string>`${'%' + key.replace(/[%_\\]/g, '') + '%'}`);
  const [rows, count] = await Promise.all([
    query.orderBy('officers.name_key').orderBy('officers.id').limit(q.pageSize).offset((q.page - 1) * q.pageSize).execute(),
    query.clearSelect().select((e) => e.fn.countAll<number>().as('n')).executeTakeFirst(),
  ]);
  const roles = await rolesOf(db, rows.map((r) => r.id));
  return { items: rows.map((r) => present(actor, r, roles.get(r.id) ?? [])), total: Number(count?.n ?? 0) };
}

async function getOfficer(db: Db, actor: Actor, id: number): Promise<Officer> {
  const row = await officerQuery(db).where('officers.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy cán bộ.');
  return present(actor, row, (await rolesOf(db, [id])).get(id) ?? []);
}

export async function createOfficer(db: Db, actor: Actor, input: z.infer<typeof ZOfficerCreate>, meta: RequestMeta): Promise<Officer> {
  assertPlacedInScope(actor, input.unitId, 'unitId');
  const now = db.clock.nowIso();
  // Looked up before the transaction: SQLite has one connection, which the transaction holds.
  const dutyRoles = await dutyRolesOf(db, input.dutyRoles);
  const id = await db.transaction(async (tx) => {
    const row = await tx
      .insertInto('officers')
      .values({
        full_name: input.fullName,
        name_key: searchKey(input.fullName),
        unit_id: input.unitId,
        position: input.position,
        phones: phonesOf(input.phones),
        email: input.email ?? null,
        active: bool(input.active),
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeRoles(tx, row.id, dutyRoles);
    await writeAudit(tx, db, meta, { action: 'officer.created', entity: 'officer', entityId: row.id, after: { ...row, dutyRoles } });
    return row.id;
  });
  return getOfficer(db, actor, id);
}

export async function updateOfficer(db: Db, actor: Actor, id: number, input: z.infer<typeof ZOfficerUpdate>, meta: RequestMeta): Promise<Officer> {
  const before = await db.kysely.selectFrom('officers').selectAll().where('id', '=', id).executeTakeFirst();
  // An officer of a unit outside the actor's scope (above his or beside it) answers as a missing one.
  if (!before || !actor.scope.has(before.unit_id)) throw new AppError('NOT_FOUND', 'Không tìm thấy cán bộ.');
  if (input.unitId !== undefined) assertPlacedInScope(actor, input.unitId, 'unitId');
  const dutyRoles = input.dutyRoles === undefined ? undefined : await dutyRolesOf(db, input.dutyRoles);
  const rolesBefore = (await rolesOf(db, [id])).get(id) ?? [];
  await db.transaction(async (tx) => {
    await updateVersioned(tx, db, meta, {
      table: 'officers',
      id,
      version: input.version,
      set: {
        ...(input.fullName !== undefined ? { full_name: input.fullName, name_key: searchKey(input.fullName) } : {}),
        ...(input.unitId !== undefined ? { unit_id: input.unitId } : {}),
        ...(input.position !== undefined ? { position: input.position } : {}),
        ...(input.phones !== undefined ? { phones: phonesOf(input.phones) } : {}),
        ...(input.email !== undefined ? { email: input.email ?? null } : {}),
        ...(input.active !== undefined ? { active: bool(input.active) } : {}),
      },
      action: 'officer.updated',
      entity: 'officer',
      notFound: 'Không tìm thấy cán bộ.',
    });
    // The roles live in their own table: written after the version check, audited as what they were and are.
    if (dutyRoles !== undefined && dutyRoles.join() !== rolesBefore.join()) {
      await writeRoles(tx, id, dutyRoles);
      await writeAudit(tx, db, meta, { action: 'officer.updated', entity: 'officer', entityId: id, before: { dutyRoles: rolesBefore }, after: { dutyRoles } });
    }
  });
  return getOfficer(db, actor, id);
}

// The audit rows of an officer are read by those who administer his unit.
registerAuditOwner('officer', async (db, id) => (await db.selectFrom('officers').select('unit_id').where('id', '=', id).executeTakeFirst())?.unit_id ?? null);
