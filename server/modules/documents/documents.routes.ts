import { contentDisposition } from '@core/domain/files/filename';
import { ZIdParams } from '@core/schemas/common';
import { ZIssuedDocument, ZTemplateKindParams, ZTemplateList, ZTemplateScope } from '@core/schemas/documents';
import type { Api, ModuleDeps } from '../../platform/http';
import { actorOf, metaOf } from '../../platform/http';
import { readUpload, uploadRoutes } from '../../platform/uploads';
import * as documents from './documents.service';

const tags = ['Văn bản'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const TEMPLATE_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Issuing is not an endpoint: the records modules call `issueDocument` in their own transactions. Templates are
 * organisation settings ('org.read' to see, 'org.admin' to change); an issued document is read through its record,
 * whose registered policy decides (hence 'session' and the policy, as for attachments).
 */
export function documentRoutes(app: Api, deps: ModuleDeps): void {
  app.get(
    '/api/documents/templates',
    { config: { access: 'org.read' }, schema: { tags, summary: 'Các mẫu văn bản, mẫu đang dùng cho đơn vị và các trường dùng được', querystring: ZTemplateScope, response: { 200: ZTemplateList } } },
    async (request) => documents.listTemplates(deps.db, actorOf(request), request.query.unitId ?? null),
  );
  app.get(
    '/api/documents/templates/:kind/file',
    { config: { access: 'org.read' }, schema: { tags, summary: 'Tải tệp Word của mẫu đang dùng (để sửa rồi tải lên lại)', params: ZTemplateKindParams, querystring: ZTemplateScope } },
    async (request, reply) => {
      const file = await documents.templateFile(deps, actorOf(request), request.params.kind, request.query.unitId ?? null);
      return reply.type(DOCX).header('content-disposition', contentDisposition(file.filename)).send(file.bytes);
    },
  );
  uploadRoutes(app, TEMPLATE_MAX_BYTES, (scope) => {
    scope.put(
      '/api/documents/templates/:kind',
      {
        config: { access: 'org.admin' },
        schema: {
          tags,
          summary: 'Thay mẫu bằng tệp Word của đơn vị (multipart, trường "file"); mẫu được thử điền dữ liệu mẫu trước khi nhận',
          consumes: ['multipart/form-data'],
          params: ZTemplateKindParams,
          querystring: ZTemplateScope,
          response: { 200: ZTemplateList },
        },
      },
      async (request) => {
        const upload = await readUpload(request, TEMPLATE_MAX_BYTES);
        return documents.uploadTemplate(deps, actorOf(request), metaOf(request), request.params.kind, request.query.unitId ?? null, upload);
      },
    );
  });
  app.delete(
    '/api/documents/templates/:kind',
    { config: { access: 'org.admin' }, schema: { tags, summary: 'Bỏ mẫu tải lên, trở về mẫu chung hoặc mẫu gốc', params: ZTemplateKindParams, querystring: ZTemplateScope, response: { 200: ZTemplateList } } },
    async (request) => documents.revertTemplate(deps, actorOf(request), metaOf(request), request.params.kind, request.query.unitId ?? null),
  );
  app.get(
    '/api/documents/:id',
    { config: { access: 'session' }, schema: { tags, summary: 'Thông tin văn bản đã ban hành (số, ký hiệu, ngày)', params: ZIdParams, response: { 200: ZIssuedDocument } } },
    async (request) => documents.getDocument(deps.db, actorOf(request), request.params.id),
  );
  app.get(
    '/api/documents/:id/file',
    { config: { access: 'session' }, schema: { tags, summary: 'Tải văn bản đã ban hành (.docx, lượt tải được ghi nhật ký)', params: ZIdParams } },
    async (request, reply) => {
      const file = await documents.openDocument(deps, actorOf(request), metaOf(request), request.params.id);
      return reply.type(DOCX).header('content-disposition', contentDisposition(file.filename)).send(file.bytes);
    },
  );
}
