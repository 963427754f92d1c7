import { z } from 'zod';
import { ROLES } from '../domain/org/roles';
import { MAX_INT, ZDecimal, ZOptionalText } from './common';

export const ALERT_CHANNELS = ['sms', 'email'] as const;
export const ZAlertChannel = z.enum(ALERT_CHANNELS);

/** One alert as its recipient sees it: in the stream (event id = seq) and in the notification centre. */
export const ZAlertDelivery = z.object({
  seq: z.number().int().describe('Số thứ tự trong luồng (id của sự kiện SSE, dùng cho Last-Event-ID)'),
  alertId: z.number().int(),
  kind: z.string(),
  urgent: z.boolean(),
  title: z.string(),
  body: z.string(),
  unitId: z.number().int().nullable(),
  subject: z.object({ type: z.string(), id: z.number().int() }).nullable(),
  level: z.number().int().describe('0: báo ngay; 1, 2…: cấp chuyển tiếp khi chưa ai xác nhận'),
  mustAck: z.boolean(),
  role: z.string(),
  createdAt: z.string(),
  ackDueAt: z.string().nullable().describe('Hạn xác nhận; quá hạn sẽ chuyển tiếp'),
  ackedByMe: z.string().nullable().describe('Thời điểm tôi đã xác nhận'),
  ackedAt: z.string().nullable().describe('Thời điểm cảnh báo được xác nhận lần đầu'),
});
export type TAlertDelivery = z.output<typeof ZAlertDelivery>;

export const ZAlertList = z.object({ items: z.array(ZAlertDelivery), unacknowledged: z.number().int() });

export const ZAlertListQuery = z.object({
  unacknowledged: z.enum(['true', 'false']).optional().describe('Chỉ những cảnh báo tôi chưa xác nhận'),
  before: ZDecimal('Trang sau', 1, MAX_INT).optional().describe('Trang sau: các cảnh báo có seq nhỏ hơn'),
  limit: ZDecimal('Số dòng', 1, 200).default(50),
});

export const ZAlertAckBody = z.object({ note: ZOptionalText(500, 'Ghi chú') }).default({ note: null });
export const ZAlertAck = z.object({ alertId: z.number().int(), ackedAt: z.string(), alertAckedAt: z.string().nullable() });

/** An alert still waiting for its acknowledgement, for the live board. */
export const ZOpenAlert = z.object({
  alertId: z.number().int(),
  title: z.string(),
  kind: z.string(),
  unitId: z.number().int().nullable(),
  subject: z.object({ type: z.string(), id: z.number().int() }).nullable(),
  level: z.number().int(),
  createdAt: z.string(),
  ackDueAt: z.string().nullable(),
  recipients: z.number().int(),
});
export const ZOpenAlertList = z.object({ items: z.array(ZOpenAlert) });

export const ZRoleCode = z.enum(ROLES);
