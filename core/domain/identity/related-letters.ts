import { buildTfIdf, cosineSimilarity, jaccard, trigrams } from '../text/similarity';
import { guessDocumentType, normalizeDocumentNumber } from './cccd';
import {
  addressSimilarity,
  compareIdNumbers,
  compareNames,
  sameWard,
  type MatchReason,
  type PersonLike,
} from './person-match';
import { toE164 } from './phone';

/**
 * Related-letter ("đơn trùng") detection: when a letter comes in, which letters already on file are probably the
 * same matter, a repeat, or a copy sent to several bodies (Luật TC art. 24(3); TT 07/2014 art. 6(2)(b))?
 *
 * Evidence is combined as independent signals (noisy-OR: 1 − Π(1 − wᵢ)), so two moderate signals — a similar
 * sender and similar content — together outweigh either alone, and no pile of weak signals reaches 1.
 * The result is a suggestion for the officer, never an automatic merge.
 */

export interface LetterLike {
  senders: readonly PersonLike[];
  content: string;
  /** Free classification code (KN / TC / KN-PA …); only equality is used. */
  type?: string | null;
  /** ISO date, `YYYY-MM-DD`. */
  receivedOn?: string | null;
}

export type RelatedReasonCode =
  | 'same_id'
  | 'same_phone'
  | 'same_name_address'
  | 'same_name'
  | 'similar_content'
  | 'same_type'
  | 'received_close';

export interface RelatedLetter<T> {
  letter: T;
  /** Position in the candidate list. */
  index: number;
  /** 0..1. */
  score: number;
  reasons: MatchReason<RelatedReasonCode>[];
  /** Content similarity in 0..1 (the larger of trigram and TF-IDF cosine), reported even when below the threshold. */
  contentSimilarity: number;
}

export interface RelatedOptions {
  /** Candidates scoring below this are dropped (default 0.5). */
  threshold?: number;
  /** Content similarity from which it counts as a reason (default 0.5). */
  contentThreshold?: number;
  /** Letters received this many days apart or fewer get a small boost when there is other evidence (default 90). */
  closeDays?: number;
  limit?: number;
}

const W_SAME_ID = 0.9;
const W_SAME_PHONE = 0.6;
const W_NAME_ADDRESS = 0.75;
const W_NAME_ONLY = 0.3;
const W_SAME_TYPE = 0.05;
const W_CLOSE_DATE = 0.05;

const pct = (x: number): string => `${Math.round(x * 100)}%`;

function idLabel(id: string): string {
  switch (guessDocumentType(id)) {
    case 'cccd':
      return 'Trùng số CCCD';
    case 'cmnd':
      return 'Trùng số CMND';
    case 'passport':
      return 'Trùng số hộ chiếu';
    default:
      return 'Trùng số giấy tờ tùy thân';
  }
}

function daysBetween(a: string, b: string): number | undefined {
  const pa = /^(\d{4})-(\d{2})-(\d{2})/u.exec(a);
  const pb = /^(\d{4})-(\d{2})-(\d{2})/u.exec(b);
  if (!pa || !pb) return undefined;
  const ta = Date.UTC(Number(pa[1]), Number(pa[2]) - 1, Number(pa[3]));
  const tb = Date.UTC(Number(pb[1]), Number(pb[2]) - 1, Number(pb[3]));
  return Math.abs(ta - tb) / 86_400_000;
}

/** The strongest sender-to-sender evidence between two letters, one reason per kind at most. */
function senderReasons(a: readonly PersonLike[], b: readonly PersonLike[]): MatchReason<RelatedReasonCode>[] {
  const best = new Map<RelatedReasonCode, MatchReason<RelatedReasonCode>>();
  const offer = (r: MatchReason<RelatedReasonCode>): void => {
    const cur = best.get(r.code);
    if (!cur || r.weight > cur.weight) best.set(r.code, r);
  };
  for (const x of a) {
    for (const y of b) {
      if (compareIdNumbers(x, y) === 'same') {
        offer({ code: 'same_id', label: idLabel(normalizeDocumentNumber(x.idNumber ?? '')), weight: W_SAME_ID });
      }
      if (x.phone && y.phone) {
        const px = toE164(x.phone);
        if (px !== undefined && px === toE164(y.phone)) offer({ code: 'same_phone', label: 'Trùng số điện thoại', weight: W_SAME_PHONE });
      }
      const name = compareNames(x.fullName, y.fullName);
      if (name.score < 0.85) continue;
      const addr = addressSimilarity(x, y);
      const ward = sameWard(x, y);
      if ((addr !== undefined && addr >= 0.5) || ward) {
        offer({ code: 'same_name_address', label: 'Họ tên và địa chỉ tương tự', weight: W_NAME_ADDRESS * name.score });
      } else if (addr === undefined || addr >= 0.3) {
        // A common name with no address to compare is weak evidence; with clearly different addresses it is a namesake.
        offer({ code: 'same_name', label: 'Họ tên người gửi tương tự', weight: W_NAME_ONLY * name.score });
      }
    }
  }
  return [...best.values()];
}

/**
 * Scores each candidate letter against a new one and returns those at or above the threshold, best first
 * (ties: most recently received first, then input order).
 */
export function findRelatedLetters<T extends LetterLike>(
  letter: LetterLike,
  candidates: readonly T[],
  options: RelatedOptions = {},
): RelatedLetter<T>[] {
  const threshold = options.threshold ?? 0.5;
  const contentThreshold = options.contentThreshold ?? 0.5;
  const closeDays = options.closeDays ?? 90;

  const tfidf = buildTfIdf([letter.content, ...candidates.map((c) => c.content)]);
  const newVector = tfidf.vectorize(letter.content);
  const newTrigrams = trigrams(letter.content);

  const results: RelatedLetter<T>[] = candidates.map((candidate, index) => {
    const reasons = senderReasons(letter.senders, candidate.senders);

    const contentSimilarity = Math.max(
      jaccard(newTrigrams, trigrams(candidate.content)),
      cosineSimilarity(newVector, tfidf.vectorize(candidate.content)),
    );
    if (contentSimilarity >= contentThreshold) {
      reasons.push({
        code: 'similar_content',
        label: `Nội dung tương tự (${pct(contentSimilarity)})`,
        // Rescaled so that the threshold itself is weak evidence and near-identical text is strong.
        weight: 0.3 + 0.65 * ((contentSimilarity - contentThreshold) / Math.max(1e-9, 1 - contentThreshold)),
      });
    }

    if (reasons.length > 0) {
      if (letter.type && candidate.type && letter.type === candidate.type) {
        reasons.push({ code: 'same_type', label: 'Cùng loại đơn', weight: W_SAME_TYPE });
      }
      if (letter.receivedOn && candidate.receivedOn) {
        const days = daysBetween(letter.receivedOn, candidate.receivedOn);
        if (days !== undefined && days <= closeDays) {
          reasons.push({ code: 'received_close', label: `Nhận cách nhau ${days} ngày`, weight: W_CLOSE_DATE });
        }
      }
    }

    const score = 1 - reasons.reduce((p, r) => p * (1 - Math.max(0, Math.min(1, r.weight))), 1);
    reasons.sort((x, y) => y.weight - x.weight);
    return { letter: candidate, index, score, reasons, contentSimilarity };
  });

  const kept = results
    .filter((r) => r.score >= threshold)
    .sort(
      (x, y) =>
        y.score - x.score ||
        (y.letter.receivedOn ?? '').localeCompare(x.letter.receivedOn ?? '') ||
        x.index - y.index,
    );
  return options.limit === undefined ? kept : kept.slice(0, options.limit);
}
