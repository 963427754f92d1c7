/**
 * The API's shapes as the contract with the server defines them. The web app only reads what the server
 * presents; per-record `actions` say what the current user may do, so the UI never re-derives policy.
 */
import type { z } from 'zod';
import type { Permission, Role } from '@core/domain/org/roles';
import type { ZOfficer, ZPlace } from '@core/schemas/org';
import type { ZCatalog, ZCatalogEntry } from '@core/schemas/catalogs';

export type Language = 'vi' | 'en';

export interface Assignment {
  unitId: number;
  unitName: string;
  role: Role;
}

export interface Me {
  id: number;
  username: string;
  fullName: string;
  language: Language;
  mustChangePassword: boolean;
  totpEnabled: boolean;
  assignments: Assignment[];
  /** Null only for an account without any assignment (it can sign in but sees nothing). */
  activeUnitId: number | null;
  roles: Role[];
  permissions: Permission[];
}

export const UNIT_KINDS = ['province', 'city', 'district', 'ward', 'commune', 'agency', 'police', 'front', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const UNIT_LEVELS = ['province', 'district', 'commune'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

export interface UnitNode {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  level: UnitLevel;
  parentId: number | null;
  validFrom: string;
  validTo: string | null;
  predecessorIds: number[];
  version: number;
  actions: string[];
  children: UnitNode[];
}

export const PLACE_KINDS = ['reception_office', 'reception_point', 'ward_office', 'other'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** Places and officers come from core/schemas/org.ts as types only (no zod at run time), so new fields arrive typed. */
export type Place = z.output<typeof ZPlace>;
export type Officer = z.output<typeof ZOfficer>;

/** GET /api/catalogs: shared classification lists with Vietnamese and English labels. */
export type Catalog = z.output<typeof ZCatalog>;
export type CatalogEntry = z.output<typeof ZCatalogEntry>;
export type CatalogCode = Catalog['code'];

export interface Account {
  id: number;
  username: string;
  fullName: string;
  officerId: number | null;
  active: boolean;
  locked: boolean;
  totpEnabled: boolean;
  mustChangePassword: boolean;
  assignments: Assignment[];
  lastLoginAt: string | null;
  version: number;
  actions: string[];
}

export interface AuditEntry {
  id: number;
  at: string;
  actorId: number | null;
  actorName: string | null;
  ip: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface Health {
  status: 'ok';
  database: 'sqlite' | 'postgres';
  version: string;
}
