import type { z } from 'zod';
import { ZAuditEntry, ZAuditQuery } from '@core/schemas/audit';
import { ZPageOf } from '@core/schemas/org';
import type { Api, ModuleDeps } from '../../platform/http';
import { vnDayStartIso } from '../../platform/dates';
import { metaOf } from '../../platform/http';
import { writeAudit } from './audit.repo';

export function auditRoutes(app: Api, { db }: ModuleDeps): void {
  app.get(
    '/api/audit',
    { config: { access: 'audit.read' }, schema: { tags: ['Nhật ký'], summary: 'Nhật ký thao tác (chuỗi băm, không sửa được)', querystring: ZAuditQuery, response: { 200: ZPageOf(ZAuditEntry) } } },
    async (request) => {
      const q: z.infer<typeof ZAuditQuery> = request.query;
      let query = db.kysely.selectFrom('audit_log');
      if (q.actor) query = query.where('actor_name', '=', q.actor);
      if (q.action) query = query.where('action', '=', q.action);
      if (q.entity) query = query.where('entity', '=', q.entity);
      if (q.entityId) query = query.where('entity_id', '=', q.entityId);
      // Dates are days in Vietnam: 'to' includes the whole day.
      if (q.from) query = query.where('at', '>=', vnDayStartIso(q.from));
      if (q.to) query = query.where('at', '<', vnDayStartIso(q.to, 1));
      // The log holds citizens' data in its before/after columns: looking at it is itself recorded.
      await db.transaction((tx) => writeAudit(tx, db, metaOf(request), { action: 'audit.viewed', entity: 'audit', after: q }));
      const [rows, count] = await Promise.all([
        query.selectAll().orderBy('id', 'desc').limit(q.pageSize).offset((q.page - 1) * q.pageSize).execute(),
        query.select((e) => e.fn.countAll<number>().as('n')).executeTakeFirst(),
      ]);
      return {
        total: Number(count?.n ?? 0),
        items: rows.map((r) => ({
          id: r.id,
          at: r.at,
          actorId: r.actor_id,
          actorName: r.actor_name,
          ip: r.ip,
          action: r.action,
          entity: r.entity,
          entityId: r.entity_id,
          before: r.before ? (JSON.parse(r.before) as unknown) : null,
          after: r.after ? (JSON.parse(r.after) as unknown) : null,
        })),
      };
    },
  );
}
