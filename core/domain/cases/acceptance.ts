import { compareIsoDates, isIsoDate } from '../calendar';
import type { IsoDate } from '../calendar/types';
import type { CodeOf } from '../catalogs';

const ND155_FROM = '2026-07-01';
const TT05_FROM = '2021-11-15';

type Ground = CodeOf<'non_acceptance_ground'>;

function assertDate(on: IsoDate): void {
  if (!isIsoDate(on)) throw new RangeError(`Ngày không hợp lệ: "${String(on)}" (cần dạng YYYY-MM-DD).`);
}

/** What the letter shows about who wrote it. */
export interface LetterIdentity {
  type: 'khieu_nai' | 'to_cao';
  /** The day the letter was received. */
  on: IsoDate;
  /** The writer's full name is given. */
  named: boolean;
  /** The writer's address is given. */
  addressKnown: boolean;
  /** Signed or fingerprinted by the writer. */
  signed: boolean;
  /** Denunciations: checks found who the denouncer is (false when they could not). */
  identified?: boolean;
  /** Denunciations: the letter uses someone else's name. */
  falseName?: boolean;
  /** Denunciations (art. 25(2)): the content names the violator clearly, with specific evidence, and can be verified. */
  clearWithEvidence?: boolean;
}

export type IntakeOutcome =
  | { decision: 'xu_ly'; basis: string }
  | {
      decision: 'khong_xu_ly';
      ground: Ground;
      /** Art. 25(2): inspect or check it anyway (or pass it to the body that can), for management purposes. */
      inspection: boolean;
      basis: string;
    }
  | { decision: 'khong_thu_ly'; ground: Ground; basis: string }
  | {
      /** A complaint letter without the writer's name or address: not fit to process, filed. */
      decision: 'luu_don';
      basis: string;
      /** False from 15/11/2021: TT 05/2021/TT-TTCP replaced TT 07/2014 and is not among the texts checked. */
      confirmed: boolean;
    };

/**
 * Anonymous, false-name and unsigned letters (decision catalogue: khong_xu_ly, khong_thu_ly, luu_don).
 * - Denunciation without a real name (no name or address, not identifiable, someone else's name): not processed as a
 *   denunciation (Luật TC art. 25(1)); if it names the violator with specific evidence that can be verified, it is
 *   inspected or passed on for inspection (art. 25(2)).
 * - Denunciation named but unsigned: not accepted (art. 29(1)(a) with art. 23(1)).
 * - Complaint unsigned: not accepted (Luật KN art. 11(5)); complaint without name or address: not fit to process
 *   and filed (TT 07/2014/TT-TTCP art. 6(2), 28(1)(a)).
 */
export function letterIdentityOutcome(l: LetterIdentity): IntakeOutcome {
  assertDate(l.on);
  if (l.type === 'to_cao') {
    const ground: Ground | null =
      l.falseName === true ? 'tc_mao_danh' : !l.named || !l.addressKnown ? 'tc_an_danh' : l.identified === false ? 'tc_khong_xac_dinh_nguoi_to_cao' : null;
    if (ground) {
      const inspection = l.clearWithEvidence === true;
      return { decision: 'khong_xu_ly', ground, inspection, basis: inspection ? 'Điều 25 khoản 1, khoản 2 Luật Tố cáo 2018' : 'Điều 25 khoản 1 Luật Tố cáo 2018' };
    }
    if (!l.signed) return { decision: 'khong_thu_ly', ground: 'tc_khong_chu_ky', basis: 'Điều 23 khoản 1, Điều 29 khoản 1 điểm a Luật Tố cáo 2018' };
    return { decision: 'xu_ly', basis: 'Điều 23 khoản 1 Luật Tố cáo 2018' };
  }
  if (!l.signed) return { decision: 'khong_thu_ly', ground: 'kn_khong_chu_ky', basis: 'Điều 11 khoản 5 Luật Khiếu nại 2011' };
  if (!l.named || !l.addressKnown) {
    return compareIsoDates(l.on, TT05_FROM) < 0
      ? { decision: 'luu_don', basis: 'Điều 6 khoản 2, Điều 28 khoản 1 điểm a Thông tư 07/2014/TT-TTCP', confirmed: true }
      : { decision: 'luu_don', basis: 'Thông tư 05/2021/TT-TTCP (chưa xác định điều khoản cụ thể); Điều 8 khoản 2 Luật Khiếu nại 2011', confirmed: false };
  }
  return { decision: 'xu_ly', basis: 'Điều 8 khoản 2 Luật Khiếu nại 2011' };
}

export interface GroupComplaint {
  /** The day the complaint was received. */
  on: IsoDate;
  complainants: number;
  /** How many complainants signed the complaint letter. */
  signatures: number;
  /** A document appointing the representatives is attached. */
  representativesAppointed: boolean;
}

export type GroupAcceptance = { ok: true; basis: string } | { ok: false; ground: Ground; message: string; basis: string };

/**
 * Several people complaining about one content: accepted only when the letter carries every complainant's signature
 * and the document appointing the representatives is attached (TT 07/2013/TT-TTCP art. 5(1) as amended; from 1/7/2026
 * NĐ 124/2020 art. 16(1) as rewritten by NĐ 155/2026 art. 10). The representatives' number: reception/groups.ts.
 */
export function groupComplaintAcceptance(g: GroupComplaint): GroupAcceptance {
  assertDate(g.on);
  const basis =
    compareIsoDates(g.on, ND155_FROM) >= 0
      ? 'Điều 16 khoản 1 Nghị định 124/2020/NĐ-CP (sửa đổi bởi Nghị định 155/2026/NĐ-CP)'
      : 'Điều 5 khoản 1 Thông tư 07/2013/TT-TTCP (sửa đổi bởi Thông tư 02/2016/TT-TTCP)';
  if (!Number.isInteger(g.complainants) || !Number.isInteger(g.signatures) || g.complainants < 2 || g.signatures < 0) {
    throw new RangeError('Số người khiếu nại (từ 2) và số chữ ký phải là số nguyên.');
  }
  if (g.signatures < g.complainants) {
    return { ok: false, ground: 'kn_nhom_thieu_chu_ky', message: `Đơn khiếu nại của ${g.complainants} người mới có ${g.signatures} chữ ký: chỉ thụ lý khi có đủ chữ ký của những người khiếu nại.`, basis };
  }
  if (!g.representativesAppointed) {
    return { ok: false, ground: 'kn_nhom_thieu_chu_ky', message: 'Chưa có văn bản cử người đại diện trình bày nội dung khiếu nại: chưa đủ điều kiện thụ lý.', basis };
  }
  return { ok: true, basis };
}
