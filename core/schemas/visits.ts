import { z } from 'zod';
import { requestTypes } from '../domain/catalogs';
import { EXPORT_PAGE, ZRecordListQuery } from './records';
import { ZScreeningAnswers } from './health';
import { ZActions, ZRef, ZCode, ZId, ZIsoDateTime, ZLongText, ZOptionalText, ZQueryBool } from './common';
import { ZIssuedDocument } from './documents';

const requestTypeCodes = requestTypes.entries.map((e) => e.code) as [string, ...string[]];

/** Request type (catalogue request_type, fixed by law): khieu_nai, to_cao, kien_nghi, phan_anh, nhieu_noi_dung. */
export const ZRequestType = z.enum(requestTypeCodes as ['khieu_nai', 'to_cao', 'kien_nghi', 'phan_anh', 'nhieu_noi_dung'], { error: 'Loại đơn không hợp lệ' });

export const VISIT_OUTCOMES = ['huong_dan', 'giai_thich', 'nhan_don', 'chuyen_don', 'de_xuat_lanh_dao_tiep', 'tu_choi'] as const;
export const VISIT_OUTCOME_LABELS: Record<(typeof VISIT_OUTCOMES)[number], { vi: string; en: string }> = {
  huong_dan: { vi: 'Hướng dẫn', en: 'Guided' },
  giai_thich: { vi: 'Giải thích', en: 'Explained' },
  nhan_don: { vi: 'Tiếp nhận đơn', en: 'Letter received' },
  chuyen_don: { vi: 'Chuyển đơn', en: 'Forwarded' },
  de_xuat_lanh_dao_tiep: { vi: 'Đề xuất lãnh đạo tiếp', en: 'Proposed for the head’s reception' },
  tu_choi: { vi: 'Từ chối tiếp', en: 'Reception refused' },
};

export const RECEPTION_KINDS = ['thuong_xuyen', 'dinh_ky', 'dot_xuat'] as const;
export const RECEPTION_MODES = ['lanh_dao_truc_tiep', 'uy_quyen'] as const;

export const ZVisitCreate = z
  .object({
    personIds: z.array(ZRef()).min(1, 'Hãy chọn ít nhất một công dân trong sổ').max(200, 'Tối đa 200 công dân trong một lượt tiếp').describe('Công dân (hồ sơ trong sổ) đến trình bày'),
    receivedAt: ZIsoDateTime.describe('Thời điểm tiếp'),
    requestType: ZRequestType,
    content: ZLongText(4000, 'Nội dung trình bày'),
    placeId: ZRef().nullish().describe('Nơi tiếp; mặc định nơi tiếp của đơn vị'),
    receptionKind: z.enum(RECEPTION_KINDS, { error: 'Hình thức tiếp không hợp lệ' }).default('thuong_xuyen'),
    receptionMode: z.enum(RECEPTION_MODES, { error: 'Người tiếp không hợp lệ' }).nullish().describe('Lãnh đạo tiếp trực tiếp hoặc ủy quyền (chỉ khi lãnh đạo tiếp)'),
    officerId: ZRef().nullish().describe('Cán bộ tiếp; mặc định cán bộ của tài khoản'),
    field: ZCode('Lĩnh vực').nullish(),
    specialCategories: z.array(ZCode('Đối tượng đặc thù')).max(10).default([]),
    priorHandling: ZOptionalText(1000, 'Quá trình giải quyết trước đó'),
    headCount: z.number().int().min(1, 'Số người ít nhất là 1').max(100_000).nullish().describe('Số người cùng đến (mặc định: số công dân đã chọn); từ 5 người là đoàn đông người'),
    representativeIds: z.array(ZRef()).max(5, 'Tối đa 5 người đại diện (Điều 29 Luật Tiếp công dân)').default([]).describe('Người đại diện của đoàn, trong số công dân đã chọn'),
    representativesAppointedBySignatures: z.number().int().min(0).max(100_000).nullish().describe('Số chữ ký trên văn bản cử người đại diện'),
    originWardIds: z.array(ZRef()).max(30).default([]).describe('Phường/xã nơi đoàn đến từ'),
    documentsReceived: ZOptionalText(1000, 'Giấy tờ, tài liệu nhận'),
    outcome: z.enum(VISIT_OUTCOMES, { error: 'Kết quả tiếp không hợp lệ' }).default('huong_dan'),
    refusalGround: ZCode('Căn cứ từ chối').nullish().describe('Bắt buộc khi từ chối tiếp (danh mục refusal_ground, theo ngày tiếp)'),
    followUp: ZOptionalText(1000, 'Theo dõi'),
    letterChannel: ZCode('Nguồn đơn').nullish().describe('Khi tiếp nhận đơn: nguồn đơn (mặc định truc_tiep)'),
    screening: ZScreeningAnswers.nullish().describe('Trả lời câu hỏi sàng lọc y tế, khi đợt đang sàng lọc (GET /api/health-screening/current)'),
  })
  .superRefine((v, ctx) => {
    const people = new Set(v.personIds);
    if (people.size !== v.personIds.length) ctx.addIssue({ code: 'custom', path: ['personIds'], message: 'Một công dân được chọn hai lần' });
    if (v.representativeIds.some((id) => !people.has(id))) ctx.addIssue({ code: 'custom', path: ['representativeIds'], message: 'Người đại diện phải là một trong các công dân đến' });
    if (v.outcome === 'tu_choi' && !v.refusalGround) ctx.addIssue({ code: 'custom', path: ['refusalGround'], message: 'Từ chối tiếp phải ghi căn cứ' });
    if (v.headCount !== null && v.headCount !== undefined && v.headCount < v.personIds.length) ctx.addIssue({ code: 'custom', path: ['headCount'], message: 'Số người không thể ít hơn số công dân đã chọn' });
  });
export type TVisitCreate = z.output<typeof ZVisitCreate>;

export const ZPersonRef = z.object({ id: z.number().int(), fullName: z.string(), representative: z.boolean() });

export const ZVisit = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  receivedAt: z.string(),
  placeId: z.number().int().nullable(),
  placeName: z.string().nullable(),
  receptionKind: z.string(),
  receptionMode: z.string().nullable(),
  officerId: z.number().int().nullable(),
  officerName: z.string().nullable(),
  requestType: z.string(),
  requestTypeLabel: z.string(),
  field: z.string().nullable(),
  specialCategories: z.array(z.string()),
  content: z.string(),
  priorHandling: z.string().nullable(),
  headCount: z.number().int(),
  delegation: z.boolean().describe('Đoàn đông người (từ 5 người cùng nội dung)'),
  repeat: z.boolean().describe('Tiếp lần hai trở lên: một trong các công dân đã được tiếp trước đó (tính từ lịch sử, không nhập tay)'),
  sealed: z.boolean().describe('Người tố cáo được giữ bí mật: danh sách công dân ẩn với người chưa được cho phép'),
  people: z.array(ZPersonRef),
  peopleLabel: z.string().describe('Tên người đến, hoặc «Người tố cáo (được giữ bí mật)»'),
  originWardIds: z.array(z.number().int()),
  documentsReceived: z.string().nullable(),
  documents: z.array(ZIssuedDocument).describe('Giấy biên nhận, thông báo từ chối đã lập khi tiếp'),
  outcome: z.string(),
  outcomeLabel: z.string(),
  refusalGround: z.string().nullable(),
  refusalBasis: z.string().nullable(),
  refusalNoticeRequired: z.boolean(),
  followUp: z.string().nullable(),
  letterId: z.number().int().nullable(),
  caseId: z.number().int().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
  actions: ZActions,
});

export const ZVisitListQuery = ZRecordListQuery.extend({
  requestType: ZRequestType.optional(),
  outcome: z.enum(VISIT_OUTCOMES, { error: 'Kết quả tiếp không hợp lệ' }).optional(),
  delegation: ZQueryBool.optional().describe('Chỉ đoàn đông người'),
  repeat: ZQueryBool.optional().describe('Chỉ lượt tiếp lần hai trở lên'),
  personId: ZId.optional().describe('Của một công dân (kể cả các hồ sơ trùng đã gộp vào)'),
  sort: z.enum(['receivedAt', 'unit'], { error: 'Cách sắp xếp không hợp lệ' }).optional().describe('Theo thời điểm tiếp (mặc định, mới nhất trước) hoặc theo đơn vị'),
});

export const ZVisitExportQuery = ZVisitListQuery.extend(EXPORT_PAGE);

export const ZVisitListItem = ZVisit.pick({
  id: true,
  unitId: true,
  unitName: true,
  receivedAt: true,
  requestType: true,
  requestTypeLabel: true,
  headCount: true,
  delegation: true,
  repeat: true,
  sealed: true,
  peopleLabel: true,
  field: true,
  content: true,
  outcome: true,
  outcomeLabel: true,
  letterId: true,
  caseId: true,
});

export const ZVisitList = z.object({ items: z.array(ZVisitListItem), hasMore: z.boolean() });
