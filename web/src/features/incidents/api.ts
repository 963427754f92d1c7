/** Incidents as the web app reads them: shapes are the server's zod schemas, taken as types only. */
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { TIncident, ZBoard, ZIncidentCreate, ZIncidentCreated, ZWardList, ZWorkingGroupList } from '@core/schemas/incidents';
import { api } from '../../lib/api';

export type Incident = TIncident;
export type Board = z.output<typeof ZBoard>;
export type IncidentCreate = z.input<typeof ZIncidentCreate>;
export type IncidentCreated = z.output<typeof ZIncidentCreated>;
export type WorkingGroups = z.output<typeof ZWorkingGroupList>;

export const INCIDENTS_KEY = ['incidents'] as const;

/** Refetched by every alert the shell receives (AlarmCenter invalidates the key) and every 5 s besides, so steps recorded elsewhere appear without reload. */
export function useBoard() {
  return useQuery({ queryKey: [...INCIDENTS_KEY, 'board'], queryFn: () => api.get<Board>('/api/incidents/board'), refetchInterval: 5_000 });
}

export function useWards() {
  return useQuery({ queryKey: [...INCIDENTS_KEY, 'wards'], queryFn: () => api.get<z.output<typeof ZWardList>>('/api/incidents/wards'), staleTime: 600_000 });
}

export function useWorkingGroups() {
  return useQuery({ queryKey: [...INCIDENTS_KEY, 'groups'], queryFn: () => api.get<WorkingGroups>('/api/working-groups'), staleTime: 60_000 });
}
