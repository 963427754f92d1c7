import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNames, findMatchingPeople, matchPeople, rankPeople, scoreNameQuery, type PersonLike } from './person-match';

const people: PersonLike[] = [
  { fullName: 'Trần Thị Lan', birthYear: 1962, address: 'Phường Vũ Ninh' },
  { fullName: 'Nguyễn Văn Hùng', birthYear: 1985, idNumber: '027085001234', address: 'Thôn Đông, phường Hạp Lĩnh', phone: '0912345678' },
  { fullName: 'Đặng Văn Đạt', birthYear: 1970 },
  { fullName: 'Nguyễn Thị Hoa', birthYear: 1988 },
  { fullName: 'Lê Văn Hải', birthYear: 1985 },
  { fullName: 'Phạm Minh Đức', birthYear: 1979, idNumber: '027079000111' },
];
const names = (r: { item: PersonLike }[]): string[] => r.map((x) => x.item.fullName);

describe('compareNames', () => {
  it('is 1 and exact for the same name, whatever the Unicode form', () => {
    expect(compareNames('Nguyễn Văn Hùng', 'Nguyễn Văn Hùng'.normalize('NFD'))).toEqual({ score: 1, notes: [], exact: true });
  });

  it('treats old and new tone placement as the same name', () => {
    expect(compareNames('Nguyễn Thị Hoà', 'Nguyễn Thị Hòa').exact).toBe(true);
    expect(compareNames('Lê Thị Thuỷ', 'Lê Thị Thủy').exact).toBe(true);
  });

  it('matches a name typed without diacritics fully, but not as exact', () => {
    const r = compareNames('Nguyễn Văn Hùng', 'Nguyen Van Hung');
    expect(r.score).toBe(1);
    expect(r.exact).toBe(false);
    expect(r.notes).toContain('không dấu');
  });

  it('tells Hùng from Hưng when both sides carry diacritics', () => {
    const r = compareNames('Nguyễn Văn Hùng', 'Nguyễn Văn Hưng');
    expect(r.score).toBeLessThan(1);
    expect(r.score).toBeGreaterThan(0.85);
    expect(r.notes).toContain('khác dấu');
  });

  it('accepts the given name written first, at a small cost', () => {
    const r = compareNames('Nguyễn Văn Hùng', 'Hùng Nguyễn Văn');
    expect(r.score).toBeCloseTo(0.95, 9);
    expect(r.notes).toEqual(['khác thứ tự']);
    // a shuffle that is not a rotation costs more
    expect(compareNames('Nguyễn Văn Minh Hùng', 'Văn Nguyễn Hùng Minh').score).toBeLessThan(r.score);
    expect(compareNames('Nguyễn Văn Minh Hùng', 'Nguyễn Minh Văn Hùng').score).toBeLessThan(r.score);
    expect(compareNames('Nguyễn Văn Minh Hùng', 'Hùng Nguyễn Văn Minh').score).toBeCloseTo(0.95, 9);
  });

  it('tolerates one edit per word', () => {
    const r = compareNames('Nguyễn Văn Hùng', 'Nguyen Van Hugn');
    expect(r.score).toBeGreaterThan(0.8);
    expect(r.notes).toContain('sai chính tả');
    // two edits in the given name are not a typo any more
    expect(compareNames('Nguyễn Văn Hùng', 'Nguyễn Văn Hagn').score).toBeLessThan(0.6);
  });

  it('gives a missing middle name partial credit', () => {
    const r = compareNames('Nguyễn Văn Hùng', 'Nguyễn Hùng');
    expect(r.score).toBeGreaterThan(0.8);
    expect(r.score).toBeLessThan(0.9);
    expect(r.notes).toContain('thiếu hoặc thừa từ');
  });

  it('keeps different people apart, even with the commonest family and middle names', () => {
    expect(compareNames('Nguyễn Văn Hùng', 'Nguyễn Văn Hải').score).toBeLessThanOrEqual(0.5);
    expect(compareNames('Nguyễn Văn Hùng', 'Trần Thị Lan').score).toBeLessThan(0.3);
    expect(compareNames('', 'Trần Thị Lan').score).toBe(0);
  });

  it('is symmetric', () => {
    const word = fc.constantFrom('Nguyễn', 'Nguyen', 'Văn', 'Thị', 'Hùng', 'Hưng', 'Hung', 'Hugn', 'Lan', 'Đạt', 'Dat', 'Hòa', 'Hoà');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), fc.array(word, { minLength: 1, maxLength: 4 }), (a, b) => {
        const x = compareNames(a.join(' '), b.join(' ')).score;
        const y = compareNames(b.join(' '), a.join(' ')).score;
        return Math.abs(x - y) < 1e-12 && x >= 0 && x <= 1;
      }),
    );
  });
});

describe('scoreNameQuery', () => {
  it('completes the last word of a partial query', () => {
    const r = scoreNameQuery('nguyen van hun', 'Nguyễn Văn Hùng');
    expect(r.score).toBeGreaterThan(0.9);
    expect(r.notes).toContain('gõ chưa hết');
    // only the last word is completed
    expect(scoreNameQuery('ngu van hung', 'Nguyễn Văn Hùng').score).toBeLessThan(r.score);
  });

  it('finds a one-word query in the name', () => {
    expect(scoreNameQuery('hung', 'Nguyễn Văn Hùng').score).toBeGreaterThan(0.85);
    expect(scoreNameQuery('hung', 'Đặng Văn Đạt').score).toBe(0);
  });
});

describe('rankPeople', () => {
  it('"nguyen van hung" finds Nguyễn Văn Hùng first', () => {
    const r = rankPeople('nguyen van hung', people);
    expect(names(r)[0]).toBe('Nguyễn Văn Hùng');
    expect(r[0]?.score).toBe(1);
    expect(r[0]?.reasons[0]?.label).toBe('Trùng họ tên (không phân biệt dấu)');
  });

  it('"dang van dat" finds Đặng Văn Đạt', () => {
    expect(names(rankPeople('dang van dat', people))).toEqual(['Đặng Văn Đạt']);
  });

  it('"Hùng Nguyễn Văn" (given name first) finds Nguyễn Văn Hùng', () => {
    const r = rankPeople('Hùng Nguyễn Văn', people);
    expect(names(r)[0]).toBe('Nguyễn Văn Hùng');
    expect(r[0]?.reasons[0]?.label).toContain('khác thứ tự');
  });

  it('"Nguyen Van Hugn" (typo) finds Nguyễn Văn Hùng', () => {
    const r = rankPeople('Nguyen Van Hugn', people);
    expect(names(r)[0]).toBe('Nguyễn Văn Hùng');
    expect(r[0]?.score).toBeGreaterThan(0.8);
  });

  it('"nguyen van hun" (partial) finds Nguyễn Văn Hùng', () => {
    const r = rankPeople('nguyen van hun', people);
    expect(names(r)[0]).toBe('Nguyễn Văn Hùng');
    expect(r[0]?.score).toBeGreaterThan(0.9);
  });

  it('finds by identity number, however it is spaced', () => {
    const r = rankPeople('027 085 001 234', people);
    expect(names(r)).toEqual(['Nguyễn Văn Hùng']);
    expect(r[0]).toMatchObject({ score: 1, reasons: [{ code: 'id_same', label: 'Trùng số CCCD' }] });
  });

  it('finds by the beginning of an identity number, below an exact match', () => {
    const r = rankPeople('027085', people);
    expect(names(r)).toEqual(['Nguyễn Văn Hùng']);
    expect(r[0]?.score).toBeLessThan(1);
    expect(r[0]?.reasons[0]?.code).toBe('id_prefix');
  });

  it('finds by phone number in any notation', () => {
    expect(names(rankPeople('+84 912 345 678', people))).toEqual(['Nguyễn Văn Hùng']);
  });

  it('ranks an exact identity number above an exact name', () => {
    const candidates: PersonLike[] = [
      { fullName: 'Nguyễn Văn Hùng' },
      { fullName: 'Nguyễn Văn Hưng', idNumber: '027085001234' },
      { fullName: 'Nguyễn Văn Hùng', idNumber: '027085009999' },
    ];
    const r = rankPeople('Nguyễn Văn Hùng 027085001234', candidates);
    // the namesake with another CCCD number is ruled out; the one without a number stays, below
    expect(r.map((x) => x.index)).toEqual([1, 0]);
    expect(r[0]?.reasons[0]?.code).toBe('id_same');
  });

  it('uses a birth year in the query', () => {
    const candidates: PersonLike[] = [
      { fullName: 'Nguyễn Văn Hùng', birthYear: 1960 },
      { fullName: 'Nguyễn Văn Hùng', birthYear: 1985 },
    ];
    const r = rankPeople('nguyen van hung 1985', candidates);
    expect(r.map((x) => x.index)).toEqual([1, 0]);
    expect(r[0]?.reasons.map((x) => x.code)).toContain('birth_year_same');
  });

  it('respects minScore and limit, and keeps input order on ties', () => {
    const twins: PersonLike[] = [{ fullName: 'Nguyễn Văn Hùng' }, { fullName: 'Nguyễn Văn Hưng' }, { fullName: 'Nguyễn Văn Hùng' }];
    expect(rankPeople('nguyen van hung', twins).map((x) => x.index)).toEqual([0, 1, 2]);
    expect(rankPeople('nguyen van hung', twins, { limit: 2 })).toHaveLength(2);
    expect(rankPeople('tran thi lan', people, { minScore: 0.99 }).map((x) => x.index)).toEqual([0]);
    expect(rankPeople('xyz', people)).toEqual([]);
  });
});

describe('matchPeople', () => {
  it('rates the same identity number as near-certain even with a misspelt name', () => {
    const r = matchPeople({ fullName: 'Nguyễn Văn Hùng', idNumber: '027085001234' }, { fullName: 'Nguyen Van Hugn', idNumber: '027 085 001 234' });
    expect(r.score).toBeGreaterThan(0.95);
    expect(r.reasons.map((x) => x.code)).toContain('id_same');
  });

  it('caps two different CCCD numbers low, whatever the name', () => {
    const r = matchPeople({ fullName: 'Nguyễn Văn Hùng', idNumber: '027085001234' }, { fullName: 'Nguyễn Văn Hùng', idNumber: '027085009999' });
    expect(r.score).toBeLessThanOrEqual(0.3);
    expect(r.reasons.find((x) => x.code === 'id_different')?.label).toBe('Khác số CCCD');
  });

  it('does not treat an old CMND and a new CCCD as a conflict', () => {
    const r = matchPeople({ fullName: 'Nguyễn Văn Hùng', idNumber: '125123456' }, { fullName: 'Nguyễn Văn Hùng', idNumber: '027085001234' });
    expect(r.score).toBeCloseTo(0.6, 9);
    expect(r.reasons.map((x) => x.code)).not.toContain('id_different');
  });

  it('adds birth year, ward, address and phone to a matching name', () => {
    const a: PersonLike = { fullName: 'Nguyễn Văn Hùng', birthYear: 1985, address: 'Thôn Đông, phường Hạp Lĩnh', wardCode: '09190', phone: '0912345678' };
    const b: PersonLike = { fullName: 'Nguyen Van Hung', birthYear: 1985, address: 'thon Dong, P. Hap Linh', wardCode: '09190', phone: '+84 912 345 678' };
    const r = matchPeople(a, b);
    expect(r.score).toBe(0.95); // the ceiling without an identity number
    expect(r.reasons.map((x) => x.code)).toEqual(expect.arrayContaining(['birth_year_same', 'ward_same', 'address_similar', 'phone_same']));
    expect(matchPeople({ fullName: 'Nguyễn Văn Hùng' }, { fullName: 'Nguyễn Văn Hùng' }).score).toBeCloseTo(0.6, 9);
  });

  it('scores a birth year one off lower than the same year, and further off lower still', () => {
    const base = { fullName: 'Nguyễn Văn Hùng', birthYear: 1985 };
    const same = matchPeople(base, { fullName: 'Nguyễn Văn Hùng', birthYear: 1985 }).score;
    const near = matchPeople(base, { fullName: 'Nguyễn Văn Hùng', birthYear: 1986 });
    const far = matchPeople(base, { fullName: 'Nguyễn Văn Hùng', birthYear: 1990 });
    expect(near.score).toBeLessThan(same);
    expect(near.score).toBeGreaterThan(0.6);
    expect(near.reasons.find((x) => x.code === 'birth_year_near')?.label).toBe('Năm sinh lệch 1 năm (1985 và 1986)');
    expect(far.score).toBeLessThan(0.6);
    expect(far.reasons.find((x) => x.code === 'birth_year_different')?.weight).toBeLessThan(0);
  });

  it('gives a shared address little weight when the names differ (a relative, not the same person)', () => {
    const home = { address: 'Thôn Đông, phường Hạp Lĩnh', wardCode: '09190', phone: '0912345678' };
    const r = matchPeople({ fullName: 'Nguyễn Văn Hùng', ...home }, { fullName: 'Trần Thị Lan', ...home });
    expect(r.score).toBeLessThan(0.35);
    expect(r.reasons[0]?.code).not.toBe('name_exact');
  });

  it('is symmetric and within 0..1', () => {
    const person = fc.record({
      fullName: fc.constantFrom('Nguyễn Văn Hùng', 'Nguyen Van Hung', 'Hùng Nguyễn Văn', 'Nguyễn Văn Hưng', 'Trần Thị Lan'),
      birthYear: fc.option(fc.integer({ min: 1980, max: 1990 }), { nil: undefined }),
      idNumber: fc.option(fc.constantFrom('027085001234', '027085009999', '125123456'), { nil: undefined }),
      wardCode: fc.option(fc.constantFrom('09190', '09187'), { nil: undefined }),
    });
    fc.assert(
      fc.property(person, person, (a, b) => {
        const x = matchPeople(a, b).score;
        return Math.abs(x - matchPeople(b, a).score) < 1e-12 && x >= 0 && x <= 1;
      }),
    );
  });
});

describe('findMatchingPeople', () => {
  it('puts the record with the same identity number above a namesake', () => {
    const r = findMatchingPeople({ fullName: 'Nguyễn Văn Hùng', idNumber: '027085001234' }, [
      { fullName: 'Nguyễn Văn Hùng' },
      { fullName: 'Nguyen Van Hugn', idNumber: '027085001234' },
      { fullName: 'Trần Thị Lan' },
    ]);
    expect(r.map((x) => x.index)).toEqual([1, 0]);
  });
});

describe('short syllables', () => {
  it('one changed letter in a short syllable is another name, not a typo (Văn/Lan, Thu/Thi)', () => {
    const [hit] = rankPeople('tran van thu', [{ fullName: 'Trần Thị Lan' }], { minScore: 0 });
    expect(hit?.score).toBeLessThan(0.55);
  });
  it('swapped neighbours in a short syllable still count as a typo', () => {
    const [hit] = rankPeople('tran van tuh', [{ fullName: 'Trần Văn Thu' }], { minScore: 0 });
    expect(hit?.score).toBeGreaterThan(0.8);
  });
});

describe('a name holding the typed words side by side ranks first', () => {
  it('"nguyen van": Nguyễn Văn An and Nguyễn Văn Việt Dũng above Nguyễn Thị Vân (issue 13)', () => {
    const candidates: PersonLike[] = [{ fullName: 'Nguyễn Thị Vân' }, { fullName: 'Nguyễn Văn Việt Dũng' }, { fullName: 'Nguyễn Văn An' }, { fullName: 'Nguyễn Văn Vinh' }];
    const r = rankPeople('nguyen van', candidates);
    expect(names(r).slice(-1)).toEqual(['Nguyễn Thị Vân']);
    expect(names(r).slice(0, 3)).toEqual(expect.arrayContaining(['Nguyễn Văn An', 'Nguyễn Văn Việt Dũng', 'Nguyễn Văn Vinh']));
    expect(r.at(-1)?.reasons[0]?.label).toContain('có từ xen giữa');
  });
  it('a name with the middle name left out of the query is still found, below', () => {
    const r = rankPeople('nguyen hung', [{ fullName: 'Nguyễn Văn Hùng' }, { fullName: 'Nguyễn Hùng Sơn' }]);
    expect(names(r)).toEqual(['Nguyễn Hùng Sơn', 'Nguyễn Văn Hùng']);
    expect(r[1]?.score).toBeGreaterThan(0.8);
  });
  it('an exact common word is paired before a typo of a rarer one (the pairing chosen is the one scored)', () => {
    // "tran" is one letter from "Tuấn": pairing it there (and "nguyen" out of order) must not beat the exact pairing.
    const together = scoreNameQuery('tran nguyen', 'Trần Nguyễn Hoa Tuấn');
    expect(together.notes).toEqual(['không dấu']);
    expect(together.score).toBeGreaterThan(scoreNameQuery('tran nguyen', 'Trần Hoa Nguyễn Tuấn').score);
  });
  it('a query word that matched nothing does not count as a gap', () => {
    const gap = scoreNameQuery('nguyen qqq hung', 'Nguyễn Văn Hùng');
    expect(gap.notes).not.toContain('có từ xen giữa');
  });
  it('holds for any names up to eight words: typed words together beat the same words apart', () => {
    const pool = ['Nguyễn', 'Văn', 'Thị', 'Trần', 'Lê', 'Hùng', 'Lan', 'Minh', 'Quốc', 'Tuấn', 'Anh', 'Việt', 'Dũng', 'Hoa', 'Đức', 'Sơn'];
    const plain = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').replace(/Đ/g, 'D').toLowerCase();
    const setup = fc
      .shuffledSubarray(pool, { minLength: 4, maxLength: 8 })
      .chain((words) =>
        fc.record({
          words: fc.constant(words),
          typed: fc.integer({ min: 2, max: Math.min(4, words.length - 1) }),
          extraBefore: fc.integer({ min: 0, max: 2 }),
          gapAt: fc.nat(),
        }),
      );
    fc.assert(
      fc.property(setup, ({ words, typed, extraBefore, gapAt }) => {
        const query = words.slice(0, typed);
        const extras = words.slice(typed);
        const before = extras.slice(0, Math.min(extraBefore, extras.length - 1));
        const after = extras.slice(before.length);
        const together = [...before, ...query, ...after];
        // The same words with one extra word slipped between two typed words.
        const cut = 1 + (gapAt % (typed - 1));
        const apart = [...query.slice(0, cut), after[0] ?? '', ...query.slice(cut), ...before, ...after.slice(1)].filter(Boolean);
        const q = query.map(plain).join(' ');
        return scoreNameQuery(q, together.join(' ')).score > scoreNameQuery(q, apart.join(' ')).score;
      }),
      { numRuns: 1000 },
    );
  });
});
