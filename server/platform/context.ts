import type { Permission, Role } from '@core/domain/org/roles';

/** Who is acting, resolved from the session on every authenticated request. */
export interface Actor {
  accountId: number;
  username: string;
  fullName: string;
  language: 'vi' | 'en';
  mustChangePassword: boolean;
  totpEnabled: boolean;
  sessionId: string;
  assignments: { unitId: number; unitName: string; role: Role }[];
  activeUnitId: number | null;
  roles: Role[];
  permissions: Permission[];
  /** The active unit and all its descendants: the records this actor may see and change. */
  scope: ReadonlySet<number>;
  /** The scope is the whole unit tree: queries can skip the scope filter. */
  scopeIsEverything: boolean;
}

/** What every write records about its origin (audit log). */
export interface RequestMeta {
  actorId: number | null;
  actorName: string | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

export const systemMeta = (what: string): RequestMeta => ({
  actorId: null,
  actorName: what,
  ip: null,
  userAgent: null,
  requestId: null,
});
