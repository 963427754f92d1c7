import type { IsoDate } from '@core/domain/calendar/types';

const VN_PARTS = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The one source of time for the server. Legal days are Vietnamese days (Asia/Ho_Chi_Minh) whatever the host's
 * time zone, so "today" and "this year" are asked of the clock, never of `new Date()`. Tests inject a fixed or
 * movable clock through `prepare({ clock })`.
 */
export class Clock {
  constructor(private readonly source: () => Date = () => new Date()) {}

  now(): Date {
    return this.source();
  }

  /** The current instant as stored in the database (ISO, UTC). */
  nowIso(): string {
    return this.source().toISOString();
  }

  nowMs(): number {
    return this.source().getTime();
  }

  /** Today's date in Vietnam. */
  today(): IsoDate {
    return VN_PARTS.format(this.source());
  }

  /** The current year in Vietnam (a server running over New Year's Eve in UTC is already in the new year at 17:00). */
  year(): number {
    return Number(this.today().slice(0, 4));
  }
}

export const systemClock = new Clock();

/** A clock that stays where it is put and moves only when told: for tests of windows, expiries and deadlines. */
export class ManualClock extends Clock {
  private readonly position: { at: number };

  constructor(start: string | Date) {
    const position = { at: new Date(start).getTime() };
    super(() => new Date(position.at));
    this.position = position;
  }

  set(to: string | Date): void {
    this.position.at = new Date(to).getTime();
  }

  advance(ms: number): void {
    this.position.at += ms;
  }
}
