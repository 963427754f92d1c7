import { Navigate } from 'react-router';
import { useCurrentUser } from '../features/auth/session';
import { visibleNav } from './nav';

/** /admin has no page of its own: open the first administration screen this user may use. */
export function AdminIndex() {
  const me = useCurrentUser();
  const first = visibleNav(me.permissions).find((e) => e.key === 'admin')?.children?.[0];
  return <Navigate to={first?.path ?? '/'} replace />;
}
