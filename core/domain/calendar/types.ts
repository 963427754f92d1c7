/** A calendar date in ISO form, `YYYY-MM-DD`, always meant in Asia/Ho_Chi_Minh. */
export type IsoDate = string;

/** Why a day is not worked. */
export type DayOffKind = 'weekend' | 'holiday' | 'compensatory' | 'bridge';

/** The statutory holidays of Labour Code 2019 art. 112(1), by occasion; a schedule names those it settles. */
export type HolidayGroup = 'new-year' | 'tet' | 'hung-kings' | 'victory' | 'labour' | 'national-day';

/** A day off an announcement grants. */
export interface ScheduleDayOff {
  date: IsoDate;
  name: string;
  kind: Exclude<DayOffKind, 'weekend'>;
  /**
   * The occasion the day belongs to (a make-up or swapped day belongs to the occasion whose break it makes); absent
   * for a day off outside the art. 112(1) list. Names the break a weekend day inside it belongs to (`DayInfo.name`).
   */
  group?: HolidayGroup;
}

/** One year's schedule as announced by the state (overrides the computed defaults for that year). */
export interface AnnouncedSchedule {
  year: number;
  /** The announcing document, e.g. "TB 9441/TB-BNV" and its date. */
  document: { number: string; date?: IsoDate; issuer?: string };
  /** Days off in addition to weekends (holidays, bridge days, compensatory days), each with its Vietnamese name. */
  daysOff: ScheduleDayOff[];
  /** Saturdays or Sundays that are worked to make up a bridge day. */
  workedWeekendDays: { date: IsoDate; reason: string }[];
  /** When true the announcement replaces the computed holidays of the year entirely; otherwise it is merged on top. */
  replacesComputed: boolean;
  /**
   * Occasions this announcement settles: their computed days (and the make-up days computed for them) are dropped
   * for `year` and only the announced days count. Needed because a notice that moves Tết must also remove the
   * computed Tết days it does not keep. Ignored when `replacesComputed` is true.
   */
  covers?: HolidayGroup[];
  /**
   * False when the days could not be checked against a published source; such schedules are kept as data but a
   * work calendar ignores them unless asked to include them. Absent means confirmed (e.g. entered by an administrator).
   */
  confirmed?: boolean;
  /** What was verified, where, and what was not. */
  note?: string;
  /** Where the days were checked (publication and date). */
  sources?: string[];
}

export interface LunarDate {
  day: number;
  month: number;
  year: number;
  leap: boolean;
}

export interface DayInfo {
  date: IsoDate;
  working: boolean;
  /**
   * Vietnamese name of the holiday or reason, when not working (or when a weekend day is worked). A weekend day is
   * named after its weekday, or, inside a holiday break, after the break: "Nghỉ Tết Nguyên đán (trùng ngày nghỉ
   * hằng tuần)" (still `kind: 'weekend'`: not a holiday, nothing made up for it).
   */
  name?: string;
  kind?: DayOffKind | 'worked-weekend';
  lunar: LunarDate;
}
