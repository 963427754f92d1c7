import { ZIdParams } from '@core/schemas/common';
import { ZOfficer, ZOfficerCreate, ZOfficersQuery, ZOfficerUpdate, ZPageOf } from '@core/schemas/org';
import type { Api, ModuleDeps } from '../../platform/http';
import { actorOf, metaOf } from '../../platform/http';
import * as officers from './officers.service';

const tags = ['Cán bộ'];

export function officerRoutes(app: Api, { db }: ModuleDeps): void {
  app.get('/api/officers', { config: { access: 'org.read' }, schema: { tags, summary: 'Danh sách cán bộ (tìm theo tên không dấu)', querystring: ZOfficersQuery, response: { 200: ZPageOf(ZOfficer) } } }, async (request) =>
    officers.listOfficers(db, actorOf(request), request.query),
  );
  app.post('/api/officers', { config: { access: 'org.admin' }, schema: { tags, summary: 'Thêm cán bộ', body: ZOfficerCreate, response: { 201: ZOfficer } } }, async (request, reply) =>
    reply.code(201).send(await officers.createOfficer(db, actorOf(request), request.body, metaOf(request))),
  );
  app.patch('/api/officers/:id', { config: { access: 'org.admin' }, schema: { tags, summary: 'Sửa cán bộ (kèm version)', params: ZIdParams, body: ZOfficerUpdate, response: { 200: ZOfficer } } }, async (request) =>
    officers.updateOfficer(db, actorOf(request), request.params.id, request.body, metaOf(request)),
  );
}
