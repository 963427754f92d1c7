import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, toDayNumber } from './days';
import { ANNOUNCED_SCHEDULES } from './schedules';
import { createWorkCalendar } from './work-calendar';

// Both the announced years and computed ones, with the unconfirmed entry included for more variety.
const calendars = {
  announced: createWorkCalendar(),
  withUnconfirmed: createWorkCalendar(ANNOUNCED_SCHEDULES, { includeUnconfirmed: true }),
  computedOnly: createWorkCalendar([]),
};
const FIRST = toDayNumber('2019-01-01');
const LAST = toDayNumber('2095-12-31');

const anyDay = fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber);
// Drawn by name so a counterexample prints a word, not the calendar's tables.
const anyCalendar = fc.constantFrom('announced', 'withUnconfirmed', 'computedOnly');

describe('working-day arithmetic (properties)', () => {
  it('counting the working days up to addWorkingDays(d, n) gives n, for n ≥ 1', () => {
    fc.assert(
      fc.property(anyCalendar, anyDay, fc.integer({ min: 1, max: 400 }), (name, d, n) => {
        const cal = calendars[name];
        expect(cal.countWorkingDays(d, cal.addWorkingDays(d, n))).toBe(n);
      }),
    );
  });

  it('addWorkingDays never lands on a day off and, for n ≥ 1, always lands after d', () => {
    fc.assert(
      fc.property(anyCalendar, anyDay, fc.integer({ min: 0, max: 400 }), (name, d, n) => {
        const cal = calendars[name];
        const end = cal.addWorkingDays(d, n);
        expect(cal.isWorkingDay(end)).toBe(true);
        if (n >= 1) expect(end > d).toBe(true);
        else expect(end === d).toBe(cal.isWorkingDay(d));
      }),
    );
  });

  it('addCalendarDays ends on a working day, never before d + n, and on the first working day from d + n', () => {
    fc.assert(
      fc.property(anyCalendar, anyDay, fc.integer({ min: 0, max: 120 }), (name, d, n) => {
        const cal = calendars[name];
        const end = cal.addCalendarDays(d, n);
        const earliest = addDays(d, n);
        expect(cal.isWorkingDay(end)).toBe(true);
        expect(end >= earliest).toBe(true);
        for (let x = earliest; x < end; x = addDays(x, 1)) expect(cal.isWorkingDay(x)).toBe(false);
      }),
    );
  });

  it('nextWorkingDay(d) > d and previousWorkingDay(d) < d, both working, with only days off between', () => {
    fc.assert(
      fc.property(anyCalendar, anyDay, (name, d) => {
        const cal = calendars[name];
        const next = cal.nextWorkingDay(d);
        const previous = cal.previousWorkingDay(d);
        expect(next > d).toBe(true);
        expect(previous < d).toBe(true);
        expect(cal.isWorkingDay(next) && cal.isWorkingDay(previous)).toBe(true);
        expect(cal.countWorkingDays(d, next)).toBe(1);
        expect(cal.countWorkingDays(previous, d)).toBe(cal.isWorkingDay(d) ? 1 : 0);
      }),
    );
  });

  it('countWorkingDays is additive and antisymmetric', () => {
    fc.assert(
      fc.property(anyCalendar, anyDay, anyDay, anyDay, (name, a, b, c) => {
        const cal = calendars[name];
        expect(cal.countWorkingDays(a, b) + cal.countWorkingDays(b, c)).toBe(cal.countWorkingDays(a, c));
        expect(cal.countWorkingDays(a, b) + cal.countWorkingDays(b, a)).toBe(0);
      }),
    );
  });

  it('dayInfo agrees with isWorkingDay and names every day off', () => {
    fc.assert(
      fc.property(anyCalendar, anyDay, (name, d) => {
        const cal = calendars[name];
        const info = cal.dayInfo(d);
        expect(info.date).toBe(d);
        expect(info.working).toBe(cal.isWorkingDay(d));
        if (!info.working) {
          expect(info.kind).toBeDefined();
          expect(info.name?.length ?? 0).toBeGreaterThan(0);
        }
      }),
    );
  });
});
