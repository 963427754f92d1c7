import { damerauLevenshtein } from '../text/similarity';

/** How often each name syllable (search-key form) occurs in the register, and how many names there are. */
export interface NameVocabulary {
  counts: ReadonlyMap<string, number>;
  total: number;
}

/**
 * The stored form of a name for search: the search key with a space at each end, so that a whole syllable is
 * a substring bounded by spaces (" uyen " does not match "nguyen", " hanh " does not match "thanh") and the
 * trigram indexes see the word boundaries.
 */
export const personKey = (searchKeyOfName: string): string => ` ${searchKeyOfName} `;

export interface NameQueryPlan {
  /**
   * What the trigram index must match: every group is required, any entry of a group will do. Entries are
   * substrings of the padded key (`personKey`): a syllable, bounded by spaces (" uyen ", " hun") where it would
   * otherwise also match inside other syllables. Only the rarest syllables are sent — enough of them to narrow to about `target` names —
   * and the others (Nguyễn, Văn, Thị… match a third of the register each) are left to the ranking.
   */
  groups: string[][];
  /** Tokens that matched no syllable and were replaced by their nearest ones, e.g. "hugn" → ["hung"]. */
  corrections: { token: string; candidates: string[] }[];
}

const MAX_GROUPS = 4;
/** A syllable in more than this share of names (Nguyễn, Văn, Thị) costs more to read than it narrows. */
const TOO_COMMON = 0.25;

function nearest(token: string, counts: ReadonlyMap<string, number>): string[] {
  // One edit for short syllables, two for long ones: "nguyne" → "nguyen", "hugn" → "hung".
  const maxDistance = token.length >= 6 ? 2 : 1;
  const found: { word: string; d: number; n: number }[] = [];
  for (const [word, n] of counts) {
    if (word.length < 3 || Math.abs(word.length - token.length) > maxDistance) continue;
    const d = damerauLevenshtein(token, word);
    if (d <= maxDistance) found.push({ word, d, n });
  }
  found.sort((a, b) => a.d - b.d || b.n - a.n);
  return found.slice(0, 3).map((f) => f.word);
}

function prefixCount(token: string, counts: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const [word, c] of counts) if (word.startsWith(token)) n += c;
  return n;
}

/**
 * Plans a name search from the query's tokens (search-key form). The last token may be a prefix being typed
 * ("nguyen van hun"); a token that is neither a known syllable nor a prefix is treated as a typo.
 */
export function planNameQuery(tokens: readonly string[], vocabulary: NameVocabulary, target = 150): NameQueryPlan {
  const { counts, total } = vocabulary;
  const corrections: NameQueryPlan['corrections'] = [];
  const groups: { entries: string[]; weight: number }[] = [];
  // Spaces make an entry exact but cost index work (" hu", "ng " are in half the names): a syllable is bounded
  // only where it also occurs inside another syllable (uyen in nguyen, hanh in thanh, an in anh).
  const inside = (t: string, anywhere: boolean) => {
    if (t.length < 3) return true;
    for (const w of counts.keys()) if (w !== t && (anywhere ? w.includes(t) : w.indexOf(t) > 0)) return true;
    return false;
  };
  const word = (t: string) => (inside(t, true) ? ` ${t} ` : t);
  // A syllable still being typed may end anywhere, so only a match in the middle of another word needs the space.
  const start = (t: string) => (inside(t, false) ? ` ${t}` : t);
  tokens.forEach((token, i) => {
    const last = i === tokens.length - 1;
    const count = counts.get(token);
    if (token.length < 2) return;
    // The last token may be a syllable still being typed: it matches as the start of a word.
    const asPrefix = last ? prefixCount(token, counts) : 0;
    if (asPrefix > 0) return groups.push({ entries: [start(token)], weight: asPrefix });
    if (count !== undefined) return groups.push({ entries: [word(token)], weight: count });
    if (token.length === 2) return;
    const candidates = nearest(token, counts);
    corrections.push({ token, candidates });
    if (candidates.length) groups.push({ entries: candidates.map(word), weight: candidates.reduce((s, c) => s + (counts.get(c) ?? 0), 0) });
  });
  groups.sort((a, b) => a.weight - b.weight);
  // Add groups, rarest first, while the expected number of matches (syllables taken as independent) is
  // still above the target: a selective query reads few index entries and leaves the right names in reach.
  const chosen: string[][] = [];
  let expected = Math.max(total, 1);
  for (const g of groups) {
    if (chosen.length >= MAX_GROUPS || (chosen.length > 0 && expected <= target)) break;
    if (chosen.length > 0 && g.weight > TOO_COMMON * total) break;
    chosen.push(g.entries);
    expected *= g.weight / Math.max(total, 1);
  }
  return { groups: chosen, corrections };
}

/** Adds names (search keys) to a vocabulary being built or kept up to date, for `planNameQuery`. */
export function countSyllables(vocabulary: { counts: Map<string, number>; total: number }, keys: Iterable<string>): void {
  for (const key of keys) {
    vocabulary.total++;
    for (const t of key.split(' ')) if (t) vocabulary.counts.set(t, (vocabulary.counts.get(t) ?? 0) + 1);
  }
}

/** Counts the syllables of search keys, for `planNameQuery`. */
export function buildNameVocabulary(keys: Iterable<string>): NameVocabulary {
  const vocabulary = { counts: new Map<string, number>(), total: 0 };
  countSyllables(vocabulary, keys);
  return vocabulary;
}
