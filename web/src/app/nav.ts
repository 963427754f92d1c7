/**
 * The navigation model: one entry per capability, with the permissions that reveal it. The side menu and
 * the route guards both read this table, so a hidden item is also an unreachable page (the server still
 * enforces; this only keeps the UI honest). Pure data so it can be unit-tested without a browser.
 */
import type { Permission } from '@core/domain/org/roles';

export type NavKey =
  | 'home'
  | 'reception'
  | 'letters'
  | 'cases'
  | 'people'
  | 'periods'
  | 'incidents'
  | 'reports'
  | 'calendar'
  | 'admin'
  | 'admin-units'
  | 'admin-places'
  | 'admin-officers'
  | 'admin-accounts'
  | 'admin-audit';

export interface NavEntry {
  key: NavKey;
  path: string;
  /** Visible when the user holds any of these; empty = everyone signed in. */
  anyOf: readonly Permission[];
  /** Not built yet: its page only says what will be there, and the home page says so on its tile. */
  planned?: true;
  children?: readonly NavEntry[];
}

export const ADMIN_CHILDREN: readonly NavEntry[] = [
  { key: 'admin-units', path: '/admin/units', anyOf: ['org.admin'] },
  { key: 'admin-places', path: '/admin/places', anyOf: ['org.admin'] },
  { key: 'admin-officers', path: '/admin/officers', anyOf: ['org.admin'] },
  { key: 'admin-accounts', path: '/admin/accounts', anyOf: ['accounts.admin'] },
  { key: 'admin-audit', path: '/admin/audit', anyOf: ['audit.read'] },
];

export const NAV: readonly NavEntry[] = [
  { key: 'home', path: '/', anyOf: [] },
  { key: 'reception', path: '/reception', anyOf: ['reception.read'] },
  { key: 'letters', path: '/letters', anyOf: ['letters.read'] },
  { key: 'cases', path: '/cases', anyOf: ['cases.read'] },
  { key: 'people', path: '/people', anyOf: ['people.read'] },
  { key: 'periods', path: '/periods', anyOf: ['periods.read'] },
  { key: 'incidents', path: '/incidents', anyOf: ['incidents.read'] },
  { key: 'reports', path: '/reports', anyOf: ['reports.read'], planned: true },
  { key: 'calendar', path: '/calendar', anyOf: ['calendar.read'] },
  { key: 'admin', path: '/admin', anyOf: ['org.admin', 'accounts.admin', 'audit.read'], children: ADMIN_CHILDREN },
];

export function allows(entry: Pick<NavEntry, 'anyOf'>, permissions: readonly Permission[]): boolean {
  return entry.anyOf.length === 0 || entry.anyOf.some((p) => permissions.includes(p));
}

/** The menu the user sees: entries they may open, with children filtered the same way. */
export function visibleNav(permissions: readonly Permission[]): NavEntry[] {
  const out: NavEntry[] = [];
  for (const entry of NAV) {
    if (!allows(entry, permissions)) continue;
    if (entry.children) {
      const children = entry.children.filter((c) => allows(c, permissions));
      if (children.length === 0) continue;
      out.push({ ...entry, children });
    } else {
      out.push(entry);
    }
  }
  return out;
}

/** Every visible key, flattened (what the e2e suite compares against the roles table). */
export function visibleNavKeys(permissions: readonly Permission[]): NavKey[] {
  return visibleNav(permissions).flatMap((e) => [e.key, ...(e.children ?? []).map((c) => c.key)]);
}

/** The screens of the registers' API lists: a work queue (`list`, an API path with its filters) opens there, filtered alike. */
const LIST_SCREENS: Readonly<Record<string, string>> = { '/api/visits': '/reception', '/api/letters': '/letters', '/api/cases': '/cases' };

/** '/api/letters?state=moi_nhan' → '/letters?state=moi_nhan'; undefined for a list the app has no screen for. */
export function queuePath(list: string): string | undefined {
  const q = list.indexOf('?');
  const screen = LIST_SCREENS[q < 0 ? list : list.slice(0, q)];
  return screen === undefined ? undefined : screen + (q < 0 ? '' : list.slice(q));
}

/** The entry whose path owns `pathname` (longest prefix wins), for highlighting and route guards. */
export function entryForPath(pathname: string): NavEntry | undefined {
  const all = NAV.flatMap((e) => [e, ...(e.children ?? [])]);
  let best: NavEntry | undefined;
  for (const e of all) {
    const matches = e.path === '/' ? pathname === '/' : pathname === e.path || pathname.startsWith(e.path + '/');
    if (matches && (!best || e.path.length > best.path.length)) best = e;
  }
  return best;
}
