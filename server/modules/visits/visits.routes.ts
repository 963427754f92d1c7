import { ZIdParams } from '@core/schemas/common';
import { ZVisit, ZVisitCreate, ZVisitExportQuery, ZVisitList, ZVisitListQuery } from '@core/schemas/visits';
import type { Api, ModuleDeps } from '../../platform/http';
import { actorOf, metaOf } from '../../platform/http';
import { idempotencyKeyOf } from '../idempotency/idempotency';
import { xlsxRoute } from '../records/xlsx';
import * as visits from './visits.service';

const tags = ['Tiếp công dân'];

export function visitRoutes(app: Api, deps: ModuleDeps): void {
  app.post(
    '/api/visits',
    {
      config: { access: 'reception.write' },
      schema: {
        tags,
        summary: 'Ghi sổ tiếp công dân (một người hoặc đoàn); tiếp nhận đơn thì đơn được vào sổ cùng lúc. Gửi lại với cùng tiêu đề Idempotency-Key không tạo hai lần',
        body: ZVisitCreate,
        response: { 201: ZVisit },
      },
    },
    async (request, reply) => reply.code(201).send(await visits.createVisit(deps, actorOf(request), request.body, metaOf(request), idempotencyKeyOf(request))),
  );
  app.get(
    '/api/visits',
    { config: { access: 'reception.read' }, schema: { tags, summary: 'Sổ tiếp công dân của các đơn vị trong phạm vi của bạn, mới nhất trước', querystring: ZVisitListQuery, response: { 200: ZVisitList } } },
    async (request) => visits.listVisits(deps.db, actorOf(request), request.query),
  );
  xlsxRoute(app, '/api/visits/export.xlsx', { access: 'reception.read', tags, summary: 'Sổ tiếp công dân (cùng bộ lọc) dạng Excel .xlsx, tối đa 5.000 dòng; lượt xuất được ghi nhật ký', querystring: ZVisitExportQuery }, (request) =>
    visits.exportVisits(deps.db, actorOf(request), request.query, metaOf(request)),
  );
  app.get(
    '/api/visits/:id',
    { config: { access: 'reception.read' }, schema: { tags, summary: 'Một lượt tiếp (lượt xem được ghi nhật ký); người tố cáo chỉ hiện với người được cho phép', params: ZIdParams, response: { 200: ZVisit } } },
    async (request) => visits.getVisit(deps, actorOf(request), request.params.id, metaOf(request)),
  );
}
