import { provinceByAreaCode } from './provinces';

/**
 * Vietnamese telephone numbers, stored as E.164 (`+84…`).
 *
 * Mobile: 10 digits nationally (0 + 9), network codes per the post-2018 plan. The 11-digit 01xx numbers were
 * converted between 15/9/2018 and 30/6/2019 (Bộ TT&TT; plo.vn, fptcorp.com.vn): Viettel 0162–0169 → 032–039,
 * MobiFone 0120/0121/0122/0126/0128 → 070/079/077/076/078, VinaPhone 0123/0124/0125/0127/0129 →
 * 083/084/085/081/082, Vietnamobile 0186/0188 → 056/058, Gmobile 0199 → 059. The older 10-digit codes
 * (086, 088, 089, 09x) were unchanged. 052 (Vietnamobile), 055 and 087 are later allocations found in Google's
 * libphonenumber data (mobile pattern and carrier file), not in a ministry text: kept because rejecting a real
 * citizen's number is worse than accepting an unallocated one.
 *
 * Fixed line: 11 digits nationally (0 + area code + subscriber), area codes 2x/2xx from the 2017 plan
 * (see provinces.ts); Hà Nội 024 and TP. Hồ Chí Minh 028 have 8-digit subscriber numbers, all others 7.
 */

export type Carrier = 'Viettel' | 'VinaPhone' | 'MobiFone' | 'Vietnamobile' | 'Gmobile' | 'Itelecom';
export type PhoneKind = 'mobile' | 'landline';

/** Two-digit network code (after the trunk 0) → carrier; undefined carrier = allocated, operator not confirmed. */
const MOBILE_NETWORK_CODES: ReadonlyMap<string, Carrier | undefined> = new Map<string, Carrier | undefined>([
  ['32', 'Viettel'], ['33', 'Viettel'], ['34', 'Viettel'], ['35', 'Viettel'],
  ['36', 'Viettel'], ['37', 'Viettel'], ['38', 'Viettel'], ['39', 'Viettel'],
  ['52', 'Vietnamobile'], ['55', undefined], ['56', 'Vietnamobile'], ['58', 'Vietnamobile'], ['59', 'Gmobile'],
  ['70', 'MobiFone'], ['76', 'MobiFone'], ['77', 'MobiFone'], ['78', 'MobiFone'], ['79', 'MobiFone'],
  ['81', 'VinaPhone'], ['82', 'VinaPhone'], ['83', 'VinaPhone'], ['84', 'VinaPhone'], ['85', 'VinaPhone'],
  ['86', 'Viettel'], ['87', 'Itelecom'], ['88', 'VinaPhone'], ['89', 'MobiFone'],
  ['90', 'MobiFone'], ['91', 'VinaPhone'], ['92', 'Vietnamobile'], ['93', 'MobiFone'], ['94', 'VinaPhone'],
  ['96', 'Viettel'], ['97', 'Viettel'], ['98', 'Viettel'], ['99', 'Gmobile'],
]);

/** Retired 11-digit prefixes (without the 0) → their 2018 replacements, to help a citizen with an old number. */
const LEGACY_MOBILE_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['120', '70'], ['121', '79'], ['122', '77'], ['126', '76'], ['128', '78'],
  ['123', '83'], ['124', '84'], ['125', '85'], ['127', '81'], ['129', '82'],
  ['162', '32'], ['163', '33'], ['164', '34'], ['165', '35'], ['166', '36'], ['167', '37'], ['168', '38'], ['169', '39'],
  ['186', '56'], ['188', '58'], ['199', '59'],
]);

export type PhoneErrorCode =
  | 'empty'
  | 'invalid_characters'
  | 'not_vietnamese'
  | 'missing_trunk_prefix'
  | 'too_short'
  | 'too_long'
  | 'invalid_prefix'
  | 'unknown_area_code'
  | 'legacy_mobile_prefix';

export interface PhoneInfo {
  ok: true;
  /** "+84912345678". */
  e164: string;
  kind: PhoneKind;
  carrier?: Carrier;
  /** Landlines only: area code without the 0, and the province it belongs to (pre-2025 map). */
  areaCode?: string;
  provinceName?: string;
}

export interface PhoneError {
  ok: false;
  code: PhoneErrorCode;
  message: string;
  /** For a retired 11-digit mobile number: the number it became, in E.164. */
  suggestion?: string;
}

export type PhoneResult = PhoneInfo | PhoneError;

function fail(code: PhoneErrorCode, message: string, suggestion?: string): PhoneError {
  return suggestion === undefined ? { ok: false, code, message } : { ok: false, code, message, suggestion };
}

/** Splits a landline national significant number into area code and subscriber number, if the area code is known. */
function splitLandline(nsn: string): { areaCode: string; subscriber: string } | undefined {
  const two = nsn.slice(0, 2);
  if (two === '24' || two === '28') return { areaCode: two, subscriber: nsn.slice(2) };
  const three = nsn.slice(0, 3);
  if (provinceByAreaCode(three) !== undefined) return { areaCode: three, subscriber: nsn.slice(3) };
  return undefined;
}

/**
 * Parses a Vietnamese phone number as people write it: "0912 345 678", "0912.345.678", "+84 912 345 678",
 * "84912345678", "(+84) 0912…", "0222 3822 123".
 */
export function parsePhone(raw: string): PhoneResult {
  const compact = raw.normalize('NFKC').replace(/[\s.\-()/]+/gu, '');
  if (compact === '') return fail('empty', 'Chưa nhập số điện thoại.');
  if (!/^\+?\d+$/u.test(compact)) {
    return fail('invalid_characters', 'Số điện thoại chỉ gồm chữ số (có thể bắt đầu bằng +84).');
  }

  // National significant number: the digits after the trunk 0 or the country code 84.
  let nsn: string;
  if (compact.startsWith('+')) {
    if (!compact.startsWith('+84')) return fail('not_vietnamese', 'Chỉ nhận số điện thoại Việt Nam (mã quốc gia +84).');
    nsn = compact.slice(3);
  } else if (compact.startsWith('0084')) {
    nsn = compact.slice(4);
  } else if (compact.startsWith('00')) {
    return fail('not_vietnamese', 'Chỉ nhận số điện thoại Việt Nam (mã quốc gia +84).');
  } else if (compact.startsWith('0')) {
    nsn = compact.slice(1);
  } else if (compact.startsWith('84') && compact.length >= 11) {
    // Without "+", a leading 84 can only be the country code: no national number starts with 8 without its 0.
    nsn = compact.slice(2);
  } else {
    return fail('missing_trunk_prefix', 'Số điện thoại phải bắt đầu bằng 0 hoặc +84.');
  }
  // "+84 (0) 912…": the trunk 0 written after the country code (the "00…" case was refused above).
  if (nsn.startsWith('0')) nsn = nsn.slice(1);

  if (nsn.startsWith('1')) {
    const replacement = LEGACY_MOBILE_PREFIXES.get(nsn.slice(0, 3));
    if (replacement !== undefined && nsn.length === 10) {
      const converted = `+84${replacement}${nsn.slice(3)}`;
      return fail(
        'legacy_mobile_prefix',
        `Đầu số 0${nsn.slice(0, 3)} đã chuyển thành 0${replacement} từ năm 2018; số mới là ${formatPhone(converted)}.`,
        converted,
      );
    }
  }

  if (nsn.startsWith('2')) {
    if (nsn.length < 10) return fail('too_short', `Số máy cố định phải có 11 chữ số kể cả số 0 đầu (đang có ${nsn.length + 1}).`);
    if (nsn.length > 10) return fail('too_long', `Số máy cố định phải có 11 chữ số kể cả số 0 đầu (đang có ${nsn.length + 1}).`);
    const split = splitLandline(nsn);
    if (split === undefined) return fail('unknown_area_code', `Mã vùng 0${nsn.slice(0, 3)} không có trong danh mục mã vùng điện thoại cố định.`);
    const province = provinceByAreaCode(split.areaCode);
    return {
      ok: true,
      e164: `+84${nsn}`,
      kind: 'landline',
      areaCode: split.areaCode,
      ...(province ? { provinceName: province.name } : {}),
    };
  }

  const network = nsn.slice(0, 2);
  if (!MOBILE_NETWORK_CODES.has(network)) {
    return fail('invalid_prefix', `Đầu số 0${network} không phải đầu số di động hay mã vùng cố định của Việt Nam.`);
  }
  if (nsn.length < 9) return fail('too_short', `Số di động phải có 10 chữ số kể cả số 0 đầu (đang có ${nsn.length + 1}).`);
  if (nsn.length > 9) return fail('too_long', `Số di động phải có 10 chữ số kể cả số 0 đầu (đang có ${nsn.length + 1}).`);
  const carrier = MOBILE_NETWORK_CODES.get(network);
  return { ok: true, e164: `+84${nsn}`, kind: 'mobile', ...(carrier ? { carrier } : {}) };
}

/** The E.164 form of a valid number, or undefined; convenient for comparing two numbers as typed. */
export function toE164(raw: string): string | undefined {
  const r = parsePhone(raw);
  return r.ok ? r.e164 : undefined;
}

/**
 * Display form in national notation: mobile "0912 345 678", Hà Nội/TP.HCM "024 3825 1234",
 * other landlines "0222 3822 123". Anything that is not a Vietnamese E.164 number is returned unchanged.
 */
export function formatPhone(e164: string): string {
  const m = /^\+84(\d{9,10})$/u.exec(e164);
  const nsn = m?.[1];
  if (nsn === undefined) return e164;
  if (nsn.length === 9) return `0${nsn.slice(0, 3)} ${nsn.slice(3, 6)} ${nsn.slice(6)}`;
  const split = splitLandline(nsn);
  if (split === undefined) return `0${nsn}`;
  const { areaCode, subscriber } = split;
  return `0${areaCode} ${subscriber.slice(0, 4)} ${subscriber.slice(4)}`;
}
