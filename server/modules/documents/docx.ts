/**
 * The template engine behind official documents: docxtemplater over PizZip fills a Word template's {placeholders};
 * nothing of a document is assembled in code. The shipped templates sit next to this file in templates/<kind>.docx
 * (made by scripts/make-doc-templates.ts; the server build copies them beside the bundle).
 *
 *   shippedTemplate(kind) → Buffer
 *   renderTemplate(template, values) → Buffer          values: `templateValues` output
 *   checkTemplate(kind, bytes)                         what an uploaded template must pass (TEMPLATE_INVALID)
 *   allowedTags(kind) → string[]                       the fields a template of this kind may use
 *   docxText(bytes) → string                           the document's text, paragraphs on their own lines
 */
import { readFileSync } from 'node:fs';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { dateInWords, documentSymbol, isNumbered, numberText, placeAndDate, type DocumentKind } from '@core/domain/documents';
import { COMMON_TAGS, DOCUMENT_DATA, DOCUMENT_SAMPLES } from '@core/schemas/documents';
import { AppError } from '../../platform/errors';

const SHIPPED = new URL('./templates/', import.meta.url);
const shipped = new Map<DocumentKind | 'duty_roster', Buffer>();

/** A shipped template: a document kind's, or the duty roster's (printed from a period, not issued). */
export function shippedTemplate(kind: DocumentKind | 'duty_roster'): Buffer {
  let bytes = shipped.get(kind);
  if (!bytes) {
    bytes = readFileSync(new URL(`${kind}.docx`, SHIPPED));
    shipped.set(kind, bytes);
  }
  return bytes;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * The kind's data as a template reads it: dates as dd/mm/yyyy and, beside each, `<name>InWords` ("ngày 05 tháng
 * 10 năm 2021"); empty values as ''; list items numbered from 1 in `no`.
 */
export function dataView(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (typeof value === 'string' && ISO_DATE.test(value)) {
      out[key] = dmy(value);
      out[`${key}InWords`] = dateInWords(value);
    } else if (Array.isArray(value)) {
      out[key] = value.map((item: unknown, i) => (item && typeof item === 'object' ? { no: i + 1, ...dataView(item as Record<string, unknown>) } : item));
    } else out[key] = value ?? '';
  }
  return out;
}

export interface Header {
  parent: string;
  issuer: string;
  name: string;
  place: string;
}

export interface DocumentFacts {
  kind: DocumentKind | 'duty_roster';
  header: Header;
  number: number | null;
  symbol: string | null;
  issuedOn: string;
  signer: { name: string; title: string; authority: string[] };
  recipients: string[];
  archive: string[];
}

/** Every value a template can use: the kind's data and the facts every document carries (COMMON_TAGS). */
export function templateValues(facts: DocumentFacts, data: Record<string, unknown>): Record<string, unknown> {
  const number = facts.number === null ? '' : numberText(facts.number);
  return {
    ...dataView(data),
    issuerParent: facts.header.parent,
    issuer: facts.header.issuer,
    issuerName: facts.header.name,
    number,
    symbol: facts.symbol ?? '',
    numberLine: facts.number === null ? '' : `Số: ${number}/${facts.symbol}`,
    placeDate: placeAndDate(facts.header.place, facts.issuedOn),
    issuedOn: dmy(facts.issuedOn),
    signerAuthority: facts.signer.authority,
    signerTitle: facts.signer.title,
    signerName: facts.signer.name,
    recipients: facts.recipients,
    archive: ['VT', ...facts.archive].join(', '),
  };
}

interface TemplaterError {
  properties?: { errors?: { properties?: { explanation?: string } }[]; explanation?: string };
}

function explain(error: unknown): string {
  const e = error as TemplaterError;
  const list = e.properties?.errors?.map((x) => x.properties?.explanation).filter(Boolean) ?? [];
  const first = list[0] ?? e.properties?.explanation ?? (error instanceof Error ? error.message : String(error));
  return list.length > 1 ? `${first} (và ${list.length - 1} lỗi khác)` : first;
}

/** Called for every field with no value: a field the data does not have. */
type OnMissing = (tag: string) => void;

function open(template: Uint8Array, onMissing: OnMissing = () => undefined): Docxtemplater {
  let zip: PizZip;
  try {
    zip = new PizZip(template);
  } catch {
    throw new AppError('TEMPLATE_INVALID', 'Tệp mẫu không phải tệp Word (.docx).');
  }
  if (!zip.file('word/document.xml')) throw new AppError('TEMPLATE_INVALID', 'Tệp mẫu không phải tệp Word (.docx).');
  try {
    return new Docxtemplater(zip, {
      paragraphLoop: true,
      linebreaks: true,
      // Errors come back as TEMPLATE_INVALID with their explanation; docxtemplater's own console log is noise.
      errorLogging: false,
      nullGetter: (part) => {
        onMissing(String(part.value));
        return '';
      },
    });
  } catch (error) {
    throw new AppError('TEMPLATE_INVALID', `Mẫu văn bản có lỗi cú pháp: ${explain(error)}`);
  }
}

export function renderTemplate(template: Uint8Array, values: Record<string, unknown>): Buffer {
  const doc = open(template);
  try {
    doc.render(values);
  } catch (error) {
    throw new AppError('TEMPLATE_INVALID', `Không điền được mẫu văn bản: ${explain(error)}`);
  }
  return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const decode = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-f]+));/gi, (_, name: string, dec?: string, hex?: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' } as Record<string, string>)[name.toLowerCase()] ?? '',
  );

/** The text of the document body: one line per paragraph, line breaks kept. */
export function docxText(bytes: Uint8Array): string {
  const xml = new PizZip(bytes).file('word/document.xml')?.asText() ?? '';
  return xml
    .split(/<\/w:p>/)
    .map((paragraph) =>
      decode(
        paragraph
          .replace(/<w:br\b[^>]*\/>/g, '<w:t>\n</w:t>')
          .replace(/<w:tab\b[^>]*\/>/g, '<w:t>\t</w:t>')
          .replace(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g, '\u0000$1\u0000')
          .split('\u0000')
          .filter((_, i) => i % 2 === 1)
          .join(''),
      ),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const SAMPLE_FACTS = (kind: DocumentKind): DocumentFacts => ({
  kind,
  header: { parent: 'UBND THÀNH PHỐ MẪU', issuer: 'BAN TIẾP CÔNG DÂN THÀNH PHỐ', name: 'Ban Tiếp công dân thành phố', place: 'Mẫu' },
  number: isNumbered(kind) ? 99 : null,
  symbol: documentSymbol(kind, 'BTCD'),
  issuedOn: '2021-10-05',
  signer: { name: 'Nguyễn Văn Ký', title: 'Trưởng ban', authority: ['KT. TRƯỞNG BAN'] },
  recipients: ['Nơi nhận mẫu'],
  archive: ['BTCD'],
});

const sampleValues = (kind: DocumentKind) => templateValues(SAMPLE_FACTS(kind), DOCUMENT_DATA[kind].parse(DOCUMENT_SAMPLES[kind]) as Record<string, unknown>);

/** The fields a template of this kind may use, list items as "items.name". */
export function allowedTags(kind: DocumentKind): string[] {
  const tags = new Set<string>(COMMON_TAGS);
  for (const [key, value] of Object.entries(sampleValues(kind))) {
    tags.add(key);
    if (Array.isArray(value) && value[0] && typeof value[0] === 'object') for (const inner of Object.keys(value[0] as object)) tags.add(`${key}.${inner}`);
  }
  return [...tags].sort();
}

/**
 * An uploaded template is accepted only if it renders the kind's sample, uses no field the kind does not have (a
 * field for a denouncer's identity cannot be added to the denunciation transfer slip), and shows the number and the
 * place and date where the kind has them (NĐ 30/2020 art. 8).
 */
export function checkTemplate(kind: DocumentKind, bytes: Uint8Array): void {
  // The sample fills every field the kind has, so a field left without a value is one the kind does not have.
  const unknown = new Set<string>();
  const doc = open(bytes, (tag) => unknown.add(tag));
  const values = sampleValues(kind);
  try {
    doc.render(values);
  } catch (error) {
    throw new AppError('TEMPLATE_INVALID', `Không điền được mẫu văn bản: ${explain(error)}`);
  }
  if (unknown.size) {
    const list = [...unknown];
    throw new AppError('TEMPLATE_INVALID', `Mẫu dùng trường không có trong loại văn bản này: {${list.join('}, {')}}.`, { file: `Trường không hợp lệ: ${list.join(', ')}` });
  }
  const text = docxText(doc.getZip().generate({ type: 'uint8array' }));
  const missing = [
    ...(isNumbered(kind) && !text.includes(`${values.number as string}/${values.symbol as string}`) ? ['số, ký hiệu ({numberLine} hoặc {number}/{symbol})'] : []),
    ...(!text.includes(values.placeDate as string) ? ['địa danh, ngày tháng ({placeDate})'] : []),
  ];
  if (missing.length) throw new AppError('TEMPLATE_INVALID', `Mẫu thiếu thành phần bắt buộc của văn bản: ${missing.join('; ')}.`, { file: `Thiếu: ${missing.join('; ')}` });
}
