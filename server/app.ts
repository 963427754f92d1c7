import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from './config';
import type { Db } from './db/database';
import { registerErrorHandler } from './platform/error-handler';
import type { Api, ModuleDeps } from './platform/http';
import { registerAccessControl, SESSION_COOKIE } from './platform/security';
import { loadSealer } from './platform/sealing';
import { openStorage } from './platform/storage';
import { ERROR_CATALOGUE } from '@core/errors';
import { APP_VERSION } from './version';
import { resolveSession } from './modules/auth/auth.service';
import { authRoutes } from './modules/auth/auth.routes';
import { healthRoutes } from './modules/health.routes';
import { unitRoutes } from './modules/org/units.routes';
import { placeRoutes } from './modules/org/places.routes';
import { officerRoutes } from './modules/org/officers.routes';
import { accountRoutes } from './modules/accounts/accounts.routes';
import { auditRoutes } from './modules/audit/audit.routes';
import { calendarRoutes } from './modules/calendar/calendar.routes';
import { deadlineRoutes } from './modules/deadlines/deadlines.routes';
import { catalogRoutes } from './modules/catalogs/catalogs.routes';
import { peopleRoutes } from './modules/people/people.routes';
import { clearanceRoutes } from './modules/clearances/clearances.routes';
import { attachmentRoutes } from './modules/attachments/attachments.routes';
import { documentRoutes } from './modules/documents/documents.routes';
import { visitRoutes } from './modules/visits/visits.routes';
import { letterRoutes } from './modules/letters/letters.routes';
import { caseRoutes } from './modules/cases/cases.routes';
import { personHistoryRoutes } from './modules/people/person-history.routes';
import { queueRoutes } from './modules/queues/queues.routes';
import { periodRoutes } from './modules/periods/periods.routes';
import { alertRoutes } from './modules/alerts/alerts.routes';
import { incidentRoutes } from './modules/incidents/incidents.routes';
import { healthScreeningRoutes } from './modules/health/health.routes';

// Zod speaks Vietnamese at every boundary: its messages end up in the `fields` of validation errors.
z.config(z.locales.vi());

/** Every capability's routes, in one list so a newcomer sees the whole API surface at a glance. */
export const MODULES: ((app: Api, deps: ModuleDeps) => void)[] = [
  healthRoutes,
  authRoutes,
  unitRoutes,
  placeRoutes,
  officerRoutes,
  accountRoutes,
  auditRoutes,
  calendarRoutes,
  deadlineRoutes,
  catalogRoutes,
  peopleRoutes,
  clearanceRoutes,
  attachmentRoutes,
  documentRoutes,
  visitRoutes,
  letterRoutes,
  caseRoutes,
  personHistoryRoutes,
  queueRoutes,
  // The alert platform (stream hub, job runner) before the capabilities that schedule jobs on it.
  alertRoutes,
  periodRoutes,
  incidentRoutes,
  healthScreeningRoutes,
];

/** Paths pino replaces with "[ẩn]": credentials, and personal data wherever a log line carries an object. */
export const LOG_REDACT = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.idNumber',
  '*.phone',
  '*.fullName',
  '*.address',
  // Denouncers' identities (Luật Tố cáo art. 8(3)): the records' field names for them, whole.
  '*.senders',
  '*.denouncer',
  '*.denouncers',
  '*.identity',
  '*.providerName',
  '*.providerIdNumber',
  '*.citizenName',
  '*.senderName',
  '*.senderAddress',
  '*.filename',
  '*.data',
];

/** Query strings carry searched names and identity numbers: log the path only. */
function serializeRequest(request: FastifyRequest) {
  const [path, query] = request.url.split('?');
  return { method: request.method, url: query ? `${path}?[…]` : path, ip: request.ip };
}

export async function buildApp(config: Config, db: Db): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel, redact: { paths: LOG_REDACT, censor: '[ẩn]' }, serializers: { req: serializeRequest } },
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    trustProxy: config.trustProxy,
    bodyLimit: 512 * 1024,
    routerOptions: { maxParamLength: 200 },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });

  await app.register(cookie, { secret: config.sessionSecret });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Ant Design injects its CSS-in-JS as <style> elements.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: config.secureCookies ? [] : null,
      },
    },
    hsts: config.secureCookies ? { maxAge: 31_536_000 } : false,
    crossOriginEmbedderPolicy: false,
  });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'tiepdan API',
        description: 'Tiếp công dân, xử lý đơn, theo dõi giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh. Mọi lỗi trả về { code, message, fields? }.',
        version: APP_VERSION,
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  // swagger-ui's own default policy upgrades requests to HTTPS, which breaks the page on a plain-HTTP office LAN.
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'${config.secureCookies ? '; upgrade-insecure-requests' : ''}`,
  });

  registerErrorHandler(app);
  registerAccessControl(app, db);

  const api = app.withTypeProvider<ZodTypeProvider>();
  const deps: ModuleDeps = { db, config, storage: openStorage(config), sealer: loadSealer(config) };
  app.decorate('deps', deps);
  api.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
  for (const register of MODULES) register(api, deps);

  const hasWeb = existsSync(join(config.webDir, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: config.webDir,
      wildcard: false,
      index: ['index.html'],
      // Built by scripts/build.mjs next to each asset: compressed once at build time, not on every request.
      preCompressed: true,
      // Hashed asset names never change content; the page itself must always be revalidated.
      setHeaders: (reply, path) => reply.header('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache'),
    });
  }

  app.setNotFoundHandler(async (request, reply) => {
    if (request.url.startsWith('/api/')) {
      // Without a session every /api address answers 401, so the API's shape is not probed anonymously.
      const token = request.cookies[SESSION_COOKIE];
      const signedIn = !!token && token.length <= 100 && !!(await resolveSession(db, token));
      const code = signedIn ? 'ROUTE_NOT_FOUND' : 'AUTH_REQUIRED';
      return reply.code(ERROR_CATALOGUE[code].status).send({ code, message: ERROR_CATALOGUE[code].vi });
    }
    if (request.method === 'GET' && hasWeb && !/\.[a-z0-9]+$/i.test(request.url.split('?')[0] ?? '')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.code(404).type('text/plain; charset=utf-8').send('Không tìm thấy.');
  });
  return app;
}
