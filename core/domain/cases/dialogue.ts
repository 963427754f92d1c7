import { compareIsoDates, isIsoDate } from '../calendar';
import type { IsoDate } from '../calendar/types';

const ND155_FROM = '2026-07-01';

export interface DialogueFacts {
  type: 'khieu_nai' | 'khieu_nai_ky_luat';
  level: 1 | 2;
  /** First-level administrative complaints: the complainant's requests and the verification results still differ. */
  positionsDiffer?: boolean;
  /** The day the question is asked (the rules changed on 1/7/2026). */
  on: IsoDate;
}

export interface DialogueRequirement {
  required: boolean;
  basis: string;
  /** The minimum-notice row of the deadline table (from 1/7/2026): the dialogue not earlier than 05 days after the notice. */
  noticeClock: { type: 'khieu_nai'; stage: 'thong_bao_doi_thoai' } | null;
}

/**
 * Whether the resolver must hold a dialogue. Administrative complaints: at the first level when the complainant's
 * requests and the verification results differ (Luật KN art. 30(1)), always at the second (art. 39; NĐ 124/2020
 * art. 28(2) as amended). Complaints against disciplinary decisions: always, at both levels (art. 53(1), 55(3)).
 */
export function dialogueRequirement(f: DialogueFacts): DialogueRequirement {
  if (!isIsoDate(f.on)) throw new RangeError(`Ngày không hợp lệ: "${String(f.on)}".`);
  const from2026 = compareIsoDates(f.on, ND155_FROM) >= 0;
  if (f.type === 'khieu_nai_ky_luat') {
    return { required: true, basis: f.level === 1 ? 'Điều 53 khoản 1 Luật Khiếu nại 2011' : 'Điều 55 khoản 3 Luật Khiếu nại 2011', noticeClock: null };
  }
  const noticeClock = from2026 ? ({ type: 'khieu_nai', stage: 'thong_bao_doi_thoai' } as const) : null;
  if (f.level === 2) {
    return { required: true, basis: from2026 ? 'Điều 39 Luật Khiếu nại 2011; Điều 28 khoản 2 Nghị định 124/2020/NĐ-CP (sửa đổi bởi Nghị định 155/2026/NĐ-CP)' : 'Điều 39 Luật Khiếu nại 2011', noticeClock };
  }
  return { required: f.positionsDiffer === true, basis: 'Điều 30 khoản 1 Luật Khiếu nại 2011', noticeClock };
}
