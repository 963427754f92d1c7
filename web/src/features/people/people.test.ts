import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import base from '../../i18n/vi/base.json';
import people from '../../i18n/vi/people.json';
import { birthYearProblem, cccdInfo, identityProblem } from './validation';

/** The Vietnamese strings of the people screens with i18next's {{x}} interpolation, enough to read the form's messages. */
const vi = { ...base, ...people };
const t = ((key: string, values: Record<string, unknown> = {}) => {
  const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], vi);
  return String(text).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
}) as unknown as TFunction;

describe('person form checks (the server applies the same core rules)', () => {
  it('accepts a Bắc Ninh CCCD and reads birthplace, gender and year from it', () => {
    expect(identityProblem(t, 'cccd', '027085012345', 1985)).toBeNull();
    expect(identityProblem(t, 'cccd', '027 085 012 345', null)).toBeNull();
    expect(cccdInfo('027085012345')).toMatchObject({ birthYear: 1985, gender: 'male', province: { name: 'Bắc Ninh' } });
    expect(cccdInfo('027185012345')?.gender).toBe('female');
  });
  it('explains a wrong CCCD in the words the server uses', () => {
    expect(identityProblem(t, 'cccd', '999085012345', null)).toBe(
      'Mã tỉnh 999 (3 chữ số đầu) không có trong danh mục mã tỉnh, thành phố nơi đăng ký khai sinh.',
    );
    expect(identityProblem(t, 'cccd', '02708501234', null)).toBe('Số căn cước phải có đúng 12 chữ số (đang có 11 chữ số).');
    expect(identityProblem(t, 'cccd', '027085012345', 1990)).toBe('Chữ số thứ 5–6 (85) là hai số cuối của năm sinh, không khớp với năm sinh 1990.');
    expect(identityProblem(t, 'cccd', '027285012345', 1985)).toContain('Chữ số thứ 4 (2) chỉ người sinh trong thế kỷ 21');
    expect(identityProblem(t, 'cccd', '02708501234A', null)).toBe('Số căn cước chỉ gồm chữ số, không có chữ cái hay ký hiệu.');
  });
  it('checks the other document types by their own shapes; an empty number is allowed', () => {
    expect(identityProblem(t, 'cmnd', '125123456', null)).toBeNull();
    expect(identityProblem(t, 'cmnd', '1251234', null)).toContain('9 hoặc 12 chữ số');
    expect(identityProblem(t, 'passport', 'C1234567', null)).toBeNull();
    expect(identityProblem(t, 'passport', '12', null)).toContain('Số hộ chiếu không đúng định dạng');
    expect(identityProblem(t, 'cccd', '', null)).toBeNull();
    expect(identityProblem(t, 'cccd', undefined, null)).toBeNull();
  });
  it('keeps birth years between 1900 and this year', () => {
    expect(birthYearProblem(t, 1985)).toBeNull();
    expect(birthYearProblem(t, null)).toBeNull();
    expect(birthYearProblem(t, 1899)).toContain('Năm sinh phải từ 1900');
    expect(birthYearProblem(t, new Date().getFullYear() + 1)).toContain('Năm sinh phải từ 1900');
  });
});
