import { ZIdParams } from '@core/schemas/common';
import { ZListOf, ZPlace, ZPlaceCreate, ZPlaceUpdate } from '@core/schemas/org';
import type { Api, ModuleDeps } from '../../platform/http';
import { actorOf, metaOf } from '../../platform/http';
import * as places from './places.service';

const tags = ['Địa điểm'];

export function placeRoutes(app: Api, { db }: ModuleDeps): void {
  app.get('/api/places', { config: { access: 'org.read' }, schema: { tags, summary: 'Nơi tiếp công dân và địa điểm cần bố trí trực', response: { 200: ZListOf(ZPlace) } } }, async (request) => ({
    items: await places.listPlaces(db, actorOf(request)),
  }));
  app.post('/api/places', { config: { access: 'org.admin' }, schema: { tags, summary: 'Thêm địa điểm', body: ZPlaceCreate, response: { 201: ZPlace } } }, async (request, reply) =>
    reply.code(201).send(await places.createPlace(db, actorOf(request), request.body, metaOf(request))),
  );
  app.patch('/api/places/:id', { config: { access: 'org.admin' }, schema: { tags, summary: 'Sửa địa điểm (kèm version)', params: ZIdParams, body: ZPlaceUpdate, response: { 200: ZPlace } } }, async (request) =>
    places.updatePlace(db, actorOf(request), request.params.id, request.body, metaOf(request)),
  );
}
