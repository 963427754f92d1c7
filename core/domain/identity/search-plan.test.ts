import { describe, expect, it } from 'vitest';
import { buildNameVocabulary, countSyllables, personKey, planNameQuery } from './search-plan';

const vocabulary = buildNameVocabulary([
  ...Array(5000).fill('nguyen van hung'),
  ...Array(3000).fill('nguyen thi hoa'),
  ...Array(40).fill('dang van dat'),
  ...Array(900).fill('tran duc hong'),
  ...Array(300).fill('do thi huyen'),
  ...Array(60).fill('ly dinh an'),
]);

describe('planNameQuery', () => {
  it('sends only the rarest syllable when it alone narrows enough', () => {
    expect(planNameQuery(['dang', 'van', 'dat'], vocabulary).groups).toEqual([['dang']]);
  });
  it('adds the next rarest while too many names would still match', () => {
    const plan = planNameQuery(['tran', 'duc', 'hong', 'dat'], vocabulary, 10);
    expect(plan.groups[0]).toEqual(['dat']);
    expect(plan.groups.length).toBe(2);
    expect(planNameQuery(['tran', 'duc', 'hong'], vocabulary, 150).groups.length).toBeGreaterThan(1);
  });
  it('leaves syllables found in a quarter of the register to the ranking', () => {
    expect(planNameQuery(['nguyen', 'van', 'hung'], vocabulary).groups).toEqual([['hung']]);
  });
  it('keeps a last token that is a prefix being typed', () => {
    const plan = planNameQuery(['nguyen', 'van', 'hun'], vocabulary);
    expect(plan.corrections).toEqual([]);
    expect(plan.groups[0]).toEqual(['hun']);
  });
  it('a token inside the query that is only a prefix is a typo, not a prefix', () => {
    expect(planNameQuery(['hun', 'nguyen'], vocabulary).corrections.map((c) => c.token)).toEqual(['hun']);
  });
  it('replaces a typo by its nearest syllables', () => {
    const plan = planNameQuery(['nguyen', 'van', 'hugn'], vocabulary);
    expect(plan.corrections).toEqual([{ token: 'hugn', candidates: ['hung'] }]);
    expect(plan.groups).toContainEqual(['hung']);
  });
  it('corrects long tokens within two edits', () => {
    expect(planNameQuery(['nugyne'], vocabulary).corrections[0]?.candidates).toContain('nguyen');
  });
  it('matches whole syllables bounded by spaces, so " uyen " is not found inside "nguyen"', () => {
    expect(planNameQuery(['huyen', 'do', 'thi'], vocabulary).groups).toContainEqual([' do ']);
    expect(planNameQuery(['an', 'ly', 'dinh'], vocabulary).groups[0]).toEqual([' an ']);
  });
  it('bounds a syllable that also occurs inside another one', () => {
    const v = buildNameVocabulary(['nguyen thanh uyen', 'tran thanh hanh']);
    expect(planNameQuery(['uyen', 'tran'], v).groups).toContainEqual([' uyen ']);
    expect(planNameQuery(['hanh', 'nguyen'], v).groups).toContainEqual([' hanh ']);
    expect(planNameQuery(['thanh', 'x'], v).groups).toContainEqual(['thanh']);
  });
  it('a name counted into a built vocabulary counts as if it had been there from the start', () => {
    const learnt = { counts: new Map<string, number>(), total: 0 };
    countSyllables(learnt, ['nguyen van hung']);
    countSyllables(learnt, ['tran van  an']);
    expect(learnt).toEqual(buildNameVocabulary(['nguyen van hung', 'tran van  an']));
    expect(learnt.total).toBe(2);
    expect(learnt.counts.get('van')).toBe(2);
    expect(learnt.counts.has('')).toBe(false);
  });
  it('pads the stored key so every syllable is bounded', () => {
    expect(personKey('nguyen thanh uyen')).toBe(' nguyen thanh uyen ');
    expect(personKey('nguyen thanh uyen').includes(' uyen ')).toBe(true);
    expect(personKey('nguyen van hung').includes(' uyen ')).toBe(false);
  });
  it('ignores single letters', () => {
    expect(planNameQuery(['a'], vocabulary).groups).toEqual([]);
  });
  it('a token with no near syllable leaves no group (nothing to find)', () => {
    const plan = planNameQuery(['xyzxyz'], vocabulary);
    expect(plan.groups).toEqual([]);
    expect(plan.corrections).toEqual([{ token: 'xyzxyz', candidates: [] }]);
  });
});
