import { describe, expect, it } from 'vitest';
import { caseSearchKey, contentKey, letterSearchKey, queryWords, visitSearchKey } from './content';

describe('record search keys', () => {
  it('drops diacritics, đ and punctuation, and empty parts', () => {
    expect(contentKey(['Tranh chấp đất đai,', null, '', undefined, 'Đền bù'])).toBe('tranh chap dat dai den bu');
    expect(visitSearchKey({ content: 'Khiếu nại việc thu hồi đất', priorHandling: null, followUp: 'Hẹn trả lời' })).toBe('khieu nai viec thu hoi dat hen tra loi');
    expect(caseSearchKey({ title: 'Vụ việc Đặng Văn Đạt' })).toBe('vu viec dang van dat');
  });
  it('keeps plain writers and never sealed ones', () => {
    const letter = { summary: 'Tố cáo', content: 'Cán bộ địa chính', sourceBody: null, senderNames: ['Lê Thị Kín'] };
    expect(letterSearchKey({ ...letter, sealed: false })).toBe('to cao can bo dia chinh le thi kin');
    expect(letterSearchKey({ ...letter, sealed: true })).toBe('to cao can bo dia chinh');
  });
  it('splits a query into distinct words', () => {
    expect(queryWords('  Đất  đai đất ')).toEqual(['dat', 'dai']);
    expect(queryWords(' ,. ')).toEqual([]);
  });
});
