/**
 * The catalogue comes in parts (web/src/i18n/<language>/<part>.json) that load with the screens using them. The
 * types check every key against the whole catalogue, so these tests check what types cannot: both languages say
 * the same things, no part repeats another's keys, and a file only uses strings its screens are sure to have loaded.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import viBase from '../i18n/vi/base.json';
import viShell from '../i18n/vi/shell.json';
import viAdmin from '../i18n/vi/admin.json';
import viPeople from '../i18n/vi/people.json';
import viCalendar from '../i18n/vi/calendar.json';
import viPeriods from '../i18n/vi/periods.json';
import viRecords from '../i18n/vi/records.json';
import enBase from '../i18n/en/base.json';
import enShell from '../i18n/en/shell.json';
import enAdmin from '../i18n/en/admin.json';
import enPeople from '../i18n/en/people.json';
import enCalendar from '../i18n/en/calendar.json';
import enPeriods from '../i18n/en/periods.json';
import enRecords from '../i18n/en/records.json';
import type { Area } from './i18n';

type Part = 'base' | Area;
const VI: Record<Part, object> = { base: viBase, shell: viShell, admin: viAdmin, people: viPeople, calendar: viCalendar, periods: viPeriods, records: viRecords };
const EN: Record<Part, object> = { base: enBase, shell: enShell, admin: enAdmin, people: enPeople, calendar: enCalendar, periods: enPeriods, records: enRecords };
const PARTS = Object.keys(VI) as Part[];

/**
 * The parts each source folder may rely on besides `base` (which loads before anything renders); first match wins.
 * Mirrors the router: the shell loads `shell`, and each area's screens load their own part inside the shell.
 */
const ALLOWED: [RegExp, Area[]][] = [
  [/^features\/auth\/LoginPage/, []],
  // Used by the people screens too, so only what every signed-in screen has.
  [/^features\/admin\/shared\//, ['shell']],
  [/^features\/admin\//, ['shell', 'admin']],
  // The record page shows the citizen's visits, letters and cases with the records' labels.
  [/^features\/people\//, ['shell', 'people', 'records']],
  [/^features\/(reception|letters|cases|records)\//, ['shell', 'records']],
  [/^features\/calendar\//, ['shell', 'calendar']],
  [/^features\/periods\//, ['shell', 'periods']],
  [/^(features\/|app\/(Shell|HeaderBar)\.tsx$|components\/ComingSoon\.tsx$)/, ['shell']],
  // The entry (router, guards, App, lib, shared components) renders before any part but `base` is sure to be in.
  [/./, []],
];

const leaves = (o: unknown, prefix = ''): string[] =>
  typeof o === 'object' && o !== null ? Object.entries(o).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k)) : [prefix];

function lookup(catalogue: object, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined), catalogue);
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );
}

describe('catalogue parts', () => {
  it('English has exactly the Vietnamese keys, part by part', () => {
    for (const part of PARTS) expect(leaves(EN[part]).sort(), part).toEqual(leaves(VI[part]).sort());
  });
  it('no string is left empty', () => {
    for (const [lang, parts] of [['vi', VI], ['en', EN]] as const)
      for (const part of PARTS) for (const key of leaves(parts[part])) expect(lookup(parts[part], key), `${lang}/${part}: ${key}`).not.toBe('');
  });
  it('each top-level key lives in one part only', () => {
    const tops = PARTS.flatMap((part) => Object.keys(VI[part]));
    expect(tops.length).toBe(new Set(tops).size);
  });

  it('every file uses only strings from the parts loaded before it renders', () => {
    const root = join(import.meta.dirname, '..');
    const partOf = new Map(PARTS.flatMap((part) => Object.keys(VI[part]).map((top) => [top, part] as const)));
    const all = Object.assign({}, ...PARTS.map((p) => VI[p])) as object;
    const problems: string[] = [];
    for (const file of sources(root)) {
      const path = relative(root, file);
      const allowed = new Set<Part>(['base', ...(ALLOWED.find(([re]) => re.test(path))?.[1] ?? [])]);
      // A literal is a key if the catalogue has it: 'places.updated', or the stem of `places.kinds.${kind}`.
      for (const m of readFileSync(file, 'utf8').matchAll(/['"`]([a-zA-Z]+(?:\.[\w-]+)+|[a-zA-Z]+)(?:['"`]|\.\$\{)/g)) {
        const key = m[1] as string;
        if (lookup(all, key) === undefined || (!key.includes('.') && !m[0].endsWith('${'))) continue;
        const part = partOf.get(key.split('.')[0] as string);
        if (part && !allowed.has(part)) problems.push(`${path}: ${key} (part ${part})`);
      }
    }
    expect(problems).toEqual([]);
  });
});
