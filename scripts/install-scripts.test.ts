import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (file: string) => JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')) as Record<string, unknown>;

describe('install scripts', () => {
  // npm 11 skips the install scripts of dependencies that package.json's allowScripts does not approve: a new
  // dependency with a native build would install without it and fail only when first loaded.
  it('every locked package with an install script is approved in allowScripts', () => {
    const lock = read('package-lock.json') as { packages: Record<string, { hasInstallScript?: boolean }> };
    const allowed = Object.keys((read('package.json').allowScripts ?? {}) as Record<string, boolean>).map((k) => k.replace(/(.)@.*$/, '$1'));
    const withScripts = Object.entries(lock.packages)
      .filter(([, p]) => p.hasInstallScript)
      .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
    expect(withScripts).toContain('better-sqlite3');
    expect(withScripts.filter((name) => !allowed.includes(name))).toEqual([]);
  });
});
