import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Db } from '../db/database';
import type { Clock } from '../platform/clock';
import { prepare } from '../start';
import { emptyDatabase, startedDatabase } from './templates';

export const ENGINE = (process.env.TIEPDAN_TEST_DB ?? 'sqlite') as 'sqlite' | 'postgres';

export interface Response {
  status: number;
  body: unknown;
  json<T = Record<string, unknown>>(): T;
  headers: Record<string, string | string[] | number | undefined>;
}

export interface Session {
  username: string;
  cookie: string;
  csrf: string;
  request(method: InjectOptions['method'], url: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  get(url: string): Promise<Response>;
  post(url: string, body?: unknown): Promise<Response>;
  patch(url: string, body?: unknown): Promise<Response>;
  put(url: string, body?: unknown): Promise<Response>;
  /** Sends one file as multipart/form-data (field "file"), as a browser form does. */
  upload(method: InjectOptions['method'], url: string, file: { filename: string; bytes: Uint8Array; field?: string }): Promise<Response>;
  /** A GET whose body is binary (a download): the raw bytes and headers. */
  download(url: string): Promise<{ status: number; bytes: Buffer; headers: Record<string, string | string[] | number | undefined>; json<T = Record<string, unknown>>(): T }>;
}

/** A multipart/form-data body with one file part. */
export function multipartBody(file: { filename: string; bytes: Uint8Array; field?: string }): { payload: Buffer; contentType: string } {
  const boundary = `----tiepdan${randomBytes(8).toString('hex')}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return { payload: Buffer.concat([Buffer.from(head, 'utf8'), Buffer.from(file.bytes), Buffer.from(`\r\n--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}

export interface TestContext {
  app: FastifyInstance;
  db: Db;
  /** Signs in through the real login endpoint and returns a session that sends cookie and CSRF token. */
  /** `from`: the client's address (default 127.0.0.1), for tests of what is counted per source. */
  login(username: string, password?: string, from?: string): Promise<Session>;
  anonymous(method: InjectOptions['method'], url: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

function wrap(r: Awaited<ReturnType<FastifyInstance['inject']>>): Response {
  let parsed: unknown;
  try {
    parsed = r.body ? JSON.parse(r.body) : undefined;
  } catch {
    parsed = r.body;
  }
  return { status: r.statusCode, body: parsed, json: <T>() => parsed as T, headers: r.headers };
}

/**
 * A database of its own per test file on the engine of this leg (a SQLite file, or a schema of the PostgreSQL test
 * database) with the demo organisation, built by the real start-up path: a copy of this run's started database for
 * the same clock (templates.ts), which `prepare` then opens as a restarted server does. `fresh`: started from empty
 * in this file, for the tests of what the first start itself leaves behind.
 */
export async function createTestContext(opts: { clock?: Clock; demoRosters?: boolean; fresh?: boolean } = {}): Promise<TestContext> {
  const demoRosters = opts.demoRosters ?? false;
  const database = opts.fresh ? await emptyDatabase(ENGINE) : await startedDatabase({ engine: ENGINE, clock: opts.clock, demoRosters });
  const { drop: cleanup, ...options } = database;
  const { app, db } = await prepare({ ...options, demo: true, demoRosters, logLevel: 'silent', webDir: '/nonexistent', ...(opts.clock ? { clock: opts.clock } : {}) });
  await app.ready();

  const inject = async (method: InjectOptions['method'], url: string, body: unknown, headers: Record<string, string>) =>
    wrap(
      await app.inject({
        method,
        url,
        headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
        ...(body !== undefined ? { payload: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
      }),
    );

  return {
    app,
    db,
    anonymous: (method, url, body, headers = {}) => inject(method, url, body, headers),
    async login(username, password = 'demo', from = '127.0.0.1') {
      const r = await app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: from, payload: { username, password } });
      if (r.statusCode !== 200) throw new Error(`login ${username} failed: ${r.statusCode} ${r.body}`);
      const cookies = Object.fromEntries(r.cookies.map((c) => [c.name, c.value]));
      const cookie = `tiepdan_session=${cookies.tiepdan_session}; tiepdan_csrf=${cookies.tiepdan_csrf}`;
      const csrf = cookies.tiepdan_csrf as string;
      const request: Session['request'] = (method, url, body, headers = {}) => inject(method, url, body, { cookie, 'x-csrf-token': csrf, ...headers });
      return {
        username,
        cookie,
        csrf,
        request,
        get: (url) => request('GET', url),
        post: (url, body) => request('POST', url, body),
        patch: (url, body) => request('PATCH', url, body),
        put: (url, body) => request('PUT', url, body),
        async upload(method, url, file) {
          const { payload, contentType } = multipartBody(file);
          return wrap(await app.inject({ method, url, payload, headers: { cookie, 'x-csrf-token': csrf, 'content-type': contentType } }));
        },
        async download(url) {
          const r = await app.inject({ method: 'GET', url, headers: { cookie } });
          return { status: r.statusCode, bytes: r.rawPayload, headers: r.headers, json: <T>() => JSON.parse(r.body) as T };
        },
      };
    },
    async close() {
      await app.close();
      await db.close();
      await cleanup();
    },
  };
}
