/**
 * Dates and times as Vietnamese offices write them: dd/mm/yyyy and HH:mm, always in Asia/Ho_Chi_Minh
 * whatever the browser's own time zone is (a laptop set to UTC must not shift a 23:30 visit to the next day).
 * Calendar dates ('YYYY-MM-DD') have no time zone and are only re-ordered, never converted.
 */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const DATE_FORMAT = 'DD/MM/YYYY';
const EMPTY = '—';

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function zonedParts(iso: string): Record<string, string> | null {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  const out: Record<string, string> = {};
  for (const p of partsFormatter.formatToParts(d)) out[p.type] = p.value;
  return out;
}

/** 'YYYY-MM-DD' → 'dd/mm/yyyy'. */
export function formatDate(date: string | null | undefined): string {
  if (!date) return EMPTY;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return date;
  return `${m[3]}/${m[2]}/${m[1]}`;
}

/** ISO timestamp → 'dd/mm/yyyy HH:mm' in Vietnam time. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return EMPTY;
  const p = zonedParts(iso);
  if (!p) return iso;
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** ISO timestamp → 'HH:mm' in Vietnam time. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return EMPTY;
  const p = zonedParts(iso);
  if (!p) return iso;
  return `${p.hour}:${p.minute}`;
}

/** Today's calendar date in Vietnam, as 'YYYY-MM-DD' (the default "as of" date of the unit tree). */
export function todayInVietnam(now: Date = new Date()): string {
  const p = zonedParts(now.toISOString());
  if (!p) return now.toISOString().slice(0, 10);
  return `${p.year}-${p.month}-${p.day}`;
}
