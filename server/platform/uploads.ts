/**
 * File uploads: multipart/form-data with one part named "file", the way a browser form and antd's Upload send it.
 * Multipart rather than a raw body with a filename header because it carries the file's name in UTF-8 the standard
 * way (RFC 7578: "Đơn khiếu nại.pdf" arrives as typed) and the plugin enforces size and part limits while it streams.
 * Only the routes inside `uploadRoutes` accept multipart; every other route still takes JSON alone.
 */
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from './errors';
import type { Api } from './http';

/** Registers `routes` in a scope that accepts one file of at most `maxBytes`. */
export function uploadRoutes(app: Api, maxBytes: number, routes: (scope: Api) => void): void {
  void app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: maxBytes, files: 1, fields: 5, fieldSize: 1000, parts: 6, headerPairs: 50 } });
    routes(scope.withTypeProvider<ZodTypeProvider>());
  });
}

export interface Upload {
  filename: string;
  bytes: Buffer;
}

const megabytes = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;

/** Reads the uploaded file whole (bounded by the scope's limit); Vietnamese errors for every way it can go wrong. */
export async function readUpload(request: FastifyRequest, maxBytes: number): Promise<Upload> {
  if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Hãy gửi tệp dạng multipart/form-data, trong trường "file".');
  let part;
  try {
    part = await request.file();
  } catch (error) {
    throw new AppError('BAD_REQUEST', `Nội dung tải lên không đọc được: ${(error as { code?: string }).code ?? 'lỗi định dạng'}.`);
  }
  if (!part || part.fieldname !== 'file') throw new AppError('VALIDATION_FAILED', 'Chưa có tệp trong trường "file".', { file: 'Chưa chọn tệp' });
  let bytes: Buffer;
  try {
    bytes = await part.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError('FILE_TOO_LARGE', `Tệp quá lớn: tối đa ${megabytes(maxBytes)}.`, { file: `Tối đa ${megabytes(maxBytes)}` }, { details: { maxBytes } });
    }
    throw error;
  }
  if (bytes.length === 0) throw new AppError('VALIDATION_FAILED', 'Tệp rỗng.', { file: 'Tệp rỗng' });
  return { filename: part.filename, bytes };
}
