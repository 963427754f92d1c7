import { WEEKDAY_NAMES_VI, weekday, type DayInfo } from '@core/domain/calendar';
import {
  ZAddQuery,
  ZAddResult,
  ZCalendarDays,
  ZCountQuery,
  ZCountResult,
  ZDaysQuery,
  ZSchedule,
  ZScheduleCreate,
  ZScheduleParams,
  ZSchedules,
  ZScheduleUpdate,
} from '@core/schemas/calendar';
import type { z } from 'zod';
import type { Api, ModuleDeps } from '../../platform/http';
import { actorOf, metaOf } from '../../platform/http';
import { loadWorkCalendar, onCalendar } from './calendar.service';
import { lunarLabel } from './lunar-label';
import * as schedules from './schedules.service';

const tags = ['Lịch làm việc'];

function presentDay(d: DayInfo): z.infer<typeof ZCalendarDays>['items'][number] {
  return {
    date: d.date,
    working: d.working,
    ...(d.name === undefined ? {} : { name: d.name }),
    ...(d.kind === undefined ? {} : { kind: d.kind }),
    weekday: WEEKDAY_NAMES_VI[weekday(d.date)],
    lunar: lunarLabel(d.lunar),
  };
}

export function calendarRoutes(app: Api, { db }: ModuleDeps): void {
  app.get(
    '/api/calendar/days',
    {
      config: { access: 'calendar.read' },
      schema: { tags, summary: 'Lịch từng ngày: ngày làm việc, ngày lễ, ngày nghỉ bù, âm lịch', querystring: ZDaysQuery, response: { 200: ZCalendarDays } },
    },
    async (request) => {
      const calendar = await loadWorkCalendar(db);
      return { items: onCalendar('to', () => calendar.days(request.query.from, request.query.to)).map(presentDay) };
    },
  );

  app.get(
    '/api/calendar/add',
    {
      config: { access: 'calendar.read' },
      schema: {
        tags,
        summary: 'Cộng số ngày làm việc hoặc số ngày theo lịch vào một ngày (không tính ngày bắt đầu)',
        querystring: ZAddQuery,
        response: { 200: ZAddResult },
      },
    },
    async (request) => {
      const { from, days, unit } = request.query;
      const calendar = await loadWorkCalendar(db);
      return { date: onCalendar('days', () => (unit === 'working' ? calendar.addWorkingDays(from, days) : calendar.addCalendarDays(from, days))) };
    },
  );

  app.get(
    '/api/calendar/count',
    {
      config: { access: 'calendar.read' },
      schema: { tags, summary: 'Đếm số ngày làm việc sau ngày đầu đến hết ngày cuối', querystring: ZCountQuery, response: { 200: ZCountResult } },
    },
    async (request) => {
      const calendar = await loadWorkCalendar(db);
      return { workingDays: onCalendar('to', () => calendar.countWorkingDays(request.query.from, request.query.to)) };
    },
  );

  app.get(
    '/api/calendar/schedules',
    {
      config: { access: 'calendar.read' },
      schema: { tags, summary: 'Lịch nghỉ lễ, Tết được công bố: có sẵn và do quản trị viên nhập', response: { 200: ZSchedules } },
    },
    async (request) => ({ items: await schedules.listSchedules(db, actorOf(request)) }),
  );

  app.post(
    '/api/calendar/schedules',
    {
      config: { access: 'calendar.admin' },
      schema: { tags, summary: 'Nhập lịch nghỉ được công bố của một năm (kèm số văn bản)', body: ZScheduleCreate, response: { 201: ZSchedule } },
    },
    async (request, reply) => reply.code(201).send(await schedules.createSchedule(db, actorOf(request), request.body, metaOf(request))),
  );

  app.patch(
    '/api/calendar/schedules/:year',
    {
      config: { access: 'calendar.admin' },
      schema: { tags, summary: 'Sửa lịch nghỉ đã nhập của một năm (kèm version)', params: ZScheduleParams, body: ZScheduleUpdate, response: { 200: ZSchedule } },
    },
    async (request) => schedules.updateSchedule(db, actorOf(request), request.params.year, request.body, metaOf(request)),
  );
}
