import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { ERROR_CATALOGUE, type ApiErrorBody, type ErrorCode } from '@core/errors';
import { AppError } from './errors';

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'BAD_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BAD_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
};

const WHERE: Record<string, string> = { body: '', querystring: 'tham số ', params: 'đường dẫn ', headers: 'tiêu đề ' };

function validationBody(error: FastifyError): ApiErrorBody {
  const fields: Record<string, string> = {};
  if (hasZodFastifySchemaValidationErrors(error)) {
    for (const v of error.validation) {
      const path = v.instancePath.replace(/^\//, '').replace(/\//g, '.') || '_';
      fields[path] ??= v.message ?? 'giá trị không hợp lệ';
    }
  }
  const [firstPath, firstMessage] = Object.entries(fields)[0] ?? ['_', ''];
  const context = error.validationContext ? WHERE[error.validationContext] ?? '' : '';
  const message =
    firstPath === '_'
      ? `${ERROR_CATALOGUE.VALIDATION_FAILED.vi} ${firstMessage}`.trim()
      : `${ERROR_CATALOGUE.VALIDATION_FAILED.vi} Trường ${context}«${firstPath}»: ${firstMessage}.`;
  return { code: 'VALIDATION_FAILED', message, fields };
}

/**
 * One place turns every failure into `{ code, message, fields? }`. Anything unexpected becomes a 500 that
 * carries only the request id (to find the logged details), never the error's own text.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      // Catalogue messages exist in English too; specific messages stay in the working language.
      const english = /^en\b/i.test(request.headers['accept-language'] ?? '') && error.message === ERROR_CATALOGUE[error.code].vi;
      const body: ApiErrorBody = {
        code: error.code,
        message: english ? ERROR_CATALOGUE[error.code].en : error.message,
        ...(error.fields ? { fields: error.fields } : {}),
        ...error.extra,
      };
      return reply.code(error.status).send(body);
    }
    if (error.validation) return reply.code(400).send(validationBody(error));
    const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (mapped) return reply.code(ERROR_CATALOGUE[mapped].status).send({ code: mapped, message: ERROR_CATALOGUE[mapped].vi });
    if (error.statusCode === 429) return reply.code(429).send({ code: 'RATE_LIMITED', message: ERROR_CATALOGUE.RATE_LIMITED.vi });
    if (!isResponseSerializationError(error) && error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      request.log.info({ err: error }, 'client error');
      return reply.code(error.statusCode).send({ code: 'BAD_REQUEST', message: ERROR_CATALOGUE.BAD_REQUEST.vi });
    }
    request.log.error({ err: error }, 'unexpected error');
    return reply.code(500).send({ code: 'INTERNAL', message: ERROR_CATALOGUE.INTERNAL.vi, correlationId: request.id });
  });
}
