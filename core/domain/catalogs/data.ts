import { defineCatalog } from './catalog';

// Built-in catalogs (domain brief §1–§5). Codes are stable identifiers stored in records and
// reports: add entries, never rename or reuse a code.

const TCD = 'Luật Tiếp công dân 2013';
const XLD_FORM = 'Mẫu 02/XLD (TT 02/2021/TT-TTCP; TT 06/2025/TT-TTCP)';
const ND154_NOTE =
  'Tóm lược từ bản OCR duy nhất của Nghị định 154/2026/NĐ-CP, chưa đối chiếu bản chính thức; thông báo từ chối ban hành trong 03 ngày làm việc (Mẫu 01/TCD).';

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

export const refusalGrounds = defineCatalog({
  code: 'refusal_ground',
  vi: 'Căn cứ từ chối tiếp công dân',
  en: 'Ground for refusing reception',
  extensible: false,
  basis: `Điều 9 ${TCD}; Điều 4 Nghị định 154/2026/NĐ-CP`,
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
      vi: 'Vụ việc đã được giải quyết đúng chính sách, pháp luật nhưng vẫn cố ý khiếu nại, tố cáo kéo dài',
      en: 'Persisting with a case already resolved correctly, reviewed and explained',
      basis: `Điều 9 khoản 3 ${TCD}`,
      text: 'Người khiếu nại, tố cáo về vụ việc đã giải quyết đúng chính sách, pháp luật, được cơ quan nhà nước có thẩm quyền kiểm tra, rà soát, thông báo bằng văn bản và đã được tiếp, giải thích, hướng dẫn nhưng vẫn cố ý khiếu nại, tố cáo kéo dài.',
      requiresWrittenNotice: true,
      note: 'Người đứng đầu ra thông báo từ chối tiếp bằng văn bản (số hiệu mẫu theo TT 04/2021/TT-TTCP chưa xác minh).',
    },
    {
      code: 'truong_hop_khac',
      vi: 'Trường hợp khác theo quy định của pháp luật',
      en: 'Other cases provided by law',
      basis: `Điều 9 khoản 4 ${TCD}`,
      text: 'Những trường hợp khác theo quy định của pháp luật.',
    },
    ...(
      [
        ['mang_vu_khi', 'Mang theo vũ khí, vật liệu nổ, công cụ hỗ trợ hoặc vật nguy hiểm', 'Carrying weapons or dangerous objects'],
        ['tu_choi_kiem_tra_an_ninh', 'Không chấp hành việc kiểm tra an ninh tại nơi tiếp công dân', 'Refusing the security check'],
        ['ghi_am_ghi_hinh', 'Tiếp tục ghi âm, ghi hình sau khi đã được yêu cầu không thực hiện', 'Recording after being asked not to'],
        ['kich_dong', 'Kích động, lôi kéo, xúi giục người khác gây rối', 'Inciting others'],
        ['mat_nang_luc_khong_dai_dien', 'Không có khả năng nhận thức, điều khiển hành vi mà không có người đại diện', 'Lacking capacity and without a representative'],
        ['dai_dien_khong_hop_le', 'Người đại diện, người được ủy quyền không hợp pháp', 'Representative not valid'],
        ['ngoai_pham_vi', 'Nội dung không phải khiếu nại, tố cáo, kiến nghị, phản ánh', 'Content outside the four request types'],
        ['lap_lai_khong_tinh_tiet_moi', 'Khiếu nại, tố cáo lặp lại, không có tình tiết mới', 'Repeat petition with nothing new'],
        ['da_co_ban_an', 'Vụ việc đã có bản án, quyết định có hiệu lực pháp luật của Tòa án', 'Final court judgment exists'],
        ['dang_giai_quyet_noi_khac', 'Vụ việc đang được cơ quan có thẩm quyền khác giải quyết', 'Case pending at another competent body'],
      ] as const
    ).map(([code, vi, en]) => ({
      code,
      vi,
      en,
      basis: 'Điều 4 Nghị định 154/2026/NĐ-CP',
      effectiveFrom: '2026-07-01',
      confirmed: false,
      requiresWrittenNotice: true,
      note: ND154_NOTE,
    })),
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
