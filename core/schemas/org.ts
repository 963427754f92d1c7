import { z } from 'zod';
import { ZActions, ZId, ZIsoDate, ZPage, ZRef, ZStr, ZText, ZVersion } from './common';
import { ZRole } from './auth';

export const UNIT_KINDS = ['province', 'city', 'district', 'ward', 'commune', 'agency', 'police', 'front', 'other'] as const;
export const UNIT_LEVELS = ['province', 'district', 'commune'] as const;
export const ZUnitKind = z.enum(UNIT_KINDS);

export const ZUnitCode = ZStr('Mã đơn vị')
  .trim()
  .regex(/^[A-Za-z0-9._-]{1,50}$/, 'Mã đơn vị gồm chữ không dấu, số, dấu chấm, gạch ngang (tối đa 50 ký tự)');

export interface TUnitNode {
  id: number;
  code: string;
  name: string;
  kind: (typeof UNIT_KINDS)[number];
  level: (typeof UNIT_LEVELS)[number];
  parentId: number | null;
  validFrom: string;
  validTo: string | null;
  predecessorIds: number[];
  version: number;
  actions: string[];
  children: TUnitNode[];
}

export const ZUnitNode: z.ZodType<TUnitNode> = z.lazy(() =>
  z.object({
    id: z.number().int(),
    code: z.string(),
    name: z.string(),
    kind: ZUnitKind,
    level: z.enum(UNIT_LEVELS),
    parentId: z.number().int().nullable(),
    validFrom: z.string(),
    validTo: z.string().nullable(),
    predecessorIds: z.array(z.number().int()),
    version: z.number().int(),
    actions: ZActions,
    children: z.array(ZUnitNode),
  }),
);
// The tree refers to itself, so OpenAPI needs it as a named component.
z.globalRegistry.add(ZUnitNode, { id: 'UnitNode' });

export const ZUnitsQuery = z.object({
  at: ZIsoDate.optional().describe('Cây đơn vị có hiệu lực vào ngày này (mặc định hôm nay)'),
  includeClosed: z.enum(['true', 'false']).optional().transform((v) => v === 'true'),
});

export const ZUnitCreate = z.object({
  code: ZUnitCode,
  name: ZText(255, 'Tên đơn vị'),
  kind: ZUnitKind,
  parentId: ZRef('Đơn vị cấp trên').nullable(),
  validFrom: ZIsoDate,
});

export const ZUnitUpdate = z.object({
  version: ZVersion,
  code: ZUnitCode.optional(),
  name: ZText(255, 'Tên đơn vị').optional(),
  kind: ZUnitKind.optional(),
  parentId: ZRef('Đơn vị cấp trên').nullable().optional(),
  validTo: ZIsoDate.nullable().optional(),
});

export const ZUnitMerge = z.object({
  sourceIds: z.array(ZRef('Đơn vị bị sáp nhập')).min(1, 'Chọn ít nhất một đơn vị bị sáp nhập').max(50),
  effectiveOn: ZIsoDate.describe('Ngày đơn vị mới có hiệu lực; các đơn vị cũ hết hiệu lực từ ngày hôm trước'),
  unit: z.object({ code: ZUnitCode, name: ZText(255, 'Tên đơn vị'), kind: ZUnitKind, parentId: ZRef('Đơn vị cấp trên').nullable() }),
});

export const PLACE_KINDS = ['reception_office', 'reception_point', 'ward_office', 'other'] as const;
export const ZPlace = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.enum(PLACE_KINDS),
  unitId: z.number().int(),
  unitName: z.string(),
  address: z.string(),
  wardUnitId: z.number().int().nullable().describe('Phường/xã nơi đặt địa điểm'),
  wardName: z.string().nullable(),
  phone: z.string().nullable(),
  active: z.boolean(),
  version: z.number().int(),
  actions: ZActions,
});
const placeFields = {
  name: ZText(255, 'Tên địa điểm'),
  kind: z.enum(PLACE_KINDS),
  unitId: ZRef('Đơn vị'),
  address: ZText(500, 'Địa chỉ'),
  wardUnitId: ZRef('Phường/xã').nullish(),
  phone: ZStr('Số điện thoại').max(30, 'Số điện thoại dài tối đa 30 ký tự').nullish(),
  active: z.boolean(),
};
export const ZPlaceCreate = z.object({ ...placeFields, active: placeFields.active.default(true) });
// Built from the fields without defaults: a PATCH that leaves a field out must leave it unchanged.
export const ZPlaceUpdate = z.object(placeFields).partial().extend({ version: ZVersion });

export const ZOfficer = z.object({
  id: z.number().int(),
  fullName: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  position: z.string(),
  phones: z.array(z.string()),
  dutyRoles: z.array(z.string()).describe('Nhiệm vụ có thể phân công trực (danh mục duty_role)'),
  email: z.string().nullable(),
  active: z.boolean(),
  accountId: z.number().int().nullable(),
  version: z.number().int(),
  actions: ZActions,
});
const officerFields = {
  fullName: ZText(150, 'Họ tên'),
  unitId: ZRef('Đơn vị'),
  position: ZText(150, 'Chức vụ'),
  phones: z.array(ZStr('Số điện thoại').max(30, 'Số điện thoại dài tối đa 30 ký tự')).max(5),
  dutyRoles: z.array(ZStr('Nhiệm vụ trực').max(60)).max(20),
  email: ZStr('Email').max(254, 'Email dài tối đa 254 ký tự').pipe(z.email('Email không hợp lệ')).nullish(),
  active: z.boolean(),
};
export const ZOfficerCreate = z.object({
  ...officerFields,
  phones: officerFields.phones.default([]),
  dutyRoles: officerFields.dutyRoles.default([]),
  active: officerFields.active.default(true),
});
export const ZOfficerUpdate = z.object(officerFields).partial().extend({ version: ZVersion });
export const ZOfficersQuery = ZPage.extend({
  q: ZStr('Chuỗi tìm kiếm').max(100, 'Chuỗi tìm kiếm dài tối đa 100 ký tự').optional(),
  unitId: ZId.optional(),
});

export const ZAccountAssignment = z.object({ unitId: ZRef('Đơn vị'), role: ZRole });
export const ZAccount = z.object({
  id: z.number().int(),
  username: z.string(),
  fullName: z.string(),
  officerId: z.number().int().nullable(),
  active: z.boolean(),
  locked: z.boolean(),
  totpEnabled: z.boolean(),
  mustChangePassword: z.boolean(),
  assignments: z.array(z.object({ unitId: z.number().int(), unitName: z.string(), role: ZRole })),
  lastLoginAt: z.string().nullable(),
  version: z.number().int(),
  actions: ZActions,
});
export const ZUsername = ZStr('Tên đăng nhập')
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,50}$/, 'Tên đăng nhập gồm 3–50 ký tự: chữ không dấu, số, dấu chấm, gạch dưới, gạch ngang');
export const ZAccountCreate = z.object({
  username: ZUsername,
  password: ZStr('Mật khẩu').min(1, 'Hãy nhập mật khẩu').max(200, 'Mật khẩu dài tối đa 200 ký tự'),
  fullName: ZText(150, 'Họ tên'),
  officerId: ZRef('Cán bộ').nullish(),
  assignments: z.array(ZAccountAssignment).min(1, 'Tài khoản cần ít nhất một vai trò tại một đơn vị').max(20),
});
export const ZAccountUpdate = z.object({
  version: ZVersion,
  fullName: ZText(150, 'Họ tên').optional(),
  active: z.boolean().optional(),
  assignments: z.array(ZAccountAssignment).min(1, 'Tài khoản cần ít nhất một vai trò tại một đơn vị').max(20).optional(),
});
export const ZResetPassword = z.object({ newPassword: ZStr('Mật khẩu mới').min(1, 'Hãy nhập mật khẩu mới').max(200, 'Mật khẩu dài tối đa 200 ký tự') });
export const ZAccountsQuery = ZPage.extend({ q: ZStr('Chuỗi tìm kiếm').max(100, 'Chuỗi tìm kiếm dài tối đa 100 ký tự').optional() });

export const ZListOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
export const ZPageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int() });

