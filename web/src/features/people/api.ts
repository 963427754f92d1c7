/**
 * The people register as the web app sees it. Shapes come from core/schemas/people.ts as types only: a runtime
 * import would pull zod into the chunk for nothing, while `z.output` keeps the screens in step with the API.
 */
import { keepPreviousData, useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZNameForms, ZPerson, ZPersonInput, ZPersonListItem, ZPersonMatch, ZPersonMatchResult, ZPersonSearchItem, ZPersonSearchResult, ZPlainNames } from '@core/schemas/people';
import type { ZPersonHistory } from '@core/schemas/person-history';
import { api } from '../../lib/api';

export type Person = z.output<typeof ZPerson>;
export type PersonInput = z.input<typeof ZPersonInput>;
export type PersonListItem = z.output<typeof ZPersonListItem>;
export type PersonSearchItem = z.output<typeof ZPersonSearchItem>;
export type PersonSearchResult = z.output<typeof ZPersonSearchResult>;
export type PersonMatchInput = z.input<typeof ZPersonMatch>;
export type PersonMatchResult = z.output<typeof ZPersonMatchResult>;
export type NameForms = z.output<typeof ZNameForms>;
export type IdType = NonNullable<Person['idType']>;
export type Gender = NonNullable<Person['gender']>;

// Same lists as core/schemas/people.ts (ID_TYPES, GENDERS), repeated so the screens need no zod at run time.
export const ID_TYPES: readonly IdType[] = ['cccd', 'cmnd', 'passport', 'other'];
export const GENDERS: readonly Gender[] = ['male', 'female', 'other'];

/** Shorter queries match half the register; the server accepts them, the screen waits for a second letter. */
export const MIN_QUERY_LENGTH = 2;
export const SEARCH_LIMIT = 20;

export const PEOPLE_SEARCH_KEY = ['people', 'search'] as const;
export const personKey = (id: number) => ['people', 'record', id] as const;

export function usePersonSearch(q: string, options: { limit?: number; enabled?: boolean } = {}) {
  const query = q.trim();
  const limit = options.limit ?? SEARCH_LIMIT;
  return useQuery({
    queryKey: [...PEOPLE_SEARCH_KEY, query, limit],
    queryFn: ({ signal }) => api.get<PersonSearchResult>('/api/people/search', { q: query, limit }, signal),
    select: (d) => d.items,
    enabled: (options.enabled ?? true) && query.length >= MIN_QUERY_LENGTH,
    // Typing one more letter keeps the old rows on screen until the new ones arrive instead of flashing empty.
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/**
 * The search list of the Công dân page: the best SEARCH_LIMIT first, then "Xem thêm" asks for the next ones.
 * `truncated` says the register holds more matches than a search ranks, so the officer should type more.
 */
export function usePersonSearchPages(q: string) {
  const query = q.trim();
  const result = useInfiniteQuery({
    queryKey: [...PEOPLE_SEARCH_KEY, 'pages', query],
    queryFn: ({ pageParam, signal }) => api.get<PersonSearchResult>('/api/people/search', { q: query, limit: SEARCH_LIMIT, offset: pageParam }, signal),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => (last.hasMore ? pages.reduce((n, p) => n + p.items.length, 0) : undefined),
    enabled: query.length >= MIN_QUERY_LENGTH,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  const pages = result.data?.pages ?? [];
  return { ...result, items: pages.flatMap((p) => p.items), truncated: pages.at(-1)?.truncated ?? false };
}

/** Records saved with a name without diacritics ("chưa chuẩn hóa"), a page at a time, newest first. */
export function usePlainNames(page: number, pageSize: number, enabled: boolean) {
  return useQuery({
    queryKey: [...PEOPLE_SEARCH_KEY, 'plain', page, pageSize],
    queryFn: ({ signal }) => api.get<z.output<typeof ZPlainNames>>('/api/people/plain-names', { page, pageSize }, signal),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** How a name typed without diacritics is written in the register (syllable spellings only, no records). */
export function useNameForms(name: string | null) {
  return useQuery({
    queryKey: ['people', 'name-forms', name],
    queryFn: ({ signal }) => api.get<NameForms>('/api/people/name-forms', { name }, signal),
    enabled: name !== null,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

/**
 * Records that may be the person being typed into the "Thêm công dân" form: the server weighs identity number,
 * name, birth year and address together (POST because the body carries the unsaved person; it changes nothing).
 */
export function usePersonMatches(input: PersonMatchInput | null) {
  return useQuery({
    queryKey: ['people', 'match', input],
    queryFn: () => api.post<PersonMatchResult>('/api/people/match', input),
    enabled: input !== null,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/**
 * One person's full record. The server writes every read to the audit log ("who looked at this citizen"), so
 * the record is fetched only because the user opened it: never refetched on focus or reconnect, and dropped
 * from the cache as soon as the page closes so that opening it again is a new, logged read.
 */
export function usePerson(id: number) {
  return useQuery({
    queryKey: personKey(id),
    queryFn: ({ signal }) => api.get<Person>(`/api/people/${id}`, undefined, signal),
    enabled: Number.isInteger(id) && id > 0,
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    retry: false,
  });
}

/** After a save the server's answer is the record: store it instead of reading (and logging) it again. */
export function useStorePerson(): (person: Person) => void {
  const queryClient = useQueryClient();
  return (person) => {
    queryClient.setQueryData(personKey(person.id), person);
    void queryClient.invalidateQueries({ queryKey: PEOPLE_SEARCH_KEY });
  };
}

export type PersonHistory = z.output<typeof ZPersonHistory>;

/** A citizen's visits, letters and cases within the user's scope, with the warnings the reception desk needs. */
export function usePersonHistory(id: number | null) {
  return useQuery({
    queryKey: ['people', 'history', id],
    queryFn: ({ signal }) => api.get<PersonHistory>(`/api/people/${id}/history`, undefined, signal),
    enabled: id !== null && Number.isInteger(id) && id > 0,
    staleTime: 30_000,
  });
}
