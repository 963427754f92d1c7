import { z } from 'zod';
import { MAX_INT, ZActions, ZDecimal, ZIsoDate, ZOptionalText, ZRef, ZStr, ZText, ZVersion } from './common';
import { ZScreeningArea, ZScreeningQuestion } from './health';

/** An instant as the API takes it: ISO 8601 with an offset (`2021-10-20T00:00:00+07:00`) or UTC (`…Z`). */
export const ZInstant = ZStr('Thời điểm').pipe(z.iso.datetime({ offset: true, error: 'Thời điểm phải có dạng ISO 8601, ví dụ 2021-10-20T07:00:00+07:00' }));

export const PERIOD_KINDS = ['heightened', 'regular'] as const;
export const SHIFT_PATTERNS = ['3x8', '2x12', 'day_only'] as const;
export const TASK_STATUSES = ['todo', 'in_progress', 'done'] as const;
export const UNAVAILABILITY_KINDS = ['leave', 'day_off_in_lieu', 'sick', 'training', 'other'] as const;

const ZHhMm = ZStr('Giờ').regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ phải có dạng HH:mm');
export const ZReportingItem = z.object({ time: ZHhMm, title: ZText(300, 'Nội dung báo cáo') });
export const ZAlertLevel = z.object({ code: ZText(30, 'Mã mức cảnh báo'), label: ZText(200, 'Tên mức cảnh báo') });
export const ZRequirement = z.object({ role: ZStr('Nhiệm vụ trực').min(1).max(60), count: z.number().int().min(1, 'Số người tối thiểu là 1').max(50) });

export const ZPeriodPlace = z.object({
  placeId: ZRef('Địa điểm'),
  placeName: ZStr('Tên địa điểm').max(300).optional(),
  unitId: ZRef('Đơn vị').optional(),
  pattern: z.enum(SHIFT_PATTERNS).describe('Kiểu ca: 3 ca 8 giờ, 2 ca 12 giờ, chỉ ca ngày'),
  firstStartHour: z.number().int().min(0).max(23).nullish(),
  dayHours: z.number().int().min(1).max(24).nullish(),
  includeDaysOff: z.boolean().default(false).describe('Ca ngày: trực cả thứ Bảy, Chủ nhật và ngày nghỉ'),
  reinforcementAllowed: z.boolean().default(false).describe('Cho phép tăng cường cán bộ đơn vị khác'),
  partnerUnitIds: z.array(ZRef('Đơn vị')).max(20).default([]).describe('Đơn vị cùng trực thường xuyên tại địa điểm (vd. Công an phường)'),
  requirements: z.array(ZRequirement).max(20).describe('Số người mỗi ca theo nhiệm vụ trực'),
});

const periodFields = {
  unitId: ZRef('Đơn vị').describe('Đơn vị ban hành, chủ trì kế hoạch'),
  kind: z.enum(PERIOD_KINDS).describe('Đợt cao điểm hay lịch thường xuyên'),
  name: ZText(300, 'Tên đợt'),
  planNumber: ZOptionalText(60, 'Số kế hoạch'),
  planDate: ZIsoDate.nullish(),
  legalBasis: ZOptionalText(4000, 'Căn cứ'),
  startsAt: ZInstant,
  endsAt: ZInstant,
  healthScreening: z.boolean(),
  alertLevels: z.array(ZAlertLevel).max(10),
  reporting: z.array(ZReportingItem).max(20),
  restAfterNightHours: z.number().int().min(0).max(48),
  restAfterShiftHours: z.number().int().min(0).max(48),
  weeklyHoursCap: z.number().int().min(8).max(168),
  checkInGraceMinutes: z.number().int().min(0).max(240).describe('Sau khi ca bắt đầu bao nhiêu phút chưa nhận ca thì báo lãnh đạo'),
  screeningAreas: z.array(ZScreeningArea).max(100).describe('Vùng có dịch (phường/xã hoặc ghi tự do)'),
  screeningQuestions: z.array(ZScreeningQuestion).max(20).describe('Câu hỏi sàng lọc khi tiếp'),
  screeningLiaisonId: ZRef('Tài khoản đầu mối y tế').nullable().describe('Tài khoản nhận cảnh báo y tế; để trống: cán bộ y tế đang trực, rồi lãnh đạo đơn vị'),
  unitIds: z.array(ZRef('Đơn vị')).max(200).describe('Đơn vị tham gia'),
  places: z.array(ZPeriodPlace).max(200).describe('Địa điểm trực và kiểu ca'),
};

export const ZPeriodCreate = z.object({
  ...periodFields,
  healthScreening: periodFields.healthScreening.default(false),
  alertLevels: periodFields.alertLevels.default([]),
  reporting: periodFields.reporting.default([]),
  restAfterNightHours: periodFields.restAfterNightHours.default(12),
  restAfterShiftHours: periodFields.restAfterShiftHours.default(10),
  weeklyHoursCap: periodFields.weeklyHoursCap.default(48),
  checkInGraceMinutes: periodFields.checkInGraceMinutes.default(15),
  screeningAreas: periodFields.screeningAreas.default([]),
  screeningQuestions: periodFields.screeningQuestions.default([]),
  screeningLiaisonId: periodFields.screeningLiaisonId.default(null),
  unitIds: periodFields.unitIds.default([]),
  places: periodFields.places.default([]),
});
export const ZPeriodUpdate = z.object(periodFields).omit({ unitId: true, kind: true }).partial().extend({ version: ZVersion });
export const ZPeriodCopy = z.object({
  name: ZText(300, 'Tên đợt'),
  startsAt: ZInstant,
  endsAt: ZInstant.optional().describe('Mặc định: cùng độ dài với đợt được sao chép'),
  planNumber: ZOptionalText(60, 'Số kế hoạch'),
  planDate: ZIsoDate.nullish(),
});

export const ZTaskCount = z.object({ unitId: z.number().int(), unitName: z.string(), total: z.number().int(), done: z.number().int() });

export const ZPeriod = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  kind: z.enum(PERIOD_KINDS),
  name: z.string(),
  planNumber: z.string().nullable(),
  planDate: z.string().nullable(),
  legalBasis: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  healthScreening: z.boolean(),
  alertLevels: z.array(z.object({ code: z.string(), label: z.string() })),
  reporting: z.array(z.object({ time: z.string(), title: z.string() })),
  restAfterNightHours: z.number().int(),
  restAfterShiftHours: z.number().int(),
  weeklyHoursCap: z.number().int(),
  checkInGraceMinutes: z.number().int(),
  screeningAreas: z.array(z.object({ wardId: z.number().int().nullable(), label: z.string() })),
  screeningQuestions: z.array(z.object({ text: z.string(), kind: z.enum(['yes_no', 'place']) })),
  screeningLiaisonId: z.number().int().nullable(),
  copiedFromId: z.number().int().nullable(),
  rosterSolvedAt: z.string().nullable(),
  rosterPublishedAt: z.string().nullable(),
  units: z.array(z.object({ id: z.number().int(), name: z.string() })),
  places: z.array(ZPeriodPlace),
  tasksByUnit: z.array(ZTaskCount).describe('Tiến độ nhiệm vụ theo đơn vị'),
  version: z.number().int(),
  actions: ZActions,
});
export const ZPeriodList = z.object({ items: z.array(ZPeriod.omit({ places: true, units: true, tasksByUnit: true })) });

export const ZChecklistItem = z.object({ label: ZText(300, 'Mục kiểm tra'), done: z.boolean().default(false) });
export const ZTask = z.object({
  id: z.number().int(),
  periodId: z.number().int(),
  section: z.string(),
  title: z.string(),
  ownerUnitId: z.number().int(),
  ownerUnitName: z.string(),
  responsibleOfficerId: z.number().int().nullable(),
  responsibleOfficerName: z.string().nullable(),
  dueDate: z.string().nullable(),
  status: z.enum(TASK_STATUSES),
  checklist: z.array(z.object({ label: z.string(), done: z.boolean() })),
  version: z.number().int(),
  actions: ZActions,
});
const taskFields = {
  section: ZText(100, 'Mục trong kế hoạch'),
  title: ZText(1000, 'Nội dung nhiệm vụ'),
  ownerUnitId: ZRef('Đơn vị chủ trì'),
  responsibleOfficerId: ZRef('Người phụ trách').nullish(),
  dueDate: ZIsoDate.nullish(),
  status: z.enum(TASK_STATUSES),
  checklist: z.array(ZChecklistItem).max(50),
};
export const ZTaskCreate = z.object({ ...taskFields, status: taskFields.status.default('todo'), checklist: taskFields.checklist.default([]) });
// Strict: an edit naming a field tasks do not have is a mistake to report, not a silent no-op.
export const ZTaskUpdate = z.object(taskFields).partial().extend({ version: ZVersion }).strict();

export const ZReadinessItem = z.object({
  id: z.number().int(),
  placeId: z.number().int(),
  placeName: z.string(),
  item: z.string(),
  done: z.boolean(),
  doneAt: z.string().nullable(),
  version: z.number().int(),
});
export const ZReadinessUpdate = z.object({ version: ZVersion, done: z.boolean() });

export const ZAssignment = z.object({
  id: z.number().int(),
  officer: z.number().int().describe('Mã cán bộ'),
  officerName: z.string(),
  phones: z.array(z.string()),
  place: z.number().int().describe('Mã địa điểm'),
  placeName: z.string(),
  role: z.string(),
  shift: z.string().describe('Mã ca (địa điểm:ngày:thứ tự)'),
  shiftLabel: z.string(),
  start: z.string().describe('Bắt đầu ca (ISO 8601)'),
  end: z.string().describe('Kết thúc ca (ISO 8601)'),
  pinned: z.boolean(),
  published: z.boolean(),
  reinforcement: z.boolean(),
  checkedInAt: z.string().nullable(),
  checkedOutAt: z.string().nullable(),
  version: z.number().int(),
});
export const ZGap = z.object({
  shift: z.string(),
  place: z.number().int(),
  placeName: z.string(),
  role: z.string(),
  start: z.string(),
  end: z.string(),
  missing: z.number().int(),
  reasonCode: z.string(),
  reason: z.string().describe('Vì sao ca còn thiếu người (tiếng Việt)'),
});
export const ZRosterStats = z.object({
  timeMs: z.number(),
  requiredSlots: z.number().int(),
  assignedSlots: z.number().int(),
  missingSlots: z.number().int(),
  nightsSpread: z.number(),
  optimal: z.boolean(),
});
export const ZRoster = z.object({
  periodId: z.number().int(),
  publishedAt: z.string().nullable(),
  assignments: z.array(ZAssignment),
  gaps: z.array(ZGap),
  stats: ZRosterStats.optional(),
});
export const ZRosterQuery = z.object({ placeId: ZDecimal('Địa điểm', 1, MAX_INT).optional() });

export const ZAssignmentCreate = z.object({
  officerId: ZRef('Cán bộ'),
  placeId: ZRef('Địa điểm'),
  role: ZStr('Nhiệm vụ trực').min(1).max(60),
  shift: ZStr('Mã ca').min(1).max(100).describe('Mã ca, lấy từ một chỗ trống (gap) hoặc một phân công'),
});
export const ZAssignmentUpdate = z.object({ version: ZVersion, officerId: ZRef('Cán bộ') });

export const ZSwapCreate = z.object({ toOfficerId: ZRef('Cán bộ'), reason: ZOptionalText(500, 'Lý do') });
export const ZSwap = z.object({
  id: z.number().int(),
  assignmentId: z.number().int(),
  fromOfficerId: z.number().int(),
  toOfficerId: z.number().int(),
  reason: z.string().nullable(),
  status: z.enum(['requested', 'approved', 'rejected']),
  version: z.number().int(),
});
export const ZSwapDecision = z.object({ version: ZVersion, approve: z.boolean() });

export const ZUnavailabilityCreate = z.object({
  officerId: ZRef('Cán bộ'),
  kind: z.enum(UNAVAILABILITY_KINDS),
  startsAt: ZInstant,
  endsAt: ZInstant,
  note: ZOptionalText(500, 'Ghi chú'),
});

export const ZDutyNow = z.object({
  at: z.string(),
  places: z.array(
    z.object({
      placeId: z.number().int(),
      placeName: z.string(),
      placePhone: z.string().nullable(),
      unitId: z.number().int(),
      onDuty: z.array(
        z.object({
          officerId: z.number().int(),
          fullName: z.string(),
          role: z.string(),
          phones: z.array(z.string()),
          start: z.string(),
          end: z.string(),
          checkedIn: z.boolean(),
          periodId: z.number().int(),
        }),
      ),
    }),
  ),
});

export const ZReceptionSession = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  officerId: z.number().int(),
  officerName: z.string(),
  placeId: z.number().int(),
  placeName: z.string(),
  kind: z.enum(['regular', 'adhoc']),
  startsAt: z.string(),
  endsAt: z.string(),
  subject: z.string().nullable(),
  status: z.enum(['requested', 'scheduled', 'held', 'cancelled']),
  version: z.number().int(),
});
export const ZReceptionSessionCreate = z.object({
  unitId: ZRef('Đơn vị'),
  officerId: ZRef('Cán bộ'),
  placeId: ZRef('Địa điểm'),
  kind: z.enum(['regular', 'adhoc']),
  startsAt: ZInstant,
  endsAt: ZInstant,
  subject: ZOptionalText(1000, 'Nội dung'),
});
export const ZReceptionSessionsQuery = z.object({
  unitId: ZDecimal('Đơn vị', 1, MAX_INT),
  month: ZStr('Tháng').regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Tháng phải có dạng YYYY-MM'),
});
export const ZReceptionSessions = z.object({
  items: z.array(ZReceptionSession),
  minimum: z.object({ days: z.number().int(), per: z.enum(['week', 'month']), basis: z.string() }).nullable().describe('Số ngày tiếp định kỳ tối thiểu theo Luật Tiếp công dân'),
  meetsMinimum: z.boolean().nullable(),
});
