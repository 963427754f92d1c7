import { describe, expect, it } from 'vitest';
import { guessDocumentType, normalizeDocumentNumber, registeredDocumentType, validateCccd, validateIdentityDocument } from './cccd';
import { PROVINCES, provinceByAreaCode, provinceByCode, provinceFullName } from './provinces';

describe('province table (TT 07/2016/TT-BCA, Phụ lục 1)', () => {
  it('has the 63 units with distinct three-digit codes from 001 to 096', () => {
    expect(PROVINCES).toHaveLength(63);
    expect(new Set(PROVINCES.map((p) => p.code)).size).toBe(63);
    for (const p of PROVINCES) {
      expect(p.code).toMatch(/^0\d\d$/);
      expect(Number(p.code)).toBeGreaterThanOrEqual(1);
      expect(Number(p.code)).toBeLessThanOrEqual(96);
      expect(p.name).toBe(p.name.normalize('NFC'));
    }
  });

  it('is in code order', () => {
    const codes = PROVINCES.map((p) => p.code);
    expect([...codes].sort()).toEqual(codes);
  });

  it.each([
    ['001', 'Hà Nội'],
    ['024', 'Bắc Giang'],
    ['027', 'Bắc Ninh'],
    ['031', 'Hải Phòng'],
    ['048', 'Đà Nẵng'],
    ['079', 'Hồ Chí Minh'],
    ['092', 'Cần Thơ'],
    ['096', 'Cà Mau'],
  ])('%s is %s', (code, name) => {
    expect(provinceByCode(code)?.name).toBe(name);
  });

  it('has the five centrally-run cities as "thành phố"', () => {
    expect(PROVINCES.filter((p) => p.kind === 'thành phố').map((p) => p.code)).toEqual(['001', '031', '048', '079', '092']);
    expect(provinceFullName(provinceByCode('027')!)).toBe('Tỉnh Bắc Ninh');
    expect(provinceFullName(provinceByCode('001')!)).toBe('Thành phố Hà Nội');
  });

  it('has distinct area codes, 24 and 28 for the two largest cities and 2xx elsewhere', () => {
    expect(new Set(PROVINCES.map((p) => p.areaCode)).size).toBe(63);
    for (const p of PROVINCES) expect(p.areaCode).toMatch(p.code === '001' || p.code === '079' ? /^2[48]$/ : /^2\d\d$/);
    expect(provinceByAreaCode('222')?.name).toBe('Bắc Ninh');
    expect(provinceByAreaCode('204')?.name).toBe('Bắc Giang');
  });

  it('has gaps where the circular has none assigned', () => {
    for (const code of ['000', '003', '005', '097', '099']) expect(provinceByCode(code)).toBeUndefined();
  });
});

describe('validateCccd', () => {
  it('accepts a Bắc Ninh man born in 1985', () => {
    const r = validateCccd('027085001234', { birthYear: 1985 });
    expect(r).toMatchObject({
      ok: true,
      type: 'cccd',
      number: '027085001234',
      gender: 'male',
      century: 20,
      birthYearSuffix: '85',
      birthYear: 1985,
      centuryCodeConfirmed: true,
    });
    expect(r.ok && r.province?.name).toBe('Bắc Ninh');
  });

  it('reads gender and century from digit 4', () => {
    expect(validateCccd('027190000123')).toMatchObject({ ok: true, gender: 'female', century: 20, birthYear: 1990 });
    expect(validateCccd('027203001234')).toMatchObject({ ok: true, gender: 'male', century: 21, birthYear: 2003 });
    expect(validateCccd('027305001234')).toMatchObject({ ok: true, gender: 'female', century: 21, birthYear: 2005 });
    expect(validateCccd('024099123456')).toMatchObject({ ok: true, gender: 'male', birthYear: 1999 });
  });

  it('accepts the spaces and dots people type', () => {
    expect(validateCccd(' 027 085 001 234 ')).toMatchObject({ ok: true, number: '027085001234' });
    expect(validateCccd('027.085.001.234')).toMatchObject({ ok: true, number: '027085001234' });
  });

  it('marks century digits 4–9 as per the circular but unconfirmed', () => {
    expect(validateCccd('027405001234')).toMatchObject({ ok: true, gender: 'male', century: 22, birthYear: 2105, centuryCodeConfirmed: false });
    expect(validateCccd('027505001234')).toMatchObject({ ok: true, gender: 'female', century: 22 });
    expect(validateCccd('027600001234')).toMatchObject({ ok: true, gender: 'male', century: 23, birthYear: 2200 });
    expect(validateCccd('027799001234')).toMatchObject({ ok: true, gender: 'female', century: 23 });
    expect(validateCccd('027801001234')).toMatchObject({ ok: true, gender: 'male', century: 24, birthYear: 2301 });
    expect(validateCccd('027901001234')).toMatchObject({ ok: true, gender: 'female', century: 24 });
  });

  it('rejects a birth after the current year when the caller gives it', () => {
    expect(validateCccd('027405001234', { asOfYear: 2026 })).toMatchObject({ ok: false, code: 'birth_year_in_future' });
    expect(validateCccd('027226001234', { asOfYear: 2025 })).toMatchObject({ ok: false, code: 'birth_year_in_future' });
    expect(validateCccd('027225001234', { asOfYear: 2025 })).toMatchObject({ ok: true, birthYear: 2025 });
  });

  it.each(['000085001234', '003085001234', '097085001234', '999085001234'])('rejects unknown province code in %s', (n) => {
    const r = validateCccd(n);
    expect(r).toMatchObject({ ok: false, code: 'unknown_province' });
    expect(!r.ok && r.message).toContain(n.slice(0, 3));
  });

  it('lets an unlisted birthplace code through only on request', () => {
    expect(validateCccd('999085001234', { allowUnlistedBirthplace: true })).toMatchObject({ ok: true, province: null, birthYear: 1985 });
  });

  it.each([
    ['02708500123', 11],
    ['0270850012345', 13],
    ['027085', 6],
  ])('rejects %s: wrong length', (n, len) => {
    const r = validateCccd(n);
    expect(r).toMatchObject({ ok: false, code: 'wrong_length' });
    expect(!r.ok && r.message).toBe(`Số căn cước phải có đúng 12 chữ số (đang có ${len} chữ số).`);
  });

  it('rejects letters', () => {
    expect(validateCccd('02708500123A')).toMatchObject({ ok: false, code: 'not_digits' });
    expect(validateCccd('O27085001234')).toMatchObject({ ok: false, code: 'not_digits' });
  });

  it('rejects an empty number', () => {
    expect(validateCccd('   ')).toMatchObject({ ok: false, code: 'empty', message: 'Chưa nhập số căn cước.' });
  });

  it('rejects a century/gender digit inconsistent with the stated birth year', () => {
    const r = validateCccd('027085001234', { birthYear: 2085 });
    expect(r).toMatchObject({ ok: false, code: 'century_mismatch' });
    expect(!r.ok && r.message).toContain('năm sinh 2085');
    expect(validateCccd('027205001234', { birthYear: 1905 })).toMatchObject({ ok: false, code: 'century_mismatch' });
  });

  it('rejects digits 5–6 that disagree with the stated birth year', () => {
    const r = validateCccd('027085001234', { birthYear: 1986 });
    expect(r).toMatchObject({ ok: false, code: 'birth_year_mismatch' });
    expect(!r.ok && r.message).toContain('(85)');
  });

  it('ignores a null birth year', () => {
    expect(validateCccd('027085001234', { birthYear: null }).ok).toBe(true);
  });
});

describe('validateIdentityDocument', () => {
  it('routes CCCD to the CCCD rules, with the birth year', () => {
    expect(validateIdentityDocument({ type: 'cccd', number: '027085001234', birthYear: 1985 }).ok).toBe(true);
    expect(validateIdentityDocument({ type: 'cccd', number: '027085001234', birthYear: 1990 })).toMatchObject({ ok: false, code: 'birth_year_mismatch' });
  });

  it('accepts a 9-digit and a 12-digit CMND as CMND', () => {
    expect(validateIdentityDocument({ type: 'cmnd', number: '125 123 456' })).toEqual({ ok: true, type: 'cmnd', number: '125123456', digits: 9 });
    expect(validateIdentityDocument({ type: 'cmnd', number: '027085001234' })).toEqual({ ok: true, type: 'cmnd', number: '027085001234', digits: 12 });
  });

  it('rejects a CMND of another length or with letters', () => {
    expect(validateIdentityDocument({ type: 'cmnd', number: '1251234567' })).toMatchObject({ ok: false, code: 'wrong_length' });
    expect(validateIdentityDocument({ type: 'cmnd', number: '12512345A' })).toMatchObject({ ok: false, code: 'not_digits' });
    expect(validateIdentityDocument({ type: 'cmnd', number: '' })).toMatchObject({ ok: false, code: 'empty' });
  });

  it('accepts Vietnamese and foreign passports', () => {
    expect(validateIdentityDocument({ type: 'passport', number: 'C1234567' })).toEqual({ ok: true, type: 'passport', number: 'C1234567', format: 'vn' });
    expect(validateIdentityDocument({ type: 'passport', number: 'n 12345678' })).toEqual({ ok: true, type: 'passport', number: 'N12345678', format: 'vn' });
    expect(validateIdentityDocument({ type: 'passport', number: 'X12AB3456' })).toMatchObject({ ok: true, format: 'foreign' });
  });

  it('rejects malformed passports', () => {
    for (const n of ['C123', 'ABCDEFGH', 'C1234567890', 'C12345#7']) {
      expect(validateIdentityDocument({ type: 'passport', number: n })).toMatchObject({ ok: false, code: 'invalid_format' });
    }
  });

  it('accepts other documents of letters and digits', () => {
    expect(validateIdentityDocument({ type: 'other', number: 'GPLX 790123456789' })).toEqual({ ok: true, type: 'other', number: 'GPLX790123456789' });
    expect(validateIdentityDocument({ type: 'other', number: 'A#' })).toMatchObject({ ok: false, code: 'invalid_format' });
  });
});

describe('normalizeDocumentNumber and guessDocumentType', () => {
  it('normalises separators, case and full-width digits', () => {
    expect(normalizeDocumentNumber(' c-123.4567 ')).toBe('C1234567');
    expect(normalizeDocumentNumber('０２７０８５００１２３４')).toBe('027085001234');
  });

  it('guesses the type from the shape', () => {
    expect(guessDocumentType('027085001234')).toBe('cccd');
    expect(guessDocumentType('125123456')).toBe('cmnd');
    expect(guessDocumentType('C1234567')).toBe('passport');
    expect(guessDocumentType('12345')).toBeUndefined();
  });
});

describe('one number, one document: digits of any script and "other" do not make a second identity', () => {
  it('reads Arabic-Indic and full-width digits as the same number', () => {
    expect(normalizeDocumentNumber('٠٢٧٠٨٥٠١٢٣٤٥')).toBe('027085012345');
    expect(normalizeDocumentNumber('０２７ ０８５ ０１２ ３４５')).toBe('027085012345');
    expect(validateCccd('٠٢٧٠٨٥٠١٢٣٤٥')).toMatchObject({ ok: true, number: '027085012345' });
  });
  it('registers a CCCD, CMND or Vietnamese passport declared as "other" under its own type', () => {
    expect(registeredDocumentType('other', '٠٠١٢٠٣٠٠٤٥٦٧')).toBe('cccd');
    expect(registeredDocumentType('other', '125 123 456')).toBe('cmnd');
    expect(registeredDocumentType('other', 'c1234567')).toBe('passport');
    expect(registeredDocumentType(null, '027085012345')).toBe('cccd');
    expect(registeredDocumentType(undefined, 'GPLX-12AB')).toBe('other');
  });
  it('keeps a declared type, and "other" for twelve digits that are not a CCCD', () => {
    expect(registeredDocumentType('cmnd', '027085012345')).toBe('cmnd');
    expect(registeredDocumentType('passport', '123456789')).toBe('passport');
    expect(registeredDocumentType('other', '999085012345')).toBe('other');
    // Undeclared, it is checked as the CCCD it looks like (and refused with the CCCD's reason).
    expect(registeredDocumentType(null, '999085012345')).toBe('cccd');
  });
});
