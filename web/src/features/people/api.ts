/**
 * The people register as the web app sees it. Shapes come from core/schemas/people.ts as types only: a runtime
 * import would pull zod into the chunk for nothing, while `z.output` keeps the screens in step with the API.
 */
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZPerson, ZPersonInput, ZPersonMatch, ZPersonSearchItem } from '@core/schemas/people';
import { api } from '../../lib/api';

export type Person = z.output<typeof ZPerson>;
export type PersonInput = z.input<typeof ZPersonInput>;
export type PersonSearchItem = z.output<typeof ZPersonSearchItem>;
export type PersonMatchInput = z.input<typeof ZPersonMatch>;
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
    queryFn: ({ signal }) => api.get<{ items: PersonSearchItem[] }>('/api/people/search', { q: query, limit }, signal),
    select: (d) => d.items,
    enabled: (options.enabled ?? true) && query.length >= MIN_QUERY_LENGTH,
    // Typing one more letter keeps the old rows on screen until the new ones arrive instead of flashing empty.
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/**
 * Records that may be the person being typed into the "Thêm công dân" form: the server weighs identity number,
 * name, birth year and address together (POST because the body carries the unsaved person; it changes nothing).
 */
export function usePersonMatches(input: PersonMatchInput | null) {
  return useQuery({
    queryKey: ['people', 'match', input],
    queryFn: () => api.post<{ items: PersonSearchItem[] }>('/api/people/match', input),
    select: (d) => d.items,
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
