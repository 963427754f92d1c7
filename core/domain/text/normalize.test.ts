import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accentedTokens, asciiDigits, hasDiacritics, nameTokens, searchKey, toNfc } from './normalize';

// The 12 Vietnamese vowel letters and what each folds to once its vowel mark is gone.
const VOWELS: readonly (readonly [letter: string, folded: string])[] = [
  ['a', 'a'], ['ă', 'a'], ['â', 'a'], ['e', 'e'], ['ê', 'e'], ['i', 'i'],
  ['o', 'o'], ['ô', 'o'], ['ơ', 'o'], ['u', 'u'], ['ư', 'u'], ['y', 'y'],
];
// No tone, huyền, sắc, hỏi, ngã, nặng.
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;

function allToned(): { letter: string; folded: string }[] {
  const out: { letter: string; folded: string }[] = [];
  for (const [vowel, folded] of VOWELS) {
    for (const tone of TONES) {
      const lower = (vowel + tone).normalize('NFC');
      out.push({ letter: lower, folded }, { letter: lower.toUpperCase(), folded });
    }
  }
  return out;
}

// Written out independently of the generator above, so the generator cannot be wrong in the same way as the code.
const LOWER_VOWELS_BY_HAND =
  'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ';

describe('searchKey on every Vietnamese letter', () => {
  const letters = allToned();

  it('generates 144 distinct precomposed letters that match the hand-written table', () => {
    expect(letters).toHaveLength(12 * 6 * 2);
    expect(new Set(letters.map((l) => l.letter)).size).toBe(144);
    for (const { letter } of letters) expect([...letter]).toHaveLength(1);
    const lower = letters.map((l) => l.letter).filter((l) => l === l.toLowerCase()).join('');
    expect([...lower].sort()).toEqual([...LOWER_VOWELS_BY_HAND].sort());
  });

  it.each(letters)('$letter → $folded', ({ letter, folded }) => {
    expect(searchKey(letter)).toBe(folded);
    expect(searchKey(letter.normalize('NFD'))).toBe(folded);
    expect(searchKey(`x${letter}x`)).toBe(`x${folded}x`);
  });

  it('folds đ and Đ to d', () => {
    expect(searchKey('đ')).toBe('d');
    expect(searchKey('Đ')).toBe('d');
    expect(searchKey('ĐẶNG')).toBe('dang');
    expect(searchKey('Đạt')).toBe('dat');
  });

  it('leaves consonants and digits alone', () => {
    expect(searchKey('bcdghklmnpqrstvx 0123456789')).toBe('bcdghklmnpqrstvx 0123456789');
  });
});

describe('searchKey on composed and decomposed input', () => {
  const names = ['Nguyễn Văn Hùng', 'Đặng Văn Đạt', 'Trần Thị Thuỷ', 'Lê Thị Hòa', 'Phường Suối Hoa, TP. Bắc Ninh'];

  it.each(names)('gives the same key for NFC and NFD of %s', (name) => {
    const nfc = name.normalize('NFC');
    const nfd = name.normalize('NFD');
    expect(nfc).not.toBe(nfd);
    expect(searchKey(nfd)).toBe(searchKey(nfc));
  });

  it('ignores the order in which a vowel mark and a tone mark were typed', () => {
    // ệ typed as e + circumflex + dot below, or e + dot below + circumflex (old VNI-style keyboards).
    const a = 'Nguy\u0065\u0302\u0303n';
    const b = 'Nguy\u0065\u0303\u0302n';
    expect(searchKey(a)).toBe('nguyen');
    expect(searchKey(b)).toBe('nguyen');
  });

  it('treats old and new tone placement alike', () => {
    expect(searchKey('hoà')).toBe(searchKey('hòa'));
    expect(searchKey('thuỷ')).toBe(searchKey('thủy'));
  });

  it('replaces punctuation by single spaces and folds whitespace', () => {
    expect(searchKey('  Đặng-Văn   ĐẠT. ')).toBe('dang van dat');
    expect(searchKey('Số 12/3, ngõ 5 (P. Suối Hoa)')).toBe('so 12 3 ngo 5 p suoi hoa');
    expect(searchKey('')).toBe('');
    expect(searchKey(' ,.; ')).toBe('');
  });

  it('folds full-width digits and letters', () => {
    expect(searchKey('０２７０８５')).toBe('027085');
    expect(searchKey('ＡＢＣ')).toBe('abc');
  });
});

describe('toNfc', () => {
  it('composes decomposed text', () => {
    const nfd = 'Nguyễn Văn Hùng'.normalize('NFD');
    expect(toNfc(nfd)).toBe('Nguyễn Văn Hùng'.normalize('NFC'));
    expect(toNfc(nfd).length).toBeLessThan(nfd.length);
  });

  it('trims, folds internal whitespace and drops zero-width characters', () => {
    expect(toNfc('  Nguyễn\t Văn\u00A0\u00A0Hùng \n')).toBe('Nguyễn Văn Hùng');
    expect(toNfc('Hù\u200Bng')).toBe('Hùng');
    expect(toNfc('\uFEFFHùng')).toBe('Hùng');
  });

  it('keeps the diacritics (the stored form must tell Hùng from Hưng)', () => {
    expect(toNfc('Hưng')).not.toBe(toNfc('Hùng'));
  });
});

describe('nameTokens, accentedTokens, hasDiacritics', () => {
  it('splits a name into folded words', () => {
    expect(nameTokens('Nguyễn  Văn Hùng')).toEqual(['nguyen', 'van', 'hung']);
    expect(nameTokens('  ')).toEqual([]);
    expect(nameTokens('Hoàng-Anh')).toEqual(['hoang', 'anh']);
  });

  it('keeps diacritics in accentedTokens, lowercased and NFC', () => {
    expect(accentedTokens('Nguyễn Văn HÙNG'.normalize('NFD'))).toEqual(['nguyễn', 'văn', 'hùng']);
  });

  it('detects diacritics', () => {
    expect(hasDiacritics('Nguyen Van Hung')).toBe(false);
    expect(hasDiacritics('Nguyễn')).toBe(true);
    expect(hasDiacritics('Dđ')).toBe(true);
  });
});

describe('searchKey properties', () => {
  const vietnameseChar = fc.constantFrom(...[...LOWER_VOWELS_BY_HAND, ...LOWER_VOWELS_BY_HAND.toUpperCase(), 'đ', 'Đ', ' ', ',', '.', '-', 'n', 'g', 'h', '1']);
  const vietnameseText = fc.string({ unit: vietnameseChar, maxLength: 40 });
  const anyText = fc.string({ unit: 'binary', maxLength: 40 });
  const texts = fc.oneof(vietnameseText, anyText);

  it('is idempotent', () => {
    fc.assert(fc.property(texts, (s) => searchKey(searchKey(s)) === searchKey(s)));
  });

  it('has no combining marks, no đ/Đ, no uppercase, no stray spaces', () => {
    fc.assert(
      fc.property(texts, (s) => {
        const k = searchKey(s);
        return !/\p{M}/u.test(k) && !/[đĐ]/u.test(k) && k === k.toLowerCase() && k === k.trim() && !k.includes('  ');
      }),
    );
  });

  it('does not depend on the normalisation form of the input', () => {
    fc.assert(
      fc.property(vietnameseText, (s) => searchKey(s.normalize('NFD')) === searchKey(s) && searchKey(toNfc(s)) === searchKey(s)),
    );
  });

  it('toNfc is idempotent and returns NFC', () => {
    fc.assert(fc.property(texts, (s) => toNfc(toNfc(s)) === toNfc(s) && toNfc(s) === toNfc(s).normalize('NFC')));
  });
});

describe('asciiDigits', () => {
  it('reads the digits of every script as ASCII digits, leaving everything else', () => {
    expect(asciiDigits('٠٠١٢٠٣٠٠٤٥٦٧')).toBe('001203004567'); // Arabic-Indic
    expect(asciiDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789'); // Extended Arabic-Indic (Persian)
    expect(asciiDigits('０２７０８５')).toBe('027085'); // full-width
    expect(asciiDigits('०१२३४५६७८९')).toBe('0123456789'); // Devanagari
    expect(asciiDigits('\u{1D7CE}\u{1D7D9}\u{1D7E4}')).toBe('012'); // mathematical digits: consecutive sets of ten
    expect(asciiDigits('Số ٢٧, phường Đại Phúc')).toBe('Số 27, phường Đại Phúc');
  });
});
