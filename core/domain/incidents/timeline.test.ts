import { describe, expect, it } from 'vitest';
import { assembleTimeline, type TimelineFacts } from './timeline';

const facts = (over: Partial<TimelineFacts> = {}): TimelineFacts => ({
  incidents: [{ id: 1, kind: 'office_delegation', occurredAt: '2021-10-25T01:25:00.000Z', headCount: 30, address: 'Trụ sở', wards: ['Phường Vũ Ninh'] }],
  steps: [
    { incidentId: 1, step: 'reported', at: '2021-10-25T01:30:00.000Z', by: 'Vũ Đình Khoa', note: null },
    { incidentId: 1, step: 'closed', at: '2021-10-25T03:00:00.000Z', by: 'Chủ tịch', note: 'Đã về' },
  ],
  dispatches: [{ incidentId: 1, groupName: 'Tổ Vũ Ninh', dispatchedAt: '2021-10-25T01:34:00.000Z', arrivedAt: '2021-10-25T01:52:00.000Z' }],
  alerts: [
    { id: 7, incidentId: 1, title: 'Đoàn đông người', createdAt: '2021-10-25T01:30:00.000Z', ackSeconds: 300 },
    { id: 8, incidentId: null, title: 'Thông tin', createdAt: '2021-10-25T02:00:00.000Z', ackSeconds: null },
  ],
  escalations: [],
  acks: [
    { alertId: 7, at: '2021-10-25T01:33:00.000Z', by: 'Chủ tịch' },
    { alertId: 7, at: '2021-10-25T01:31:30.000Z', by: 'Công an' },
  ],
  ...over,
});

describe('time line of a period', () => {
  it('puts incidents, steps, groups and alerts in time order, the reported step before its alert at the same instant', () => {
    const { entries } = assembleTimeline(facts());
    expect(entries.map((e) => `${e.at.slice(11, 19)} ${e.type}`)).toEqual([
      '01:25:00 occurred', '01:30:00 step', '01:30:00 alert', '01:31:30 acknowledged', '01:34:00 dispatched', '01:52:00 arrived', '02:00:00 alert', '03:00:00 step',
    ]);
    expect(entries.find((e) => e.type === 'alert')).toMatchObject({ alertId: 7, ackDueAt: '2021-10-25T01:35:00.000Z' });
  });

  it('counts the earliest acknowledgement of an alert, how long it took and whether it was late', () => {
    const { entries, acknowledgement } = assembleTimeline(facts());
    expect(entries.filter((e) => e.type === 'acknowledged')).toEqual([
      { at: '2021-10-25T01:31:30.000Z', type: 'acknowledged', incidentId: 1, alertId: 7, title: 'Đoàn đông người', by: 'Công an', afterSeconds: 90, late: false },
    ]);
    expect(acknowledgement).toEqual({ alerts: 2, timed: 1, acknowledged: 1, late: 0, escalated: 0, medianSeconds: 90, maxSeconds: 90 });
  });

  it('marks a late acknowledgement and the escalation before it', () => {
    const { entries, acknowledgement } = assembleTimeline(
      facts({ acks: [{ alertId: 7, at: '2021-10-25T01:41:00.000Z', by: 'Phó Chủ tịch' }], escalations: [{ alertId: 7, level: 1, at: '2021-10-25T01:35:00.000Z' }, { alertId: 99, level: 1, at: '2021-10-25T01:35:00.000Z' }] }),
    );
    expect(entries.filter((e) => e.type === 'escalated' || e.type === 'acknowledged').map((e) => e.type)).toEqual(['escalated', 'acknowledged']);
    expect(acknowledgement).toMatchObject({ acknowledged: 1, late: 1, escalated: 1, medianSeconds: 660 });
  });

  it('is empty for a quiet period', () => {
    expect(assembleTimeline({ incidents: [], steps: [], dispatches: [], alerts: [], escalations: [], acks: [] })).toEqual({
      entries: [],
      acknowledgement: { alerts: 0, timed: 0, acknowledged: 0, late: 0, escalated: 0, medianSeconds: null, maxSeconds: null },
    });
  });
});
