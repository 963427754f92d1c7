import { ZDeadlineCompute, ZDeadlineResult, ZRulesListing, ZRulesQuery } from '@core/schemas/deadlines';
import type { Api, ModuleDeps } from '../../platform/http';
import * as deadlines from './deadlines.service';

const tags = ['Thời hạn'];

export function deadlineRoutes(app: Api, { db }: ModuleDeps): void {
  app.post(
    '/api/deadlines/compute',
    {
      config: { access: 'calendar.read' },
      schema: {
        tags,
        summary: 'Tính thời hạn luật định theo lịch làm việc (phức tạp, vùng sâu vùng xa, gia hạn, tạm đình chỉ)',
        description: 'Quy tắc không cho phép (ví dụ gia hạn quá số lần) trả về 400 với code DEADLINE_RULE, reason là mã quy tắc.',
        body: ZDeadlineCompute,
        response: { 200: ZDeadlineResult },
      },
    },
    async (request) => deadlines.compute(db, request.body),
  );

  app.get(
    '/api/deadlines/rules',
    {
      config: { access: 'calendar.read' },
      schema: { tags, summary: 'Bảng thời hạn luật định đang áp dụng vào một ngày, kèm căn cứ pháp lý', querystring: ZRulesQuery, response: { 200: ZRulesListing } },
    },
    async (request) => deadlines.listRules(request.query.on ?? db.clock.today()),
  );
}
