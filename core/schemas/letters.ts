import { z } from 'zod';
import { LETTER_STATES } from '../domain/cases/letters';
import { decisions } from '../domain/catalogs';
import { ZActions, ZRef, ZStr, ZCode, ZId, ZIsoDate, ZLongText, ZOptionalText, ZQueryBool, ZText, ZVersion } from './common';
import { EXPORT_PAGE, ZRecordListQuery } from './records';
import { ZDocumentOptions, ZIssuedDocument } from './documents';
import { ZRequestType } from './visits';

const decisionCodes = decisions.entries.map((e) => e.code) as [string, ...string[]];
export const ZDecision = z.enum(decisionCodes as ['thu_ly', 'huong_dan', 'chuyen_don', 'tra_lai_don', 'luu_don', 'don_doc', 'khong_thu_ly', 'khong_xu_ly'], { error: 'Kết quả xử lý không có trong danh mục' });

/** One writer of a letter as written on it. A denunciation's writers are sealed (Luật Tố cáo art. 9, 56). */
export const ZLetterSender = z.object({
  fullName: ZText(150, 'Họ tên người viết đơn'),
  idNumber: ZStr('Số giấy tờ').trim().max(20, 'Số giấy tờ dài tối đa 20 ký tự').nullish(),
  address: ZOptionalText(500, 'Địa chỉ'),
  phone: ZStr('Số điện thoại').trim().max(30, 'Số điện thoại dài tối đa 30 ký tự').nullish(),
  personId: ZRef().nullish().describe('Hồ sơ công dân trong sổ, nếu đã đối chiếu'),
});
export type TLetterSender = z.output<typeof ZLetterSender>;

export const ZLetterCreate = z
  .object({
    requestType: ZRequestType,
    channel: ZCode('Nguồn đơn').describe('Danh mục intake_channel'),
    receivedOn: ZIsoDate.describe('Ngày nhận đơn'),
    content: ZLongText(8000, 'Nội dung đơn'),
    summary: ZOptionalText(300, 'Trích yếu'),
    senders: z.array(ZLetterSender).max(200, 'Tối đa 200 người viết đơn').default([]),
    anonymous: z.boolean().default(false).describe('Đơn không rõ người viết (nặc danh)'),
    falseName: z.boolean().default(false).describe('Đơn mạo danh'),
    signed: z.boolean().default(true).describe('Đơn có chữ ký hoặc điểm chỉ'),
    signerCount: z.number().int().min(0).max(100_000).nullish().describe('Số người ký đơn (mặc định số người viết)'),
    field: ZCode('Lĩnh vực').nullish(),
    specialCategories: z.array(ZCode('Đối tượng đặc thù')).max(10).default([]),
    sourceBody: ZOptionalText(300, 'Cơ quan chuyển đơn').describe('Với đơn do cơ quan, đại biểu chuyển đến'),
    originalsAttached: z.boolean().default(false).describe('Có kèm bản gốc giấy tờ'),
  })
  .superRefine((v, ctx) => {
    if (v.anonymous && v.senders.length > 0) ctx.addIssue({ code: 'custom', path: ['senders'], message: 'Đơn nặc danh không có người viết' });
    if (!v.anonymous && v.senders.length === 0) ctx.addIssue({ code: 'custom', path: ['senders'], message: 'Hãy ghi người viết đơn, hoặc đánh dấu đơn nặc danh' });
  });
export type TLetterCreate = z.output<typeof ZLetterCreate>;

export const PRIOR_RESOLUTION = ['chua_giai_quyet', 'dang_giai_quyet', 'da_giai_quyet_lan_1', 'da_giai_quyet_lan_2', 'da_co_ban_an'] as const;

/** Classification on the axes of form 02/XLD (domain brief §3). */
export const ZLetterClassify = z
  .object({
    version: ZVersion,
    requestType: ZRequestType.optional().describe('Phân loại lại loại đơn'),
    field: ZCode('Lĩnh vực').nullish(),
    eligible: z.boolean().describe('Đủ điều kiện xử lý'),
    ineligibleReason: ZOptionalText(500, 'Lý do không đủ điều kiện'),
    competent: z.boolean().describe('Thuộc thẩm quyền giải quyết của đơn vị'),
    competentBodyType: ZCode('Loại cơ quan có thẩm quyền').nullish(),
    priorResolution: z.enum(PRIOR_RESOLUTION, { error: 'Tình trạng giải quyết không hợp lệ' }).nullish(),
    duplicateOfId: ZRef().nullish().describe('Đơn trùng với đơn này'),
  })
  .superRefine((v, ctx) => {
    if (!v.eligible && !v.ineligibleReason) ctx.addIssue({ code: 'custom', path: ['ineligibleReason'], message: 'Hãy ghi lý do không đủ điều kiện xử lý' });
  });

export const ZLetterDecide = z.object({
  version: ZVersion,
  decision: ZDecision,
  on: ZIsoDate.optional().describe('Ngày xử lý (mặc định hôm nay)'),
  forwardToUnitId: ZRef().nullish().describe('Chuyển đến đơn vị dùng tiepdan: đơn vào hộp đơn đến của đơn vị đó'),
  forwardToBody: ZOptionalText(300, 'Cơ quan nhận').describe('Chuyển đến cơ quan ngoài hệ thống'),
  ground: ZCode('Căn cứ').nullish().describe('Căn cứ không thụ lý, không xử lý (danh mục non_acceptance_ground)'),
  note: ZOptionalText(1000, 'Ghi chú'),
  caseId: ZRef().nullish().describe('Thụ lý: gộp vào vụ việc đã có thay vì mở vụ việc mới'),
  document: ZDocumentOptions.optional().describe('Văn bản kết quả xử lý (phiếu đề xuất, thông báo, hướng dẫn, phiếu chuyển, trả lại, đôn đốc): người ký, nơi nhận'),
});

export const ZLetterSenderOut = z.object({
  fullName: z.string(),
  idNumber: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  personId: z.number().int().nullable(),
});

export const ZClockOut = z.object({
  id: z.number().int(),
  type: z.string(),
  stage: z.string(),
  stageLabel: z.string(),
  startedOn: z.string(),
  dueOn: z.string().nullable().describe('Hạn (ISO); null khi luật không quy định thời hạn'),
  state: z.string().nullable().describe('on_time | due_soon | overdue | stopped | no_limit'),
  daysLeft: z.number().int().nullable(),
  unit: z.string().nullable(),
  basis: z.string(),
  endedOn: z.string().nullable(),
  endedBy: z.string().nullable(),
});

export const ZLetter = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  year: z.number().int(),
  number: z.number().int().describe('Số thứ tự trong sổ đơn của đơn vị, theo năm'),
  receivedOn: z.string(),
  channel: z.string(),
  requestType: z.string(),
  requestTypeLabel: z.string(),
  field: z.string().nullable(),
  specialCategories: z.array(z.string()),
  content: z.string(),
  summary: z.string().nullable(),
  anonymous: z.boolean(),
  falseName: z.boolean(),
  signed: z.boolean(),
  signerCount: z.number().int(),
  sealed: z.boolean().describe('Người viết đơn được giữ bí mật (đơn tố cáo)'),
  cleared: z.boolean().describe('Bạn được phép xem danh tính người tố cáo trong đơn này'),
  senders: z.array(ZLetterSenderOut).describe('Người viết đơn; với đơn tố cáo chỉ có khi bạn được phép xem'),
  sendersLabel: z.string(),
  sourceBody: z.string().nullable(),
  originalsAttached: z.boolean(),
  state: z.enum(LETTER_STATES),
  stateLabel: z.string(),
  eligible: z.boolean().nullable(),
  ineligibleReason: z.string().nullable(),
  competent: z.boolean().nullable(),
  competentBodyType: z.string().nullable(),
  priorResolution: z.string().nullable(),
  duplicateOfId: z.number().int().nullable(),
  decision: z.string().nullable(),
  decisionLabel: z.string().nullable(),
  decidedOn: z.string().nullable(),
  ground: z.string().nullable(),
  decisionNote: z.string().nullable(),
  forwardToUnitId: z.number().int().nullable(),
  forwardToUnitName: z.string().nullable(),
  forwardToBody: z.string().nullable(),
  forwardedFromLetterId: z.number().int().nullable().describe('Đơn của đơn vị chuyển đến (đơn này là bản đơn vị mình vào sổ)'),
  receivedAsLetterId: z.number().int().nullable().describe('Đơn vị nhận đã vào sổ đơn chuyển đến với số này'),
  visitId: z.number().int().nullable(),
  caseId: z.number().int().nullable(),
  clocks: z.array(ZClockOut),
  dueOn: z.string().nullable().describe('Hạn của thời hạn đang chạy sớm nhất'),
  documents: z.array(ZIssuedDocument).describe('Văn bản đã ban hành từ việc xử lý đơn (tải tại /api/documents/{id}/file)'),
  createdAt: z.string(),
  version: z.number().int(),
  actions: ZActions,
});

export const ZLetterListQuery = ZRecordListQuery.extend({
  state: z.enum(LETTER_STATES).optional(),
  requestType: ZRequestType.optional(),
  channel: ZCode('Nguồn đơn').optional(),
  decision: ZCode('Hướng xử lý').optional(),
  inbox: ZQueryBool.optional().describe('Đơn các đơn vị khác chuyển đến đơn vị của bạn, chưa vào sổ'),
  overdue: ZQueryBool.optional().describe('Chỉ đơn có thời hạn xử lý đang chạy đã quá hạn'),
  dueSoon: ZQueryBool.optional().describe('Chỉ đơn sắp đến hạn xử lý (còn ≤ 3 ngày làm việc)'),
  anonymous: ZQueryBool.optional().describe('Đơn nặc danh'),
  toUrge: ZQueryBool.optional().describe('Đơn đã chuyển, đơn vị nhận chưa vào sổ (cần đôn đốc)'),
  personId: ZId.optional().describe('Của một công dân (kể cả các hồ sơ trùng đã gộp vào)'),
  sort: z.enum(['receivedOn', 'number', 'dueOn'], { error: 'Cách sắp xếp không hợp lệ' }).optional().describe('Theo ngày nhận (mặc định, mới nhất trước), số đơn hoặc hạn xử lý'),
});

export const ZLetterExportQuery = ZLetterListQuery.extend(EXPORT_PAGE);

export const ZLetterListItem = ZLetter.pick({
  id: true,
  unitId: true,
  unitName: true,
  year: true,
  number: true,
  receivedOn: true,
  channel: true,
  requestType: true,
  requestTypeLabel: true,
  summary: true,
  sealed: true,
  sendersLabel: true,
  state: true,
  stateLabel: true,
  decision: true,
  decisionLabel: true,
  forwardToUnitId: true,
  receivedAsLetterId: true,
  caseId: true,
  dueOn: true,
});

export const ZLetterList = z.object({ items: z.array(ZLetterListItem.extend({ daysLeft: z.number().int().nullable(), overdue: z.boolean() })), hasMore: z.boolean() });

/**
 * A letter found related to this one (đơn trùng, Luật TC art. 24(3); TT 07/2014 art. 6(2)(b)) among stored letters of
 * every unit. One the actor may not open is shown as existing at its unit (number, date, type, why it matched) without
 * its content, state or case: enough to know the matter is already before another body and whom to ask.
 */
export const ZRelatedLetter = z.object({
  letterId: z.number().int(),
  visible: z.boolean().describe('Bạn được xem đơn này; nếu không, chỉ biết đơn có ở đơn vị nào'),
  unitId: z.number().int(),
  unitName: z.string(),
  number: z.number().int(),
  year: z.number().int(),
  receivedOn: z.string(),
  requestTypeLabel: z.string(),
  score: z.number().int().min(0).max(100).describe('Mức độ trùng, phần trăm'),
  reasons: z.array(z.string()),
  summary: z.string().nullable(),
  stateLabel: z.string().nullable(),
  caseId: z.number().int().nullable(),
  duplicateOf: z.boolean().describe('Đơn này đã được đánh dấu trùng với đơn kia'),
  linked: z.boolean().describe('Đã liên kết là đơn liên quan'),
});

export const ZRelatedLetters = z.object({ items: z.array(ZRelatedLetter) });

export const ZLetterRelate = z
  .object({
    version: ZVersion,
    relation: z.enum(['duplicate_of', 'related', 'case'], { error: 'Quan hệ phải là đơn trùng, đơn liên quan hoặc vụ việc' }),
    letterId: ZRef('Đơn liên quan').nullish(),
    caseId: ZRef('Vụ việc').nullish(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.relation === 'case' && !v.caseId) ctx.addIssue({ code: 'custom', path: ['caseId'], message: 'Hãy chọn vụ việc' });
    if (v.relation !== 'case' && !v.letterId) ctx.addIssue({ code: 'custom', path: ['letterId'], message: 'Hãy chọn đơn' });
  });
