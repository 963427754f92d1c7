import { z } from 'zod';
import { CASE_STATES, CASE_TRANSITIONS, CASE_TYPES } from '../domain/cases/machine';
import { ZActions, ZRef, ZCode, ZDecimal, ZId, ZIsoDate, ZListPage, ZOptionalText, ZQueryBool, ZText, ZVersion } from './common';
import { EXPORT_PAGE, ZRecordListQuery } from './records';
import { ZDocumentOptions, ZIssuedDocument } from './documents';
import { ZClockOut } from './letters';

export const ZCaseType = z.enum(CASE_TYPES, { error: 'Loại vụ việc không hợp lệ' });
export const ZCaseState = z.enum(CASE_STATES, { error: 'Trạng thái vụ việc không hợp lệ' });

export const ZCaseCreate = z.object({
  letterIds: z.array(ZRef()).min(1, 'Vụ việc phải có ít nhất một đơn').max(50),
  title: ZOptionalText(300, 'Tên vụ việc'),
  handlerAccountId: ZRef().nullish().describe('Cán bộ được giao giải quyết'),
});

export const ZCaseUpdate = z.object({
  version: ZVersion,
  title: ZText(300, 'Tên vụ việc').optional(),
  handlerAccountId: ZRef().nullable().optional(),
  complex: z.boolean().optional().describe('Vụ việc phức tạp (Điều 3 Nghị định 31/2019; Điều 28 Luật Khiếu nại)'),
  complexCriteria: z.array(ZCode('Tiêu chí')).max(10).optional(),
  protracted: z.boolean().optional().describe('Kéo dài'),
  backlog: z.boolean().optional().describe('Tồn đọng từ kỳ trước'),
  overLevel: z.boolean().optional().describe('Vượt cấp'),
})
  // Strict: a field cases do not have is a mistake to report, not a silent no-op edit.
  .strict();

/** The legal act a step is taken by (extension, suspension, decision, conclusion, termination). */
export const ZCaseDecision = z.object({
  number: ZText(50, 'Số văn bản'),
  date: ZIsoDate,
  signer: ZText(150, 'Người ký'),
});

export const ZCaseTransitionInput = z.object({
  transition: z.enum(CASE_TRANSITIONS, { error: 'Thao tác không hợp lệ' }),
  version: ZVersion,
  on: ZIsoDate.optional().describe('Ngày của bước (mặc định hôm nay)'),
  decision: ZCaseDecision.nullish().describe('Văn bản: bắt buộc khi gia hạn, tạm đình chỉ, giải quyết, đình chỉ'),
  outcome: ZCode('Kết quả').nullish().describe('Khi giải quyết: complaint_outcome (khiếu nại) hoặc denunciation_outcome (tố cáo)'),
  days: z.number().int().min(1).max(60).nullish().describe('Gia hạn: số ngày'),
  complex: z.boolean().nullish().describe('Thụ lý khiếu nại: vụ việc phức tạp'),
  inWriting: z.boolean().nullish(),
  scope: z.enum(['all', 'part']).nullish(),
  group: z.object({ members: z.number().int().min(2).max(100_000), withdrawing: z.number().int().min(1).max(100_000) }).nullish(),
  signsOfViolation: z.boolean().nullish(),
  coerced: z.boolean().nullish(),
  slander: z.boolean().nullish(),
  note: ZOptionalText(1000, 'Ghi chú'),
});

export const ZCaseEvent = z.object({
  id: z.number().int(),
  at: z.string(),
  on: z.string(),
  actorName: z.string().nullable(),
  transition: z.string(),
  label: z.string(),
  fromState: z.string().nullable(),
  toState: z.string(),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  signer: z.string().nullable(),
  basis: z.string().nullable(),
  note: z.string().nullable(),
  document: ZIssuedDocument.pick({ id: true, kind: true, label: true, numberLine: true, issuedOn: true }).nullable().describe('Văn bản ban hành ở bước này'),
});

export const ZCaseListItem = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  type: ZCaseType,
  typeLabel: z.string(),
  state: ZCaseState,
  stateLabel: z.string(),
  level: z.number().int(),
  title: z.string(),
  handlerAccountId: z.number().int().nullable(),
  handlerName: z.string().nullable(),
  openedOn: z.string(),
  dueOn: z.string().nullable().describe('Hạn của thời hạn đang chạy sớm nhất (ISO), null khi không có'),
  dueStage: z.string().nullable(),
  daysLeft: z.number().int().nullable(),
  overdue: z.boolean(),
  dueSoon: z.boolean(),
  complex: z.boolean(),
  protracted: z.boolean(),
  backlog: z.boolean(),
  overLevel: z.boolean(),
  ageDays: z.number().int().describe('Số ngày từ khi mở vụ việc'),
  daysOverdue: z.number().int().nullable().describe('Số ngày đã quá hạn (ngày lịch), null khi chưa quá hạn'),
});

export const ZCaseList = z.object({ items: z.array(ZCaseListItem), hasMore: z.boolean() });

export const ZCaseListQuery = ZRecordListQuery.extend({
  state: ZCaseState.optional(),
  type: ZCaseType.optional(),
  overdue: ZQueryBool.optional().describe('Chỉ vụ việc có thời hạn đang chạy đã quá hạn'),
  dueSoon: ZQueryBool.optional().describe('Chỉ vụ việc sắp đến hạn (còn ≤ 3 ngày làm việc)'),
  open: ZQueryBool.optional().describe('Chỉ vụ việc chưa kết thúc'),
  toUrge: ZQueryBool.optional().describe('Vụ việc của đơn vị cấp dưới quá hạn hoặc sắp đến hạn (cần đôn đốc)'),
  complex: ZQueryBool.optional().describe('Phức tạp'),
  protracted: ZQueryBool.optional().describe('Kéo dài'),
  backlog: ZQueryBool.optional().describe('Tồn đọng'),
  overLevel: ZQueryBool.optional().describe('Vượt cấp'),
  handlerAccountId: ZId.optional(),
  personId: ZId.optional().describe('Của một công dân (kể cả các hồ sơ trùng đã gộp vào)'),
  sort: z.enum(['dueOn', 'openedOn', 'title'], { error: 'Cách sắp xếp không hợp lệ' }).optional().describe('Theo hạn (mặc định, gấp nhất trước), ngày mở hoặc tên vụ việc'),
});

/** An export takes the list's filters with a larger page. */
export const ZCaseExportQuery = ZCaseListQuery.extend(EXPORT_PAGE);

export const ZCaseLetterRef = z.object({ id: z.number().int(), number: z.number().int(), year: z.number().int(), receivedOn: z.string(), sendersLabel: z.string(), unitId: z.number().int() });

export const ZCase = ZCaseListItem.extend({
  complexCriteria: z.array(z.string()),
  outcome: z.string().nullable(),
  resultNumber: z.string().nullable(),
  resultDate: z.string().nullable(),
  resultSigner: z.string().nullable(),
  closedOn: z.string().nullable(),
  letters: z.array(ZCaseLetterRef),
  visitIds: z.array(z.number().int()),
  clocks: z.array(ZClockOut),
  events: z.array(ZCaseEvent).describe('Diễn biến vụ việc: ai, khi nào, bước nào, văn bản nào'),
  documents: z.array(ZIssuedDocument).describe('Văn bản đã ban hành về vụ việc và các đơn của nó'),
  version: z.number().int(),
  actions: ZActions.describe('Các bước người dùng được thực hiện (mã thao tác) và "edit"'),
});

/** Cases to urge (đôn đốc, issue 8 §4): open, with a running clock overdue or due within `withinDays` working days. */
export const ZUrgingQuery = ZListPage.extend({
  withinDays: ZDecimal('Số ngày', 0, 30).default(3).describe('Đề xuất cả vụ việc còn ≤ số ngày làm việc này đến hạn'),
  unitId: ZId.optional(),
});

export const ZUrgingList = z.object({
  items: z.array(ZCaseListItem.extend({ lastUrgedOn: z.string().nullable().describe('Lần đôn đốc gần nhất') })),
  hasMore: z.boolean(),
});

export const ZCaseUrge = z
  .object({
    version: ZVersion,
    addressee: ZOptionalText(300, 'Kính gửi').describe('Mặc định: thủ trưởng đơn vị giải quyết, hoặc cán bộ được giao khi cùng đơn vị'),
    request: ZOptionalText(2000, 'Nội dung đề nghị'),
    document: ZDocumentOptions.optional(),
  })
  .strict();
