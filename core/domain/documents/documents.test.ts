import { describe, expect, it } from 'vitest';
import { bodyAbbreviation, documentSymbol, letterhead, numberText, placeAndDate } from './index';

describe('place and date (NĐ 30/2020 art. 8)', () => {
  it('pads days below 10 and the months January and February only', () => {
    expect(placeAndDate('Bắc Ninh', '2021-10-05')).toBe('Bắc Ninh, ngày 05 tháng 10 năm 2021');
    expect(placeAndDate('Bắc Ninh', '2021-02-28')).toBe('Bắc Ninh, ngày 28 tháng 02 năm 2021');
    expect(placeAndDate('Suối Hoa', '2021-03-01')).toBe('Suối Hoa, ngày 01 tháng 3 năm 2021');
  });
  it('writes numbers below 10 with a leading zero', () => {
    expect(numberText(5)).toBe('05');
    expect(numberText(123)).toBe('123');
  });
});

describe('symbols (Phụ lục III)', () => {
  it('puts the type before the issuer, and a công văn carries the issuer and drafter only', () => {
    expect(documentSymbol('refusal_notice', 'UBND')).toBe('TB-UBND');
    expect(documentSymbol('denunciation_transfer', 'BTCD')).toBe('PC-BTCD');
    expect(documentSymbol('guidance', 'UBND', 'TCD')).toBe('UBND-TCD');
    expect(documentSymbol('urging', 'UBND')).toBe('UBND');
    expect(documentSymbol('receipt', 'UBND')).toBeNull();
  });
  it('abbreviates known bodies and makes initials for others', () => {
    expect(bodyAbbreviation('Ban Tiếp công dân thành phố')).toBe('BTCD');
    expect(bodyAbbreviation('Thanh tra thành phố')).toBe('TTr');
    expect(bodyAbbreviation('Phòng Văn hóa và Thông tin thành phố')).toBe('PVHVTT');
  });
});

describe('letterhead', () => {
  const province = { name: 'Tỉnh Bắc Ninh', kind: 'province' };
  const city = { name: 'Thành phố Bắc Ninh', kind: 'city' };
  it('a People’s Committee names itself over its locality', () => {
    expect(letterhead(city, [province])).toEqual({ parent: '', issuer: 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ BẮC NINH', name: 'Ủy ban nhân dân thành phố Bắc Ninh', abbreviation: 'UBND', place: 'Bắc Ninh' });
    expect(letterhead({ name: 'Phường Suối Hoa', kind: 'ward' }, [city, province]).place).toBe('Suối Hoa');
  });
  it('an agency sits under its superior and dates from its locality', () => {
    expect(letterhead({ name: 'Ban Tiếp công dân thành phố', kind: 'agency' }, [city, province])).toEqual({
      parent: 'UBND THÀNH PHỐ BẮC NINH',
      issuer: 'BAN TIẾP CÔNG DÂN THÀNH PHỐ',
      name: 'Ban Tiếp công dân thành phố',
      abbreviation: 'BTCD',
      place: 'Bắc Ninh',
    });
  });
});
