import { describe, expect, it } from 'vitest';
import { buildNameVocabulary, planNameQuery } from './search-plan';

const vocabulary = buildNameVocabulary([
  ...Array(5000).fill('nguyen van hung'),
  ...Array(3000).fill('nguyen thi hoa'),
  ...Array(40).fill('dang van dat'),
  ...Array(900).fill('tran duc hong'),
]);

describe('planNameQuery', () => {
  it('sends only the rarest token when it is selective', () => {
    expect(planNameQuery(['dang', 'van', 'dat'], vocabulary).groups).toEqual([['dang']]);
  });
  it('adds the next rarest when the rarest still matches thousands', () => {
    expect(planNameQuery(['nguyen', 'van', 'hung'], vocabulary).groups).toEqual([['hung'], ['van']]);
  });
  it('keeps a last token that is a prefix being typed', () => {
    const plan = planNameQuery(['nguyen', 'van', 'hun'], vocabulary);
    expect(plan.corrections).toEqual([]);
    expect(plan.groups[0]).toEqual(['hun']);
  });
  it('replaces a typo by its nearest syllables', () => {
    const plan = planNameQuery(['nguyen', 'van', 'hugn'], vocabulary);
    expect(plan.corrections).toEqual([{ token: 'hugn', candidates: ['hung'] }]);
    expect(plan.groups).toContainEqual(['hung']);
  });
  it('corrects long tokens within two edits', () => {
    expect(planNameQuery(['nugyne'], vocabulary).corrections[0]?.candidates).toContain('nguyen');
  });
  it('ignores tokens too short for a trigram index', () => {
    expect(planNameQuery(['le', 'an'], vocabulary).groups).toEqual([]);
  });
  it('a token with no near syllable leaves no group (nothing to find)', () => {
    const plan = planNameQuery(['xyzxyz'], vocabulary);
    expect(plan.groups).toEqual([]);
    expect(plan.corrections).toEqual([{ token: 'xyzxyz', candidates: [] }]);
  });
});
