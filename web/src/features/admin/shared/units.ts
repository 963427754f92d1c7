import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { todayInVietnam } from '../../../lib/dates';
import type { UnitNode } from '../../../lib/types';

export interface UnitsQuery {
  at: string;
  includeClosed: boolean;
}

export const unitsKey = (q: UnitsQuery) => ['units', q] as const;

export function useUnits(q: UnitsQuery = { at: todayInVietnam(), includeClosed: false }) {
  return useQuery({
    queryKey: unitsKey(q),
    queryFn: ({ signal }) => api.get<{ items: UnitNode[] }>('/api/units', { at: q.at, includeClosed: q.includeClosed }, signal),
    select: (data) => data.items,
  });
}

/** Depth-first walk, parents before children. */
export function flattenUnits(nodes: readonly UnitNode[]): UnitNode[] {
  const out: UnitNode[] = [];
  const visit = (n: UnitNode) => {
    out.push(n);
    n.children.forEach(visit);
  };
  nodes.forEach(visit);
  return out;
}

/** Ids of every node in the subtree rooted at `id` (a unit cannot be moved under its own descendant). */
export function subtreeIds(nodes: readonly UnitNode[], id: number): Set<number> {
  const root = flattenUnits(nodes).find((n) => n.id === id);
  return new Set(root ? flattenUnits([root]).map((n) => n.id) : []);
}

export interface UnitTreeOption {
  value: number;
  title: string;
  disabled?: boolean;
  children?: UnitTreeOption[];
}

/** TreeSelect data; `exclude` disables a subtree (e.g. the unit being edited as its own parent). */
export function toTreeOptions(nodes: readonly UnitNode[], exclude: ReadonlySet<number> = new Set()): UnitTreeOption[] {
  return nodes.map((n) => ({
    value: n.id,
    title: n.name,
    ...(exclude.has(n.id) ? { disabled: true } : {}),
    ...(n.children.length > 0 ? { children: toTreeOptions(n.children, exclude) } : {}),
  }));
}
