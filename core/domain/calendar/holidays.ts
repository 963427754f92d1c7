import { addDays, isWeekendDayNumber, julianDayNumber, toDayNumber, weekdayOfDayNumber, fromDayNumber } from './days';
import { hungKingsDate, tetDate } from './lunar';
import type { DayOffKind, HolidayGroup, IsoDate } from './types';

/**
 * The holidays a year gets when no announcement says otherwise (Bộ luật Lao động 45/2019/QH14):
 * art. 112(1) lists the days, art. 112(3) lets the Prime Minister fix which five days are Tết and
 * which day accompanies 2/9, and art. 111(3) makes up a holiday that falls on the weekly rest day
 * (Saturday or Sunday in the civil service) on the next working day.
 */

export interface HolidayEntry {
  date: IsoDate;
  name: string;
  kind: Exclude<DayOffKind, 'weekend'>;
  group?: HolidayGroup;
}

export const HOLIDAY_NAMES: Readonly<Record<HolidayGroup, string>> = {
  'new-year': 'Tết Dương lịch',
  tet: 'Tết Nguyên đán',
  'hung-kings': 'Giỗ Tổ Hùng Vương',
  victory: 'Ngày Chiến thắng',
  labour: 'Ngày Quốc tế Lao động',
  'national-day': 'Quốc khánh',
};

/** Hùng Kings' day has been a paid holiday since 2007; computed years before that do not get it. */
export const HUNG_KINGS_HOLIDAY_SINCE = 2007;
/** The second National Day holiday exists since the 2019 Code took effect on 1 January 2021. */
export const NATIONAL_DAY_SECOND_DAY_SINCE = 2021;

/**
 * The day that accompanies 2 September when no announcement fixes it. The rule reproduces every
 * choice made from 2021 to 2026: take the neighbour that is a Monday or a Friday, so the holiday
 * joins the weekend (2021 Thu → 3/9 Fri, 2023 Sat → 1/9 Fri, 2025 Tue → 1/9 Mon); otherwise the
 * neighbour that is a weekday (2022 Fri → 1/9 Thu, 2024 Mon → 3/9 Tue); when both are ordinary
 * weekdays, the day before (2026 Wed → 1/9 Tue).
 */
export function nationalDayAdjacentDay(year: number): IsoDate {
  const before = julianDayNumber(year, 9, 1);
  const after = julianDayNumber(year, 9, 3);
  const joinsWeekend = (jdn: number): boolean => {
    const w = weekdayOfDayNumber(jdn);
    return w === 1 || w === 5;
  };
  if (joinsWeekend(before)) return fromDayNumber(before);
  if (joinsWeekend(after)) return fromDayNumber(after);
  if (!isWeekendDayNumber(before)) return fromDayNumber(before);
  return fromDayNumber(after);
}

/**
 * The statutory days of art. 112(1) for `year`, before any make-up day. Tết is, by default, the
 * last day of the old lunar year and the first four of the new one: the split the government
 * announces most often (2020, 2022, 2026).
 */
export function statutoryHolidays(year: number): HolidayEntry[] {
  const entry = (date: IsoDate, group: HolidayGroup): HolidayEntry => ({ date, name: HOLIDAY_NAMES[group], kind: 'holiday', group });
  const iso = (month: number, day: number): IsoDate => fromDayNumber(julianDayNumber(year, month, day));
  const tet = tetDate(year);
  const list: HolidayEntry[] = [entry(iso(1, 1), 'new-year')];
  for (let offset = -1; offset <= 3; offset++) list.push(entry(addDays(tet, offset), 'tet'));
  if (year >= HUNG_KINGS_HOLIDAY_SINCE) list.push(entry(hungKingsDate(year), 'hung-kings'));
  list.push(entry(iso(4, 30), 'victory'), entry(iso(5, 1), 'labour'), entry(iso(9, 2), 'national-day'));
  if (year >= NATIONAL_DAY_SECOND_DAY_SINCE) list.push(entry(nationalDayAdjacentDay(year), 'national-day'));
  return list.sort((a, b) => toDayNumber(a.date) - toDayNumber(b.date));
}

/**
 * Art. 111(3): each holiday in `toCompensate` that falls on a Saturday or Sunday gives one make-up
 * day on the first following Monday–Friday that is not already off (`isDayOff`) nor taken by an
 * earlier make-up day. Holidays are handled in date order so a run of weekend holidays yields
 * consecutive make-up days.
 */
export function compensatoryDays(toCompensate: readonly HolidayEntry[], isDayOff: (jdn: number) => boolean): HolidayEntry[] {
  const taken = new Set<number>();
  const result: HolidayEntry[] = [];
  const sorted = [...toCompensate].sort((a, b) => toDayNumber(a.date) - toDayNumber(b.date));
  for (const holiday of sorted) {
    const day = toDayNumber(holiday.date);
    if (!isWeekendDayNumber(day)) continue;
    let candidate = day + 1;
    while (isWeekendDayNumber(candidate) || isDayOff(candidate) || taken.has(candidate)) candidate++;
    taken.add(candidate);
    result.push({
      date: fromDayNumber(candidate),
      name: `Nghỉ bù ${holiday.name}`,
      kind: 'compensatory',
      ...(holiday.group ? { group: holiday.group } : {}),
    });
  }
  return result;
}

/** The computed default days off of `year`: statutory holidays plus their make-up days, in date order. */
export function computedHolidays(year: number): HolidayEntry[] {
  const statutory = statutoryHolidays(year);
  const off = new Set(statutory.map((h) => toDayNumber(h.date)));
  const makeUp = compensatoryDays(statutory, (jdn) => off.has(jdn));
  return [...statutory, ...makeUp].sort((a, b) => toDayNumber(a.date) - toDayNumber(b.date));
}
