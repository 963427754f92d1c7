/**
 * The one catalogue of error codes. Every error the API returns is `{ code, message, fields? }` with the
 * status below; `message` is Vietnamese (the working language), the English text is for the second language.
 */
export const ERROR_CATALOGUE = {
  VALIDATION_FAILED: { status: 400, vi: 'Dữ liệu gửi lên không hợp lệ.', en: 'The submitted data is invalid.' },
  BAD_REQUEST: { status: 400, vi: 'Yêu cầu không hợp lệ.', en: 'Bad request.' },
  BAD_JSON: { status: 400, vi: 'Nội dung gửi lên không phải JSON hợp lệ.', en: 'The body is not valid JSON.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, vi: 'Định dạng nội dung không được hỗ trợ; hãy gửi JSON.', en: 'Unsupported content type; send JSON.' },
  AUTH_REQUIRED: { status: 401, vi: 'Bạn cần đăng nhập để tiếp tục.', en: 'Please sign in.' },
  AUTH_INVALID: { status: 401, vi: 'Tên đăng nhập hoặc mật khẩu không đúng.', en: 'Wrong username or password.' },
  AUTH_TOTP_REQUIRED: { status: 401, vi: 'Vui lòng nhập mã xác thực hai lớp (6 chữ số).', en: 'Enter your two-factor code (6 digits).' },
  AUTH_TOTP_INVALID: { status: 401, vi: 'Mã xác thực hai lớp không đúng.', en: 'Wrong two-factor code.' },
  AUTH_LOCKED: { status: 401, vi: 'Tài khoản tạm thời bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau.', en: 'Account temporarily locked after repeated failures. Try again later.' },
  PASSWORD_WRONG: { status: 400, vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
  PASSWORD_WEAK: { status: 400, vi: 'Mật khẩu mới phải có ít nhất 8 ký tự, gồm chữ và số.', en: 'The new password needs at least 8 characters with letters and digits.' },
  CSRF_INVALID: { status: 403, vi: 'Phiên làm việc không hợp lệ (thiếu mã chống giả mạo). Vui lòng tải lại trang.', en: 'Missing or wrong anti-forgery token. Reload the page.' },
  FORBIDDEN: { status: 403, vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  OUT_OF_SCOPE: { status: 403, vi: 'Bản ghi thuộc đơn vị ngoài phạm vi quản lý của bạn.', en: 'The record belongs to a unit outside your scope.' },
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy bản ghi.', en: 'Not found.' },
  ROUTE_NOT_FOUND: { status: 404, vi: 'Không tìm thấy địa chỉ yêu cầu.', en: 'No such address.' },
  VERSION_CONFLICT: { status: 409, vi: 'Bản ghi đã được người khác sửa sau khi bạn mở. Hãy tải lại để xem thay đổi rồi sửa lại.', en: 'Someone else changed this record after you opened it. Reload and edit again.' },
  DUPLICATE: { status: 409, vi: 'Đã tồn tại bản ghi với giá trị này.', en: 'A record with this value already exists.' },
  CONFLICT: { status: 409, vi: 'Thao tác mâu thuẫn với dữ liệu hiện có.', en: 'The operation conflicts with existing data.' },
  DEADLINE_RULE: { status: 400, vi: 'Yêu cầu trái với quy định về thời hạn.', en: 'The request breaks a statutory deadline rule.' },
  CATALOG_RULE: { status: 400, vi: 'Danh mục không cho phép thay đổi này.', en: 'The catalog does not allow this change.' },
  FILE_TOO_LARGE: { status: 413, vi: 'Tệp quá lớn.', en: 'The file is too large.' },
  FILE_TYPE_REFUSED: { status: 415, vi: 'Loại tệp không được chấp nhận: chỉ nhận PDF, JPEG, PNG, TIFF, HEIC hoặc DOCX.', en: 'File type not accepted: only PDF, JPEG, PNG, TIFF, HEIC or DOCX.' },
  TEMPLATE_INVALID: { status: 400, vi: 'Mẫu văn bản không dùng được.', en: 'The document template cannot be used.' },
  NOT_CLEARED: { status: 403, vi: 'Thông tin này được giữ bí mật theo Luật Tố cáo; bạn chưa được thủ trưởng đơn vị cho phép xem.', en: 'This information is kept secret under the Law on Denunciations; the head of the unit has not cleared you to see it.' },
  PAYLOAD_TOO_LARGE: { status: 413, vi: 'Nội dung gửi lên quá lớn.', en: 'The request body is too large.' },
  RATE_LIMITED: { status: 429, vi: 'Bạn thao tác quá nhanh. Vui lòng thử lại sau ít phút.', en: 'Too many requests. Try again in a few minutes.' },
  INTERNAL: { status: 500, vi: 'Lỗi hệ thống. Vui lòng báo quản trị viên kèm mã tra cứu.', en: 'Internal error. Tell the administrator the correlation id.' },
} as const;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** The body of every error response. */
export interface ApiErrorBody {
  code: ErrorCode | (string & {});
  message: string;
  fields?: Record<string, string>;
  reason?: string;
  details?: Record<string, string | number | boolean | null>;
  correlationId?: string;
}
