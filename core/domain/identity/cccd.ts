import { asciiDigits } from '../text/normalize';
import { provinceByCode, type Province } from './provinces';

/**
 * Identity documents.
 *
 * CCCD / căn cước: the 12-digit personal identification number (NĐ 137/2015/NĐ-CP art. 13; TT 07/2016/TT-BCA
 * art. 7; TT 59/2021/TT-BCA art. 4; Luật Căn cước 2023 art. 12). Digits 1–3: province (or country) where the
 * birth was registered; digit 4: century and gender; digits 5–6: last two digits of the birth year; 7–12: random.
 *
 * Century/gender digit: 0/1 = 1900–1999 male/female and 2/3 = 2000–2099 (mylaw.vn, citing TT 59/2021 art. 4).
 * 4/5 = 22nd, 6/7 = 23rd, 8/9 = 24th century follow TT 07/2016 as quoted by secondary sources only
 * (UNCONFIRMED against the circular itself, domain.md §9); they are accepted but reported with
 * `centuryCodeConfirmed: false`.
 *
 * The check is structural: a number that passes may still not be issued to anyone.
 */

export type IdentityDocumentType = 'cccd' | 'cmnd' | 'passport' | 'other';
export type Gender = 'male' | 'female';

export type IdentityErrorCode =
  | 'empty'
  | 'not_digits'
  | 'wrong_length'
  | 'unknown_province'
  | 'century_mismatch'
  | 'birth_year_mismatch'
  | 'birth_year_in_future'
  | 'invalid_format';

export interface IdentityError {
  ok: false;
  code: IdentityErrorCode;
  /** Vietnamese, for the officer at the counter. */
  message: string;
}

export interface CccdInfo {
  ok: true;
  type: 'cccd';
  /** Digits only. */
  number: string;
  /** Null only when `allowUnlistedBirthplace` let through a code outside the 63-province table. */
  province: Province | null;
  gender: Gender;
  /** Ordinal century as the circular counts it: 20 = 1900–1999, 21 = 2000–2099. */
  century: number;
  /** Digits 5–6, e.g. "85". */
  birthYearSuffix: string;
  /** Full birth year implied by digits 4–6, e.g. 1985. */
  birthYear: number;
  /** False for century digits 4–9, whose meaning is not confirmed from a primary source. */
  centuryCodeConfirmed: boolean;
}

export interface CccdOptions {
  /** Birth year from another source (the citizen's statement, the register); must agree with digits 4–6. */
  birthYear?: number | null;
  /** The current year, supplied by the caller (the core keeps no clock); a number implying a later birth is rejected. */
  asOfYear?: number;
  /**
   * Citizens whose birth was registered abroad carry a country code instead of a province code (NĐ 137/2015);
   * the country table is not in this module, so such numbers are refused unless this is set.
   */
  allowUnlistedBirthplace?: boolean;
}

/**
 * Removes the spaces, dots and dashes people put in when they dictate or copy a number; digits of any script
 * (Arabic-Indic, full-width…) become ASCII digits; uppercases letters.
 */
export function normalizeDocumentNumber(raw: string): string {
  return asciiDigits(raw.normalize('NFKC')).replace(/[\s.\-_/]+/gu, '').toUpperCase();
}

function fail(code: IdentityErrorCode, message: string): IdentityError {
  return { ok: false, code, message };
}

/** Validates a 12-digit CCCD / personal identification number. */
export function validateCccd(raw: string, options: CccdOptions = {}): CccdInfo | IdentityError {
  const number = normalizeDocumentNumber(raw);
  if (number === '') return fail('empty', 'Chưa nhập số căn cước.');
  if (!/^\d+$/u.test(number)) return fail('not_digits', 'Số căn cước chỉ gồm chữ số, không có chữ cái hay ký hiệu.');
  if (number.length !== 12) {
    return fail('wrong_length', `Số căn cước phải có đúng 12 chữ số (đang có ${number.length} chữ số).`);
  }

  const provinceCode = number.slice(0, 3);
  const province = provinceByCode(provinceCode) ?? null;
  if (province === null && !options.allowUnlistedBirthplace) {
    return fail(
      'unknown_province',
      `Mã tỉnh ${provinceCode} (3 chữ số đầu) không có trong danh mục mã tỉnh, thành phố nơi đăng ký khai sinh.`,
    );
  }

  const centuryDigit = Number(number[3]);
  const century = 20 + Math.floor(centuryDigit / 2);
  const gender: Gender = centuryDigit % 2 === 0 ? 'male' : 'female';
  const birthYearSuffix = number.slice(4, 6);
  const impliedYear = (century - 1) * 100 + Number(birthYearSuffix);

  const given = options.birthYear;
  if (given !== undefined && given !== null) {
    const givenCentury = Math.floor(given / 100) + 1;
    if (givenCentury !== century) {
      return fail(
        'century_mismatch',
        `Chữ số thứ 4 (${centuryDigit}) chỉ người sinh trong thế kỷ ${century}, không khớp với năm sinh ${given}.`,
      );
    }
    if (given % 100 !== Number(birthYearSuffix)) {
      return fail(
        'birth_year_mismatch',
        `Chữ số thứ 5–6 (${birthYearSuffix}) là hai số cuối của năm sinh, không khớp với năm sinh ${given}.`,
      );
    }
  }
  if (options.asOfYear !== undefined && impliedYear > options.asOfYear) {
    return fail('birth_year_in_future', `Số căn cước chỉ năm sinh ${impliedYear}, sau năm hiện tại ${options.asOfYear}.`);
  }

  return {
    ok: true,
    type: 'cccd',
    number,
    province,
    gender,
    century,
    birthYearSuffix,
    birthYear: impliedYear,
    centuryCodeConfirmed: centuryDigit <= 3,
  };
}

export interface CmndInfo {
  ok: true;
  type: 'cmnd';
  number: string;
  /**
   * 9 for the classic card; 12 for the 12-digit CMND issued in some provinces before CCCD
   * (its existence and format: UNCONFIRMED, domain.md §9). Its issuing-province prefix is not checked
   * because the prefix table is not confirmed either.
   */
  digits: 9 | 12;
}

export interface PassportInfo {
  ok: true;
  type: 'passport';
  number: string;
  /** 'vn': one letter and 7–8 digits, the Vietnamese booklet format; 'foreign': any other 6–9 letters and digits. */
  format: 'vn' | 'foreign';
}

export interface OtherDocumentInfo {
  ok: true;
  type: 'other';
  number: string;
}

export type IdentityDocumentInfo = CccdInfo | CmndInfo | PassportInfo | OtherDocumentInfo;
export type IdentityDocumentResult = IdentityDocumentInfo | IdentityError;

export interface IdentityDocumentInput extends Omit<CccdOptions, 'birthYear'> {
  type: IdentityDocumentType;
  number: string;
  birthYear?: number | null;
}

/** Validates an identity document of the declared type. */
export function validateIdentityDocument(input: IdentityDocumentInput): IdentityDocumentResult {
  const number = normalizeDocumentNumber(input.number);
  switch (input.type) {
    case 'cccd':
      return validateCccd(input.number, input);
    case 'cmnd': {
      if (number === '') return fail('empty', 'Chưa nhập số chứng minh nhân dân.');
      if (!/^\d+$/u.test(number)) return fail('not_digits', 'Số chứng minh nhân dân chỉ gồm chữ số.');
      if (number.length !== 9 && number.length !== 12) {
        return fail('wrong_length', `Số chứng minh nhân dân phải có 9 hoặc 12 chữ số (đang có ${number.length} chữ số).`);
      }
      return { ok: true, type: 'cmnd', number, digits: number.length === 9 ? 9 : 12 };
    }
    case 'passport': {
      if (number === '') return fail('empty', 'Chưa nhập số hộ chiếu.');
      if (/^[A-Z]\d{7,8}$/u.test(number)) return { ok: true, type: 'passport', number, format: 'vn' };
      if (/^[A-Z0-9]{6,9}$/u.test(number) && /\d/u.test(number)) {
        return { ok: true, type: 'passport', number, format: 'foreign' };
      }
      return fail(
        'invalid_format',
        'Số hộ chiếu không đúng định dạng (hộ chiếu Việt Nam gồm 1 chữ cái và 7–8 chữ số, ví dụ C1234567).',
      );
    }
    case 'other': {
      if (number === '') return fail('empty', 'Chưa nhập số giấy tờ.');
      if (!/^[\p{L}\p{N}]{3,30}$/u.test(number)) {
        return fail('invalid_format', 'Số giấy tờ chỉ gồm chữ cái và chữ số, dài từ 3 đến 30 ký tự.');
      }
      return { ok: true, type: 'other', number };
    }
  }
}

/**
 * Best guess of the document type from the number alone, for free-text search and imports:
 * 12 digits → cccd, 9 digits → cmnd, letter + 7–8 digits → passport.
 */
export function guessDocumentType(raw: string): IdentityDocumentType | undefined {
  const number = normalizeDocumentNumber(raw);
  if (/^\d{12}$/u.test(number)) return 'cccd';
  if (/^\d{9}$/u.test(number)) return 'cmnd';
  if (/^[A-Z]\d{7,8}$/u.test(number)) return 'passport';
  return undefined;
}

/**
 * The type a document is registered under, which with its number identifies one person. A number declared as
 * "other" (or not declared) that has the shape of a CCCD, a CMND or a Vietnamese passport is that document: two
 * records of one CCCD must not coexist because one of them was filed as "giấy tờ khác". A 12-digit number that is
 * not a well-formed CCCD stays "other" when so declared (some other document), and is checked as a CCCD otherwise.
 */
export function registeredDocumentType(declared: IdentityDocumentType | null | undefined, raw: string): IdentityDocumentType {
  if (declared && declared !== 'other') return declared;
  const guessed = guessDocumentType(raw);
  if (guessed === 'cccd' && declared === 'other' && !validateCccd(raw).ok) return 'other';
  return guessed ?? 'other';
}
