import { describe, expect, it } from 'vitest';
import { proposeWrittenForms } from './written-forms';

const register = [
  'Trần Quốc Tuấn', 'Trần Văn Tuấn', 'Trần Thị Vân', 'Nguyễn Văn An', 'Nguyễn Văn Tuấn', 'Lê Quốc Toản', 'Trần Quốc Tuấn',
  'Nguyễn Thị Vân', 'Phạm Văn Tuân', 'Trần Quốc Khánh', 'Đỗ Văn Hùng', 'Trân Thị Lan',
];

describe('proposeWrittenForms', () => {
  it('writes a diacritic-free name the way the register writes its syllables, commonest first', () => {
    const r = proposeWrittenForms('tran quoc tuan', register);
    expect(r.suggestions[0]).toBe('Trần Quốc Tuấn');
    expect(r.words).toEqual([
      { typed: 'tran', forms: ['Trần', 'Trân'] },
      { typed: 'quoc', forms: ['Quốc'] },
      { typed: 'tuan', forms: ['Tuấn', 'Tuân'] },
    ]);
    // The runner-up spellings give the other suggestions, one word changed each.
    expect(r.suggestions).toEqual(expect.arrayContaining(['Trần Quốc Tuân', 'Trân Quốc Tuấn']));
  });

  it('reads a syllable by its place in the name: Văn in the middle, Vân at the end', () => {
    expect(proposeWrittenForms('nguyen van van', register).suggestions[0]).toBe('Nguyễn Văn Vân');
    expect(proposeWrittenForms('nguyen thi van', register).suggestions[0]).toBe('Nguyễn Thị Vân');
  });

  it('suggests no whole name when a word is unknown to the register, nor one that only changes capitals', () => {
    const r = proposeWrittenForms('tran xyz', register);
    expect(r).toEqual({ words: [{ typed: 'tran', forms: ['Trần', 'Trân'] }, { typed: 'xyz', forms: [] }], suggestions: [] });
    expect(proposeWrittenForms('chu minh', ['Chu Minh Anh', 'Chu Văn Minh'])).toEqual({ words: [{ typed: 'chu', forms: ['Chu'] }, { typed: 'minh', forms: ['Minh'] }], suggestions: [] });
    expect(proposeWrittenForms('john smith', register)).toEqual({ words: [{ typed: 'john', forms: [] }, { typed: 'smith', forms: [] }], suggestions: [] });
  });
});
