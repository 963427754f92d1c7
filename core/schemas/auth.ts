import { z } from 'zod';
import { PERMISSIONS, ROLES } from '../domain/org/roles';
import { ZRef, ZStr } from './common';

export const ZRole = z.enum(ROLES);
export const ZPermission = z.enum(PERMISSIONS);

export const ZLoginRequest = z.object({
  username: ZStr('Tên đăng nhập').trim().min(1, 'Hãy nhập tên đăng nhập').max(100, 'Tên đăng nhập dài tối đa 100 ký tự'),
  password: ZStr('Mật khẩu').min(1, 'Hãy nhập mật khẩu').max(200, 'Mật khẩu dài tối đa 200 ký tự'),
  totp: ZStr('Mã xác thực').trim().regex(/^\d{6}$/, 'Mã xác thực gồm 6 chữ số').optional(),
});

export const ZAssignment = z.object({ unitId: z.number().int(), unitName: z.string(), role: ZRole });

export const ZMe = z.object({
  id: z.number().int(),
  username: z.string(),
  fullName: z.string(),
  language: z.enum(['vi', 'en']),
  mustChangePassword: z.boolean(),
  totpEnabled: z.boolean(),
  assignments: z.array(ZAssignment),
  activeUnitId: z.number().int().nullable(),
  roles: z.array(ZRole),
  permissions: z.array(ZPermission),
});
export type TMe = z.infer<typeof ZMe>;

export const ZLoginResponse = z.object({ user: ZMe });

export const ZChangePassword = z.object({
  currentPassword: ZStr('Mật khẩu hiện tại').min(1, 'Hãy nhập mật khẩu hiện tại').max(200, 'Mật khẩu dài tối đa 200 ký tự'),
  newPassword: ZStr('Mật khẩu mới').min(1, 'Hãy nhập mật khẩu mới').max(200, 'Mật khẩu dài tối đa 200 ký tự'),
});

export const ZActiveUnit = z.object({ unitId: ZRef('Đơn vị') });
export const ZLanguage = z.object({ language: z.enum(['vi', 'en']) });
/** The current password, asked again before the second factor is set up, enabled or removed. */
export const ZReauth = z.object({ password: ZStr('Mật khẩu hiện tại').min(1, 'Hãy nhập mật khẩu hiện tại').max(200, 'Mật khẩu dài tối đa 200 ký tự') });
export const ZTotpSetup = z.object({ secret: z.string(), otpauthUrl: z.string() });
export const ZTotpEnable = ZReauth.extend({ token: ZStr('Mã xác thực').trim().regex(/^\d{6}$/, 'Mã xác thực gồm 6 chữ số') });
export const ZTotpDisable = ZReauth;
