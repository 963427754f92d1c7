import { z } from 'zod';

export const ZId = z.coerce.number().int().positive().max(2_147_483_647).describe('Mã bản ghi');
export const ZIdParams = z.object({ id: ZId });

export const ZIsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const t = new Date(Date.UTC(y, m - 1, d));
    return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d && y >= 1900 && y <= 2100;
  }, 'Ngày không tồn tại (hoặc ngoài khoảng 1900–2100)');

export const ZVersion = z.number().int().positive().describe('Phiên bản bản ghi khi mở (khóa lạc quan)');

export const ZPage = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

/** A trimmed, NFC-normalised, non-empty text of bounded length. */
export const ZText = (max: number, label = 'Giá trị') =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' '))
    .pipe(z.string().min(1, `${label} không được để trống`).max(max, `${label} dài tối đa ${max} ký tự`));

export const ZOptionalText = (max: number, label = 'Giá trị') =>
  z
    .string()
    .max(max * 4)
    .transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' '))
    .pipe(z.string().max(max, `${label} dài tối đa ${max} ký tự`))
    .nullish()
    .transform((s) => (s ? s : null));

export const ZError = z.object({
  code: z.string(),
  message: z.string(),
  fields: z.record(z.string(), z.string()).optional(),
  reason: z.string().optional(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
  correlationId: z.string().optional(),
});

export const ZActions = z.array(z.string()).describe('Các thao tác người dùng được phép trên bản ghi này');
