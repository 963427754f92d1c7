import type { FastifyInstance } from 'fastify';
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
 * Resolves the session on every request, then enforces the route's declared access and the anti-forgery
 * token (double submit: the readable cookie must come back in the x-csrf-token header on every write).
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
