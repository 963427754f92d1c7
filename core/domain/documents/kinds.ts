/**
 * The official documents tiepdan issues, each with the form it follows and how NĐ 30/2020/NĐ-CP numbers it.
 *
 * The forms of TT 06/2014/TT-TTCP, TT 07/2014/TT-TTCP and TT 05/2021/TT-TTCP are cited by the articles that
 * prescribe them (their attached .doc files are not in the legal code we keep); Mẫu 01/TCD and 02/TCD of
 * NĐ 154/2026/NĐ-CP are in ../shared/docs/law/nd-154-2026-tiep-cong-dan.md and were followed word for word.
 */
export const DOCUMENT_KINDS = [
  'acceptance_proposal',
  'guidance',
  'transfer',
  'denunciation_transfer',
  'return_notice',
  'ineligibility_notice',
  'receipt',
  'refusal_notice',
  'urging',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * How a document is numbered (NĐ 30/2020 art. 15, Phụ lục III):
 * - `typed`: a named type with its abbreviation before the issuer's ("Số: 12/TB-UBND");
 * - `letter`: a công văn, the issuer's abbreviation alone, then the drafting office's if given ("Số: 12/UBND-TCD");
 * - `unnumbered`: an internal proposal or a receipt whose prescribed form has no number line.
 */
export type Numbering = { kind: 'typed'; abbreviation: string } | { kind: 'letter' } | { kind: 'unnumbered' };

export interface KindInfo {
  vi: string;
  en: string;
  numbering: Numbering;
  /** The prescribed forms, newest first, with the articles that prescribe them. */
  forms: string[];
}

export const KIND_INFO: Record<DocumentKind, KindInfo> = {
  acceptance_proposal: {
    vi: 'Phiếu đề xuất thụ lý đơn',
    en: 'Acceptance proposal',
    numbering: { kind: 'unnumbered' },
    forms: [
      'Mẫu số 01 Thông tư 05/2021/TT-TTCP (Điều 13: đơn tố cáo thuộc thẩm quyền)',
      'Mẫu số 01-XLĐ Thông tư 07/2014/TT-TTCP (Điều 7 khoản 1, Điều 21 khoản 1)',
      'Mẫu số 03-TCD Thông tư 06/2014/TT-TTCP (Điều 13 khoản 1, Điều 22 khoản 1, Điều 31 khoản 1)',
    ],
  },
  guidance: {
    vi: 'Văn bản hướng dẫn',
    en: 'Guidance letter',
    numbering: { kind: 'letter' },
    forms: [
      'Mẫu số 03-XLĐ Thông tư 07/2014/TT-TTCP (Điều 8 khoản 1: hướng dẫn một lần)',
      'Mẫu số 05-TCD, 08-TCD Thông tư 06/2014/TT-TTCP (Điều 14 khoản 1, Điều 22 khoản 2)',
    ],
  },
  transfer: {
    vi: 'Phiếu chuyển đơn',
    en: 'Transfer slip',
    numbering: { kind: 'typed', abbreviation: 'PC' },
    forms: [
      'Mẫu số 06-XLĐ Thông tư 07/2014/TT-TTCP (Điều 21 khoản 2: đơn kiến nghị, phản ánh)',
      'Mẫu số 10-TCD Thông tư 06/2014/TT-TTCP (Điều 31 khoản 2)',
    ],
  },
  denunciation_transfer: {
    vi: 'Phiếu chuyển đơn tố cáo',
    en: 'Denunciation transfer slip',
    numbering: { kind: 'typed', abbreviation: 'PC' },
    forms: [
      'Mẫu số 03 Thông tư 05/2021/TT-TTCP (Điều 14 khoản 1: chuyển một lần)',
      'Mẫu số 05-XLĐ Thông tư 07/2014/TT-TTCP',
      'Điều 56 khoản 2 Luật Tố cáo 2018: lược bỏ họ tên, địa chỉ, bút tích người tố cáo',
    ],
  },
  return_notice: {
    vi: 'Văn bản trả lại đơn',
    en: 'Return notice',
    numbering: { kind: 'letter' },
    forms: ['Mẫu số 04-XLĐ Thông tư 07/2014/TT-TTCP (Điều 8 khoản 2: đơn chuyển đến không đúng thẩm quyền)'],
  },
  ineligibility_notice: {
    vi: 'Thông báo không thụ lý (không đủ điều kiện thụ lý)',
    en: 'Ineligibility notice',
    numbering: { kind: 'typed', abbreviation: 'TB' },
    forms: [
      'Mẫu số 02-XLĐ Thông tư 07/2014/TT-TTCP (Điều 7 khoản 2; Điều 11 Luật Khiếu nại)',
      'Mẫu số 02-KN Thông tư 07/2013/TT-TTCP; khoản 2 Điều 20, Điều 29 Luật Tố cáo 2018',
    ],
  },
  receipt: {
    vi: 'Giấy biên nhận thông tin, tài liệu',
    en: 'Receipt of documents',
    numbering: { kind: 'unnumbered' },
    forms: [
      'Mẫu số 02/TCD Nghị định 154/2026/NĐ-CP (từ 01/7/2026)',
      'Mẫu số 02-TCD Thông tư 06/2014/TT-TTCP (Điều 12 khoản 2, Điều 20)',
    ],
  },
  refusal_notice: {
    vi: 'Thông báo từ chối tiếp công dân',
    en: 'Refusal notice',
    numbering: { kind: 'typed', abbreviation: 'TB' },
    forms: [
      'Mẫu số 01/TCD Nghị định 154/2026/NĐ-CP (Điều 4 khoản 3, từ 01/7/2026)',
      'Mẫu số 01-TCD Thông tư 06/2014/TT-TTCP (Điều 4, Điều 25)',
    ],
  },
  urging: {
    vi: 'Văn bản đôn đốc',
    en: 'Urging letter',
    numbering: { kind: 'letter' },
    forms: [
      'Điều 14 khoản 2 Thông tư 05/2021/TT-TTCP (yêu cầu cấp dưới báo cáo, giải quyết tố cáo quá hạn)',
      'Mẫu số 09-TCD Thông tư 06/2014/TT-TTCP (Điều 22 khoản 3)',
    ],
  },
};

export const isNumbered = (kind: DocumentKind): boolean => KIND_INFO[kind].numbering.kind !== 'unnumbered';
