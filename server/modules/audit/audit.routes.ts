import { ZAuditEntry, ZAuditQuery } from '@core/schemas/audit';
import { ZPageOf } from '@core/schemas/org';
import type { Api, ModuleDeps } from '../../platform/http';
import { actorOf, metaOf } from '../../platform/http';
import { listAudit } from './audit.service';

export function auditRoutes(app: Api, { db }: ModuleDeps): void {
  app.get(
    '/api/audit',
    { config: { access: 'audit.read' }, schema: { tags: ['Nhật ký'], summary: 'Nhật ký thao tác trong phạm vi của người xem (chuỗi băm, không sửa được)', querystring: ZAuditQuery, response: { 200: ZPageOf(ZAuditEntry) } } },
    async (request) => listAudit(db, actorOf(request), request.query, metaOf(request)),
  );
}
