/**
 * Pure helpers for announced holiday schedules (no React, no antd), shared by the list and the form.
 */
import { addDays, diffDays } from '@core/domain/calendar/days';
import type { HolidayGroup, Schedule } from './api';

export interface Span {
  from: string;
  to: string;
  name: string;
  kind: string;
}

/** Consecutive days off with the same name read as one line: "16/02–20/02 Tết Nguyên đán". */
export function spans<K extends string>(daysOff: readonly { date: string; name: string; kind: K }[]): (Span & { kind: K })[] {
  const out: (Span & { kind: K })[] = [];
  const sorted = [...daysOff].sort((a, b) => a.date.localeCompare(b.date));
  for (const d of sorted) {
    const last = out[out.length - 1];
    const next = last ? addDays(last.to, 1) : '';
    if (last && last.name === d.name && next === d.date) last.to = d.date;
    else out.push({ from: d.date, to: d.date, name: d.name, kind: d.kind });
  }
  return out;
}

const NAME_GROUPS: readonly [RegExp, HolidayGroup][] = [
  [/tết dương lịch|năm mới/i, 'new-year'],
  [/tết nguyên đán|tết âm lịch/i, 'tet'],
  [/hùng vương/i, 'hung-kings'],
  [/chiến thắng|thống nhất|(?<!\d)30\/4(?!\d)/i, 'victory'],
  [/lao động|(?<!\d)1\/5(?!\d)/i, 'labour'],
  [/quốc khánh|(?<!\d)2\/9(?!\d)/i, 'national-day'],
];

/**
 * Shipped schedules name the occasions they settle (`covers`) but leave each day's `group` empty. Copying them
 * into an entered schedule without groups would let the computed days of those occasions come back on top, so
 * each day gets its occasion: its own group, else one read from its name, else (a swapped day such as "Nghỉ hoán
 * đổi") the occasion of the nearest day of the same schedule. Only occasions the schedule covers are assigned.
 */
export function withGroups(s: Schedule): (Schedule['daysOff'][number] & { group: HolidayGroup | null })[] {
  const covers = new Set<HolidayGroup>(s.covers);
  const named = s.daysOff.map((d) => {
    const byName = NAME_GROUPS.find(([re]) => re.test(d.name))?.[1] ?? null;
    const group = d.group ?? (byName && covers.has(byName) ? byName : null);
    // A day named after an occasion the notice does not settle stays with the computed calendar.
    return { ...d, group, settled: d.group !== null || byName !== null };
  });
  const strip = ({ settled: _settled, ...d }: (typeof named)[number]) => d;
  if (covers.size === 0) return named.map(strip);
  const known = named.filter((d) => d.group !== null);
  return named.map((n) => {
    const d = strip(n);
    if (n.settled) return d;
    if (covers.size === 1) return { ...d, group: [...covers][0] ?? null };
    const nearest = [...known].sort((a, b) => Math.abs(diffDays(a.date, d.date)) - Math.abs(diffDays(b.date, d.date)))[0];
    return { ...d, group: nearest?.group ?? null };
  });
}
