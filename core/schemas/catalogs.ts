import { z } from 'zod';
import { catalogs, type CatalogCode } from '../domain/catalogs';
import { ZActions, ZOptionalText, ZStr, ZText, ZVersion } from './common';

export const CATALOG_CODES = Object.keys(catalogs) as [CatalogCode, ...CatalogCode[]];
export const ZCatalogCode = z.enum(CATALOG_CODES, 'Danh mục không tồn tại');

/** Same rule as the catalog engine's (mergeAdminEntries), so a bad code in an address is a 400 before any lookup. */
export const ZEntryCode = ZStr('Mã').regex(/^[a-z][a-z0-9_]{1,63}$/, 'Mã gồm chữ thường không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ (2–64 ký tự)');

export const ZCatalogParams = z.object({ catalog: ZCatalogCode });
export const ZCatalogEntryParams = z.object({ catalog: ZCatalogCode, code: ZEntryCode });

export const ZCatalogEntryCreate = z.object({
  code: ZStr('Mã').trim().min(1, 'Mã không được để trống').max(64, 'Mã dài tối đa 64 ký tự').describe('Mã ổn định, ví dụ "xay_dung"; không đổi được sau khi tạo'),
  vi: ZText(200, 'Tên tiếng Việt'),
  en: ZOptionalText(200, 'Tên tiếng Anh').describe('Bỏ trống thì dùng tên tiếng Việt'),
  parent: ZStr('Mã mục cha').trim().max(64, 'Mã mục cha dài tối đa 64 ký tự').nullish().describe('Mã mục cha trong cùng danh mục'),
});

export const ZCatalogEntryUpdate = z.object({
  version: ZVersion,
  vi: ZText(200, 'Tên tiếng Việt').optional(),
  en: ZOptionalText(200, 'Tên tiếng Anh').optional(),
  active: z.boolean().optional().describe('false: ngừng dùng (mã vẫn giữ cho các hồ sơ cũ)'),
});

export const ZCatalogEntry = z.object({
  code: z.string(),
  vi: z.string(),
  en: z.string(),
  builtIn: z.boolean().describe('Mục có sẵn theo quy định; false là mục quản trị viên bổ sung'),
  parent: z.string().nullable(),
  basis: z.string().nullable(),
  text: z.string().nullable(),
  confirmed: z.boolean(),
  note: z.string().nullable(),
  effectiveFrom: z.string().nullable(),
  effectiveTo: z.string().nullable(),
  requiresWrittenNotice: z.boolean().nullable(),
  active: z.boolean(),
  version: z.number().int().nullable().describe('Chỉ mục bổ sung mới có version để sửa'),
  actions: ZActions,
});

export const ZCatalog = z.object({
  code: ZCatalogCode,
  vi: z.string(),
  en: z.string(),
  extensible: z.boolean().describe('Quản trị viên được bổ sung mục'),
  adminEntriesNeedParent: z.boolean().describe('Mục bổ sung phải thuộc một mục có sẵn'),
  basis: z.string().nullable(),
  note: z.string().nullable(),
  entries: z.array(ZCatalogEntry),
});

export const ZCatalogs = z.object({ items: z.array(ZCatalog) });
