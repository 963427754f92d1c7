import { accentedTokens, searchKey } from './normalize';

/* ------------------------------------------------------------------------------------------------
 * Trigrams, with pg_trgm semantics, so that a ranking computed here agrees with one computed in
 * PostgreSQL by `similarity(k(a), k(b))` where k is an immutable searchKey-like function
 * (lower + unaccent + đ→d). Each word is padded with two spaces in front and one behind, the trigrams
 * of all words form a set, and similarity is the Jaccard index of the two sets.
 * ---------------------------------------------------------------------------------------------- */

/** The pg_trgm trigram set of `searchKey(s)`: "Hùng" → {"  h", " hu", "hun", "ung", "ng "}. */
export function trigrams(s: string): Set<string> {
  const out = new Set<string>();
  const key = searchKey(s);
  if (key === '') return out;
  for (const word of key.split(' ')) {
    const chars = Array.from(`  ${word} `);
    for (let i = 0; i + 3 <= chars.length; i++) out.add(chars.slice(i, i + 3).join(''));
  }
  return out;
}

/** |A ∩ B| / |A ∪ B|; 0 when either set is empty (as pg_trgm does). */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const x of small) if (large.has(x)) common++;
  return common / (a.size + b.size - common);
}

/** pg_trgm `similarity()` on the diacritic-insensitive keys of both strings, in 0..1. */
export function trigramSimilarity(a: string, b: string): number {
  return jaccard(trigrams(a), trigrams(b));
}

/* ------------------------------------------------------------------------------------------------
 * Edit distances on Unicode code points (not UTF-16 units, so "ư" is one character).
 * ---------------------------------------------------------------------------------------------- */

/** Levenshtein distance: insertions, deletions and substitutions. */
export function levenshtein(a: string, b: string): number {
  return editDistance(Array.from(a), Array.from(b), false);
}

/**
 * Damerau–Levenshtein distance in its "optimal string alignment" form: Levenshtein plus transposition of two
 * adjacent characters, the commonest typing slip ("Hugn" for "Hung").
 */
export function damerauLevenshtein(a: string, b: string): number {
  return editDistance(Array.from(a), Array.from(b), true);
}

function editDistance(a: string[], b: string[], transpositions: boolean): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const cols = b.length + 1;
  // Three rolling rows are enough: the transposition step looks two rows back.
  let prev2 = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  let cur = new Array<number>(cols).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (transpositions && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      }
      cur[j] = d;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[b.length] ?? 0;
}

/* ------------------------------------------------------------------------------------------------
 * TF-IDF cosine for letter content.
 *
 * Vietnamese is written one syllable per space-separated token and most words have two syllables
 * ("đất đai", "khiếu nại"), so terms are syllables plus adjacent-syllable bigrams. A handful of
 * function syllables are dropped because with a corpus of two or three letters the IDF cannot yet
 * tell them from content.
 * ---------------------------------------------------------------------------------------------- */

// Matched on the accented form: once diacritics are gone "đỗ" (a family name) and "do" (because) are the same key.
const STOP_SYLLABLES: ReadonlySet<string> = new Set([
  'và', 'của', 'là', 'thì', 'mà', 'với', 'cho', 'các', 'những', 'một', 'này', 'đó', 'đã', 'đang', 'sẽ',
  'được', 'bị', 'trong', 'trên', 'tại', 'theo', 'về', 'để', 'đến', 'từ', 'khi', 'nếu', 'như', 'hay',
  'hoặc', 'còn', 'cũng', 'rằng', 'tôi', 'chúng', 'ông', 'bà', 'kính', 'gửi', 'xin', 'số', 'ngày', 'tháng', 'năm',
]);

/** Content terms of a text: folded syllables and syllable bigrams, function syllables removed. */
export function contentTerms(text: string): string[] {
  const syllables: string[] = [];
  for (const token of accentedTokens(text)) {
    if (STOP_SYLLABLES.has(token)) {
      syllables.push('');
      continue;
    }
    const key = searchKey(token);
    if (key !== '') syllables.push(...key.split(' '));
  }
  const terms: string[] = [];
  for (let i = 0; i < syllables.length; i++) {
    const s = syllables[i] ?? '';
    // An empty slot marks a removed stop syllable: it breaks bigrams so "đất của ông" does not pair "dat" with "ong".
    if (s === '') continue;
    terms.push(s);
    const next = syllables[i + 1];
    if (next !== undefined && next !== '') terms.push(`${s} ${next}`);
  }
  return terms;
}

export type SparseVector = ReadonlyMap<string, number>;

export interface TfIdfModel {
  readonly documentCount: number;
  /** Smoothed inverse document frequency of a term (terms never seen get the maximum). */
  idf(term: string): number;
  /** L2-normalised TF-IDF vector of a text (sublinear term frequency). */
  vectorize(text: string): SparseVector;
}

/** Builds IDF weights from a corpus; the corpus should include the texts that will be compared. */
export function buildTfIdf(documents: readonly string[]): TfIdfModel {
  const df = new Map<string, number>();
  for (const doc of documents) {
    for (const term of new Set(contentTerms(doc))) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const n = documents.length;
  // sklearn-style smoothing: a term present in every document still weighs 1, never 0.
  const idf = (term: string): number => Math.log((1 + n) / (1 + (df.get(term) ?? 0))) + 1;
  return {
    documentCount: n,
    idf,
    vectorize(text: string): SparseVector {
      const tf = new Map<string, number>();
      for (const term of contentTerms(text)) tf.set(term, (tf.get(term) ?? 0) + 1);
      const v = new Map<string, number>();
      let norm = 0;
      for (const [term, count] of tf) {
        const w = (1 + Math.log(count)) * idf(term);
        v.set(term, w);
        norm += w * w;
      }
      norm = Math.sqrt(norm);
      if (norm > 0) for (const [term, w] of v) v.set(term, w / norm);
      return v;
    },
  };
}

/** Cosine of two sparse vectors, in 0..1 for non-negative weights; 0 when either is empty. */
export function cosineSimilarity(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [term, w] of small) {
    const other = large.get(term);
    if (other !== undefined) dot += w * other;
  }
  for (const w of a.values()) na += w * w;
  for (const w of b.values()) nb += w * w;
  if (na === 0 || nb === 0) return 0;
  return Math.min(1, dot / Math.sqrt(na * nb));
}

/** TF-IDF cosine of two texts, with IDF taken from `corpus` (defaults to just the two texts). */
export function tfidfCosine(a: string, b: string, corpus?: readonly string[]): number {
  const model = buildTfIdf(corpus ?? [a, b]);
  return cosineSimilarity(model.vectorize(a), model.vectorize(b));
}
