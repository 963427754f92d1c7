import { accentedTokens, searchKey } from '../text/normalize';
import { damerauLevenshtein, trigramSimilarity } from '../text/similarity';
import { guessDocumentType, normalizeDocumentNumber } from './cccd';
import { toE164 } from './phone';

/**
 * Person matching for reception and letter intake: "is this citizen already on file?" and free-text search.
 *
 * Vietnamese names are family name + middle name(s) + given name ("Nguyễn Văn Hùng"). What goes wrong in practice:
 * - typed without tones ("Nguyen Van Hung"), or composed vs decomposed Unicode;
 * - given name first, as on some foreign documents and forms ("Hùng Nguyễn Văn");
 * - one slipped key per word ("Hugn");
 * - middle name left out ("Nguyễn Hùng").
 * The family names below and the middle names Văn/Thị are so common that agreeing on them says little, so they
 * weigh half as much as the other words.
 */

export interface PersonLike {
  fullName: string;
  idNumber?: string | null;
  birthYear?: number | null;
  address?: string | null;
  wardCode?: string | null;
  wardId?: string | number | null;
  phone?: string | null;
}

export interface MatchReason<C extends string = string> {
  code: C;
  /** Vietnamese, shown to the officer. */
  label: string;
  /** Signed contribution to the score. */
  weight: number;
}

export type PersonReasonCode =
  | 'id_same'
  | 'id_different'
  | 'name_exact'
  | 'name_similar'
  | 'name_different'
  | 'birth_year_same'
  | 'birth_year_near'
  | 'birth_year_different'
  | 'ward_same'
  | 'address_similar'
  | 'phone_same'
  | 'id_prefix';

export interface MatchResult {
  /** 0..1. */
  score: number;
  reasons: MatchReason<PersonReasonCode>[];
}

const COMMON_NAME_WORDS: ReadonlySet<string> = new Set([
  'nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ho', 'ngo', 'duong', 'ly',
  'van', 'thi',
]);

const wordWeight = (key: string): number => (COMMON_NAME_WORDS.has(key) ? 0.5 : 1);

/* ------------------------------------------------------------------------------------------------
 * Name comparison
 * ---------------------------------------------------------------------------------------------- */

interface NameWord {
  key: string;
  /** Base letters + sorted marks: equal for "hoà"/"hòa" and "thuỷ"/"thủy" (old/new tone placement), unequal for "hùng"/"hưng". */
  signature: string;
  hasMarks: boolean;
  weight: number;
}

function diacriticSignature(word: string): { signature: string; hasMarks: boolean } {
  const nfd = word.normalize('NFD');
  const marks = nfd.match(/[\p{M}đ]/gu) ?? [];
  if (marks.length === 0) return { signature: `${nfd}|`, hasMarks: false };
  const base = nfd.replace(/\p{M}/gu, '').replace(/đ/gu, 'd');
  return { signature: `${base}|${marks.sort().join('')}`, hasMarks: true };
}

function nameWords(name: string): NameWord[] {
  const words: NameWord[] = [];
  for (const accented of accentedTokens(name)) {
    const key = searchKey(accented);
    if (key === '') continue;
    const pieces = key.split(' ');
    if (pieces.length === 1) {
      words.push({ key, ...diacriticSignature(accented), weight: wordWeight(key) });
    } else {
      for (const p of pieces) words.push({ key: p, signature: p, hasMarks: false, weight: wordWeight(p) });
    }
  }
  return words;
}

type WordMatchKind = 'exact' | 'unaccented' | 'accent_differs' | 'prefix' | 'typo';

function compareWords(q: NameWord, c: NameWord, allowPrefix: boolean): { sim: number; kind: WordMatchKind } | undefined {
  if (q.key === c.key) {
    if (q.signature === c.signature) return { sim: 1, kind: 'exact' };
    // Both typed with diacritics and they differ: "Hùng" vs "Hưng" are different names that share a search key.
    if (q.hasMarks && c.hasMarks) return { sim: 0.85, kind: 'accent_differs' };
    return { sim: 1, kind: 'unaccented' };
  }
  if (allowPrefix && c.key.startsWith(q.key)) {
    return { sim: 0.75 + 0.2 * (q.key.length / c.key.length), kind: 'prefix' };
  }
  const longer = Math.max(q.key.length, c.key.length);
  const shorter = Math.min(q.key.length, c.key.length);
  // Lengths more than one apart cannot be one edit apart; checked first because this runs for every candidate word.
  if (longer >= 3 && shorter >= 2 && longer - shorter <= 1 && damerauLevenshtein(q.key, c.key) === 1) {
    // One changed letter turns a short syllable into another real name (Văn/Lan, Thu/Thi): for syllables under
    // four letters only swapped neighbours ("thu" → "tuh") count as a typo.
    if (shorter >= 4 || isAdjacentSwap(q.key, c.key)) return { sim: 0.75, kind: 'typo' };
  }
  return undefined;
}

function isAdjacentSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === (diff[0] ?? -2) + 1 && a[diff[0] ?? 0] === b[diff[1] ?? 0];
}

export interface NameComparison {
  /** 0..1. */
  score: number;
  /** What differed, in Vietnamese, for the reason label; empty when the names are identical. */
  notes: string[];
  /** True when every word of both names is matched exactly, in order. */
  exact: boolean;
}

interface Pair {
  qi: number;
  ci: number;
  sim: number;
  kind: WordMatchKind;
}

const MAX_WORDS_FOR_SEARCH = 8;

/**
 * In a search, a name holding the typed words as they were typed — in order and side by side — is the one the
 * officer means, whatever else it holds: for "nguyen van", Nguyễn Văn An and Nguyễn Văn Việt Dũng come before
 * Nguyễn Thị Vân. Words in order with others between them score this share of their value, which keeps every such
 * name below every name with the typed words together (up to the eight words compared).
 */
const APART = 0.88;

interface Order {
  factor: number;
  reordered: boolean;
  /** In order, but with words of the name between words typed side by side. */
  apart: boolean;
}

/** Order factor of an alignment: 1 in order; a rotation (given name moved to the other end) costs less than a shuffle. */
function orderFactor(pairs: readonly Pair[], searchMode: boolean): Order {
  const sorted = [...pairs].sort((a, b) => a.qi - b.qi);
  const cis = sorted.map((p) => p.ci);
  let descents = 0;
  for (let i = 1; i < cis.length; i++) if ((cis[i] ?? 0) < (cis[i - 1] ?? 0)) descents++;
  if (descents === 0) {
    // A query word that matched nothing explains a gap of the same size in the name ("nguyen xyz hung").
    const apart = searchMode && sorted.some((p, i) => i > 0 && p.ci - (sorted[i - 1]?.ci ?? 0) > p.qi - (sorted[i - 1]?.qi ?? 0));
    return { factor: apart ? APART : 1, reordered: false, apart };
  }
  // A rotation — one descent and a wrap-around, e.g. [2,0,1] for "Hùng Nguyễn Văn" vs "Nguyễn Văn Hùng" — is how
  // given-name-first forms reorder a name; any other shuffle is more likely a different person.
  const rotation = descents === 1 && (cis[cis.length - 1] ?? 0) < (cis[0] ?? 0);
  if (rotation) return { factor: searchMode ? 0.97 : 0.95, reordered: true, apart: false };
  return { factor: searchMode ? 0.93 : 0.9, reordered: true, apart: false };
}

/**
 * The pairing of query words with name words (each used once, any may stay unpaired) that gives the best `score`,
 * the caller's own measure of a pairing with its order factor: the pairing chosen is the one that is scored.
 */
function alignWords(
  q: readonly NameWord[],
  c: readonly NameWord[],
  allowPrefixOnLast: boolean,
  score: (pairs: readonly Pair[], factor: number) => number,
): Order & { pairs: Pair[]; score: number } {
  const options: Pair[][] = q.map((qw, qi) => {
    const list: Pair[] = [];
    c.forEach((cw, ci) => {
      const m = compareWords(qw, cw, allowPrefixOnLast && qi === q.length - 1);
      if (m) list.push({ qi, ci, sim: m.sim, kind: m.kind });
    });
    return list;
  });

  let best = { pairs: [] as Pair[], factor: 1, reordered: false, apart: false, score: -1 };
  const used = new Set<number>();
  const chosen: Pair[] = [];
  const visit = (qi: number): void => {
    if (qi === q.length) {
      const order = orderFactor(chosen, allowPrefixOnLast);
      const value = score(chosen, order.factor);
      if (value > best.score + 1e-12) best = { pairs: [...chosen], ...order, score: value };
      return;
    }
    for (const p of options[qi] ?? []) {
      if (used.has(p.ci)) continue;
      used.add(p.ci);
      chosen.push(p);
      visit(qi + 1);
      chosen.pop();
      used.delete(p.ci);
    }
    visit(qi + 1);
  };
  visit(0);
  return best;
}

function describe(pairs: readonly Pair[], order: Pick<Order, 'reordered' | 'apart'>, unmatched: number): string[] {
  const notes: string[] = [];
  const kinds = new Set(pairs.map((p) => p.kind));
  if (kinds.has('unaccented')) notes.push('không dấu');
  if (kinds.has('accent_differs')) notes.push('khác dấu');
  if (order.reordered) notes.push('khác thứ tự');
  if (order.apart) notes.push('có từ xen giữa');
  if (kinds.has('typo')) notes.push('sai chính tả');
  if (kinds.has('prefix')) notes.push('gõ chưa hết');
  if (unmatched > 0) notes.push('thiếu hoặc thừa từ');
  return notes;
}

/**
 * Compares two full names as people (symmetric): missing words on either side count against the score.
 */
export function compareNames(a: string, b: string): NameComparison {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length === 0 || wb.length === 0) return { score: 0, notes: [], exact: false };
  const totalWeight = (wa.reduce((s, w) => s + w.weight, 0) + wb.reduce((s, w) => s + w.weight, 0)) / 2;
  const { pairs, reordered, apart, score } = alignWords(wa.slice(0, MAX_WORDS_FOR_SEARCH), wb.slice(0, MAX_WORDS_FOR_SEARCH), false, (chosen, factor) => {
    const matched = chosen.reduce((s, p) => s + p.sim * (((wa[p.qi]?.weight ?? 1) + (wb[p.ci]?.weight ?? 1)) / 2), 0);
    return Math.min(1, (matched / totalWeight) * factor);
  });
  const unmatched = wa.length + wb.length - 2 * pairs.length;
  const exact = unmatched === 0 && !reordered && pairs.every((p) => p.kind === 'exact');
  return { score, notes: exact ? [] : describe(pairs, { reordered, apart }, unmatched), exact };
}

/**
 * Scores a search query against a name (asymmetric): the query may be partial ("nguyen van hun": the last word
 * is a prefix) or shorter ("hung"); what the query says must be found, extra words in the name cost little.
 */
export function scoreNameQuery(query: string, name: string): NameComparison {
  return scoreQueryWords(nameWords(query), nameWords(name));
}

function scoreQueryWords(wq: readonly NameWord[], wc: readonly NameWord[]): NameComparison {
  if (wq.length === 0 || wc.length === 0) return { score: 0, notes: [], exact: false };
  const qWeight = wq.reduce((s, w) => s + w.weight, 0);
  const cWeight = wc.reduce((s, w) => s + w.weight, 0);
  const { pairs, reordered, apart, score } = alignWords(wq.slice(0, MAX_WORDS_FOR_SEARCH), wc.slice(0, MAX_WORDS_FOR_SEARCH), true, (chosen, factor) => {
    let qCovered = 0;
    let cCovered = 0;
    for (const p of chosen) {
      qCovered += p.sim * (wq[p.qi]?.weight ?? 1);
      cCovered += p.sim * (wc[p.ci]?.weight ?? 1);
    }
    return Math.min(1, (0.8 * (qCovered / qWeight) + 0.2 * (cCovered / cWeight)) * factor);
  });
  const unmatchedQuery = wq.length - pairs.length;
  const exact = unmatchedQuery === 0 && wq.length === wc.length && !reordered && pairs.every((p) => p.kind === 'exact');
  return { score, notes: exact ? [] : describe(pairs, { reordered, apart }, unmatchedQuery), exact };
}

/* ------------------------------------------------------------------------------------------------
 * Whole-person comparison
 * ---------------------------------------------------------------------------------------------- */

const pct = (x: number): string => `${Math.round(x * 100)}%`;

function nameReason(name: NameComparison, weight: number): MatchReason<PersonReasonCode> {
  if (name.exact) return { code: 'name_exact', label: 'Trùng họ tên', weight };
  if (name.score >= 0.999 && name.notes.length === 1 && name.notes[0] === 'không dấu') {
    return { code: 'name_exact', label: 'Trùng họ tên (không phân biệt dấu)', weight };
  }
  if (name.score < 0.5) return { code: 'name_different', label: 'Họ tên khác', weight };
  const notes = name.notes.length > 0 ? ` (${name.notes.join(', ')})` : '';
  return { code: 'name_similar', label: `Họ tên tương tự ${pct(name.score)}${notes}`, weight };
}

function documentLabel(number: string): string {
  switch (guessDocumentType(number)) {
    case 'cccd':
      return 'CCCD';
    case 'cmnd':
      return 'CMND';
    case 'passport':
      return 'hộ chiếu';
    default:
      return 'giấy tờ tùy thân';
  }
}

function present(s: string | null | undefined): s is string {
  return typeof s === 'string' && s.trim() !== '';
}

/** The identity-number relation of two people: same, conflicting (same kind of document, different number), or unknown. */
export function compareIdNumbers(a: PersonLike, b: PersonLike): 'same' | 'conflict' | 'unknown' {
  if (!present(a.idNumber) || !present(b.idNumber)) return 'unknown';
  const x = normalizeDocumentNumber(a.idNumber);
  const y = normalizeDocumentNumber(b.idNumber);
  if (x === '' || y === '') return 'unknown';
  if (x === y) return 'same';
  // A CMND holder later gets a CCCD with another number, so only documents of the same kind contradict each other.
  const tx = guessDocumentType(x);
  return tx !== undefined && tx === guessDocumentType(y) ? 'conflict' : 'unknown';
}

function wardOf(p: PersonLike): string | undefined {
  if (present(p.wardCode)) return `c:${p.wardCode.trim()}`;
  if (p.wardId !== undefined && p.wardId !== null && `${p.wardId}` !== '') return `i:${p.wardId}`;
  return undefined;
}

/** Address similarity (trigram on the diacritic-insensitive key), or undefined when either side has none. */
export function addressSimilarity(a: PersonLike, b: PersonLike): number | undefined {
  if (!present(a.address) || !present(b.address)) return undefined;
  return trigramSimilarity(a.address, b.address);
}

export function sameWard(a: PersonLike, b: PersonLike): boolean {
  const wa = wardOf(a);
  return wa !== undefined && wa === wardOf(b);
}

const NAME_WEIGHT = 0.6;
const NO_ID_CEILING = 0.95;

/**
 * How likely two records are the same person, with the reasons. Symmetric.
 *
 * The name carries the base of the score; birth year, ward, address and phone add to it in proportion to the name
 * similarity (a shared address says nothing about a differently named relative); a birth year more than one year
 * off subtracts. Without an identity number the score stays below 0.95; the same identity number lifts it to at
 * least 0.9, and two different numbers of the same kind of document cap it at 0.3.
 */
export function matchPeople(a: PersonLike, b: PersonLike): MatchResult {
  const reasons: MatchReason<PersonReasonCode>[] = [];
  const name = compareNames(a.fullName, b.fullName);
  const n = name.score;

  const nameContribution = NAME_WEIGHT * n;
  reasons.push(nameReason(name, nameContribution));

  let score = nameContribution;
  const add = (code: PersonReasonCode, label: string, weight: number): void => {
    score += weight;
    reasons.push({ code, label, weight });
  };

  if (typeof a.birthYear === 'number' && typeof b.birthYear === 'number') {
    const diff = Math.abs(a.birthYear - b.birthYear);
    if (diff === 0) add('birth_year_same', `Cùng năm sinh ${a.birthYear}`, 0.15 * n);
    else if (diff === 1) add('birth_year_near', `Năm sinh lệch 1 năm (${a.birthYear} và ${b.birthYear})`, 0.05 * n);
    else add('birth_year_different', `Năm sinh khác (${a.birthYear} và ${b.birthYear})`, -0.3);
  }
  if (sameWard(a, b)) add('ward_same', 'Cùng xã, phường', 0.08 * n);
  const addr = addressSimilarity(a, b);
  if (addr !== undefined && addr >= 0.5) add('address_similar', `Địa chỉ tương tự ${pct(addr)}`, 0.12 * addr * n);
  if (present(a.phone) && present(b.phone)) {
    const pa = toE164(a.phone);
    if (pa !== undefined && pa === toE164(b.phone)) add('phone_same', 'Trùng số điện thoại', 0.15 * n);
  }

  score = Math.min(NO_ID_CEILING, score);
  const ids = compareIdNumbers(a, b);
  if (ids === 'same') {
    const lifted = Math.max(score, 0.9 + 0.1 * n);
    reasons.push({ code: 'id_same', label: `Trùng số ${documentLabel(a.idNumber ?? '')}`, weight: lifted - score });
    score = lifted;
  } else if (ids === 'conflict') {
    const capped = Math.min(score, 0.3);
    reasons.push({ code: 'id_different', label: `Khác số ${documentLabel(a.idNumber ?? '')}`, weight: capped - score });
    score = capped;
  }

  reasons.sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight));
  return { score: clamp01(score), reasons };
}

function clamp01(x: number): number {
  return Math.max(0, Math.min(1, x));
}

export interface Ranked<T> {
  item: T;
  /** Position in the input, so callers can map back and so ties keep input order. */
  index: number;
  score: number;
  reasons: MatchReason<PersonReasonCode>[];
}

export interface RankOptions {
  /** Drop results below this score (default 0.5). */
  minScore?: number;
  /** Keep at most this many (default: all). */
  limit?: number;
}

function finish<T>(ranked: Ranked<T>[], options: RankOptions): Ranked<T>[] {
  const min = options.minScore ?? 0.5;
  const kept = ranked.filter((r) => r.score >= min).sort((x, y) => y.score - x.score || x.index - y.index);
  return options.limit === undefined ? kept : kept.slice(0, options.limit);
}

/** Records that may be the same person as `person`, best first. */
export function findMatchingPeople<T extends PersonLike>(
  person: PersonLike,
  candidates: readonly T[],
  options: RankOptions = {},
): Ranked<T>[] {
  return finish(
    candidates.map((item, index) => ({ item, index, ...matchPeople(person, item) })),
    options,
  );
}

/* ------------------------------------------------------------------------------------------------
 * Free-text search
 * ---------------------------------------------------------------------------------------------- */

interface ParsedQuery {
  nameText: string;
  numbers: string[];
  birthYear?: number;
}

function parseQuery(query: string): ParsedQuery {
  const compact = normalizeDocumentNumber(query);
  // A query that is only a document or phone number, however it was spaced: "027 085 001 234", "0912.345.678".
  if (/^\+?\d{6,}$/u.test(compact) || guessDocumentType(compact) === 'passport') return { nameText: '', numbers: [compact] };
  const words: string[] = [];
  const numbers: string[] = [];
  let birthYear: number | undefined;
  // Accented words are kept so that a query typed with tones can still tell "Hùng" from "Hưng".
  for (const token of accentedTokens(query)) {
    const key = searchKey(token);
    if (key === '') continue;
    if (/^\d+$/u.test(key)) {
      const y = Number(key);
      if (key.length === 4 && y >= 1900 && y <= 2099 && birthYear === undefined) birthYear = y;
      else if (key.length >= 6) numbers.push(key);
      continue;
    }
    if (guessDocumentType(key) === 'passport') numbers.push(key.toUpperCase());
    else words.push(token);
  }
  return { nameText: words.join(' '), numbers, ...(birthYear !== undefined ? { birthYear } : {}) };
}

function scoreNumber(num: string, p: PersonLike): { score: number; reason: MatchReason<PersonReasonCode> } | undefined {
  if (present(p.idNumber)) {
    const id = normalizeDocumentNumber(p.idNumber);
    if (id === num) return { score: 1, reason: { code: 'id_same', label: `Trùng số ${documentLabel(id)}`, weight: 1 } };
    if (num.length >= 4 && id.startsWith(num)) {
      const s = 0.6 + 0.3 * (num.length / id.length);
      return { score: s, reason: { code: 'id_prefix', label: `Số ${documentLabel(id)} bắt đầu bằng ${num}`, weight: s } };
    }
  }
  if (present(p.phone)) {
    const qp = toE164(num);
    if (qp !== undefined && qp === toE164(p.phone)) {
      return { score: 0.95, reason: { code: 'phone_same', label: 'Trùng số điện thoại', weight: 0.95 } };
    }
  }
  return undefined;
}

/**
 * Ranks people for a search box. The query may be a name, complete or not ("nguyen van hun", "hung nguyen"),
 * an identity or phone number, or a name with a birth year ("nguyen van hung 1985").
 */
export function rankPeople<T extends PersonLike>(query: string, candidates: readonly T[], options: RankOptions = {}): Ranked<T>[] {
  const parsed = parseQuery(query);
  const queryWords = nameWords(parsed.nameText);
  const ranked = candidates.map((item, index): Ranked<T> => {
    const reasons: MatchReason<PersonReasonCode>[] = [];
    let best = 0;
    for (const num of parsed.numbers) {
      const r = scoreNumber(num, item);
      if (r && r.score > best) {
        best = r.score;
        reasons.splice(0, reasons.length, r.reason);
      }
    }
    if (parsed.nameText !== '') {
      const name = scoreQueryWords(queryWords, nameWords(item.fullName));
      let s = name.score;
      if (parsed.numbers.length > 0 && best === 0) {
        // The query named a number this record does not carry: a different number of the same kind rules the record
        // out, a record without one stays a candidate but below any record that has the number.
        const conflict = parsed.numbers.some((num) => compareIdNumbers({ fullName: '', idNumber: num }, item) === 'conflict');
        s = conflict ? Math.min(s, 0.3) : s * 0.9;
      }
      const reason = nameReason(name, s);
      const extra: MatchReason<PersonReasonCode>[] = [];
      if (parsed.birthYear !== undefined && typeof item.birthYear === 'number') {
        const diff = Math.abs(parsed.birthYear - item.birthYear);
        const w = diff === 0 ? 0.1 : diff === 1 ? 0.03 : -0.3;
        const code: PersonReasonCode = diff === 0 ? 'birth_year_same' : diff === 1 ? 'birth_year_near' : 'birth_year_different';
        const label = diff === 0 ? `Cùng năm sinh ${item.birthYear}` : `Năm sinh ${item.birthYear}`;
        extra.push({ code, label, weight: w });
        s = clamp01(s + w);
      }
      // A number that matched outranks the name; otherwise the name decides.
      if (s > best) {
        best = s;
        reasons.splice(0, reasons.length, reason, ...extra);
      } else if (s >= 0.5) reasons.push(reason, ...extra);
    }
    return { item, index, score: clamp01(best), reasons };
  });
  return finish(ranked, options);
}
