import { ZQueues } from '@core/schemas/queues';
import type { Api, ModuleDeps } from '../../platform/http';
import { actorOf } from '../../platform/http';
import { queues } from './queues.service';

export function queueRoutes(app: Api, { db }: ModuleDeps): void {
  app.get(
    '/api/queues',
    { config: { access: 'session' }, schema: { tags: ['Hàng việc'], summary: 'Số việc đang chờ người dùng (theo quyền và phạm vi): đơn chờ phân loại, chờ xử lý, chuyển đến, quá hạn, cần đôn đốc; vụ việc chờ thụ lý, được giao, sắp đến hạn, quá hạn', response: { 200: ZQueues } } },
    async (request) => queues(db, actorOf(request)),
  );
}
