#!/usr/bin/env node
/**
 * Builds what `npm start` runs, only what is stale:
 *  - the web app (Vite) into dist/web, each asset also pre-compressed (.br, .gz) so the server sends the
 *    compressed bytes without spending CPU on every request;
 *  - the server and CLI (esbuild) into dist/server, so production starts with plain node: no TypeScript
 *    transform at start-up (≈ 1 s and ≈ 55 MB less than running through tsx).
 * Plain JavaScript on purpose: it runs before anything is compiled.
 *   node scripts/build.mjs [web|server] [--force]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
const args = process.argv.slice(2);
const force = args.includes('--force');
const only = args.find((a) => !a.startsWith('--'));

function newest(dir) {
  let latest = 0;
  if (!existsSync(dir)) return latest;
  if (!statSync(dir).isDirectory()) return statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const stale = (output, sources) => force || !existsSync(output) || statSync(output).mtimeMs < Math.max(...sources.map(newest), statSync('package.json').mtimeMs);

function precompress(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) precompress(path);
    else if (/\.(js|css|html|svg|json|txt|map)$/.test(entry.name)) {
      const data = readFileSync(path);
      if (data.length < 1024) continue;
      writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
      writeFileSync(`${path}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    }
  }
}

if (only !== 'server' && stale('dist/web/index.html', ['web/src', 'web/index.html', 'core'])) {
  console.log('Đang dựng giao diện web…');
  // A production React build whatever the caller's NODE_ENV (vitest sets "test").
  const r = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (r.status !== 0) process.exit(r.status ?? 1);
  precompress('dist/web');
}

if (only !== 'web' && stale('dist/server/main.js', ['server', 'core'])) {
  console.log('Đang biên dịch máy chủ…');
  const { build } = await import('esbuild');
  await build({
    entryPoints: { main: 'server/main.ts', cli: 'server/cli.ts' },
    outdir: 'dist/server',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
    tsconfig: 'tsconfig.json',
  });
  // The shipped Word templates are read beside the code that uses them (new URL('./templates/', import.meta.url)).
  cpSync('server/modules/documents/templates', 'dist/server/templates', { recursive: true });
}
