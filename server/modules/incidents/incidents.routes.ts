import { ZIdParams } from '@core/schemas/common';
import {
  ZBoard, ZDirectionBody, ZDispatchBody, ZDispatchParams, ZIncident, ZIncidentCreate, ZIncidentCreated, ZIncidentLinkBody, ZIncidentLinkParams, ZIncidentList, ZIncidentListQuery,
  ZIncidentStepBody, ZRule, ZTimeline, ZTimelineQuery, ZWardList, ZRuleBody, ZRuleList, ZWorkingGroup, ZWorkingGroupCreate, ZWorkingGroupList,
} from '@core/schemas/incidents';
import type { Api, ModuleDeps } from '../../platform/http';
import { actorOf, metaOf } from '../../platform/http';
import * as incidents from './incidents.service';

const tags = ['Sự việc, đoàn đông người'];

export function incidentRoutes(app: Api, { db }: ModuleDeps): void {
  app.post(
    '/api/incidents',
    { config: { access: 'incidents.write' }, schema: { tags, summary: 'Ghi nhận sự việc, đoàn đông người; cảnh báo ngay các đơn vị theo quy chế phối hợp', body: ZIncidentCreate, response: { 201: ZIncidentCreated } } },
    async (request, reply) => reply.code(201).send(await incidents.createIncident(db, actorOf(request), request.body, metaOf(request))),
  );
  app.get(
    '/api/incidents',
    { config: { access: 'incidents.read' }, schema: { tags, summary: 'Danh sách sự việc trong phạm vi (đơn vị ghi nhận hoặc phường nơi công dân cư trú)', querystring: ZIncidentListQuery, response: { 200: ZIncidentList } } },
    async (request) => ({ items: await incidents.listIncidents(db, actorOf(request), request.query) }),
  );
  app.get(
    '/api/incidents/board',
    { config: { access: 'incidents.read' }, schema: { tags, summary: 'Bảng theo dõi trực tiếp: sự việc đang xử lý, theo phường, số liệu hôm nay', response: { 200: ZBoard } } },
    async (request) => incidents.board(db, actorOf(request)),
  );
  app.get(
    '/api/incidents/timeline',
    { config: { access: 'incidents.read' }, schema: { tags, summary: 'Diễn biến theo thời gian của một khoảng (đợt cao điểm) để đánh giá: sự việc và các bước, tổ công tác, cảnh báo, chuyển tiếp và thời gian xác nhận', querystring: ZTimelineQuery, response: { 200: ZTimeline } } },
    async (request) => incidents.timeline(db, actorOf(request), request.query),
  );
  app.get(
    '/api/incidents/wards',
    { config: { access: 'incidents.read' }, schema: { tags, summary: 'Các phường, xã (nơi công dân cư trú) để chọn khi ghi nhận sự việc', response: { 200: ZWardList } } },
    async () => ({ items: await incidents.listWards(db) }),
  );
  app.get(
    '/api/incidents/:id',
    { config: { access: 'incidents.read' }, schema: { tags, summary: 'Một sự việc với các bước, chỉ đạo, tổ công tác', params: ZIdParams, response: { 200: ZIncident } } },
    async (request) => incidents.getIncident(db, actorOf(request), request.params.id),
  );
  app.post(
    '/api/incidents/:id/steps',
    { config: { access: 'incidents.write' }, schema: { tags, summary: 'Ghi bước xử lý tiếp theo (kết thúc cần tóm tắt kết quả)', params: ZIdParams, body: ZIncidentStepBody, response: { 200: ZIncident } } },
    async (request) => incidents.recordStep(db, actorOf(request), request.params.id, request.body, metaOf(request)),
  );
  app.post(
    '/api/incidents/:id/directions',
    { config: { access: 'incidents.write' }, schema: { tags, summary: 'Đề xuất hướng xử lý, hoặc ý kiến chỉ đạo của lãnh đạo gửi các đơn vị', params: ZIdParams, body: ZDirectionBody, response: { 200: ZIncident } } },
    async (request) => incidents.addDirection(db, actorOf(request), request.params.id, request.body, metaOf(request)),
  );
  app.post(
    '/api/incidents/:id/links',
    { config: { access: 'incidents.write' }, schema: { tags, summary: 'Liên kết sự việc với công dân, lượt tiếp, đơn hoặc vụ việc mà bạn được xem', params: ZIdParams, body: ZIncidentLinkBody, response: { 200: ZIncident } } },
    async (request) => incidents.linkRecord(db, actorOf(request), request.params.id, request.body, metaOf(request)),
  );
  app.delete(
    '/api/incidents/:id/links/:type/:linkId',
    { config: { access: 'incidents.write' }, schema: { tags, summary: 'Bỏ liên kết sự việc với một hồ sơ', params: ZIncidentLinkParams, response: { 200: ZIncident } } },
    async (request) => incidents.unlinkRecord(db, actorOf(request), request.params.id, request.params.type, request.params.linkId, metaOf(request)),
  );
  app.post(
    '/api/incidents/:id/dispatches',
    { config: { access: 'incidents.write' }, schema: { tags, summary: 'Cử Tổ công tác đến sự việc, với thời điểm dự kiến có mặt', params: ZIdParams, body: ZDispatchBody, response: { 200: ZIncident } } },
    async (request) => incidents.dispatchGroup(db, actorOf(request), request.params.id, request.body, metaOf(request)),
  );
  app.post(
    '/api/incidents/:id/dispatches/:dispatchId/arrive',
    { config: { access: 'incidents.write' }, schema: { tags, summary: 'Tổ công tác báo có mặt tại nơi xảy ra sự việc', params: ZDispatchParams, response: { 200: ZIncident } } },
    async (request) => incidents.checkIn(db, actorOf(request), request.params.id, request.params.dispatchId, metaOf(request)),
  );
  app.get(
    '/api/coordination-rules',
    { config: { access: 'incidents.read' }, schema: { tags, summary: 'Quy chế phối hợp: ai được thông báo, ai hành động, theo loại sự việc và bước', response: { 200: ZRuleList } } },
    async () => ({ items: await incidents.listRules(db) }),
  );
  app.put(
    '/api/coordination-rules/:id',
    { config: { access: 'org.admin' }, schema: { tags, summary: 'Sửa một quy tắc phối hợp (quản trị viên toàn hệ thống)', params: ZIdParams, body: ZRuleBody, response: { 200: ZRule } } },
    async (request) => incidents.updateRule(db, actorOf(request), request.params.id, request.body, metaOf(request)),
  );
  app.get(
    '/api/working-groups',
    { config: { access: 'incidents.read' }, schema: { tags, summary: 'Các Tổ công tác trong phạm vi', response: { 200: ZWorkingGroupList } } },
    async (request) => ({ items: await incidents.listGroups(db, actorOf(request)) }),
  );
  app.post(
    '/api/working-groups',
    { config: { access: 'incidents.write' }, schema: { tags, summary: 'Thành lập Tổ công tác của phường hoặc thành phố (một tổ trưởng)', body: ZWorkingGroupCreate, response: { 201: ZWorkingGroup } } },
    async (request, reply) => reply.code(201).send(await incidents.createGroup(db, actorOf(request), request.body, metaOf(request))),
  );
}
