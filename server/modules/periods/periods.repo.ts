import type { Selectable } from 'kysely';
import { bool, type Executor } from '../../db/database';
import type { PeriodsTable } from '../../db/schema';
import type { Actor } from '../../platform/context';
import { AppError } from '../../platform/errors';

export type PeriodRow = Selectable<PeriodsTable>;

/** Instants are stored in one format (UTC, `toISOString`): SQLite's overlap triggers compare them as text. */
export const instant = (iso: string): string => new Date(iso).toISOString();

/** dd/mm/yyyy hh:mm in Vietnam, for sentences. */
export function vnDateTime(iso: string): string {
  const t = new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString();
  return `${t.slice(8, 10)}/${t.slice(5, 7)}/${t.slice(0, 4)} ${t.slice(11, 16)}`;
}

/** The local date (Asia/Ho_Chi_Minh) of an instant. */
export const vnDate = (iso: string): string => new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString().slice(0, 10);

/**
 * A period is seen by the units in the scope of its owner or of one of its participating units (a ward sees the
 * city's plan it takes part in); out of view it answers 404 like a missing one.
 */
export async function visiblePeriodIds(k: Executor, actor: Actor): Promise<number[] | 'all'> {
  if (actor.scopeIsEverything) return 'all';
  const scope = [...actor.scope];
  if (!scope.length) return [];
  const [own, joined] = await Promise.all([
    k.selectFrom('periods').select('id').where('unit_id', 'in', scope).execute(),
    k.selectFrom('period_units').select('period_id as id').where('unit_id', 'in', scope).execute(),
  ]);
  return [...new Set([...own, ...joined].map((r) => r.id))];
}

/** Whether the actor sees the period (record policies: a period's records are read where the period is). */
export async function seesPeriod(k: Executor, actor: Actor, periodId: number): Promise<boolean> {
  if (!actor.permissions.includes('periods.read')) return false;
  const visible = await visiblePeriodIds(k, actor);
  return visible === 'all' || visible.includes(periodId);
}

export async function loadPeriod(k: Executor, actor: Actor, id: number): Promise<PeriodRow> {
  const row = await k.selectFrom('periods').selectAll().where('id', '=', id).executeTakeFirst();
  const visible = row ? await visiblePeriodIds(k, actor) : [];
  if (!row || (visible !== 'all' && !visible.includes(id))) throw new AppError('NOT_FOUND', 'Không tìm thấy đợt.');
  return row;
}

/** Plans and rosters are changed by those holding periods.write over the owning unit. */
export function assertCanPlan(actor: Actor, period: Pick<PeriodRow, 'unit_id'>): void {
  if (!actor.permissions.includes('periods.write') || !actor.scope.has(period.unit_id)) throw new AppError('FORBIDDEN', 'Chỉ lãnh đạo hoặc người quản lý của đơn vị chủ trì mới thay đổi được đợt này.');
}

export const canPlan = (actor: Actor, period: Pick<PeriodRow, 'unit_id'>): boolean => actor.permissions.includes('periods.write') && actor.scope.has(period.unit_id);

/** A unit works its own tasks: any role but read-only over the task's unit. */
export const worksIn = (actor: Actor, unitId: number): boolean => actor.scope.has(unitId) && actor.roles.some((r) => r !== 'read_only');

/** Constraint errors from either engine, by the constraint's (or trigger's) name. */
export function isConstraint(error: unknown, name: string): boolean {
  if (!(error instanceof Error)) return false;
  const e = error as Error & { code?: string; constraint?: string };
  return e.constraint === name || (e.code?.startsWith('SQLITE_CONSTRAINT') === true && e.message.includes(name));
}

/**
 * Published shifts running at the instant `at`, joined with their officer and place: the one reading of "on duty now"
 * behind GET /api/duty/now, the alerts' routing (roster-directory.ts) and the missed check-in's shift leader.
 */
export function onDutyAt(k: Executor, at: string) {
  return k
    .selectFrom('roster_assignments')
    .innerJoin('officers', 'officers.id', 'roster_assignments.officer_id')
    .innerJoin('places', 'places.id', 'roster_assignments.place_id')
    .where('roster_assignments.published', '=', bool(true))
    .where('roster_assignments.starts_at', '<=', instant(at))
    .where('roster_assignments.ends_at', '>', instant(at));
}
