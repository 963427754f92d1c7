import type { FastifyInstance, FastifyRequest } from 'fastify';
import type {} from '@fastify/cookie';
import type { Db } from '../db/database';
import { resolveSession } from '../modules/auth/auth.service';
import { AppError } from './errors';
import type { Access } from './http';

/** Every /api route with the access it declared: the authorisation tests walk this table. */
export interface DeclaredRoute {
  method: string;
  url: string;
  access: Access;
  /** Which parts of the request the route validates. */
  parts: ('body' | 'querystring' | 'params')[];
  /** The schemas those parts are validated with (zod): the input tests walk them. */
  schemas: Partial<Record<'body' | 'querystring' | 'params', unknown>>;
}

declare module 'fastify' {
  interface FastifyInstance {
    accessTable: DeclaredRoute[];
  }
}

export const SESSION_COOKIE = 'tiepdan_session';
export const CSRF_COOKIE = 'tiepdan_csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A write must come from the application's own pages. Browsers say where a request comes from: `Sec-Fetch-Site`
 * (every current browser) or, failing that, `Origin`, compared with the host the request was sent to (behind a
 * proxy, the forwarded host when TRUST_PROXY is set). Clients that send neither (the CLI, scripts, tests) are not
 * browsers and cannot be made to forge a request; the CSRF token still applies to them.
 */
export function crossSiteWrite(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string') return site !== 'same-origin' && site !== 'none';
  const origin = request.headers.origin;
  if (typeof origin !== 'string') return false;
  try {
    // Through URL on both sides, so "localhost:80" and "localhost" compare equal.
    return new URL(origin).host !== new URL(`${request.protocol}://${request.host}`).host;
  } catch {
    return true;
  }
}

/**
 * Resolves the session on every request, then enforces the route's declared access and the anti-forgery
 * token (double submit: the readable cookie must come back in the x-csrf-token header on every write), after
 * checking that a browser's write comes from the application's own origin (crossSiteWrite).
 */
export function registerAccessControl(app: FastifyInstance, db: Db): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);

  const table: DeclaredRoute[] = [];
  app.decorate('accessTable', table);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`Route ${route.method} ${route.url} does not declare its access (config.access)`);
    const schema = route.schema ?? {};
    const parts = (['body', 'querystring', 'params'] as const).filter((p) => schema[p] !== undefined);
    const schemas = Object.fromEntries(parts.map((p) => [p, schema[p]]));
    for (const method of [route.method].flat()) if (method !== 'HEAD') table.push({ method, url: route.url, access, parts, schemas });
  });

  // preValidation: who you are and what you may do is settled before your input is even looked at.
  app.addHook('preValidation', async (request) => {
    const access = request.routeOptions.config?.access;
    if (request.is404 || !request.url.startsWith('/api/') || request.url.startsWith('/api/docs')) return;
    // Before anything else, public routes included: a forged login would sign the victim into the attacker's account.
    if (!SAFE_METHODS.has(request.method) && crossSiteWrite(request)) throw new AppError('CSRF_INVALID', 'Yêu cầu gửi từ một trang khác bị từ chối.');
    const token = request.cookies[SESSION_COOKIE];
    if (token && token.length <= 100) {
      const actor = await resolveSession(db, token);
      if (actor) {
        const { csrfToken, ...rest } = actor;
        request.actor = rest;
        request.csrfToken = csrfToken;
      }
    }
    if (access === 'public') return;
    if (!request.actor) throw new AppError('AUTH_REQUIRED');
    if (!SAFE_METHODS.has(request.method)) {
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || header !== request.csrfToken) throw new AppError('CSRF_INVALID');
    }
    if (access === 'session' || access === undefined) {
      if (access === undefined) throw new AppError('FORBIDDEN');
      return;
    }
    // A user who must change his password can do only that (and read who he is) until he has.
    if (request.actor.mustChangePassword) throw new AppError('FORBIDDEN', 'Bạn cần đổi mật khẩu trước khi tiếp tục.');
    if (!request.actor.permissions.includes(access)) throw new AppError('FORBIDDEN');
  });
}
