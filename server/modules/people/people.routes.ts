import { z } from 'zod';
import { ZIdParams } from '@core/schemas/common';
import { ZPerson, ZPersonInput, ZPersonMatch, ZPersonMerge, ZPersonSearchItem, ZPersonSearchQuery, ZPersonUpdate } from '@core/schemas/people';
import type { Api, ModuleDeps } from '../../platform/http';
import { actorOf, metaOf } from '../../platform/http';
import * as people from './people.service';

const tags = ['Công dân'];

export function peopleRoutes(app: Api, { db }: ModuleDeps): void {
  app.get(
    '/api/people/search',
    {
      config: { access: 'people.read' },
      schema: {
        tags,
        summary: 'Tìm công dân theo họ tên (có hoặc không dấu, thiếu chữ, sai chính tả) hoặc số giấy tờ; kết quả tốt nhất trước',
        querystring: ZPersonSearchQuery,
        response: { 200: z.object({ items: z.array(ZPersonSearchItem) }) },
      },
    },
    async (request) => ({ items: await people.searchPeople(db, actorOf(request), request.query.q, request.query.limit) }),
  );
  app.post(
    '/api/people/match',
    {
      config: { access: 'people.read' },
      schema: {
        tags,
        summary: 'Hồ sơ có thể là cùng một người (trước khi thêm mới): cùng số giấy tờ, hoặc họ tên gần giống kèm năm sinh, địa chỉ',
        body: ZPersonMatch,
        response: { 200: z.object({ items: z.array(ZPersonSearchItem) }) },
      },
    },
    async (request) => ({ items: await people.matchPerson(db, actorOf(request), request.body, request.body.limit) }),
  );
  app.post('/api/people', { config: { access: 'people.write' }, schema: { tags, summary: 'Thêm công dân vào sổ', body: ZPersonInput, response: { 201: ZPerson } } }, async (request, reply) =>
    reply.code(201).send(await people.createPerson(db, actorOf(request), request.body, metaOf(request))),
  );
  app.get('/api/people/:id', { config: { access: 'people.read' }, schema: { tags, summary: 'Hồ sơ công dân (lượt xem được ghi nhật ký)', params: ZIdParams, response: { 200: ZPerson } } }, async (request) =>
    people.getPerson(db, actorOf(request), request.params.id, metaOf(request)),
  );
  app.patch('/api/people/:id', { config: { access: 'people.write' }, schema: { tags, summary: 'Sửa hồ sơ công dân (kèm version)', params: ZIdParams, body: ZPersonUpdate, response: { 200: ZPerson } } }, async (request) =>
    people.updatePerson(db, actorOf(request), request.params.id, request.body, metaOf(request)),
  );
  app.post('/api/people/:id/merge', { config: { access: 'people.write' }, schema: { tags, summary: 'Gộp một hồ sơ trùng vào hồ sơ này, giữ lịch sử cả hai', params: ZIdParams, body: ZPersonMerge, response: { 200: ZPerson } } }, async (request) =>
    people.mergePeople(db, actorOf(request), request.params.id, request.body.duplicateId, request.body.version, metaOf(request)),
  );
}
