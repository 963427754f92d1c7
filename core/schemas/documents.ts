import { z } from 'zod';
import { DOCUMENT_KINDS, type DocumentKind } from '../domain/documents/kinds';
import { ZId, ZIsoDate, ZOptionalText, ZRef, ZStr, ZText } from './common';

export const ZDocumentKind = z.enum(DOCUMENT_KINDS).describe('Loại văn bản');

const requestType = ZText(60, 'Loại đơn').describe('Loại đơn viết thường, như trong câu: "khiếu nại", "tố cáo", "kiến nghị, phản ánh"');
const receivedOn = ZIsoDate.describe('Ngày nhận đơn');
const summary = ZText(4000, 'Tóm tắt nội dung đơn');
const basis = ZText(1000, 'Căn cứ pháp lý');
const addressee = ZText(300, 'Kính gửi');

/**
 * What each kind's template is filled with, besides the fields every document has (letterhead, number, place and
 * date, signer, recipients: see `COMMON_TAGS`). A key that is not declared here is dropped before rendering: the
 * denunciation transfer slip and the urging letter have no field for a denouncer's identity at all (Luật Tố cáo
 * art. 56(2)), so none can reach the verifier or the accused's unit whatever the caller passes.
 */
export const DOCUMENT_DATA = {
  acceptance_proposal: z.object({
    addressee,
    requestType,
    receivedOn,
    senderName: ZOptionalText(300, 'Người gửi đơn'),
    senderAddress: ZOptionalText(500, 'Địa chỉ người gửi đơn'),
    summary,
    basis,
    proposal: ZText(2000, 'Nội dung đề xuất'),
  }),
  guidance: z.object({
    addressee,
    addresseeAddress: ZOptionalText(500, 'Địa chỉ'),
    requestType,
    receivedOn,
    summary,
    competentBody: ZText(300, 'Cơ quan có thẩm quyền giải quyết'),
    guidance: ZText(3000, 'Nội dung hướng dẫn'),
    basis,
  }),
  transfer: z.object({
    toBody: ZText(300, 'Cơ quan nhận đơn chuyển đến'),
    requestType,
    receivedOn,
    senderName: ZText(300, 'Người gửi đơn'),
    senderAddress: ZOptionalText(500, 'Địa chỉ người gửi đơn'),
    summary,
    basis,
    enclosures: ZOptionalText(500, 'Tài liệu kèm theo'),
  }),
  denunciation_transfer: z.object({
    toBody: ZText(300, 'Cơ quan nhận đơn chuyển đến'),
    receivedOn,
    summary,
    basis,
    enclosures: ZOptionalText(500, 'Tài liệu kèm theo'),
  }),
  return_notice: z.object({
    addressee,
    forwardedBy: ZText(300, 'Văn bản chuyển đơn'),
    senderName: ZText(300, 'Người gửi đơn'),
    requestType,
    summary,
    reason: ZText(2000, 'Lý do trả lại đơn'),
    basis,
  }),
  ineligibility_notice: z.object({
    addressee,
    addresseeAddress: ZOptionalText(500, 'Địa chỉ'),
    requestType,
    receivedOn,
    summary,
    reason: ZText(2000, 'Lý do không thụ lý'),
    basis,
  }),
  receipt: z.object({
    receivedOn: ZIsoDate.describe('Ngày nhận tài liệu'),
    receivedTime: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ nhận có dạng HH:mm')
      .transform((t) => `${t.slice(0, 2)} giờ ${t.slice(3)} phút`),
    place: ZText(300, 'Địa điểm nhận'),
    providerName: ZText(150, 'Người cung cấp thông tin, tài liệu'),
    providerIdNumber: ZOptionalText(20, 'Số giấy tờ tùy thân'),
    providerIdIssuedOn: ZIsoDate.nullish().transform((d) => d ?? null),
    providerIdIssuedBy: ZOptionalText(200, 'Nơi cấp giấy tờ'),
    items: z
      .array(
        z.object({
          name: ZText(500, 'Tên tài liệu'),
          pages: z.number().int().min(1).max(10_000).nullish().transform((n) => n ?? null),
          condition: ZOptionalText(300, 'Tình trạng tài liệu'),
        }),
      )
      .min(1, 'Cần ít nhất một tài liệu')
      .max(100),
    copies: z
      .number()
      .int()
      .min(2)
      .max(5)
      .default(2)
      .transform((n) => String(n).padStart(2, '0'))
      .describe('Số bản lập (02 khi khiếu nại, 03 khi tố cáo)'),
  }),
  refusal_notice: z.object({
    addressee,
    visitedOn: ZIsoDate.describe('Ngày công dân đến'),
    citizenName: ZText(150, 'Họ tên công dân'),
    idNumber: ZOptionalText(20, 'Số giấy tờ tùy thân'),
    idIssuedOn: ZIsoDate.nullish().transform((d) => d ?? null),
    idIssuedBy: ZOptionalText(200, 'Nơi cấp giấy tờ'),
    citizenAddress: ZOptionalText(500, 'Địa chỉ'),
    visitedPlace: ZText(300, 'Nơi công dân đến'),
    requestType,
    summary,
    legalBasis: ZText(1000, 'Căn cứ từ chối'),
  }),
  urging: z.object({
    addressee,
    forwardedBy: ZOptionalText(300, 'Văn bản đã chuyển đơn'),
    requestType,
    receivedOn: ZIsoDate.nullish().transform((d) => d ?? null),
    summary,
    dueOn: ZIsoDate.nullish().transform((d) => d ?? null).describe('Hạn giải quyết đã quá hoặc sắp đến'),
    request: ZText(2000, 'Nội dung đề nghị'),
    basis,
  }),
} satisfies Record<DocumentKind, z.ZodType>;

export type DocumentDataInput<K extends DocumentKind> = z.input<(typeof DOCUMENT_DATA)[K]>;

/** Filled in for every form: a sample an uploaded template is rendered with before it is accepted, and test data. */
export const DOCUMENT_SAMPLES: { [K in DocumentKind]: DocumentDataInput<K> } = {
  acceptance_proposal: {
    addressee: 'Chủ tịch Ủy ban nhân dân thành phố Bắc Ninh',
    requestType: 'khiếu nại',
    receivedOn: '2021-10-20',
    senderName: 'Ông Trần Văn Mẫu',
    senderAddress: 'Phường Suối Hoa, thành phố Bắc Ninh',
    summary: 'Khiếu nại quyết định thu hồi đất.',
    basis: 'Điều 7 khoản 1 Thông tư 07/2014/TT-TTCP',
    proposal: 'Thụ lý giải quyết khiếu nại lần đầu.',
  },
  guidance: {
    addressee: 'Ông Trần Văn Mẫu',
    addresseeAddress: 'Phường Suối Hoa, thành phố Bắc Ninh',
    requestType: 'khiếu nại',
    receivedOn: '2021-10-20',
    summary: 'Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất.',
    competentBody: 'Ủy ban nhân dân tỉnh Bắc Ninh',
    guidance: 'Ông gửi đơn đến Ủy ban nhân dân tỉnh Bắc Ninh để được xem xét, giải quyết theo thẩm quyền.',
    basis: 'Điều 8 khoản 1 Thông tư 07/2014/TT-TTCP',
  },
  transfer: {
    toBody: 'Công an thành phố Bắc Ninh',
    requestType: 'kiến nghị, phản ánh',
    receivedOn: '2021-10-20',
    senderName: 'Bà Nguyễn Thị Mẫu',
    senderAddress: 'Phường Vũ Ninh, thành phố Bắc Ninh',
    summary: 'Phản ánh tình trạng mất an ninh trật tự tại khu dân cư.',
    basis: 'Điều 21 khoản 2 Thông tư 07/2014/TT-TTCP',
    enclosures: 'Đơn phản ánh (01 bản)',
  },
  denunciation_transfer: {
    toBody: 'Thanh tra tỉnh Bắc Ninh',
    receivedOn: '2021-10-20',
    summary: 'Tố cáo cán bộ có hành vi nhận tiền khi giải quyết hồ sơ.',
    basis: 'Điều 14 khoản 1 Thông tư 05/2021/TT-TTCP',
    enclosures: 'Đơn tố cáo đã lược bỏ thông tin người tố cáo',
  },
  return_notice: {
    addressee: 'Ban Tiếp công dân tỉnh Bắc Ninh',
    forwardedBy: 'Phiếu chuyển đơn số 15/PC-BTCD ngày 12/10/2021',
    senderName: 'Ông Trần Văn Mẫu',
    requestType: 'khiếu nại',
    summary: 'Khiếu nại việc giải quyết chế độ chính sách.',
    reason: 'Nội dung đơn không thuộc thẩm quyền giải quyết của Ủy ban nhân dân thành phố.',
    basis: 'Điều 8 khoản 2 Thông tư 07/2014/TT-TTCP',
  },
  ineligibility_notice: {
    addressee: 'Ông Trần Văn Mẫu',
    addresseeAddress: 'Phường Suối Hoa, thành phố Bắc Ninh',
    requestType: 'khiếu nại',
    receivedOn: '2021-10-20',
    summary: 'Khiếu nại quyết định hành chính về đất đai.',
    reason: 'Thời hiệu khiếu nại đã hết (Điều 11 khoản 3 Luật Khiếu nại).',
    basis: 'Điều 7 khoản 2 Thông tư 07/2014/TT-TTCP',
  },
  receipt: {
    receivedOn: '2021-10-25',
    receivedTime: '09:30',
    place: 'Trụ sở Tiếp công dân thành phố Bắc Ninh',
    providerName: 'Trần Văn Mẫu',
    providerIdNumber: '027090000001',
    providerIdIssuedOn: '2021-05-10',
    providerIdIssuedBy: 'Cục Cảnh sát quản lý hành chính về trật tự xã hội',
    items: [{ name: 'Đơn khiếu nại', pages: 2, condition: 'Bản chính' }, { name: 'Quyết định thu hồi đất', pages: 3, condition: 'Bản phô tô' }],
    copies: 2,
  },
  refusal_notice: {
    addressee: 'Ông Trần Văn Mẫu',
    visitedOn: '2021-10-25',
    citizenName: 'Trần Văn Mẫu',
    idNumber: '027090000001',
    idIssuedOn: '2021-05-10',
    idIssuedBy: 'Cục Cảnh sát quản lý hành chính về trật tự xã hội',
    citizenAddress: 'Phường Suối Hoa, thành phố Bắc Ninh',
    visitedPlace: 'Trụ sở Tiếp công dân thành phố Bắc Ninh',
    requestType: 'khiếu nại',
    summary: 'thu hồi đất đã được giải quyết đúng chính sách, pháp luật',
    legalBasis: 'khoản 3 Điều 9 Luật Tiếp công dân và Điều 4 Thông tư 06/2014/TT-TTCP',
  },
  urging: {
    addressee: 'Chủ tịch Ủy ban nhân dân phường Suối Hoa',
    forwardedBy: 'Phiếu chuyển đơn số 15/PC-BTCD ngày 12/10/2021',
    requestType: 'kiến nghị, phản ánh',
    receivedOn: '2021-10-20',
    summary: 'Phản ánh việc lấn chiếm lối đi chung.',
    dueOn: '2021-11-05',
    request: 'khẩn trương giải quyết và báo cáo kết quả về Ủy ban nhân dân thành phố.',
    basis: 'Điều 14 khoản 2 Thông tư 05/2021/TT-TTCP',
  },
};

/**
 * Fields every template may use besides its kind's data (each date field `x` of the data also comes as
 * `xInWords`, "ngày 05 tháng 10 năm 2021"): the letterhead, the number line, place and date, the signer block,
 * the recipients list ending "- Lưu: VT, …".
 */
export const COMMON_TAGS = [
  'issuerParent',
  'issuer',
  'issuerName',
  'number',
  'symbol',
  'numberLine',
  'placeDate',
  'issuedOn',
  'signerAuthority',
  'signerTitle',
  'signerName',
  'recipients',
  'archive',
] as const;

export const ZSigner = z.object({
  name: ZText(150, 'Họ tên người ký'),
  title: ZText(150, 'Chức vụ người ký'),
  authority: z.array(ZText(150, 'Thẩm quyền ký')).max(3).default([]).describe('Dòng thẩm quyền ký, như "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"'),
});

export const ZRecordRef = z.object({
  type: ZStr('Loại bản ghi').regex(/^[a-z_]{2,40}$/, 'Loại bản ghi gồm chữ thường không dấu'),
  id: ZRef('Mã bản ghi'),
});

/** What the records modules pass to `issueDocument` (the kind's data is checked against `DOCUMENT_DATA`). */
/** What the records' decisions pass for the document they issue: who signs it and where it goes. */
export const ZDocumentOptions = z.object({
  signer: ZSigner.optional().describe('Người ký; mặc định người thực hiện'),
  recipients: z.array(ZText(300, 'Nơi nhận')).max(30).optional(),
});

export const ZIssueDocument = z.object({
  unitId: ZRef('Đơn vị'),
  kind: ZDocumentKind,
  subject: ZRecordRef.describe('Bản ghi mà văn bản thuộc về (lượt tiếp, đơn, vụ việc…): ai xem được bản ghi thì tải được văn bản'),
  signer: ZSigner,
  recipients: z.array(ZText(300, 'Nơi nhận')).max(30).default([]),
  archive: z.array(ZText(50, 'Nơi lưu')).max(5).default(['hồ sơ']).describe('Sau "Lưu: VT," ví dụ ["BTCD"] hoặc ["hồ sơ"]'),
  drafter: ZStr('Đơn vị soạn thảo').regex(/^[A-ZĐ]{1,10}$/, 'Chữ viết tắt đơn vị soạn thảo: chữ in hoa').nullish().describe('Công văn: chữ viết tắt đơn vị soạn thảo sau ký hiệu cơ quan (UBND-TCD)'),
  sealed: z.boolean().default(false).describe('Văn bản có danh tính người tố cáo: lưu mã hóa, chỉ người được cho phép tải'),
  withheld: z
    .array(ZStr('Giá trị không được có trong văn bản').max(500))
    .max(20)
    .default([])
    .describe('Giá trị không được có trong văn bản (họ tên, số giấy tờ, địa chỉ, điện thoại người tố cáo): có thì không ban hành'),
  data: z.record(ZStr('Tên trường'), z.unknown()),
});
export type TIssueDocument = z.input<typeof ZIssueDocument>;

export const ZIssuedDocument = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  kind: ZDocumentKind,
  label: z.string().describe('Tên loại văn bản'),
  number: z.number().int().nullable().describe('Số trong sổ văn bản đi của đơn vị, theo năm; null với loại không đánh số'),
  symbol: z.string().nullable(),
  numberLine: z.string().nullable().describe('"Số: 05/TB-UBND"'),
  issuedOn: z.string(),
  subject: ZRecordRef,
  signerName: z.string(),
  signerTitle: z.string(),
  sealed: z.boolean(),
  size: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
});
export type TIssuedDocument = z.output<typeof ZIssuedDocument>;

export const ZTemplateScope = z.object({
  unitId: ZId.optional().describe('Mẫu riêng của đơn vị; bỏ trống: mẫu chung cho mọi đơn vị (cần quyền quản trị toàn hệ thống)'),
});

export const ZTemplateKindParams = z.object({ kind: ZDocumentKind });

export const ZTemplateInfo = z.object({
  kind: ZDocumentKind,
  label: z.string(),
  forms: z.array(z.string()),
  numbered: z.boolean(),
  tags: z.array(z.string()).describe('Các trường {…} dùng được trong mẫu'),
  inEffect: z.enum(['shipped', 'everyone', 'unit']).describe('Mẫu đang dùng cho đơn vị: mẫu gốc, mẫu chung hay mẫu riêng'),
  custom: z
    .array(
      z.object({
        id: z.number().int(),
        unitId: z.number().int().nullable(),
        filename: z.string(),
        size: z.number().int(),
        sha256: z.string(),
        uploadedBy: z.string().nullable(),
        uploadedAt: z.string(),
      }),
    )
    .describe('Mẫu tải lên đang có hiệu lực (chung và của đơn vị)'),
});

export const ZTemplateList = z.object({ unitId: z.number().int().nullable(), items: z.array(ZTemplateInfo) });
