import { z } from 'zod';
import { ZIdParams } from '@core/schemas/common';
import { ZListOf } from '@core/schemas/org';
import {
  ZAssignment,
  ZAssignmentCreate,
  ZAssignmentUpdate,
  ZDutyNow,
  ZPeriod,
  ZPeriodCopy,
  ZPeriodCreate,
  ZPeriodList,
  ZPeriodUpdate,
  ZReadinessItem,
  ZReadinessUpdate,
  ZReceptionSession,
  ZReceptionSessionCreate,
  ZReceptionSessions,
  ZReceptionSessionsQuery,
  ZRoster,
  ZRosterQuery,
  ZSwap,
  ZSwapCreate,
  ZSwapDecision,
  ZTask,
  ZTaskCreate,
  ZTaskUpdate,
  ZUnavailabilityCreate,
} from '@core/schemas/periods';
import type { Api, ModuleDeps } from '../../platform/http';
import { actorOf, metaOf, noContent } from '../../platform/http';
import { setDutyDirectory } from '../alerts/duty-directory';
import { registerRosterJobs } from './duty-alerts';
import * as periods from './periods.service';
import { rosterDirectory } from './roster-directory';
import * as roster from './roster.service';
import * as exports from './roster-export';
import * as reception from './reception.service';

const tags = ['Đợt cao điểm và lịch trực'];

export function periodRoutes(app: Api, deps: ModuleDeps): void {
  const { db } = deps;
  // Alerts route "a role at a unit" to whoever the published roster has on duty (roster-directory.ts).
  setDutyDirectory(rosterDirectory);
  registerRosterJobs(app.alerts.jobs, db);
  app.get('/api/periods', { config: { access: 'periods.read' }, schema: { tags, summary: 'Các đợt cao điểm và lịch trực thường xuyên', response: { 200: ZPeriodList } } }, async (request) =>
    periods.listPeriods(db, actorOf(request)),
  );
  app.post('/api/periods', { config: { access: 'periods.write' }, schema: { tags, summary: 'Tạo đợt (kế hoạch, đơn vị, địa điểm trực, kiểu ca)', body: ZPeriodCreate, response: { 201: ZPeriod } } }, async (request, reply) =>
    reply.code(201).send(await periods.createPeriod(db, actorOf(request), request.body, metaOf(request))),
  );
  app.get('/api/periods/:id', { config: { access: 'periods.read' }, schema: { tags, summary: 'Một đợt với đơn vị, địa điểm và tiến độ nhiệm vụ', params: ZIdParams, response: { 200: ZPeriod } } }, async (request) =>
    periods.getPeriod(db, actorOf(request), request.params.id),
  );
  app.patch('/api/periods/:id', { config: { access: 'periods.write' }, schema: { tags, summary: 'Sửa đợt (kèm version)', params: ZIdParams, body: ZPeriodUpdate, response: { 200: ZPeriod } } }, async (request) =>
    periods.updatePeriod(db, actorOf(request), request.params.id, request.body, metaOf(request)),
  );
  app.post('/api/periods/:id/copy', { config: { access: 'periods.write' }, schema: { tags, summary: 'Tạo đợt mới bằng cách sao chép đợt này', params: ZIdParams, body: ZPeriodCopy, response: { 201: ZPeriod } } }, async (request, reply) =>
    reply.code(201).send(await periods.copyPeriod(db, actorOf(request), request.params.id, request.body, metaOf(request))),
  );

  app.get('/api/periods/:id/tasks', { config: { access: 'periods.read' }, schema: { tags, summary: 'Nhiệm vụ của các đơn vị trong kế hoạch', params: ZIdParams, response: { 200: ZListOf(ZTask) } } }, async (request) => ({
    items: await periods.listTasks(db, actorOf(request), request.params.id),
  }));
  app.post('/api/periods/:id/tasks', { config: { access: 'periods.write' }, schema: { tags, summary: 'Giao nhiệm vụ', params: ZIdParams, body: ZTaskCreate, response: { 201: ZTask } } }, async (request, reply) =>
    reply.code(201).send(await periods.createTask(db, actorOf(request), request.params.id, request.body, metaOf(request))),
  );
  app.patch('/api/tasks/:id', { config: { access: 'periods.read' }, schema: { tags, summary: 'Cập nhật nhiệm vụ (đơn vị được giao báo tiến độ; kèm version)', params: ZIdParams, body: ZTaskUpdate, response: { 200: ZTask } } }, async (request) =>
    periods.updateTask(db, actorOf(request), request.params.id, request.body, metaOf(request)),
  );
  app.get('/api/periods/:id/readiness', { config: { access: 'periods.read' }, schema: { tags, summary: 'Công tác chuẩn bị tại từng địa điểm', params: ZIdParams, response: { 200: ZListOf(ZReadinessItem) } } }, async (request) => ({
    items: await periods.listReadiness(db, actorOf(request), request.params.id),
  }));
  app.patch('/api/readiness/:id', { config: { access: 'periods.read' }, schema: { tags, summary: 'Xác nhận một mục chuẩn bị (kèm version)', params: ZIdParams, body: ZReadinessUpdate } }, async (request, reply) => {
    await periods.updateReadiness(db, actorOf(request), request.params.id, request.body, metaOf(request));
    return noContent(reply);
  });

  app.get('/api/periods/:id/roster', { config: { access: 'periods.read' }, schema: { tags, summary: 'Lịch trực của đợt và các ca còn thiếu người', params: ZIdParams, querystring: ZRosterQuery, response: { 200: ZRoster } } }, async (request) =>
    roster.getRoster(db, actorOf(request), request.params.id, request.query.placeId),
  );
  app.post('/api/periods/:id/roster/solve', { config: { access: 'periods.write' }, schema: { tags, summary: 'Xếp lịch trực tự động (giữ các ca đã ban hành)', params: ZIdParams, response: { 200: ZRoster } } }, async (request) =>
    roster.solvePeriod(db, actorOf(request), request.params.id, metaOf(request)),
  );
  app.post('/api/periods/:id/roster/publish', { config: { access: 'periods.write' }, schema: { tags, summary: 'Ban hành lịch trực (khóa lịch)', params: ZIdParams, response: { 200: ZRoster } } }, async (request) =>
    roster.publishRoster(db, actorOf(request), request.params.id, metaOf(request)),
  );
  app.post('/api/periods/:id/roster/assignments', { config: { access: 'periods.write' }, schema: { tags, summary: 'Xếp một người vào ca (kiểm tra quy tắc)', params: ZIdParams, body: ZAssignmentCreate, response: { 201: ZAssignment } } }, async (request, reply) =>
    reply.code(201).send(await roster.addAssignment(db, actorOf(request), request.params.id, request.body, metaOf(request))),
  );
  app.patch('/api/roster/assignments/:id', { config: { access: 'periods.write' }, schema: { tags, summary: 'Đổi người trực ca (trước khi ban hành; kèm version)', params: ZIdParams, body: ZAssignmentUpdate, response: { 200: ZAssignment } } }, async (request) =>
    roster.changeAssignment(db, actorOf(request), request.params.id, request.body, metaOf(request)),
  );
  app.delete('/api/roster/assignments/:id', { config: { access: 'periods.write' }, schema: { tags, summary: 'Gỡ người khỏi ca (trước khi ban hành)', params: ZIdParams } }, async (request, reply) => {
    await roster.removeAssignment(db, actorOf(request), request.params.id, metaOf(request));
    return noContent(reply);
  });
  app.post('/api/roster/assignments/:id/check-in', { config: { access: 'periods.read' }, schema: { tags, summary: 'Nhận ca', params: ZIdParams, response: { 200: ZAssignment } } }, async (request) =>
    roster.checkIn(db, actorOf(request), request.params.id, metaOf(request)),
  );
  app.post('/api/roster/assignments/:id/check-out', { config: { access: 'periods.read' }, schema: { tags, summary: 'Giao ca', params: ZIdParams, response: { 200: ZAssignment } } }, async (request) =>
    roster.checkOut(db, actorOf(request), request.params.id, metaOf(request)),
  );
  app.post('/api/roster/assignments/:id/swaps', { config: { access: 'periods.read' }, schema: { tags, summary: 'Đề nghị đổi ca', params: ZIdParams, body: ZSwapCreate, response: { 201: ZSwap } } }, async (request, reply) =>
    reply.code(201).send(await roster.requestSwap(db, actorOf(request), request.params.id, request.body, metaOf(request))),
  );
  app.post('/api/roster/swaps/:id/decision', { config: { access: 'periods.write' }, schema: { tags, summary: 'Duyệt hoặc từ chối đề nghị đổi ca', params: ZIdParams, body: ZSwapDecision, response: { 200: ZSwap } } }, async (request) =>
    roster.decideSwap(db, actorOf(request), request.params.id, request.body, metaOf(request)),
  );
  app.post('/api/roster/unavailability', { config: { access: 'periods.write' }, schema: { tags, summary: 'Khai báo nghỉ phép, nghỉ bù, bận', body: ZUnavailabilityCreate, response: { 201: z.object({ id: z.number().int() }) } } }, async (request, reply) =>
    reply.code(201).send(await roster.addUnavailability(db, actorOf(request), request.body, metaOf(request))),
  );
  app.get('/api/duty/now', { config: { access: 'periods.read' }, schema: { tags, summary: 'Ai đang trực lúc này tại từng địa điểm (kèm số điện thoại)', response: { 200: ZDutyNow } } }, async (request) =>
    roster.dutyNow(db, actorOf(request)),
  );
  app.get('/api/reception-sessions', { config: { access: 'periods.read' }, schema: { tags, summary: 'Lịch lãnh đạo tiếp công dân của một đơn vị trong tháng (định kỳ và đột xuất)', querystring: ZReceptionSessionsQuery, response: { 200: ZReceptionSessions } } }, async (request) =>
    reception.listSessions(db, actorOf(request), request.query),
  );
  app.post('/api/reception-sessions', { config: { access: 'periods.write' }, schema: { tags, summary: 'Lên lịch một buổi lãnh đạo tiếp công dân', body: ZReceptionSessionCreate, response: { 201: ZReceptionSession } } }, async (request, reply) =>
    reply.code(201).send(await reception.createSession(db, actorOf(request), request.body, metaOf(request))),
  );
  app.get('/api/periods/:id/roster.docx', { config: { access: 'periods.read' }, schema: { tags, summary: 'Lịch trực tiếp công dân (Word, thể thức NĐ 30/2020)', params: ZIdParams } }, async (request, reply) => {
    const file = await exports.rosterDocx(deps, actorOf(request), request.params.id, metaOf(request));
    return reply.header('content-type', file.type).header('content-disposition', file.disposition).send(file.bytes);
  });
  app.get('/api/periods/:id/roster.xlsx', { config: { access: 'periods.read' }, schema: { tags, summary: 'Lịch trực tiếp công dân (Excel)', params: ZIdParams } }, async (request, reply) => {
    const file = await exports.rosterXlsx(deps, actorOf(request), request.params.id, metaOf(request));
    return reply.header('content-type', file.type).header('content-disposition', file.disposition).send(file.bytes);
  });
}
