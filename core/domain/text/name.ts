/**
 * What a person's name may contain, for every register that stores one (citizens, officers, accounts).
 *
 * A name is what an officer reads back to a citizen and prints on a decision, so what is stored must be exactly
 * what is seen: no invisible characters that make two equal-looking names differ or reorder the text on screen
 * (U+202E turns "Nguyễn Văn" into "năV nễyugN"), and at least one letter (a name of zero-width spaces or bare tone
 * marks is stored as an empty-looking name).
 */

/**
 * Invisible characters that copy-paste from Word, web pages and chat apps leaves in names, and that change nothing a
 * reader sees: zero-width space/joiners, word joiner, byte-order mark, soft hyphen, and the direction *marks*
 * (LRM, RLM, ALM), which only nudge neighbouring punctuation. They are removed.
 */
const HARMLESS_INVISIBLE = /[\u200B-\u200F\u2060\uFEFF\u00AD\u061C]/gu;
/** Every other format (Cf) or control (Cc) character: bidi embeddings, overrides and isolates, tags, NUL… Refused. */
const HIDDEN = /[\p{Cf}\p{Cc}]/u;
const MARK = /\p{M}/u;
const LETTER = /\p{L}/u;
/** Vietnamese letters are precomposed after NFC; a few foreign letters keep one or two marks, never more. */
const MAX_MARKS_PER_LETTER = 2;

export type NameProblemCode = 'empty' | 'no_letter' | 'hidden_format' | 'stray_mark' | 'stacked_marks';

export type NameCheck = { ok: true; value: string } | { ok: false; code: NameProblemCode; message: string };

const codePoint = (c: string) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The stored form of a name (NFC, harmless invisible characters removed, whitespace folded and trimmed), or why it
 * cannot be stored, in Vietnamese, naming the field by `label` ("Họ tên", "Họ tên cán bộ").
 */
export function checkName(raw: string, label = 'Họ tên'): NameCheck {
  const value = raw.normalize('NFC').replace(HARMLESS_INVISIBLE, '').replace(/\s+/gu, ' ').trim();
  const hidden = HIDDEN.exec(value)?.[0];
  if (hidden !== undefined) {
    return { ok: false, code: 'hidden_format', message: `${label} chứa ký tự ẩn (${codePoint(hidden)}) làm sai lệch cách hiển thị; hãy gõ lại ${label.toLowerCase()}.` };
  }
  if (value === '') return { ok: false, code: 'empty', message: `${label} không được để trống.` };
  if (!LETTER.test(value)) return { ok: false, code: 'no_letter', message: `${label} phải có ít nhất một chữ cái.` };
  let marks = 0;
  let previous = '';
  for (const c of value) {
    if (MARK.test(c)) {
      if (!LETTER.test(previous) && !MARK.test(previous)) {
        return { ok: false, code: 'stray_mark', message: `${label} có dấu đứng riêng, không gắn vào chữ cái nào; hãy gõ lại chữ có dấu.` };
      }
      if (++marks > MAX_MARKS_PER_LETTER) {
        return { ok: false, code: 'stacked_marks', message: `${label} có quá nhiều dấu chồng lên một chữ cái.` };
      }
    } else marks = 0;
    previous = c;
  }
  return { ok: true, value };
}
