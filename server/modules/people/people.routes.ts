import { ZIdParams } from '@core/schemas/common';
import {
  ZNameForms,
  ZNameFormsQuery,
  ZPerson,
  ZPersonInput,
  ZPersonLink,
  ZPersonMatch,
  ZPersonMatchResult,
  ZPersonMerge,
  ZPersonSearchQuery,
  ZPersonSearchResult,
  ZPersonUpdate,
  ZPlainNames,
  ZPlainNamesQuery,
} from '@core/schemas/people';
import type { Api, ModuleDeps } from '../../platform/http';
import { actorOf, metaOf } from '../../platform/http';
import * as people from './people.service';

const tags = ['Công dân'];

/** Every route reads and writes only what the actor's scope (units registered, wards of residence, units linked) allows. */
export function peopleRoutes(app: Api, { db }: ModuleDeps): void {
  app.get(
    '/api/people/search',
    {
      config: { access: 'people.read' },
      schema: {
        tags,
        summary: 'Tìm công dân theo họ tên (có hoặc không dấu, thiếu chữ, sai chính tả) hoặc số giấy tờ; kết quả tốt nhất trước, xem tiếp bằng offset',
        querystring: ZPersonSearchQuery,
        response: { 200: ZPersonSearchResult },
      },
    },
    async (request) => people.searchPeople(db, actorOf(request), request.query.q, request.query.limit, request.query.offset),
  );
  app.get(
    '/api/people/plain-names',
    {
      config: { access: 'people.read' },
      schema: { tags, summary: 'Hồ sơ có họ tên lưu không dấu («chưa chuẩn hóa»), mới nhất trước, để đối chiếu giấy tờ và sửa', querystring: ZPlainNamesQuery, response: { 200: ZPlainNames } },
    },
    async (request) => people.listPlainNames(db, actorOf(request), request.query.page, request.query.pageSize),
  );
  app.get(
    '/api/people/name-forms',
    {
      config: { access: 'people.write' },
      schema: {
        tags,
        summary: 'Các cách viết có dấu của một họ tên gõ không dấu, theo các họ tên trong phạm vi của bạn (chỉ trả cách viết, không trả hồ sơ)',
        querystring: ZNameFormsQuery,
        response: { 200: ZNameForms },
      },
    },
    async (request) => people.nameForms(db, actorOf(request), request.query.name),
  );
  app.post(
    '/api/people/match',
    {
      config: { access: 'people.read' },
      schema: {
        tags,
        summary: 'Hồ sơ có thể là cùng một người (trước khi thêm mới): cùng số giấy tờ, hoặc họ tên gần giống kèm năm sinh, địa chỉ',
        body: ZPersonMatch,
        response: { 200: ZPersonMatchResult },
      },
    },
    async (request) => people.matchPerson(db, actorOf(request), request.body, request.body.limit),
  );
  app.post(
    '/api/people/link',
    {
      config: { access: 'people.write' },
      schema: {
        tags,
        summary: 'Đưa hồ sơ do đơn vị khác lập vào đơn vị mình khi công dân có mặt với giấy tờ: số giấy tờ và họ tên phải khớp (ghi nhật ký)',
        body: ZPersonLink,
        response: { 200: ZPerson },
      },
    },
    async (request) => people.linkPerson(db, actorOf(request), request.body, metaOf(request)),
  );
  app.post('/api/people', { config: { access: 'people.write' }, schema: { tags, summary: 'Thêm công dân vào sổ (phường/xã cư trú trong phạm vi của bạn)', body: ZPersonInput, response: { 201: ZPerson } } }, async (request, reply) =>
    reply.code(201).send(await people.createPerson(db, actorOf(request), request.body, metaOf(request))),
  );
  app.get('/api/people/:id', { config: { access: 'people.read' }, schema: { tags, summary: 'Hồ sơ công dân (lượt xem được ghi nhật ký); ngoài phạm vi trả 404 như không có', params: ZIdParams, response: { 200: ZPerson } } }, async (request) =>
    people.getPerson(db, actorOf(request), request.params.id, metaOf(request)),
  );
  app.patch('/api/people/:id', { config: { access: 'people.write' }, schema: { tags, summary: 'Sửa hồ sơ công dân do đơn vị mình (hoặc cấp dưới) lập (kèm version)', params: ZIdParams, body: ZPersonUpdate, response: { 200: ZPerson } } }, async (request) =>
    people.updatePerson(db, actorOf(request), request.params.id, request.body, metaOf(request)),
  );
  app.post('/api/people/:id/merge', { config: { access: 'people.write' }, schema: { tags, summary: 'Gộp một hồ sơ trùng vào hồ sơ này, giữ lịch sử cả hai', params: ZIdParams, body: ZPersonMerge, response: { 200: ZPerson } } }, async (request) =>
    people.mergePeople(db, actorOf(request), request.params.id, request.body.duplicateId, request.body.version, metaOf(request)),
  );
}
