import { WEEKDAY_NAMES_VI, fromDayNumber, fromJulianDayNumber, isWeekendDayNumber, julianDayNumber, parseIsoDate, toDayNumber, weekdayOfDayNumber } from './days';
import { HOLIDAY_NAMES, compensatoryDays, statutoryHolidays } from './holidays';
import type { HolidayEntry } from './holidays';
import { lunarDateOfDayNumber } from './lunar';
import { ANNOUNCED_SCHEDULES } from './schedules';
import type { AnnouncedSchedule, DayInfo, DayOffKind, HolidayGroup, IsoDate } from './types';

/**
 * The civil-service working-day calendar: Monday–Friday, minus the computed statutory holidays and
 * their make-up days, with each year's announced schedules laid over them. Built from data so an
 * administrator's later announcements are just more schedules (see `withSchedules`).
 */

export interface WorkCalendarOptions {
  /** Apply schedules marked `confirmed: false` too (default: ignore them). */
  includeUnconfirmed?: boolean;
}

interface Mark {
  name: string;
  kind: DayOffKind | 'worked-weekend';
  /** The occasion a day off belongs to, when known. */
  group?: HolidayGroup;
}

interface YearTable {
  first: number;
  working: Uint8Array;
  /** Working days from 1 January up to and including each day. */
  cumulative: Int32Array;
  marks: Map<number, Mark>;
}

interface AnnouncedYear {
  covered: Set<HolidayGroup>;
  replacesAll: boolean;
}

const ALL_GROUPS = Object.keys(HOLIDAY_NAMES) as HolidayGroup[];
/** No real schedule has more than ten consecutive days off; a longer run means broken data, not a long holiday. */
const MAX_SEARCH_DAYS = 400;

/**
 * The name of a weekend day inside a holiday break: the break's occasions, then that the day is the weekly rest day
 * anyway (Labour Code art. 111), so it stays `kind: 'weekend'` and is neither a holiday nor made up.
 * E.g. "Nghỉ Tết Nguyên đán (trùng ngày nghỉ hằng tuần)", "Nghỉ lễ Ngày Chiến thắng và Ngày Quốc tế Lao động (…)".
 */
export function breakName(occasions: readonly HolidayGroup[]): string {
  const names = occasions.map((g) => HOLIDAY_NAMES[g]);
  const list = names.length <= 2 ? names.join(' và ') : `${names.slice(0, -1).join(', ')} và ${names[names.length - 1] ?? ''}`;
  const tetOnly = occasions.every((g) => g === 'tet' || g === 'new-year');
  return `${tetOnly ? 'Nghỉ' : 'Nghỉ lễ'} ${list} (trùng ngày nghỉ hằng tuần)`;
}

function checkCount(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${what} must be a whole number ≥ 0, got ${n}`);
}

export class WorkCalendar {
  private readonly schedules: readonly AnnouncedSchedule[];
  private readonly options: WorkCalendarOptions;
  private readonly announcedYears = new Map<number, AnnouncedYear>();
  private readonly announcedOff = new Map<number, Mark>();
  private readonly announcedWorked = new Map<number, Mark>();
  private readonly tables = new Map<number, YearTable>();
  private lastTable: YearTable | undefined;

  constructor(schedules: readonly AnnouncedSchedule[] = ANNOUNCED_SCHEDULES, options: WorkCalendarOptions = {}) {
    this.schedules = schedules;
    this.options = options;
    for (const schedule of schedules) {
      if (schedule.confirmed === false && !options.includeUnconfirmed) continue;
      this.absorb(schedule);
    }
    for (const day of this.announcedWorked.keys()) {
      if (this.announcedOff.has(day)) {
        throw new RangeError(`Schedules make ${fromDayNumber(day)} both a day off and a worked day`);
      }
    }
  }

  /** A new calendar with `extra` schedules applied after the current ones (a later entry wins on the same day). */
  withSchedules(extra: readonly AnnouncedSchedule[]): WorkCalendar {
    return new WorkCalendar([...this.schedules, ...extra], this.options);
  }

  private absorb(schedule: AnnouncedSchedule): void {
    if (!Number.isInteger(schedule.year)) throw new RangeError(`Schedule year must be an integer, got ${schedule.year}`);
    const where = `schedule ${schedule.document.number} (${schedule.year})`;
    const year = this.announcedYears.get(schedule.year) ?? { covered: new Set<HolidayGroup>(), replacesAll: false };
    if (schedule.replacesComputed) year.replacesAll = true;
    for (const group of schedule.covers ?? []) {
      if (!ALL_GROUPS.includes(group)) throw new RangeError(`Unknown holiday group '${String(group)}' in ${where}`);
      year.covered.add(group);
    }
    this.announcedYears.set(schedule.year, year);
    for (const off of schedule.daysOff) {
      if (!['holiday', 'compensatory', 'bridge'].includes(off.kind)) {
        throw new RangeError(`Unknown day-off kind '${String(off.kind)}' for ${off.date} in ${where}`);
      }
      if (off.group !== undefined && !ALL_GROUPS.includes(off.group)) {
        throw new RangeError(`Unknown holiday group '${String(off.group)}' for ${off.date} in ${where}`);
      }
      const day = toDayNumber(off.date);
      this.announcedWorked.delete(day);
      this.announcedOff.set(day, { name: off.name, kind: off.kind, ...(off.group ? { group: off.group } : {}) });
    }
    for (const worked of schedule.workedWeekendDays) {
      const day = toDayNumber(worked.date);
      if (!isWeekendDayNumber(day)) throw new RangeError(`${worked.date} in ${where} is listed as a worked weekend day but is a weekday`);
      this.announcedOff.delete(day);
      this.announcedWorked.set(day, { name: worked.reason, kind: 'worked-weekend' });
    }
  }

  private buildYear(year: number): YearTable {
    const first = julianDayNumber(year, 1, 1);
    const length = julianDayNumber(year + 1, 1, 1) - first;
    const announced = this.announcedYears.get(year);
    const kept: HolidayEntry[] = announced?.replacesAll
      ? []
      : statutoryHolidays(year).filter((h) => !(h.group && announced?.covered.has(h.group)));
    const marks = new Map<number, Mark>();
    const markOf = (h: HolidayEntry): Mark => ({ name: h.name, kind: h.kind, ...(h.group ? { group: h.group } : {}) });
    for (const h of kept) marks.set(toDayNumber(h.date), markOf(h));
    for (let day = first; day < first + length; day++) {
      const off = this.announcedOff.get(day);
      if (off) marks.set(day, off);
    }
    // Make-up days are placed after the announced days are known, so they never land on one.
    for (const c of compensatoryDays(kept, (day) => marks.has(day) || this.announcedWorked.has(day))) {
      marks.set(toDayNumber(c.date), markOf(c));
    }
    for (let day = first; day < first + length; day++) {
      const worked = this.announcedWorked.get(day);
      if (worked) marks.set(day, worked);
    }
    const working = new Uint8Array(length);
    const cumulative = new Int32Array(length);
    let count = 0;
    for (let i = 0; i < length; i++) {
      const day = first + i;
      const mark = marks.get(day);
      const isWorking = mark ? mark.kind === 'worked-weekend' : !isWeekendDayNumber(day);
      working[i] = isWorking ? 1 : 0;
      if (isWorking) count++;
      cumulative[i] = count;
    }
    return { first, working, cumulative, marks };
  }

  private table(day: number): YearTable {
    const last = this.lastTable;
    if (last && day >= last.first && day < last.first + last.working.length) return last;
    const { year } = fromJulianDayNumber(day);
    let table = this.tables.get(year);
    if (!table) {
      table = this.buildYear(year);
      this.tables.set(year, table);
    }
    this.lastTable = table;
    return table;
  }

  private workingAt(day: number): boolean {
    const t = this.table(day);
    return t.working[day - t.first] === 1;
  }

  /** Working days from the start of `day`'s year up to and including `day`. */
  private cumulativeAt(day: number): number {
    const t = this.table(day);
    return t.cumulative[day - t.first] ?? 0;
  }

  private yearTotal(year: number): number {
    const t = this.table(julianDayNumber(year, 1, 1));
    return t.cumulative[t.cumulative.length - 1] ?? 0;
  }

  private nextFrom(day: number, step: 1 | -1): number {
    for (let i = 1; i <= MAX_SEARCH_DAYS; i++) {
      if (this.workingAt(day + i * step)) return day + i * step;
    }
    throw new RangeError(`No working day within ${MAX_SEARCH_DAYS} days of ${fromDayNumber(day)}; check the schedules`);
  }

  isWorkingDay(d: IsoDate): boolean {
    return this.workingAt(toDayNumber(d));
  }

  dayInfo(d: IsoDate): DayInfo {
    const day = toDayNumber(d);
    const t = this.table(day);
    const working = t.working[day - t.first] === 1;
    const mark = t.marks.get(day);
    const lunar = lunarDateOfDayNumber(day);
    if (mark) return { date: d, working, name: mark.name, kind: mark.kind, lunar };
    if (!working) {
      const occasions = this.breakOccasions(day);
      const name = occasions.length > 0 ? breakName(occasions) : WEEKDAY_NAMES_VI[weekdayOfDayNumber(day)];
      return { date: d, working, name, kind: 'weekend', lunar };
    }
    return { date: d, working, lunar };
  }

  /**
   * The occasions whose break the day off `day` lies in: those of the days off in its run of consecutive days off
   * (bounded by working days), in date order. The announced break of Tết 2026 is 14–22/02: the weekends 14–15 and
   * 21–22 lie in it as much as the Tết days 16–20 between them, and the press counts them ("nghỉ 9 ngày").
   */
  private breakOccasions(day: number): HolidayGroup[] {
    const seen: HolidayGroup[] = [];
    let first = day;
    while (day - first < MAX_SEARCH_DAYS && !this.workingAt(first - 1)) first--;
    for (let d = first; d - day < MAX_SEARCH_DAYS && !this.workingAt(d); d++) {
      const group = this.table(d).marks.get(d)?.group;
      if (group && !seen.includes(group)) seen.push(group);
    }
    return seen;
  }

  /** Every day from `from` to `to`, both included. */
  days(from: IsoDate, to: IsoDate): DayInfo[] {
    const start = toDayNumber(from);
    const end = toDayNumber(to);
    if (end < start) throw new RangeError(`days(${from}, ${to}): the end is before the start`);
    const result: DayInfo[] = [];
    for (let day = start; day <= end; day++) result.push(this.dayInfo(fromDayNumber(day)));
    return result;
  }

  /** Days of `year` that differ from a plain Monday–Friday week: holidays, make-up and bridge days, worked weekends. */
  specialDays(year: number): DayInfo[] {
    const t = this.table(julianDayNumber(year, 1, 1));
    return [...t.marks.keys()].sort((a, b) => a - b).map((day) => this.dayInfo(fromDayNumber(day)));
  }

  /** The first working day strictly after `d`. */
  nextWorkingDay(d: IsoDate): IsoDate {
    return fromDayNumber(this.nextFrom(toDayNumber(d), 1));
  }

  /** The last working day strictly before `d`. */
  previousWorkingDay(d: IsoDate): IsoDate {
    return fromDayNumber(this.nextFrom(toDayNumber(d), -1));
  }

  /**
   * The n-th working day after `d`; `d` itself is never counted, so n = 1 is `nextWorkingDay(d)`.
   * n = 0 returns `d` when it is a working day, otherwise the next working day (the earliest day
   * on which something due "now" can be done). Hence countWorkingDays(d, addWorkingDays(d, n)) = n
   * for every n ≥ 1, and for n = 0 when `d` is a working day.
   */
  addWorkingDays(d: IsoDate, n: number): IsoDate {
    checkCount(n, 'Number of working days');
    let day = toDayNumber(d);
    if (n === 0) return this.workingAt(day) ? d : fromDayNumber(this.nextFrom(day, 1));
    for (let i = 0; i < n; i++) day = this.nextFrom(day, 1);
    return fromDayNumber(day);
  }

  /**
   * A period of n calendar days starting after `d` (Bộ luật Dân sự 2015 arts. 147–148): `d` is not
   * counted, the period ends at the end of day d + n, and if that day is not a working day it ends at
   * the end of the next working day. A Saturday announced as worked counts as a working day.
   */
  addCalendarDays(d: IsoDate, n: number): IsoDate {
    checkCount(n, 'Number of days');
    const end = toDayNumber(d) + n;
    return fromDayNumber(this.workingAt(end) ? end : this.nextFrom(end, 1));
  }

  /** Working days in (from, to]: `from` excluded, `to` included; negative when `to` is before `from`. */
  countWorkingDays(from: IsoDate, to: IsoDate): number {
    const a = toDayNumber(from);
    const b = toDayNumber(to);
    // `|| 0`: negating an empty count gives -0, which is not 0 to Object.is (and to strict test equality).
    if (b < a) return -this.countWorkingDays(to, from) || 0;
    const yearA = parseIsoDate(from).year;
    const yearB = parseIsoDate(to).year;
    if (yearA === yearB) return this.cumulativeAt(b) - this.cumulativeAt(a);
    let total = this.yearTotal(yearA) - this.cumulativeAt(a);
    for (let y = yearA + 1; y < yearB; y++) total += this.yearTotal(y);
    return total + this.cumulativeAt(b);
  }
}

/** A work calendar from the given schedules (by default the announced schedules 2021–2026 shipped here). */
export function createWorkCalendar(
  schedules: readonly AnnouncedSchedule[] = ANNOUNCED_SCHEDULES,
  options: WorkCalendarOptions = {},
): WorkCalendar {
  return new WorkCalendar(schedules, options);
}
