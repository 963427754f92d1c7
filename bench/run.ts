/**
 * `npm run bench`: the benchmarks in this folder, each a standalone script.
 *
 *   npm run bench                         runs every benchmark with its defaults, one after another
 *   npm run bench -- --list               lists them with what each measures
 *   npm run bench -- <name> [options…]    runs one, passing the options on (e.g. people-search --people 100000)
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const DIR = import.meta.dirname;

/** Every bench/*.ts but this runner, with the first sentence of its header comment. */
export function benchmarks(): { name: string; file: string; summary: string }[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.ts') && f !== basename(import.meta.filename) && !f.endsWith('.test.ts'))
    .sort()
    .map((f) => {
      const header = /\/\*\*\s*\n\s*\*\s*(.+)/.exec(readFileSync(join(DIR, f), 'utf8'))?.[1] ?? '';
      return { name: f.replace(/\.ts$/, ''), file: join(DIR, f), summary: header };
    });
}

function run(file: string, args: string[]): number {
  console.log(`\n━━ ${basename(file)} ${args.join(' ')}`);
  return spawnSync(process.execPath, ['--import', 'tsx', file, ...args], { stdio: 'inherit' }).status ?? 1;
}

if (process.argv[1] === import.meta.filename) {
  const [first, ...rest] = process.argv.slice(2);
  const all = benchmarks();
  if (first === '--list' || first === '-h' || first === '--help') {
    for (const b of all) console.log(`  ${b.name.padEnd(16)} ${b.summary}`);
  } else if (first) {
    const chosen = all.find((b) => b.name === first);
    if (!chosen) {
      console.error(`Không có bài đo "${first}". Có: ${all.map((b) => b.name).join(', ')}.`);
      process.exitCode = 1;
    } else process.exitCode = run(chosen.file, rest);
  } else {
    const failed = all.filter((b) => run(b.file, []) !== 0).map((b) => b.name);
    if (failed.length) console.error(`\nBài đo lỗi: ${failed.join(', ')}`);
    process.exitCode = failed.length ? 1 : 0;
  }
}
