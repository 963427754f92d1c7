/**
 * What the registers' lists (reception, letters, cases) share on the web: their filters live in the address bar —
 * so a queue in the menu opens its list already filtered, the back button restores a search and a link can be
 * shared — and they are read from the server a page at a time. Filters are the query string's own forms (the list
 * schemas' `z.input`: strings, 'true'/'false'), sent to the API as they are.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { api, toQueryString, type Query } from '../../lib/api';

export const PAGE_SIZE = 20;

/** A list's filters as the query string carries them. */
export type FilterValues<Q> = { [K in Exclude<keyof Q, 'limit' | 'offset'>]?: string };

export function useListState<F extends Record<string, string | undefined>>() {
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries([...params].filter(([k]) => k !== 'page')) as F;
  const page = Math.max(1, Number(params.get('page')) || 1);
  /** Changes some filters and goes back to the first page. */
  const filter = (next: Partial<F>) =>
    setParams(
      (prev) => {
        const out = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(next)) {
          if (value === undefined || value === '') out.delete(key);
          else out.set(key, value);
        }
        out.delete('page');
        return out;
      },
      { replace: true },
    );
  const setPage = (n: number) =>
    setParams((prev) => {
      const out = new URLSearchParams(prev);
      if (n > 1) out.set('page', String(n));
      else out.delete('page');
      return out;
    });
  return { filters, page, filter, setPage };
}

/** One page of a register's list (`path` is its API path); the previous page stays on screen while the next loads. */
export function useRecordList<T>(key: readonly unknown[], path: string, filters: Query, page: number) {
  return useQuery({
    queryKey: [...key, 'list', filters, page],
    queryFn: ({ signal }) => api.get<{ items: T[]; hasMore: boolean }>(path, { ...filters, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
}

/** The export of the list as it is filtered (a plain download: the session cookie goes with it). */
export const exportHref = (path: string, filters: Query): string => `${path}/export.xlsx${toQueryString(filters)}`;

/** 'true' when a check box is ticked, nothing otherwise (an unticked box is no filter, not "false"). */
export const ticked = (checked: boolean): string | undefined => (checked ? 'true' : undefined);
