/**
 * The time line of a period for its evaluation report (issue 10 §5): incidents and their steps, working groups sent
 * and arrived, alerts raised, escalated and acknowledged, in time order, with how long each acknowledgement took.
 * Pure: the server reads the rows in the reader's scope and passes them in; a report reuses the same assembly.
 */
import type { IncidentKind, IncidentStep } from './lifecycle';

export interface TimelineFacts {
  incidents: { id: number; kind: IncidentKind; occurredAt: string; headCount: number; address: string; wards: string[] }[];
  steps: { incidentId: number; step: IncidentStep; at: string; by: string | null; note: string | null }[];
  dispatches: { incidentId: number; groupName: string; dispatchedAt: string; arrivedAt: string | null }[];
  alerts: { id: number; incidentId: number | null; title: string; createdAt: string; ackSeconds: number | null }[];
  /** Levels an alert was escalated to, each with when it happened. */
  escalations: { alertId: number; level: number; at: string }[];
  /** Acknowledgements by recipients who had to acknowledge; the earliest per alert is the alert's. */
  acks: { alertId: number; at: string; by: string | null }[];
}

export type TimelineEntry =
  | { at: string; type: 'occurred'; incidentId: number; kind: IncidentKind; headCount: number; address: string; wards: string[] }
  | { at: string; type: 'step'; incidentId: number; step: IncidentStep; by: string | null; note: string | null }
  | { at: string; type: 'dispatched' | 'arrived'; incidentId: number; group: string }
  | { at: string; type: 'alert'; incidentId: number | null; alertId: number; title: string; ackDueAt: string | null }
  | { at: string; type: 'escalated'; incidentId: number | null; alertId: number; title: string; level: number }
  | { at: string; type: 'acknowledged'; incidentId: number | null; alertId: number; title: string; by: string | null; afterSeconds: number; late: boolean };

export interface AcknowledgementFigures {
  alerts: number;
  /** Alerts that had to be acknowledged within a time. */
  timed: number;
  acknowledged: number;
  late: number;
  escalated: number;
  medianSeconds: number | null;
  maxSeconds: number | null;
}

export interface Timeline {
  entries: TimelineEntry[];
  acknowledgement: AcknowledgementFigures;
}

const ms = (iso: string) => Date.parse(iso);

/** Within one instant, causes first: a group sent or arrived moves the step, a step raises the alert. */
const ORDER: Record<TimelineEntry['type'], number> = { occurred: 0, dispatched: 1, arrived: 1, step: 2, alert: 3, escalated: 4, acknowledged: 5 };

export function assembleTimeline(f: TimelineFacts): Timeline {
  const entries: TimelineEntry[] = [];
  for (const i of f.incidents) entries.push({ at: i.occurredAt, type: 'occurred', incidentId: i.id, kind: i.kind, headCount: i.headCount, address: i.address, wards: i.wards });
  for (const s of f.steps) entries.push({ at: s.at, type: 'step', incidentId: s.incidentId, step: s.step, by: s.by, note: s.note });
  for (const d of f.dispatches) {
    entries.push({ at: d.dispatchedAt, type: 'dispatched', incidentId: d.incidentId, group: d.groupName });
    if (d.arrivedAt) entries.push({ at: d.arrivedAt, type: 'arrived', incidentId: d.incidentId, group: d.groupName });
  }
  const alerts = new Map(f.alerts.map((a) => [a.id, a]));
  const seconds: number[] = [];
  let late = 0;
  for (const a of f.alerts) {
    const ackDueAt = a.ackSeconds === null ? null : new Date(ms(a.createdAt) + a.ackSeconds * 1000).toISOString();
    entries.push({ at: a.createdAt, type: 'alert', incidentId: a.incidentId, alertId: a.id, title: a.title, ackDueAt });
  }
  const escalated = new Set<number>();
  for (const e of f.escalations) {
    const a = alerts.get(e.alertId);
    if (!a) continue;
    escalated.add(a.id);
    entries.push({ at: e.at, type: 'escalated', incidentId: a.incidentId, alertId: a.id, title: a.title, level: e.level });
  }
  const first = new Map<number, { at: string; by: string | null }>();
  for (const k of f.acks) {
    const seen = first.get(k.alertId);
    if (!seen || ms(k.at) < ms(seen.at)) first.set(k.alertId, k);
  }
  for (const [alertId, k] of first) {
    const a = alerts.get(alertId);
    if (!a) continue;
    const afterSeconds = Math.max(0, Math.round((ms(k.at) - ms(a.createdAt)) / 1000));
    const isLate = a.ackSeconds !== null && afterSeconds > a.ackSeconds;
    if (isLate) late++;
    seconds.push(afterSeconds);
    entries.push({ at: k.at, type: 'acknowledged', incidentId: a.incidentId, alertId, title: a.title, by: k.by, afterSeconds, late: isLate });
  }
  entries.sort((x, y) => ms(x.at) - ms(y.at) || ORDER[x.type] - ORDER[y.type] || (x.incidentId ?? 0) - (y.incidentId ?? 0));
  seconds.sort((x, y) => x - y);
  return {
    entries,
    acknowledgement: {
      alerts: f.alerts.length,
      timed: f.alerts.filter((a) => a.ackSeconds !== null).length,
      acknowledged: seconds.length,
      late,
      escalated: escalated.size,
      medianSeconds: seconds.length ? (seconds[Math.floor((seconds.length - 1) / 2)] as number) : null,
      maxSeconds: seconds.length ? (seconds[seconds.length - 1] as number) : null,
    },
  };
}
