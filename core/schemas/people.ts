import { z } from 'zod';
import { ZActions, ZText, ZVersion } from './common';

export const ID_TYPES = ['cccd', 'cmnd', 'passport', 'other'] as const;
export const GENDERS = ['male', 'female', 'other'] as const;

/**
 * Birth years are bounded here only by what a register can hold; "not in the future" depends on today, which is
 * the server's clock (Vietnam's year) and the web's, checked where each knows the date.
 */
const ZBirthYear = z.number().int().min(1900, 'Năm sinh từ 1900').max(2100, 'Năm sinh không hợp lệ');

export const ZPersonInput = z.object({
  fullName: ZText(150, 'Họ tên'),
  idType: z.enum(ID_TYPES).nullish().describe('Loại giấy tờ: cccd (căn cước/CCCD 12 số), cmnd (CMND cũ), passport, other'),
  idNumber: z.string().trim().max(20, 'Số giấy tờ dài tối đa 20 ký tự').nullish(),
  birthYear: ZBirthYear.nullish(),
  gender: z.enum(GENDERS).nullish(),
  phone: z.string().max(30).nullish(),
  address: z.string().max(500, 'Địa chỉ dài tối đa 500 ký tự').nullish(),
  wardUnitId: z.number().int().positive().nullish().describe('Phường/xã nơi cư trú (đơn vị trong cây đơn vị)'),
});
export type TPersonInput = z.infer<typeof ZPersonInput>;

export const ZPersonUpdate = ZPersonInput.partial().extend({ version: ZVersion });

export const ZPerson = z.object({
  id: z.number().int(),
  fullName: z.string(),
  idType: z.enum(ID_TYPES).nullable(),
  idNumber: z.string().nullable(),
  birthYear: z.number().int().nullable(),
  gender: z.enum(GENDERS).nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  wardUnitId: z.number().int().nullable(),
  wardName: z.string().nullable(),
  unitId: z.number().int(),
  mergedIntoId: z.number().int().nullable(),
  mergedFromIds: z.array(z.number().int()),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  actions: ZActions,
});

export const ZPersonSearchQuery = z.object({
  q: z.string().trim().min(1, 'Hãy nhập họ tên hoặc số giấy tờ').max(100, 'Chuỗi tìm kiếm dài tối đa 100 ký tự'),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const ZPersonSearchItem = z.object({
  id: z.number().int(),
  fullName: z.string(),
  birthYear: z.number().int().nullable(),
  gender: z.enum(GENDERS).nullable(),
  idType: z.enum(ID_TYPES).nullable(),
  idNumberMasked: z.string().nullable().describe('Số giấy tờ che bớt; xem đủ trong hồ sơ (lượt xem được ghi nhật ký)'),
  address: z.string().nullable(),
  wardName: z.string().nullable(),
  score: z.number(),
  reasons: z.array(z.object({ code: z.string(), label: z.string() })),
});

export const ZPersonMerge = z.object({
  duplicateId: z.number().int().positive().describe('Hồ sơ trùng sẽ được gộp vào hồ sơ này'),
  version: ZVersion.describe('Phiên bản của hồ sơ giữ lại'),
});

export const ZPersonMatch = z.object({
  fullName: ZText(150, 'Họ tên'),
  idNumber: z.string().trim().max(20).nullish(),
  birthYear: ZBirthYear.nullish(),
  address: z.string().max(500).nullish(),
  wardUnitId: z.number().int().positive().nullish(),
  limit: z.number().int().min(1).max(20).default(5),
});
