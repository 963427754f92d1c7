/**
 * Authority in the unit tree, beyond "the record is in my scope": who may change the tree itself and the settings that
 * apply to every unit. A role is held at a unit and reaches its subtree, so a unit's place in the tree (its parent) is
 * decided from above it: the top of the tree only by an administrator holding his role at the root.
 */
import type { Actor } from './context';
import { AppError } from './errors';

/** The administrator role held at the root: his scope is every unit. Settings that bind every unit are his alone. */
export const isWholeTreeAdmin = (actor: Actor): boolean => actor.scopeIsEverything && actor.roles.includes('admin');

export function requireWholeTreeAdmin(actor: Actor, message: string): void {
  if (!isWholeTreeAdmin(actor)) throw new AppError('FORBIDDEN', message);
}

/** May the actor put something under this unit (or at the top of the tree, `null`)? */
export const hasAuthorityOver = (actor: Actor, unitId: number | null): boolean => (unitId === null ? isWholeTreeAdmin(actor) : actor.scope.has(unitId));

/**
 * A record is created, moved or placed only inside the actor's scope: a unit or ward outside it would hand the
 * record to someone else (and out of the actor's own sight). The field is named so the form can point at it.
 */
export function assertPlacedInScope(actor: Actor, unitId: number, field: string): void {
  if (!actor.scope.has(unitId)) throw new AppError('OUT_OF_SCOPE', 'Đơn vị hoặc phường/xã được chọn nằm ngoài phạm vi quản lý của bạn.', { [field]: 'Ngoài phạm vi quản lý của bạn' });
}
