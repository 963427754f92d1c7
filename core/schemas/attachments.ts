import { z } from 'zod';
import { ZId } from './common';
import { ZRecordRef } from './documents';

/** Scans and photos the office keeps, recognised from their bytes (never from the name or the declared type). */
export const ACCEPTED_FILE_TYPES = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/tiff': 'tif',
  'image/heic': 'heic',
  'image/heif': 'heif',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
} as const;
export type AcceptedMime = keyof typeof ACCEPTED_FILE_TYPES;

export const SEALED_FILENAME = 'Tài liệu được giữ bí mật';

export const ZOwnerQuery = z.object({
  ownerType: ZRecordRef.shape.type,
  ownerId: ZId,
});

export const ZAttachmentUpload = ZOwnerQuery.extend({
  sealed: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('true: tệp làm lộ danh tính người tố cáo, lưu mã hóa, chỉ người được cho phép mới tải'),
});

export const ZAttachment = z.object({
  id: z.number().int(),
  ownerType: z.string(),
  ownerId: z.number().int(),
  unitId: z.number().int(),
  filename: z.string().describe(`Tên tệp; "${SEALED_FILENAME}" với tệp được giữ bí mật khi người xem chưa được cho phép`),
  mime: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  sealed: z.boolean(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});

export const ZAttachmentList = z.object({ items: z.array(ZAttachment) });
