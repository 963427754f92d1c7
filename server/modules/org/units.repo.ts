import type { Executor } from '../../db/database';
import type { UnitRow } from '../../db/schema';

export async function listAllUnits(db: Executor): Promise<UnitRow[]> {
  return db.selectFrom('units').selectAll().orderBy('id').execute();
}

export async function predecessorsByUnit(db: Executor): Promise<Map<number, number[]>> {
  const rows = await db.selectFrom('unit_predecessors').selectAll().execute();
  const map = new Map<number, number[]>();
  for (const r of rows) map.set(r.unit_id, [...(map.get(r.unit_id) ?? []), r.predecessor_id]);
  return map;
}

/** The unit and everything below it. Units number in the hundreds, so one scan beats a recursive query on both engines. */
export function descendantsOf(units: readonly Pick<UnitRow, 'id' | 'parent_id'>[], rootId: number): Set<number> {
  const children = new Map<number, number[]>();
  for (const u of units) if (u.parent_id !== null) children.set(u.parent_id, [...(children.get(u.parent_id) ?? []), u.id]);
  const out = new Set<number>();
  const stack = [rootId];
  while (stack.length) {
    const id = stack.pop() as number;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/** Residence and location fields point at a ward or commune, never at an agency or a city. */
export async function isWardOrCommune(db: Executor, id: number): Promise<boolean> {
  const unit = await db.selectFrom('units').select('kind').where('id', '=', id).executeTakeFirst();
  return !!unit && (unit.kind === 'ward' || unit.kind === 'commune');
}

/**
 * The lowest unit above (or at) every given unit: whoever's scope holds it holds them all. An account with roles in
 * two wards belongs, for the audit, to the city above both. Null when there is none (no units, or two trees).
 */
export function commonAncestor(units: readonly Pick<UnitRow, 'id' | 'parent_id'>[], ids: readonly number[]): number | null {
  const parent = new Map(units.map((u) => [u.id, u.parent_id]));
  const chain = (id: number): number[] => {
    const out: number[] = [];
    for (let at: number | null | undefined = id; at !== null && at !== undefined && !out.includes(at); at = parent.get(at)) out.push(at);
    return out;
  };
  const [first, ...rest] = ids;
  if (first === undefined) return null;
  const others = rest.map((id) => new Set(chain(id)));
  return chain(first).find((candidate) => others.every((c) => c.has(candidate))) ?? null;
}
