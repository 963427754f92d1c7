import { describe, expect, it } from 'vitest';
import { screenVisit, type ScreeningFacts } from './screening';

const base: ScreeningFacts = {
  areas: [
    { wardId: 7, label: 'Phường Vũ Ninh' },
    { wardId: null, label: 'Thành phố Hà Nội' },
  ],
  questions: [
    { text: 'Trong 14 ngày qua có sốt, ho, khó thở?', kind: 'yes_no' },
    { text: 'Trong 14 ngày qua đã đến những nơi nào?', kind: 'place' },
  ],
  answers: [],
  residenceWardIds: [],
  originWardIds: [],
};

describe('screenVisit', () => {
  it('flags nothing without a listed ward, a yes or a named area', () => {
    expect(screenVisit({ ...base, residenceWardIds: [3, null], originWardIds: [4], answers: [{ question: 0, answer: 'Không' }, { question: 1, answer: 'Bắc Giang' }] })).toEqual({ flagged: false, reasons: [] });
  });

  it('flags a visitor living in a listed ward, once per ward', () => {
    expect(screenVisit({ ...base, residenceWardIds: [7, 7, null] }).reasons).toEqual([{ kind: 'residence', area: 'Phường Vũ Ninh', question: null }]);
  });

  it('flags a group coming from a listed ward', () => {
    expect(screenVisit({ ...base, originWardIds: [7] })).toEqual({ flagged: true, reasons: [{ kind: 'origin', area: 'Phường Vũ Ninh', question: null }] });
  });

  it('flags a yes to a yes/no question, typed with or without diacritics', () => {
    for (const answer of ['Có', 'co', ' CÓ ', 'yes']) expect(screenVisit({ ...base, answers: [{ question: 0, answer }] }).reasons).toEqual([{ kind: 'answer', area: 'Trong 14 ngày qua có sốt, ho, khó thở?', question: 0 }]);
  });

  it('flags a place answer naming a listed area as whole words, free-text areas included', () => {
    expect(screenVisit({ ...base, answers: [{ question: 1, answer: 'đi thăm người thân ở thanh pho ha noi' }] }).reasons).toEqual([{ kind: 'answer', area: 'Thành phố Hà Nội', question: 1 }]);
    expect(screenVisit({ ...base, answers: [{ question: 1, answer: 'Phường Vũ Ninh, Bắc Ninh' }] }).flagged).toBe(true);
    expect(screenVisit({ ...base, answers: [{ question: 1, answer: 'Phường Vũ Ninhx' }] }).flagged).toBe(false);
  });

  it('ignores answers to questions the period does not ask, and a place typed into a yes/no question', () => {
    expect(screenVisit({ ...base, answers: [{ question: 5, answer: 'Có' }, { question: 0, answer: 'Phường Vũ Ninh' }] }).flagged).toBe(false);
  });

  it('an empty area label never matches', () => {
    expect(screenVisit({ ...base, areas: [{ wardId: null, label: ' ' }], answers: [{ question: 1, answer: 'bất kỳ' }] }).flagged).toBe(false);
  });
});
