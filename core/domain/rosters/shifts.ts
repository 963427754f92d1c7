/**
 * Shift patterns → shifts over a period (issue 9 §2): 3 × 8 h and 2 × 12 h run round the clock, day-only staffs the
 * working day. Pure: the holidays come from the work calendar, passed in as local dates.
 */
import { HOUR_MS, addLocalDays, instantMs, localDate, localDateHourMs, localIso, localWeekday } from './time';
import type { ExpandShiftsInput, LocalDate, RosterShift, ShiftPattern } from './types';

interface PatternShift {
  label: string;
  startHour: number;
  hours: number;
}

function patternShifts(pattern: ShiftPattern): PatternShift[] {
  switch (pattern.code) {
    case '3x8': {
      const h = pattern.firstStartHour ?? 6;
      return [
        { label: 'Ca sáng', startHour: h, hours: 8 },
        { label: 'Ca chiều', startHour: h + 8, hours: 8 },
        { label: 'Ca đêm', startHour: h + 16, hours: 8 },
      ];
    }
    case '2x12': {
      const h = pattern.firstStartHour ?? 7;
      return [
        { label: 'Ca ngày', startHour: h, hours: 12 },
        { label: 'Ca đêm', startHour: h + 12, hours: 12 },
      ];
    }
    case 'day_only':
      return [{ label: 'Ca ngày', startHour: pattern.firstStartHour ?? 7, hours: pattern.dayHours ?? 10 }];
  }
}

const NIGHT_START_HOUR = 22;
const NIGHT_HOURS = 8;

/**
 * Night work is work between 22:00 and 06:00 (Labour Code 2019 art. 106). A shift counts as a night shift when at
 * least half of it, or at least half of that window, falls inside it — so 22–06 and 19–07 are night shifts, 14–22 is not.
 */
export function isNightShift(startMs: number, endMs: number): boolean {
  let overlap = 0;
  for (let day = localDate(startMs - 24 * HOUR_MS); day <= localDate(endMs); day = addLocalDays(day, 1)) {
    const ns = localDateHourMs(day, NIGHT_START_HOUR);
    const ne = ns + NIGHT_HOURS * HOUR_MS;
    overlap += Math.max(0, Math.min(endMs, ne) - Math.max(startMs, ns));
  }
  return overlap >= Math.min((endMs - startMs) / 2, (NIGHT_HOURS * HOUR_MS) / 2);
}

/**
 * The shifts of one place over a period, in time order. Each day's pattern starts on the local date; the first and
 * last shifts are clipped to the period so a round-the-clock pattern covers it exactly. Day-only patterns skip
 * weekends and holidays unless `includeDaysOff`. Ids are `placeId:date:index`, stable for re-solves.
 */
export function expandShifts(input: ExpandShiftsInput): RosterShift[] {
  const from = instantMs(input.from);
  const to = instantMs(input.to);
  if (to <= from) return [];
  const holidays = new Set<LocalDate>(input.holidays);
  const pattern = patternShifts(input.pattern);
  const skipDaysOff = input.pattern.code === 'day_only' && !input.pattern.includeDaysOff;
  const shifts: RosterShift[] = [];
  // Start a day early: the previous day's night shift may run into the period.
  for (let day = addLocalDays(localDate(from), -1); day <= localDate(to); day = addLocalDays(day, 1)) {
    const dayStart = localDateHourMs(day, 12);
    const isWeekend = [0, 6].includes(localWeekday(dayStart));
    const isHoliday = holidays.has(day);
    if (skipDaysOff && (isWeekend || isHoliday)) continue;
    pattern.forEach((p, index) => {
      const start = Math.max(from, localDateHourMs(day, p.startHour));
      const end = Math.min(to, localDateHourMs(day, p.startHour + p.hours));
      if (end <= start) return;
      shifts.push({
        id: `${input.placeId}:${day}:${index}`,
        placeId: input.placeId,
        start: localIso(start),
        end: localIso(end),
        label: p.label,
        isNight: isNightShift(localDateHourMs(day, p.startHour), localDateHourMs(day, p.startHour + p.hours)),
        isWeekend,
        isHoliday,
        requirements: input.requirements.map((r) => ({ ...r })),
      });
    });
  }
  return shifts;
}

/** Stretches of the period that no shift covers (a day-only pattern leaves nights; an edited pattern may leave holes). */
export function uncoveredIntervals(shifts: readonly RosterShift[], from: string, to: string): { start: string; end: string }[] {
  const spans = shifts.map((s) => [instantMs(s.start), instantMs(s.end)] as const).sort((a, b) => a[0] - b[0]);
  const holes: { start: string; end: string }[] = [];
  let cursor = instantMs(from);
  const end = instantMs(to);
  for (const [s, e] of spans) {
    if (s > cursor) holes.push({ start: localIso(cursor), end: localIso(Math.min(s, end)) });
    cursor = Math.max(cursor, e);
    if (cursor >= end) break;
  }
  if (cursor < end) holes.push({ start: localIso(cursor), end: localIso(end) });
  return holes.filter((h) => h.start < h.end);
}
