/**
 * Health screening at intake (issue 10 §6; seed III.2: "báo cáo kịp thời công dân đến từ nơi có dịch bệnh"). During
 * a period that screens, a visit is flagged when a visitor lives in a listed ward, the group comes from one, or an
 * answer says so: a yes to a yes/no question, or a place answer naming a listed area (compared without diacritics,
 * so "phuong vu ninh" matches «Phường Vũ Ninh»).
 */
import { searchKey } from '../text/normalize';

export const SCREENING_QUESTION_KINDS = ['yes_no', 'place'] as const;
export type ScreeningQuestionKind = (typeof SCREENING_QUESTION_KINDS)[number];

/** A listed area: a ward of the unit tree (matched by id and by name) or free text (a province, a district). */
export interface ScreeningArea {
  wardId: number | null;
  label: string;
}

export interface ScreeningQuestion {
  text: string;
  kind: ScreeningQuestionKind;
}

/** An answer to the question at `question` (its index in the period's list). */
export interface ScreeningAnswer {
  question: number;
  answer: string;
}

export interface ScreeningReason {
  kind: 'residence' | 'origin' | 'answer';
  /** The listed area matched; for a yes to a yes/no question, the question's text. */
  area: string;
  question: number | null;
}

export interface ScreeningFacts {
  areas: readonly ScreeningArea[];
  questions: readonly ScreeningQuestion[];
  answers: readonly ScreeningAnswer[];
  /** Wards of residence of the visitors (as registered). */
  residenceWardIds: readonly (number | null)[];
  /** Wards the group says it comes from. */
  originWardIds: readonly number[];
}

const YES = new Set(['co', 'yes', 'y', 'true', 'x']);

/** Whether a free answer names the area: its key holds the area's key as whole words. */
function names(answer: string, area: string): boolean {
  const a = ` ${searchKey(answer)} `;
  const k = searchKey(area);
  return k !== '' && a.includes(` ${k} `);
}

export function screenVisit(f: ScreeningFacts): { flagged: boolean; reasons: ScreeningReason[] } {
  const reasons: ScreeningReason[] = [];
  const wardArea = new Map(f.areas.filter((a) => a.wardId !== null).map((a) => [a.wardId as number, a.label]));
  for (const w of new Set(f.residenceWardIds)) {
    const area = w === null ? undefined : wardArea.get(w);
    if (area !== undefined) reasons.push({ kind: 'residence', area, question: null });
  }
  for (const w of new Set(f.originWardIds)) {
    const area = wardArea.get(w);
    if (area !== undefined) reasons.push({ kind: 'origin', area, question: null });
  }
  for (const a of f.answers) {
    const q = f.questions[a.question];
    if (!q) continue;
    if (q.kind === 'yes_no') {
      if (YES.has(searchKey(a.answer))) reasons.push({ kind: 'answer', area: q.text, question: a.question });
      continue;
    }
    for (const area of f.areas) if (names(a.answer, area.label)) reasons.push({ kind: 'answer', area: area.label, question: a.question });
  }
  return { flagged: reasons.length > 0, reasons };
}
