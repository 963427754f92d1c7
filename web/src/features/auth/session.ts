/**
 * The signed-in user ("me") lives in the query cache under ['me']: null means signed out. Login, logout,
 * 401s and unit/language switches all write that one entry, and the router reacts to it.
 */
import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Permission } from '@core/domain/org/roles';
import { ApiError, CSRF_COOKIE, readCookie, request } from '../../lib/api';
import type { Me } from '../../lib/types';

export const ME_KEY = ['me'] as const;

/**
 * The session check. Sign-in sets the session cookie (unreadable here) together with the CSRF cookie, and sign-out
 * clears both: with no CSRF cookie there is no session to ask about, so the login page makes no request that the
 * browser would log as a failed 401. A cookie left from a session that has since ended still gets its 401 → null.
 */
export async function fetchMe(): Promise<Me | null> {
  if (!readCookie(CSRF_COOKIE)) return null;
  try {
    return await request<Me>('GET', '/api/me', { skipUnauthorizedRedirect: true });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** Shared by useMe and the start-up prefetch (main.tsx), so both are one and the same query. */
export const meQuery = queryOptions({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000, retry: false });

export function useMe() {
  return useQuery(meQuery);
}

/** The current user, for components that only render inside the signed-in shell. */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser outside a signed-in route');
  return data;
}

export function useCan(): (permission: Permission) => boolean {
  const { data } = useMe();
  const permissions = data?.permissions ?? [];
  return (permission) => permissions.includes(permission);
}

export type SessionEnd = 'logout' | 'expired';
/**
 * Why the last session ended, for the login page's notice and to decide whether to remember the page
 * (after a 401 the user wants to go back to it; after "Đăng xuất" he does not). Module state on purpose:
 * it must survive the unmount of the whole signed-in tree.
 */
let lastEnd: SessionEnd | null = null;
export function sessionEnd(): SessionEnd | null {
  return lastEnd;
}
export function forgetSessionEnd(): void {
  lastEnd = null;
}

/** After a sign-out or a 401: forget everything the previous user could see, keep only "signed out". */
export function clearSession(queryClient: QueryClient, reason: SessionEnd): void {
  // A 401 that races a deliberate logout must not turn it into "session expired".
  if (!(reason === 'expired' && queryClient.getQueryData(ME_KEY) === null)) lastEnd = reason;
  queryClient.cancelQueries().catch(() => undefined);
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
  queryClient.setQueryData(ME_KEY, null);
}

/** The user changed (unit switch, 2FA, password): store the new Me and refetch data scoped by it. */
export function useReplaceMe(): (me: Me, options?: { refetchScoped?: boolean }) => void {
  const queryClient = useQueryClient();
  return (me, options) => {
    queryClient.setQueryData(ME_KEY, me);
    if (options?.refetchScoped) {
      void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
    }
  };
}
