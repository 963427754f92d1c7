/**
 * The audit log's vocabulary: every action the server records and every kind of object it records it on, each with
 * the label a person reads in the log (Vietnamese, English). The server's writeAudit takes only these codes, so a new
 * action cannot be written without a label here.
 */
export interface AuditLabel {
  vi: string;
  en: string;
}

export const AUDIT_ACTION_LABELS = {
  'auth.login': { vi: 'Đăng nhập', en: 'Sign-in' },
  'auth.login_failed': { vi: 'Đăng nhập không thành công', en: 'Failed sign-in' },
  'auth.reauth_failed': { vi: 'Xác nhận lại mật khẩu không thành công', en: 'Failed password re-check' },
  'auth.logout': { vi: 'Đăng xuất', en: 'Sign-out' },
  'auth.switch_unit': { vi: 'Chuyển đơn vị làm việc', en: 'Working unit switched' },
  'account.created': { vi: 'Thêm tài khoản', en: 'Account added' },
  'account.updated': { vi: 'Sửa tài khoản', en: 'Account edited' },
  'account.password_changed': { vi: 'Đổi mật khẩu', en: 'Password changed' },
  'account.password_reset': { vi: 'Đặt lại mật khẩu', en: 'Password reset' },
  'account.totp_enabled': { vi: 'Bật xác thực hai lớp', en: 'Two-factor enabled' },
  'account.totp_disabled': { vi: 'Tắt xác thực hai lớp', en: 'Two-factor disabled' },
  'account.unlocked': { vi: 'Mở khóa tài khoản', en: 'Account unlocked' },
  'unit.created': { vi: 'Thêm đơn vị', en: 'Unit added' },
  'unit.updated': { vi: 'Sửa đơn vị', en: 'Unit edited' },
  'unit.merged': { vi: 'Sáp nhập đơn vị', en: 'Units merged' },
  'place.created': { vi: 'Thêm địa điểm', en: 'Place added' },
  'place.updated': { vi: 'Sửa địa điểm', en: 'Place edited' },
  'officer.created': { vi: 'Thêm cán bộ', en: 'Officer added' },
  'officer.updated': { vi: 'Sửa thông tin cán bộ', en: 'Officer edited' },
  'person.created': { vi: 'Thêm công dân', en: 'Citizen added' },
  'person.updated': { vi: 'Sửa thông tin công dân', en: 'Citizen edited' },
  'person.merged': { vi: 'Gộp hồ sơ công dân', en: 'Citizen records merged' },
  'person.read': { vi: 'Xem hồ sơ công dân', en: 'Citizen record viewed' },
  'person.linked': { vi: 'Đưa công dân vào đơn vị (đối chiếu giấy tờ)', en: 'Citizen brought into the unit (document checked)' },
  'catalog_entry.created': { vi: 'Thêm mục danh mục', en: 'Catalogue entry added' },
  'catalog_entry.updated': { vi: 'Sửa mục danh mục', en: 'Catalogue entry edited' },
  'holiday_schedule.created': { vi: 'Thêm lịch nghỉ, làm bù', en: 'Holiday schedule added' },
  'holiday_schedule.updated': { vi: 'Sửa lịch nghỉ, làm bù', en: 'Holiday schedule edited' },
  'deadline_reading.created': { vi: 'Đặt cách hiểu đơn vị tính thời hạn', en: 'Deadline reading set' },
  'deadline_reading.updated': { vi: 'Đổi cách hiểu đơn vị tính thời hạn', en: 'Deadline reading changed' },
  'clocks.recomputed': { vi: 'Tính lại hạn các thời hạn đang chạy', en: 'Running deadlines recomputed' },
  'document.issued': { vi: 'Ban hành văn bản', en: 'Document issued' },
  'document.downloaded': { vi: 'Tải văn bản', en: 'Document downloaded' },
  'sealed.document.downloaded': { vi: 'Tải văn bản có thông tin được giữ bí mật', en: 'Sealed document downloaded' },
  'document_template.uploaded': { vi: 'Tải lên mẫu văn bản', en: 'Document template uploaded' },
  'document_template.reverted': { vi: 'Trở lại mẫu văn bản có sẵn', en: 'Document template reverted' },
  'attachment.created': { vi: 'Thêm tệp đính kèm', en: 'Attachment added' },
  'attachment.downloaded': { vi: 'Tải tệp đính kèm', en: 'Attachment downloaded' },
  'sealed.attachment.downloaded': { vi: 'Tải tệp đính kèm được giữ bí mật', en: 'Sealed attachment downloaded' },
  'sealed.read': { vi: 'Xem thông tin được giữ bí mật', en: 'Sealed identity read' },
  'clearance.granted': { vi: 'Cho phép xem thông tin được giữ bí mật', en: 'Clearance granted' },
  'clearance.revoked': { vi: 'Thu hồi quyền xem thông tin được giữ bí mật', en: 'Clearance revoked' },
  'sealing.rotated': { vi: 'Đổi khóa mã hóa', en: 'Sealing key rotated' },
  'visit.created': { vi: 'Ghi sổ tiếp công dân', en: 'Visit recorded' },
  'visit.read': { vi: 'Xem lượt tiếp công dân', en: 'Visit viewed' },
  'visit.exported': { vi: 'Xuất sổ tiếp công dân ra Excel', en: 'Reception register exported to Excel' },
  'visit.screened': { vi: 'Sàng lọc y tế khi tiếp công dân', en: 'Visit health-screened' },
  'letter.created': { vi: 'Vào sổ đơn', en: 'Letter registered' },
  'letter.read': { vi: 'Xem đơn', en: 'Letter viewed' },
  'letter.exported': { vi: 'Xuất sổ đơn ra Excel', en: 'Letter register exported to Excel' },
  'letter.classified': { vi: 'Phân loại đơn', en: 'Letter classified' },
  'letter.decided': { vi: 'Xử lý đơn', en: 'Letter decided' },
  'letter.received': { vi: 'Vào sổ đơn do đơn vị khác chuyển đến', en: 'Forwarded letter registered' },
  'letter.marked_duplicate': { vi: 'Đánh dấu đơn trùng', en: 'Letter marked as a duplicate' },
  'letter.linked': { vi: 'Liên kết đơn liên quan', en: 'Related letters linked' },
  'letter.added_to_case': { vi: 'Đưa đơn vào vụ việc', en: 'Letter added to a case' },
  'case.created': { vi: 'Mở vụ việc', en: 'Case opened' },
  'case.updated': { vi: 'Sửa vụ việc', en: 'Case edited' },
  'case.transition': { vi: 'Chuyển bước vụ việc', en: 'Case step taken' },
  'case.urged': { vi: 'Đôn đốc giải quyết vụ việc', en: 'Case urged' },
  'case.exported': { vi: 'Xuất danh sách vụ việc ra Excel', en: 'Case list exported to Excel' },
  'audit.viewed': { vi: 'Xem nhật ký hệ thống', en: 'Audit log viewed' },
  'alert.raised': { vi: 'Phát cảnh báo', en: 'Alert raised' },
  'alert.escalated': { vi: 'Chuyển tiếp cảnh báo lên cấp trên (quá hạn xác nhận)', en: 'Alert escalated (not acknowledged in time)' },
  'alert.acknowledged': { vi: 'Xác nhận đã nhận cảnh báo', en: 'Alert acknowledged' },
  'incident.created': { vi: 'Ghi nhận sự việc, đoàn đông người', en: 'Incident recorded' },
  'incident.step': { vi: 'Cập nhật bước xử lý sự việc', en: 'Incident step recorded' },
  'incident.direction': { vi: 'Ghi đề xuất, ý kiến chỉ đạo về sự việc', en: 'Proposal or direction recorded' },
  'incident.dispatched': { vi: 'Cử Tổ công tác đến sự việc', en: 'Working group dispatched' },
  'incident.arrived': { vi: 'Tổ công tác báo có mặt', en: 'Working group checked in' },
  'incident.linked': { vi: 'Liên kết sự việc với hồ sơ (công dân, lượt tiếp, đơn, vụ việc)', en: 'Incident linked to a record' },
  'incident.unlinked': { vi: 'Bỏ liên kết sự việc với hồ sơ', en: 'Incident unlinked from a record' },
  'working_group.created': { vi: 'Thành lập Tổ công tác', en: 'Working group formed' },
  'coordination_rule.updated': { vi: 'Sửa quy chế phối hợp', en: 'Coordination rule edited' },
  'demo.seeded': { vi: 'Nạp dữ liệu mẫu', en: 'Demo data loaded' },
  'period.created': { vi: 'Tạo đợt cao điểm, lịch trực', en: 'Period created' },
  'period.updated': { vi: 'Sửa đợt cao điểm, lịch trực', en: 'Period edited' },
  'period.copied': { vi: 'Tạo đợt mới bằng cách sao chép', en: 'Period copied' },
  'period_task.created': { vi: 'Giao nhiệm vụ trong kế hoạch', en: 'Plan task assigned' },
  'period_task.updated': { vi: 'Cập nhật nhiệm vụ trong kế hoạch', en: 'Plan task updated' },
  'place_readiness.updated': { vi: 'Xác nhận công tác chuẩn bị tại địa điểm', en: 'Place readiness updated' },
  'roster.solved': { vi: 'Xếp lịch trực tự động', en: 'Roster generated' },
  'roster.published': { vi: 'Ban hành lịch trực', en: 'Roster published' },
  'roster.exported': { vi: 'Xuất lịch trực', en: 'Roster exported' },
  'roster_assignment.created': { vi: 'Thêm người vào ca trực', en: 'Shift assignment added' },
  'roster_assignment.updated': { vi: 'Đổi người trực ca', en: 'Shift assignment changed' },
  'roster_assignment.deleted': { vi: 'Gỡ người khỏi ca trực', en: 'Shift assignment removed' },
  'roster_assignment.checked_in': { vi: 'Nhận ca trực', en: 'Shift checked in' },
  'roster_assignment.checked_out': { vi: 'Giao ca trực', en: 'Shift checked out' },
  'roster_swap.requested': { vi: 'Đề nghị đổi ca', en: 'Shift swap requested' },
  'roster_swap.decided': { vi: 'Duyệt đề nghị đổi ca', en: 'Shift swap decided' },
  'officer_unavailability.created': { vi: 'Khai báo nghỉ phép, nghỉ bù', en: 'Leave recorded' },
  'reception_session.created': { vi: 'Lên lịch lãnh đạo tiếp công dân', en: 'Leader reception session scheduled' },
} as const satisfies Record<string, AuditLabel>;

export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;
export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as AuditAction[];

export const AUDIT_ENTITY_LABELS = {
  unit: { vi: 'Đơn vị', en: 'Unit' },
  place: { vi: 'Địa điểm', en: 'Place' },
  officer: { vi: 'Cán bộ', en: 'Officer' },
  account: { vi: 'Tài khoản', en: 'Account' },
  person: { vi: 'Công dân', en: 'Citizen' },
  catalog_entry: { vi: 'Danh mục', en: 'Catalogue' },
  holiday_schedule: { vi: 'Lịch nghỉ, làm bù', en: 'Holiday schedule' },
  deadline_reading: { vi: 'Cách hiểu thời hạn', en: 'Deadline reading' },
  document_template: { vi: 'Mẫu văn bản', en: 'Document template' },
  alert: { vi: 'Cảnh báo', en: 'Alert' },
  incident: { vi: 'Sự việc', en: 'Incident' },
  working_group: { vi: 'Tổ công tác', en: 'Working group' },
  coordination_rule: { vi: 'Quy chế phối hợp', en: 'Coordination rule' },
  visit: { vi: 'Lượt tiếp công dân', en: 'Visit' },
  letter: { vi: 'Đơn', en: 'Letter' },
  case: { vi: 'Vụ việc', en: 'Case' },
  audit: { vi: 'Nhật ký hệ thống', en: 'Audit log' },
  system: { vi: 'Hệ thống', en: 'System' },
  period: { vi: 'Đợt cao điểm, lịch trực', en: 'Period' },
  period_task: { vi: 'Nhiệm vụ trong kế hoạch', en: 'Plan task' },
  place_readiness: { vi: 'Công tác chuẩn bị tại địa điểm', en: 'Place readiness' },
  roster_assignment: { vi: 'Phân công trực', en: 'Shift assignment' },
  roster_swap: { vi: 'Đổi ca trực', en: 'Shift swap' },
  officer_unavailability: { vi: 'Nghỉ phép, nghỉ bù', en: 'Leave' },
  reception_session: { vi: 'Buổi lãnh đạo tiếp công dân', en: 'Leader reception session' },
} as const satisfies Record<string, AuditLabel>;

export type AuditEntity = keyof typeof AUDIT_ENTITY_LABELS;
export const AUDIT_ENTITIES = Object.keys(AUDIT_ENTITY_LABELS) as AuditEntity[];

/** The label of a stored code, or undefined for one this release does not know (an older or newer database). */
export function auditActionLabel(code: string, lang: keyof AuditLabel): string | undefined {
  return Object.hasOwn(AUDIT_ACTION_LABELS, code) ? AUDIT_ACTION_LABELS[code as AuditAction][lang] : undefined;
}

export function auditEntityLabel(code: string, lang: keyof AuditLabel): string | undefined {
  return Object.hasOwn(AUDIT_ENTITY_LABELS, code) ? AUDIT_ENTITY_LABELS[code as AuditEntity][lang] : undefined;
}
