import type { FastifyReply } from 'fastify';
import { ZActiveUnit, ZChangePassword, ZLanguage, ZLoginRequest, ZLoginResponse, ZMe, ZReauth, ZTotpDisable, ZTotpEnable, ZTotpSetup } from '@core/schemas/auth';
import { ZError } from '@core/schemas/common';
import type { Api, ModuleDeps } from '../../platform/http';
import { actorOf, metaOf, noContent } from '../../platform/http';
import { CSRF_COOKIE, SESSION_COOKIE } from '../../platform/security';
import * as auth from './auth.service';

const TAGS = ['Đăng nhập và tài khoản của tôi'];

export function authRoutes(app: Api, { db, config }: ModuleDeps): void {
  const cookieBase = { path: '/', sameSite: 'strict' as const, secure: config.secureCookies };
  const setSessionCookies = (reply: FastifyReply, token: string, csrf: string) => {
    reply.setCookie(SESSION_COOKIE, token, { ...cookieBase, httpOnly: true, maxAge: 12 * 3600 });
    // Readable by the page on purpose: it sends it back in x-csrf-token (double-submit).
    reply.setCookie(CSRF_COOKIE, csrf, { ...cookieBase, httpOnly: false, maxAge: 12 * 3600 });
  };
  const me = async (request: Parameters<typeof metaOf>[0]) => {
    const actor = await auth.resolveSession(db, request.cookies[SESSION_COOKIE] ?? '');
    return auth.presentMe(actor ?? actorOf(request));
  };

  app.post(
    '/api/auth/login',
    {
      config: { access: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: { tags: TAGS, summary: 'Đăng nhập', security: [], body: ZLoginRequest, response: { 200: ZLoginResponse, 401: ZError } },
    },
    async (request, reply) => {
      const result = await auth.login(db, request.body, {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        requestId: request.id,
      });
      setSessionCookies(reply, result.token, result.csrfToken);
      return { user: result.me };
    },
  );

  app.post('/api/auth/logout', { config: { access: 'session' }, schema: { tags: TAGS, summary: 'Đăng xuất' } }, async (request, reply) => {
    await auth.logout(db, actorOf(request), metaOf(request));
    reply.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(CSRF_COOKIE, { path: '/' });
    return noContent(reply);
  });

  app.get('/api/me', { config: { access: 'session' }, schema: { tags: TAGS, summary: 'Người dùng hiện tại, vai trò và quyền', response: { 200: ZMe } } }, async (request) =>
    auth.presentMe(actorOf(request)),
  );

  app.put('/api/me/active-unit', { config: { access: 'session' }, schema: { tags: TAGS, summary: 'Chọn đơn vị làm việc', body: ZActiveUnit, response: { 200: ZMe } } }, async (request) => {
    await auth.setActiveUnit(db, actorOf(request), request.body.unitId, metaOf(request));
    return me(request);
  });

  app.put('/api/me/language', { config: { access: 'session' }, schema: { tags: TAGS, summary: 'Chọn ngôn ngữ', body: ZLanguage, response: { 200: ZMe } } }, async (request) => {
    await auth.setLanguage(db, actorOf(request), request.body.language);
    return me(request);
  });

  app.post('/api/me/password', { config: { access: 'session' }, schema: { tags: TAGS, summary: 'Đổi mật khẩu (nhập mật khẩu hiện tại)', body: ZChangePassword } }, async (request, reply) => {
    await auth.changePassword(db, actorOf(request), request.body, metaOf(request));
    return noContent(reply);
  });

  app.post(
    '/api/me/totp/setup',
    { config: { access: 'session' }, schema: { tags: TAGS, summary: 'Bắt đầu thiết lập xác thực hai lớp (nhập lại mật khẩu)', body: ZReauth, response: { 200: ZTotpSetup } } },
    async (request) => auth.startTotpSetup(db, actorOf(request), request.body.password, metaOf(request)),
  );
  app.post('/api/me/totp/enable', { config: { access: 'session' }, schema: { tags: TAGS, summary: 'Bật xác thực hai lớp (nhập lại mật khẩu)', body: ZTotpEnable, response: { 200: ZMe } } }, async (request) => {
    await auth.enableTotp(db, actorOf(request), request.body, metaOf(request));
    return me(request);
  });
  app.post('/api/me/totp/disable', { config: { access: 'session' }, schema: { tags: TAGS, summary: 'Tắt xác thực hai lớp (nhập lại mật khẩu)', body: ZTotpDisable, response: { 200: ZMe } } }, async (request) => {
    await auth.disableTotp(db, actorOf(request), request.body.password, metaOf(request));
    return me(request);
  });
}
