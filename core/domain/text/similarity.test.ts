import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildTfIdf,
  contentTerms,
  cosineSimilarity,
  damerauLevenshtein,
  jaccard,
  levenshtein,
  tfidfCosine,
  trigramSimilarity,
  trigrams,
} from './similarity';

describe('trigrams (pg_trgm semantics)', () => {
  it('pads each word with two spaces in front and one behind', () => {
    // PostgreSQL: SELECT show_trgm('word') → {"  w"," wo","ord","rd ","wor"}
    expect([...trigrams('word')].sort()).toEqual(['  w', ' wo', 'ord', 'rd ', 'wor']);
  });

  it('gives a one-letter word two trigrams', () => {
    expect([...trigrams('a')].sort()).toEqual(['  a', ' a ']);
  });

  it('is a set across words', () => {
    expect(trigrams('ab ab').size).toBe(trigrams('ab').size);
  });

  it("matches pg_trgm's similarity('word', 'two words') = 4/11", () => {
    expect(trigramSimilarity('word', 'two words')).toBeCloseTo(4 / 11, 6);
  });

  it('works on the diacritic-insensitive key', () => {
    expect(trigramSimilarity('Nguyễn Văn Hùng', 'nguyen van hung')).toBe(1);
    expect(trigramSimilarity('Đạt', 'dat')).toBe(1);
  });

  it('is 0 for empty or disjoint input and 1 for equal input', () => {
    expect(trigramSimilarity('', '')).toBe(0);
    expect(trigramSimilarity('abc', '')).toBe(0);
    expect(trigramSimilarity('abc', 'xyz')).toBe(0);
    expect(trigramSimilarity('Bắc Ninh', 'Bắc Ninh')).toBe(1);
  });

  it('ranks a near spelling above a far one', () => {
    expect(trigramSimilarity('Hạp Lĩnh', 'Hap Linh')).toBeGreaterThan(trigramSimilarity('Hạp Lĩnh', 'Vũ Ninh'));
  });

  it('is symmetric and within 0..1', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), (a, b) => {
        const s = trigramSimilarity(a, b);
        return s === trigramSimilarity(b, a) && s >= 0 && s <= 1;
      }),
    );
  });
});

describe('jaccard', () => {
  it('computes |A∩B| / |A∪B|', () => {
    expect(jaccard(new Set([1, 2, 3]), new Set([2, 3, 4]))).toBe(0.5);
    expect(jaccard(new Set<number>(), new Set([1]))).toBe(0);
  });
});

describe('edit distances', () => {
  it('computes the classic Levenshtein examples', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('abc', '')).toBe(3);
    expect(levenshtein('flaw', 'lawn')).toBe(2);
  });

  it('counts an adjacent transposition as one edit in Damerau but two in Levenshtein', () => {
    expect(damerauLevenshtein('hugn', 'hung')).toBe(1);
    expect(levenshtein('hugn', 'hung')).toBe(2);
    expect(damerauLevenshtein('ca', 'abc')).toBe(3); // optimal string alignment, not unrestricted Damerau
  });

  it('counts code points, so a Vietnamese letter is one character', () => {
    expect(levenshtein('Hùng', 'Hưng')).toBe(1);
    expect(levenshtein('ư', 'u')).toBe(1);
  });

  it('is a distance: zero only for equal strings, symmetric, bounded by the longer length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = levenshtein(a, b);
        const dl = damerauLevenshtein(a, b);
        const la = Array.from(a).length;
        const lb = Array.from(b).length;
        return (
          (d === 0) === (a === b) &&
          d === levenshtein(b, a) &&
          dl === damerauLevenshtein(b, a) &&
          dl <= d &&
          d <= Math.max(la, lb) &&
          d >= Math.abs(la - lb)
        );
      }),
    );
  });
});

describe('TF-IDF cosine', () => {
  const land =
    'Tôi khiếu nại quyết định thu hồi đất số 123/QĐ-UBND của UBND thành phố Bắc Ninh đối với thửa đất số 45 vì mức bồi thường không thỏa đáng.';
  const landAgain =
    'Khiếu nại quyết định thu hồi đất số 123/QĐ-UBND của UBND thành phố Bắc Ninh về thửa đất số 45, mức bồi thường không thỏa đáng.';
  const road = 'Kiến nghị sửa chữa đường giao thông ngõ 5 phố Nguyễn Văn Cừ bị xuống cấp, ngập nước khi trời mưa.';
  const bribe = 'Tố cáo cán bộ địa chính phường nhận tiền của người dân khi làm thủ tục cấp giấy chứng nhận.';
  const corpus = [land, landAgain, road, bribe];

  it('is 1 for identical texts and 0 for texts with no term in common', () => {
    expect(tfidfCosine(land, land, corpus)).toBeCloseTo(1, 9);
    expect(tfidfCosine('đường giao thông xuống cấp', 'thửa đất bồi thường', corpus)).toBe(0);
  });

  it('scores a reworded letter on the same matter far above an unrelated one', () => {
    const same = tfidfCosine(land, landAgain, corpus);
    const other = tfidfCosine(land, road, corpus);
    expect(same).toBeGreaterThan(0.6);
    expect(other).toBeLessThan(0.2);
  });

  it('gives rarer terms a larger idf', () => {
    const model = buildTfIdf(corpus);
    expect(model.documentCount).toBe(4);
    expect(model.idf('dat')).toBeLessThan(model.idf('ngap'));
    expect(model.idf('never-seen')).toBeGreaterThan(model.idf('ngap'));
  });

  it('builds unit vectors', () => {
    const v = buildTfIdf(corpus).vectorize(land);
    const norm = Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0));
    expect(norm).toBeCloseTo(1, 9);
    expect(cosineSimilarity(v, new Map())).toBe(0);
  });

  it('uses folded syllables and bigrams, without function syllables', () => {
    const terms = contentTerms('Khiếu nại của ông Đỗ về đất');
    expect(terms).toContain('khieu nai');
    expect(terms).toContain('do');
    expect(terms).toContain('dat');
    expect(terms).not.toContain('cua');
    expect(terms).not.toContain('ong');
    // a removed function syllable breaks the bigram instead of joining its neighbours
    expect(terms).not.toContain('nai do');
  });
});
