import { sql } from 'kysely';
import { z } from 'zod';
import { ANNOUNCED_SCHEDULES, createWorkCalendar, type AnnouncedSchedule, type HolidayGroup, type WorkCalendar } from '@core/domain/calendar';
import { DAY_OFF_KINDS, HOLIDAY_GROUPS } from '@core/schemas/calendar';
import { isTrue, type Db, type Executor } from '../../db/database';
import type { HolidaySchedulesTable } from '../../db/schema';
import type { Selectable } from 'kysely';
import { AppError } from '../../platform/errors';

/**
 * The effective work calendar: the schedules shipped with tiepdan, where an administrator's schedule for a year
 * replaces every shipped schedule of that year (ARCHITECTURE.md, "The effective work calendar").
 *
 * Why replace rather than merge: a year's entered schedule is the whole announcement as the administrator read it,
 * so it must be able to drop a shipped day that turned out wrong; merging could only add. What the entered schedule
 * does not settle still falls back to the Labour Code defaults: either every occasion (replacesComputed = false,
 * except the occasions its days are tagged with) or none (replacesComputed = true).
 */

export type ScheduleRow = Selectable<HolidaySchedulesTable>;

const ZStoredDaysOff = z.array(
  z.object({ date: z.string(), name: z.string(), kind: z.enum(DAY_OFF_KINDS), group: z.enum(HOLIDAY_GROUPS).nullish() }),
);
const ZStoredWorkedDays = z.array(z.object({ date: z.string(), reason: z.string() }));

export interface StoredDayOff {
  date: string;
  name: string;
  kind: (typeof DAY_OFF_KINDS)[number];
  group: HolidayGroup | null;
}
export interface StoredWorkedDay {
  date: string;
  reason: string;
}

export function parseDaysOff(json: string): StoredDayOff[] {
  return ZStoredDaysOff.parse(JSON.parse(json)).map((d) => ({ ...d, group: d.group ?? null }));
}

export function parseWorkedDays(json: string): StoredWorkedDay[] {
  return ZStoredWorkedDays.parse(JSON.parse(json));
}

/** The occasions an entered schedule settles: those its days off are tagged with. */
export function coversOf(daysOff: readonly StoredDayOff[]): HolidayGroup[] {
  const groups = new Set(daysOff.flatMap((d) => (d.group ? [d.group] : [])));
  return HOLIDAY_GROUPS.filter((g) => groups.has(g));
}

/** An administrator-entered schedule as stored, in the application's terms. */
export interface EnteredFields {
  year: number;
  documentNumber: string;
  documentDate: string | null;
  issuer: string | null;
  replacesComputed: boolean;
  daysOff: StoredDayOff[];
  workedDays: StoredWorkedDay[];
}

export function toAnnounced(input: EnteredFields): AnnouncedSchedule {
  return {
    year: input.year,
    document: {
      number: input.documentNumber,
      ...(input.documentDate ? { date: input.documentDate } : {}),
      ...(input.issuer ? { issuer: input.issuer } : {}),
    },
    daysOff: input.daysOff.map(({ date, name, kind, group }) => ({ date, name, kind, ...(group ? { group } : {}) })),
    workedWeekendDays: input.workedDays.map(({ date, reason }) => ({ date, reason })),
    replacesComputed: input.replacesComputed,
    covers: coversOf(input.daysOff),
    confirmed: true,
  };
}

export function fieldsOf(row: ScheduleRow): EnteredFields {
  return {
    year: row.year,
    documentNumber: row.document_number,
    documentDate: row.document_date,
    issuer: row.issuer,
    replacesComputed: isTrue(row.replaces_computed),
    daysOff: parseDaysOff(row.days_off),
    workedDays: parseWorkedDays(row.worked_days),
  };
}

export const rowToAnnounced = (row: ScheduleRow): AnnouncedSchedule => toAnnounced(fieldsOf(row));

/** Shipped schedules minus the years an administrator entered, then the entered ones. */
export function effectiveSchedules(entered: readonly AnnouncedSchedule[]): AnnouncedSchedule[] {
  const years = new Set(entered.map((s) => s.year));
  return [...ANNOUNCED_SCHEDULES.filter((s) => !years.has(s.year)), ...entered];
}

interface Cached {
  key: string;
  calendar: WorkCalendar;
}

// One entry per database: tests run several apps in one process.
const cache = new WeakMap<Db, Cached>();

/**
 * A fingerprint of holiday_schedules that changes with every insert, update or delete: count and max(id) catch
 * inserts and deletes, sum(version) grows by one with every update, whatever the clocks of several instances say.
 */
async function fingerprint(k: Executor): Promise<string> {
  const r = await k
    .selectFrom('holiday_schedules')
    .select((e) => [
      e.fn.countAll<number>().as('n'),
      e.fn.max('id').as('maxId'),
      e.fn.coalesce(e.fn.sum<number>('version'), sql<number>`0`).as('versions'),
      e.fn.max('updated_at').as('lastUpdate'),
    ])
    .executeTakeFirst();
  return [r?.n, r?.maxId, r?.versions, r?.lastUpdate].map((v) => String(v ?? '')).join('|');
}

/** The effective work calendar as `k` sees holiday_schedules now: inside a transaction that changed them, its own rows. */
export async function readWorkCalendar(k: Executor): Promise<WorkCalendar> {
  const rows = await k.selectFrom('holiday_schedules').selectAll().orderBy('year').execute();
  return createWorkCalendar(effectiveSchedules(rows.map(rowToAnnounced)));
}

/**
 * The effective work calendar, rebuilt only when holiday_schedules changed. The one cheap fingerprint query per
 * call keeps every instance behind a load balancer current without any cross-instance signalling; the calendar
 * object itself caches the year tables it has built, which is where the time goes.
 */
export async function loadWorkCalendar(db: Db): Promise<WorkCalendar> {
  const key = await fingerprint(db.kysely);
  const cached = cache.get(db);
  if (cached && cached.key === key) return cached.calendar;
  const calendar = await readWorkCalendar(db.kysely);
  cache.set(db, { key, calendar });
  return calendar;
}

/**
 * Runs calendar arithmetic, turning a walk past the supported years (the lunar tables stop at 2100) into a 400
 * naming the field instead of a 500.
 */
export function onCalendar<T>(field: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof RangeError) {
      const message = 'Kết quả vượt ra ngoài khoảng năm 1900–2100 mà lịch hỗ trợ';
      throw new AppError('VALIDATION_FAILED', `Dữ liệu gửi lên không hợp lệ. Trường «${field}»: ${message}.`, { [field]: message });
    }
    throw error;
  }
}
