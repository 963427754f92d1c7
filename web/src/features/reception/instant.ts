import type { Dayjs } from 'dayjs';

/**
 * A date and time picked at the desk, read as Vietnam's wall clock (UTC+7, no daylight saving): the instant the API
 * wants, with its offset, whatever the time zone of the computer the officer uses.
 */
export function toVietnamInstant(value: Dayjs): string {
  return `${value.format('YYYY-MM-DDTHH:mm')}:00+07:00`;
}
