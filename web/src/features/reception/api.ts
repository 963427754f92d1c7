/**
 * The reception register as the web app sees it. Shapes come from core/schemas/visits.ts as types only; a visit of
 * a denouncer lists «Người tố cáo (được giữ bí mật)» as its people for users not cleared, as the server sends it.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { TFunction } from 'i18next';
import type { ZScreeningCurrent, ZVisitScreening } from '@core/schemas/health';
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

export type VisitScreening = z.output<typeof ZVisitScreening>;

/** The health screening in force for the user's unit now (null outside a period that screens). */
export function useCurrentScreening() {
  return useQuery({
    queryKey: ['health-screening', 'current'],
    queryFn: ({ signal }) => api.get<z.output<typeof ZScreeningCurrent>>('/api/health-screening/current', undefined, signal),
    staleTime: 5 * 60_000,
  });
}

/** Why a visit was flagged, in words: "cư trú tại Phường Vũ Ninh; trả lời: Thành phố Hà Nội". */
export function screeningReasons(s: VisitScreening, t: TFunction): string {
  return [...new Set(s.reasons.map((r) => t(`visitScreening.reasons.${r.kind}`, { area: r.area })))].join('; ');
}
