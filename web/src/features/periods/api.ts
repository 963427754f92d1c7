/**
 * Periods, their tasks, rosters and who is on duty now, as the web app reads them. Shapes are the server's zod
 * schemas taken as types only.
 */
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZDutyNow, ZPeriod, ZPeriodCopy, ZPeriodList, ZRoster, ZTask, ZTaskUpdate } from '@core/schemas/periods';
import { api } from '../../lib/api';

export type Period = z.output<typeof ZPeriod>;
export type PeriodSummary = z.output<typeof ZPeriodList>['items'][number];
export type PeriodCopy = z.input<typeof ZPeriodCopy>;
export type Task = z.output<typeof ZTask>;
export type TaskUpdate = z.input<typeof ZTaskUpdate>;
export type Roster = z.output<typeof ZRoster>;
export type Assignment = Roster['assignments'][number];
export type Gap = Roster['gaps'][number];
export type DutyNow = z.output<typeof ZDutyNow>;

export const PERIODS_KEY = ['periods'] as const;

export function usePeriods() {
  return useQuery({
    queryKey: PERIODS_KEY,
    queryFn: ({ signal }) => api.get<{ items: PeriodSummary[] }>('/api/periods', undefined, signal),
    select: (d) => d.items,
  });
}

export function usePeriod(id: number) {
  return useQuery({ queryKey: [...PERIODS_KEY, id], queryFn: ({ signal }) => api.get<Period>(`/api/periods/${id}`, undefined, signal) });
}

export function useTasks(id: number) {
  return useQuery({
    queryKey: [...PERIODS_KEY, id, 'tasks'],
    queryFn: ({ signal }) => api.get<{ items: Task[] }>(`/api/periods/${id}/tasks`, undefined, signal),
    select: (d) => d.items,
  });
}

export function useRoster(id: number) {
  return useQuery({ queryKey: [...PERIODS_KEY, id, 'roster'], queryFn: ({ signal }) => api.get<Roster>(`/api/periods/${id}/roster`, undefined, signal) });
}

export function useDutyNow() {
  return useQuery({
    queryKey: ['duty', 'now'],
    queryFn: ({ signal }) => api.get<DutyNow>('/api/duty/now', undefined, signal),
    // Shifts change on the hour; a minute's delay is fine for a board.
    refetchInterval: 60_000,
  });
}
