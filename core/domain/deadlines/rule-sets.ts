import { unknownArticle } from './basis';
import type { DeadlineRule, ExtensionOption, LimitedRule, NoLimitRule, NotBeforeRule, Provision, RuleSet } from './types';

// The statutory deadline table, versioned by effective date. Every figure below is a legal rule checked against the
// texts in ../shared/docs/law (the legal code, Bộ pháp điển, and the 2026 decrees): change one only with the article
// in hand, and cite it the way the code does. What was read, and what could not be, is in docs/law-notes.md.

const LAW_KN = 'Luật Khiếu nại 2011 (02/2011/QH13)';
const LAW_TC = 'Luật Tố cáo 2018 (25/2018/QH14)';
const LAW_TCD = 'Luật Tiếp công dân 2013 (42/2013/QH13)';
const TT07_2013 = 'Thông tư 07/2013/TT-TTCP (sửa đổi bởi Thông tư 02/2016/TT-TTCP)';
const TT07_2014 = 'Thông tư 07/2014/TT-TTCP';
const TT05_2021 = 'Thông tư 05/2021/TT-TTCP';
const ND154 = 'Nghị định 154/2026/NĐ-CP';
const ND124_2026 = 'Nghị định 124/2020/NĐ-CP (sửa đổi bởi Nghị định 155/2026/NĐ-CP)';

/** An article of a law as the legal code files it: topic 18.1 Khiếu nại, 18.4 Tiếp công dân, 18.5 Tố cáo. */
const article =
  (law: string, topic: string) =>
  (n: number, clause?: string): Provision => ({ law, article: clause ? `Điều ${n} ${clause}` : `Điều ${n}`, codeRef: `Điều ${topic}.LQ.${n}` });
const kn = article(LAW_KN, '18.1');
const tc = article(LAW_TC, '18.5');
const tcd = article(LAW_TCD, '18.4');
/** TT 07/2013 art. 5(1): the working days behind the law's "10 ngày" for accepting a complaint. */
const TT07_2013_ART5: Provision = { law: TT07_2013, article: 'Điều 5 khoản 1', codeRef: 'Điều 18.1.TT.1.5' };
const nd124 = (article: string): Provision => ({ law: ND124_2026, article });

/** "Ngày" without "làm việc": read as calendar days, the usual reading, which no text settles. */
const CAL = { unit: 'calendar', unitConfirmed: false } as const;
const WD = { unit: 'working', unitConfirmed: true } as const;

type LimitedDef = Omit<LimitedRule, 'kind' | 'options' | 'suspensionExcluded' | 'confirmed'> & Partial<Pick<LimitedRule, 'options' | 'suspensionExcluded' | 'confirmed'>>;

function limited(rule: LimitedDef): LimitedRule {
  return { kind: 'deadline', options: [], suspensionExcluded: false, confirmed: true, ...rule };
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
    startEvent: 'ngày tiếp nhận nội dung khiếu nại, tố cáo, kiến nghị, phản ánh',
    basis: {
      ...tcd(28, 'khoản 1'),
      text: 'Điều 28 khoản 1 Luật Tiếp công dân 2013: trong thời hạn 10 ngày làm việc, kể từ ngày tiếp nhận nội dung khiếu nại, tố cáo, kiến nghị, phản ánh, người tiếp công dân có trách nhiệm trả lời trực tiếp hoặc thông báo bằng văn bản về việc đã thụ lý, cần kéo dài thời gian xem xét để thụ lý, từ chối thụ lý hoặc đã chuyển đến cơ quan có thẩm quyền.',
    },
  });

const baoCaoDonChuyen: LimitedRule = limited({
  type: 'chung',
  stage: 'bao_cao_don_chuyen',
  amount: 7,
  ...WD,
  startEvent: 'ngày vụ việc được giải quyết',
  basis: {
    ...tcd(27, 'khoản 2'),
    text: 'Điều 27 khoản 2 Luật Tiếp công dân 2013: cơ quan nhận được khiếu nại, tố cáo do cơ quan của Quốc hội, đại biểu Quốc hội, đại biểu Hội đồng nhân dân, Ban tiếp công dân chuyển đến thông báo kết quả cho cơ quan, người đã chuyển đơn trong thời hạn 07 ngày làm việc, kể từ ngày vụ việc được giải quyết; vụ việc đã được giải quyết trước đó thì thông báo ngay.',
  },
  note: 'Vụ việc đã được giải quyết trước khi nhận đơn chuyển đến thì thông báo ngay cho nơi chuyển đơn.',
});

const thongBaoDonChuyen: LimitedRule = limited({
  type: 'chung',
  stage: 'thong_bao_don_chuyen',
  amount: 5,
  ...WD,
  startEvent: 'ngày nhận được thông báo kết quả giải quyết của cơ quan đã nhận đơn chuyển đến',
  basis: {
    ...tcd(28, 'khoản 2'),
    text: 'Điều 28 khoản 2 Luật Tiếp công dân 2013: trong thời hạn 05 ngày làm việc, kể từ ngày nhận được thông báo kết quả giải quyết, cơ quan của Quốc hội, đại biểu Quốc hội, đại biểu Hội đồng nhân dân, Ban tiếp công dân thông báo cho người khiếu nại, tố cáo đã có yêu cầu trước đó.',
  },
});

// ---------------------------------------------------------------- letter processing (TT 07/2014, TT 05/2021)

const xuLyDon = (circular: typeof TT07_2014 | typeof TT05_2021): LimitedRule =>
  limited({
    type: 'chung',
    stage: 'xu_ly_don',
    amount: 10,
    ...WD,
    startEvent: 'ngày nhận được đơn',
    basis: unknownArticle(circular, `${circular}: trong thời hạn 10 ngày làm việc kể từ ngày nhận được đơn, phải nghiên cứu, phân loại và xử lý đơn.`),
    confirmed: false,
    unverified: 'article',
  });

// ---------------------------------------------------------------- complaints (Luật KN 2011, ch. II)

const COMPLAINT_ACCEPTANCE_RECIPIENTS = ['Người khiếu nại', 'Cơ quan, tổ chức, cá nhân có thẩm quyền đã chuyển khiếu nại đến (nếu có)', 'Cơ quan thanh tra nhà nước cùng cấp'];

/** Accepting a complaint: "10 ngày" in the law, "10 ngày làm việc" in TT 07/2013 art. 5(1) for both levels. */
const thuLy10 = (type: 'khieu_nai' | 'khieu_nai_ky_luat', stage: 'thu_ly' | 'thu_ly_lan_2', lawArticle: Provision, lawText: string): LimitedRule =>
  limited({
    type,
    stage,
    amount: 10,
    ...WD,
    startEvent: stage === 'thu_ly' ? 'ngày nhận được khiếu nại thuộc thẩm quyền' : 'ngày nhận được khiếu nại lần hai thuộc thẩm quyền',
    basis: {
      ...lawArticle,
      related: [TT07_2013_ART5],
      text: `${lawText} Điều 5 khoản 1 Thông tư 07/2013/TT-TTCP: trong thời hạn 10 ngày làm việc, kể từ ngày nhận được khiếu nại quyết định hành chính, hành vi hành chính, quyết định kỷ luật cán bộ, công chức thuộc thẩm quyền, người giải quyết khiếu nại lần đầu hoặc lần hai phải thụ lý; nhiều người khiếu nại cùng một nội dung thì thụ lý khi đơn có đủ chữ ký của những người khiếu nại và có văn bản cử người đại diện.`,
    },
    recipients: type === 'khieu_nai' ? COMPLAINT_ACCEPTANCE_RECIPIENTS : ['Người khiếu nại'],
  });

/** From 1/7/2026: 07 ngày làm việc for both levels and both kinds (NĐ 124/2020 art. 16(1) as rewritten by NĐ 155/2026 art. 10). */
const thuLy7 = (rule: LimitedRule): LimitedRule => ({
  ...rule,
  amount: 7,
  basis: {
    ...nd124('Điều 16 khoản 1'),
    related: [{ law: 'Nghị định 155/2026/NĐ-CP', article: 'Điều 10' }, ...(rule.type === 'khieu_nai' ? [kn(rule.stage === 'thu_ly' ? 27 : 36)] : [kn(50)])],
    text: 'Điều 16 khoản 1 Nghị định 124/2020/NĐ-CP, sửa đổi bởi Điều 10 Nghị định 155/2026/NĐ-CP: trong thời hạn 07 ngày làm việc, kể từ ngày nhận được khiếu nại quyết định hành chính, hành vi hành chính, quyết định kỷ luật cán bộ, công chức thuộc thẩm quyền, người giải quyết khiếu nại lần đầu hoặc lần hai phải thụ lý; nhiều người khiếu nại cùng một nội dung thì thụ lý khi đơn có đủ chữ ký của những người khiếu nại và có văn bản cử người đại diện.',
  },
});

// Luật KN 2011 as amended gives complaints a formal suspension (art. 11a); NĐ 155/2026 art. 22(1) applies it from
// 1/7/2026 to complaints accepted earlier and not yet decided, so the earlier sets exclude suspensions from that day.
const COMPLAINT_SUSPENSION_FROM = '2026-07-01';
const COMPLAINT_SUSPENSION_NOTE =
  'Từ 01/7/2026, thời gian tạm đình chỉ giải quyết khiếu nại không tính vào thời hạn; thời hạn tiếp tục được tính từ ngày ban hành quyết định tiếp tục giải quyết (Điều 28b Nghị định 124/2020/NĐ-CP, sửa đổi bởi Nghị định 155/2026/NĐ-CP): nhập “Đến ngày” là ngày liền trước ngày ban hành quyết định tiếp tục giải quyết.';

const knThoiHieu: LimitedRule = limited({
  type: 'khieu_nai',
  stage: 'thoi_hieu',
  amount: 90,
  ...CAL,
  suspensionExcluded: true,
  startEvent: 'ngày nhận được hoặc biết được quyết định hành chính, hành vi hành chính',
  basis: {
    ...kn(9),
    text: 'Điều 9 Luật Khiếu nại 2011: thời hiệu khiếu nại là 90 ngày, kể từ ngày nhận được quyết định hành chính hoặc biết được quyết định hành chính, hành vi hành chính; thời gian ốm đau, thiên tai, địch họa, đi công tác, học tập ở nơi xa hoặc trở ngại khách quan khác không tính vào thời hiệu.',
  },
});

const knGiaiQuyetLan1: LimitedRule = limited({
  type: 'khieu_nai',
  stage: 'giai_quyet_lan_1',
  amount: 30,
  ...CAL,
  readingSwitchable: true,
  options: [complexReplace(45), remoteReplace(45), remoteComplexReplace(60)],
  suspensionExcluded: true,
  suspensionFrom: COMPLAINT_SUSPENSION_FROM,
  startEvent: 'ngày thụ lý',
  basis: {
    ...kn(28),
    text: 'Điều 28 Luật Khiếu nại 2011: thời hạn giải quyết khiếu nại lần đầu không quá 30 ngày, kể từ ngày thụ lý; vụ việc phức tạp không quá 45 ngày; ở vùng sâu, vùng xa đi lại khó khăn không quá 45 ngày, vụ việc phức tạp không quá 60 ngày.',
  },
  note: COMPLAINT_SUSPENSION_NOTE,
});

const knKhieuNaiLan2: LimitedRule = limited({
  type: 'khieu_nai',
  stage: 'khieu_nai_lan_2',
  amount: 30,
  ...CAL,
  options: [remoteReplace(45)],
  startEvent: 'ngày nhận được quyết định giải quyết khiếu nại lần đầu, hoặc ngày hết thời hạn giải quyết lần đầu mà khiếu nại không được giải quyết',
  basis: {
    ...kn(33, 'khoản 1'),
    text: 'Điều 33 khoản 1 Luật Khiếu nại 2011: trong thời hạn 30 ngày, kể từ ngày hết thời hạn giải quyết lần đầu mà khiếu nại không được giải quyết hoặc kể từ ngày nhận được quyết định giải quyết lần đầu mà không đồng ý, người khiếu nại có quyền khiếu nại lần hai; ở vùng sâu, vùng xa đi lại khó khăn không quá 45 ngày.',
  },
});

const knGiaiQuyetLan2: LimitedRule = limited({
  type: 'khieu_nai',
  stage: 'giai_quyet_lan_2',
  amount: 45,
  ...CAL,
  readingSwitchable: true,
  options: [complexReplace(60), remoteReplace(60), remoteComplexReplace(70)],
  suspensionExcluded: true,
  suspensionFrom: COMPLAINT_SUSPENSION_FROM,
  startEvent: 'ngày thụ lý khiếu nại lần hai',
  basis: {
    ...kn(37),
    text: 'Điều 37 Luật Khiếu nại 2011: thời hạn giải quyết khiếu nại lần hai không quá 45 ngày, kể từ ngày thụ lý; vụ việc phức tạp không quá 60 ngày; ở vùng sâu, vùng xa đi lại khó khăn không quá 60 ngày, vụ việc phức tạp không quá 70 ngày.',
  },
  note: COMPLAINT_SUSPENSION_NOTE,
});

const knHieuLuc: LimitedRule = limited({
  type: 'khieu_nai',
  stage: 'hieu_luc',
  amount: 30,
  ...CAL,
  options: [remoteReplace(45)],
  startEvent: 'ngày ban hành quyết định giải quyết khiếu nại',
  basis: {
    ...kn(44),
    text: 'Điều 44 Luật Khiếu nại 2011: quyết định giải quyết khiếu nại lần đầu (nếu không khiếu nại lần hai) và lần hai có hiệu lực pháp luật sau 30 ngày, kể từ ngày ban hành; ở vùng sâu, vùng xa đi lại khó khăn có thể kéo dài nhưng không quá 45 ngày.',
  },
});

const knGuiLan1: LimitedRule = limited({
  type: 'khieu_nai',
  stage: 'gui_quyet_dinh_lan_1',
  amount: 3,
  ...WD,
  startEvent: 'ngày có quyết định giải quyết khiếu nại lần đầu',
  basis: {
    ...kn(32),
    text: 'Điều 32 Luật Khiếu nại 2011: trong thời hạn 03 ngày làm việc, kể từ ngày có quyết định giải quyết khiếu nại, người giải quyết khiếu nại lần đầu gửi quyết định cho người khiếu nại, thủ trưởng cấp trên trực tiếp hoặc người có thẩm quyền, người có quyền, nghĩa vụ liên quan, cơ quan, tổ chức, cá nhân đã chuyển khiếu nại đến và cơ quan thanh tra nhà nước cùng cấp.',
  },
  recipients: [
    'Người khiếu nại',
    'Thủ trưởng cấp trên trực tiếp của người giải quyết khiếu nại hoặc người có thẩm quyền',
    'Người có quyền, nghĩa vụ liên quan',
    'Cơ quan, tổ chức, cá nhân đã chuyển khiếu nại đến',
    'Cơ quan thanh tra nhà nước cùng cấp',
  ],
});

const knGuiLan2: LimitedRule = limited({
  type: 'khieu_nai',
  stage: 'gui_quyet_dinh_lan_2',
  amount: 7,
  ...CAL,
  startEvent: 'ngày có quyết định giải quyết khiếu nại lần hai',
  basis: {
    ...kn(41, 'khoản 1'),
    text: 'Điều 41 khoản 1 Luật Khiếu nại 2011: trong thời hạn 07 ngày, kể từ ngày có quyết định giải quyết khiếu nại, người giải quyết khiếu nại lần hai gửi quyết định cho người khiếu nại, người bị khiếu nại, người giải quyết khiếu nại lần đầu, người có quyền, nghĩa vụ liên quan, cơ quan, tổ chức, cá nhân có thẩm quyền chuyển khiếu nại đến.',
  },
  recipients: ['Người khiếu nại', 'Người bị khiếu nại', 'Người giải quyết khiếu nại lần đầu', 'Người có quyền, nghĩa vụ liên quan', 'Cơ quan, tổ chức, cá nhân có thẩm quyền đã chuyển khiếu nại đến'],
});

const knTiepTucSauDinhChi: LimitedRule = limited({
  type: 'khieu_nai',
  stage: 'tiep_tuc_sau_dinh_chi',
  amount: 30,
  ...CAL,
  startEvent: 'ngày có văn bản thông báo đình chỉ việc giải quyết khiếu nại',
  basis: {
    ...kn(11, 'khoản 8'),
    text: 'Điều 11 khoản 8 Luật Khiếu nại 2011: khiếu nại không được thụ lý khi có văn bản thông báo đình chỉ việc giải quyết khiếu nại mà sau 30 ngày người khiếu nại không tiếp tục khiếu nại.',
  },
  note: 'Quá thời hạn này mà người khiếu nại mới tiếp tục khiếu nại thì khiếu nại không được thụ lý.',
});

// ---------------------------------------------------------------- complaints against disciplinary decisions (Luật KN 2011 ch. IV)

const KNKL_OBSTACLE = ' Thời gian ốm đau, thiên tai, địch họa, đi công tác, học tập ở nơi xa hoặc trở ngại khách quan khác không tính vào thời hiệu.';
const KNKL_ART50 =
  'Điều 50 Luật Khiếu nại 2011 (thời hạn thụ lý và giải quyết khiếu nại lần đầu, lần hai): trong thời hạn 10 ngày, kể từ ngày nhận được đơn khiếu nại, người có thẩm quyền phải thụ lý để giải quyết và thông báo cho người khiếu nại.';

/** Art. 50 sets the same limits for the first and the second level ("lần đầu, lần hai"). */
const knklGiaiQuyet = (stage: 'giai_quyet_lan_1' | 'giai_quyet_lan_2'): LimitedRule =>
  limited({
    type: 'khieu_nai_ky_luat',
    stage,
    amount: 30,
    ...CAL,
    readingSwitchable: true,
    options: [complexReplace(45)],
    startEvent: stage === 'giai_quyet_lan_1' ? 'ngày thụ lý' : 'ngày thụ lý khiếu nại lần hai',
    basis: {
      ...kn(50),
      text: 'Điều 50 Luật Khiếu nại 2011 (thời hạn thụ lý và giải quyết khiếu nại lần đầu, lần hai): thời hạn giải quyết khiếu nại không quá 30 ngày, kể từ ngày thụ lý; vụ việc phức tạp không quá 45 ngày, kể từ ngày thụ lý.',
    },
  });

const knkl: LimitedRule[] = [
  limited({
    type: 'khieu_nai_ky_luat',
    stage: 'thoi_hieu',
    amount: 15,
    ...CAL,
    suspensionExcluded: true,
    startEvent: 'ngày nhận được quyết định kỷ luật',
    basis: { ...kn(48), text: `Điều 48 Luật Khiếu nại 2011: thời hiệu khiếu nại lần đầu là 15 ngày, kể từ ngày cán bộ, công chức nhận được quyết định kỷ luật.${KNKL_OBSTACLE}` },
  }),
  limited({
    type: 'khieu_nai_ky_luat',
    stage: 'khieu_nai_lan_2',
    amount: 10,
    ...CAL,
    suspensionExcluded: true,
    startEvent: 'ngày nhận được quyết định giải quyết khiếu nại lần đầu',
    basis: {
      ...kn(48),
      text: `Điều 48 Luật Khiếu nại 2011: thời hiệu khiếu nại lần hai là 10 ngày, kể từ ngày cán bộ, công chức nhận được quyết định giải quyết khiếu nại lần đầu.${KNKL_OBSTACLE}`,
    },
  }),
  limited({
    type: 'khieu_nai_ky_luat',
    stage: 'khieu_nai_lan_2_buoc_thoi_viec',
    amount: 30,
    ...CAL,
    suspensionExcluded: true,
    startEvent: 'ngày nhận được quyết định giải quyết khiếu nại lần đầu',
    basis: {
      ...kn(48),
      text: `Điều 48 Luật Khiếu nại 2011: đối với quyết định kỷ luật buộc thôi việc, thời hiệu khiếu nại lần hai là 30 ngày, kể từ ngày nhận được quyết định giải quyết khiếu nại lần đầu.${KNKL_OBSTACLE}`,
    },
  }),
  thuLy10('khieu_nai_ky_luat', 'thu_ly', kn(50), KNKL_ART50),
  knklGiaiQuyet('giai_quyet_lan_1'),
  thuLy10('khieu_nai_ky_luat', 'thu_ly_lan_2', kn(50), KNKL_ART50),
  knklGiaiQuyet('giai_quyet_lan_2'),
  limited({
    type: 'khieu_nai_ky_luat',
    stage: 'gui_quyet_dinh_lan_2',
    amount: 7,
    ...CAL,
    startEvent: 'ngày ban hành quyết định giải quyết khiếu nại lần hai',
    basis: {
      ...kn(56, 'khoản 2'),
      text: 'Điều 56 khoản 2 Luật Khiếu nại 2011: quyết định giải quyết khiếu nại lần hai phải được gửi cho người khiếu nại, người giải quyết khiếu nại lần đầu, người có quyền, nghĩa vụ liên quan trong thời hạn 07 ngày, kể từ ngày ban hành.',
    },
    recipients: ['Người khiếu nại', 'Người giải quyết khiếu nại lần đầu', 'Người có quyền, nghĩa vụ liên quan'],
  }),
  limited({
    type: 'khieu_nai_ky_luat',
    stage: 'hieu_luc',
    amount: 30,
    ...CAL,
    startEvent: 'ngày ban hành quyết định giải quyết khiếu nại',
    basis: {
      ...kn(57, 'khoản 1'),
      text: 'Điều 57 khoản 1 Luật Khiếu nại 2011: quyết định giải quyết khiếu nại lần đầu (nếu không khiếu nại lần hai) và lần hai về quyết định kỷ luật có hiệu lực pháp luật sau 30 ngày, kể từ ngày ban hành.',
    },
  }),
];

// ---------------------------------------------------------------- denunciations (Luật TC 2018, NĐ 31/2019)

const DENOUNCER_AND_ACCUSED = ['Người tố cáo', 'Người bị tố cáo'];

const tcRows: LimitedRule[] = [
  limited({
    type: 'to_cao',
    stage: 'xu_ly_ban_dau',
    amount: 7,
    ...WD,
    // The longer limit follows from the facts (several places, or checks delegated); no decision is required.
    options: [{ kind: 'several_places', effect: 'replace', amount: 10, label: 'Phải kiểm tra, xác minh tại nhiều địa điểm hoặc phải ủy quyền kiểm tra, xác minh' }],
    startEvent: 'ngày nhận được tố cáo',
    basis: {
      ...tc(24, 'khoản 1'),
      text: 'Điều 24 khoản 1 Luật Tố cáo 2018: trong thời hạn 07 ngày làm việc kể từ ngày nhận được tố cáo phải vào sổ, phân loại, xử lý ban đầu, kiểm tra, xác minh thông tin về người tố cáo và điều kiện thụ lý; trường hợp phải kiểm tra, xác minh tại nhiều địa điểm hoặc phải ủy quyền cho cơ quan, tổ chức có thẩm quyền kiểm tra, xác minh thì có thể kéo dài nhưng không quá 10 ngày làm việc.',
    },
  }),
  limited({
    type: 'to_cao',
    stage: 'chuyen_don',
    amount: 5,
    ...WD,
    startEvent: 'ngày nhận được đơn tố cáo',
    basis: {
      ...tc(24, 'khoản 2'),
      text: 'Điều 24 khoản 2 Luật Tố cáo 2018: tố cáo không thuộc thẩm quyền thì trong thời hạn 05 ngày làm việc kể từ ngày nhận được đơn tố cáo phải chuyển đến cơ quan, tổ chức, cá nhân có thẩm quyền và thông báo cho người tố cáo.',
    },
    note: 'Đơn tố cáo có cùng nội dung chỉ chuyển một lần (Điều 14 khoản 1 Thông tư 05/2021/TT-TTCP).',
  }),
  limited({
    type: 'to_cao',
    stage: 'thong_bao_thu_ly',
    amount: 5,
    ...WD,
    startEvent: 'ngày ra quyết định thụ lý tố cáo',
    basis: {
      ...tc(29, 'khoản 3'),
      text: 'Điều 29 khoản 3 Luật Tố cáo 2018: trong thời hạn 05 ngày làm việc kể từ ngày ra quyết định thụ lý tố cáo, người giải quyết tố cáo thông báo cho người tố cáo và thông báo về nội dung tố cáo cho người bị tố cáo.',
    },
    recipients: DENOUNCER_AND_ACCUSED,
  }),
  limited({
    type: 'to_cao',
    stage: 'giai_quyet',
    amount: 30,
    ...CAL,
    readingSwitchable: true,
    options: [
      { kind: 'complex', effect: 'add', amount: 30, maxTimes: 1, label: 'Vụ việc phức tạp: gia hạn một lần' },
      { kind: 'especially_complex', effect: 'add', amount: 30, maxTimes: 2, label: 'Vụ việc đặc biệt phức tạp: gia hạn hai lần' },
    ],
    // Art. 34(2): time under suspension is not counted in the resolution period.
    suspensionExcluded: true,
    startEvent: 'ngày thụ lý tố cáo',
    basis: {
      ...tc(30),
      related: [tc(34, 'khoản 2')],
      text: 'Điều 30 Luật Tố cáo 2018: thời hạn giải quyết tố cáo không quá 30 ngày kể từ ngày thụ lý tố cáo; vụ việc phức tạp có thể gia hạn một lần không quá 30 ngày; vụ việc đặc biệt phức tạp có thể gia hạn hai lần, mỗi lần không quá 30 ngày; việc gia hạn quyết định bằng văn bản. Điều 34 khoản 2: thời gian tạm đình chỉ không tính vào thời hạn giải quyết tố cáo.',
    },
  }),
  limited({
    type: 'to_cao',
    stage: 'gui_ket_luan',
    amount: 5,
    ...WD,
    startEvent: 'ngày ban hành kết luận nội dung tố cáo',
    basis: {
      ...tc(35, 'khoản 3'),
      text: 'Điều 35 khoản 3 Luật Tố cáo 2018: chậm nhất là 05 ngày làm việc kể từ ngày ban hành kết luận nội dung tố cáo, người giải quyết tố cáo gửi kết luận đến người bị tố cáo, cơ quan, tổ chức quản lý người bị tố cáo và cơ quan, tổ chức, cá nhân có liên quan; thông báo về kết luận đến người tố cáo.',
    },
    recipients: ['Người bị tố cáo', 'Cơ quan, tổ chức quản lý người bị tố cáo', 'Cơ quan, tổ chức, cá nhân có liên quan', 'Người tố cáo (thông báo về kết luận)'],
  }),
  limited({
    type: 'to_cao',
    stage: 'to_cao_tiep',
    amount: 20,
    ...CAL,
    startEvent: 'ngày nhận được tố cáo tiếp',
    basis: {
      ...tc(37, 'khoản 2'),
      text: 'Điều 37 khoản 2 Luật Tố cáo 2018: trong thời hạn 20 ngày kể từ ngày nhận được tố cáo tiếp, người đứng đầu cơ quan, tổ chức cấp trên trực tiếp của người đã giải quyết tố cáo phải xem xét hồ sơ giải quyết vụ việc tố cáo trước đó để quyết định xử lý tố cáo tiếp.',
    },
  }),
  limited({
    type: 'to_cao',
    stage: 'yeu_cau_bao_cao_qua_han',
    amount: 5,
    ...WD,
    startEvent: 'ngày nhận được tố cáo tiếp về vụ việc quá thời hạn mà chưa được giải quyết',
    basis: {
      ...tc(38, 'khoản 2'),
      text: 'Điều 38 khoản 2 Luật Tố cáo 2018: trong thời hạn 05 ngày làm việc kể từ ngày nhận được tố cáo tiếp, người đứng đầu cơ quan, tổ chức cấp trên trực tiếp có văn bản yêu cầu người giải quyết tố cáo báo cáo về quá trình giải quyết, lý do chậm giải quyết và xác định trách nhiệm giải quyết tố cáo.',
    },
  }),
  limited({
    type: 'to_cao',
    stage: 'bao_cao_qua_han',
    amount: 5,
    ...WD,
    startEvent: 'ngày nhận được văn bản yêu cầu của người đứng đầu cơ quan, tổ chức cấp trên trực tiếp',
    basis: {
      ...tc(38, 'khoản 3'),
      text: 'Điều 38 khoản 3 Luật Tố cáo 2018: trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản yêu cầu của người đứng đầu cơ quan, tổ chức cấp trên trực tiếp, người giải quyết tố cáo phải gửi báo cáo và tiếp tục giải quyết tố cáo theo yêu cầu.',
    },
  }),
  limited({
    type: 'to_cao',
    stage: 'bao_cao_to_cao_chuyen',
    amount: 20,
    ...CAL,
    startEvent: 'ngày nhận được tố cáo do cơ quan báo chí, cơ quan, tổ chức, cá nhân có thẩm quyền chuyển đến',
    basis: {
      ...tc(26, 'khoản 2'),
      text: 'Điều 26 khoản 2 Luật Tố cáo 2018: kết quả xử lý tố cáo do cơ quan báo chí, cơ quan, tổ chức, cá nhân có thẩm quyền chuyển đến được thông báo bằng văn bản cho nơi đã chuyển tố cáo trong thời hạn 20 ngày kể từ ngày nhận được tố cáo.',
    },
    recipients: ['Cơ quan báo chí, cơ quan, tổ chức, cá nhân có thẩm quyền đã chuyển tố cáo'],
  }),
  limited({
    type: 'to_cao',
    stage: 'gui_quyet_dinh_dinh_chi',
    amount: 5,
    ...WD,
    startEvent: 'ngày ra quyết định tạm đình chỉ hoặc đình chỉ việc giải quyết tố cáo',
    basis: {
      ...tc(34, 'khoản 4'),
      text: 'Điều 34 khoản 4 Luật Tố cáo 2018: quyết định tạm đình chỉ, đình chỉ việc giải quyết tố cáo phải nêu rõ lý do, trách nhiệm của cơ quan, tổ chức, cá nhân có liên quan và gửi đến người tố cáo, người bị tố cáo trong thời hạn 05 ngày làm việc kể từ ngày ra quyết định.',
    },
    recipients: DENOUNCER_AND_ACCUSED,
  }),
  limited({
    type: 'to_cao',
    stage: 'cong_khai_ket_luan',
    amount: 7,
    ...WD,
    startEvent: 'ngày ra kết luận nội dung tố cáo',
    basis: {
      ...tc(40, 'khoản 1'),
      text: 'Điều 40 khoản 1 Luật Tố cáo 2018: trong thời hạn 07 ngày làm việc kể từ ngày ra kết luận nội dung tố cáo, quyết định xử lý hành vi vi phạm bị tố cáo, người giải quyết tố cáo công khai kết luận nội dung tố cáo; người có thẩm quyền xử lý công khai quyết định xử lý.',
    },
    note: 'Việc công khai không được làm lộ thông tin về người tố cáo và nội dung thuộc bí mật nhà nước (Điều 40 khoản 3 Luật Tố cáo 2018).',
  }),
];

// ---------------------------------------------------------------- kiến nghị, phản ánh

const knpaNoLimit: NoLimitRule = {
  kind: 'no_limit',
  type: 'kien_nghi_phan_anh',
  stage: 'giai_quyet',
  amount: null,
  unit: null,
  startEvent: 'ngày nhận được kiến nghị, phản ánh',
  basis: {
    ...tcd(28),
    text: 'Luật không quy định thời hạn chung để giải quyết kiến nghị, phản ánh; chỉ có thời hạn 10 ngày làm việc để trả lời công dân theo Điều 28 Luật Tiếp công dân 2013.',
  },
  confirmed: true,
  note: 'Pháp luật chuyên ngành có thể quy định thời hạn riêng cho từng loại kiến nghị, phản ánh.',
};

// ---------------------------------------------------------------- the sets

const lawRows = (circular: typeof TT07_2014 | typeof TT05_2021): DeadlineRule[] => [
  traLoiCongDan('chung'),
  xuLyDon(circular),
  baoCaoDonChuyen,
  thongBaoDonChuyen,
  knThoiHieu,
  thuLy10('khieu_nai', 'thu_ly', kn(27), 'Điều 27 Luật Khiếu nại 2011: trong thời hạn 10 ngày, kể từ ngày nhận được khiếu nại thuộc thẩm quyền, người giải quyết khiếu nại lần đầu phải thụ lý và thông báo bằng văn bản cho người khiếu nại, cơ quan, tổ chức, cá nhân đã chuyển khiếu nại đến và cơ quan thanh tra nhà nước cùng cấp; không thụ lý thì nêu rõ lý do.'),
  knGiaiQuyetLan1,
  knGuiLan1,
  knKhieuNaiLan2,
  thuLy10('khieu_nai', 'thu_ly_lan_2', kn(36, 'khoản 1'), 'Điều 36 khoản 1 Luật Khiếu nại 2011: trong thời hạn 10 ngày, kể từ ngày nhận được đơn khiếu nại thuộc thẩm quyền, người giải quyết khiếu nại lần hai phải thụ lý và thông báo bằng văn bản cho người khiếu nại, cơ quan, tổ chức, cá nhân đã chuyển khiếu nại đến và cơ quan thanh tra nhà nước cùng cấp.'),
  knGiaiQuyetLan2,
  knGuiLan2,
  knHieuLuc,
  knTiepTucSauDinhChi,
  ...knkl,
  ...tcRows,
  traLoiCongDan('kien_nghi_phan_anh'),
  knpaNoLimit,
];

/** Complaint rows the 2026 decree changes: acceptance in 07 working days; suspensions count from the first day of the set. */
function amendedIn2026(rule: DeadlineRule): DeadlineRule {
  if (rule.kind !== 'deadline') return rule;
  if ((rule.type === 'khieu_nai' || rule.type === 'khieu_nai_ky_luat') && (rule.stage === 'thu_ly' || rule.stage === 'thu_ly_lan_2')) return thuLy7(rule);
  if (rule.suspensionFrom !== undefined) {
    const { suspensionFrom: _from, ...rest } = rule;
    return rest;
  }
  return rule;
}

const COMPLAINT_SUSPENSION_DECISION_RECIPIENTS = ['Người khiếu nại', 'Người đại diện người khiếu nại', 'Người bị khiếu nại', 'Người có quyền, nghĩa vụ liên quan'];

const only2026: DeadlineRule[] = [
  limited({
    type: 'chung',
    stage: 'thong_bao_tu_choi_tiep',
    amount: 3,
    ...WD,
    startEvent: 'ngày có đủ căn cứ từ chối tiếp công dân',
    basis: {
      law: ND154,
      article: 'Điều 4 khoản 3',
      text: 'Điều 4 khoản 3 Nghị định 154/2026/NĐ-CP: trong thời hạn 03 ngày làm việc, kể từ ngày có đủ căn cứ từ chối tiếp công dân theo khoản 3 Điều 9 Luật Tiếp công dân và điểm h khoản 1 Điều 4 Nghị định này, người đứng đầu cơ quan, tổ chức, đơn vị tiếp công dân ban hành Thông báo từ chối tiếp công dân (Mẫu số 01/TCD).',
    },
    note: 'Chỉ ban hành thông báo bằng văn bản khi từ chối theo khoản 3 Điều 9 Luật Tiếp công dân hoặc điểm h khoản 1 Điều 4 Nghị định 154/2026/NĐ-CP; các trường hợp từ chối khác, người tiếp công dân trực tiếp giải thích lý do cho công dân (khoản 2 Điều 4).',
  }),
  {
    kind: 'not_before',
    type: 'khieu_nai',
    stage: 'thong_bao_doi_thoai',
    amount: 5,
    ...CAL,
    event: 'ngày đối thoại',
    startEvent: 'ngày gửi văn bản thông báo về việc tổ chức đối thoại',
    basis: {
      ...nd124('Điều 28 khoản 1'),
      related: [{ law: 'Nghị định 155/2026/NĐ-CP', article: 'Điều 11' }, kn(30)],
      text: 'Điều 28 khoản 1 Nghị định 124/2020/NĐ-CP, sửa đổi bởi Điều 11 Nghị định 155/2026/NĐ-CP: người giải quyết khiếu nại gửi văn bản thông báo về việc tổ chức đối thoại, ghi rõ thời gian, địa điểm, nội dung đối thoại, cho người khiếu nại, người đại diện, người bị khiếu nại, người có quyền, nghĩa vụ liên quan, cơ quan, tổ chức có liên quan trước ngày đối thoại ít nhất 05 ngày.',
    },
    confirmed: true,
    note: 'Đối thoại khi yêu cầu của người khiếu nại và kết quả xác minh còn khác nhau (Điều 30 Luật Khiếu nại 2011); giải quyết lần hai thì phải đối thoại (Điều 28 khoản 2 Nghị định 124/2020/NĐ-CP, sửa đổi).',
    recipients: ['Người khiếu nại', 'Người đại diện (nhiều người cùng khiếu nại về một nội dung)', 'Người bị khiếu nại', 'Người có quyền, nghĩa vụ liên quan', 'Cơ quan, tổ chức có liên quan'],
  } satisfies NotBeforeRule,
  limited({
    type: 'khieu_nai',
    stage: 'gui_quyet_dinh_dinh_chi',
    amount: 3,
    ...WD,
    startEvent: 'ngày ban hành quyết định tạm đình chỉ hoặc đình chỉ giải quyết khiếu nại',
    basis: {
      ...nd124('Điều 28b khoản 1'),
      related: [{ law: 'Nghị định 155/2026/NĐ-CP', article: 'Điều 12' }],
      text: 'Điều 28b khoản 1 Nghị định 124/2020/NĐ-CP, bổ sung bởi Điều 12 Nghị định 155/2026/NĐ-CP: khi có đủ căn cứ, người giải quyết khiếu nại ban hành ngay quyết định tạm đình chỉ hoặc đình chỉ giải quyết khiếu nại (Mẫu số 14a) và gửi trong thời hạn 03 ngày làm việc, kể từ ngày ban hành.',
    },
    recipients: COMPLAINT_SUSPENSION_DECISION_RECIPIENTS,
  }),
  limited({
    type: 'khieu_nai',
    stage: 'gui_quyet_dinh_tiep_tuc',
    amount: 3,
    ...WD,
    startEvent: 'ngày ban hành quyết định tiếp tục giải quyết khiếu nại',
    basis: {
      ...nd124('Điều 28b khoản 2'),
      related: [{ law: 'Nghị định 155/2026/NĐ-CP', article: 'Điều 12' }],
      text: 'Điều 28b khoản 2 Nghị định 124/2020/NĐ-CP, bổ sung bởi Điều 12 Nghị định 155/2026/NĐ-CP: khi căn cứ tạm đình chỉ không còn, người giải quyết khiếu nại ban hành ngay quyết định tiếp tục giải quyết khiếu nại (Mẫu số 14b) và gửi trong thời hạn 03 ngày làm việc, kể từ ngày ban hành; thời hạn giải quyết khiếu nại tiếp tục được tính từ ngày ban hành quyết định này.',
    },
    recipients: COMPLAINT_SUSPENSION_DECISION_RECIPIENTS,
  }),
];

const SOURCES = [LAW_KN, LAW_TC, LAW_TCD];

export const ruleSets: readonly RuleSet[] = [
  {
    id: 'kntc-2019-tt07',
    name: 'Luật KN 2011, Luật TC 2018, Luật TCD 2013; xử lý đơn theo TT 07/2014/TT-TTCP',
    // Luật Tố cáo 2018 took effect on 1/1/2019; the other instruments were already in force.
    effectiveFrom: '2019-01-01',
    effectiveTo: '2021-11-14',
    sources: [...SOURCES, 'Nghị định 124/2020/NĐ-CP', 'Nghị định 31/2019/NĐ-CP', 'Nghị định 64/2014/NĐ-CP', TT07_2013, 'Thông tư 06/2014/TT-TTCP', TT07_2014],
    rules: lawRows(TT07_2014),
  },
  {
    id: 'kntc-2021-tt05',
    name: 'Luật KN 2011, Luật TC 2018, Luật TCD 2013; xử lý đơn theo TT 05/2021/TT-TTCP, tiếp công dân theo TT 04/2021/TT-TTCP',
    // TT 05/2021 and TT 04/2021 took effect on 15/11/2021.
    effectiveFrom: '2021-11-15',
    effectiveTo: '2026-06-30',
    sources: [...SOURCES, 'Nghị định 124/2020/NĐ-CP', 'Nghị định 31/2019/NĐ-CP', 'Nghị định 64/2014/NĐ-CP', TT07_2013, 'Thông tư 04/2021/TT-TTCP', TT05_2021],
    rules: lawRows(TT05_2021),
  },
  {
    id: 'kntc-2026-nd154-156',
    name: 'Từ 1/7/2026: NĐ 154/2026 (tiếp công dân), NĐ 155/2026 (khiếu nại), NĐ 156/2026 (tố cáo)',
    // Luật 136/2025/QH15, which amends the three laws, and the three decrees all take effect on 1/7/2026.
    effectiveFrom: '2026-07-01',
    sources: [...SOURCES, 'Luật 136/2025/QH15', ND154, 'Nghị định 124/2020/NĐ-CP, sửa đổi bởi Nghị định 155/2026/NĐ-CP', 'Nghị định 31/2019/NĐ-CP, sửa đổi bởi Nghị định 156/2026/NĐ-CP', TT05_2021],
    unverified: 'amending_law',
    rules: [...lawRows(TT05_2021).map(amendedIn2026), ...only2026],
  },
];
