import { z } from 'zod';
import { ZIsoDate, ZPage } from './common';

export const ZAuditQuery = ZPage.extend({
  actor: z.string().max(100).optional().describe('Tên đăng nhập của người thao tác'),
  action: z.string().max(60).optional(),
  entity: z.string().max(60).optional(),
  entityId: z.string().max(60).optional(),
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
