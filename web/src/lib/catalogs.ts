/**
 * The shared catalogues (GET /api/catalogs): built-in entries plus those an administrator added, each with a
 * Vietnamese and an English label. One request serves every screen; they change rarely, so the answer is
 * kept for the session and refreshed when a window regains focus.
 */
import { useQuery } from '@tanstack/react-query';
import { api } from './api';
import { currentLanguage } from './i18n';
import type { Catalog, CatalogCode, CatalogEntry } from './types';

export const CATALOGS_KEY = ['catalogs'] as const;

export function useCatalog(code: CatalogCode) {
  const catalogs = useQuery({
    queryKey: CATALOGS_KEY,
    queryFn: ({ signal }) => api.get<{ items: Catalog[] }>('/api/catalogs', undefined, signal),
    staleTime: 5 * 60_000,
  });
  const entries: CatalogEntry[] = catalogs.data?.items.find((c) => c.code === code)?.entries ?? [];
  return {
    entries,
    isLoading: catalogs.isLoading,
    /** The entry's label in the interface language; an unknown code (say, from a newer server) shows as itself. */
    label: (entryCode: string): string => {
      const entry = entries.find((e) => e.code === entryCode);
      return entry ? entry[currentLanguage()] : entryCode;
    },
    /**
     * Select options: entries still in use, plus any retired one the record already carries so it stays readable
     * (and removable) instead of showing as a bare code.
     */
    options: (selected: readonly string[] = []) =>
      entries.filter((e) => e.active || selected.includes(e.code)).map((e) => ({ value: e.code, label: e[currentLanguage()] })),
  };
}
