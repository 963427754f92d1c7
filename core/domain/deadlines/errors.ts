export type DeadlineErrorCode =
  | 'INVALID_DATE'
  | 'INVALID_INPUT'
  | 'UNKNOWN_TYPE'
  | 'UNKNOWN_STAGE'
  | 'NO_RULE_SET'
  | 'STAGE_NOT_IN_RULE_SET'
  | 'NO_STATUTORY_LIMIT'
  | 'EXTENSION_NOT_ALLOWED'
  | 'EXTENSION_KIND_NOT_ALLOWED'
  | 'EXTENSION_TOO_LONG'
  | 'TOO_MANY_EXTENSIONS'
  | 'EXTENSION_BEFORE_START'
  | 'SUSPENSION_NOT_ALLOWED'
  | 'INVALID_SUSPENSION';

/** A request the rules do not allow; `message` is Vietnamese and can be shown to the user as is. */
export class DeadlineRuleError extends Error {
  override readonly name = 'DeadlineRuleError';
  readonly code: DeadlineErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: DeadlineErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.code = code;
    this.details = details;
  }
}
