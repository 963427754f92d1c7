import { isIsoDate } from '../calendar';
import type { IsoDate } from '../calendar/types';
import type { CodeOf } from '../catalogs';
import type { DocumentKind } from '../documents/kinds';
import type { ClockStart } from './machine';

type RequestType = CodeOf<'request_type'>;
type Decision = CodeOf<'decision'>;

export const LETTER_STATES = ['moi_nhan', 'da_phan_loai', 'da_xu_ly'] as const;
export type LetterState = (typeof LETTER_STATES)[number];

export const LETTER_STATE_LABELS: Record<LetterState, { vi: string; en: string }> = {
  moi_nhan: { vi: 'Mới tiếp nhận, chờ phân loại', en: 'Received, to classify' },
  da_phan_loai: { vi: 'Đã phân loại, chờ xử lý', en: 'Classified, to decide' },
  da_xu_ly: { vi: 'Đã xử lý', en: 'Decided' },
};

/**
 * The processing clock a letter starts on the day it is received: 10 working days to classify and process any
 * letter (TT 05/2021; Luật TCD art. 28 for the reply), 7 working days for a denunciation (Luật TC art. 24(1)).
 */
export function processingClock(requestType: RequestType, receivedOn: IsoDate): ClockStart {
  if (!isIsoDate(receivedOn)) throw new RangeError(`Ngày không hợp lệ: "${String(receivedOn)}".`);
  return requestType === 'to_cao' ? { type: 'to_cao', stage: 'xu_ly_ban_dau', startedOn: receivedOn } : { type: 'chung', stage: 'xu_ly_don', startedOn: receivedOn };
}

export interface LetterDecisionFacts {
  requestType: RequestType;
  decision: Decision;
  /** The letter (or an earlier letter of the same sender on the same matter) was already answered with guidance. */
  guidedBefore: boolean;
  /** The letter came to this unit forwarded by another body. */
  forwardedIn: boolean;
  /** The decision forwards to a unit (inside tiepdan) or an outside body is named. */
  hasRecipient: boolean;
  on: IsoDate;
}

export type LetterDecisionOutcome =
  | {
      ok: true;
      /** Whether the letter's processing clock is completed by this decision (urging leaves it running). */
      completesProcessing: boolean;
      /** A case is opened from the letter (acceptance proposed). */
      opensCase: boolean;
      basis: string;
    }
  | { ok: false; field: string; message: string; basis: string };

/**
 * Whether a decision of the catalogue may be taken on this letter, and what it does:
 * - a mixed letter is split first (TT 07/2014 art. 6(3)): it is guided, never accepted or forwarded as one;
 * - complaints are guided once only (TT 07/2014 art. 8(1)); denunciations forwarded once only (Luật TC art. 24(2);
 *   TT 05/2021 art. 14): a denunciation forwarded to this unit is resolved here or returned, not forwarded on;
 * - "không xử lý" is the denunciation-without-a-real-name outcome only (Luật TC art. 25);
 * - forwarding names where to.
 */
export function checkLetterDecision(f: LetterDecisionFacts): LetterDecisionOutcome {
  if (!isIsoDate(f.on)) throw new RangeError(`Ngày không hợp lệ: "${String(f.on)}".`);
  const refuse = (field: string, message: string, basis: string): LetterDecisionOutcome => ({ ok: false, field, message, basis });
  if (f.requestType === 'nhieu_noi_dung' && (f.decision === 'thu_ly' || f.decision === 'chuyen_don')) {
    return refuse('decision', 'Đơn có nhiều nội dung khác nhau: hướng dẫn người viết đơn tách riêng từng nội dung, không thụ lý hay chuyển cả đơn.', 'Điều 6 khoản 3 Thông tư 07/2014/TT-TTCP');
  }
  if (f.decision === 'huong_dan' && f.requestType === 'khieu_nai' && f.guidedBefore) {
    return refuse('decision', 'Đơn khiếu nại này đã được hướng dẫn một lần: không hướng dẫn lại (lưu đơn).', 'Điều 8 khoản 1 Thông tư 07/2014/TT-TTCP');
  }
  if (f.decision === 'chuyen_don' && f.requestType === 'to_cao' && f.forwardedIn) {
    return refuse('decision', 'Đơn tố cáo đã được chuyển đến đơn vị một lần: chỉ chuyển đơn tố cáo một lần, không chuyển tiếp.', 'Điều 24 khoản 2 Luật Tố cáo 2018; Điều 14 Thông tư 05/2021/TT-TTCP');
  }
  if (f.decision === 'khong_xu_ly' && f.requestType !== 'to_cao') {
    return refuse('decision', '«Không xử lý» chỉ áp dụng cho thông tin có nội dung tố cáo không rõ người tố cáo.', 'Điều 25 khoản 1 Luật Tố cáo 2018');
  }
  if (f.decision === 'chuyen_don' && !f.hasRecipient) {
    return refuse('forwardToUnitId', 'Chuyển đơn phải ghi đơn vị hoặc cơ quan nhận.', 'Điều 14 Thông tư 05/2021/TT-TTCP');
  }
  return {
    ok: true,
    completesProcessing: f.decision !== 'don_doc',
    opensCase: f.decision === 'thu_ly',
    basis: f.decision === 'chuyen_don' && f.requestType === 'to_cao' ? 'Điều 24 khoản 2 Luật Tố cáo 2018' : 'Thông tư 05/2021/TT-TTCP; Mẫu 02/XLD',
  };
}

/** The type of case a letter opens; a mixed letter opens none (split first). */
export function caseTypeOf(requestType: RequestType): 'khieu_nai' | 'to_cao' | 'kien_nghi_phan_anh' | null {
  if (requestType === 'khieu_nai' || requestType === 'to_cao') return requestType;
  if (requestType === 'kien_nghi' || requestType === 'phan_anh') return 'kien_nghi_phan_anh';
  return null;
}

/**
 * The document a letter's decision issues (TT 07/2014 arts. 7–8, 21; TT 05/2021 arts. 13–14): the internal proposal
 * to accept, the notice of ineligibility, the guidance letter, the transfer slip — for a denunciation the slip without
 * the denouncer (Luật TC art. 56(2)) —, the return notice to the body that forwarded it, the urging letter to the body
 * it was forwarded to. Archiving and "không xử lý" issue nothing.
 */
export type LetterDocumentKind = Exclude<DocumentKind, 'receipt' | 'refusal_notice'>;

export function decisionDocumentKind(decision: Decision, requestType: RequestType): LetterDocumentKind | null {
  switch (decision) {
    case 'thu_ly':
      return 'acceptance_proposal';
    case 'khong_thu_ly':
      return 'ineligibility_notice';
    case 'huong_dan':
      return 'guidance';
    case 'chuyen_don':
      return requestType === 'to_cao' ? 'denunciation_transfer' : 'transfer';
    case 'tra_lai_don':
      return 'return_notice';
    case 'don_doc':
      return 'urging';
    default:
      return null;
  }
}
