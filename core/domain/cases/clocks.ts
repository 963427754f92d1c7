import { compareIsoDates, isIsoDate } from '../calendar';
import type { IsoDate } from '../calendar/types';
import { computeDeadline, type ComputeOptions, type DeadlineCalendar, type DeadlineInput, type DeadlineResult, type DeadlineType, type StageCode } from '../deadlines';

/** Why a clock stopped running: the step was done, a fresh clock replaced it, or the case was terminated. */
export type ClockEnd = 'completed' | 'superseded' | 'terminated';

/**
 * One clock of a case as the cases module stores it (one row each): the deadline input it was started with, and how
 * it ended. A case keeps every clock it ever had; a fresh clock never overwrites an old one.
 */
export interface CaseClock {
  /** 1, 2, … in the order the clocks of the case were started. */
  seq: number;
  input: Omit<DeadlineInput, 'today' | 'dueSoonDays'>;
  /** Why this clock was started, as a citation, e.g. "Điều 37 khoản 2 điểm c Luật Tố cáo 2018". */
  startBasis?: string;
  /** The clock this one starts afresh (same type and stage). */
  restartOf?: number;
  endedOn?: IsoDate;
  endedBy?: ClockEnd;
}

/** Which clocks the law lets a superior start afresh for the same matter, and why. */
const RESTARTS: readonly { type: DeadlineType; stage: StageCode; basis: string }[] = [
  // Luật TC art. 37(2)(c), (3): the superior re-resolves "theo thời hạn, trình tự, thủ tục" of the chapter: new periods.
  { type: 'to_cao', stage: 'giai_quyet', basis: 'Điều 37 khoản 2 điểm c Luật Tố cáo 2018' },
];

export type FreshClockOutcome = { ok: true; clocks: CaseClock[]; started: CaseClock } | { ok: false; reason: 'NOT_RESTARTABLE' | 'NO_EARLIER_CLOCK' | 'BEFORE_EARLIER_CLOCK'; message: string };

/**
 * Starts a fresh clock for the same matter — a superior re-resolving a denunciation (Luật TC art. 37(2)(c)) runs the
 * whole resolution again with new periods and new extensions — keeping every earlier clock. An earlier clock of the
 * same stage still running is closed as superseded on the day the new one starts. The fresh clock takes the rule set
 * in force on its own start day. Returns the new list; the caller stores `started` and the closed clock.
 */
export function startFreshClock(
  clocks: readonly CaseClock[],
  next: { type: DeadlineType; stage: StageCode; startedOn: IsoDate; complex?: boolean; especiallyComplex?: boolean },
): FreshClockOutcome {
  if (!isIsoDate(next.startedOn)) throw new RangeError(`Ngày không hợp lệ: "${String(next.startedOn)}".`);
  const restart = RESTARTS.find((r) => r.type === next.type && r.stage === next.stage);
  if (!restart) return { ok: false, reason: 'NOT_RESTARTABLE', message: 'Pháp luật không quy định tính lại thời hạn từ đầu cho bước này.' };
  const same = clocks.filter((c) => c.input.type === next.type && c.input.stage === next.stage);
  const last = same.reduce<CaseClock | undefined>((acc, c) => (acc === undefined || c.seq > acc.seq ? c : acc), undefined);
  if (!last) return { ok: false, reason: 'NO_EARLIER_CLOCK', message: 'Chưa có lần giải quyết trước đó để giải quyết lại.' };
  if (compareIsoDates(next.startedOn, last.input.startedOn) < 0) {
    return { ok: false, reason: 'BEFORE_EARLIER_CLOCK', message: 'Ngày bắt đầu giải quyết lại không thể trước ngày bắt đầu lần giải quyết trước.' };
  }
  const started: CaseClock = {
    seq: Math.max(...clocks.map((c) => c.seq)) + 1,
    input: {
      type: next.type,
      stage: next.stage,
      startedOn: next.startedOn,
      ...(next.complex === undefined ? {} : { complex: next.complex }),
      ...(next.especiallyComplex === undefined ? {} : { especiallyComplex: next.especiallyComplex }),
    },
    startBasis: restart.basis,
    restartOf: last.seq,
  };
  const closed = clocks.map((c) => (c.endedOn === undefined && c.input.type === next.type && c.input.stage === next.stage ? { ...c, endedOn: next.startedOn, endedBy: 'superseded' as const } : c));
  return { ok: true, clocks: [...closed, started], started };
}

export interface ClockView {
  clock: CaseClock;
  /** The clock computed as of its end (or `today` while it runs). */
  result: DeadlineResult;
  /** Still running: not ended. */
  current: boolean;
  /** For an ended clock with a due date: whether it ended after the due date. */
  endedLate: boolean | null;
}

/** Every clock of a case computed, the old ones as they stood when they ended. */
export function computeClocks(clocks: readonly CaseClock[], calendar: DeadlineCalendar, today: IsoDate, options: ComputeOptions = {}): ClockView[] {
  return [...clocks]
    .sort((a, b) => a.seq - b.seq)
    .map((clock) => {
      const result = computeDeadline({ ...clock.input, today: clock.endedOn ?? today }, calendar, options);
      const endedLate = clock.endedOn === undefined || result.dueOn === null ? null : compareIsoDates(clock.endedOn, result.dueOn) > 0;
      return { clock, result, current: clock.endedOn === undefined, endedLate };
    });
}
