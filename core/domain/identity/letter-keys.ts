import { searchKey } from '../text/normalize';
import { normalizeDocumentNumber } from './cccd';
import { toE164 } from './phone';

/**
 * The keys a stored letter is found by when another letter is checked for duplicates (đơn trùng): the database
 * narrows the candidates to letters sharing at least one key, then `findRelatedLetters` scores them. Without such a
 * key the scorer would have to read every letter of every unit.
 *
 * - `i:` a writer's identity number, `p:` his phone (E.164), `n:` his name's search key: the same writer.
 * - `c<band>:` locality-sensitive hashes of the content (MinHash over word pairs, 8 bands of 2): two texts sharing
 *   half their word pairs share a band with probability ≈ 0.9, a third ≈ 0.6, and unrelated texts almost never,
 *   so near-copies are found even when the writers differ or are unknown.
 *
 * A sealed letter (a denunciation's writers) gets content keys only: a key derived from a denouncer's name or number
 * stored in clear would let anyone reading the table link his letters — the identity sealing exists to prevent that.
 */
export interface KeyedLetter {
  senders: readonly { fullName?: string | null; idNumber?: string | null; phone?: string | null }[];
  content: string;
  sealed: boolean;
}

const BANDS = 8;
const ROWS = 2;
/** Fewer distinct word pairs than this and the text says too little to match on (e.g. "Đơn khiếu nại"). */
const MIN_SHINGLES = 4;

/** 32-bit FNV-1a with a seed: deterministic on every engine and release, which stored keys need. */
function hash(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ Math.imul(seed + 1, 0x9e3779b1)) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function contentKeys(content: string): string[] {
  const words = searchKey(content).split(' ').filter(Boolean);
  const shingles = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) shingles.add(`${words[i]} ${words[i + 1]}`);
  if (shingles.size < MIN_SHINGLES) return [];
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    const mins: number[] = [];
    for (let r = 0; r < ROWS; r++) {
      let min = 0xffffffff;
      for (const s of shingles) min = Math.min(min, hash(s, b * ROWS + r));
      mins.push(min);
    }
    keys.push(`c${b}:${mins.map((m) => m.toString(36)).join('.')}`);
  }
  return keys;
}

export function letterMatchKeys(letter: KeyedLetter): string[] {
  const keys = new Set<string>();
  if (!letter.sealed) {
    for (const s of letter.senders) {
      const id = s.idNumber ? normalizeDocumentNumber(s.idNumber) : '';
      if (id.length >= 6) keys.add(`i:${id}`);
      const phone = s.phone ? toE164(s.phone) : undefined;
      if (phone) keys.add(`p:${phone}`);
      const name = s.fullName ? searchKey(s.fullName) : '';
      if (name.includes(' ')) keys.add(`n:${name}`.slice(0, 120));
    }
  }
  for (const k of contentKeys(letter.content)) keys.add(k);
  return [...keys];
}
