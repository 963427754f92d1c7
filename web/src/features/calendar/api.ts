/**
 * The work calendar, announced schedules and legal deadlines as the web app reads them. Shapes are the server's
 * zod schemas taken as types only (no zod at run time in this chunk).
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZCalendarDay, ZSchedule, ZScheduleCreate, ZScheduleUpdate } from '@core/schemas/calendar';
import type { ZDeadlineCompute, ZDeadlineResult, ZReadingSet, ZRuleRow, ZRulesListing, ZStoredReading } from '@core/schemas/deadlines';
import type { DayOffKind, HolidayGroup } from '@core/domain/calendar/types';
import { api } from '../../lib/api';

export type CalendarDay = z.output<typeof ZCalendarDay>;
export type Schedule = z.output<typeof ZSchedule>;
export type ScheduleCreate = z.input<typeof ZScheduleCreate>;
export type ScheduleUpdate = z.input<typeof ZScheduleUpdate>;
export type DeadlineInput = z.input<typeof ZDeadlineCompute>;
export type DeadlineResult = z.output<typeof ZDeadlineResult>;
export type RuleRow = z.output<typeof ZRuleRow>;
export type RulesListing = z.output<typeof ZRulesListing>;
export type ReadingSet = z.input<typeof ZReadingSet>;
export type StoredReading = z.output<typeof ZStoredReading>;
export type DeadlineState = NonNullable<DeadlineResult['state']>;
export type ScheduleDayOffKind = Exclude<DayOffKind, 'weekend'>;
export type { HolidayGroup };

// The lists of core/schemas/calendar.ts, repeated here so that the form needs no zod at run time.
export const DAY_OFF_KINDS: readonly ScheduleDayOffKind[] = ['holiday', 'compensatory', 'bridge'];
export const HOLIDAY_GROUPS: readonly HolidayGroup[] = ['new-year', 'tet', 'hung-kings', 'victory', 'labour', 'national-day'];
/** The server lists at most 400 days at once; a month grid needs 42. */
export const MAX_ADD_DAYS = 3650;

export const SCHEDULES_KEY = ['calendar', 'schedules'] as const;

export function useCalendarDays(from: string, to: string) {
  return useQuery({
    queryKey: ['calendar', 'days', from, to],
    queryFn: ({ signal }) => api.get<{ items: CalendarDay[] }>('/api/calendar/days', { from, to }, signal),
    select: (d) => d.items,
    // Holidays change only when an administrator enters a schedule (which invalidates this); keep months cached.
    staleTime: 10 * 60_000,
    placeholderData: keepPreviousData,
  });
}

export function useSchedules() {
  return useQuery({
    queryKey: SCHEDULES_KEY,
    queryFn: ({ signal }) => api.get<{ items: Schedule[] }>('/api/calendar/schedules', undefined, signal),
    select: (d) => d.items,
  });
}

export const RULES_KEY = ['deadlines', 'rules'] as const;

export function useRules(on: string) {
  return useQuery({
    queryKey: [...RULES_KEY, on],
    queryFn: ({ signal }) => api.get<RulesListing>('/api/deadlines/rules', { on }, signal),
    staleTime: 10 * 60_000,
    placeholderData: keepPreviousData,
  });
}
