/**
 * The 63 provincial units as coded for identity numbers, with their fixed-line area codes.
 *
 * Identity codes: Thông tư 07/2016/TT-BCA (01/02/2016), Phụ lục 1 "Bảng danh mục mã tỉnh, thành phố trực thuộc
 * Trung ương nơi công dân đăng ký khai sinh", as reproduced on thuvienphapluat.vn ("Tra cứu mã 63 tỉnh thành trên
 * thẻ Căn cước công dân") and moinhat123.blogspot.com (Phụ lục 1 verbatim). The two copies agree code for code.
 *
 * Area codes: Quyết định 2036/QĐ-BTTTT (21/11/2016) implementing the numbering plan of Thông tư 22/2014/TT-BTTTT;
 * 59 units changed in three phases in 2017, Vĩnh Phúc, Phú Thọ, Hòa Bình and Hà Giang kept theirs (nld.com.vn,
 * tvxdkg.com.vn, toihuongdan.com; cross-checked against the fixed-line pattern of Google's libphonenumber).
 *
 * The table is the pre-2025 map on purpose: a person's number keeps the code of the province where the birth was
 * registered, whatever mergers came later. How births registered after the 1/7/2025 mergers are coded is
 * UNCONFIRMED (domain.md §9); after the mergers the old area codes remain in use side by side (VNPT Hà Nội, 7/2025).
 */
export interface Province {
  /** Three digits, the first three of a CCCD number. */
  code: string;
  /** Name as written in the circular's table, e.g. "Bắc Ninh". */
  name: string;
  kind: 'tỉnh' | 'thành phố';
  /** Fixed-line area code without the trunk 0: "24", "222". */
  areaCode: string;
}

type Row = readonly [code: string, name: string, areaCode: string, city?: true];

const ROWS: readonly Row[] = [
  ['001', 'Hà Nội', '24', true],
  ['002', 'Hà Giang', '219'],
  ['004', 'Cao Bằng', '206'],
  ['006', 'Bắc Kạn', '209'],
  ['008', 'Tuyên Quang', '207'],
  ['010', 'Lào Cai', '214'],
  ['011', 'Điện Biên', '215'],
  ['012', 'Lai Châu', '213'],
  ['014', 'Sơn La', '212'],
  ['015', 'Yên Bái', '216'],
  ['017', 'Hòa Bình', '218'],
  ['019', 'Thái Nguyên', '208'],
  ['020', 'Lạng Sơn', '205'],
  ['022', 'Quảng Ninh', '203'],
  ['024', 'Bắc Giang', '204'],
  ['025', 'Phú Thọ', '210'],
  ['026', 'Vĩnh Phúc', '211'],
  ['027', 'Bắc Ninh', '222'],
  ['030', 'Hải Dương', '220'],
  ['031', 'Hải Phòng', '225', true],
  ['033', 'Hưng Yên', '221'],
  ['034', 'Thái Bình', '227'],
  ['035', 'Hà Nam', '226'],
  ['036', 'Nam Định', '228'],
  ['037', 'Ninh Bình', '229'],
  ['038', 'Thanh Hóa', '237'],
  ['040', 'Nghệ An', '238'],
  ['042', 'Hà Tĩnh', '239'],
  ['044', 'Quảng Bình', '232'],
  ['045', 'Quảng Trị', '233'],
  ['046', 'Thừa Thiên Huế', '234'],
  ['048', 'Đà Nẵng', '236', true],
  ['049', 'Quảng Nam', '235'],
  ['051', 'Quảng Ngãi', '255'],
  ['052', 'Bình Định', '256'],
  ['054', 'Phú Yên', '257'],
  ['056', 'Khánh Hòa', '258'],
  ['058', 'Ninh Thuận', '259'],
  ['060', 'Bình Thuận', '252'],
  ['062', 'Kon Tum', '260'],
  ['064', 'Gia Lai', '269'],
  ['066', 'Đắk Lắk', '262'],
  ['067', 'Đắk Nông', '261'],
  ['068', 'Lâm Đồng', '263'],
  ['070', 'Bình Phước', '271'],
  ['072', 'Tây Ninh', '276'],
  ['074', 'Bình Dương', '274'],
  ['075', 'Đồng Nai', '251'],
  ['077', 'Bà Rịa - Vũng Tàu', '254'],
  ['079', 'Hồ Chí Minh', '28', true],
  ['080', 'Long An', '272'],
  ['082', 'Tiền Giang', '273'],
  ['083', 'Bến Tre', '275'],
  ['084', 'Trà Vinh', '294'],
  ['086', 'Vĩnh Long', '270'],
  ['087', 'Đồng Tháp', '277'],
  ['089', 'An Giang', '296'],
  ['091', 'Kiên Giang', '297'],
  ['092', 'Cần Thơ', '292', true],
  ['093', 'Hậu Giang', '293'],
  ['094', 'Sóc Trăng', '299'],
  ['095', 'Bạc Liêu', '291'],
  ['096', 'Cà Mau', '290'],
];

export const PROVINCES: readonly Province[] = ROWS.map(([code, name, areaCode, city]) =>
  Object.freeze({ code, name, kind: city ? 'thành phố' : 'tỉnh', areaCode }),
);

const BY_CODE: ReadonlyMap<string, Province> = new Map(PROVINCES.map((p) => [p.code, p]));
const BY_AREA_CODE: ReadonlyMap<string, Province> = new Map(PROVINCES.map((p) => [p.areaCode, p]));

/** The province for a three-digit identity code, e.g. "027" → Bắc Ninh. */
export function provinceByCode(code: string): Province | undefined {
  return BY_CODE.get(code);
}

/** The province for a fixed-line area code without the trunk 0, e.g. "222" → Bắc Ninh. */
export function provinceByAreaCode(areaCode: string): Province | undefined {
  return BY_AREA_CODE.get(areaCode);
}

/** "Tỉnh Bắc Ninh", "Thành phố Hà Nội". */
export function provinceFullName(p: Province): string {
  return `${p.kind === 'tỉnh' ? 'Tỉnh' : 'Thành phố'} ${p.name}`;
}
