import { defineCatalog } from './catalog';

// Built-in catalogs (domain brief §1–§5). Codes are stable identifiers stored in records and
// reports: add entries, never rename or reuse a code.

const TCD = 'Luật Tiếp công dân 2013';
const KN = 'Luật Khiếu nại 2011';
const TC = 'Luật Tố cáo 2018';
const ND154 = 'Nghị định 154/2026/NĐ-CP';
const XLD_FORM = 'Mẫu 02/XLD (TT 02/2021/TT-TTCP; TT 06/2025/TT-TTCP)';
/** NĐ 154/2026 art. 4(1) lists every refusal ground besides TCD art. 9(1)–(3) from 1/7/2026. */
const FROM_2026 = '2026-07-01';

export const requestTypes = defineCatalog({
  code: 'request_type',
  vi: 'Loại đơn',
  en: 'Request type',
  extensible: false,
  basis: `Điều 2 ${TCD}; Thông tư 05/2021/TT-TTCP`,
  entries: [
    { code: 'khieu_nai', vi: 'Khiếu nại', en: 'Complaint', basis: 'Điều 2 khoản 1 Luật Khiếu nại 2011' },
    { code: 'to_cao', vi: 'Tố cáo', en: 'Denunciation', basis: 'Điều 2 khoản 1 Luật Tố cáo 2018' },
    {
      code: 'kien_nghi',
      vi: 'Kiến nghị',
      en: 'Recommendation',
      basis: `Điều 2 khoản 2 ${TCD}`,
      confirmed: false,
      note: 'Luật chỉ có một định nghĩa chung cho kiến nghị, phản ánh; "kiến nghị là đề xuất" là cách phân biệt trong thực tiễn.',
    },
    {
      code: 'phan_anh',
      vi: 'Phản ánh',
      en: 'Feedback',
      basis: `Điều 2 khoản 2 ${TCD}`,
      confirmed: false,
      note: 'Luật chỉ có một định nghĩa chung cho kiến nghị, phản ánh; "phản ánh là cung cấp thông tin" là cách phân biệt trong thực tiễn.',
    },
    {
      code: 'nhieu_noi_dung',
      vi: 'Đơn có nhiều nội dung khác nhau',
      en: 'Letter with mixed content',
      note: 'Hướng dẫn người viết đơn tách riêng từng nội dung.',
    },
  ],
});

export const fields = defineCatalog({
  code: 'field',
  vi: 'Lĩnh vực',
  en: 'Field',
  extensible: true,
  adminEntriesNeedParent: true,
  basis: XLD_FORM,
  note: 'Các mục gốc là cột của biểu 02/XLD; quản trị viên chỉ bổ sung lĩnh vực con để số liệu vẫn cộng dồn đúng cột.',
  entries: [
    { code: 'hanh_chinh', vi: 'Lĩnh vực hành chính', en: 'Administrative' },
    { code: 'chinh_sach', vi: 'Chế độ, chính sách', en: 'Policies and benefits', parent: 'hanh_chinh' },
    { code: 'dat_dai_nha_cua', vi: 'Đất đai, nhà cửa', en: 'Land and housing', parent: 'hanh_chinh' },
    { code: 'hanh_chinh_khac', vi: 'Khác (hành chính)', en: 'Other administrative', parent: 'hanh_chinh' },
    { code: 'tu_phap', vi: 'Lĩnh vực tư pháp', en: 'Judicial' },
    { code: 'dang_doan_the', vi: 'Lĩnh vực Đảng, đoàn thể', en: 'Party and mass organisations' },
    { code: 'linh_vuc_khac', vi: 'Lĩnh vực khác', en: 'Other fields' },
  ],
});

export const intakeChannels = defineCatalog({
  code: 'intake_channel',
  vi: 'Nguồn đơn',
  en: 'Intake channel',
  extensible: true,
  basis: 'Điều 3, Điều 5 Thông tư 07/2014/TT-TTCP',
  entries: [
    { code: 'buu_chinh', vi: 'Qua dịch vụ bưu chính', en: 'Post' },
    { code: 'truc_tiep', vi: 'Nhận trực tiếp', en: 'In person' },
    { code: 'hom_thu_gop_y', vi: 'Hòm thư góp ý', en: 'Suggestion box' },
    { code: 'dbqh_hdnd_chuyen', vi: 'Do đại biểu Quốc hội, đại biểu Hội đồng nhân dân chuyển đến', en: "Forwarded by National Assembly or People's Council deputies" },
    { code: 'mttq_chuyen', vi: 'Do Ủy ban Mặt trận Tổ quốc Việt Nam chuyển đến', en: 'Forwarded by the Fatherland Front' },
    { code: 'bao_chi_chuyen', vi: 'Do cơ quan báo chí chuyển đến', en: 'Forwarded by the press' },
    { code: 'co_quan_khac_chuyen', vi: 'Do cơ quan, tổ chức khác chuyển đến', en: 'Forwarded by another agency' },
    { code: 'lanh_dao_chuyen', vi: 'Do lãnh đạo chuyển', en: 'Passed on by a leader' },
    { code: 'dien_tu', vi: 'Qua môi trường điện tử', en: 'Electronic', confirmed: false, note: 'Kênh điện tử chưa xác minh trong văn bản.' },
  ],
});

export const decisions = defineCatalog({
  code: 'decision',
  vi: 'Kết quả xử lý đơn',
  en: 'Processing decision',
  extensible: false,
  basis: `Thông tư 05/2021/TT-TTCP; Thông tư 07/2014/TT-TTCP; ${XLD_FORM}`,
  entries: [
    { code: 'thu_ly', vi: 'Đề xuất thụ lý', en: 'Propose acceptance', basis: 'Mẫu 01 Thông tư 05/2021/TT-TTCP; Điều 27 Luật Khiếu nại 2011; Điều 29 Luật Tố cáo 2018' },
    { code: 'huong_dan', vi: 'Hướng dẫn', en: 'Guide', basis: 'Điều 8 Thông tư 07/2014/TT-TTCP', note: 'Đơn khiếu nại chỉ hướng dẫn một lần.' },
    { code: 'chuyen_don', vi: 'Chuyển đơn', en: 'Forward', basis: 'Điều 14 Thông tư 05/2021/TT-TTCP; Điều 24 Luật Tố cáo 2018', note: 'Đơn tố cáo chỉ chuyển một lần, trong 05 ngày làm việc.' },
    { code: 'tra_lai_don', vi: 'Trả lại đơn', en: 'Return the letter', basis: 'Điều 7, Điều 10 Thông tư 07/2014/TT-TTCP' },
    { code: 'luu_don', vi: 'Lưu đơn', en: 'Archive', basis: 'Điều 28 Thông tư 07/2014/TT-TTCP', note: 'Lưu 01 năm, sau đó hủy theo quyết định của thủ trưởng.' },
    { code: 'don_doc', vi: 'Đôn đốc', en: 'Urge', basis: 'Điều 14 khoản 2 Thông tư 05/2021/TT-TTCP' },
    {
      code: 'khong_thu_ly',
      vi: 'Không thụ lý',
      en: 'Not accepted',
      basis: `Điều 11 ${KN}; Điều 29 khoản 1 ${TC}`,
      note: 'Thông báo bằng văn bản cho người khiếu nại, nêu rõ lý do (Điều 27 Luật Khiếu nại 2011); thông báo ngay cho người tố cáo lý do không thụ lý (Điều 24 khoản 1 Luật Tố cáo 2018). Căn cứ: danh mục "Căn cứ không thụ lý, không xử lý".',
    },
    {
      code: 'khong_xu_ly',
      vi: 'Không xử lý (thông tin có nội dung tố cáo)',
      en: 'Not processed (denunciation without a real name)',
      basis: `Điều 25 khoản 1 ${TC}`,
      note: 'Nếu thông tin có nội dung rõ ràng về người vi phạm, có tài liệu, chứng cứ cụ thể và có cơ sở để thẩm tra, xác minh thì thanh tra, kiểm tra theo thẩm quyền hoặc chuyển cơ quan có thẩm quyền (Điều 25 khoản 2 Luật Tố cáo 2018).',
    },
  ],
});

export const receptionKinds = defineCatalog({
  code: 'reception_kind',
  vi: 'Hình thức tiếp công dân',
  en: 'Reception kind',
  extensible: false,
  basis: `Điều 12–18 ${TCD}`,
  entries: [
    { code: 'thuong_xuyen', vi: 'Tiếp thường xuyên', en: 'Regular reception' },
    { code: 'dinh_ky', vi: 'Tiếp định kỳ', en: 'Periodic reception' },
    { code: 'dot_xuat', vi: 'Tiếp đột xuất', en: 'Ad-hoc reception' },
  ],
});

export const receptionModes = defineCatalog({
  code: 'reception_mode',
  vi: 'Người tiếp',
  en: 'Reception mode',
  extensible: false,
  basis: `Điều 13, 15, 18 ${TCD}; biểu 01/TCD`,
  entries: [
    { code: 'lanh_dao_truc_tiep', vi: 'Lãnh đạo tiếp trực tiếp', en: 'Head receives in person' },
    { code: 'uy_quyen', vi: 'Lãnh đạo ủy quyền tiếp', en: 'Delegated by the head' },
  ],
});

export const specialCategories = defineCatalog({
  code: 'special_category',
  vi: 'Đối tượng, vụ việc đặc thù',
  en: 'Special category',
  extensible: true,
  note: 'Dùng để thống kê và theo dõi; việc ưu tiên tiếp đối với từng nhóm chưa xác minh trong văn bản.',
  entries: [
    { code: 'ton_giao_tin_nguong', vi: 'Tôn giáo, tín ngưỡng', en: 'Religion and belief' },
    { code: 'nguoi_co_cong', vi: 'Người có công với cách mạng', en: 'Persons with revolutionary merit', basis: 'Pháp lệnh Ưu đãi người có công với cách mạng' },
    { code: 'dan_toc_thieu_so', vi: 'Đồng bào dân tộc thiểu số', en: 'Ethnic minority' },
    { code: 'yeu_to_nuoc_ngoai', vi: 'Có yếu tố nước ngoài', en: 'Foreign element' },
    { code: 'nguoi_cao_tuoi', vi: 'Người cao tuổi', en: 'Elderly person' },
    { code: 'nguoi_khuyet_tat', vi: 'Người khuyết tật', en: 'Person with a disability' },
    { code: 'phu_nu_mang_thai', vi: 'Phụ nữ mang thai', en: 'Pregnant woman' },
  ],
});

export const complaintOutcomes = defineCatalog({
  code: 'complaint_outcome',
  vi: 'Kết quả giải quyết khiếu nại',
  en: 'Complaint outcome',
  extensible: false,
  basis: 'Điều 40 khoản 2 điểm h Luật Khiếu nại 2011',
  entries: [
    { code: 'dung', vi: 'Khiếu nại đúng', en: 'Complaint correct' },
    { code: 'dung_mot_phan', vi: 'Khiếu nại đúng một phần', en: 'Complaint partly correct' },
    { code: 'sai', vi: 'Khiếu nại sai', en: 'Complaint wrong' },
  ],
});

export const denunciationOutcomes = defineCatalog({
  code: 'denunciation_outcome',
  vi: 'Kết quả giải quyết tố cáo',
  en: 'Denunciation outcome',
  extensible: false,
  basis: 'Điều 35 khoản 2 điểm c Luật Tố cáo 2018',
  entries: [
    { code: 'dung', vi: 'Tố cáo đúng', en: 'Denunciation true' },
    { code: 'dung_mot_phan', vi: 'Tố cáo đúng một phần', en: 'Denunciation partly true' },
    { code: 'sai_su_that', vi: 'Tố cáo sai sự thật', en: 'Denunciation false' },
  ],
});

const nd154Point = (point: string) => `Điều 4 khoản 1 điểm ${point} ${ND154}`;

export const refusalGrounds = defineCatalog({
  code: 'refusal_ground',
  vi: 'Căn cứ từ chối tiếp công dân',
  en: 'Ground for refusing reception',
  extensible: false,
  basis: `Điều 9 ${TCD}; Điều 4 ${ND154}`,
  entries: [
    {
      code: 'say_tam_than',
      vi: 'Say do dùng chất kích thích, mắc bệnh tâm thần hoặc bệnh khác làm mất khả năng nhận thức, điều khiển hành vi',
      en: 'Intoxicated, mentally ill or otherwise unable to understand or control their actions',
      basis: `Điều 9 khoản 1 ${TCD}`,
      text: 'Người trong tình trạng say do dùng chất kích thích, người mắc bệnh tâm thần hoặc một bệnh khác làm mất khả năng nhận thức hoặc khả năng điều khiển hành vi của mình.',
    },
    {
      code: 'de_doa_xuc_pham',
      vi: 'Đe dọa, xúc phạm hoặc vi phạm nội quy nơi tiếp công dân',
      en: 'Threatening or insulting, or breaking the reception rules',
      basis: `Điều 9 khoản 2 ${TCD}`,
      text: 'Người có hành vi đe dọa, xúc phạm cơ quan, tổ chức, đơn vị, người tiếp công dân, người thi hành công vụ hoặc có hành vi khác vi phạm nội quy nơi tiếp công dân.',
    },
    {
      code: 'da_giai_quyet_dung',
      vi: 'Vụ việc đã được giải quyết đúng chính sách, pháp luật nhưng vẫn cố tình khiếu nại, tố cáo kéo dài',
      en: 'Persisting with a case already resolved correctly, reviewed and explained',
      basis: `Điều 9 khoản 3 ${TCD}`,
      text: 'Người khiếu nại, tố cáo về vụ việc đã giải quyết đúng chính sách, pháp luật, được cơ quan nhà nước có thẩm quyền kiểm tra, rà soát, thông báo bằng văn bản và đã được tiếp, giải thích, hướng dẫn nhưng vẫn cố tình khiếu nại, tố cáo kéo dài.',
      requiresWrittenNotice: true,
    },
    {
      code: 'truong_hop_khac',
      vi: 'Trường hợp khác theo quy định của pháp luật',
      en: 'Other cases provided by law',
      basis: `Điều 9 khoản 4 ${TCD}`,
      text: 'Những trường hợp khác theo quy định của pháp luật.',
      // From 1/7/2026 NĐ 154 art. 4(1) spells the other cases out; refusals follow clauses 1–3 or one of its points.
      effectiveTo: '2026-06-30',
    },
    ...(
      [
        ['mang_vu_khi', 'a', 'Mang theo vũ khí, vật liệu nổ, công cụ hỗ trợ hoặc vật nguy hiểm mà không gửi hoặc giao nộp theo yêu cầu', 'Carrying weapons or dangerous objects and refusing to hand them in', 'Người mang theo vũ khí, vật liệu nổ, công cụ hỗ trợ hoặc các vật dụng, chất nguy hiểm khác theo quy định của pháp luật mà không chấp hành yêu cầu gửi tại nơi quy định hoặc giao nộp cho bộ phận bảo đảm an ninh, trật tự.'],
        ['tu_choi_kiem_tra_an_ninh', 'b', 'Không chấp hành việc kiểm tra an ninh theo quy định', 'Refusing the security check', 'Người không chấp hành việc kiểm tra an ninh theo quy định.'],
        ['ghi_am_ghi_hinh', 'c', 'Tự ý ghi âm, ghi hình, phát trực tiếp khi người chủ trì đã yêu cầu không thực hiện hoặc gây ảnh hưởng đến an ninh, trật tự', 'Recording or streaming after being asked not to, or disrupting order', 'Người tự ý ghi âm, ghi hình, phát trực tiếp tại nơi tiếp công dân trong trường hợp người chủ trì tiếp công dân đã yêu cầu không ghi âm, ghi hình, phát trực tiếp để bảo vệ bí mật nhà nước, bí mật đời tư, dữ liệu cá nhân, bảo vệ người tố cáo theo quy định của pháp luật hoặc tự ý ghi âm, ghi hình, phát trực tiếp gây ảnh hưởng đến an ninh, trật tự tại nơi tiếp công dân.'],
        ['kich_dong', 'd', 'Kích động, lôi kéo, gây rối trật tự công cộng tại nơi tiếp công dân', 'Inciting or disturbing public order at the reception place', 'Người có hành vi kích động, lôi kéo, gây rối trật tự công cộng tại nơi tiếp công dân.'],
        ['mat_nang_luc_khong_dai_dien', 'đ', 'Không có năng lực hành vi dân sự đầy đủ mà không có người đại diện hợp pháp', 'Without full legal capacity and without a lawful representative', 'Người không có năng lực hành vi dân sự đầy đủ mà không có người đại diện hợp pháp.'],
        ['dai_dien_khong_hop_le', 'e', 'Người đại diện, người được ủy quyền không xuất trình được giấy tờ chứng minh tư cách đại diện hợp pháp', 'Representative unable to prove lawful representation', 'Người đại diện, người được ủy quyền thực hiện khiếu nại, kiến nghị, phản ánh nhưng không xuất trình được giấy tờ chứng minh tư cách đại diện hợp pháp theo quy định của pháp luật.'],
        ['ngoai_pham_vi', 'g', 'Nội dung trình bày không thuộc phạm vi khiếu nại, tố cáo, kiến nghị, phản ánh', 'Content outside the four request types', 'Nội dung trình bày không thuộc phạm vi khiếu nại, tố cáo, kiến nghị, phản ánh theo quy định của pháp luật về tiếp công dân.'],
        ['lap_lai_khong_tinh_tiet_moi', 'h', 'Kiến nghị, phản ánh về vụ việc đã được tiếp, hướng dẫn hoặc trả lời bằng văn bản đúng quy định, không có nội dung, tình tiết mới', 'Repeated recommendation or feedback already answered, with nothing new', 'Người kiến nghị, phản ánh về vụ việc đã được cơ quan, tổ chức, đơn vị, người có thẩm quyền tiếp, hướng dẫn hoặc trả lời bằng văn bản theo đúng quy định và không có nội dung, tình tiết mới.'],
        ['da_co_ban_an', 'i', 'Vụ việc đã có bản án, quyết định của Tòa án có hiệu lực pháp luật và không thuộc trường hợp được xem xét lại', 'Final court judgment, not open to review', 'Vụ việc đã có bản án, quyết định của Tòa án có hiệu lực pháp luật và không thuộc trường hợp được xem xét lại theo quy định của pháp luật; việc xác định phải căn cứ vào văn bản trả lời của cơ quan nhà nước có thẩm quyền.'],
        ['dang_giai_quyet_noi_khac', 'k', 'Vụ việc đang được cơ quan, tổ chức, đơn vị có thẩm quyền khác thụ lý, giải quyết', 'Case being handled by another competent body', 'Vụ việc đang được cơ quan, tổ chức, đơn vị có thẩm quyền khác thụ lý, giải quyết theo trình tự, thủ tục luật định.'],
      ] as const
    ).map(([code, point, vi, en, text]) => ({
      code,
      vi,
      en,
      basis: nd154Point(point),
      text,
      effectiveFrom: FROM_2026,
      // NĐ 154 art. 4(2)–(3): only point h (with TCD art. 9(3)) gets a written notice; the others are explained in person.
      ...(point === 'h' ? { requiresWrittenNotice: true } : {}),
    })),
  ],
});

/**
 * Why a complaint or a denunciation is not accepted (không thụ lý) or, for a denunciation without a real name, not
 * processed at all (không xử lý): the grounds a letter's "không thụ lý" / "không xử lý" decision cites.
 */
export const nonAcceptanceGrounds = defineCatalog({
  code: 'non_acceptance_ground',
  vi: 'Căn cứ không thụ lý, không xử lý',
  en: 'Grounds for not accepting or not processing',
  extensible: false,
  basis: `Điều 11 ${KN}; Điều 25, Điều 29 ${TC}`,
  entries: [
    { code: 'khieu_nai_khong_thu_ly', vi: 'Khiếu nại không được thụ lý', en: 'Complaint not accepted', basis: `Điều 11 ${KN}` },
    ...(
      [
        ['kn_noi_bo_chi_dao', '1', 'Quyết định, hành vi hành chính trong nội bộ, trong chỉ đạo điều hành, có chứa quy phạm pháp luật hoặc thuộc bí mật nhà nước', 'Internal, directive, normative or state-secret act'],
        ['kn_khong_lien_quan', '2', 'Quyết định, hành vi bị khiếu nại không liên quan trực tiếp đến quyền, lợi ích hợp pháp của người khiếu nại', 'No direct interest of the complainant'],
        ['kn_khong_nang_luc', '3', 'Người khiếu nại không có năng lực hành vi dân sự đầy đủ mà không có người đại diện hợp pháp', 'Complainant without full capacity and without a lawful representative'],
        ['kn_dai_dien_khong_hop_phap', '4', 'Người đại diện không hợp pháp thực hiện khiếu nại', 'Unlawful representative'],
        ['kn_khong_chu_ky', '5', 'Đơn khiếu nại không có chữ ký hoặc điểm chỉ của người khiếu nại', 'Complaint letter neither signed nor fingerprinted'],
        ['kn_het_thoi_hieu', '6', 'Thời hiệu, thời hạn khiếu nại đã hết mà không có lý do chính đáng', 'Filing period expired without good reason'],
        ['kn_da_co_quyet_dinh_lan_2', '7', 'Khiếu nại đã có quyết định giải quyết khiếu nại lần hai', 'A second-level decision exists'],
        ['kn_sau_dinh_chi', '8', 'Có văn bản thông báo đình chỉ việc giải quyết khiếu nại mà sau 30 ngày người khiếu nại không tiếp tục khiếu nại', 'Not pursued within 30 days of a termination notice'],
        ['kn_toa_an', '9', 'Việc khiếu nại đã được Tòa án thụ lý hoặc đã được giải quyết bằng bản án, quyết định của Tòa án', 'Before the court or decided by it'],
      ] as const
    ).map(([code, clause, vi, en]) => ({ code, vi, en, parent: 'khieu_nai_khong_thu_ly', basis: `Điều 11 khoản ${clause} ${KN}` })),
    {
      code: 'kn_nhom_thieu_chu_ky',
      vi: 'Nhiều người cùng khiếu nại nhưng đơn thiếu chữ ký của người khiếu nại hoặc không có văn bản cử người đại diện',
      en: 'Group complaint missing signatures or the document appointing representatives',
      parent: 'khieu_nai_khong_thu_ly',
      basis: 'Điều 5 khoản 1 Thông tư 07/2013/TT-TTCP; từ 01/7/2026: Điều 16 khoản 1 Nghị định 124/2020/NĐ-CP (sửa đổi bởi Nghị định 155/2026/NĐ-CP)',
    },
    { code: 'to_cao_khong_thu_ly', vi: 'Tố cáo không được thụ lý', en: 'Denunciation not accepted', basis: `Điều 29 khoản 1 ${TC}` },
    ...(
      [
        ['tc_khong_chu_ky', 'điểm a', 'Đơn tố cáo không có chữ ký hoặc điểm chỉ của người tố cáo', 'Denunciation letter neither signed nor fingerprinted'],
        ['tc_khong_nang_luc', 'điểm b', 'Người tố cáo không có đủ năng lực hành vi dân sự mà không có người đại diện theo quy định của pháp luật', 'Denouncer without capacity and without a representative'],
        ['tc_khong_co_co_so', 'điểm d', 'Nội dung tố cáo không có cơ sở để xác định người vi phạm, hành vi vi phạm pháp luật', 'No basis to identify the violator or the violation'],
        ['tc_sau_khieu_nai', 'đoạn cuối', 'Tố cáo người đã giải quyết khiếu nại đúng pháp luật mà không cung cấp được thông tin, tài liệu, chứng cứ về hành vi vi phạm', 'Denouncing the resolver of a complaint without evidence of a violation'],
      ] as const
    ).map(([code, where, vi, en]) => ({ code, vi, en, parent: 'to_cao_khong_thu_ly', basis: `Điều 29 khoản 1 ${where} ${TC}${code === 'tc_khong_chu_ky' ? `; Điều 23 khoản 1 ${TC}` : ''}` })),
    {
      code: 'to_cao_khong_xu_ly',
      vi: 'Thông tin có nội dung tố cáo không được xử lý',
      en: 'Denunciation information not processed',
      basis: `Điều 25 khoản 1 ${TC}`,
    },
    ...(
      [
        ['tc_an_danh', 'Không rõ họ tên, địa chỉ của người tố cáo', 'Name or address of the denouncer unknown'],
        ['tc_khong_xac_dinh_nguoi_to_cao', 'Qua kiểm tra, xác minh không xác định được người tố cáo', 'The denouncer cannot be identified'],
        ['tc_mao_danh', 'Người tố cáo sử dụng họ tên của người khác để tố cáo', "The denouncer used someone else's name"],
        ['tc_khong_dung_hinh_thuc', 'Thông tin có nội dung tố cáo không được thực hiện bằng đơn hoặc trình bày trực tiếp', 'Not made by letter or in person'],
      ] as const
    ).map(([code, vi, en]) => ({ code, vi, en, parent: 'to_cao_khong_xu_ly', basis: `Điều 25 khoản 1 ${TC}` })),
  ],
});

export const priorResolutionStatuses = defineCatalog({
  code: 'prior_resolution_status',
  vi: 'Tình trạng giải quyết trước đó',
  en: 'Prior resolution status',
  extensible: false,
  basis: XLD_FORM,
  entries: [
    { code: 'chua_giai_quyet', vi: 'Chưa được giải quyết', en: 'Not yet resolved' },
    { code: 'dang_giai_quyet', vi: 'Đang giải quyết', en: 'Being resolved' },
    { code: 'da_giai_quyet_lan_1', vi: 'Đã giải quyết lần đầu', en: 'Resolved at first level' },
    { code: 'da_giai_quyet_lan_2', vi: 'Đã giải quyết lần hai', en: 'Resolved at second level' },
    { code: 'da_co_ban_an', vi: 'Đã có bản án của Tòa án', en: 'Court judgment exists' },
  ],
});

export const competentBodyTypes = defineCatalog({
  code: 'competent_body_type',
  vi: 'Loại cơ quan có thẩm quyền',
  en: 'Type of competent body',
  extensible: false,
  basis: 'Điều 6 Thông tư 07/2014/TT-TTCP',
  entries: [
    { code: 'hanh_chinh_nha_nuoc', vi: 'Cơ quan hành chính nhà nước các cấp', en: 'State administrative bodies' },
    { code: 'dan_cu', vi: 'Cơ quan dân cử', en: 'Elected bodies' },
    { code: 'tu_phap', vi: 'Tòa án, Viện kiểm sát, cơ quan thi hành án', en: 'Courts, procuracies and enforcement agencies' },
    { code: 'dang_doan_the', vi: 'Cơ quan Đảng, tổ chức chính trị - xã hội', en: 'Party bodies and mass organisations' },
    { code: 'don_vi_su_nghiep', vi: 'Đơn vị sự nghiệp công lập', en: 'Public service units' },
    { code: 'doanh_nghiep_nha_nuoc', vi: 'Doanh nghiệp nhà nước', en: 'State-owned enterprises' },
  ],
});

/**
 * What an officer can be rostered for. Not a legal catalog: it is how the seed plan staffs the reception office
 * (reception officers, leaders receiving citizens, police on duty, the working group, health liaison, S1, S11, S14, S17).
 */
export const dutyRoles = defineCatalog({
  code: 'duty_role',
  vi: 'Nhiệm vụ có thể phân công trực',
  en: 'Duty roles',
  extensible: true,
  basis: 'Kế hoạch phối hợp tiếp công dân (mục II.1, III.2, III.4)',
  entries: [
    { code: 'tiep_cong_dan', vi: 'Tiếp công dân', en: 'Citizen reception' },
    { code: 'xu_ly_don', vi: 'Xử lý đơn', en: 'Petition processing' },
    { code: 'lanh_dao_tiep', vi: 'Lãnh đạo tiếp công dân', en: 'Leader receiving citizens' },
    { code: 'cong_an', vi: 'Công an trực bảo đảm an ninh trật tự', en: 'Police on duty' },
    { code: 'to_cong_tac', vi: 'Thành viên Tổ công tác', en: 'Working group member' },
    { code: 'y_te', vi: 'Y tế', en: 'Health liaison' },
    { code: 'mat_tran', vi: 'Mặt trận Tổ quốc, đoàn thể', en: 'Fatherland Front and mass organisations' },
  ],
});
