/**
 * How often the head of a people's committee must receive citizens in person (Luật Tiếp công dân 2013): the
 * chairman at district level at least 02 days a month at the district reception office (art. 14(5)); at commune
 * level at least 01 day a week at the commune committee's office (art. 15(2)(d)). Other units have no minimum in
 * the Law (their own regulations may set one).
 */
export interface ReceptionMinimum {
  days: number;
  per: 'week' | 'month';
  basis: string;
}

export function leaderReceptionMinimum(unitLevel: string): ReceptionMinimum | null {
  if (unitLevel === 'district') return { days: 2, per: 'month', basis: 'Điều 14 khoản 5 Luật Tiếp công dân 2013' };
  if (unitLevel === 'commune') return { days: 1, per: 'week', basis: 'Điều 15 khoản 2 điểm d Luật Tiếp công dân 2013' };
  return null;
}

/** Distinct local dates with a held or scheduled regular session, against the minimum over a span of `weeks`/`months`. */
export function meetsMinimum(min: ReceptionMinimum, sessionDates: readonly string[], spanUnits: number): boolean {
  return new Set(sessionDates).size >= min.days * spanUnits;
}
