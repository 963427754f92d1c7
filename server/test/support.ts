import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions } from 'fastify';
import pg from 'pg';
import type { Db } from '../db/database';
import type { Clock } from '../platform/clock';
import { prepare, type StartOptions } from '../start';

export const ENGINE = (process.env.TIEPDAN_TEST_DB ?? 'sqlite') as 'sqlite' | 'postgres';
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

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
 * A fresh database per test file on the engine of this leg: a temporary SQLite file, or a new schema in the
 * PostgreSQL test database, migrated and loaded with the demo organisation through the real start-up path.
 */
export async function createTestContext(opts: { clock?: Clock; demoRosters?: boolean } = {}): Promise<TestContext> {
  let cleanup: () => Promise<void>;
  let options: StartOptions;
  if (ENGINE === 'postgres') {
    // The creation time in the name lets `npm test` drop schemas an interrupted run left, and only those.
    const schema = `t_${Math.floor(Date.now() / 1000).toString(36)}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: DATABASE_URL });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const dir = mkdtempSync(join(tmpdir(), 'tiepdan-pg-'));
    options = { databaseUrl: DATABASE_URL, pgSchema: schema, dataDir: dir };
    cleanup = async () => {
      rmSync(dir, { recursive: true, force: true });
      const c = new pg.Client({ connectionString: DATABASE_URL });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    };
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'tiepdan-sqlite-'));
    options = { dataDir: dir, databaseUrl: '' };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  const { app, db } = await prepare({ ...options, demo: true, demoRosters: opts.demoRosters ?? false, logLevel: 'silent', webDir: '/nonexistent', ...(opts.clock ? { clock: opts.clock } : {}) });
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
