/**
 * The hard rules of a roster (issue 9 §2), checked on any list of assignments: the solver's output, a manual edit, a
 * swap. Pure; the messages are Vietnamese sentences for the screen.
 */
import {
  conflicts,
  describeShift,
  mayStaff,
  officerName,
  overlaps,
  prepare,
  roleNoun,
  unavailabilityDuring,
  type Prepared,
  type PreparedShift,
} from './model';
import { push } from './collections';
import { dayMonth } from './time';
import type { RosterInput, RosterSlotAssignment, RosterViolation, UnavailabilityKind } from './types';

const UNAVAILABLE_PHRASE: Record<UnavailabilityKind, string> = {
  leave: 'đang nghỉ phép',
  day_off_in_lieu: 'đang nghỉ bù',
  sick: 'đang nghỉ ốm',
  training: 'đang đi tập huấn',
  other: 'đã báo bận',
};

export function unavailablePhrase(kind: UnavailabilityKind): string {
  return UNAVAILABLE_PHRASE[kind];
}

export function checkRoster(input: RosterInput, assignments: readonly RosterSlotAssignment[]): RosterViolation[] {
  return checkPrepared(prepare(input), assignments);
}

export function checkPrepared(p: Prepared, assignments: readonly RosterSlotAssignment[]): RosterViolation[] {
  const violations: RosterViolation[] = [];
  const byOfficer = new Map<string, PreparedShift[]>();
  const perSlot = new Map<string, number>();

  for (const a of assignments) {
    const shift = p.shifts.get(a.shiftId);
    const officer = p.officers.get(a.officerId);
    const name = officerName(officer, a.officerId);
    if (!shift) {
      violations.push({ code: 'unknown_shift', officerId: a.officerId, shiftIds: [a.shiftId], message: `Không có ca «${a.shiftId}» trong lịch trực.` });
      continue;
    }
    const where = describeShift(shift);
    if (!officer) {
      violations.push({ code: 'unknown_officer', officerId: a.officerId, shiftIds: [a.shiftId], message: `${where}: không có cán bộ «${a.officerId}» trong danh sách.` });
      continue;
    }
    const required = shift.shift.requirements.find((r) => r.role === a.role)?.count ?? 0;
    const slotKey = `${a.shiftId}\u0000${a.role}`;
    const filled = (perSlot.get(slotKey) ?? 0) + 1;
    perSlot.set(slotKey, filled);
    if (required === 0) {
      violations.push({ code: 'role_not_required', officerId: a.officerId, shiftIds: [a.shiftId], message: `${where} không cần ${roleNoun(a.role)}, nhưng ${name} được phân vào.` });
    } else if (filled === required + 1) {
      violations.push({ code: 'over_required', officerId: a.officerId, shiftIds: [a.shiftId], message: `${where} chỉ cần ${required} ${roleNoun(a.role)}, nhưng được phân nhiều hơn.` });
    }
    if (!officer.officer.roles.includes(a.role)) {
      violations.push({ code: 'not_qualified', officerId: a.officerId, shiftIds: [a.shiftId], message: `${name} không được giao nhiệm vụ ${roleNoun(a.role)} (${where}).` });
    }
    if (!mayStaff(officer.officer, shift.place).allowed) {
      violations.push({
        code: 'wrong_unit',
        officerId: a.officerId,
        shiftIds: [a.shiftId],
        message: shift.place.reinforcementAllowed
          ? `${name} thuộc đơn vị không được cử tăng cường cho ${shift.place.name} (${where}).`
          : `${name} không thuộc đơn vị trực tại ${shift.place.name}, nơi này không nhận tăng cường (${where}).`,
      });
    }
    const away = unavailabilityDuring(officer, shift);
    if (away) {
      violations.push({ code: 'unavailable', officerId: a.officerId, shiftIds: [a.shiftId], message: `${name} ${unavailablePhrase(away.kind)} trong ${where}.` });
    }
    const list = byOfficer.get(a.officerId) ?? [];
    list.push(shift);
    byOfficer.set(a.officerId, list);
  }

  for (const [officerId, list] of byOfficer) {
    const name = officerName(p.officers.get(officerId), officerId);
    list.sort((x, y) => x.start - y.start || (x.shift.id < y.shift.id ? -1 : 1));
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      for (let j = i + 1; j < list.length; j++) {
        const b = list[j]!;
        // Sorted by start: once b starts after a's end and rest, no later shift can overlap a or fall in its rest.
        if (b.start >= a.end + a.restAfter) break;
        if (a.shift.id === b.shift.id) {
          violations.push({ code: 'duplicate', officerId, shiftIds: [a.shift.id], message: `${name} được phân hai lần vào ${describeShift(a)}.` });
        } else if (overlaps(a, b)) {
          violations.push({ code: 'overlap', officerId, shiftIds: [a.shift.id, b.shift.id], message: `${name} trực hai ca trùng giờ: ${describeShift(a)} và ${describeShift(b)}.` });
        } else if (conflicts(a, b)) {
          const night = a.shift.isNight;
          const hours = night ? p.rules.restAfterNightHours : p.rules.restAfterShiftHours;
          violations.push({
            code: night ? 'rest_after_night' : 'rest_after_shift',
            officerId,
            shiftIds: [a.shift.id, b.shift.id],
            message: `${name} chưa nghỉ đủ ${hours} giờ sau ${describeShift(a)} trước ${describeShift(b)}.`,
          });
        }
      }
    }
    const weeks = new Map<number, PreparedShift[]>();
    for (const s of list) push(weeks, s.week, s);
    for (const week of [...weeks.values()]) {
      const hours = week.reduce((sum, s) => sum + s.hours, 0);
      if (hours > p.rules.weeklyHoursCap + 1e-9) {
        violations.push({
          code: 'weekly_hours',
          officerId,
          shiftIds: week.map((s) => s.shift.id),
          message: `${name} trực ${formatHours(hours)} giờ trong tuần có ngày ${dayMonth(week[0]!.start)}, quá giới hạn ${p.rules.weeklyHoursCap} giờ.`,
        });
      }
    }
  }
  return violations;
}

export function formatHours(hours: number): string {
  return Number.isInteger(hours) ? String(hours) : hours.toFixed(1).replace('.', ',');
}
