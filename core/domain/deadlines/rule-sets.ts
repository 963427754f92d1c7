import { unknownArticle } from './basis';
import type { DeadlineRule, ExtensionOption, LimitedRule, NoLimitRule, RuleSet } from './types';

// The statutory deadline table (domain brief §4), versioned by effective date (§0).
// Every figure below is a legal rule: change it only with the article in hand, and say which.

const LAW_KN = 'Luật Khiếu nại 2011 (02/2011/QH13)';
const LAW_TC = 'Luật Tố cáo 2018 (25/2018/QH14)';
const LAW_TCD = 'Luật Tiếp công dân 2013 (42/2013/QH13)';
const TT07 = 'Thông tư 07/2014/TT-TTCP';
const TT05 = 'Thông tư 05/2021/TT-TTCP';
const ND154 = 'Nghị định 154/2026/NĐ-CP';
const ND155 = 'Nghị định 155/2026/NĐ-CP';

/** Civil Code reading of "ngày" as calendar days is the usual one but not verified (domain brief §4). */
const CAL = { unit: 'calendar', unitConfirmed: false } as const;
const WD = { unit: 'working', unitConfirmed: true } as const;

function limited(rule: Omit<LimitedRule, 'options' | 'suspensionExcluded' | 'confirmed'> & Partial<Pick<LimitedRule, 'options' | 'suspensionExcluded' | 'confirmed'>>): LimitedRule {
  return { options: [], suspensionExcluded: false, confirmed: true, ...rule };
}

const complexReplace = (amount: number): ExtensionOption => ({ kind: 'complex', effect: 'replace', amount, label: 'Vụ việc phức tạp' });
const remoteReplace = (amount: number): ExtensionOption => ({ kind: 'remote', effect: 'replace', amount, label: 'Vùng sâu, vùng xa đi lại khó khăn' });
const remoteComplexReplace = (amount: number): ExtensionOption => ({
  kind: 'remote_complex',
  effect: 'replace',
  amount,
  label: 'Vùng sâu, vùng xa và vụ việc phức tạp',
});

// ---------------------------------------------------------------- reception (Luật TCD 2013)

const traLoiCongDan = (type: 'chung' | 'kien_nghi_phan_anh'): LimitedRule =>
  limited({
    type,
    stage: 'tra_loi_cong_dan',
    amount: 10,
    ...WD,
    startEvent: 'ngày nhận được khiếu nại, tố cáo, kiến nghị, phản ánh',
    basis: {
      law: LAW_TCD,
      article: 'Điều 28 khoản 1',
      text: 'Điều 28 Luật Tiếp công dân 2013: trong thời hạn 10 ngày làm việc kể từ ngày nhận được khiếu nại, tố cáo, kiến nghị, phản ánh, phải trả lời trực tiếp hoặc thông báo bằng văn bản cho công dân về việc thụ lý, không thụ lý hoặc chuyển đơn đến cơ quan có thẩm quyền.',
    },
  });

const baoCaoDonChuyen: LimitedRule = limited({
  type: 'chung',
  stage: 'bao_cao_don_chuyen',
  amount: 7,
  ...WD,
  startEvent: 'ngày nhận được đơn do đại biểu Quốc hội, đại biểu Hội đồng nhân dân hoặc Ban tiếp công dân chuyển đến',
  basis: {
    law: LAW_TCD,
    article: 'Điều 27 khoản 2; Điều 28 khoản 2',
    text: 'Luật Tiếp công dân 2013 (Điều 27, 28): đơn do đại biểu dân cử hoặc Ban tiếp công dân chuyển đến phải được thông báo kết quả xử lý cho nơi chuyển đơn trong thời hạn 07 ngày làm việc.',
  },
  note: 'Tóm tắt nêu cặp thời hạn 7 rồi 5 ngày làm việc theo Điều 27(2), 28(2); việc gán từng khoản cho từng bước chưa đối chiếu văn bản.',
});

const thongBaoDonChuyen: LimitedRule = limited({
  type: 'chung',
  stage: 'thong_bao_don_chuyen',
  amount: 5,
  ...WD,
  startEvent: 'ngày nhận được thông báo kết quả xử lý đơn đã chuyển',
  basis: {
    law: LAW_TCD,
    article: 'Điều 27 khoản 2; Điều 28 khoản 2',
    text: 'Luật Tiếp công dân 2013 (Điều 27, 28): nơi đã chuyển đơn thông báo cho công dân kết quả xử lý trong thời hạn 05 ngày làm việc kể từ ngày nhận được thông báo.',
  },
  note: 'Như bước báo cáo kết quả: việc gán khoản cho từng bước chưa đối chiếu văn bản.',
});

// ---------------------------------------------------------------- letter processing (TT 07/2014, TT 05/2021)

const xuLyDon = (circular: typeof TT07 | typeof TT05): LimitedRule =>
  limited({
    type: 'chung',
    stage: 'xu_ly_don',
    amount: 10,
    ...WD,
    startEvent: 'ngày nhận được đơn',
    basis: unknownArticle(circular, `${circular}: trong thời hạn 10 ngày làm việc kể từ ngày nhận được đơn, phải nghiên cứu, phân loại và xử lý đơn.`),
    confirmed: false,
    note: 'Thời hạn 10 ngày làm việc được trích dẫn rộng rãi nhưng chưa xác định được điều khoản (tóm tắt pháp lý §3).',
  });

// ---------------------------------------------------------------- complaints (Luật KN 2011)

const kn: Record<'thoi_hieu' | 'thu_ly' | 'giai_quyet_lan_1' | 'khieu_nai_lan_2' | 'thu_ly_lan_2' | 'giai_quyet_lan_2' | 'hieu_luc', LimitedRule> = {
  thoi_hieu: limited({
    type: 'khieu_nai',
    stage: 'thoi_hieu',
    amount: 90,
    ...CAL,
    suspensionExcluded: true,
    startEvent: 'ngày nhận được hoặc biết được quyết định hành chính, hành vi hành chính',
    basis: {
      law: LAW_KN,
      article: 'Điều 9',
      text: 'Điều 9 Luật Khiếu nại 2011: thời hiệu khiếu nại là 90 ngày kể từ ngày nhận được quyết định hành chính hoặc biết được quyết định hành chính, hành vi hành chính; thời gian ốm đau, thiên tai, địch họa, đi công tác, học tập ở nơi xa hoặc trở ngại khách quan khác không tính vào thời hiệu.',
    },
  }),
  thu_ly: limited({
    type: 'khieu_nai',
    stage: 'thu_ly',
    amount: 10,
    ...CAL,
    startEvent: 'ngày nhận được khiếu nại thuộc thẩm quyền',
    basis: {
      law: LAW_KN,
      article: 'Điều 27',
      text: 'Điều 27 Luật Khiếu nại 2011: trong thời hạn 10 ngày kể từ ngày nhận được khiếu nại thuộc thẩm quyền, người giải quyết khiếu nại lần đầu phải thụ lý và thông báo bằng văn bản cho người khiếu nại; không thụ lý thì nêu rõ lý do.',
    },
  }),
  giai_quyet_lan_1: limited({
    type: 'khieu_nai',
    stage: 'giai_quyet_lan_1',
    amount: 30,
    ...CAL,
    options: [complexReplace(45), remoteReplace(45), remoteComplexReplace(60)],
    startEvent: 'ngày thụ lý',
    basis: {
      law: LAW_KN,
      article: 'Điều 28',
      text: 'Điều 28 Luật Khiếu nại 2011: thời hạn giải quyết khiếu nại lần đầu không quá 30 ngày kể từ ngày thụ lý; vụ việc phức tạp không quá 45 ngày; ở vùng sâu, vùng xa đi lại khó khăn không quá 45 ngày, vụ việc phức tạp không quá 60 ngày.',
    },
  }),
  khieu_nai_lan_2: limited({
    type: 'khieu_nai',
    stage: 'khieu_nai_lan_2',
    amount: 30,
    ...CAL,
    options: [remoteReplace(45)],
    startEvent: 'ngày nhận được quyết định giải quyết khiếu nại lần đầu, hoặc ngày hết thời hạn giải quyết lần đầu mà khiếu nại không được giải quyết',
    basis: {
      law: LAW_KN,
      article: 'Điều 33',
      text: 'Điều 33 Luật Khiếu nại 2011: trong thời hạn 30 ngày kể từ ngày hết thời hạn giải quyết lần đầu mà khiếu nại không được giải quyết, hoặc kể từ ngày nhận được quyết định giải quyết lần đầu mà không đồng ý, người khiếu nại có quyền khiếu nại lần hai hoặc khởi kiện; ở vùng sâu, vùng xa đi lại khó khăn không quá 45 ngày.',
    },
  }),
  thu_ly_lan_2: limited({
    type: 'khieu_nai',
    stage: 'thu_ly_lan_2',
    amount: 10,
    ...CAL,
    startEvent: 'ngày nhận được khiếu nại lần hai thuộc thẩm quyền',
    basis: {
      law: LAW_KN,
      article: 'Điều 36',
      text: 'Điều 36 Luật Khiếu nại 2011: trong thời hạn 10 ngày kể từ ngày nhận được khiếu nại thuộc thẩm quyền, người giải quyết khiếu nại lần hai phải thụ lý và thông báo bằng văn bản cho người khiếu nại.',
    },
  }),
  giai_quyet_lan_2: limited({
    type: 'khieu_nai',
    stage: 'giai_quyet_lan_2',
    amount: 45,
    ...CAL,
    options: [complexReplace(60), remoteReplace(60), remoteComplexReplace(70)],
    startEvent: 'ngày thụ lý khiếu nại lần hai',
    basis: {
      law: LAW_KN,
      article: 'Điều 37',
      text: 'Điều 37 Luật Khiếu nại 2011: thời hạn giải quyết khiếu nại lần hai không quá 45 ngày kể từ ngày thụ lý; vụ việc phức tạp không quá 60 ngày; ở vùng sâu, vùng xa đi lại khó khăn không quá 60 ngày, vụ việc phức tạp không quá 70 ngày.',
    },
  }),
  hieu_luc: limited({
    type: 'khieu_nai',
    stage: 'hieu_luc',
    amount: 30,
    ...CAL,
    options: [remoteReplace(45)],
    startEvent: 'ngày ban hành quyết định giải quyết khiếu nại',
    basis: {
      law: LAW_KN,
      article: 'Điều 44',
      text: 'Điều 44 Luật Khiếu nại 2011: quyết định giải quyết khiếu nại có hiệu lực pháp luật sau 30 ngày kể từ ngày ban hành mà người khiếu nại không khiếu nại lần hai hoặc khởi kiện; ở vùng sâu, vùng xa đi lại khó khăn có thể kéo dài nhưng không quá 45 ngày.',
    },
  }),
};

// ---------------------------------------------------------------- complaints against disciplinary decisions (Luật KN 2011 ch. IV)

const knkl: LimitedRule[] = [
  limited({
    type: 'khieu_nai_ky_luat',
    stage: 'thoi_hieu',
    amount: 15,
    ...CAL,
    startEvent: 'ngày nhận được quyết định kỷ luật',
    basis: {
      law: LAW_KN,
      article: 'Điều 48',
      text: 'Điều 48 Luật Khiếu nại 2011: thời hiệu khiếu nại quyết định kỷ luật là 15 ngày kể từ ngày cán bộ, công chức nhận được quyết định kỷ luật.',
    },
  }),
  limited({
    type: 'khieu_nai_ky_luat',
    stage: 'khieu_nai_lan_2',
    amount: 10,
    ...CAL,
    startEvent: 'ngày nhận được quyết định giải quyết khiếu nại lần đầu',
    basis: {
      law: LAW_KN,
      article: 'Điều 48',
      text: 'Điều 48 Luật Khiếu nại 2011: khiếu nại lần hai quyết định kỷ luật trong thời hạn 10 ngày kể từ ngày nhận được quyết định giải quyết khiếu nại lần đầu.',
    },
  }),
  limited({
    type: 'khieu_nai_ky_luat',
    stage: 'khieu_nai_lan_2_buoc_thoi_viec',
    amount: 30,
    ...CAL,
    startEvent: 'ngày nhận được quyết định giải quyết khiếu nại lần đầu',
    basis: {
      law: LAW_KN,
      article: 'Điều 48',
      text: 'Điều 48 Luật Khiếu nại 2011: đối với quyết định kỷ luật buộc thôi việc, thời hạn khiếu nại lần hai là 30 ngày kể từ ngày nhận được quyết định giải quyết khiếu nại lần đầu.',
    },
  }),
  limited({
    type: 'khieu_nai_ky_luat',
    stage: 'thu_ly',
    amount: 10,
    ...CAL,
    startEvent: 'ngày nhận được khiếu nại thuộc thẩm quyền',
    basis: {
      law: LAW_KN,
      article: 'Điều 50',
      text: 'Điều 50 Luật Khiếu nại 2011: trong thời hạn 10 ngày kể từ ngày nhận được khiếu nại quyết định kỷ luật thuộc thẩm quyền, người có thẩm quyền phải thụ lý giải quyết.',
    },
  }),
  limited({
    type: 'khieu_nai_ky_luat',
    stage: 'giai_quyet_lan_1',
    amount: 30,
    ...CAL,
    options: [complexReplace(45)],
    startEvent: 'ngày thụ lý',
    basis: {
      law: LAW_KN,
      article: 'Điều 50',
      text: 'Điều 50 Luật Khiếu nại 2011: thời hạn giải quyết khiếu nại quyết định kỷ luật không quá 30 ngày kể từ ngày thụ lý; vụ việc phức tạp không quá 45 ngày.',
    },
  }),
  limited({
    type: 'khieu_nai_ky_luat',
    stage: 'thu_ly_lan_2',
    amount: 10,
    ...CAL,
    startEvent: 'ngày nhận được khiếu nại lần hai thuộc thẩm quyền',
    basis: {
      law: LAW_KN,
      article: 'Điều 50',
      text: 'Luật Khiếu nại 2011 (Điều 50): thụ lý khiếu nại lần hai quyết định kỷ luật trong thời hạn 10 ngày kể từ ngày nhận được khiếu nại.',
    },
    confirmed: false,
    note: 'Tóm tắt pháp lý chỉ nêu thời hạn cấp lần đầu cho khiếu nại kỷ luật; con số lần hai suy từ Điều 36 Luật KN, chưa xác minh.',
  }),
  limited({
    type: 'khieu_nai_ky_luat',
    stage: 'giai_quyet_lan_2',
    amount: 45,
    ...CAL,
    options: [complexReplace(60)],
    startEvent: 'ngày thụ lý khiếu nại lần hai',
    basis: {
      law: LAW_KN,
      article: 'Điều 50',
      text: 'Luật Khiếu nại 2011 (Điều 50): thời hạn giải quyết khiếu nại lần hai quyết định kỷ luật không quá 45 ngày kể từ ngày thụ lý; vụ việc phức tạp không quá 60 ngày.',
    },
    confirmed: false,
    note: 'Tóm tắt pháp lý chỉ nêu thời hạn cấp lần đầu cho khiếu nại kỷ luật; con số lần hai suy từ Điều 37 Luật KN, chưa xác minh.',
  }),
];

// ---------------------------------------------------------------- denunciations (Luật TC 2018, NĐ 31/2019)

const tc: LimitedRule[] = [
  limited({
    type: 'to_cao',
    stage: 'xu_ly_ban_dau',
    amount: 7,
    ...WD,
    // Art. 24(1) allows up to 10 working days when checks are needed at several places; no decision is required.
    options: [{ kind: 'complex', effect: 'replace', amount: 10, label: 'Phải kiểm tra, xác minh tại nhiều địa điểm' }],
    startEvent: 'ngày nhận được tố cáo',
    basis: {
      law: LAW_TC,
      article: 'Điều 24 khoản 1',
      text: 'Điều 24 Luật Tố cáo 2018: trong thời hạn 07 ngày làm việc kể từ ngày nhận được tố cáo phải vào sổ, phân loại, xử lý ban đầu, kiểm tra, xác minh thông tin về người tố cáo và điều kiện thụ lý; trường hợp phải kiểm tra, xác minh tại nhiều địa điểm thì không quá 10 ngày làm việc.',
    },
  }),
  limited({
    type: 'to_cao',
    stage: 'chuyen_don',
    amount: 5,
    ...WD,
    startEvent: 'ngày nhận được tố cáo',
    basis: {
      law: LAW_TC,
      article: 'Điều 24 khoản 2',
      text: 'Điều 24 Luật Tố cáo 2018: tố cáo không thuộc thẩm quyền thì trong thời hạn 05 ngày làm việc kể từ ngày nhận được phải chuyển đến cơ quan, tổ chức, cá nhân có thẩm quyền và thông báo cho người tố cáo; chỉ chuyển một lần.',
    },
  }),
  limited({
    type: 'to_cao',
    stage: 'thong_bao_thu_ly',
    amount: 5,
    ...WD,
    startEvent: 'ngày ra quyết định thụ lý tố cáo',
    basis: {
      law: LAW_TC,
      article: 'Điều 29 khoản 3',
      text: 'Điều 29 Luật Tố cáo 2018: trong thời hạn 05 ngày làm việc kể từ ngày ra quyết định thụ lý, phải thông báo cho người tố cáo và người bị tố cáo về việc thụ lý tố cáo.',
    },
  }),
  limited({
    type: 'to_cao',
    stage: 'giai_quyet',
    amount: 30,
    ...CAL,
    options: [
      { kind: 'complex', effect: 'add', amount: 30, maxTimes: 1, label: 'Vụ việc phức tạp: gia hạn một lần' },
      { kind: 'especially_complex', effect: 'add', amount: 30, maxTimes: 2, label: 'Vụ việc đặc biệt phức tạp: gia hạn hai lần' },
    ],
    // Art. 34(2): time under suspension is not counted in the resolution period.
    suspensionExcluded: true,
    startEvent: 'ngày thụ lý',
    basis: {
      law: LAW_TC,
      article: 'Điều 30',
      text: 'Điều 30 Luật Tố cáo 2018: thời hạn giải quyết tố cáo không quá 30 ngày kể từ ngày thụ lý; vụ việc phức tạp có thể gia hạn một lần không quá 30 ngày; vụ việc đặc biệt phức tạp có thể gia hạn hai lần, mỗi lần không quá 30 ngày. Việc gia hạn bằng văn bản (Mẫu 01 Nghị định 31/2019/NĐ-CP); tiêu chí phức tạp theo Điều 3 Nghị định 31/2019/NĐ-CP.',
    },
  }),
  limited({
    type: 'to_cao',
    stage: 'gui_ket_luan',
    amount: 5,
    ...WD,
    startEvent: 'ngày ban hành kết luận nội dung tố cáo',
    basis: {
      law: LAW_TC,
      article: 'Điều 35 khoản 3',
      text: 'Điều 35 Luật Tố cáo 2018: chậm nhất 05 ngày làm việc kể từ ngày ban hành kết luận nội dung tố cáo, phải gửi kết luận cho người bị tố cáo và thông báo cho người tố cáo.',
    },
  }),
  limited({
    type: 'to_cao',
    stage: 'to_cao_tiep',
    amount: 20,
    ...CAL,
    startEvent: 'ngày nhận được tố cáo tiếp',
    basis: {
      law: LAW_TC,
      article: 'Điều 37',
      text: 'Điều 37 Luật Tố cáo 2018: trong thời hạn 20 ngày kể từ ngày nhận được tố cáo tiếp, người đứng đầu cơ quan, tổ chức cấp trên trực tiếp phải xem xét hồ sơ giải quyết tố cáo trước đó.',
    },
    confirmed: false,
    note: 'Tóm tắt pháp lý chỉ nêu 20 ngày theo Điều 37–38; sự kiện bắt đầu tính và khoản cụ thể chưa xác minh.',
  }),
  limited({
    type: 'to_cao',
    stage: 'yeu_cau_bao_cao_qua_han',
    amount: 5,
    ...WD,
    startEvent: 'ngày nhận được tố cáo tiếp về vụ việc quá hạn giải quyết',
    basis: {
      law: LAW_TC,
      article: 'Điều 37–38',
      text: 'Luật Tố cáo 2018 (Điều 37–38): tố cáo tiếp vì quá hạn mà chưa được giải quyết thì trong thời hạn 05 ngày làm việc cấp trên yêu cầu người giải quyết báo cáo.',
    },
    confirmed: false,
    note: 'Điều, khoản cụ thể và sự kiện bắt đầu tính chưa xác minh.',
  }),
  limited({
    type: 'to_cao',
    stage: 'bao_cao_qua_han',
    amount: 5,
    ...WD,
    startEvent: 'ngày nhận được yêu cầu báo cáo',
    basis: {
      law: LAW_TC,
      article: 'Điều 37–38',
      text: 'Luật Tố cáo 2018 (Điều 37–38): người giải quyết tố cáo quá hạn phải báo cáo cấp trên trong thời hạn 05 ngày làm việc kể từ ngày nhận được yêu cầu.',
    },
    confirmed: false,
    note: 'Điều, khoản cụ thể và sự kiện bắt đầu tính chưa xác minh.',
  }),
];

// ---------------------------------------------------------------- kiến nghị, phản ánh

const knpaNoLimit: NoLimitRule = {
  type: 'kien_nghi_phan_anh',
  stage: 'giai_quyet',
  amount: null,
  unit: null,
  startEvent: 'ngày nhận được kiến nghị, phản ánh',
  basis: {
    law: LAW_TCD,
    article: 'Điều 28',
    text: 'Luật không quy định thời hạn chung để giải quyết kiến nghị, phản ánh; chỉ có thời hạn 10 ngày làm việc để trả lời công dân theo Điều 28 Luật Tiếp công dân 2013.',
  },
  confirmed: true,
  note: 'Pháp luật chuyên ngành hoặc quy định của địa phương có thể đặt thời hạn riêng (chưa xác minh).',
};

// ---------------------------------------------------------------- the sets

const lawRows = (circular: typeof TT07 | typeof TT05): DeadlineRule[] => [
  traLoiCongDan('chung'),
  xuLyDon(circular),
  baoCaoDonChuyen,
  thongBaoDonChuyen,
  ...Object.values(kn),
  ...knkl,
  ...tc,
  traLoiCongDan('kien_nghi_phan_anh'),
  knpaNoLimit,
];

const AMENDED_LAWS_NOTE =
  'Luật 136/2025/QH15 sửa đổi Luật Tiếp công dân, Luật Khiếu nại, Luật Tố cáo; nội dung sửa đổi chưa xác minh, tạm giữ số liệu và điều khoản của luật gốc.';

/** Rows carried into the 2026 set keep their figure but lose their confirmation until the amending law is read. */
function carriedInto2026(rule: DeadlineRule): DeadlineRule {
  return { ...rule, confirmed: false, note: rule.note ? `${rule.note} ${AMENDED_LAWS_NOTE}` : AMENDED_LAWS_NOTE };
}

const REPORTED_2026 = 'Theo bản OCR duy nhất của nghị định năm 2026 (tóm tắt pháp lý §0), chưa đối chiếu bản chính thức.';

const rows2026: DeadlineRule[] = lawRows(TT05).map((rule): DeadlineRule => {
  if (rule.type === 'khieu_nai' && rule.stage === 'thu_ly') {
    return limited({
      type: 'khieu_nai',
      stage: 'thu_ly',
      amount: 7,
      ...WD,
      startEvent: 'ngày nhận được khiếu nại thuộc thẩm quyền',
      basis: unknownArticle(
        ND155,
        'Nghị định 155/2026/NĐ-CP (sửa đổi Nghị định 124/2020/NĐ-CP): trong thời hạn 07 ngày làm việc kể từ ngày nhận được khiếu nại thuộc thẩm quyền, người giải quyết khiếu nại lần đầu phải thụ lý.',
      ),
      confirmed: false,
      note: REPORTED_2026,
    });
  }
  if (rule.type === 'khieu_nai' && (rule.stage === 'giai_quyet_lan_1' || rule.stage === 'giai_quyet_lan_2') && rule.amount !== null) {
    // Complaints gain a formal suspension (art. 11a as amended; NĐ 155/2026 forms 14a/14b), as reported.
    return {
      ...rule,
      suspensionExcluded: true,
      confirmed: false,
      note: `Tạm đình chỉ giải quyết khiếu nại (Điều 11a; Mẫu 14a/14b Nghị định 155/2026/NĐ-CP) — ${REPORTED_2026} ${AMENDED_LAWS_NOTE}`,
    };
  }
  return carriedInto2026(rule);
});

rows2026.push(
  limited({
    type: 'chung',
    stage: 'thong_bao_tu_choi_tiep',
    amount: 3,
    ...WD,
    startEvent: 'ngày từ chối tiếp công dân',
    basis: {
      law: ND154,
      article: 'Điều 4',
      text: 'Nghị định 154/2026/NĐ-CP: thông báo từ chối tiếp công dân (Mẫu 01/TCD) được ban hành trong thời hạn 03 ngày làm việc.',
    },
    confirmed: false,
    note: `${REPORTED_2026} Sự kiện bắt đầu tính chưa xác minh.`,
  }),
);

export const ruleSets: readonly RuleSet[] = [
  {
    id: 'kntc-2019-tt07',
    name: 'Luật KN 2011, Luật TC 2018, Luật TCD 2013; xử lý đơn theo TT 07/2014/TT-TTCP',
    // Luật Tố cáo 2018 took effect on 1/1/2019; the other instruments were already in force.
    effectiveFrom: '2019-01-01',
    effectiveTo: '2021-11-14',
    sources: [LAW_KN, LAW_TC, LAW_TCD, 'Nghị định 124/2020/NĐ-CP', 'Nghị định 31/2019/NĐ-CP', 'Nghị định 64/2014/NĐ-CP', 'Thông tư 06/2014/TT-TTCP', TT07],
    rules: lawRows(TT07),
  },
  {
    id: 'kntc-2021-tt05',
    name: 'Luật KN 2011, Luật TC 2018, Luật TCD 2013; xử lý đơn theo TT 05/2021/TT-TTCP, tiếp công dân theo TT 04/2021/TT-TTCP',
    // TT 05/2021 and TT 04/2021 took effect on 15/11/2021.
    effectiveFrom: '2021-11-15',
    effectiveTo: '2026-06-30',
    sources: [LAW_KN, LAW_TC, LAW_TCD, 'Nghị định 124/2020/NĐ-CP', 'Nghị định 31/2019/NĐ-CP', 'Nghị định 64/2014/NĐ-CP', 'Thông tư 04/2021/TT-TTCP', TT05],
    note: 'Ngày có hiệu lực của Luật 136/2025/QH15 chưa xác minh; nếu trước 1/7/2026 thì một phần bộ này có thể đã bị sửa đổi.',
    rules: lawRows(TT05),
  },
  {
    id: 'kntc-2026-nd154-156',
    name: 'Từ 1/7/2026: NĐ 154/2026 (tiếp công dân), NĐ 155/2026 (khiếu nại), NĐ 156/2026 (tố cáo)',
    effectiveFrom: '2026-07-01',
    sources: [LAW_KN, LAW_TC, LAW_TCD, 'Luật 136/2025/QH15', ND154, ND155, 'Nghị định 156/2026/NĐ-CP', TT05],
    note: AMENDED_LAWS_NOTE,
    rules: rows2026,
  },
];
