// Many people coming about one matter (Luật Tiếp công dân 2013, ch. VII).

const ART_29 = 'Điều 29 Luật Tiếp công dân 2013';
const art30 = (clause: number): string => `Điều 30 khoản ${clause} Luật Tiếp công dân 2013`;

export interface GroupRepresentation {
  /** How many people come (or sign) about the same matter. */
  people: number;
  /** How many of them they appoint to speak for them; representatives must be among the people. */
  representatives: number;
  /** How many of the people signed the document appointing the representatives. */
  signatures: number;
}

export type RepresentationCheck =
  | { ok: true; min: number; max: number; basis: string; note?: string }
  | { ok: false; reason: 'NOT_A_GROUP' | 'TOO_FEW' | 'TOO_MANY' | 'MISSING_SIGNATURES' | 'INVALID_INPUT'; min: number; max: number; message: string; basis: string };

/** Five or more people on one content are a delegation (đoàn đông người), counted apart in biểu 01/TCD. */
export const DELEGATION_MIN = 5;
export const isDelegation = (people: number): boolean => people >= DELEGATION_MIN;

const isCount = (n: number): boolean => Number.isInteger(n) && n >= 0;

/** The number of representatives art. 29 allows for a group of `people`: 1–2 for five to ten, at most five above ten. */
export function representativeRange(people: number): { min: number; max: number } {
  if (people >= 5 && people <= 10) return { min: 1, max: 2 };
  if (people > 10) return { min: 1, max: 5 };
  // Under five people art. 29 sets no number; they still speak through representatives chosen among them.
  return { min: 1, max: Math.max(1, people) };
}

/**
 * Luật TCD art. 29: a group appoints representatives from among themselves by a document signed by all of them —
 * one or two for five to ten people, more for over ten but at most five. (NĐ 124/2020 art. 6(2) as amended by NĐ 155/2026
 * art. 4 applies the same numbers to group complaints.)
 */
export function checkRepresentation(g: GroupRepresentation): RepresentationCheck {
  const { min, max } = representativeRange(g.people);
  if (![g.people, g.representatives, g.signatures].every(isCount)) {
    return { ok: false, reason: 'INVALID_INPUT', min, max, message: 'Số người, số người đại diện và số chữ ký phải là số nguyên không âm.', basis: ART_29 };
  }
  if (g.people < 2) return { ok: false, reason: 'NOT_A_GROUP', min, max, message: 'Chỉ một người đến: không phải trường hợp nhiều người cùng khiếu nại, tố cáo, kiến nghị, phản ánh.', basis: ART_29 };
  if (g.representatives < min) {
    return { ok: false, reason: 'TOO_FEW', min, max, message: `Nhiều người cùng đến về một nội dung phải cử người đại diện (ít nhất ${min} người) để trình bày.`, basis: ART_29 };
  }
  if (g.representatives > max) {
    const rule = g.people <= 10 ? 'có từ năm đến mười người thì cử một hoặc hai người đại diện' : 'có trên mười người thì có thể cử thêm người đại diện nhưng không quá năm người';
    return { ok: false, reason: 'TOO_MANY', min, max, message: `${g.people} người cử ${g.representatives} người đại diện: trường hợp ${rule} (${ART_29}).`, basis: ART_29 };
  }
  if (g.signatures < g.people) {
    return {
      ok: false,
      reason: 'MISSING_SIGNATURES',
      min,
      max,
      message: `Văn bản cử người đại diện phải có chữ ký của tất cả ${g.people} người; mới có ${g.signatures} chữ ký.`,
      basis: ART_29,
    };
  }
  return g.people < 5
    ? { ok: true, min, max, basis: ART_29, note: 'Điều 29 không quy định số người đại diện khi dưới năm người.' }
    : { ok: true, min, max, basis: ART_29 };
}

export type GroupReceptionStep =
  | 'tiep_nguoi_dai_dien'
  | 'ghi_lai_noi_dung'
  | 'thu_ly_thong_bao_dai_dien'
  | 'chuyen_don_huong_dan'
  | 'phoi_hop_co_quan_lien_quan'
  | 'tang_cuong_bao_ve';

export interface GroupReceptionFacts {
  /** The group brought a written letter. */
  hasLetter: boolean;
  /** The matter is for this office to resolve. */
  withinCompetence: boolean;
  /** Complex: many contents, several levels or sectors, already through several bodies, very many people (art. 30(2)). */
  complex: boolean;
  /** Incitement, disorder or threats against the receivers (art. 30(3)). */
  disorder: boolean;
}

const STEP_TEXT: Readonly<Record<GroupReceptionStep, { vi: string; basis: string }>> = {
  tiep_nguoi_dai_dien: {
    vi: 'Người đứng đầu (hoặc người được cử) tiếp người đại diện, nghe trình bày, tiếp nhận đơn và tài liệu',
    basis: art30(1),
  },
  ghi_lai_noi_dung: { vi: 'Yêu cầu người đại diện viết thành văn bản hoặc ghi lại, đọc lại và yêu cầu ký hoặc điểm chỉ xác nhận', basis: art30(1) },
  thu_ly_thong_bao_dai_dien: { vi: 'Xem xét thụ lý và thông báo kết quả xử lý cho người đại diện', basis: art30(1) },
  chuyen_don_huong_dan: { vi: 'Chuyển đơn hoặc hướng dẫn đến cơ quan có thẩm quyền giải quyết', basis: art30(1) },
  phoi_hop_co_quan_lien_quan: {
    vi: 'Chủ trì hoặc phối hợp với cơ quan liên quan, Ủy ban nhân dân nơi phát sinh vụ việc tiếp người đại diện; yêu cầu cung cấp thông tin, tài liệu',
    basis: art30(2),
  },
  tang_cuong_bao_ve: { vi: 'Tăng cường người tiếp công dân; yêu cầu công an hoặc cơ quan chức năng xử lý kịp thời', basis: art30(3) },
};

/** What the office does when a group comes (Luật TCD art. 30), in order, with the clause behind each step. */
export function groupReceptionSteps(f: GroupReceptionFacts): { step: GroupReceptionStep; vi: string; basis: string }[] {
  const steps: GroupReceptionStep[] = ['tiep_nguoi_dai_dien'];
  if (!f.hasLetter) steps.push('ghi_lai_noi_dung');
  steps.push(f.withinCompetence ? 'thu_ly_thong_bao_dai_dien' : 'chuyen_don_huong_dan');
  if (f.complex) steps.push('phoi_hop_co_quan_lien_quan');
  if (f.disorder) steps.push('tang_cuong_bao_ve');
  return steps.map((step) => ({ step, ...STEP_TEXT[step] }));
}
