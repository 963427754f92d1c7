import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { benchmarks } from '../bench/run';

const root = new URL('../', import.meta.url);
const scripts = (JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('package.json scripts', () => {
  // dist/ is what `npm start` builds before running it.
  it('every source file a script runs exists', () => {
    const files = Object.values(scripts).flatMap((s) => [...s.matchAll(/(?:tsx(?: watch)?|node(?: --[\w-]+)*) ([\w./-]+\.(?:ts|mjs|js))/g)].map((m) => m[1] as string));
    expect(files).toContain('bench/run.ts');
    expect(files.filter((f) => !f.startsWith('dist/') && !existsSync(new URL(f, root)))).toEqual([]);
  });

  it('npm run bench finds every benchmark, each with a summary', () => {
    const found = benchmarks();
    expect(found.map((b) => b.name)).toEqual(expect.arrayContaining(['people-search', 'platform', 'upgrade']));
    expect(found.filter((b) => !b.summary)).toEqual([]);
  });
});
