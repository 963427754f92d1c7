import { ZCase, ZCaseCreate, ZCaseExportQuery, ZCaseList, ZCaseListQuery, ZCaseTransitionInput, ZCaseUpdate, ZCaseUrge, ZUrgingList, ZUrgingQuery } from '@core/schemas/cases';
import { ZIdParams } from '@core/schemas/common';
import type { Api, ModuleDeps } from '../../platform/http';
import { xlsxRoute } from '../records/xlsx';
import { actorOf, metaOf } from '../../platform/http';
import * as cases from './cases.service';
import * as urging from './urging';

const tags = ['Vụ việc'];

export function caseRoutes(app: Api, deps: ModuleDeps): void {
  const { db } = deps;
  app.get(
    '/api/cases',
    {
      config: { access: 'cases.read' },
      schema: { tags, summary: 'Vụ việc trong phạm vi của bạn, gấp nhất trước; mỗi vụ việc có hạn (dueOn) của thời hạn đang chạy', querystring: ZCaseListQuery, response: { 200: ZCaseList } },
    },
    async (request) => cases.listCases(db, actorOf(request), request.query),
  );
  xlsxRoute(app, '/api/cases/export.xlsx', { access: 'cases.read', tags, summary: 'Danh sách vụ việc (cùng bộ lọc) dạng Excel .xlsx, tối đa 5.000 dòng; lượt xuất được ghi nhật ký', querystring: ZCaseExportQuery }, (request) =>
    cases.exportCases(db, actorOf(request), request.query, metaOf(request)),
  );
  app.post(
    '/api/cases',
    { config: { access: 'cases.write' }, schema: { tags, summary: 'Mở vụ việc từ một hoặc nhiều đơn cùng loại của đơn vị', body: ZCaseCreate, response: { 201: ZCase } } },
    async (request, reply) => reply.code(201).send(await cases.createCase(db, actorOf(request), request.body, metaOf(request))),
  );
  app.get(
    '/api/cases/:id',
    { config: { access: 'cases.read' }, schema: { tags, summary: 'Vụ việc với các thời hạn, đơn, diễn biến và các bước bạn được thực hiện', params: ZIdParams, response: { 200: ZCase } } },
    async (request) => cases.getCase(db, actorOf(request), request.params.id),
  );
  app.patch(
    '/api/cases/:id',
    { config: { access: 'cases.write' }, schema: { tags, summary: 'Giao cán bộ, đánh dấu phức tạp, kéo dài, tồn đọng, vượt cấp (kèm version)', params: ZIdParams, body: ZCaseUpdate, response: { 200: ZCase } } },
    async (request) => cases.updateCase(db, actorOf(request), request.params.id, request.body, metaOf(request)),
  );
  app.post(
    '/api/cases/:id/transitions',
    {
      config: { access: 'cases.write' },
      schema: { tags, summary: 'Một bước của vụ việc (thụ lý, xác minh, gia hạn, tạm đình chỉ, giải quyết, khiếu nại lần hai, rút đơn, đình chỉ, giải quyết lại, kết thúc) kèm version', params: ZIdParams, body: ZCaseTransitionInput, response: { 200: ZCase } },
    },
    async (request) => cases.transitionCase(db, actorOf(request), request.params.id, request.body, metaOf(request)),
  );
  app.get(
    '/api/cases/urging',
    {
      config: { access: 'cases.read' },
      schema: { tags, summary: 'Vụ việc đề xuất đôn đốc: chưa kết thúc, thời hạn đang chạy đã quá hoặc còn ≤ withinDays ngày làm việc; quá hạn lâu nhất trước', querystring: ZUrgingQuery, response: { 200: ZUrgingList } },
    },
    async (request) => urging.urgingProposals(db, actorOf(request), request.query),
  );
  app.post(
    '/api/cases/:id/urge',
    { config: { access: 'cases.write' }, schema: { tags, summary: 'Ban hành văn bản đôn đốc (số trong sổ văn bản đi của đơn vị) và ghi vào diễn biến vụ việc, kèm version', params: ZIdParams, body: ZCaseUrge, response: { 200: ZCase } } },
    async (request) => urging.urgeCase(deps, actorOf(request), request.params.id, request.body, metaOf(request)),
  );
}
