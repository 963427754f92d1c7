import { ZIdParams } from '@core/schemas/common';
import { ZLetter, ZLetterClassify, ZLetterCreate, ZLetterDecide, ZLetterExportQuery, ZLetterList, ZLetterListQuery, ZLetterRelate, ZRelatedLetters } from '@core/schemas/letters';
import type { Api, ModuleDeps } from '../../platform/http';
import { actorOf, metaOf } from '../../platform/http';
import { idempotencyKeyOf } from '../idempotency/idempotency';
import { xlsxRoute } from '../records/xlsx';
import * as letters from './letters.service';
import * as related from './related';

const tags = ['Xử lý đơn'];

export function letterRoutes(app: Api, deps: ModuleDeps): void {
  app.post(
    '/api/letters',
    {
      config: { access: 'letters.write' },
      schema: {
        tags,
        summary: 'Vào sổ đơn (số thứ tự theo đơn vị và năm); người viết đơn tố cáo được mã hóa. Gửi lại với cùng tiêu đề Idempotency-Key không tạo hai lần',
        body: ZLetterCreate,
        response: { 201: ZLetter },
      },
    },
    async (request, reply) => reply.code(201).send(await letters.createLetter(deps, actorOf(request), request.body, metaOf(request), idempotencyKeyOf(request))),
  );
  app.get(
    '/api/letters',
    {
      config: { access: 'letters.read' },
      schema: { tags, summary: 'Đơn của các đơn vị trong phạm vi của bạn và đơn chuyển đến; inbox=true: đơn chuyển đến chưa vào sổ', querystring: ZLetterListQuery, response: { 200: ZLetterList } },
    },
    async (request) => letters.listLetters(deps.db, actorOf(request), request.query),
  );
  xlsxRoute(app, '/api/letters/export.xlsx', { access: 'letters.read', tags, summary: 'Sổ đơn (cùng bộ lọc) dạng Excel .xlsx, tối đa 5.000 dòng; lượt xuất được ghi nhật ký', querystring: ZLetterExportQuery }, (request) =>
    letters.exportLetters(deps.db, actorOf(request), request.query, metaOf(request)),
  );
  app.get(
    '/api/letters/:id',
    { config: { access: 'letters.read' }, schema: { tags, summary: 'Một đơn với thời hạn; người tố cáo chỉ hiện với người được cho phép (lượt mở được ghi nhật ký)', params: ZIdParams, response: { 200: ZLetter } } },
    async (request) => letters.getLetter(deps, actorOf(request), request.params.id, metaOf(request)),
  );
  app.post(
    '/api/letters/:id/classify',
    { config: { access: 'letters.write' }, schema: { tags, summary: 'Phân loại đơn (loại, lĩnh vực, đủ điều kiện, thẩm quyền, tình trạng giải quyết, đơn trùng) kèm version', params: ZIdParams, body: ZLetterClassify, response: { 200: ZLetter } } },
    async (request) => letters.classifyLetter(deps, actorOf(request), request.params.id, request.body, metaOf(request)),
  );
  app.post(
    '/api/letters/:id/decide',
    {
      config: { access: 'letters.write' },
      schema: { tags, summary: 'Xử lý đơn theo danh mục (đề xuất thụ lý → mở vụ việc, hướng dẫn, chuyển đơn → hộp đơn đến của đơn vị nhận, trả lại, lưu, đôn đốc…) kèm version', params: ZIdParams, body: ZLetterDecide, response: { 200: ZLetter } },
    },
    async (request) => letters.decideLetter(deps, actorOf(request), request.params.id, request.body, metaOf(request)),
  );
  app.post(
    '/api/letters/:id/receive',
    { config: { access: 'letters.write' }, schema: { tags, summary: 'Đơn vị nhận vào sổ đơn được chuyển đến (số của đơn vị mình, thời hạn xử lý mới)', params: ZIdParams, response: { 201: ZLetter } } },
    async (request, reply) => reply.code(201).send(await letters.receiveForwarded(deps, actorOf(request), request.params.id, metaOf(request), idempotencyKeyOf(request))),
  );
  app.get(
    '/api/letters/:id/related',
    {
      config: { access: 'letters.read' },
      schema: { tags, summary: 'Đơn trùng, đơn liên quan trong các đơn đã lưu của mọi đơn vị (điểm và lý do); đơn ngoài phạm vi chỉ cho biết có ở đơn vị nào', params: ZIdParams, response: { 200: ZRelatedLetters } },
    },
    async (request) => related.relatedLetters(deps, actorOf(request), request.params.id),
  );
  app.post(
    '/api/letters/:id/relations',
    { config: { access: 'letters.write' }, schema: { tags, summary: 'Đánh dấu đơn trùng với đơn khác, liên kết đơn liên quan, hoặc đưa đơn vào vụ việc (kèm version)', params: ZIdParams, body: ZLetterRelate, response: { 200: ZLetter } } },
    async (request) => related.relateLetter(deps, actorOf(request), request.params.id, request.body, metaOf(request)),
  );
}
