/**
 * Why a slot stays uncovered (issue 9 §2): every officer who could in principle take it, and the hard rule that keeps
 * each one out, summed into one Vietnamese sentence — "Ca đêm 25/10 tại Trụ sở TCD thành phố: thiếu 1 công an — 3
 * người đủ điều kiện đều đang nghỉ bù".
 */
import { push } from './collections';
import { conflicts, describeShift, mayStaff, overlaps, roleNoun, unavailabilityDuring, type Prepared, type PreparedShift } from './model';
import { localIso } from './time';
import type { GapCounts, GapReasonCode, RosterGap, RosterSlotAssignment } from './types';

export function explainGaps(p: Prepared, assignments: readonly RosterSlotAssignment[]): RosterGap[] {
  const shiftsOf = new Map<string, PreparedShift[]>();
  const filled = new Map<string, number>();
  for (const a of assignments) {
    const s = p.shifts.get(a.shiftId);
    if (!s) continue;
    push(shiftsOf, a.officerId, s);
    filled.set(`${a.shiftId}\u0000${a.role}`, (filled.get(`${a.shiftId}\u0000${a.role}`) ?? 0) + 1);
  }
  const weekHours = (officerId: string, week: number): number =>
    (shiftsOf.get(officerId) ?? []).filter((s) => s.week === week).reduce((sum, s) => sum + s.hours, 0);

  const gaps: RosterGap[] = [];
  for (const shift of p.shiftList) {
    for (const req of shift.shift.requirements) {
      const missing = req.count - (filled.get(`${shift.shift.id}\u0000${req.role}`) ?? 0);
      if (missing <= 0) continue;
      const counts: GapCounts = { qualified: 0, onLeave: 0, dayOffInLieu: 0, otherUnavailable: 0, onThisShift: 0, busy: 0, resting: 0, overCap: 0 };
      for (const o of p.officers.values()) {
        if (!o.officer.roles.includes(req.role) || !mayStaff(o.officer, shift.place).allowed) continue;
        counts.qualified++;
        const away = unavailabilityDuring(o, shift);
        const mine = shiftsOf.get(o.officer.id) ?? [];
        if (away) {
          if (away.kind === 'leave') counts.onLeave++;
          else if (away.kind === 'day_off_in_lieu') counts.dayOffInLieu++;
          else counts.otherUnavailable++;
        } else if (mine.includes(shift)) counts.onThisShift++;
        else if (mine.some((s) => overlaps(s, shift))) counts.busy++;
        else if (mine.some((s) => conflicts(s, shift))) counts.resting++;
        else if (weekHours(o.officer.id, shift.week) + shift.hours > p.rules.weeklyHoursCap + 1e-9) counts.overCap++;
      }
      const { code, because } = explain(counts, p.rules.weeklyHoursCap, shift.place.reinforcementAllowed);
      gaps.push({
        shiftId: shift.shift.id,
        placeId: shift.place.id,
        role: req.role,
        start: localIso(shift.start),
        end: localIso(shift.end),
        missing,
        reasonCode: code,
        reason: `${describeShift(shift)}: thiếu ${missing} ${roleNoun(req.role)} — ${because}`,
        counts,
      });
    }
  }
  return gaps;
}

function explain(c: GapCounts, cap: number, reinforcementAllowed: boolean): { code: GapReasonCode; because: string } {
  if (c.qualified === 0) {
    return { code: 'no_qualified', because: `không có người nào đủ điều kiện${reinforcementAllowed ? '' : ' (nơi này không nhận tăng cường)'}` };
  }
  const parts: [number, string, GapReasonCode][] = [
    [c.onLeave, 'đang nghỉ phép', 'unavailable'],
    [c.dayOffInLieu, 'đang nghỉ bù', 'unavailable'],
    [c.otherUnavailable, 'vắng (ốm, tập huấn, bận việc)', 'unavailable'],
    [c.onThisShift, 'đã trực ca này', 'resting'],
    [c.busy, 'đang trực ca khác cùng giờ', 'resting'],
    [c.resting, 'chưa nghỉ đủ thời gian giữa hai ca', 'resting'],
    [c.overCap, `đã đủ ${cap} giờ trực trong tuần`, 'hours_cap'],
  ];
  const present = parts.filter(([n]) => n > 0);
  const codes = new Set(present.map(([, , code]) => code));
  const code: GapReasonCode = codes.size === 1 ? [...codes][0]! : 'mixed';
  if (present.length === 1) {
    const phrase = present[0]![1];
    return { code, because: c.qualified === 1 ? `người đủ điều kiện duy nhất ${phrase}` : `${c.qualified} người đủ điều kiện đều ${phrase}` };
  }
  return { code, because: `${c.qualified} người đủ điều kiện: ${present.map(([n, phrase]) => `${n} ${phrase}`).join(', ')}` };
}
