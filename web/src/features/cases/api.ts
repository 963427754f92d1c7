/**
 * Cases as the web app sees them. Shapes come from core/schemas/cases.ts as types only (no zod at run time); the
 * steps a user may take are the record's `actions`, computed by the server from the state machine and the roles.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZCase, ZCaseList, ZCaseListItem, ZCaseListQuery, ZCaseTransitionInput, ZCaseUrge } from '@core/schemas/cases';
import { api } from '../../lib/api';
import { useRecordList, type FilterValues } from '../records/list';

export type Case = z.output<typeof ZCase>;
export type CaseListItem = z.output<typeof ZCaseListItem>;
export type CaseList = z.output<typeof ZCaseList>;
export type CaseState = Case['state'];
export type CaseType = Case['type'];
export type CaseUrge = z.input<typeof ZCaseUrge>;
export type CaseTransitionInput = z.input<typeof ZCaseTransitionInput>;
export type CaseTransition = CaseTransitionInput['transition'];
/** Filters as the list sends them (the query string carries booleans as true/false). */
export type CaseFilters = FilterValues<z.input<typeof ZCaseListQuery>>;

// Same lists as core/domain/cases/machine.ts, repeated so the screens need no zod or rules at run time.
export const CASE_STATES: readonly CaseState[] = ['cho_thu_ly', 'dang_giai_quyet', 'dang_xac_minh', 'tam_dinh_chi', 'da_giai_quyet', 'khong_thu_ly', 'khoi_kien', 'dinh_chi', 'da_dong'];
export const CASE_TYPES: readonly CaseType[] = ['khieu_nai', 'to_cao', 'kien_nghi_phan_anh'];
const TRANSITIONS: readonly CaseTransition[] = ['thu_ly', 'khong_thu_ly', 'xac_minh', 'gia_han', 'tam_dinh_chi', 'tiep_tuc', 'giai_quyet', 'khieu_nai_lan_2', 'khoi_kien', 'rut_don', 'dinh_chi', 'giai_quyet_lai', 'dong'];

/** The steps among a record's actions (the rest, such as "edit", are not transitions). */
export function transitionsOf(actions: readonly string[]): CaseTransition[] {
  return TRANSITIONS.filter((step) => actions.includes(step));
}

/** Steps the server refuses without the act they are taken by (number, date, signer): ZCaseTransitionInput. */
export const NEEDS_DECISION: ReadonlySet<CaseTransition> = new Set(['gia_han', 'tam_dinh_chi', 'giai_quyet', 'dinh_chi']);

export const CASES_KEY = ['cases'] as const;
export const caseKey = (id: number) => ['cases', 'record', id] as const;

export const useCases = (filters: CaseFilters, page: number) => useRecordList<CaseListItem>(CASES_KEY, '/api/cases', filters, page);

export function useCase(id: number) {
  return useQuery({
    queryKey: caseKey(id),
    queryFn: ({ signal }) => api.get<Case>(`/api/cases/${id}`, undefined, signal),
    enabled: Number.isInteger(id) && id > 0,
    retry: false,
  });
}

/** One step of the case with the version the user saw; the answer is the case as it now stands. */
export function useCaseTransition(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CaseTransitionInput) => api.post<Case>(`/api/cases/${id}/transitions`, input),
    onSuccess: (saved) => {
      queryClient.setQueryData(caseKey(id), saved);
      void queryClient.invalidateQueries({ queryKey: [...CASES_KEY, 'list'] });
    },
  });
}

/** Issues the urging letter; the answer is the case with the urging on its timeline. */
export function useUrgeCase(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CaseUrge) => api.post<Case>(`/api/cases/${id}/urge`, input),
    onSuccess: (saved) => {
      queryClient.setQueryData(caseKey(id), saved);
      void queryClient.invalidateQueries({ queryKey: [...CASES_KEY, 'list'] });
    },
  });
}
