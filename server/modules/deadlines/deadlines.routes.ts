import type { FastifyReply } from 'fastify';
import { DeadlineRuleError } from '@core/domain/deadlines';
import { ERROR_CATALOGUE, type ApiErrorBody } from '@core/errors';
import { ZDeadlineCompute, ZDeadlineResult, ZRulesListing, ZRulesQuery } from '@core/schemas/deadlines';
import type { Api, ModuleDeps } from '../../platform/http';
import * as deadlines from './deadlines.service';

const tags = ['Thời hạn'];

/**
 * A request the statutory rules refuse: 400 DEADLINE_RULE with the rule's own Vietnamese sentence, the rule's code
 * in `reason` (so a client can react to TOO_MANY_EXTENSIONS without parsing text) and the field it is about.
 */
function refuse(reply: FastifyReply, e: DeadlineRuleError, dateField: string) {
  const body: ApiErrorBody & { reason: string } = {
    code: 'DEADLINE_RULE',
    message: e.message,
    reason: e.code,
    fields: { [deadlines.fieldOfRuleError(e, dateField)]: e.message },
  };
  return reply.code(ERROR_CATALOGUE.DEADLINE_RULE.status).send(body);
}

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
    async (request, reply) => {
      try {
        return await deadlines.compute(db, request.body);
      } catch (error) {
        if (error instanceof DeadlineRuleError) return refuse(reply, error, 'startedOn');
        throw error;
      }
    },
  );

  app.get(
    '/api/deadlines/rules',
    {
      config: { access: 'calendar.read' },
      schema: { tags, summary: 'Bảng thời hạn luật định đang áp dụng vào một ngày, kèm căn cứ pháp lý', querystring: ZRulesQuery, response: { 200: ZRulesListing } },
    },
    async (request, reply) => {
      try {
        return deadlines.listRules(request.query.on);
      } catch (error) {
        if (error instanceof DeadlineRuleError) return refuse(reply, error, 'on');
        throw error;
      }
    },
  );
}
