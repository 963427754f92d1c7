import { z } from 'zod';
import { isIsoDate, weekday, type HolidayGroup } from '../domain/calendar';
import { ZActions, ZIsoDate, ZOptionalText, ZStr, ZText, ZVersion } from './common';

/** Longest span /api/calendar/days lists at once: a year and a margin either side. */
export const MAX_DAYS_RANGE = 400;
export const MAX_ADD_DAYS = 3650;

export const HOLIDAY_GROUPS = ['new-year', 'tet', 'hung-kings', 'victory', 'labour', 'national-day'] as const satisfies readonly HolidayGroup[];
export const ZHolidayGroup = z.enum(HOLIDAY_GROUPS);
export const DAY_OFF_KINDS = ['holiday', 'compensatory', 'bridge'] as const;
export const ZDayOffKind = z.enum(DAY_OFF_KINDS);

const dayNumber = (d: string): number => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86_400_000;
const viDate = (d: string): string => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

// ---------------------------------------------------------------- reading the calendar

export const ZDaysQuery = z
  .object({
    from: ZIsoDate.describe('Ngày đầu (YYYY-MM-DD)'),
    to: ZIsoDate.describe(`Ngày cuối, tính cả ngày này; tối đa ${MAX_DAYS_RANGE} ngày kể cả ngày đầu`),
  })
  .superRefine((q, ctx) => {
    const span = dayNumber(q.to) - dayNumber(q.from);
    if (span < 0) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Ngày cuối phải sau hoặc trùng ngày đầu' });
    else if (span >= MAX_DAYS_RANGE) ctx.addIssue({ code: 'custom', path: ['to'], message: `Mỗi lần chỉ xem được tối đa ${MAX_DAYS_RANGE} ngày` });
  });

export const ZLunarDate = z.object({
  day: z.number().int(),
  month: z.number().int(),
  year: z.number().int(),
  leap: z.boolean(),
  yearName: z.string().describe('Năm Can Chi, ví dụ "Bính Ngọ"'),
  label: z.string().describe('Ví dụ "Mùng 1 tháng Giêng năm Bính Ngọ"'),
  short: z.string().describe('Ví dụ "10/3 Bính Ngọ"'),
});

export const ZDayKind = z.enum(['weekend', 'holiday', 'compensatory', 'bridge', 'worked-weekend']);

export const ZCalendarDay = z.object({
  date: z.string(),
  working: z.boolean(),
  name: z
    .string()
    .optional()
    .describe(
      'Tên ngày lễ, ngày nghỉ bù, lý do làm bù; với ngày cuối tuần là tên thứ, hoặc tên kỳ nghỉ khi ngày đó nằm trong một kỳ nghỉ lễ, Tết liền mạch, ví dụ "Nghỉ Tết Nguyên đán (trùng ngày nghỉ hằng tuần)"',
    ),
  kind: ZDayKind.optional().describe('weekend: ngày nghỉ hằng tuần, kể cả khi nằm trong kỳ nghỉ lễ, Tết (không phải ngày lễ, không được nghỉ bù)'),
  weekday: z.string().describe('Tên thứ bằng tiếng Việt'),
  lunar: ZLunarDate,
});
export const ZCalendarDays = z.object({ items: z.array(ZCalendarDay) });

const ZDayCount = ZStr('Số ngày')
  .regex(/^\d{1,4}$/, `Số ngày phải là số nguyên từ 0 đến ${MAX_ADD_DAYS}`)
  .transform(Number)
  .pipe(z.number().int().max(MAX_ADD_DAYS, `Số ngày phải là số nguyên từ 0 đến ${MAX_ADD_DAYS}`));

export const ZAddQuery = z.object({
  from: ZIsoDate.describe('Ngày bắt đầu (không tính ngày này)'),
  days: ZDayCount.describe(`Số ngày cộng thêm, 0–${MAX_ADD_DAYS}`),
  unit: z
    .enum(['working', 'calendar'], 'Đơn vị phải là working (ngày làm việc) hoặc calendar (ngày theo lịch)')
    .default('working')
    .describe('working: ngày làm việc; calendar: ngày theo lịch, hết hạn vào ngày nghỉ thì lùi sang ngày làm việc kế tiếp (Điều 148 BLDS 2015)'),
});
export const ZAddResult = z.object({ date: z.string() });

export const ZCountQuery = z.object({
  from: ZIsoDate.describe('Không tính ngày này'),
  to: ZIsoDate.describe('Tính cả ngày này'),
});
export const ZCountResult = z.object({ workingDays: z.number().int().describe('Số ngày làm việc trong khoảng (from, to]; âm khi to trước from') });

// ---------------------------------------------------------------- announced holiday schedules

export const ZScheduleDayOff = z.object({
  date: ZIsoDate,
  name: ZText(200, 'Tên ngày nghỉ'),
  kind: ZDayOffKind,
  group: ZHolidayGroup.nullish().describe('Dịp lễ mà ngày này thuộc về; lịch có ngày thuộc một dịp thì thay toàn bộ ngày tính sẵn của dịp đó'),
});
export const ZScheduleWorkedDay = z.object({
  date: ZIsoDate,
  reason: ZText(200, 'Lý do làm bù'),
});

const MAX_SCHEDULE_DAYS = 60;
const ZDaysOffList = z.array(ZScheduleDayOff).min(1, 'Cần ít nhất một ngày nghỉ').max(MAX_SCHEDULE_DAYS, `Tối đa ${MAX_SCHEDULE_DAYS} ngày nghỉ`);
const ZWorkedDaysList = z.array(ZScheduleWorkedDay).max(MAX_SCHEDULE_DAYS, `Tối đa ${MAX_SCHEDULE_DAYS} ngày làm bù`);

export const ZScheduleYear = z.number().int('Năm phải là số nguyên').min(1900, 'Năm phải từ 1900 đến 2100').max(2100, 'Năm phải từ 1900 đến 2100');

export const ZScheduleParams = z.object({
  year: ZStr('Năm')
    .regex(/^\d{4}$/, 'Năm gồm 4 chữ số')
    .transform(Number)
    .pipe(ZScheduleYear),
});

interface ScheduleDays {
  year: number;
  daysOff: readonly { date: string }[];
  workedDays: readonly { date: string }[];
}

/**
 * The rules a schedule's days must keep, keyed by field path: each date in the schedule's year, no date twice,
 * no date both off and worked, worked days on a Saturday or Sunday. Shared by the form and the server.
 */
export function scheduleProblems(s: ScheduleDays): Record<string, string> {
  const problems: Record<string, string> = {};
  const offSeen = new Map<string, number>();
  s.daysOff.forEach((d, i) => {
    if (!isIsoDate(d.date)) return;
    const path = `daysOff.${i}.date`;
    if (Number(d.date.slice(0, 4)) !== s.year) problems[path] = `Ngày ${viDate(d.date)} không thuộc năm ${s.year}`;
    else if (offSeen.has(d.date)) problems[path] = `Ngày ${viDate(d.date)} đã có ở dòng ${(offSeen.get(d.date) ?? 0) + 1} của danh sách ngày nghỉ`;
    else offSeen.set(d.date, i);
  });
  const workedSeen = new Set<string>();
  s.workedDays.forEach((d, i) => {
    if (!isIsoDate(d.date)) return;
    const path = `workedDays.${i}.date`;
    const w = weekday(d.date);
    if (Number(d.date.slice(0, 4)) !== s.year) problems[path] = `Ngày ${viDate(d.date)} không thuộc năm ${s.year}`;
    else if (offSeen.has(d.date)) problems[path] = `Ngày ${viDate(d.date)} vừa là ngày nghỉ vừa là ngày làm bù`;
    else if (w !== 0 && w !== 6) problems[path] = `Ngày ${viDate(d.date)} không phải thứ Bảy hoặc Chủ nhật; chỉ ngày cuối tuần mới là ngày làm bù`;
    else if (workedSeen.has(d.date)) problems[path] = `Ngày ${viDate(d.date)} bị lặp trong danh sách ngày làm bù`;
    workedSeen.add(d.date);
  });
  return problems;
}

export const ZScheduleCreate = z
  .object({
    year: ZScheduleYear,
    documentNumber: ZText(100, 'Số văn bản').describe('Số hiệu văn bản thông báo lịch nghỉ, ví dụ "9441/TB-BNV"'),
    documentDate: ZIsoDate.nullish(),
    issuer: ZOptionalText(200, 'Cơ quan ban hành'),
    replacesComputed: z
      .boolean()
      .default(false)
      .describe('true: chỉ các ngày nghỉ liệt kê có hiệu lực trong năm (bỏ toàn bộ ngày lễ tính sẵn); false: các dịp không được nêu vẫn tính theo Bộ luật Lao động'),
    daysOff: ZDaysOffList,
    workedDays: ZWorkedDaysList.default([]),
  })
  .superRefine((s, ctx) => {
    for (const [path, message] of Object.entries(scheduleProblems(s))) ctx.addIssue({ code: 'custom', path: path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), message });
  });

export const ZScheduleUpdate = z.object({
  version: ZVersion,
  documentNumber: ZText(100, 'Số văn bản').optional(),
  documentDate: ZIsoDate.nullish(),
  issuer: ZOptionalText(200, 'Cơ quan ban hành').optional(),
  replacesComputed: z.boolean().optional(),
  daysOff: ZDaysOffList.optional(),
  workedDays: ZWorkedDaysList.optional(),
});

export const ZSchedule = z.object({
  source: z.enum(['shipped', 'entered']).describe('shipped: có sẵn trong phần mềm; entered: quản trị viên nhập'),
  year: z.number().int(),
  applied: z.boolean().describe('Lịch này đang được dùng để tính ngày làm việc'),
  supersededBy: z.enum(['entered']).nullable().describe('Lịch có sẵn bị thay bởi lịch quản trị viên nhập cho cùng năm'),
  confirmed: z.boolean(),
  document: z.object({ number: z.string(), date: z.string().nullable(), issuer: z.string().nullable() }),
  covers: z.array(ZHolidayGroup).describe('Các dịp lễ lịch này quyết định thay cho ngày tính sẵn'),
  replacesComputed: z.boolean(),
  daysOff: z.array(z.object({ date: z.string(), name: z.string(), kind: ZDayOffKind, group: ZHolidayGroup.nullable() })),
  workedDays: z.array(z.object({ date: z.string(), reason: z.string() })),
  note: z.string().nullable(),
  sources: z.array(z.string()),
  version: z.number().int().nullable(),
  updatedAt: z.string().nullable(),
  actions: ZActions,
});
export const ZSchedules = z.object({ items: z.array(ZSchedule) });
