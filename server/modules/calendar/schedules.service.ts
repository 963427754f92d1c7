import type { z } from 'zod';
import { ANNOUNCED_SCHEDULES, createWorkCalendar, type AnnouncedSchedule } from '@core/domain/calendar';
import { scheduleProblems, type ZSchedule, type ZScheduleCreate, type ZScheduleUpdate } from '@core/schemas/calendar';
import { bool, type Db } from '../../db/database';
import { isWholeTreeAdmin, requireWholeTreeAdmin } from '../../platform/authority';
import type { Actor, RequestMeta } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { isUniqueViolation, updateVersioned } from '../../platform/versioned';
import { writeAudit } from '../audit/audit.repo';
import { recomputeRunningDues } from '../clocks/clocks.service';
import { coversOf, effectiveSchedules, fieldsOf, toAnnounced, type EnteredFields, type ScheduleRow } from './calendar.service';

type Schedule = z.infer<typeof ZSchedule>;

function presentShipped(s: AnnouncedSchedule, enteredYears: ReadonlySet<number>, canAdmin: boolean): Schedule {
  const superseded = enteredYears.has(s.year);
  const confirmed = s.confirmed !== false;
  return {
    source: 'shipped',
    year: s.year,
    applied: confirmed && !superseded,
    supersededBy: superseded ? 'entered' : null,
    confirmed,
    document: { number: s.document.number, date: s.document.date ?? null, issuer: s.document.issuer ?? null },
    covers: s.covers ?? [],
    replacesComputed: s.replacesComputed,
    daysOff: s.daysOff.map((d) => ({ date: d.date, name: d.name, kind: d.kind, group: d.group ?? null })),
    workedDays: s.workedWeekendDays.map((d) => ({ ...d })),
    note: s.note ?? null,
    sources: [...(s.sources ?? [])],
    version: null,
    updatedAt: null,
    // An administrator overrides a shipped year by entering that year's schedule.
    actions: canAdmin && !superseded ? ['override'] : [],
  };
}

function presentEntered(row: ScheduleRow, canAdmin: boolean): Schedule {
  const f = fieldsOf(row);
  return {
    source: 'entered',
    year: f.year,
    applied: true,
    supersededBy: null,
    confirmed: true,
    document: { number: f.documentNumber, date: f.documentDate, issuer: f.issuer },
    covers: coversOf(f.daysOff),
    replacesComputed: f.replacesComputed,
    daysOff: f.daysOff,
    workedDays: f.workedDays,
    note: null,
    sources: [],
    version: row.version,
    updatedAt: row.updated_at,
    actions: canAdmin ? ['edit'] : [],
  };
}

/** What the audit log keeps of an entered schedule: its content, not the caller's possible actions. */
function auditView(row: ScheduleRow): Omit<Schedule, 'actions'> {
  const { actions: _actions, ...content } = presentEntered(row, false);
  return content;
}

const sortDays = <T extends { date: string }>(days: readonly T[]): T[] => [...days].sort((a, b) => a.date.localeCompare(b.date));

/** Shipped and entered schedules by year, shipped first; `applied` says which ones the calendar uses. */
export async function listSchedules(db: Db, actor: Actor): Promise<Schedule[]> {
  const canAdmin = isWholeTreeAdmin(actor);
  const rows = await db.kysely.selectFrom('holiday_schedules').selectAll().orderBy('year').execute();
  const enteredYears = new Set(rows.map((r) => r.year));
  const items = [...ANNOUNCED_SCHEDULES.map((s) => presentShipped(s, enteredYears, canAdmin)), ...rows.map((r) => presentEntered(r, canAdmin))];
  // Stable sort: within a year the shipped ones keep their order and come before the entered one.
  return items.sort((a, b) => a.year - b.year || (a.source === b.source ? 0 : a.source === 'shipped' ? -1 : 1));
}

function validationError(problems: Record<string, string>): AppError {
  const [path, message] = Object.entries(problems)[0] ?? ['_', ''];
  return new AppError('VALIDATION_FAILED', `Dữ liệu gửi lên không hợp lệ. Trường «${path}»: ${message}.`, problems);
}

/** The schedule must also make a usable calendar together with the others (e.g. not a year without working days). */
function assertBuildsCalendar(f: EnteredFields): void {
  try {
    createWorkCalendar(effectiveSchedules([toAnnounced(f)])).specialDays(f.year);
  } catch (error) {
    if (error instanceof RangeError) throw validationError({ daysOff: `Lịch nghỉ không lập được lịch làm việc cho năm ${f.year}` });
    throw error;
  }
}

function duplicateYear(year: number): AppError {
  return new AppError('DUPLICATE', `Năm ${year} đã có lịch nghỉ do quản trị viên nhập; hãy sửa lịch đó thay vì nhập mới.`, {
    year: `Năm ${year} đã có lịch nghỉ được nhập`,
  });
}

const getRow = (db: Db, year: number) => db.kysely.selectFrom('holiday_schedules').selectAll().where('year', '=', year).executeTakeFirst();

/** The work calendar is every unit's: a schedule changes every due date in the tree, so only the root's administrator sets it. */
const ONLY_WHOLE_TREE = 'Lịch nghỉ, làm bù áp dụng cho mọi đơn vị: chỉ quản trị viên toàn hệ thống (vai trò quản trị tại đơn vị gốc) được nhập hoặc sửa.';

export async function createSchedule(db: Db, actor: Actor, input: z.infer<typeof ZScheduleCreate>, meta: RequestMeta): Promise<Schedule> {
  requireWholeTreeAdmin(actor, ONLY_WHOLE_TREE);
  if (await getRow(db, input.year)) throw duplicateYear(input.year);
  const f: EnteredFields = {
    year: input.year,
    documentNumber: input.documentNumber,
    documentDate: input.documentDate ?? null,
    issuer: input.issuer,
    replacesComputed: input.replacesComputed,
    daysOff: sortDays(input.daysOff.map((d) => ({ date: d.date, name: d.name, kind: d.kind, group: d.group ?? null }))),
    workedDays: sortDays(input.workedDays.map((d) => ({ date: d.date, reason: d.reason }))),
  };
  assertBuildsCalendar(f);
  const now = db.clock.nowIso();
  try {
    const row = await db.transaction(async (tx) => {
      const created = await tx
        .insertInto('holiday_schedules')
        .values({
          year: f.year,
          document_number: f.documentNumber,
          document_date: f.documentDate,
          issuer: f.issuer,
          days_off: JSON.stringify(f.daysOff),
          worked_days: JSON.stringify(f.workedDays),
          replaces_computed: bool(f.replacesComputed),
          created_at: now,
          updated_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await writeAudit(tx, db, meta, { action: 'holiday_schedule.created', entity: 'holiday_schedule', entityId: f.year, after: auditView(created) });
      await recomputeRunningDues(tx, db, meta, { entity: 'holiday_schedule', entityId: f.year });
      return created;
    });
    return presentEntered(row, isWholeTreeAdmin(actor));
  } catch (error) {
    // Two administrators entering the same year at once: the unique index decides.
    if (isUniqueViolation(error)) throw duplicateYear(input.year);
    throw error;
  }
}

export async function updateSchedule(db: Db, actor: Actor, year: number, input: z.infer<typeof ZScheduleUpdate>, meta: RequestMeta): Promise<Schedule> {
  requireWholeTreeAdmin(actor, ONLY_WHOLE_TREE);
  const before = await getRow(db, year);
  if (!before) throw new AppError('NOT_FOUND', `Năm ${year} chưa có lịch nghỉ do quản trị viên nhập.`);
  const old = fieldsOf(before);
  const f: EnteredFields = {
    year,
    documentNumber: input.documentNumber ?? old.documentNumber,
    documentDate: input.documentDate === undefined ? old.documentDate : input.documentDate,
    issuer: input.issuer === undefined ? old.issuer : input.issuer,
    replacesComputed: input.replacesComputed ?? old.replacesComputed,
    daysOff: input.daysOff ? sortDays(input.daysOff.map((d) => ({ date: d.date, name: d.name, kind: d.kind, group: d.group ?? null }))) : old.daysOff,
    workedDays: input.workedDays ? sortDays(input.workedDays.map((d) => ({ date: d.date, reason: d.reason }))) : old.workedDays,
  };
  // Checked on what the lists will be, in the order sent, so the field paths point at the rows the user sent.
  const problems = scheduleProblems({ year, daysOff: input.daysOff ?? old.daysOff, workedDays: input.workedDays ?? old.workedDays });
  if (Object.keys(problems).length > 0) throw validationError(problems);
  assertBuildsCalendar(f);
  const { after: row } = await db.transaction(async (tx) => {
    const changed = await updateVersioned(tx, db, meta, {
      table: 'holiday_schedules',
      id: before.id,
      version: input.version,
      set: {
        document_number: f.documentNumber,
        document_date: f.documentDate,
        issuer: f.issuer,
        replaces_computed: bool(f.replacesComputed),
        days_off: JSON.stringify(f.daysOff),
        worked_days: JSON.stringify(f.workedDays),
      },
      action: 'holiday_schedule.updated',
      entity: 'holiday_schedule',
      entityId: year,
      notFound: `Năm ${year} chưa có lịch nghỉ do quản trị viên nhập.`,
      auditView,
    });
    await recomputeRunningDues(tx, db, meta, { entity: 'holiday_schedule', entityId: year });
    return changed;
  });
  return presentEntered(row, isWholeTreeAdmin(actor));
}
