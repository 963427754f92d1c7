/**
 * Lays out the shipped .docx templates of the official documents (server/modules/documents/templates/<kind>.docx)
 * in the NĐ 30/2020/NĐ-CP layout, with docxtemplater {placeholders} where the data goes. Run it after changing a
 * form's wording, then commit the templates:   npx tsx scripts/make-doc-templates.ts
 *
 * Layout (NĐ 30/2020 art. 8 and Phụ lục I): A4; margins top and bottom 20 mm, left 30 mm, right 15 mm; Times New
 * Roman; issuing body top left over the number, national name (12, bold) and motto (13, bold) top right over the
 * place and date (14, italic); title and subject line (14, bold) centred; body 14 justified; "Nơi nhận" (12, bold
 * italic) with recipients (11) bottom left, the signer's authority, title and name (14, bold) bottom right; page
 * numbers at the top centre, not on the first page.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { DocumentKind } from '../core/domain/documents/kinds';

const OUT = new URL('../server/modules/documents/templates/', import.meta.url);
const mm = (n: number) => Math.round((n * 1440) / 25.4);
const PAGE_WIDTH = mm(210) - mm(30) - mm(15);

type Run = string | (IRunOptions & { text: string });
interface Para {
  runs: Run[];
  size?: number;
  bold?: boolean;
  italics?: boolean;
  caps?: boolean;
  align?: 'center' | 'justify' | 'left';
  indent?: boolean;
  after?: number;
  before?: number;
}

function p(o: Para): Paragraph {
  const alignment = o.align === 'center' ? AlignmentType.CENTER : o.align === 'left' ? AlignmentType.LEFT : AlignmentType.JUSTIFIED;
  return new Paragraph({
    alignment,
    spacing: { after: o.after ?? 0, before: o.before ?? 0, line: 276 },
    ...(o.indent ? { indent: { firstLine: mm(12.7) } } : {}),
    children: o.runs.map(
      (r) =>
        new TextRun({
          font: 'Times New Roman',
          size: (o.size ?? 14) * 2,
          ...(o.bold ? { bold: true } : {}),
          ...(o.italics ? { italics: true } : {}),
          ...(o.caps ? { allCaps: true } : {}),
          ...(typeof r === 'string' ? { text: r } : r),
        }),
    ),
  });
}

/** A short rule under a heading: a bottom border on an empty paragraph narrowed by indents. */
const rule = (width: number, cell: number) =>
  new Paragraph({
    spacing: { after: 60 },
    indent: { left: Math.round((cell - width) / 2), right: Math.round((cell - width) / 2) },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });

/** A paragraph shown only when the field is not empty (docxtemplater paragraph loop). */
const when = (field: string, body: Paragraph[]) => [p({ runs: [`{#${field}}`] }), ...body, p({ runs: [`{/${field}}`] })];

const body = (...runs: Run[]) => p({ runs, indent: true, after: 120 });

const cell = (width: number, children: Paragraph[]) => new TableCell({ width: { size: width, type: WidthType.DXA }, children });
const twoColumns = (left: number, a: Paragraph[], b: Paragraph[]) =>
  new Table({
    width: { size: PAGE_WIDTH, type: WidthType.DXA },
    columnWidths: [left, PAGE_WIDTH - left],
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(left, a), cell(PAGE_WIDTH - left, b)] })],
  });

const LEFT = mm(62);
const RIGHT = PAGE_WIDTH - LEFT;

interface Layout {
  /** Numbered: the number line under the issuer. */
  numbered: boolean;
  /** A công văn's subject line, under the number (V/v …). */
  letterSubject?: string;
  /** Title lines (a typed document); none for a công văn. */
  title?: string[];
  addressee?: Paragraph[];
  body: (Paragraph | Table)[];
  /** Replaces the recipients and signer block (the receipt and the proposal sign differently). */
  footer?: Table;
}

function letterhead(layout: Layout): Table {
  const left = [
    ...when('issuerParent', [p({ runs: ['{issuerParent}'], size: 13, align: 'center' })]),
    p({ runs: ['{issuer}'], size: 13, bold: true, align: 'center' }),
    rule(mm(20), LEFT),
    ...(layout.numbered ? [p({ runs: ['{numberLine}'], size: 13, align: 'center' })] : []),
    ...(layout.letterSubject ? [p({ runs: [layout.letterSubject], size: 12, align: 'center', before: 60 })] : []),
  ];
  const right = [
    p({ runs: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], size: 12, bold: true, align: 'center' }),
    p({ runs: ['Độc lập - Tự do - Hạnh phúc'], size: 13, bold: true, align: 'center' }),
    rule(mm(48), RIGHT),
    p({ runs: ['{placeDate}'], italics: true, align: 'center', before: 120 }),
  ];
  return twoColumns(LEFT, left, right);
}

const signer = (): Paragraph[] => [
  ...when('signerAuthority', [p({ runs: ['{.}'], bold: true, caps: true, align: 'center' })]),
  p({ runs: ['{signerTitle}'], bold: true, caps: true, align: 'center' }),
  p({ runs: [''], after: 1200 }),
  p({ runs: ['{signerName}'], bold: true, align: 'center' }),
];

const recipientsAndSigner = () =>
  twoColumns(
    mm(80),
    [
      p({ runs: ['Nơi nhận:'], size: 12, bold: true, italics: true, align: 'left' }),
      ...when('recipients', [p({ runs: ['- {.};'], size: 11, align: 'left' })]),
      p({ runs: ['- Lưu: {archive}.'], size: 11, align: 'left' }),
    ],
    signer(),
  );

function build(layout: Layout): Document {
  const title = (layout.title ?? []).map((line, i) => p({ runs: [line], bold: true, align: 'center', before: i === 0 ? 360 : 0 }));
  return new Document({
    creator: 'tiepdan',
    styles: { default: { document: { run: { font: 'Times New Roman', size: 28 } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: mm(210), height: mm(297) }, margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) } },
        },
        headers: {
          first: new Header({ children: [] }),
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ font: 'Times New Roman', size: 28, children: [PageNumber.CURRENT] })] })] }),
        },
        children: [
          letterhead(layout),
          ...title,
          ...(title.length ? [rule(mm(30), PAGE_WIDTH)] : []),
          ...(layout.addressee ?? []),
          p({ runs: [''], after: 120 }),
          ...layout.body,
          p({ runs: [''], after: 120 }),
          layout.footer ?? recipientsAndSigner(),
        ],
      },
    ],
  });
}

const kinhGui = (field: string, address?: string) => [
  p({ runs: [`Kính gửi: {${field}}`], align: 'center', before: 240 }),
  ...(address ? when(address, [p({ runs: [`Địa chỉ: {${address}}`], align: 'center' })]) : []),
];

const LAYOUTS: Record<DocumentKind, Layout> = {
  // Mẫu 01-XLĐ (TT 07/2014), Mẫu 01 (TT 05/2021), Mẫu 03-TCD (TT 06/2014): an internal slip, not numbered.
  acceptance_proposal: {
    numbered: false,
    title: ['PHIẾU ĐỀ XUẤT THỤ LÝ ĐƠN', 'Về việc thụ lý giải quyết đơn {requestType}'],
    addressee: kinhGui('addressee'),
    body: [
      body('Vào {receivedOnInWords}, {issuerName} nhận được đơn {requestType}{#senderName} của {senderName}{/senderName}{#senderAddress}, địa chỉ: {senderAddress}{/senderAddress}.'),
      body('Nội dung đơn: {summary}'),
      body('Căn cứ {basis}, đơn thuộc thẩm quyền giải quyết và đủ điều kiện thụ lý.'),
      body('Đề xuất: {proposal}'),
      body('Kính trình {addressee} xem xét, quyết định.'),
    ],
    footer: twoColumns(
      mm(80),
      [p({ runs: ['Ý KIẾN PHÊ DUYỆT CỦA THỦ TRƯỞNG'], size: 13, bold: true, align: 'center' })],
      [p({ runs: ['NGƯỜI ĐỀ XUẤT'], bold: true, align: 'center' }), p({ runs: ['{signerTitle}'], italics: true, align: 'center' }), p({ runs: [''], after: 1200 }), p({ runs: ['{signerName}'], bold: true, align: 'center' })],
    ),
  },
  // Mẫu 03-XLĐ (TT 07/2014): a công văn guiding the citizen to the competent body, once.
  guidance: {
    numbered: true,
    letterSubject: 'V/v hướng dẫn gửi đơn {requestType} đến cơ quan có thẩm quyền',
    addressee: kinhGui('addressee', 'addresseeAddress'),
    body: [
      body('Vào {receivedOnInWords}, {issuerName} nhận được đơn {requestType} của {addressee} với nội dung: {summary}'),
      body('Căn cứ {basis}, nội dung đơn không thuộc thẩm quyền giải quyết của {issuerName}. {issuerName} hướng dẫn {addressee} gửi đơn đến {competentBody} để được xem xét, giải quyết theo quy định của pháp luật.'),
      body('{guidance}'),
      body('{issuerName} thông báo để {addressee} biết và thực hiện.'),
    ],
  },
  // Mẫu 06-XLĐ (TT 07/2014), Mẫu 10-TCD (TT 06/2014).
  transfer: {
    numbered: true,
    title: ['PHIẾU CHUYỂN ĐƠN'],
    addressee: kinhGui('toBody'),
    body: [
      body('Vào {receivedOnInWords}, {issuerName} nhận được đơn {requestType} của {senderName}{#senderAddress}, địa chỉ: {senderAddress}{/senderAddress}.'),
      body('Nội dung đơn: {summary}'),
      body('Căn cứ {basis}, {issuerName} chuyển đơn đến {toBody} để xem xét, giải quyết theo thẩm quyền và thông báo kết quả cho người gửi đơn và {issuerName}.'),
      ...when('enclosures', [body('Kèm theo: {enclosures}.')]),
    ],
  },
  // Mẫu 03 (TT 05/2021), Mẫu 05-XLĐ (TT 07/2014), with the identity struck out as Luật Tố cáo art. 56(2) requires:
  // this layout has no field for the denouncer at all.
  denunciation_transfer: {
    numbered: true,
    title: ['PHIẾU CHUYỂN ĐƠN TỐ CÁO'],
    addressee: kinhGui('toBody'),
    body: [
      body('Vào {receivedOnInWords}, {issuerName} nhận được đơn tố cáo với nội dung: {summary}'),
      body('Căn cứ {basis}, {issuerName} chuyển đơn tố cáo đến {toBody} để xem xét, giải quyết theo thẩm quyền.'),
      body('Thông tin cá nhân của người tố cáo đã được lược bỏ và quản lý theo chế độ mật (Điều 56 Luật Tố cáo). Đề nghị {toBody} giữ bí mật thông tin của người tố cáo theo quy định của pháp luật.'),
      ...when('enclosures', [body('Kèm theo: {enclosures}.')]),
    ],
  },
  // Mẫu 04-XLĐ (TT 07/2014): a công văn returning a letter forwarded to the wrong body.
  return_notice: {
    numbered: true,
    letterSubject: 'V/v trả lại đơn không thuộc thẩm quyền giải quyết',
    addressee: kinhGui('addressee'),
    body: [
      body('{issuerName} nhận được {forwardedBy} chuyển đơn {requestType} của {senderName} với nội dung: {summary}'),
      body('Căn cứ {basis}, {issuerName} trả lại đơn và các giấy tờ, tài liệu kèm theo (nếu có) vì lý do: {reason}'),
    ],
  },
  // Mẫu 02-XLĐ (TT 07/2014); Luật Khiếu nại art. 11, Luật Tố cáo art. 20(2), 29.
  ineligibility_notice: {
    numbered: true,
    title: ['THÔNG BÁO', 'Về việc không thụ lý giải quyết đơn {requestType}'],
    addressee: kinhGui('addressee', 'addresseeAddress'),
    body: [
      body('Vào {receivedOnInWords}, {issuerName} nhận được đơn {requestType} của {addressee} với nội dung: {summary}'),
      body('Căn cứ {basis}, đơn {requestType} không đủ điều kiện thụ lý giải quyết vì lý do: {reason}'),
      body('{issuerName} thông báo để {addressee} được biết.'),
    ],
  },
  // Mẫu 02/TCD (NĐ 154/2026), Mẫu 02-TCD (TT 06/2014): no number line; provider and receiver sign.
  receipt: {
    numbered: false,
    title: ['GIẤY BIÊN NHẬN', 'Thông tin, tài liệu'],
    body: [
      body('Vào {receivedTime} {receivedOnInWords}, tại: {place}'),
      body('Tôi là: {signerName}. Chức vụ: {signerTitle}'),
      body('Đã nhận của ông (bà): {providerName}'),
      ...when('providerIdNumber', [body('Số CCCD/Hộ chiếu (hoặc giấy tờ tùy thân): {providerIdNumber}, ngày cấp: {providerIdIssuedOn}, nơi cấp: {providerIdIssuedBy}')]),
      body('các thông tin, tài liệu sau:'),
      ...when('items', [body('{no}. {name}{#pages} ({pages} trang){/pages}{#condition}; tình trạng: {condition}{/condition}.')]),
      body('Giấy biên nhận thông tin, tài liệu, được lập thành {copies} bản, giao cho người cung cấp thông tin, tài liệu 01 bản.'),
    ],
    footer: twoColumns(
      Math.round(PAGE_WIDTH / 2),
      [p({ runs: ['NGƯỜI CUNG CẤP THÔNG TIN, TÀI LIỆU'], size: 13, bold: true, align: 'center' }), p({ runs: ['(Ký, ghi rõ họ tên)'], italics: true, align: 'center' }), p({ runs: [''], after: 1200 }), p({ runs: ['{providerName}'], bold: true, align: 'center' })],
      [p({ runs: ['NGƯỜI NHẬN'], size: 13, bold: true, align: 'center' }), p({ runs: ['(Ký, ghi rõ họ tên, đóng dấu nếu có)'], italics: true, align: 'center' }), p({ runs: [''], after: 1200 }), p({ runs: ['{signerName}'], bold: true, align: 'center' })],
    ),
  },
  // Mẫu 01/TCD (NĐ 154/2026), Mẫu 01-TCD (TT 06/2014).
  refusal_notice: {
    numbered: true,
    title: ['THÔNG BÁO', 'Về việc từ chối tiếp công dân'],
    addressee: kinhGui('addressee'),
    body: [
      body('Vào {visitedOnInWords}, ông (bà) {citizenName}'),
      ...when('idNumber', [body('Số căn cước/giấy chứng nhận căn cước/số định danh cá nhân/số hộ chiếu (hoặc giấy tờ tùy thân): {idNumber}, ngày cấp: {idIssuedOn}, nơi cấp: {idIssuedBy}')]),
      body('Địa chỉ: {citizenAddress} đến {visitedPlace} để {requestType} về việc {summary}.'),
      body('Căn cứ {legalBasis}, {issuerName} từ chối tiếp nhận nội dung {requestType} của ông (bà) {citizenName} và thông báo để ông (bà) được biết.'),
    ],
  },
  // Điều 14 khoản 2 TT 05/2021, Mẫu 09-TCD (TT 06/2014): a công văn to the lower body whose time has run out.
  urging: {
    numbered: true,
    letterSubject: 'V/v đôn đốc giải quyết đơn {requestType}',
    addressee: kinhGui('addressee'),
    body: [
      body('{issuerName} đã chuyển đơn {requestType}{#forwardedBy} ({forwardedBy}){/forwardedBy}{#receivedOnInWords}, nhận {receivedOnInWords}{/receivedOnInWords}, với nội dung: {summary}'),
      ...when('dueOnInWords', [body('Thời hạn giải quyết theo quy định: {dueOnInWords}.')]),
      body('Căn cứ {basis}, {issuerName} đề nghị {addressee}: {request}'),
    ],
  },
};

/** A bordered table cell of the roster, 11 pt. */
const gridCell = (width: number, text: string, bold = false) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { left: 60, right: 60 },
    children: [p({ runs: [text], size: 11, bold, align: bold ? 'center' : 'left' })],
  });
/** Columns in parts of the page width (they add up to 180). */
const colWidth = (parts: number) => Math.round((PAGE_WIDTH * parts) / 180);
const ROSTER_COLUMNS: [string, string, number][] = [
  ['STT', '{no}', 8],
  ['Ngày', '{date}', 19],
  ['Ca', '{shift}', 15],
  ['Giờ', '{time}', 20],
  ['Địa điểm', '{place}', 34],
  ['Nhiệm vụ', '{role}', 28],
  ['Họ và tên', '{name}', 30],
  ['Điện thoại', '{phone}', 26],
];

/**
 * "Lịch trực tiếp công dân" (issue 9): not one of DOCUMENT_KINDS (it is printed from the roster, not issued through
 * the register), laid out like them; the table's second row repeats per shift assignment ({#rows}…{/rows}).
 */
const ROSTER: Layout = {
  numbered: false,
  title: ['LỊCH TRỰC TIẾP CÔNG DÂN', '{periodName}'],
  body: [
    p({ runs: ['(Từ {from} đến {to})'], italics: true, align: 'center', after: 120 }),
    ...when('draft', [p({ runs: ['{draft}'], italics: true, align: 'center', after: 120 })]),
    new Table({
      width: { size: PAGE_WIDTH, type: WidthType.DXA },
      columnWidths: ROSTER_COLUMNS.map(([, , w]) => colWidth(w)),
      rows: [
        new TableRow({ tableHeader: true, children: ROSTER_COLUMNS.map(([head, , w]) => gridCell(colWidth(w), head, true)) }),
        new TableRow({ children: ROSTER_COLUMNS.map(([, field, w], i) => gridCell(colWidth(w), `${i === 0 ? '{#rows}' : ''}${field}${i === ROSTER_COLUMNS.length - 1 ? '{/rows}' : ''}`)) }),
      ],
    }),
  ],
};

mkdirSync(OUT, { recursive: true });
writeFileSync(new URL('duty_roster.docx', OUT), await Packer.toBuffer(build(ROSTER)));
for (const [kind, layout] of Object.entries(LAYOUTS)) {
  writeFileSync(new URL(`${kind}.docx`, OUT), await Packer.toBuffer(build(layout)));
  console.log(`${kind}.docx`);
}
