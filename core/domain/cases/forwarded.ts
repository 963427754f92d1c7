import { compareIsoDates, isIsoDate } from '../calendar';
import type { IsoDate } from '../calendar/types';
import { computeDeadline, type ComputeOptions, type DeadlineCalendar } from '../deadlines';

/**
 * When to report back to the National Assembly body, deputy or Reception Board that forwarded a complaint or
 * denunciation (Luật TCD art. 27(2)): within 07 working days of the day the matter is resolved; at once (on the day
 * the forwarded letter is received) when it had already been resolved before.
 */
export function reportToForwarder(
  receivedOn: IsoDate,
  resolvedOn: IsoDate,
  calendar: DeadlineCalendar,
  options: ComputeOptions = {},
): { dueOn: IsoDate; immediate: boolean; basis: string } {
  if (!isIsoDate(receivedOn) || !isIsoDate(resolvedOn)) throw new RangeError('Ngày nhận đơn chuyển đến và ngày giải quyết phải có dạng YYYY-MM-DD.');
  const basis = 'Điều 27 khoản 2 Luật Tiếp công dân 2013';
  if (compareIsoDates(resolvedOn, receivedOn) < 0) return { dueOn: receivedOn, immediate: true, basis };
  const r = computeDeadline({ type: 'chung', stage: 'bao_cao_don_chuyen', startedOn: resolvedOn }, calendar, options);
  return { dueOn: r.dueOn ?? resolvedOn, immediate: false, basis };
}
