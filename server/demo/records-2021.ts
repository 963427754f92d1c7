/**
 * The demo office's history during the seed plan's period (20/10–13/11/2021): visits at the city reception office
 * and at Suối Hoa ward (one delegation from Hạp Lĩnh, a refusal, a denunciation), letters in every state (new,
 * classified, guided, forwarded to a ward and entered there, archived, returned, an anonymous denunciation not
 * processed), and cases at every step (awaiting acceptance overdue, being resolved, verified, extended, suspended,
 * decided, closed, escalated, a backlog case carried over from the summer). A few matters received in the weeks
 * before the day the demo is loaded keep open, due-soon and overdue clocks on any date. Every clock comes from the
 * deadline engine, every state from the cases machine; denouncers are sealed. Inserted directly in the seeding
 * transaction (no audit row per record), skipping anything dated after the seeding day.
 */
import { addDays, compareIsoDates } from '@core/domain/calendar';
import { caseTransition, openingClock, processingClock, type CaseSnapshot, type CaseTransition, type CaseType, type TransitionInput } from '@core/domain/cases';
import { computeDeadline } from '@core/domain/deadlines';
import { caseSearchKey, letterSearchKey, visitSearchKey } from '@core/domain/text/content';
import { bool, type Tx } from '../db/database';
import type { Sealer } from '../platform/sealing';
import { endRunning, extendRunning, resumeRunning, startClock, suspendRunning, type DeadlineContext } from '../modules/clocks/clocks.service';
import { writeMatchKeys } from '../modules/letters/match-keys';
import { SEALED_SENDERS, SEALED_VISITORS } from '../modules/records/shared';

export interface RecordsReport {
  visits: number;
  letters: number;
  cases: number;
}

interface Ids {
  unit(code: string): number;
  account(username: string): number;
  officer(name: string): number | null;
  /** Demo citizens by index (0–399). */
  person(i: number): { id: number; fullName: string; idNumber: string | null; address: string | null; phone: string | null };
  place(unitCode: string): number;
}

type RequestType = 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';

interface LetterSpec {
  unit: string;
  on: string;
  type: RequestType;
  channel: string;
  /** Demo citizens' indexes; 'anon' for an anonymous letter. */
  from: number[] | 'anon';
  summary: string;
  content: string;
  field: string;
  state?: 'moi_nhan' | 'da_phan_loai' | 'da_xu_ly';
  decision?: string;
  decidedOn?: string;
  forwardTo?: string;
  forwardToBody?: string;
  ground?: string;
  /** Opens a case with these steps (transition, day, extra input, act number). */
  steps?: [CaseTransition, string, Partial<TransitionInput>?, string?][];
  flags?: { complex?: boolean; backlog?: boolean; protracted?: boolean; overLevel?: boolean };
  handler?: string;
  outcome?: string;
  /** A forwarded letter the receiving unit has entered in its register on this day. */
  receivedOn?: string;
}

const SIGNER = 'Nguyễn Song Hà';

/** The period's letters. Contents are invented; names come from the demo register. */
const LETTERS: LetterSpec[] = [
  { unit: 'BN-TP', on: '2021-06-14', type: 'khieu_nai', channel: 'buu_chinh', from: [11], field: 'dat_dai_nha_cua', summary: 'Khiếu nại quyết định thu hồi đất dự án đường Lý Anh Tông (tồn đọng)', content: 'Ông đề nghị xem xét lại quyết định thu hồi 120 m² đất nông nghiệp, cho rằng đơn giá bồi thường thấp hơn giá thị trường.', decision: 'thu_ly', decidedOn: '2021-06-21', steps: [['thu_ly', '2021-06-24', { complex: true }], ['xac_minh', '2021-07-01']], flags: { complex: true, backlog: true, protracted: true }, handler: 'giaiquyet' },
  { unit: 'BN-TP', on: '2021-10-20', type: 'khieu_nai', channel: 'truc_tiep', from: [23], field: 'dat_dai_nha_cua', summary: 'Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất cho hộ liền kề', content: 'Bà cho rằng UBND phường đã xác nhận sai ranh giới thửa đất khi cấp giấy chứng nhận cho hộ liền kề.', decision: 'thu_ly', decidedOn: '2021-10-22' },
  { unit: 'BN-TP', on: '2021-10-21', type: 'to_cao', channel: 'buu_chinh', from: [37], field: 'hanh_chinh_khac', summary: 'Tố cáo cán bộ địa chính phường gây khó khăn khi làm thủ tục', content: 'Người tố cáo cho rằng cán bộ địa chính yêu cầu nộp thêm giấy tờ không có trong quy định và hẹn nhiều lần.', decision: 'thu_ly', decidedOn: '2021-10-25', steps: [['thu_ly', '2021-10-27'], ['xac_minh', '2021-10-28'], ['gia_han', '2021-11-12', { days: 30 }, '45/QĐ-UBND']], flags: { complex: true }, handler: 'giaiquyet' },
  { unit: 'BN-TP', on: '2021-10-22', type: 'khieu_nai', channel: 'buu_chinh', from: [48], field: 'chinh_sach', summary: 'Khiếu nại việc cắt trợ cấp người có công', content: 'Ông khiếu nại việc dừng chi trả trợ cấp thương binh từ tháng 8/2021 mà không có thông báo.', decision: 'thu_ly', decidedOn: '2021-10-26', steps: [['thu_ly', '2021-10-28'], ['giai_quyet', '2021-11-09', {}, '312/QĐ-UBND']], outcome: 'dung', handler: 'giaiquyet' },
  { unit: 'BN-TP', on: '2021-10-22', type: 'kien_nghi', channel: 'mttq_chuyen', from: [52, 53, 54], field: 'hanh_chinh_khac', summary: 'Kiến nghị lắp đèn chiếu sáng đường Nguyễn Trãi kéo dài', content: 'Các hộ dân đề nghị lắp đèn chiếu sáng đoạn đường mới mở, hay xảy ra va chạm vào buổi tối.', decision: 'thu_ly', decidedOn: '2021-10-27', steps: [['giai_quyet', '2021-11-05', {}, '1021/UBND-QLĐT'], ['dong', '2021-11-08']], handler: 'giaiquyet' },
  { unit: 'BN-TP', on: '2021-10-25', type: 'khieu_nai', channel: 'buu_chinh', from: [61], field: 'dat_dai_nha_cua', summary: 'Khiếu nại lần hai về bồi thường giải phóng mặt bằng', content: 'Không đồng ý với quyết định giải quyết khiếu nại lần đầu của Chủ tịch UBND phường Vân Dương.', decision: 'thu_ly', decidedOn: '2021-10-27', steps: [['thu_ly', '2021-10-29'], ['giai_quyet', '2021-11-05', {}, '298/QĐ-UBND'], ['khieu_nai_lan_2', '2021-11-09']], outcome: 'sai', handler: 'giaiquyet', flags: { overLevel: true } },
  { unit: 'BN-TP', on: '2021-10-26', type: 'to_cao', channel: 'truc_tiep', from: [70], field: 'hanh_chinh_khac', summary: 'Tố cáo việc thu tiền sai quy định tại trường tiểu học', content: 'Người tố cáo cho rằng nhà trường thu các khoản ngoài danh mục được phép đầu năm học.', decision: 'thu_ly', decidedOn: '2021-10-28', steps: [['thu_ly', '2021-11-01'], ['tam_dinh_chi', '2021-11-08', {}, '52/QĐ-UBND']], handler: 'giaiquyet' },
  { unit: 'BN-TP', on: '2021-10-27', type: 'to_cao', channel: 'buu_chinh', from: 'anon', field: 'hanh_chinh_khac', summary: 'Đơn không ký tên tố cáo cán bộ phường', content: 'Đơn không ghi họ tên, địa chỉ người viết, tố cáo chung chung cán bộ phường "nhũng nhiễu".', decision: 'khong_xu_ly', decidedOn: '2021-10-29', ground: 'tc_an_danh' },
  { unit: 'BN-TP', on: '2021-10-28', type: 'khieu_nai', channel: 'buu_chinh', from: [83], field: 'dat_dai_nha_cua', summary: 'Khiếu nại việc xử phạt xây dựng không phép', content: 'Ông khiếu nại quyết định xử phạt của UBND phường Khúc Xuyên về xây dựng không phép.', decision: 'huong_dan', decidedOn: '2021-11-02' },
  { unit: 'BN-TP', on: '2021-10-29', type: 'phan_anh', channel: 'dien_tu', from: [91], field: 'hanh_chinh_khac', summary: 'Phản ánh ô nhiễm tiếng ồn từ xưởng gỗ', content: 'Xưởng gỗ trong khu dân cư hoạt động đến khuya, gây ồn và bụi.', decision: 'chuyen_don', decidedOn: '2021-11-01', forwardTo: 'BN-TP-P-SUOIHOA', receivedOn: '2021-11-02' },
  { unit: 'BN-TP', on: '2021-11-01', type: 'kien_nghi', channel: 'dbqh_hdnd_chuyen', from: [102], field: 'chinh_sach', summary: 'Kiến nghị hỗ trợ hộ kinh doanh bị ảnh hưởng dịch Covid-19', content: 'Đề nghị xem xét hỗ trợ các hộ kinh doanh cá thể phải tạm dừng hoạt động trong đợt giãn cách.', decision: 'chuyen_don', decidedOn: '2021-11-03', forwardTo: 'BN-TP-P-SUOIHOA' },
  { unit: 'BN-TP', on: '2021-11-01', type: 'khieu_nai', channel: 'buu_chinh', from: [110], field: 'tu_phap', summary: 'Khiếu nại bản án dân sự sơ thẩm', content: 'Ông khiếu nại bản án dân sự sơ thẩm về tranh chấp thừa kế.', decision: 'tra_lai_don', decidedOn: '2021-11-04' },
  { unit: 'BN-TP', on: '2021-11-02', type: 'phan_anh', channel: 'hom_thu_gop_y', from: [118], field: 'linh_vuc_khac', summary: 'Phản ánh thái độ phục vụ tại bộ phận một cửa', content: 'Phản ánh cán bộ bộ phận một cửa trả lời thiếu tôn trọng.', decision: 'luu_don', decidedOn: '2021-11-05' },
  { unit: 'BN-TP', on: '2021-11-03', type: 'khieu_nai', channel: 'buu_chinh', from: [125], field: 'dat_dai_nha_cua', summary: 'Khiếu nại việc không cấp phép xây dựng', content: 'Bà khiếu nại văn bản từ chối cấp giấy phép xây dựng nhà ở riêng lẻ.', decision: 'thu_ly', decidedOn: '2021-11-05', steps: [['thu_ly', '2021-11-08']], handler: 'giaiquyet' },
  { unit: 'BN-TP', on: '2021-11-04', type: 'to_cao', channel: 'truc_tiep', from: [133], field: 'hanh_chinh_khac', summary: 'Tố cáo trưởng khu phố thu quỹ không công khai', content: 'Người tố cáo cho rằng trưởng khu phố thu quỹ khuyến học nhưng không công khai thu chi.', decision: 'thu_ly', decidedOn: '2021-11-05' },
  { unit: 'BN-TP', on: '2021-11-05', type: 'khieu_nai', channel: 'buu_chinh', from: [141], field: 'chinh_sach', summary: 'Khiếu nại mức hỗ trợ tái định cư', content: 'Ông khiếu nại mức hỗ trợ tái định cư khi thu hồi đất ở.', state: 'da_phan_loai' },
  { unit: 'BN-TP', on: '2021-11-08', type: 'kien_nghi', channel: 'buu_chinh', from: [150], field: 'hanh_chinh_khac', summary: 'Kiến nghị nạo vét mương thoát nước', content: 'Mương thoát nước khu phố bị tắc, ngập khi mưa lớn.', state: 'da_phan_loai' },
  { unit: 'BN-TP', on: '2021-11-09', type: 'khieu_nai', channel: 'co_quan_khac_chuyen', from: [158], field: 'dat_dai_nha_cua', summary: 'Khiếu nại việc đo đạc lại thửa đất', content: 'Đơn do Sở Tài nguyên và Môi trường chuyển đến về việc đo đạc lại thửa đất.' },
  { unit: 'BN-TP', on: '2021-11-10', type: 'to_cao', channel: 'buu_chinh', from: [166], field: 'hanh_chinh_khac', summary: 'Tố cáo cán bộ thu thuế gây phiền hà', content: 'Người tố cáo cho rằng cán bộ thuế yêu cầu nộp khoản tiền không có biên lai.' },
  { unit: 'BN-TP', on: '2021-11-11', type: 'phan_anh', channel: 'dien_tu', from: [174], field: 'linh_vuc_khac', summary: 'Phản ánh rác thải tồn đọng ven sông Cầu', content: 'Rác thải tồn đọng nhiều ngày ven đê sông Cầu.' },
  { unit: 'BN-TP', on: '2021-11-12', type: 'kien_nghi', channel: 'buu_chinh', from: [181, 182], field: 'chinh_sach', summary: 'Kiến nghị về học phí trực tuyến', content: 'Phụ huynh kiến nghị giảm học phí trong thời gian học trực tuyến.' },
  { unit: 'BN-TP-P-SUOIHOA', on: '2021-10-25', type: 'phan_anh', channel: 'truc_tiep', from: [190], field: 'hanh_chinh_khac', summary: 'Phản ánh lấn chiếm vỉa hè phố Nguyễn Văn Cừ', content: 'Nhiều hộ kinh doanh lấn chiếm vỉa hè, người đi bộ phải xuống lòng đường.', decision: 'thu_ly', decidedOn: '2021-10-27', steps: [['giai_quyet', '2021-11-03', {}, '87/UBND']] },
  { unit: 'BN-TP-P-SUOIHOA', on: '2021-11-04', type: 'khieu_nai', channel: 'truc_tiep', from: [197], field: 'dat_dai_nha_cua', summary: 'Khiếu nại xác nhận nguồn gốc đất', content: 'Bà khiếu nại việc UBND phường chưa xác nhận nguồn gốc đất để làm thủ tục cấp giấy.', decision: 'thu_ly', decidedOn: '2021-11-05' },
];

interface VisitSpec {
  unit: string;
  at: string;
  people: number[];
  type: RequestType;
  content: string;
  outcome: string;
  headCount?: number;
  representatives?: number[];
  originWards?: string[];
  refusalGround?: string;
  kind?: string;
  mode?: string;
  officer?: string;
  /** The letter (by summary) registered from this visit. */
  letter?: string;
}

const VISITS: VisitSpec[] = [
  { unit: 'BN-TP', at: '2021-10-20T08:15:00+07:00', people: [23], type: 'khieu_nai', content: 'Trình bày việc cấp giấy chứng nhận cho hộ liền kề lấn sang thửa đất của gia đình.', outcome: 'nhan_don', letter: 'Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất cho hộ liền kề' },
  { unit: 'BN-TP', at: '2021-10-20T09:40:00+07:00', people: [200], type: 'kien_nghi', content: 'Hỏi về thủ tục chuyển mục đích sử dụng đất.', outcome: 'huong_dan' },
  { unit: 'BN-TP', at: '2021-10-21T14:00:00+07:00', people: [11], type: 'khieu_nai', content: 'Hỏi tiến độ giải quyết khiếu nại về thu hồi đất dự án đường Lý Anh Tông.', outcome: 'giai_thich' },
  { unit: 'BN-TP', at: '2021-10-26T08:30:00+07:00', people: [70], type: 'to_cao', content: 'Trình bày nội dung tố cáo việc thu tiền tại trường tiểu học.', outcome: 'nhan_don', letter: 'Tố cáo việc thu tiền sai quy định tại trường tiểu học' },
  { unit: 'BN-TP', at: '2021-10-28T10:10:00+07:00', people: [205], type: 'khieu_nai', content: 'Lớn tiếng, xúc phạm cán bộ tiếp công dân, không chấp hành nội quy.', outcome: 'tu_choi', refusalGround: 'de_doa_xuc_pham' },
  { unit: 'BN-TP', at: '2021-11-04T08:45:00+07:00', people: [133], type: 'to_cao', content: 'Trình bày việc trưởng khu phố thu quỹ không công khai.', outcome: 'nhan_don', letter: 'Tố cáo trưởng khu phố thu quỹ không công khai' },
  { unit: 'BN-TP', at: '2021-11-05T09:00:00+07:00', people: [11], type: 'khieu_nai', content: 'Tiếp tục đề nghị giải quyết dứt điểm khiếu nại về bồi thường.', outcome: 'de_xuat_lanh_dao_tiep' },
  {
    unit: 'BN-TP',
    at: '2021-11-08T07:50:00+07:00',
    people: [210, 211, 212, 213, 214, 215],
    headCount: 14,
    representatives: [210, 211],
    originWards: ['BN-TP-P-HAPLINH'],
    type: 'khieu_nai',
    content: 'Đoàn 14 hộ dân phường Hạp Lĩnh khiếu nại đơn giá bồi thường giải phóng mặt bằng dự án khu công nghiệp; cử 2 người đại diện trình bày.',
    outcome: 'de_xuat_lanh_dao_tiep',
  },
  { unit: 'BN-TP', at: '2021-11-10T08:20:00+07:00', people: [220], type: 'phan_anh', content: 'Phản ánh việc chậm trả kết quả hồ sơ đất đai.', outcome: 'huong_dan', kind: 'dinh_ky', mode: 'lanh_dao_truc_tiep', officer: 'Nguyễn Song Hà' },
  { unit: 'BN-TP', at: '2021-11-11T15:30:00+07:00', people: [61], type: 'khieu_nai', content: 'Hỏi về việc khiếu nại lần hai đã được tiếp nhận chưa.', outcome: 'giai_thich' },
  { unit: 'BN-TP-P-SUOIHOA', at: '2021-10-25T08:00:00+07:00', people: [190], type: 'phan_anh', content: 'Phản ánh lấn chiếm vỉa hè phố Nguyễn Văn Cừ.', outcome: 'nhan_don', letter: 'Phản ánh lấn chiếm vỉa hè phố Nguyễn Văn Cừ' },
  { unit: 'BN-TP-P-SUOIHOA', at: '2021-11-04T09:15:00+07:00', people: [197], type: 'khieu_nai', content: 'Khiếu nại việc chưa xác nhận nguồn gốc đất.', outcome: 'nhan_don', letter: 'Khiếu nại xác nhận nguồn gốc đất' },
  { unit: 'BN-TP-P-SUOIHOA', at: '2021-11-09T14:20:00+07:00', people: [230], type: 'kien_nghi', content: 'Kiến nghị sửa chữa nhà văn hóa khu phố.', outcome: 'huong_dan' },
];

const CASE_TYPE: Record<RequestType, CaseType> = { khieu_nai: 'khieu_nai', to_cao: 'to_cao', kien_nghi: 'kien_nghi_phan_anh', phan_anh: 'kien_nghi_phan_anh' };

/** Matters received shortly before the demo is loaded, so its queues show clocks running now. */
function recentLetters(today: string, dueSoonFrom: string): LetterSpec[] {
  const day = (n: number) => addDays(today, -n);
  return [
    { unit: 'BN-TP', on: dueSoonFrom, type: 'khieu_nai', channel: 'buu_chinh', from: [240], field: 'dat_dai_nha_cua', summary: 'Khiếu nại việc thu hồi đất làm đường gom (sắp hết hạn thụ lý)', content: 'Ông khiếu nại quyết định thu hồi đất làm đường gom khu dân cư.', decision: 'thu_ly', decidedOn: dueSoonFrom, handler: 'giaiquyet' },
    { unit: 'BN-TP', on: day(20), type: 'khieu_nai', channel: 'truc_tiep', from: [245], field: 'chinh_sach', summary: 'Khiếu nại việc xét hộ cận nghèo', content: 'Bà khiếu nại việc không được xét hộ cận nghèo năm nay.', decision: 'thu_ly', decidedOn: day(18), steps: [['thu_ly', day(16)]], handler: 'giaiquyet' },
    { unit: 'BN-TP', on: day(45), type: 'to_cao', channel: 'buu_chinh', from: [250], field: 'hanh_chinh_khac', summary: 'Tố cáo cán bộ phường nhận quà khi giải quyết hồ sơ', content: 'Người tố cáo cho rằng cán bộ phường nhận quà khi giải quyết hồ sơ hộ tịch.', decision: 'thu_ly', decidedOn: day(43), steps: [['thu_ly', day(41)], ['xac_minh', day(40)]], handler: 'giaiquyet' },
    { unit: 'BN-TP', on: day(2), type: 'kien_nghi', channel: 'buu_chinh', from: [255], field: 'hanh_chinh_khac', summary: 'Kiến nghị bố trí điểm trông giữ xe', content: 'Đề nghị bố trí điểm trông giữ xe gần chợ.' },
  ];
}

/** A receipt day whose acceptance clock (the rule set in force today) is due within the next working days. */
function dueSoonStart(ctx: DeadlineContext): string {
  for (let n = 1; n < 40; n++) {
    const on = addDays(ctx.today, -n);
    if (computeDeadline({ type: 'khieu_nai', stage: 'thu_ly', startedOn: on, today: ctx.today }, ctx.calendar, ctx.options).state === 'due_soon') return on;
  }
  return ctx.today;
}

export async function seedRecords(tx: Tx, ctx: DeadlineContext, sealer: Sealer, ids: Ids, now: string): Promise<RecordsReport> {
  const today = ctx.today;
  const past = (d: string) => compareIsoDates(d, today) <= 0;
  const numbers = new Map<string, number>();
  const letterIds = new Map<string, number>();
  let letterCount = 0;
  let caseCount = 0;

  const insertLetter = async (l: LetterSpec, unit: string, on: string, forwardedFrom: number | null): Promise<number> => {
    const year = Number(on.slice(0, 4));
    const key = `${unit}:${year}`;
    const number = (numbers.get(key) ?? 0) + 1;
    numbers.set(key, number);
    const sealed = l.type === 'to_cao' && l.from !== 'anon';
    const decided = forwardedFrom === null && l.decision !== undefined && past(l.decidedOn ?? on);
    const forwarded = decided && l.decision === 'chuyen_don';
    const row = await tx
      .insertInto('letters')
      .values({
        unit_id: ids.unit(unit), year, number, received_on: on, channel: forwardedFrom === null ? l.channel : 'co_quan_khac_chuyen', request_type: l.type, field: l.field, special_categories: '[]',
        content: l.content, summary: l.summary, anonymous: bool(l.from === 'anon'), false_name: bool(false), signed: bool(l.from !== 'anon'), signer_count: l.from === 'anon' ? 0 : l.from.length,
        sealed: bool(sealed), source_body: forwardedFrom === null ? null : 'UBND thành phố Bắc Ninh', originals_attached: bool(false),
        state: decided ? 'da_xu_ly' : forwardedFrom === null ? (l.state ?? 'moi_nhan') : 'moi_nhan',
        eligible: decided || l.state === 'da_phan_loai' ? bool(l.decision !== 'khong_xu_ly') : null, ineligible_reason: l.decision === 'khong_xu_ly' ? 'Không rõ họ tên, địa chỉ người tố cáo' : null,
        competent: decided || l.state === 'da_phan_loai' ? bool(l.decision === 'thu_ly' || l.state === 'da_phan_loai') : null, competent_body_type: null, prior_resolution: null, duplicate_of_id: null,
        decision: decided ? (l.decision ?? null) : null, decided_on: decided ? (l.decidedOn ?? null) : null, ground: decided ? (l.ground ?? null) : null, decision_note: null,
        forward_to_unit_id: forwarded && l.forwardTo ? ids.unit(l.forwardTo) : null, forward_to_body: forwarded ? (l.forwardToBody ?? null) : null,
        forwarded_from_letter_id: forwardedFrom, visit_id: null, case_id: null, created_by: ids.account(unit === 'BN-TP' ? 'xulydon' : 'suoihoa'), created_at: now, updated_at: now,
        search_key: letterSearchKey({ summary: l.summary, content: l.content, sourceBody: forwardedFrom === null ? null : 'UBND thành phố Bắc Ninh', sealed, senderNames: l.from === 'anon' ? [] : l.from.map((i) => ids.person(i).fullName) }),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (l.from !== 'anon') {
      await tx
        .insertInto('letter_senders')
        .values(
          l.from.map((i, position) => {
            const p = ids.person(i);
            const plain = { fullName: p.fullName, idNumber: p.idNumber, address: p.address, phone: p.phone, personId: p.id };
            return sealed
              ? { letter_id: row.id, position, person_id: null, full_name: null, id_number: null, address: null, phone: null, sealed: sealer.seal(plain, SEALED_SENDERS) }
              : { letter_id: row.id, position, person_id: p.id, full_name: p.fullName, id_number: p.idNumber, address: p.address, phone: p.phone, sealed: null };
          }),
        )
        .execute();
    }
    await writeMatchKeys(tx, { id: row.id, content: l.content, sealed, senders: l.from === 'anon' ? [] : l.from.map((i) => ids.person(i)) });
    await startClock(tx, ctx, { type: 'letter', id: row.id }, processingClock(l.type, on));
    if (decided && l.decision !== 'don_doc') await endRunning(tx, { type: 'letter', id: row.id }, l.decidedOn ?? on, 'completed');
    letterCount++;
    return row.id;
  };

  const runCase = async (l: LetterSpec, letterId: number): Promise<void> => {
    const type = CASE_TYPE[l.type];
    const opening = openingClock(type, l.on);
    const openedOn = l.decidedOn ?? l.on;
    const row = await tx
      .insertInto('cases')
      .values({
        unit_id: ids.unit(l.unit), type, state: opening.state, state_before_suspension: null, level: 1, title: l.summary, handler_account_id: l.handler ? ids.account(l.handler) : null,
        complex: bool(l.flags?.complex === true), complex_criteria: l.flags?.complex ? JSON.stringify(['nhieu_noi_dung_xac_minh']) : '[]', protracted: bool(l.flags?.protracted === true),
        backlog: bool(l.flags?.backlog === true), over_level: bool(l.flags?.overLevel === true), opened_on: openedOn, decided_on: null, outcome: null, result_number: null, result_date: null,
        result_signer: null, closed_on: null, created_by: ids.account('xulydon'), created_at: now, updated_at: now, search_key: caseSearchKey({ title: l.summary }),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const subject = { type: 'case' as const, id: row.id };
    await startClock(tx, ctx, subject, opening.clock, { basis: opening.basis });
    const event = (transition: string, on: string, from: string | null, to: string, basis: string, act: string | null) =>
      tx.insertInto('case_events').values({ case_id: row.id, at: now, on_date: on, actor_id: ids.account('lanhdao'), actor_name: SIGNER, transition, from_state: from, to_state: to, decision_number: act, decision_date: act ? on : null, signer: act ? SIGNER : null, basis, note: null }).execute();
    await event('mo', openedOn, null, opening.state, opening.basis, null);
    let snap: CaseSnapshot = { type, state: opening.state, level: 1, complex: l.flags?.complex === true };
    let decidedOn: string | null = null;
    let act: string | null = null;
    for (const [t, on, extra, number] of l.steps ?? []) {
      if (!past(on)) break;
      const out = caseTransition(snap, t, { on, inWriting: true, ...extra }, ['leader'], ctx.calendar, ctx.options);
      if (!out.ok) throw new Error(`demo case ${l.summary}: ${t} on ${on}: ${out.message}`);
      if (out.endRunning) await endRunning(tx, subject, on, out.endRunning);
      for (const s of out.start) await startClock(tx, ctx, subject, s, { complex: snap.complex === true || out.complex === true, basis: out.basis });
      if (out.extend) await extendRunning(tx, ctx, subject, { decidedOn: out.extend.decidedOn, ...(out.extend.days ? { days: out.extend.days } : {}), ...(number ? { documentNumber: number } : {}) });
      if (out.suspendFrom) await suspendRunning(tx, ctx, subject, out.suspendFrom, 'Chờ kết quả giám định tài liệu');
      if (out.resumeAfter) await resumeRunning(tx, ctx, subject, out.resumeAfter);
      await event(t, on, snap.state, out.to, out.basis, number ?? null);
      if (t === 'giai_quyet') {
        decidedOn = on;
        act = number ?? null;
      }
      if (t === 'khieu_nai_lan_2') decidedOn = null;
      snap = { ...snap, state: out.to, level: out.level, stateBeforeSuspension: out.to === 'tam_dinh_chi' ? snap.state : null, decidedOn, complex: snap.complex === true || out.complex === true };
    }
    await tx
      .updateTable('cases')
      .set({
        state: snap.state, level: snap.level, state_before_suspension: snap.stateBeforeSuspension ?? null, complex: bool(snap.complex === true), decided_on: decidedOn,
        outcome: decidedOn && l.outcome ? l.outcome : null, result_number: decidedOn ? act : null, result_date: decidedOn, result_signer: decidedOn ? SIGNER : null,
        closed_on: snap.state === 'da_dong' ? (l.steps?.at(-1)?.[1] ?? null) : null,
      })
      .where('id', '=', row.id)
      .execute();
    await tx.updateTable('letters').set({ case_id: row.id }).where('id', '=', letterId).execute();
    caseCount++;
  };

  const recent = compareIsoDates(today, '2021-12-31') > 0 ? recentLetters(today, dueSoonStart(ctx)) : [];
  for (const l of [...LETTERS, ...recent]) {
    if (!past(l.on)) continue;
    const id = await insertLetter(l, l.unit, l.on, null);
    letterIds.set(l.summary, id);
    if (l.decision === 'thu_ly' && past(l.decidedOn ?? l.on)) await runCase(l, id);
    if (l.decision === 'chuyen_don' && l.forwardTo && l.receivedOn && past(l.receivedOn)) await insertLetter(l, l.forwardTo, l.receivedOn, id);
  }
  for (const [key, last] of numbers) {
    const [unit, year] = key.split(':') as [string, string];
    await tx.insertInto('letter_registers').values({ unit_id: ids.unit(unit), year: Number(year), last_number: last }).execute();
  }

  let visitCount = 0;
  const seen = new Set<number>();
  for (const v of VISITS) {
    const on = v.at.slice(0, 10);
    if (!past(on)) continue;
    const people = v.people.map((i) => ids.person(i).id);
    const sealed = v.type === 'to_cao';
    const reps = new Set((v.representatives ?? []).map((i) => ids.person(i).id));
    const headCount = v.headCount ?? people.length;
    const letterId = v.letter ? (letterIds.get(v.letter) ?? null) : null;
    const row = await tx
      .insertInto('visits')
      .values({
        unit_id: ids.unit(v.unit), place_id: ids.place(v.unit), received_at: new Date(Date.parse(v.at)).toISOString(), received_on: on, reception_kind: v.kind ?? 'thuong_xuyen', reception_mode: v.mode ?? null,
        officer_id: ids.officer(v.officer ?? (v.unit === 'BN-TP' ? 'Phạm Thị Hồng Nhung' : '')), request_type: v.type, field: null, special_categories: '[]', content: v.content, prior_handling: null,
        head_count: headCount, delegation: bool(headCount >= 5), repeat_visit: bool(people.some((p) => seen.has(p))), sealed: bool(sealed),
        sealed_people: sealed ? sealer.seal(people.map((p) => ({ id: p, representative: reps.has(p) })), SEALED_VISITORS) : null,
        origin_ward_ids: JSON.stringify((v.originWards ?? []).map((u) => ids.unit(u))), documents_received: v.letter ? 'Đơn và bản sao giấy tờ kèm theo' : null, outcome: v.outcome,
        refusal_ground: v.refusalGround ?? null, follow_up: null, letter_id: letterId, case_id: null, created_by: ids.account(v.unit === 'BN-TP' ? 'tiepdan' : 'suoihoa'), created_at: now, updated_at: now,
        search_key: visitSearchKey({ content: v.content, priorHandling: null, followUp: null }),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const p of people) seen.add(p);
    if (!sealed) await tx.insertInto('visit_people').values(people.map((p) => ({ visit_id: row.id, person_id: p, representative: bool(reps.has(p)) }))).execute();
    if (letterId !== null) await tx.updateTable('letters').set({ visit_id: row.id }).where('id', '=', letterId).execute();
    visitCount++;
  }
  return { visits: visitCount, letters: letterCount, cases: caseCount };
}
