import { compareIsoDates, isIsoDate } from '../calendar';
import { findEntry, refusalGrounds, type CatalogEntry } from '../catalogs';
import type { IsoDate } from '../calendar/types';

/** NĐ 154/2026 takes effect: its art. 4 replaces the earlier practice for refusals from this day. */
const ND154_FROM = '2026-07-01';
/** TT 04/2021/TT-TTCP replaced TT 06/2014/TT-TTCP (reception procedure) from this day; its text is not among the sources. */
const TT04_FROM = '2021-11-15';
const TT06_ART4 = 'Điều 4 Thông tư 06/2014/TT-TTCP';
const TT04_UNKNOWN = 'Thông tư 04/2021/TT-TTCP (chưa xác định điều khoản cụ thể)';

function assertDate(on: IsoDate): void {
  if (!isIsoDate(on)) throw new RangeError(`Ngày không hợp lệ: "${String(on)}" (cần dạng YYYY-MM-DD).`);
}

const inForce = (e: CatalogEntry, on: IsoDate): boolean =>
  (e.effectiveFrom === undefined || compareIsoDates(e.effectiveFrom, on) <= 0) && (e.effectiveTo === undefined || compareIsoDates(on, e.effectiveTo) <= 0);

/**
 * The refusal grounds an officer may cite on `on`: Luật TCD art. 9(1)–(4) until 30/6/2026; from 1/7/2026 art. 9(1)–(3)
 * and the ten points of NĐ 154/2026 art. 4(1), which spell out the "other cases" of art. 9(4).
 */
export function refusalGroundsOn(on: IsoDate): readonly CatalogEntry[] {
  assertDate(on);
  return refusalGrounds.entries.filter((e) => inForce(e, on));
}

/** The stage of the deadline table that times a written refusal notice (compute it with the day the grounds were established). */
export const REFUSAL_NOTICE_CLOCK = { type: 'chung', stage: 'thong_bao_tu_choi_tiep' } as const;

export type RefusalNotice =
  | {
      ok: true;
      /** The officer explains the reason to the citizen in person; no document. */
      kind: 'in_person';
      basis: string;
      /** False where the provision that applies is not among the texts checked (TT 04/2021/TT-TTCP). */
      confirmed: boolean;
    }
  | {
      ok: true;
      /** The head issues a written refusal notice. */
      kind: 'written';
      form: string;
      /** The clock of the notice, when a period is set: compute it from the day there were sufficient grounds. */
      clock: typeof REFUSAL_NOTICE_CLOCK | null;
      basis: string;
      /** False where the provision that applies is not among the texts checked (TT 04/2021/TT-TTCP). */
      confirmed: boolean;
    }
  | { ok: false; reason: 'UNKNOWN_GROUND' | 'GROUND_NOT_IN_FORCE'; message: string };

/**
 * Whether refusing on `ground` on `on` needs a written notice, and its clock.
 * - From 1/7/2026 (NĐ 154/2026 art. 4(2)–(3)): a written notice (form 01/TCD) only for Luật TCD art. 9(3) and NĐ 154
 *   art. 4(1)(h), within 03 working days of the day there were sufficient grounds; every other ground is explained to
 *   the citizen in person.
 * - Before (TT 06/2014/TT-TTCP art. 4): the same written notice for art. 9(3) (form 01-TCD) without a period; the other
 *   grounds are explained. From 15/11/2021 TT 04/2021/TT-TTCP replaced TT 06/2014; its text is not among the
 *   sources, so its answer is marked unconfirmed.
 */
export function refusalNotice(ground: string, on: IsoDate): RefusalNotice {
  assertDate(on);
  const entry = findEntry(refusalGrounds, ground);
  if (!entry) return { ok: false, reason: 'UNKNOWN_GROUND', message: `Căn cứ từ chối "${ground}" không có trong danh mục.` };
  if (!inForce(entry, on)) {
    return { ok: false, reason: 'GROUND_NOT_IN_FORCE', message: `Căn cứ "${entry.vi}" (${entry.basis ?? ''}) không áp dụng vào ngày ${on.split('-').reverse().join('/')}.` };
  }
  if (compareIsoDates(on, ND154_FROM) >= 0) {
    if (entry.requiresWrittenNotice === true) {
      return { ok: true, kind: 'written', form: 'Mẫu số 01/TCD (Nghị định 154/2026/NĐ-CP)', clock: REFUSAL_NOTICE_CLOCK, basis: 'Điều 4 khoản 3 Nghị định 154/2026/NĐ-CP', confirmed: true };
    }
    return { ok: true, kind: 'in_person', basis: 'Điều 4 khoản 2 Nghị định 154/2026/NĐ-CP', confirmed: true };
  }
  const written = entry.requiresWrittenNotice === true;
  if (compareIsoDates(on, TT04_FROM) < 0) {
    return written
      ? { ok: true, kind: 'written', form: 'Mẫu số 01-TCD (Thông tư 06/2014/TT-TTCP)', clock: null, basis: TT06_ART4, confirmed: true }
      : { ok: true, kind: 'in_person', basis: TT06_ART4, confirmed: true };
  }
  return written
    ? { ok: true, kind: 'written', form: 'Thông báo từ chối tiếp công dân (Thông tư 04/2021/TT-TTCP)', clock: null, basis: TT04_UNKNOWN, confirmed: false }
    : { ok: true, kind: 'in_person', basis: TT04_UNKNOWN, confirmed: false };
}
