import { searchKey } from '../text/normalize';

/** What the letterhead needs to know of a unit in the tree. */
export interface LetterheadUnit {
  name: string;
  kind: string;
}

export interface Letterhead {
  /** The superior body, not bold, above the issuer; empty for a People's Committee, which names itself in two lines. */
  parent: string;
  /** The issuing body in capitals; may span two lines ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ BẮC NINH"). */
  issuer: string;
  /** The issuer as a sentence names it ("Ủy ban nhân dân thành phố Bắc Ninh", "Ban Tiếp công dân thành phố"). */
  name: string;
  /** The issuer's abbreviation in the symbol ("UBND", "BTCD"). */
  abbreviation: string;
  /** The place name before the date: the administrative unit where the body sits, without its kind ("Bắc Ninh"). */
  place: string;
}

const ADMINISTRATIVE = new Set(['province', 'city', 'district', 'ward', 'commune']);
const LOCALITY_PREFIX = /^(thành phố|tỉnh|quận|huyện|thị xã|thị trấn|phường|xã|đặc khu)\s+/iu;
const upper = (s: string) => s.toLocaleUpperCase('vi');

/** Abbreviations in common use for the bodies that receive citizens; others are made from their words' initials. */
const KNOWN: [RegExp, string][] = [
  [/^thanh tra/u, 'TTr'],
  [/^ban tiếp công dân/u, 'BTCD'],
  [/^văn phòng hđnd và ubnd|^văn phòng ủy ban nhân dân/u, 'VP'],
  [/^công an/u, 'CA'],
  [/^ủy ban mặt trận tổ quốc/u, 'MTTQ'],
  [/^phòng tài nguyên và môi trường/u, 'TNMT'],
  [/^trung tâm y tế/u, 'TTYT'],
];
const LOCALITY_WORDS = /\s+(thành phố|tỉnh|quận|huyện|thị xã|phường|xã)(\s.*)?$/u;

/** "Ban Tiếp công dân thành phố" → "BTCD"; an unknown "Phòng Văn hóa thông tin" → "PVHTT". */
export function bodyAbbreviation(name: string): string {
  const lower = name.normalize('NFC').toLocaleLowerCase('vi');
  for (const [pattern, abbreviation] of KNOWN) if (pattern.test(lower)) return abbreviation;
  const words = searchKey(lower.replace(LOCALITY_WORDS, '')).split(' ').filter(Boolean);
  return words.map((w) => w[0]?.toUpperCase() ?? '').join('').slice(0, 10) || 'CQ';
}

/**
 * The letterhead of a unit given its ancestors, nearest first (NĐ 30/2020 art. 8, Phụ lục I mục II.2): a
 * People's Committee is "ỦY BAN NHÂN DÂN" over its locality; any other body sits under its superior
 * ("UBND THÀNH PHỐ BẮC NINH" over "BAN TIẾP CÔNG DÂN THÀNH PHỐ"). The place is the locality of the nearest
 * administrative unit, itself included.
 */
export function letterhead(unit: LetterheadUnit, ancestors: readonly LetterheadUnit[]): Letterhead {
  const locality = [unit, ...ancestors].find((u) => ADMINISTRATIVE.has(u.kind));
  const place = locality ? locality.name.replace(LOCALITY_PREFIX, '') : unit.name;
  if (ADMINISTRATIVE.has(unit.kind)) {
    const lowered = unit.name.replace(LOCALITY_PREFIX, (prefix) => prefix.toLocaleLowerCase('vi'));
    return { parent: '', issuer: `ỦY BAN NHÂN DÂN\n${upper(unit.name)}`, name: `Ủy ban nhân dân ${lowered}`, abbreviation: 'UBND', place };
  }
  const superior = ancestors[0];
  const parent = !superior ? '' : ADMINISTRATIVE.has(superior.kind) ? `UBND ${upper(superior.name)}` : upper(superior.name);
  return { parent, issuer: upper(unit.name), name: unit.name, abbreviation: bodyAbbreviation(unit.name), place };
}
