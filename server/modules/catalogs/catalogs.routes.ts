import { ZCatalogEntry, ZCatalogEntryCreate, ZCatalogEntryParams, ZCatalogEntryUpdate, ZCatalogParams, ZCatalogs } from '@core/schemas/catalogs';
import type { Api, ModuleDeps } from '../../platform/http';
import { actorOf, metaOf } from '../../platform/http';
import * as service from './catalogs.service';

const tags = ['Danh mục'];

/**
 * Adding to and editing catalogs needs `org.admin`: no permission is about catalogs as such, and the catalogs
 * (fields, channels, body types) describe how the organisation classifies its work, which is what org.admin governs.
 */
export function catalogRoutes(app: Api, { db }: ModuleDeps): void {
  app.get(
    '/api/catalogs',
    { config: { access: 'session' }, schema: { tags, summary: 'Các danh mục dùng chung (mục có sẵn và mục bổ sung), nhãn tiếng Việt và tiếng Anh', response: { 200: ZCatalogs } } },
    async (request) => ({ items: await service.listCatalogs(db, actorOf(request), request.log) }),
  );

  app.post(
    '/api/catalogs/:catalog/entries',
    {
      config: { access: 'org.admin' },
      schema: { tags, summary: 'Bổ sung mục vào danh mục cho phép bổ sung', params: ZCatalogParams, body: ZCatalogEntryCreate, response: { 201: ZCatalogEntry } },
    },
    async (request, reply) => reply.code(201).send(await service.createEntry(db, actorOf(request), request.params.catalog, request.body, metaOf(request))),
  );

  app.patch(
    '/api/catalogs/:catalog/entries/:code',
    {
      config: { access: 'org.admin' },
      schema: {
        tags,
        summary: 'Sửa tên hoặc ngừng dùng mục đã bổ sung (kèm version)',
        params: ZCatalogEntryParams,
        body: ZCatalogEntryUpdate,
        response: { 200: ZCatalogEntry },
      },
    },
    async (request) => service.updateEntry(db, actorOf(request), request.params.catalog, request.params.code, request.body, metaOf(request)),
  );
}
