/**
 * Lists as Excel workbooks (exceljs): one sheet, a bold header row in Vietnamese, dates as dd/mm/yyyy text (the
 * register's way of writing them, and no time zone surprises in Excel). Rows are the lists' own items, so what an
 * export shows is what the list shows — never a sealed identity.
 */
import ExcelJS from 'exceljs';
import type { FastifyRequest } from 'fastify';
import type { z, ZodType } from 'zod';
import type { AuditAction, AuditEntity } from '@core/domain/audit/actions';
import { contentDisposition } from '@core/domain/files/filename';
import type { Permission } from '@core/domain/org/roles';
import type { Db } from '../../db/database';
import type { Actor, RequestMeta } from '../../platform/context';
import type { Api } from '../../platform/http';
import { writeAudit } from '../audit/audit.repo';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface Column<T> {
  header: string;
  width: number;
  value(row: T): string | number | null;
}

/** 'YYYY-MM-DD' (or an ISO instant) → 'dd/mm/yyyy'. */
export const viDate = (iso: string | null): string | null => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : null);

export async function toXlsx<T>(sheet: string, columns: readonly Column<T>[], rows: readonly T[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'tiepdan';
  const ws = book.addWorksheet(sheet);
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of rows) ws.addRow(columns.map((c) => c.value(r)));
  return Buffer.from(await book.xlsx.writeBuffer());
}

export interface XlsxFile {
  filename: string;
  bytes: Buffer;
}

export interface ListExport<T> {
  sheet: string;
  /** The file's name before the date: `so-don` → `so-don-2021-11-12.xlsx`. */
  file: string;
  action: Extract<AuditAction, `${string}.exported`>;
  entity: AuditEntity;
  columns: readonly Column<T>[];
}

type ListFilters = { q?: string | undefined; limit?: number };

/**
 * A list's export: its rows (the list's own, with the same filters) as a workbook, the export audited with the
 * filters it was made with. The typed search is not written to the log: it may be a name someone looked for.
 */
export function listExport<T, Q extends ListFilters>(spec: ListExport<T>, list: (db: Db, actor: Actor, q: Q) => Promise<{ items: T[] }>) {
  return async (db: Db, actor: Actor, q: Q, meta: RequestMeta): Promise<XlsxFile> => {
    const { items } = await list(db, actor, q);
    const bytes = await toXlsx(spec.sheet, spec.columns, items);
    const filters = { ...q, limit: undefined, q: q.q ? true : undefined };
    await db.transaction((tx) => writeAudit(tx, db, meta, { action: spec.action, entity: spec.entity, after: { rows: items.length, filters } }));
    return { filename: `${spec.file}-${db.clock.today()}.xlsx`, bytes };
  };
}

/** GET <path>.xlsx: the list with the same filters as a workbook (the list's own rows, so never a sealed identity). */
export function xlsxRoute<Q extends ZodType>(app: Api, path: string, opts: { access: Permission; tags: string[]; summary: string; querystring: Q }, make: (request: FastifyRequest<{ Querystring: z.output<Q> }>) => Promise<XlsxFile>): void {
  app.get(path, { config: { access: opts.access }, schema: { tags: opts.tags, summary: opts.summary, querystring: opts.querystring } }, async (request, reply) => {
    const file = await make(request as FastifyRequest<{ Querystring: z.output<Q> }>);
    return reply.type(XLSX).header('content-disposition', contentDisposition(file.filename)).send(file.bytes);
  });
}
