/**
 * The letter register as the web app sees it. Shapes come from core/schemas/letters.ts as types only. A letter's
 * writers arrive as the server decides: a denunciation's are only there for a cleared user, and its label is then
 * «Người tố cáo (được giữ bí mật)» for everyone else; the screens show what they get and never fill the gap.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZLetter, ZLetterClassify, ZLetterCreate, ZLetterDecide, ZLetterList, ZLetterListQuery, ZLetterRelate, ZRelatedLetters } from '@core/schemas/letters';
import { api } from '../../lib/api';
import { useRecordList, type FilterValues } from '../records/list';

export type Letter = z.output<typeof ZLetter>;
export type LetterList = z.output<typeof ZLetterList>;
export type LetterListItem = LetterList['items'][number];
export type LetterState = Letter['state'];
export type LetterCreate = z.input<typeof ZLetterCreate>;
export type LetterClassify = z.input<typeof ZLetterClassify>;
export type LetterDecide = z.input<typeof ZLetterDecide>;
export type RelatedLetters = z.output<typeof ZRelatedLetters>;
export type LetterRelate = z.input<typeof ZLetterRelate>;
export type LetterFilters = FilterValues<z.input<typeof ZLetterListQuery>>;

// Same list as core/domain/cases/letters.ts (LETTER_STATES), repeated so the screens need no zod at run time.
export const LETTER_STATES: readonly LetterState[] = ['moi_nhan', 'da_phan_loai', 'da_xu_ly'];

export const LETTERS_KEY = ['letters'] as const;
export const letterKey = (id: number) => ['letters', 'record', id] as const;

export const useLetters = (filters: LetterFilters, page: number) => useRecordList<LetterListItem>(LETTERS_KEY, '/api/letters', filters, page);

/**
 * One letter. Opening it is written to the audit log (and, for a cleared user, the reading of a sealed identity),
 * so like a citizen's record it is read because the user opened it, not again on focus or reconnect.
 */
export function useLetter(id: number) {
  return useQuery({
    queryKey: letterKey(id),
    queryFn: ({ signal }) => api.get<Letter>(`/api/letters/${id}`, undefined, signal),
    enabled: Number.isInteger(id) && id > 0,
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    retry: false,
  });
}

/** A change to a letter answers with the letter: keep it instead of reading (and logging) it again. */
function useLetterChange<I>(send: (input: I) => Promise<Letter>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (saved) => {
      queryClient.setQueryData(letterKey(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: [...LETTERS_KEY, 'list'] });
      // A decision may open a case or put the letter in another unit's inbox.
      void queryClient.invalidateQueries({ queryKey: ['cases'] });
    },
  });
}

export const useCreateLetter = () => useLetterChange((input: LetterCreate) => api.post<Letter>('/api/letters', input));
export const useClassifyLetter = (id: number) => useLetterChange((input: LetterClassify) => api.post<Letter>(`/api/letters/${id}/classify`, input));
export const useDecideLetter = (id: number) => useLetterChange((input: LetterDecide) => api.post<Letter>(`/api/letters/${id}/decide`, input));
export const useReceiveLetter = (id: number) => useLetterChange(() => api.post<Letter>(`/api/letters/${id}/receive`));

/** Letters scored against this one across units (not audited: it shows no writer and nothing out of scope). */
export function useRelatedLetters(id: number) {
  return useQuery({
    queryKey: [...letterKey(id), 'related'],
    queryFn: ({ signal }) => api.get<RelatedLetters>(`/api/letters/${id}/related`, undefined, signal),
    refetchOnWindowFocus: false,
  });
}

export function useRelateLetter(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LetterRelate) => api.post<Letter>(`/api/letters/${id}/relations`, input),
    onSuccess: (saved) => {
      queryClient.setQueryData(letterKey(id), saved);
      void queryClient.invalidateQueries({ queryKey: [...letterKey(id), 'related'], exact: true });
    },
  });
}
