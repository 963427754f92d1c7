/**
 * Lists as Excel workbooks (exceljs): one sheet, a bold header row in Vietnamese, dates as dd/mm/yyyy text (the
 * register's way of writing them, and no time zone surprises in Excel). Rows are the lists' own items, so what an
 * export shows is what the list shows — never a sealed identity.
 */
import ExcelJS from 'exceljs';

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
