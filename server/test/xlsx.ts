import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { Session } from './support';

/** Downloads an .xlsx export and reads its first sheet's rows (header first), as the cells' values. */
export async function readXlsx(s: Session, url: string): Promise<unknown[][]> {
  const r = await s.download(url);
  expect(r.status, url).toBe(200);
  expect(String(r.headers['content-type'])).toContain('spreadsheetml');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(r.bytes as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  book.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}
