/**
 * The server stores phone numbers as E.164 (+84…); people read and dial them in the national form with
 * the usual grouping: mobiles 0912 345 678, landlines with a 3-digit area code 0222 3822 100.
 */
export function formatPhone(value: string): string {
  const m = /^\+84(\d{9,10})$/.exec(value.replace(/\s/g, ''));
  if (!m?.[1]) return value;
  const national = '0' + m[1];
  if (national.length === 10) return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`;
  return `${national.slice(0, 4)} ${national.slice(4, 8)} ${national.slice(8)}`;
}
