/**
 * Builds the web app before `npm start` only when dist/web is missing or older than its sources, so a new user
 * gets the screens on the first start and later starts stay fast.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const built = 'dist/web/index.html';
const stale = !existsSync(built) || statSync(built).mtimeMs < Math.max(newest('web'), newest('core'));
if (stale) {
  console.log('Đang dựng giao diện web (lần đầu hoặc mã nguồn đã đổi)…');
  const r = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
