import { ERROR_CATALOGUE, type ErrorCode } from '@core/errors';

/** A failure the client can act on; the handler turns it into `{ code, message, fields? }` with its status. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fields: Record<string, string> | undefined;

  constructor(code: ErrorCode, message?: string, fields?: Record<string, string>) {
    super(message ?? ERROR_CATALOGUE[code].vi);
    this.code = code;
    this.status = ERROR_CATALOGUE[code].status;
    this.fields = fields;
  }
}

export const notFound = (what?: string) => new AppError('NOT_FOUND', what ? `Không tìm thấy ${what}.` : undefined);
export const forbidden = (message?: string) => new AppError('FORBIDDEN', message);
export const versionConflict = () => new AppError('VERSION_CONFLICT');
