import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/database';
import { prepare } from '../start';

let app: FastifyInstance;
let db: Db;
const dir = mkdtempSync(join(tmpdir(), 'tiepdan-static-'));
const script = `console.log(${JSON.stringify('tiếp công dân '.repeat(200))});`;

beforeAll(async () => {
  const web = join(dir, 'web');
  mkdirSync(join(web, 'assets'), { recursive: true });
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>tiepdan</title>');
  writeFileSync(join(web, 'assets', 'app-abc123.js'), script);
  writeFileSync(join(web, 'assets', 'app-abc123.js.gz'), gzipSync(script));
  ({ app, db } = await prepare({ dataDir: dir, databaseUrl: '', demo: false, logLevel: 'silent', webDir: web }));
});
afterAll(async () => {
  await app?.close();
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('serving the web app', () => {
  it('sends hashed assets pre-compressed with a long immutable cache', async () => {
    const r = await app.inject({ url: '/assets/app-abc123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(r.headers['content-length'])).toBeLessThan(script.length);
  });

  it('sends the page itself for any client-side route, always revalidated', async () => {
    for (const url of ['/', '/login', '/admin/units']) {
      const r = await app.inject({ url });
      expect(r.statusCode, url).toBe(200);
      expect(r.headers['content-type']).toMatch(/text\/html/);
      expect(r.body).toContain('<title>tiepdan</title>');
    }
    expect((await app.inject({ url: '/' })).headers['cache-control']).toBe('no-cache');
  });

  it('a missing asset is a plain 404, not the page', async () => {
    const r = await app.inject({ url: '/assets/khong-co.js' });
    expect(r.statusCode).toBe(404);
  });
});
