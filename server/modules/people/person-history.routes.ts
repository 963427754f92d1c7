import { ZIdParams } from '@core/schemas/common';
import { ZPersonHistory } from '@core/schemas/person-history';
import type { Api, ModuleDeps } from '../../platform/http';
import { actorOf } from '../../platform/http';
import { personHistory } from './person-history.service';

export function personHistoryRoutes(app: Api, { db }: ModuleDeps): void {
  app.get(
    '/api/people/:id/history',
    {
      config: { access: 'people.read' },
      schema: {
        tags: ['Công dân'],
        summary: 'Lượt tiếp, đơn, vụ việc của công dân trong phạm vi của bạn, kèm cảnh báo (tiếp nhiều lần, đoàn đông người, vụ việc đang giải quyết ở đơn vị khác, đã giải quyết lần hai)',
        params: ZIdParams,
        response: { 200: ZPersonHistory },
      },
    },
    async (request) => personHistory(db, actorOf(request), request.params.id),
  );
}
