import { ERROR_CATALOGUE, type ErrorCode } from '@core/errors';

/** A failure the client can act on; the handler turns it into `{ code, message, fields? }` with its status. */
export interface AppErrorExtra {
  /** The rule's own code under the catalogue code (e.g. TOO_MANY_EXTENSIONS under DEADLINE_RULE). */
  reason?: string;
  /** Machine-readable facts a client acts on (e.g. the id of the record a duplicate collides with). */
  details?: Record<string, string | number | boolean | null>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fields: Record<string, string> | undefined;
  readonly extra: AppErrorExtra;

  constructor(code: ErrorCode, message?: string, fields?: Record<string, string>, extra: AppErrorExtra = {}) {
    super(message ?? ERROR_CATALOGUE[code].vi);
    this.code = code;
    this.status = ERROR_CATALOGUE[code].status;
    this.fields = fields;
    this.extra = extra;
  }
}
