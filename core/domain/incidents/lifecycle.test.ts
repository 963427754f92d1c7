import { describe, expect, it } from 'vitest';
import { checkStep, INCIDENT_STEPS, nextSteps } from './lifecycle';

describe('incident life cycle', () => {
  it('moves forward along the main line, skipping steps done elsewhere, never back', () => {
    expect(checkStep('reported', 'verified')).toBeNull();
    expect(checkStep('reported', 'on_site')).toBeNull();
    expect(checkStep('on_site', 'verified')).toBe('backwards');
    expect(checkStep('verified', 'verified')).toBe('same_step');
  });
  it('ends in an outcome; after escalation the leader decides between return and hand-over', () => {
    expect(checkStep('persuaded', 'returned')).toBeNull();
    expect(checkStep('reported', 'escalated')).toBeNull();
    expect(checkStep('escalated', 'returned')).toBeNull();
    expect(checkStep('escalated', 'handed_to_police')).toBeNull();
    expect(checkStep('returned', 'escalated')).toBe('backwards');
    expect(checkStep('returned', 'on_site')).toBe('backwards');
  });
  it('closes only after an outcome and with a summary; a closed incident does not move', () => {
    expect(checkStep('persuaded', 'closed', { summary: 'x' })).toBe('outcome_first');
    expect(checkStep('returned', 'closed')).toBe('summary_required');
    expect(checkStep('returned', 'closed', { summary: 'Đã đưa về' })).toBeNull();
    for (const s of INCIDENT_STEPS) expect(checkStep('closed', s, { summary: 'x' })).toBe('closed');
  });
  it('offers the steps that may come next', () => {
    expect(nextSteps('received')).toEqual(['persuaded', 'returned', 'escalated', 'handed_to_police']);
    expect(nextSteps('returned')).toEqual(['closed']);
  });
});
