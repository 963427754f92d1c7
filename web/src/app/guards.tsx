import { Suspense, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { sessionEnd, useMe } from '../features/auth/session';
import { FullPageSpinner } from '../components/FullPageSpinner';
import { StatusPage } from '../components/StatusPage';
import { allows, NAV, type NavKey } from './nav';
import { lazyNamed } from './lazy';

const Shell = lazyNamed(() => import('./Shell'), 'Shell', ['shell']);
const ForcedPasswordPage = lazyNamed(() => import('../features/auth/ForcedPasswordPage'), 'ForcedPasswordPage', ['shell']);
// Illustrated, and only ever shown inside the shell: not worth a place in the first download.
const Forbidden = lazyNamed(() => import('../components/ResultPages'), 'Forbidden');

function SessionError() {
  const { t } = useTranslation();
  return <StatusPage status="warning" title={t('errors.loadFailed')} subTitle={t('errors.network')} />;
}

/** Signed-in area: unknown session → spinner; none → login (remembering the page); new password first. */
export function RequireAuth() {
  const { data: me, isPending, isError } = useMe();
  if (isPending) return <FullPageSpinner />;
  if (isError) return <SessionError />;
  if (!me) {
    // The address bar, not the router's rendered location: a navigation still loading its screen when the
    // 401 lands has already put its URL there, and that is where the user wanted to go.
    const next = window.location.pathname + window.location.search;
    const remember = next !== '/' && sessionEnd() !== 'logout';
    return <Navigate to={remember ? `/login?next=${encodeURIComponent(next)}` : '/login'} replace />;
  }
  return <Suspense fallback={<FullPageSpinner />}>{me.mustChangePassword ? <ForcedPasswordPage /> : <Shell />}</Suspense>;
}

/** Only safe, same-site paths may be used as the post-login destination. */
export function safeNext(raw: string | null): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/login')) return '/';
  return raw;
}

/** The login page is for signed-out users; a signed-in user goes straight where he was heading. */
export function PublicOnly({ children }: { children: ReactNode }) {
  const { data: me, isPending } = useMe();
  const location = useLocation();
  if (isPending) return <FullPageSpinner />;
  if (me) return <Navigate to={safeNext(new URLSearchParams(location.search).get('next'))} replace />;
  return <Suspense fallback={<FullPageSpinner />}>{children}</Suspense>;
}

/** A page the nav table hides from this user is also refused here (the server refuses the data anyway). */
export function RequireNav({ navKey, children }: { navKey: NavKey; children: ReactNode }) {
  const { data: me } = useMe();
  const entry = NAV.flatMap((e) => [e, ...(e.children ?? [])]).find((e) => e.key === navKey);
  if (!me || !entry || !allows(entry, me.permissions)) return <Forbidden />;
  return <>{children}</>;
}
