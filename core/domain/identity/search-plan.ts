import { damerauLevenshtein } from '../text/similarity';

/** How often each name syllable (search-key form) occurs in the register. */
export type NameVocabulary = ReadonlyMap<string, number>;

export interface NameQueryPlan {
  /**
   * What the trigram index must match: every group is required, any token of a group will do. Only the rarest
   * tokens are sent; the others (Nguyễn, Văn, Thị… match a third of the register each) are checked by the ranking.
   */
  groups: string[][];
  /** Tokens that matched no syllable and were replaced by their nearest ones, e.g. "hugn" → ["hung"]. */
  corrections: { token: string; candidates: string[] }[];
}

const MIN_INDEXED = 3;
/** Below this many rows a token is selective enough to drive the query alone. */
const SELECTIVE = 2000;

function nearest(token: string, vocabulary: NameVocabulary): string[] {
  // One edit for short syllables, two for long ones: "nguyne" → "nguyen", "hugn" → "hung".
  const maxDistance = token.length >= 6 ? 2 : 1;
  const found: { word: string; d: number; n: number }[] = [];
  for (const [word, n] of vocabulary) {
    if (Math.abs(word.length - token.length) > maxDistance) continue;
    const d = damerauLevenshtein(token, word);
    if (d <= maxDistance) found.push({ word, d, n });
  }
  found.sort((a, b) => a.d - b.d || b.n - a.n);
  return found.slice(0, 5).map((f) => f.word);
}

const isPrefixOfSome = (token: string, vocabulary: NameVocabulary) => {
  for (const word of vocabulary.keys()) if (word.startsWith(token)) return true;
  return false;
};

/**
 * Plans a name search from the query's tokens (search-key form). The last token may be a prefix being typed
 * ("nguyen van hun"); a token that is neither a known syllable nor a prefix is treated as a typo.
 */
export function planNameQuery(tokens: readonly string[], vocabulary: NameVocabulary): NameQueryPlan {
  const corrections: NameQueryPlan['corrections'] = [];
  const groups: { tokens: string[]; weight: number }[] = [];
  tokens.forEach((token, i) => {
    if (token.length < MIN_INDEXED) return;
    const count = vocabulary.get(token);
    if (count !== undefined) return groups.push({ tokens: [token], weight: count });
    const last = i === tokens.length - 1;
    if (last && isPrefixOfSome(token, vocabulary)) return groups.push({ tokens: [token], weight: SELECTIVE });
    const candidates = nearest(token, vocabulary);
    corrections.push({ token, candidates });
    if (candidates.length) groups.push({ tokens: candidates, weight: candidates.reduce((s, c) => s + (vocabulary.get(c) ?? 0), 0) });
  });
  groups.sort((a, b) => a.weight - b.weight);
  // The rarest group, plus the next one when the rarest still matches thousands of rows.
  const chosen = groups.slice(0, (groups[0]?.weight ?? 0) > SELECTIVE ? 2 : 1).map((g) => g.tokens);
  return { groups: chosen, corrections };
}

/** Counts the syllables of search keys, for `planNameQuery`. */
export function buildNameVocabulary(keys: Iterable<string>): Map<string, number> {
  const vocabulary = new Map<string, number>();
  for (const key of keys) for (const t of key.split(' ')) if (t) vocabulary.set(t, (vocabulary.get(t) ?? 0) + 1);
  return vocabulary;
}
