import { ZIdParams } from '@core/schemas/common';
import { ZAccount, ZAccountCreate, ZAccountsQuery, ZAccountUpdate, ZPageOf, ZResetPassword } from '@core/schemas/org';
import type { Api, ModuleDeps } from '../../platform/http';
import { actorOf, metaOf } from '../../platform/http';
import * as accounts from './accounts.service';

const tags = ['Tài khoản'];

export function accountRoutes(app: Api, { db }: ModuleDeps): void {
  app.get('/api/accounts', { config: { access: 'accounts.admin' }, schema: { tags, summary: 'Danh sách tài khoản trong phạm vi', querystring: ZAccountsQuery, response: { 200: ZPageOf(ZAccount) } } }, async (request) =>
    accounts.listAccounts(db, actorOf(request), request.query),
  );
  app.post('/api/accounts', { config: { access: 'accounts.admin' }, schema: { tags, summary: 'Tạo tài khoản với vai trò tại đơn vị', body: ZAccountCreate, response: { 201: ZAccount } } }, async (request, reply) =>
    reply.code(201).send(await accounts.createAccount(db, actorOf(request), request.body, metaOf(request))),
  );
  app.patch('/api/accounts/:id', { config: { access: 'accounts.admin' }, schema: { tags, summary: 'Sửa tài khoản (kèm version)', params: ZIdParams, body: ZAccountUpdate, response: { 200: ZAccount } } }, async (request) =>
    accounts.updateAccount(db, actorOf(request), request.params.id, request.body, metaOf(request)),
  );
  app.post('/api/accounts/:id/reset-password', { config: { access: 'accounts.admin' }, schema: { tags, summary: 'Đặt lại mật khẩu (người dùng phải đổi khi đăng nhập)', params: ZIdParams, body: ZResetPassword, response: { 200: ZAccount } } }, async (request) =>
    accounts.resetPassword(db, actorOf(request), request.params.id, request.body.newPassword, metaOf(request)),
  );
  app.post('/api/accounts/:id/unlock', { config: { access: 'accounts.admin' }, schema: { tags, summary: 'Mở khóa tài khoản bị khóa do đăng nhập sai', params: ZIdParams, response: { 200: ZAccount } } }, async (request) =>
    accounts.unlockAccount(db, actorOf(request), request.params.id, metaOf(request)),
  );
}
