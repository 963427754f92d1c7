import { ZIdParams } from '@core/schemas/common';
import { ZScreeningCurrent, ZScreeningDaily, ZScreeningDailyQuery, ZVisitScreening } from '@core/schemas/health';
import type { Api, ModuleDeps } from '../../platform/http';
import { actorOf } from '../../platform/http';
import * as health from './health.service';

const tags = ['Sàng lọc y tế'];

export function healthScreeningRoutes(app: Api, { db }: ModuleDeps): void {
  app.get(
    '/api/health-screening/current',
    { config: { access: 'reception.read' }, schema: { tags, summary: 'Sàng lọc y tế đang áp dụng cho đơn vị làm việc: vùng có dịch và câu hỏi khi tiếp (null: không sàng lọc)', response: { 200: ZScreeningCurrent } } },
    async (request) => health.currentScreening(db, actorOf(request)),
  );
  app.get(
    '/api/visits/:id/screening',
    { config: { access: 'reception.read' }, schema: { tags, summary: 'Kết quả sàng lọc y tế của một lượt tiếp', params: ZIdParams, response: { 200: ZVisitScreening } } },
    async (request) => health.visitScreening(db, actorOf(request), request.params.id),
  );
  app.get(
    '/api/periods/:id/screening/daily',
    { config: { access: 'periods.read' }, schema: { tags, summary: 'Số lượt tiếp được sàng lọc và số có người từ vùng có dịch, theo ngày (cho báo cáo hằng ngày)', params: ZIdParams, querystring: ZScreeningDailyQuery, response: { 200: ZScreeningDaily } } },
    async (request) => health.dailyCounts(db, actorOf(request), request.params.id, request.query),
  );
}
