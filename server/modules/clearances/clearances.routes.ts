import { ZIdParams } from '@core/schemas/common';
import { ZClearance, ZClearanceGrant, ZClearanceList, ZClearanceQuery } from '@core/schemas/sealing';
import type { Api, ModuleDeps } from '../../platform/http';
import { actorOf, metaOf } from '../../platform/http';
import * as clearances from './clearances.service';

const tags = ['Bảo mật người tố cáo'];

/** Only a leader holds 'identity.clear'; the service also requires him to head the record's own unit. */
export function clearanceRoutes(app: Api, { db }: ModuleDeps): void {
  app.get(
    '/api/clearances',
    { config: { access: 'identity.clear' }, schema: { tags, summary: 'Những người được cho phép xem danh tính người tố cáo trong một hồ sơ', querystring: ZClearanceQuery, response: { 200: ZClearanceList } } },
    async (request) => ({ items: await clearances.listClearances(db, actorOf(request), { type: request.query.subjectType, id: request.query.subjectId }) }),
  );
  app.post(
    '/api/clearances',
    { config: { access: 'identity.clear' }, schema: { tags, summary: 'Thủ trưởng đơn vị cho phép một cán bộ xem danh tính người tố cáo (ghi nhật ký)', body: ZClearanceGrant, response: { 201: ZClearance } } },
    async (request, reply) => reply.code(201).send(await clearances.grantClearance(db, actorOf(request), request.body, metaOf(request))),
  );
  app.post(
    '/api/clearances/:id/revoke',
    { config: { access: 'identity.clear' }, schema: { tags, summary: 'Thu hồi việc cho phép (ghi nhật ký)', params: ZIdParams, response: { 200: ZClearance } } },
    async (request) => clearances.revokeClearance(db, actorOf(request), request.params.id, metaOf(request)),
  );
}
