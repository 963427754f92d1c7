import { z } from 'zod';
import { ZIsoDate, ZPage, ZStr } from './common';

export const ZAuditQuery = ZPage.extend({
  actor: ZStr('Người thao tác').max(100).optional().describe('Tên đăng nhập của người thao tác'),
  action: ZStr('Thao tác').max(60).optional(),
  entity: ZStr('Loại bản ghi').max(60).optional(),
  entityId: ZStr('Mã bản ghi').max(60).optional(),
  from: ZIsoDate.optional(),
  to: ZIsoDate.optional(),
});

export const ZAuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.number().int().nullable(),
  actorName: z.string().nullable(),
  ip: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
