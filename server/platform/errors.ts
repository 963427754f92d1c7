import type { z } from 'zod';
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

/**
 * Validates a service's input with the same shape of error as a request body: VALIDATION_FAILED naming the first
 * field in Vietnamese, every field in `fields` (prefixed, e.g. "data.summary"). For input that comes from code
 * rather than a request (the records modules calling a platform service).
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, prefix = ''): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '_';
    fields[path] ??= issue.message;
  }
  const [first, message] = Object.entries(fields)[0] ?? ['_', ''];
  throw new AppError('VALIDATION_FAILED', `${ERROR_CATALOGUE.VALIDATION_FAILED.vi} Trường «${first}»: ${message}.`, fields);
}
