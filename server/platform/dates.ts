/** The instant a Vietnamese day starts (00:00 at UTC+7), optionally some days later, as an ISO timestamp. */
export function vnDayStartIso(date: string, plusDays = 0): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + plusDays) - 7 * 3600_000).toISOString();
}

/** The day in Vietnam (UTC+7, no daylight saving) of an instant. */
export const vnDateOf = (iso: string): string => new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(0, 10);
