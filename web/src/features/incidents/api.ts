/** Incidents as the web app reads them: shapes are the server's zod schemas, taken as types only. */
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { TIncident, ZBoard, ZIncidentCreate, ZIncidentCreated, ZTimeline, ZWardList, ZWorkingGroupList } from '@core/schemas/incidents';
import { api } from '../../lib/api';

export type Incident = TIncident;
export type Board = z.output<typeof ZBoard>;
export type IncidentCreate = z.input<typeof ZIncidentCreate>;
export type IncidentCreated = z.output<typeof ZIncidentCreated>;
export type WorkingGroups = z.output<typeof ZWorkingGroupList>;

export const INCIDENTS_KEY = ['incidents'] as const;
/** What a board change makes stale: the board and the period's time line (not the wards or groups). */
export const BOARD_KEYS = [[...INCIDENTS_KEY, 'board'], [...INCIDENTS_KEY, 'timeline']] as const;

/** No polling: the shell's alert stream (AlarmCenter) invalidates the key on every committed board change in scope. */
export function useBoard() {
  return useQuery({ queryKey: BOARD_KEYS[0], queryFn: () => api.get<Board>('/api/incidents/board') });
}

export function useWards() {
  return useQuery({ queryKey: [...INCIDENTS_KEY, 'wards'], queryFn: () => api.get<z.output<typeof ZWardList>>('/api/incidents/wards'), staleTime: 600_000 });
}

export function useWorkingGroups() {
  return useQuery({ queryKey: [...INCIDENTS_KEY, 'groups'], queryFn: () => api.get<WorkingGroups>('/api/working-groups'), staleTime: 60_000 });
}

export type Timeline = z.output<typeof ZTimeline>;
export type TimelineEntry = Timeline['entries'][number];

/** The time line of [from, to): instants with their offset, dates as the officer picks them in Vietnam. */
export function useTimeline(from: string, to: string) {
  return useQuery({ queryKey: [...BOARD_KEYS[1], from, to], queryFn: () => api.get<Timeline>('/api/incidents/timeline', { from, to }) });
}
