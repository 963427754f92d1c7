/**
 * Text normalisation for Vietnamese names, addresses and letter content.
 *
 * Two forms exist on purpose:
 * - the **stored** form (`toNfc`) keeps every diacritic, because "Hùng" and "Hưng" are different names;
 * - the **search key** (`searchKey`) drops them, because citizens and officers often type without tones
 *   ("nguyen van hung") and because the same word may arrive composed (NFC) or decomposed (NFD) from
 *   different keyboards (Unikey, VNI, macOS, Word).
 */

// Zero-width characters survive copy-paste from Word and web pages and would make equal names compare unequal.
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu;
const WHITESPACE = /\s+/gu;

/** NFC, with zero-width characters removed, internal whitespace folded to one space and the ends trimmed. */
export function toNfc(s: string): string {
  return s.normalize('NFC').replace(ZERO_WIDTH, '').replace(WHITESPACE, ' ').trim();
}

const COMBINING_MARKS = /\p{M}+/gu;
// Đ/đ carry a stroke, not a combining mark, so NFD leaves them intact. Ɖ/ɖ (African D) look identical and turn up
// when text is typed with the wrong keyboard layout, so they fold the same way.
const D_STROKE = /[đɖ]/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/**
 * Diacritic-insensitive key: lowercase, no tone or vowel marks, đ → d, punctuation replaced by a space,
 * whitespace folded. "  Đặng-Văn   ĐẠT. " → "dang van dat".
 *
 * NFKD rather than NFD so that full-width digits and letters (from some Asian input methods) fold to ASCII too;
 * for Vietnamese letters the two decompositions are the same.
 */
export function searchKey(s: string): string {
  return s
    .normalize('NFKD')
    .toLowerCase()
    .replace(COMBINING_MARKS, '')
    .replace(D_STROKE, 'd')
    .replace(NOT_LETTER_OR_DIGIT, ' ')
    .trim();
}

/** The words of a name as search keys, in order: "Nguyễn  Văn Hùng" → ["nguyen", "van", "hung"]. */
export function nameTokens(s: string): string[] {
  const key = searchKey(s);
  return key === '' ? [] : key.split(' ');
}

/** Lowercase NFC words that keep their diacritics; used to tell "Hùng" from "Hưng" when both sides are typed with tones. */
export function accentedTokens(s: string): string[] {
  const key = toNfc(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
  return key === '' ? [] : key.split(' ').map((t) => t.normalize('NFC'));
}

/** True when the text carries at least one Vietnamese diacritic (a combining mark after NFD, or đ/Đ). */
export function hasDiacritics(s: string): boolean {
  return /\p{M}/u.test(s.normalize('NFD')) || /[đĐ]/u.test(s);
}

const DECIMAL_DIGIT = /\p{Nd}/u;

/**
 * Every decimal digit as its ASCII digit: Arabic-Indic "٠١٢", Devanagari, full-width "０１２"… An identity number
 * pasted from a phone set to another script must be the same number as the one typed on a Vietnamese keyboard.
 * Unicode encodes each set of decimal digits as ten consecutive code points from zero (some sets follow one
 * another), so a digit's value is its distance from the start of its run, modulo ten.
 */
export function asciiDigits(s: string): string {
  let out = '';
  for (const c of s) {
    const cp = c.codePointAt(0) ?? 0;
    if (cp < 0x80 || !DECIMAL_DIGIT.test(c)) {
      out += c;
      continue;
    }
    let start = cp;
    while (DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
    out += String((cp - start) % 10);
  }
  return out;
}
