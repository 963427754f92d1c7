import { z } from 'zod';
import { checkName } from '../domain/text/name';
import { ZActions, ZDecimal, ZPage, ZRef, ZStr, ZVersion } from './common';
import { ZPageOf } from './org';

export const ID_TYPES = ['cccd', 'cmnd', 'passport', 'other'] as const;
export const GENDERS = ['male', 'female', 'other'] as const;

/**
 * Birth years are bounded here only by what a register can hold; "not in the future" depends on today, which is
 * the server's clock (Vietnam's year) and the web's, checked where each knows the date.
 */
const ZBirthYear = z.number().int().min(1900, 'Năm sinh từ 1900').max(2100, 'Năm sinh không hợp lệ');

/** A name as stored: at least one letter, no hidden formatting characters (core/domain/text/name.ts). */
const ZPersonName = ZStr('Họ tên')
  .max(600, 'Họ tên dài tối đa 150 ký tự')
  .transform((raw, ctx) => {
    const checked = checkName(raw, 'Họ tên');
    if (checked.ok) return checked.value;
    ctx.addIssue({ code: 'custom', message: checked.message });
    return z.NEVER;
  })
  .pipe(z.string().max(150, 'Họ tên dài tối đa 150 ký tự'));

export const ZPersonInput = z.object({
  fullName: ZPersonName,
  nameWithoutDiacritics: z
    .boolean()
    .optional()
    .describe('Xác nhận cố ý lưu họ tên không dấu (giấy tờ ghi không dấu, tên nước ngoài): hồ sơ được đánh dấu «chưa chuẩn hóa». Thiếu xác nhận, họ tên không dấu bị từ chối'),
  idType: z.enum(ID_TYPES).nullish().describe('Loại giấy tờ: cccd (căn cước/CCCD 12 số), cmnd (CMND cũ), passport, other'),
  idNumber: ZStr('Số giấy tờ').trim().max(20, 'Số giấy tờ dài tối đa 20 ký tự').nullish(),
  birthYear: ZBirthYear.nullish(),
  gender: z.enum(GENDERS).nullish(),
  phone: ZStr('Số điện thoại').max(30, 'Số điện thoại dài tối đa 30 ký tự').nullish(),
  address: ZStr('Địa chỉ').max(500, 'Địa chỉ dài tối đa 500 ký tự').nullish(),
  wardUnitId: ZRef('Phường/xã').nullish().describe('Phường/xã nơi cư trú (đơn vị trong cây đơn vị)'),
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
  namePlain: z.boolean().describe('Họ tên lưu không dấu: «chưa chuẩn hóa», cần đối chiếu giấy tờ để sửa'),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  actions: ZActions,
});

/** How many candidates a search ranks at most; the results can be paged through up to here. */
export const SEARCH_CANDIDATES = 150;

export const ZPersonSearchQuery = z.object({
  q: ZStr('Chuỗi tìm kiếm').trim().min(1, 'Hãy nhập họ tên hoặc số giấy tờ').max(100, 'Chuỗi tìm kiếm dài tối đa 100 ký tự'),
  limit: ZDecimal('Số kết quả', 1, 50).default(20),
  offset: ZDecimal('Số kết quả bỏ qua', 0, SEARCH_CANDIDATES).default(0).describe('Bỏ qua bấy nhiêu kết quả đầu («Xem thêm»)'),
});

export const ZPersonListItem = z.object({
  id: z.number().int(),
  fullName: z.string(),
  birthYear: z.number().int().nullable(),
  gender: z.enum(GENDERS).nullable(),
  idType: z.enum(ID_TYPES).nullable(),
  idNumberMasked: z.string().nullable().describe('Số giấy tờ che bớt; xem đủ trong hồ sơ (lượt xem được ghi nhật ký)'),
  address: z.string().nullable(),
  wardName: z.string().nullable(),
  namePlain: z.boolean(),
});

export const ZPersonSearchItem = ZPersonListItem.extend({
  score: z.number(),
  reasons: z.array(z.object({ code: z.string(), label: z.string() })),
});

export const ZPersonSearchResult = z.object({
  items: z.array(ZPersonSearchItem),
  hasMore: z.boolean().describe('Còn kết quả sau trang này: hỏi lại với offset = offset + số kết quả'),
  truncated: z
    .boolean()
    .describe(`Sổ còn nhiều hồ sơ khớp hơn số được xếp hạng (${SEARCH_CANDIDATES}): hãy gõ thêm (tên đệm, năm sinh) để thu hẹp`),
});

export const ZPersonMerge = z.object({
  duplicateId: ZRef('Hồ sơ trùng').describe('Hồ sơ trùng sẽ được gộp vào hồ sơ này'),
  version: ZVersion.describe('Phiên bản của hồ sơ giữ lại'),
});

export const ZPersonMatch = z.object({
  fullName: ZPersonName,
  idNumber: ZStr('Số giấy tờ').trim().max(20, 'Số giấy tờ dài tối đa 20 ký tự').nullish(),
  birthYear: ZBirthYear.nullish(),
  address: ZStr('Địa chỉ').max(500, 'Địa chỉ dài tối đa 500 ký tự').nullish(),
  wardUnitId: ZRef('Phường/xã').nullish(),
  limit: z.number().int().min(1).max(20).default(5),
});

export const ZPersonMatchResult = z.object({
  items: z.array(ZPersonSearchItem),
  registeredElsewhere: z
    .boolean()
    .describe('Số giấy tờ đã có trong sổ chung ở hồ sơ ngoài phạm vi của bạn: đưa hồ sơ đó vào đơn vị (POST /api/people/link) thay vì tạo mới'),
});

export const ZPersonLink = z.object({
  idType: z.enum(ID_TYPES).nullish(),
  idNumber: ZStr('Số giấy tờ').trim().min(1, 'Hãy nhập số giấy tờ').max(20, 'Số giấy tờ dài tối đa 20 ký tự'),
  fullName: ZPersonName.describe('Họ tên trên giấy tờ: phải khớp với hồ sơ'),
});

export const ZNameFormsQuery = z.object({ name: ZPersonName });

export const ZNameForms = z.object({
  words: z.array(z.object({ typed: z.string(), forms: z.array(z.string()).describe('Các cách viết có dấu trong sổ, phổ biến nhất trước') })),
  suggestions: z.array(z.string()).describe('Họ tên có dấu có khả năng nhất, tốt nhất trước'),
});

export const ZPlainNamesQuery = ZPage;
export const ZPlainNames = ZPageOf(ZPersonListItem);
