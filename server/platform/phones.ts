import { parsePhone } from '@core/domain/identity/phone';
import { AppError } from './errors';

/** Phones are stored in E.164 so that one number typed three ways is still one number. */
export function normalisePhone(raw: string | null | undefined, field: string): string | null {
  if (!raw || !raw.trim()) return null;
  const result = parsePhone(raw);
  if (!result.ok) throw new AppError('VALIDATION_FAILED', `Số điện thoại không hợp lệ: ${result.message}`, { [field]: result.message });
  return result.e164;
}
