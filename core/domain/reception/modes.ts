import { compareIsoDates, isIsoDate } from '../calendar';
import { findEntry, receptionModes } from '../catalogs';
import type { IsoDate } from '../calendar/types';

const ND154_FROM = '2026-07-01';

export type ReceptionModeCheck =
  | {
      ok: true;
      basis: string;
      /** False when the rule for this date rests on a text not among the sources (Luật 136/2025/QH15). */
      confirmed: boolean;
      /** What the officer should know before recording the session this way. */
      note?: string;
    }
  | { ok: false; reason: 'UNKNOWN_MODE'; message: string };

/**
 * Whether a reception session on `on` may be recorded with `mode` (catalogue reception_mode).
 *
 * It was reported that from 1/7/2026 heads may no longer delegate reception. NĐ 154/2026 art. 25(1) requires the
 * head to receive citizens directly but forbids no delegation, and its art. 38(2) still names the head's deputy
 * among those who receive citizens periodically or ad hoc; the ban would be in Luật 136/2025/QH15, which is not among
 * the sources. So the delegated mode stays allowed, marked unconfirmed from that day, rather than refused on a report.
 */
export function receptionModeOn(mode: string, on: IsoDate): ReceptionModeCheck {
  if (!isIsoDate(on)) throw new RangeError(`Ngày không hợp lệ: "${String(on)}" (cần dạng YYYY-MM-DD).`);
  if (!findEntry(receptionModes, mode)) return { ok: false, reason: 'UNKNOWN_MODE', message: `Hình thức tiếp "${mode}" không có trong danh mục.` };
  const from2026 = compareIsoDates(on, ND154_FROM) >= 0;
  if (mode === 'lanh_dao_truc_tiep') {
    return { ok: true, basis: from2026 ? 'Điều 25 khoản 1 Nghị định 154/2026/NĐ-CP' : 'Điều 18 Luật Tiếp công dân 2013', confirmed: true };
  }
  if (!from2026) return { ok: true, basis: 'Biểu 01/TCD (số lượt tiếp của lãnh đạo, trực tiếp hoặc ủy quyền)', confirmed: true };
  return {
    ok: true,
    basis: 'Điều 25 khoản 1, Điều 38 khoản 2 Nghị định 154/2026/NĐ-CP',
    confirmed: false,
    note: 'Từ 01/7/2026 người đứng đầu phải trực tiếp tiếp công dân (Điều 25 khoản 1 Nghị định 154/2026/NĐ-CP). Đối chiếu Luật số 136/2025/QH15 trước khi ghi nhận buổi tiếp do lãnh đạo ủy quyền.',
  };
}
