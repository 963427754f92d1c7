import { ZIdParams } from '@core/schemas/common';
import { ZListOf, ZUnitCreate, ZUnitMerge, ZUnitNode, ZUnitsQuery, ZUnitUpdate } from '@core/schemas/org';
import type { Api, ModuleDeps } from '../../platform/http';
import { actorOf, metaOf } from '../../platform/http';
import * as units from './units.service';

const tags = ['Đơn vị'];

export function unitRoutes(app: Api, { db }: ModuleDeps): void {
  app.get(
    '/api/units',
    { config: { access: 'org.read' }, schema: { tags, summary: 'Cây đơn vị trong phạm vi của người dùng', querystring: ZUnitsQuery, response: { 200: ZListOf(ZUnitNode) } } },
    async (request) => ({ items: await units.listUnitTree(db, actorOf(request), request.query) }),
  );
  app.post(
    '/api/units',
    { config: { access: 'org.admin' }, schema: { tags, summary: 'Thêm đơn vị', body: ZUnitCreate, response: { 201: ZUnitNode } } },
    async (request, reply) => reply.code(201).send(await units.createUnit(db, actorOf(request), request.body, metaOf(request))),
  );
  app.patch(
    '/api/units/:id',
    { config: { access: 'org.admin' }, schema: { tags, summary: 'Sửa đơn vị (kèm version)', params: ZIdParams, body: ZUnitUpdate, response: { 200: ZUnitNode } } },
    async (request) => units.updateUnit(db, actorOf(request), request.params.id, request.body, metaOf(request)),
  );
  app.post(
    '/api/units/merge',
    { config: { access: 'org.admin' }, schema: { tags, summary: 'Sáp nhập đơn vị: đóng các đơn vị cũ, mở đơn vị mới, giữ lịch sử', body: ZUnitMerge, response: { 201: ZUnitNode } } },
    async (request, reply) => reply.code(201).send(await units.mergeUnits(db, actorOf(request), request.body, metaOf(request))),
  );
}
