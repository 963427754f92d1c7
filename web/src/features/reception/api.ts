/**
 * The reception register as the web app sees it. Shapes come from core/schemas/visits.ts as types only; a visit of
 * a denouncer lists «Người tố cáo (được giữ bí mật)» as its people for users not cleared, as the server sends it.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZVisit, ZVisitCreate, ZVisitList, ZVisitListQuery } from '@core/schemas/visits';
import { api } from '../../lib/api';
import { useRecordList, type FilterValues } from '../records/list';

export type Visit = z.output<typeof ZVisit>;
export type VisitList = z.output<typeof ZVisitList>;
export type VisitListItem = VisitList['items'][number];
export type VisitCreate = z.input<typeof ZVisitCreate>;
export type VisitOutcome = NonNullable<VisitCreate['outcome']>;
export type VisitFilters = FilterValues<z.input<typeof ZVisitListQuery>>;

// Same list as core/schemas/visits.ts (VISIT_OUTCOMES), repeated so the screens need no zod at run time.
export const VISIT_OUTCOMES: readonly VisitOutcome[] = ['huong_dan', 'giai_thich', 'nhan_don', 'chuyen_don', 'de_xuat_lanh_dao_tiep', 'tu_choi'];

export const VISITS_KEY = ['visits'] as const;

export const useVisits = (filters: VisitFilters, page: number) => useRecordList<VisitListItem>(VISITS_KEY, '/api/visits', filters, page);

export function useCreateVisit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: VisitCreate) => api.post<Visit>('/api/visits', input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: VISITS_KEY });
      // A visit that received a letter put it in the letter register; the people's histories changed too.
      void queryClient.invalidateQueries({ queryKey: ['letters'] });
      void queryClient.invalidateQueries({ queryKey: ['people', 'history'] });
    },
  });
}
