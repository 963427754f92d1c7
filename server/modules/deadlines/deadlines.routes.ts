import { ZDeadlineCompute, ZDeadlineResult, ZReadingParams, ZReadingSet, ZRulesListing, ZRulesQuery, ZStoredReading } from '@core/schemas/deadlines';
import type { Api, ModuleDeps } from '../../platform/http';
import { actorOf, metaOf } from '../../platform/http';
import * as deadlines from './deadlines.service';
import { setReading } from './readings.service';

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
      schema: {
        tags,
        summary: 'Bảng thời hạn luật định đang áp dụng vào một ngày, kèm căn cứ pháp lý, trạng thái xác minh và cách hiểu "ngày" do quản trị viên đặt',
        querystring: ZRulesQuery,
        response: { 200: ZRulesListing },
      },
    },
    async (request) => deadlines.listRules(db, actorOf(request), request.query.on ?? db.clock.today()),
  );

  app.put(
    '/api/deadlines/readings/:ruleSetId',
    {
      config: { access: 'calendar.admin' },
      schema: {
        tags,
        summary: 'Đặt cách hiểu "ngày" (ngày theo lịch hoặc ngày làm việc) cho thời hạn giải quyết của một bộ quy tắc, theo hướng dẫn của cơ quan thanh tra',
        description: 'Chỉ quản trị viên quản lý toàn bộ các đơn vị. version = 0 khi bộ quy tắc chưa có cách hiểu nào; sai phiên bản trả về 409.',
        params: ZReadingParams,
        body: ZReadingSet,
        response: { 200: ZStoredReading },
      },
    },
    async (request) => setReading(db, actorOf(request), request.params.ruleSetId, request.body, metaOf(request)),
  );
}
