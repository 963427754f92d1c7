/**
 * Roles and permissions. Authorisation is default-deny: a permission not listed for a role is refused.
 * A role is always held *at a unit*; the holder's scope is that unit and its descendants, so a city-level
 * role is simply a role held at the city.
 */
export const ROLES = [
  'admin',
  'leader',
  'reception_officer',
  'petition_processor',
  'case_handler',
  'police_liaison',
  'inspectorate',
  'ward_officer',
  'read_only',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị hệ thống', en: 'Administrator' },
  leader: { vi: 'Lãnh đạo', en: 'Leader' },
  reception_officer: { vi: 'Cán bộ tiếp công dân', en: 'Reception officer' },
  petition_processor: { vi: 'Cán bộ xử lý đơn', en: 'Petition processor' },
  case_handler: { vi: 'Cán bộ giải quyết vụ việc', en: 'Case handler' },
  police_liaison: { vi: 'Cán bộ công an phối hợp', en: 'Police liaison' },
  inspectorate: { vi: 'Thanh tra', en: 'Inspectorate' },
  ward_officer: { vi: 'Cán bộ phường', en: 'Ward officer' },
  read_only: { vi: 'Chỉ xem', en: 'Read-only' },
};

/** Capabilities of the product; each has a read and (where it makes sense) a write permission. */
export const PERMISSIONS = [
  'reception.read',
  'reception.write',
  'letters.read',
  'letters.write',
  'cases.read',
  'cases.write',
  'periods.read',
  'periods.write',
  'incidents.read',
  'incidents.write',
  'reports.read',
  'reports.write',
  'people.read',
  'people.write',
  'calendar.read',
  'calendar.admin',
  'org.read',
  'org.admin',
  'accounts.admin',
  'audit.read',
  // Clearing an officer to see a denouncer's identity (Luật Tố cáo art. 56): the decision of the head of the unit.
  // Held by leaders (and, as every permission, by administrators); the clearances service further admits only a
  // leader role held at the record's own unit, so administering the system never opens an identity.
  'identity.clear',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const READ_ALL: Permission[] = [
  'reception.read',
  'letters.read',
  'cases.read',
  'periods.read',
  'incidents.read',
  'reports.read',
  'people.read',
  'calendar.read',
  'org.read',
];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  leader: [...READ_ALL, 'cases.write', 'incidents.write', 'periods.write', 'reports.write', 'identity.clear'],
  reception_officer: [
    'reception.read', 'reception.write', 'people.read', 'people.write', 'letters.read', 'cases.read',
    'periods.read', 'incidents.read', 'incidents.write', 'calendar.read', 'org.read',
  ],
  petition_processor: [
    'letters.read', 'letters.write', 'people.read', 'people.write', 'reception.read', 'cases.read',
    'reports.read', 'calendar.read', 'org.read',
  ],
  case_handler: ['cases.read', 'cases.write', 'letters.read', 'people.read', 'calendar.read', 'org.read'],
  police_liaison: [
    'incidents.read', 'incidents.write', 'periods.read', 'reception.read', 'people.read', 'calendar.read', 'org.read',
  ],
  inspectorate: [...READ_ALL, 'reports.write', 'audit.read'],
  ward_officer: [
    'reception.read', 'reception.write', 'letters.read', 'letters.write', 'cases.read', 'cases.write',
    'people.read', 'people.write', 'periods.read', 'incidents.read', 'incidents.write', 'reports.read',
    'reports.write', 'calendar.read', 'org.read',
  ],
  read_only: READ_ALL,
};

export function permissionsOf(roles: readonly Role[]): Permission[] {
  const set = new Set<Permission>();
  for (const role of roles) for (const p of ROLE_PERMISSIONS[role]) set.add(p);
  return PERMISSIONS.filter((p) => set.has(p));
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
