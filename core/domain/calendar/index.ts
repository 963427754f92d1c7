export type { AnnouncedSchedule, DayInfo, DayOffKind, HolidayGroup, IsoDate, LunarDate, ScheduleDayOff } from './types';
export {
  WEEKDAY_NAMES_VI,
  addDays,
  addYears,
  compareIsoDates,
  daysInMonth,
  diffDays,
  formatIsoDate,
  fromDayNumber,
  fromJulianDayNumber,
  isIsoDate,
  isLeapYear,
  isWeekend,
  isWeekendDayNumber,
  julianDayNumber,
  parseIsoDate,
  toDayNumber,
  weekday,
  weekdayOfDayNumber,
} from './days';
export type { Weekday, YearMonthDay } from './days';
export {
  LUNAR_MAX_SOLAR_YEAR,
  LUNAR_MIN_SOLAR_YEAR,
  VIETNAM_TIME_ZONE,
  hungKingsDate,
  leapMonthOf,
  lunarDateOfDayNumber,
  lunarMonthLength,
  lunarToSolar,
  lunarYearName,
  solarToLunar,
  tetDate,
} from './lunar';
export {
  HOLIDAY_NAMES,
  HUNG_KINGS_HOLIDAY_SINCE,
  NATIONAL_DAY_SECOND_DAY_SINCE,
  compensatoryDays,
  computedHolidays,
  nationalDayAdjacentDay,
  statutoryHolidays,
} from './holidays';
export type { HolidayEntry } from './holidays';
export { ANNOUNCED_SCHEDULES } from './schedules';
export type { ShippedSchedule } from './schedules';
export { WorkCalendar, breakName, createWorkCalendar } from './work-calendar';
export type { WorkCalendarOptions } from './work-calendar';
