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
  'letter.created': { vi: 'Vào sổ đơn', en: 'Letter registered' },
  'letter.read': { vi: 'Xem đơn', en: 'Letter viewed' },
  'letter.classified': { vi: 'Phân loại đơn', en: 'Letter classified' },
  'letter.decided': { vi: 'Xử lý đơn', en: 'Letter decided' },
  'letter.received': { vi: 'Vào sổ đơn do đơn vị khác chuyển đến', en: 'Forwarded letter registered' },
  'case.created': { vi: 'Mở vụ việc', en: 'Case opened' },
  'case.updated': { vi: 'Sửa vụ việc', en: 'Case edited' },
  'case.transition': { vi: 'Chuyển bước vụ việc', en: 'Case step taken' },
  'case.exported': { vi: 'Xuất danh sách vụ việc ra Excel', en: 'Case list exported to Excel' },
  'audit.viewed': { vi: 'Xem nhật ký hệ thống', en: 'Audit log viewed' },
  'demo.seeded': { vi: 'Nạp dữ liệu mẫu', en: 'Demo data loaded' },
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
  visit: { vi: 'Lượt tiếp công dân', en: 'Visit' },
  letter: { vi: 'Đơn', en: 'Letter' },
  case: { vi: 'Vụ việc', en: 'Case' },
  audit: { vi: 'Nhật ký hệ thống', en: 'Audit log' },
  system: { vi: 'Hệ thống', en: 'System' },
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
