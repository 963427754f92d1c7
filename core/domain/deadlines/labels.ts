import type { DeadlineType, StageCode } from './types';

export interface Label {
  vi: string;
  en: string;
}

export const deadlineTypeLabels: Readonly<Record<DeadlineType, Label>> = {
  chung: { vi: 'Đơn nói chung (khi tiếp nhận)', en: 'Any letter (at reception)' },
  khieu_nai: { vi: 'Khiếu nại', en: 'Complaint' },
  khieu_nai_ky_luat: { vi: 'Khiếu nại quyết định kỷ luật', en: 'Complaint against a disciplinary decision' },
  to_cao: { vi: 'Tố cáo', en: 'Denunciation' },
  kien_nghi_phan_anh: { vi: 'Kiến nghị, phản ánh', en: 'Recommendation, feedback' },
};

export const stageLabels: Readonly<Record<StageCode, Label>> = {
  tra_loi_cong_dan: { vi: 'Trả lời công dân về việc xử lý đơn', en: 'Reply to the citizen on how the letter is handled' },
  xu_ly_don: { vi: 'Phân loại, xử lý đơn', en: 'Classify and process the letter' },
  bao_cao_don_chuyen: { vi: 'Thông báo kết quả xử lý đơn cho nơi chuyển đơn', en: 'Report the result to the forwarding body' },
  thong_bao_don_chuyen: { vi: 'Thông báo cho công dân kết quả xử lý đơn được chuyển', en: 'Tell the citizen the result of a forwarded letter' },
  thong_bao_tu_choi_tiep: { vi: 'Ban hành thông báo từ chối tiếp công dân', en: 'Issue the notice refusing reception' },
  thoi_hieu: { vi: 'Thời hiệu khiếu nại', en: 'Filing period' },
  thu_ly: { vi: 'Thụ lý giải quyết lần đầu', en: 'Accept for first-level resolution' },
  giai_quyet_lan_1: { vi: 'Giải quyết khiếu nại lần đầu', en: 'Resolve at first level' },
  khieu_nai_lan_2: { vi: 'Khiếu nại lần hai hoặc khởi kiện', en: 'Escalate to second level or sue' },
  khieu_nai_lan_2_buoc_thoi_viec: { vi: 'Khiếu nại lần hai quyết định buộc thôi việc', en: 'Escalate a dismissal decision to second level' },
  thu_ly_lan_2: { vi: 'Thụ lý giải quyết lần hai', en: 'Accept for second-level resolution' },
  giai_quyet_lan_2: { vi: 'Giải quyết khiếu nại lần hai', en: 'Resolve at second level' },
  hieu_luc: { vi: 'Quyết định giải quyết khiếu nại có hiệu lực pháp luật', en: 'Complaint decision takes legal effect' },
  xu_ly_ban_dau: { vi: 'Vào sổ, phân loại, xử lý ban đầu thông tin tố cáo', en: 'Register, classify and check the denunciation' },
  chuyen_don: { vi: 'Chuyển đơn tố cáo đến cơ quan có thẩm quyền', en: 'Forward the denunciation to the competent body' },
  thong_bao_thu_ly: { vi: 'Thông báo việc thụ lý tố cáo', en: 'Notify acceptance of the denunciation' },
  giai_quyet: { vi: 'Giải quyết', en: 'Resolve' },
  gui_ket_luan: { vi: 'Gửi kết luận nội dung tố cáo', en: 'Send the conclusion' },
  to_cao_tiep: { vi: 'Xem xét tố cáo tiếp', en: 'Review a repeat denunciation' },
  yeu_cau_bao_cao_qua_han: { vi: 'Yêu cầu báo cáo về tố cáo quá hạn', en: 'Ask for a report on an overdue denunciation' },
  bao_cao_qua_han: { vi: 'Báo cáo về tố cáo quá hạn', en: 'Report on an overdue denunciation' },
  gui_quyet_dinh_lan_1: { vi: 'Gửi quyết định giải quyết khiếu nại lần đầu', en: 'Send the first-level decision' },
  gui_quyet_dinh_lan_2: { vi: 'Gửi quyết định giải quyết khiếu nại lần hai', en: 'Send the second-level decision' },
  tiep_tuc_sau_dinh_chi: { vi: 'Tiếp tục khiếu nại sau thông báo đình chỉ', en: 'Pursue the complaint after a termination notice' },
  thong_bao_doi_thoai: { vi: 'Thông báo tổ chức đối thoại (báo trước)', en: 'Notice of the dialogue (minimum notice)' },
  gui_quyet_dinh_dinh_chi: { vi: 'Gửi quyết định tạm đình chỉ, đình chỉ giải quyết', en: 'Send the suspension or termination decision' },
  gui_quyet_dinh_tiep_tuc: { vi: 'Gửi quyết định tiếp tục giải quyết khiếu nại', en: 'Send the decision to resume the complaint' },
  bao_cao_to_cao_chuyen: { vi: 'Thông báo kết quả xử lý cho nơi chuyển tố cáo', en: 'Report the result to the body that forwarded the denunciation' },
  cong_khai_ket_luan: { vi: 'Công khai kết luận nội dung tố cáo', en: 'Publish the conclusion' },
};
