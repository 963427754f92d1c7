import type { IsoDate } from '../calendar/types';

/**
 * The part of the working-day calendar (core/domain/calendar) the deadline engine needs.
 * Kept minimal so any calendar with the same semantics can be passed in, and tests can
 * inject a calendar built from the announced schedules.
 */
export interface DeadlineCalendar {
  isWorkingDay(d: IsoDate): boolean;
  /** N working days after `d`; `d` itself is not counted. */
  addWorkingDays(d: IsoDate, n: number): IsoDate;
  /**
   * N calendar days after `d` with Civil Code 2015 arts. 147–148 applied: `d` is not counted and,
   * if the last day is a day off, the period ends on the next working day.
   */
  addCalendarDays(d: IsoDate, n: number): IsoDate;
  /** Working days in the half-open interval (from, to]. */
  countWorkingDays(from: IsoDate, to: IsoDate): number;
}
