import { z } from 'zod';
import { INCIDENT_KINDS, INCIDENT_STEPS, SPECIAL_CATEGORIES } from '../domain/incidents/lifecycle';
import { ROLES } from '../domain/org/roles';
import { ZActions, ZId, ZOptionalText, ZRef, ZStr, ZText, ZVersion } from './common';

export const ZIncidentKind = z.enum(INCIDENT_KINDS);
export const ZIncidentStep = z.enum(INCIDENT_STEPS);
export const REPORT_CHANNELS = ['phone', 'in_person', 'police', 'patrol', 'document', 'other'] as const;

/** An ISO instant (with offset or Z), for events that happen at a time of day. */
export const ZInstant = ZStr('Thời điểm').pipe(z.iso.datetime({ offset: true, error: 'Thời điểm phải có dạng ISO 8601 (ví dụ 2021-10-25T08:30:00+07:00)' })).transform((s) => new Date(s).toISOString());

export const ZIncidentCreate = z.object({
  kind: ZIncidentKind.describe('Loại sự việc'),
  placeId: ZRef('Địa điểm').nullish().describe('Địa điểm đã đăng ký (trụ sở tiếp công dân…), nếu có'),
  address: ZText(500, 'Địa điểm'),
  latitude: z.number().min(-90).max(90).nullish(),
  longitude: z.number().min(-180).max(180).nullish(),
  occurredAt: ZInstant.describe('Thời điểm xảy ra'),
  headCount: z.number().int().min(1, 'Số người ít nhất là 1').max(100_000),
  originWardIds: z.array(ZRef('Phường')).max(50).default([]).describe('Phường, xã nơi công dân cư trú'),
  content: ZText(5000, 'Nội dung'),
  special: z.array(z.enum(SPECIAL_CATEGORIES)).max(2).default([]).describe('Liên quan tôn giáo, tín ngưỡng; người có công'),
  reportChannel: z.enum(REPORT_CHANNELS).default('phone'),
  reporter: ZOptionalText(200, 'Người báo tin'),
  personIds: z.array(ZRef('Công dân')).max(200).default([]).describe('Công dân liên quan (mã trong sổ công dân)'),
});

export const ZIncidentStepBody = z.object({
  step: ZIncidentStep,
  note: ZOptionalText(2000, 'Ghi chú'),
  summary: ZOptionalText(5000, 'Tóm tắt kết quả'),
  version: ZVersion,
});

export const ZDirectionBody = z.object({
  kind: z.enum(['proposal', 'direction']).describe('Đề xuất hướng xử lý (S12) hoặc ý kiến chỉ đạo của lãnh đạo'),
  text: ZText(5000, 'Nội dung'),
  unitIds: z.array(ZRef('Đơn vị')).max(50).default([]).describe('Các đơn vị được giao thực hiện'),
});

/** Records an incident is linked to (issue 10 §1): the citizens concerned and their visits, letters and cases. */
export const INCIDENT_LINK_TYPES = ['person', 'visit', 'letter', 'case'] as const;
export const ZIncidentLinkType = z.enum(INCIDENT_LINK_TYPES);
export type IncidentLinkType = (typeof INCIDENT_LINK_TYPES)[number];
export const ZIncidentLinkBody = z.object({
  type: ZIncidentLinkType.describe('Loại hồ sơ: công dân, lượt tiếp, đơn, vụ việc'),
  id: ZRef('Hồ sơ').describe('Mã hồ sơ'),
});
export const ZIncidentLinkParams = z.object({ id: ZId, type: ZIncidentLinkType, linkId: ZId });

export const ZDispatchBody = z.object({
  groupId: ZRef('Tổ công tác').describe('Tổ công tác'),
  expectedAt: ZInstant.describe('Dự kiến có mặt'),
});
export const ZDispatchParams = z.object({ id: ZId, dispatchId: ZId });

const ZStepEntry = z.object({ step: ZIncidentStep, at: z.string(), by: z.string().nullable(), note: z.string().nullable() });
const ZDispatch = z.object({
  id: z.number().int(),
  groupId: z.number().int(),
  groupName: z.string(),
  unitId: z.number().int(),
  dispatchedAt: z.string(),
  expectedAt: z.string(),
  arrivedAt: z.string().nullable(),
});

export const ZIncident = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  kind: ZIncidentKind,
  placeId: z.number().int().nullable(),
  address: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  occurredAt: z.string(),
  headCount: z.number().int(),
  content: z.string(),
  special: z.array(z.string()),
  reportChannel: z.string(),
  reporter: z.string().nullable(),
  originWards: z.array(z.object({ id: z.number().int(), name: z.string() })),
  links: z.array(
    z.object({
      type: ZIncidentLinkType,
      id: z.number().int(),
      label: z.string().nullable().describe('Tên công dân, số đơn, tên vụ việc; null: bạn không được xem hồ sơ này'),
      date: z.string().nullable().describe('Ngày tiếp, ngày nhận đơn, ngày thụ lý'),
    }),
  ),
  step: ZIncidentStep,
  summary: z.string().nullable(),
  closedAt: z.string().nullable(),
  steps: z.array(ZStepEntry),
  directions: z.array(z.object({ kind: z.string(), text: z.string(), unitIds: z.array(z.number().int()), by: z.string().nullable(), at: z.string() })),
  dispatches: z.array(ZDispatch),
  nextSteps: z.array(ZIncidentStep),
  version: z.number().int(),
  actions: ZActions,
});
export type TIncident = z.output<typeof ZIncident>;

export const ZIncidentCreated = z.object({ incident: ZIncident, alert: z.object({ alertId: z.number().int(), recipients: z.number().int() }).nullable() });

export const ZIncidentListQuery = z.object({
  open: z.enum(['true', 'false']).optional(),
  from: ZInstant.optional(),
  to: ZInstant.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const ZIncidentList = z.object({ items: z.array(ZIncident) });

/** The live board (phòng tình huống). */
export const ZBoard = z.object({
  at: z.string(),
  open: z.array(ZIncident),
  wards: z.array(z.object({ unitId: z.number().int(), name: z.string(), open: z.number().int(), today: z.number().int(), total: z.number().int(), medianResponseMinutes: z.number().nullable() })),
  today: z.object({ incidents: z.number().int(), delegations: z.number().int(), people: z.number().int() }),
});

/** origin_wards: where the citizens live; place_ward: where it happens; owner: who recorded it; city / city_police: above the wards. */
export const UNIT_SELECTORS = ['origin_wards', 'place_ward', 'owner', 'city', 'city_police'] as const;
export const ZUnitSelector = z.union([z.enum(UNIT_SELECTORS), ZStr('Đơn vị').regex(/^unit:[A-Za-z0-9._-]{1,50}$/, 'Đơn vị: origin_wards, place_ward, owner, city, city_police hoặc unit:<mã đơn vị>')]);
export const ZRuleTarget = z.object({ unit: ZUnitSelector, role: z.enum(ROLES), ack: z.boolean().default(false) });
export const ZEscalationTarget = z.object({ unit: ZUnitSelector, role: z.enum(ROLES), rank: z.enum(['deputy', 'head']).optional() });

export const ZRuleBody = z.object({
  inform: z.array(ZRuleTarget).max(20),
  action: ZText(1000, 'Hành động'),
  ackSeconds: z.number().int().min(30).max(86_400).nullable().describe('Thời hạn xác nhận (giây); quá hạn thì chuyển tiếp'),
  escalation: z.array(z.array(ZEscalationTarget).max(10)).max(5),
  channels: z.array(z.enum(['sms', 'email'])).max(2),
  active: z.boolean(),
  version: ZVersion,
});
export const ZRule = z.object({
  inform: z.array(z.object({ unit: z.string(), role: z.enum(ROLES), ack: z.boolean() })),
  action: z.string(),
  ackSeconds: z.number().int().nullable(),
  escalation: z.array(z.array(z.object({ unit: z.string(), role: z.enum(ROLES), rank: z.enum(['deputy', 'head']).optional() }))),
  channels: z.array(z.enum(['sms', 'email'])),
  active: z.boolean(),
  id: z.number().int(),
  incidentKind: ZIncidentKind,
  step: ZIncidentStep,
  version: z.number().int(),
});
export type TRule = z.output<typeof ZRule>;
export const ZRuleList = z.object({ items: z.array(ZRule) });

export const ZWorkingGroupCreate = z.object({
  unitId: ZRef('Đơn vị'),
  name: ZText(200, 'Tên tổ'),
  periodId: ZRef('Đợt').nullish(),
  members: z
    .array(z.object({ officerId: ZRef('Cán bộ'), isLeader: z.boolean().default(false), phone: ZOptionalText(20, 'Số điện thoại') }))
    .min(1, 'Tổ công tác cần ít nhất một thành viên')
    .max(50)
    .refine((m) => m.filter((x) => x.isLeader).length === 1, 'Tổ công tác có đúng một tổ trưởng'),
});
export const ZWorkingGroup = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  name: z.string(),
  periodId: z.number().int().nullable(),
  members: z.array(z.object({ officerId: z.number().int(), fullName: z.string(), position: z.string(), isLeader: z.boolean(), phone: z.string().nullable() })),
});
export const ZWorkingGroupList = z.object({ items: z.array(ZWorkingGroup) });

/** Wards to choose origin wards from: every reporter (the police too) needs the whole list, not only his scope. */
export const ZWardList = z.object({ items: z.array(z.object({ id: z.number().int(), name: z.string() })) });

/** The time line of a period (core/domain/incidents/timeline.ts), for the evaluation report. */
export const ZTimelineQuery = z.object({
  from: ZInstant.describe('Từ thời điểm (gồm)'),
  to: ZInstant.describe('Đến thời điểm (không gồm)'),
});
const ZTimelineIncidentRef = z.number().int().nullable();
export const ZTimelineEntry = z.discriminatedUnion('type', [
  z.object({ at: z.string(), type: z.literal('occurred'), incidentId: z.number().int(), kind: ZIncidentKind, headCount: z.number().int(), address: z.string(), wards: z.array(z.string()) }),
  z.object({ at: z.string(), type: z.literal('step'), incidentId: z.number().int(), step: ZIncidentStep, by: z.string().nullable(), note: z.string().nullable() }),
  z.object({ at: z.string(), type: z.enum(['dispatched', 'arrived']), incidentId: z.number().int(), group: z.string() }),
  z.object({ at: z.string(), type: z.literal('alert'), incidentId: ZTimelineIncidentRef, alertId: z.number().int(), title: z.string(), ackDueAt: z.string().nullable() }),
  z.object({ at: z.string(), type: z.literal('escalated'), incidentId: ZTimelineIncidentRef, alertId: z.number().int(), title: z.string(), level: z.number().int() }),
  z.object({ at: z.string(), type: z.literal('acknowledged'), incidentId: ZTimelineIncidentRef, alertId: z.number().int(), title: z.string(), by: z.string().nullable(), afterSeconds: z.number().int(), late: z.boolean() }),
]);
export const ZTimeline = z.object({
  from: z.string(),
  to: z.string(),
  entries: z.array(ZTimelineEntry),
  acknowledgement: z.object({
    alerts: z.number().int(),
    timed: z.number().int(),
    acknowledged: z.number().int(),
    late: z.number().int(),
    escalated: z.number().int(),
    medianSeconds: z.number().int().nullable(),
    maxSeconds: z.number().int().nullable(),
  }),
});
