import { contentDisposition } from '@core/domain/files/filename';
import { ZAttachment, ZAttachmentList, ZAttachmentUpload, ZOwnerQuery } from '@core/schemas/attachments';
import { ZIdParams } from '@core/schemas/common';
import type { Api, ModuleDeps } from '../../platform/http';
import { actorOf, metaOf } from '../../platform/http';
import { readUpload, uploadRoutes } from '../../platform/uploads';
import * as attachments from './attachments.service';

const tags = ['Tệp đính kèm'];

/**
 * Access is 'session' on purpose: files belong to records of every capability (people, visits, letters, cases),
 * each with its own permission, so the owner's registered policy (platform/records.ts) checks permission and
 * scope for each request instead of one permission for all.
 */
export function attachmentRoutes(app: Api, deps: ModuleDeps): void {
  const max = deps.config.attachmentMaxBytes;
  uploadRoutes(app, max, (scope) => {
    scope.post(
      '/api/attachments',
      {
        config: { access: 'session' },
        schema: {
          tags,
          summary: `Tải lên một tệp (multipart/form-data, trường "file"; PDF, JPEG, PNG, TIFF, HEIC, DOCX; tối đa ${Math.round(max / 1024 / 1024)} MB)`,
          consumes: ['multipart/form-data'],
          querystring: ZAttachmentUpload,
          response: { 201: ZAttachment },
        },
      },
      async (request, reply) => {
        const upload = await readUpload(request, max);
        const q = request.query;
        const created = await attachments.storeAttachment(deps, actorOf(request), metaOf(request), { ownerType: q.ownerType, ownerId: q.ownerId, sealed: q.sealed, ...upload });
        return reply.code(201).send(created);
      },
    );
  });
  app.get(
    '/api/attachments',
    { config: { access: 'session' }, schema: { tags, summary: 'Các tệp của một bản ghi', querystring: ZOwnerQuery, response: { 200: ZAttachmentList } } },
    async (request) => ({ items: await attachments.listAttachments(deps, actorOf(request), metaOf(request), request.query.ownerType, request.query.ownerId) }),
  );
  app.get(
    '/api/attachments/:id',
    { config: { access: 'session' }, schema: { tags, summary: 'Tải tệp về (lượt tải được ghi nhật ký; tệp được giữ bí mật cần được cho phép)', params: ZIdParams } },
    async (request, reply) => {
      const file = await attachments.openAttachment(deps, actorOf(request), metaOf(request), request.params.id);
      return reply.type(file.mime).header('content-disposition', contentDisposition(file.filename)).send(file.bytes);
    },
  );
}
