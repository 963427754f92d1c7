import { z } from 'zod';

/** The largest id, reference or version the databases store (32-bit integer columns; PostgreSQL refuses more with 22003). */
export const MAX_INT = 2_147_483_647;

/**
 * Text the API accepts: any character but the control characters other than tab and newline. PostgreSQL
 * refuses NUL in text (22021) and no form can type the others; refusing them here keeps both engines alike.
 */
export const NO_CONTROL_CHARS = /^[\t\n\P{Cc}]*$/u;

/**
 * Every string the API accepts starts here (a test walks every route's input and checks it): the one place
 * that refuses control characters, with a message naming the field.
 */
export const ZStr = (label = 'Giá trị') => z.string().regex(NO_CONTROL_CHARS, `${label} chứa ký tự điều khiển không được phép`);

/** An id, reference or version in a JSON body: a whole number 1..2³¹−1. */
export const ZRef = (label = 'Mã bản ghi') =>
  z
    .number()
    .int(`${label} phải là số nguyên`)
    .min(1, `${label} phải từ 1 trở lên`)
    .max(MAX_INT, `${label} quá lớn (tối đa ${MAX_INT})`);

/**
 * A whole number written in a path or query string: canonical decimal only ("07", "+5", "0x10", " 7", "1e3"
 * are refused), so one record has one address.
 */
export const ZDecimal = (label: string, min: number, max: number) =>
  ZStr(label)
    .regex(/^(0|[1-9][0-9]{0,9})$/, `${label} phải là số nguyên viết bằng chữ số thập phân`)
    .transform(Number)
    .pipe(z.number().min(min, `${label} phải từ ${min} trở lên`).max(max, `${label} tối đa ${max}`));

/** An id in a path or query string. */
export const ZId = ZDecimal('Mã bản ghi', 1, MAX_INT).describe('Mã bản ghi');
export const ZIdParams = z.object({ id: ZId });

export const ZIsoDate = ZStr('Ngày')
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const t = new Date(Date.UTC(y, m - 1, d));
    return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d && y >= 1900 && y <= 2100;
  }, 'Ngày không tồn tại (hoặc ngoài khoảng 1900–2100)');

export const ZVersion = ZRef('Phiên bản').describe('Phiên bản bản ghi khi mở (khóa lạc quan)');

export const ZPage = z.object({
  page: ZDecimal('Trang', 1, 100_000).default(1),
  pageSize: ZDecimal('Số dòng mỗi trang', 1, 200).default(20),
});

/** A trimmed, NFC-normalised, non-empty text of bounded length. */
export const ZText = (max: number, label = 'Giá trị') =>
  ZStr(label)
    .transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' '))
    .pipe(z.string().min(1, `${label} không được để trống`).max(max, `${label} dài tối đa ${max} ký tự`));

export const ZOptionalText = (max: number, label = 'Giá trị') =>
  ZStr(label)
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

/** An instant with its offset, e.g. 2021-10-25T08:30:00+07:00 (a time without an offset is ambiguous). */
export const ZIsoDateTime = ZStr('Thời điểm')
  .pipe(z.iso.datetime({ offset: true, error: 'Thời điểm phải có dạng ISO, ví dụ 2021-10-25T08:30:00+07:00' }))
  .refine((s) => {
    const y = Number(s.slice(0, 4));
    return y >= 1900 && y <= 2100 && !Number.isNaN(Date.parse(s));
  }, 'Thời điểm không tồn tại (hoặc ngoài khoảng 1900–2100)');

/**
 * A long text that keeps its line breaks (a letter's content, a summary): NFC, control characters other than line
 * breaks and tabs removed, trailing spaces and runs of blank lines trimmed, bounded.
 */
export const ZLongText = (max: number, label = 'Nội dung') =>
  ZStr(label)
    .max(max * 4, `${label} dài tối đa ${max} ký tự`)
    .transform((s) =>
      s
        .normalize('NFC')
        .replace(/\r\n?/g, '\n')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g, '')
        .replace(/[ \t]+\n/g, '\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim(),
    )
    .pipe(z.string().min(1, `${label} không được để trống`).max(max, `${label} dài tối đa ${max} ký tự`));

/** A catalogue code as stored (the catalogue itself is checked by the server: some are extended by administrators). */
export const ZCode = (label: string) => ZStr(label).regex(/^[a-z][a-z0-9_]{0,59}$/, `${label}: mã danh mục không hợp lệ`);

/** A list page: at most `limit` items after `offset`. */
export const ZListPage = z.object({
  limit: ZDecimal('Số dòng', 1, 200).default(50),
  offset: ZDecimal('Vị trí bắt đầu', 0, 1_000_000).default(0),
});

/** `true`/`false` in a query string. */
export const ZQueryBool = z.enum(['true', 'false']).transform((v) => v === 'true');
