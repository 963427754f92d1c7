import ExcelJS from 'exceljs';
import { labelOf } from '@core/domain/catalogs';
import { letterhead } from '@core/domain/documents';
import { contentDisposition } from '@core/domain/files/filename';
import type { Actor, RequestMeta } from '../../platform/context';
import type { ModuleDeps } from '../../platform/http';
import { writeAudit } from '../audit/audit.repo';
import { renderTemplate, shippedTemplate, templateValues } from '../documents/docx';
import { unitWithAncestors } from '../documents/documents.service';
import { loadPeriod, vnDate, vnDateTime } from './periods.repo';
import { getRoster } from './roster.service';

export interface ExportFile {
  bytes: Buffer;
  type: string;
  disposition: string;
}

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const hm = (iso: string) => vnDateTime(iso).slice(11);

/** The roster's rows as the official schedule lists them: by day, place, shift, then duty. */
export async function rosterRows(deps: Pick<ModuleDeps, 'db'>, actor: Actor, periodId: number, meta: RequestMeta) {
  const { db } = deps;
  const period = await loadPeriod(db.kysely, actor, periodId);
  const roster = await getRoster(db, actor, periodId);
  const unit = await db.kysely.selectFrom('units').select('name').where('id', '=', period.unit_id).executeTakeFirstOrThrow();
  const rows = [...roster.assignments]
    .sort((a, b) => a.start.localeCompare(b.start) || a.place - b.place || a.role.localeCompare(b.role) || a.officerName.localeCompare(b.officerName, 'vi'))
    .map((a, i) => ({
      no: i + 1,
      date: dmy(vnDate(a.start)),
      shift: a.shiftLabel,
      time: `${hm(a.start)}–${hm(a.end)}`,
      place: a.placeName,
      role: labelOf('duty_role', a.role) ?? a.role,
      name: a.officerName,
      phone: a.phones.join(', '),
    }));
  // The file lists officers' phone numbers: who took it is recorded.
  await db.transaction((tx) => writeAudit(tx, db, meta, { action: 'roster.exported', entity: 'period', entityId: periodId, after: { rows: rows.length } }));
  return { period, unitName: unit.name, rows, gaps: roster.gaps.map((g) => g.reason), published: roster.publishedAt !== null };
}

const fileName = (name: string, ext: string) => `Lịch trực tiếp công dân - ${name}.${ext}`;

export async function rosterXlsx(deps: Pick<ModuleDeps, 'db'>, actor: Actor, periodId: number, meta: RequestMeta): Promise<ExportFile> {
  const r = await rosterRows(deps, actor, periodId, meta);
  const book = new ExcelJS.Workbook();
  book.creator = 'tiepdan';
  const sheet = book.addWorksheet('Lịch trực', { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = [
    { key: 'no', width: 6 },
    { key: 'date', width: 12 },
    { key: 'shift', width: 11 },
    { key: 'time', width: 13 },
    { key: 'place', width: 38 },
    { key: 'role', width: 30 },
    { key: 'name', width: 26 },
    { key: 'phone', width: 18 },
  ];
  const font = { name: 'Times New Roman', size: 12 };
  const title = (text: string, bold = true, size = 13) => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, 8);
    row.getCell(1).font = { ...font, bold, size };
    row.getCell(1).alignment = { horizontal: 'center' };
  };
  title(r.unitName.toUpperCase());
  title('LỊCH TRỰC TIẾP CÔNG DÂN', true, 14);
  title(`${r.period.name} (từ ${vnDateTime(r.period.starts_at)} đến ${vnDateTime(r.period.ends_at)})`, false, 12);
  if (!r.published) title('(Dự thảo — lịch trực chưa ban hành)', false, 12);
  sheet.addRow([]);
  const head = sheet.addRow(['STT', 'Ngày', 'Ca', 'Thời gian', 'Địa điểm', 'Nhiệm vụ', 'Họ và tên', 'Điện thoại']);
  head.eachCell((c) => {
    c.font = { ...font, bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  });
  sheet.views = [{ state: 'frozen', ySplit: head.number }];
  for (const row of r.rows) {
    const added = sheet.addRow(row);
    added.eachCell((c) => {
      c.font = font;
      c.alignment = { vertical: 'top', wrapText: true };
      c.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
    });
  }
  if (r.gaps.length) {
    const gaps = book.addWorksheet('Ca còn thiếu người');
    gaps.columns = [{ key: 'reason', width: 120 }];
    gaps.addRow(['Ca còn thiếu người']).getCell(1).font = { ...font, bold: true };
    for (const g of r.gaps) gaps.addRow([g]).getCell(1).font = font;
  }
  const bytes = Buffer.from(await book.xlsx.writeBuffer());
  return { bytes, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', disposition: contentDisposition(fileName(r.period.name, 'xlsx')) };
}

/**
 * The roster as the office prints it for signature: the unit's letterhead in the NĐ 30/2020 layout (the shipped
 * template, laid out by scripts/make-doc-templates.ts), one table row per officer and shift, unnumbered.
 */
export async function rosterDocx(deps: Pick<ModuleDeps, 'db'>, actor: Actor, periodId: number, meta: RequestMeta): Promise<ExportFile> {
  const r = await rosterRows(deps, actor, periodId, meta);
  const { unit, ancestors } = await unitWithAncestors(deps.db.kysely, r.period.unit_id);
  const header = letterhead(unit, ancestors);
  const values = templateValues(
    { kind: 'duty_roster', header, number: null, symbol: null, issuedOn: deps.db.clock.today(), signer: { name: '', title: 'CHỦ TỊCH', authority: ['TM. ỦY BAN NHÂN DÂN'] }, recipients: ['Các cơ quan, đơn vị có tên trong lịch trực', 'Cán bộ trực'], archive: [] },
    {
      periodName: r.period.name,
      from: vnDateTime(r.period.starts_at),
      to: vnDateTime(r.period.ends_at),
      draft: r.published ? '' : '(Dự thảo — lịch trực chưa ban hành)',
      rows: r.rows,
    },
  );
  const bytes = renderTemplate(shippedTemplate('duty_roster'), values);
  return { bytes, type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', disposition: contentDisposition(fileName(r.period.name, 'docx')) };
}
