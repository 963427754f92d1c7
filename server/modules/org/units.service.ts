import type { z } from 'zod';
import { addDays } from '@core/domain/calendar/days';
import type { TUnitNode, ZUnitCreate, ZUnitMerge, ZUnitUpdate } from '@core/schemas/org';
import type { UNIT_KINDS } from '@core/schemas/org';
import { type Db } from '../../db/database';
import type { UnitRow } from '../../db/schema';
import type { Actor, RequestMeta } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { hasAuthorityOver, requireWholeTreeAdmin } from '../../platform/authority';
import { updateVersioned, isUniqueViolation } from '../../platform/versioned';
import { registerAuditOwner, writeAudit } from '../audit/audit.repo';
import { commonAncestor, descendantsOf, listAllUnits, predecessorsByUnit } from './units.repo';

type Kind = (typeof UNIT_KINDS)[number];

/** Administrative level follows from the kind; agencies sit at the level of the area they belong to. */
export function levelOf(kind: Kind, parentLevel: TUnitNode['level'] | undefined): TUnitNode['level'] {
  if (kind === 'province') return 'province';
  if (kind === 'city' || kind === 'district') return 'district';
  if (kind === 'ward' || kind === 'commune') return 'commune';
  return parentLevel ?? 'province';
}

const validOn = (u: UnitRow, day: string) => u.valid_from <= day && (u.valid_to === null || u.valid_to >= day);

export function unitActions(actor: Actor, unit: Pick<UnitRow, 'id' | 'parent_id' | 'valid_to'>): string[] {
  if (!actor.permissions.includes('org.admin') || !actor.scope.has(unit.id)) return [];
  const fromAbove = hasAuthorityOver(actor, unit.parent_id) ? (unit.valid_to === null ? ['edit', 'merge'] : ['edit']) : [];
  return unit.valid_to === null ? [...fromAbove, 'create_child'] : fromAbove;
}

function toNode(u: UnitRow, actor: Actor, preds: Map<number, number[]>): TUnitNode {
  return {
    id: u.id,
    code: u.code,
    name: u.name,
    kind: u.kind as Kind,
    level: u.level as TUnitNode['level'],
    parentId: u.parent_id,
    validFrom: u.valid_from,
    validTo: u.valid_to,
    predecessorIds: preds.get(u.id) ?? [],
    version: u.version,
    actions: unitActions(actor, u),
    children: [],
  };
}

/** The tree as the actor may see it: his scope only, roots being the highest units of that scope. */
export async function listUnitTree(db: Db, actor: Actor, opts: { at?: string | undefined; includeClosed: boolean }): Promise<TUnitNode[]> {
  const [units, preds] = await Promise.all([listAllUnits(db.kysely), predecessorsByUnit(db.kysely)]);
  const day = opts.at ?? db.clock.today();
  const visible = units.filter((u) => actor.scope.has(u.id) && (opts.includeClosed || validOn(u, day)));
  const nodes = new Map(visible.map((u) => [u.id, toNode(u, actor, preds)]));
  const roots: TUnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

async function loadUnit(db: Db, id: number): Promise<UnitRow> {
  const unit = await db.kysely.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
  if (!unit) throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị.');
  return unit;
}

/** A unit outside the actor's scope answers as a missing one. */
async function loadInScope(db: Db, actor: Actor, id: number): Promise<UnitRow> {
  if (!actor.scope.has(id)) throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị.');
  return loadUnit(db, id);
}

/**
 * A unit's place in the tree, its name and its life are decided by the level above it: changing a unit needs
 * authority over its parent (a whole-tree administrator for a root). So the administrators of a unit — whose scope
 * it roots — cannot rename, close, move or merge away the unit that defines their own scope, and nobody can detach
 * a unit from the supervision of the units above it.
 */
function assertGoverns(actor: Actor, unit: UnitRow): void {
  if (!hasAuthorityOver(actor, unit.parent_id)) {
    throw new AppError('FORBIDDEN', `Đơn vị «${unit.name}» do cấp trên của nó quản lý: bạn không được sửa, chuyển, đóng hay sáp nhập đơn vị này.`);
  }
}

/** Where a unit may be put: under a unit of the actor's scope, or at the top only by a whole-tree administrator. */
function assertMayPlaceUnder(actor: Actor, parentId: number | null, field: string): void {
  if (parentId === null) requireWholeTreeAdmin(actor, 'Chỉ quản trị viên toàn hệ thống được đặt đơn vị ở gốc của cây đơn vị.');
  else if (!hasAuthorityOver(actor, parentId)) throw new AppError('OUT_OF_SCOPE', 'Đơn vị cấp trên được chọn nằm ngoài phạm vi quản lý của bạn.', { [field]: 'Ngoài phạm vi quản lý của bạn' });
}

const duplicateCode = () => new AppError('DUPLICATE', 'Mã đơn vị đã được dùng.', { code: 'Mã đơn vị đã được dùng' });

export async function createUnit(db: Db, actor: Actor, input: z.infer<typeof ZUnitCreate>, meta: RequestMeta): Promise<TUnitNode> {
  assertMayPlaceUnder(actor, input.parentId, 'parentId');
  const parentLevel = input.parentId === null ? undefined : ((await loadUnit(db, input.parentId)).level as TUnitNode['level']);
  const now = db.clock.nowIso();
  try {
    const row = await db.transaction(async (tx) => {
      const created = await tx
        .insertInto('units')
        .values({
          code: input.code,
          name: input.name,
          kind: input.kind,
          level: levelOf(input.kind, parentLevel),
          parent_id: input.parentId,
          valid_from: input.validFrom,
          valid_to: null,
          created_at: now,
          updated_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await writeAudit(tx, db, meta, { action: 'unit.created', entity: 'unit', entityId: created.id, after: created });
      return created;
    });
    return toNode(row, { ...actor, scope: new Set([...actor.scope, row.id]) }, new Map());
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateCode();
    throw error;
  }
}

export async function updateUnit(db: Db, actor: Actor, id: number, input: z.infer<typeof ZUnitUpdate>, meta: RequestMeta): Promise<TUnitNode> {
  const before = await loadInScope(db, actor, id);
  assertGoverns(actor, before);
  if (input.parentId !== undefined && input.parentId !== before.parent_id) {
    // Even the whole tree's administrator keeps the root his scope hangs from where it is.
    if (id === actor.activeUnitId) throw new AppError('FORBIDDEN', 'Không thể chuyển đơn vị gốc của phạm vi quản lý của chính bạn.');
    assertMayPlaceUnder(actor, input.parentId, 'parentId');
  }
  if (input.parentId !== undefined && input.parentId !== null) {
    const units = await listAllUnits(db.kysely);
    if (descendantsOf(units, id).has(input.parentId)) {
      throw new AppError('CONFLICT', 'Không thể đặt đơn vị cấp trên là chính nó hoặc đơn vị cấp dưới của nó.', { parentId: 'Tạo thành vòng lặp trong cây đơn vị' });
    }
  }
  if (input.validTo && input.validTo < before.valid_from) {
    throw new AppError('VALIDATION_FAILED', 'Ngày hết hiệu lực không thể trước ngày có hiệu lực.', { validTo: 'Trước ngày có hiệu lực' });
  }
  const kind = input.kind ?? (before.kind as Kind);
  const parentId = input.parentId === undefined ? before.parent_id : input.parentId;
  const parentLevel = parentId === null ? undefined : ((await loadUnit(db, parentId)).level as TUnitNode['level']);
  try {
    const { after } = await db.transaction((tx) =>
      updateVersioned(tx, db, meta, {
        table: 'units',
        id,
        version: input.version,
        set: {
          ...(input.code !== undefined ? { code: input.code } : {}),
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.validTo !== undefined ? { valid_to: input.validTo } : {}),
          kind,
          parent_id: parentId,
          level: levelOf(kind, parentLevel),
        },
        action: 'unit.updated',
        entity: 'unit',
        notFound: 'Không tìm thấy đơn vị.',
      }),
    );
    return toNode(after, actor, await predecessorsByUnit(db.kysely));
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateCode();
    throw error;
  }
}

/**
 * A merger (as in the 2025 reform) in one transaction: the old units close the day before, the new one opens
 * with them as predecessors, and the people, places and roles that worked there move to it. Closed units keep
 * their records, so history and reports still roll up through the predecessor links.
 */
export async function mergeUnits(db: Db, actor: Actor, input: z.infer<typeof ZUnitMerge>, meta: RequestMeta): Promise<TUnitNode> {
  const sourceIds = [...new Set(input.sourceIds)].sort((a, b) => a - b);
  const sources = await db.kysely.selectFrom('units').selectAll().where('id', 'in', sourceIds).execute();
  if (sources.length !== sourceIds.length || sourceIds.some((id) => !actor.scope.has(id))) throw new AppError('NOT_FOUND', 'Không tìm thấy một số đơn vị cần sáp nhập.');
  for (const s of sources) assertGoverns(actor, s);
  if (actor.activeUnitId !== null && sourceIds.includes(actor.activeUnitId)) throw new AppError('FORBIDDEN', 'Không thể sáp nhập đơn vị gốc của phạm vi quản lý của chính bạn.');
  assertMayPlaceUnder(actor, input.unit.parentId, 'unit.parentId');
  for (const s of sources) {
    if (s.valid_to !== null && s.valid_to < input.effectiveOn) throw new AppError('CONFLICT', `Đơn vị «${s.name}» đã hết hiệu lực từ trước.`);
    if (s.valid_from >= input.effectiveOn) throw new AppError('CONFLICT', `Đơn vị «${s.name}» chưa có hiệu lực trước ngày sáp nhập.`);
  }
  const units = await listAllUnits(db.kysely);
  if (input.unit.parentId !== null && sourceIds.some((id) => descendantsOf(units, id).has(input.unit.parentId as number))) {
    throw new AppError('CONFLICT', 'Đơn vị cấp trên của đơn vị mới không thể là một đơn vị bị sáp nhập.', { 'unit.parentId': 'Không hợp lệ' });
  }
  const parentLevel = input.unit.parentId === null ? undefined : ((await loadUnit(db, input.unit.parentId)).level as TUnitNode['level']);
  const closeOn = addDays(input.effectiveOn, -1);
  const now = db.clock.nowIso();
  try {
    const created = await db.transaction(async (tx) => {
      const unit = await tx
        .insertInto('units')
        .values({
          code: input.unit.code,
          name: input.unit.name,
          kind: input.unit.kind,
          level: levelOf(input.unit.kind, parentLevel),
          parent_id: input.unit.parentId,
          valid_from: input.effectiveOn,
          valid_to: null,
          created_at: now,
          updated_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await tx.updateTable('units').set((eb) => ({ valid_to: closeOn, updated_at: now, version: eb('version', '+', 1) })).where('id', 'in', sourceIds).execute();
      await tx.insertInto('unit_predecessors').values(sourceIds.map((p) => ({ unit_id: unit.id, predecessor_id: p }))).execute();
      // Children of the old units (e.g. agencies of a merged ward) continue under the new one.
      await tx.updateTable('units').set({ parent_id: unit.id, updated_at: now }).where('parent_id', 'in', sourceIds).where('valid_to', 'is', null).execute();
      await tx.updateTable('officers').set((eb) => ({ unit_id: unit.id, updated_at: now, version: eb('version', '+', 1) })).where('unit_id', 'in', sourceIds).where('active', '=', 1).execute();
      await tx.updateTable('places').set((eb) => ({ unit_id: unit.id, updated_at: now, version: eb('version', '+', 1) })).where('unit_id', 'in', sourceIds).where('active', '=', 1).execute();
      const roles = await tx.selectFrom('account_roles').selectAll().where('unit_id', 'in', sourceIds).execute();
      await tx.deleteFrom('account_roles').where('unit_id', 'in', sourceIds).execute();
      const moved = new Map(roles.map((r) => [`${r.account_id}:${r.role}`, { account_id: r.account_id, unit_id: unit.id, role: r.role }]));
      if (moved.size) await tx.insertInto('account_roles').values([...moved.values()]).execute();
      await writeAudit(tx, db, meta, {
        action: 'unit.merged',
        entity: 'unit',
        entityId: unit.id,
        before: sources,
        after: { unit, closedOn: closeOn, predecessors: sourceIds, movedRoles: roles.length },
      });
      return unit;
    });
    const preds = new Map([[created.id, sourceIds]]);
    return toNode(created, { ...actor, scope: new Set([...actor.scope, created.id]) }, preds);
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateCode();
    throw error;
  }
}

// A unit's audit rows are its own: read by its administrators and those above.
registerAuditOwner('unit', async (db, id) => (await db.selectFrom('units').select('id').where('id', '=', id).executeTakeFirst())?.id ?? null);

// An account's rows (sign-ins, changes) are read where every unit it has a role in is in scope: as it is administered.
registerAuditOwner('account', async (db, id) => {
  const roles = await db.selectFrom('account_roles').select('unit_id').where('account_id', '=', id).execute();
  return roles.length ? commonAncestor(await listAllUnits(db), roles.map((r) => r.unit_id)) : null;
});
