import { NEW_MOON_EPOCH, SYNODIC_MONTH, newMoonDay, sunSector } from './astronomy';
import { fromDayNumber, julianDayNumber, parseIsoDate, toDayNumber } from './days';
import type { IsoDate, LunarDate } from './types';

/**
 * Vietnamese lunisolar calendar (âm lịch), computed by the rules Hồ Ngọc Đức describes:
 * - a month begins on the local day of a new moon;
 * - month 11 is the month containing the winter solstice;
 * - when 13 new moons begin between two months 11, the first month in which the sun enters no new
 *   30° sector (no major solar term, *trung khí*) is the leap month and repeats the previous number.
 * Vietnam computes at UTC+7 (the North since 8 August 1967, the whole country since 1975); passing
 * 8 gives the Chinese reckoning, which differs in some years.
 *
 * Known limits, found by comparing every month 1900–2099 with Hồ Ngọc Đức's own precomputed tables:
 * identical for 1968–2053; before 1968 those tables follow the UTC+8 reckoning then in use (pass
 * timeZone 8 for historical dates); and three months start one day later here than there (month 4
 * of 2054, month 10 of 2077, month 11 of 2072), where a new moon falls within minutes of local
 * midnight and the short Meeus series used here is not precise enough to decide the day.
 */

export const VIETNAM_TIME_ZONE = 7;

/** Solar years this module answers for; the astronomical series are good well beyond, but this is what is tested. */
export const LUNAR_MIN_SOLAR_YEAR = 1900;
export const LUNAR_MAX_SOLAR_YEAR = 2100;

interface LunarMonth {
  start: number;
  length: number;
  month: number;
  leap: boolean;
  year: number;
}

/** The lunar months from month 11 of lunar year `year` up to (not including) the next month 11. */
interface Span {
  start: number;
  end: number;
  months: LunarMonth[];
}

const spanCache = new Map<string, Span>();
const SPAN_CACHE_LIMIT = 4096;

function checkTimeZone(timeZone: number): void {
  if (!Number.isFinite(timeZone) || timeZone < -12 || timeZone > 14) {
    throw new RangeError(`Invalid time zone offset ${timeZone}: expected hours between -12 and 14`);
  }
}

/** Day number of the start of month 11 of lunar year `year` (the month holding that December's solstice). */
function month11Start(year: number, timeZone: number): number {
  const k = Math.floor((julianDayNumber(year, 12, 31) - 2415021) / SYNODIC_MONTH);
  const newMoon = newMoonDay(k, timeZone);
  // A new moon after the solstice (sun already in sector 9 or beyond) opens month 12; month 11 began one moon earlier.
  return sunSector(newMoon, timeZone) >= 9 ? newMoonDay(k - 1, timeZone) : newMoon;
}

function buildSpan(year: number, timeZone: number): Span {
  const start = month11Start(year, timeZone);
  const end = month11Start(year + 1, timeZone);
  const k0 = Math.floor((start - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  const count = Math.round((end - start) / SYNODIC_MONTH);
  const starts: number[] = [];
  for (let i = 0; i <= count; i++) starts.push(newMoonDay(k0 + i, timeZone));
  if (starts[0] !== start || starts[count] !== end) {
    throw new Error(`Lunar month table for ${year} is inconsistent (time zone ${timeZone})`);
  }
  let leapIndex = -1;
  if (count === 13) {
    // The first month whose start and end fall in the same solar sector contains no major term.
    for (let i = 1; i < 13 && leapIndex < 0; i++) {
      if (sunSector(starts[i] as number, timeZone) === sunSector(starts[i + 1] as number, timeZone)) leapIndex = i;
    }
    if (leapIndex < 0) leapIndex = 12;
  }
  const months: LunarMonth[] = [];
  for (let i = 0; i < count; i++) {
    const ordinal = leapIndex >= 0 && i >= leapIndex ? i - 1 : i;
    const month = ((10 + ordinal) % 12) + 1;
    const monthStart = starts[i] as number;
    months.push({
      start: monthStart,
      length: (starts[i + 1] as number) - monthStart,
      month,
      leap: i === leapIndex,
      // Months 11 and 12 (and a leap 11 or 12) close lunar year `year`; the rest open the next one.
      year: ordinal < 2 ? year : year + 1,
    });
  }
  return { start, end, months };
}

function span(year: number, timeZone: number): Span {
  const key = `${timeZone}|${year}`;
  let found = spanCache.get(key);
  if (!found) {
    if (spanCache.size >= SPAN_CACHE_LIMIT) spanCache.clear();
    found = buildSpan(year, timeZone);
    spanCache.set(key, found);
  }
  return found;
}

function checkSolarRange(jdn: number, what: string): void {
  const min = julianDayNumber(LUNAR_MIN_SOLAR_YEAR, 1, 1);
  const max = julianDayNumber(LUNAR_MAX_SOLAR_YEAR, 12, 31);
  if (jdn < min || jdn > max) {
    throw new RangeError(`${what} is outside the supported range ${LUNAR_MIN_SOLAR_YEAR}-01-01 – ${LUNAR_MAX_SOLAR_YEAR}-12-31`);
  }
}

/** Lunar date of a day number (internal fast path for the work calendar). */
export function lunarDateOfDayNumber(jdn: number, timeZone: number = VIETNAM_TIME_ZONE): LunarDate {
  checkTimeZone(timeZone);
  checkSolarRange(jdn, `Day ${fromDayNumber(jdn)}`);
  const { year } = parseIsoDate(fromDayNumber(jdn));
  let s = span(year, timeZone);
  if (jdn < s.start) s = span(year - 1, timeZone);
  let found: LunarMonth | undefined;
  for (const m of s.months) {
    if (m.start <= jdn) found = m;
    else break;
  }
  if (!found) throw new Error(`No lunar month contains day ${jdn}`);
  return { day: jdn - found.start + 1, month: found.month, year: found.year, leap: found.leap };
}

export function solarToLunar(date: IsoDate, timeZone: number = VIETNAM_TIME_ZONE): LunarDate {
  return lunarDateOfDayNumber(toDayNumber(date), timeZone);
}

function findMonth(l: LunarDate, timeZone: number): LunarMonth {
  const spanYear = l.month >= 11 ? l.year : l.year - 1;
  const month = span(spanYear, timeZone).months.find((m) => m.month === l.month && m.leap === l.leap && m.year === l.year);
  if (!month) {
    throw new RangeError(`Lunar year ${l.year} has no leap month ${l.month} (tháng ${l.month} nhuận không tồn tại)`);
  }
  return month;
}

/** Solar date of a lunar date; throws a RangeError for a date that does not exist (a missing leap month, day 30 of a short month). */
export function lunarToSolar(l: LunarDate, timeZone: number = VIETNAM_TIME_ZONE): IsoDate {
  checkTimeZone(timeZone);
  if (!Number.isInteger(l.year) || !Number.isInteger(l.month) || !Number.isInteger(l.day)) {
    throw new RangeError(`Invalid lunar date ${JSON.stringify(l)}: day, month and year must be integers`);
  }
  if (l.month < 1 || l.month > 12) throw new RangeError(`Invalid lunar month ${l.month}: expected 1–12`);
  if (l.day < 1 || l.day > 30) throw new RangeError(`Invalid lunar day ${l.day}: expected 1–30`);
  if (l.year < LUNAR_MIN_SOLAR_YEAR - 1 || l.year > LUNAR_MAX_SOLAR_YEAR) {
    throw new RangeError(`Lunar year ${l.year} is outside the supported range`);
  }
  const month = findMonth(l, timeZone);
  if (l.day > month.length) {
    throw new RangeError(
      `Lunar month ${l.month}${l.leap ? ' (leap)' : ''} of ${l.year} has ${month.length} days, not ${l.day}`,
    );
  }
  const jdn = month.start + l.day - 1;
  checkSolarRange(jdn, `Lunar date ${l.day}/${l.month}${l.leap ? 'N' : ''}/${l.year}`);
  return fromDayNumber(jdn);
}

/** The leap month of lunar year `year` (1–12), or 0 when the year has none. */
export function leapMonthOf(year: number, timeZone: number = VIETNAM_TIME_ZONE): number {
  checkTimeZone(timeZone);
  const months = [...span(year - 1, timeZone).months, ...span(year, timeZone).months];
  return months.find((m) => m.year === year && m.leap)?.month ?? 0;
}

/** Length (29 or 30) of a lunar month. */
export function lunarMonthLength(year: number, month: number, leap = false, timeZone: number = VIETNAM_TIME_ZONE): number {
  checkTimeZone(timeZone);
  return findMonth({ day: 1, month, year, leap }, timeZone).length;
}

/** Tết Nguyên đán: 1/1 of lunar year `year`. */
export function tetDate(year: number, timeZone: number = VIETNAM_TIME_ZONE): IsoDate {
  return lunarToSolar({ day: 1, month: 1, year, leap: false }, timeZone);
}

/** Giỗ Tổ Hùng Vương: 10/3 of lunar year `year` (never the leap third month). */
export function hungKingsDate(year: number, timeZone: number = VIETNAM_TIME_ZONE): IsoDate {
  return lunarToSolar({ day: 10, month: 3, year, leap: false }, timeZone);
}

const HEAVENLY_STEMS = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'] as const;
const EARTHLY_BRANCHES = ['Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'] as const;

/** Can Chi name of a lunar year, e.g. 2026 → "Bính Ngọ". */
export function lunarYearName(year: number): string {
  const stem = HEAVENLY_STEMS[(((year + 6) % 10) + 10) % 10];
  const branch = EARTHLY_BRANCHES[(((year + 8) % 12) + 12) % 12];
  return `${stem} ${branch}`;
}
