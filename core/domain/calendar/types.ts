/** A calendar date in ISO form, `YYYY-MM-DD`, always meant in Asia/Ho_Chi_Minh. */
export type IsoDate = string;

/** Why a day is not worked. */
export type DayOffKind = 'weekend' | 'holiday' | 'compensatory' | 'bridge';

/** One year's schedule as announced by the state (overrides the computed defaults for that year). */
export interface AnnouncedSchedule {
  year: number;
  /** The announcing document, e.g. "TB 9441/TB-BNV" and its date. */
  document: { number: string; date?: IsoDate; issuer?: string };
  /** Days off in addition to weekends (holidays, bridge days, compensatory days), each with its Vietnamese name. */
  daysOff: { date: IsoDate; name: string; kind: Exclude<DayOffKind, 'weekend'> }[];
  /** Saturdays or Sundays that are worked to make up a bridge day. */
  workedWeekendDays: { date: IsoDate; reason: string }[];
  /** When true the announcement replaces the computed holidays of the year entirely; otherwise it is merged on top. */
  replacesComputed: boolean;
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
  /** Vietnamese name of the holiday or reason, when not working (or when a weekend day is worked). */
  name?: string;
  kind?: DayOffKind | 'worked-weekend';
  lunar: LunarDate;
}
