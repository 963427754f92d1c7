/**
 * Pure helpers for announced holiday schedules (no React, no antd), shared by the list and the form.
 */
import { addDays } from '@core/domain/calendar/days';

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
