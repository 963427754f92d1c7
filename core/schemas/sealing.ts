import { z } from 'zod';
import { ZId, ZOptionalText, ZRef } from './common';
import { ZRecordRef } from './documents';

/** What everyone not cleared for a case sees instead of a denouncer's identity (Luật Tố cáo arts. 8(3), 9(1)(b)). */
export const SEALED_PLACEHOLDER = 'Người tố cáo (được giữ bí mật)';

export const ZClearanceGrant = z.object({
  subject: ZRecordRef.describe('Vụ việc, đơn… có danh tính người tố cáo'),
  accountId: ZRef('Tài khoản').describe('Tài khoản được cho phép xem'),
  reason: ZOptionalText(500, 'Lý do'),
});

export const ZClearanceQuery = z.object({
  subjectType: ZRecordRef.shape.type,
  subjectId: ZId,
});

export const ZClearance = z.object({
  id: z.number().int(),
  subject: ZRecordRef,
  unitId: z.number().int(),
  accountId: z.number().int(),
  accountName: z.string(),
  grantedBy: z.string(),
  grantedAt: z.string(),
  reason: z.string().nullable(),
  revokedBy: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

export const ZClearanceList = z.object({ items: z.array(ZClearance) });
