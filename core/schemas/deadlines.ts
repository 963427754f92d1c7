import { z } from 'zod';
import { DEADLINE_TYPES, STAGE_CODES, type DeadlineState } from '../domain/deadlines';
import { MAX_INT, ZActions, ZIsoDate, ZStr, ZText } from './common';

export const ZDeadlineType = z.enum(DEADLINE_TYPES, 'Loại đơn không có trong bảng thời hạn');
export const ZStageCode = z.enum(STAGE_CODES, 'Bước không có trong bảng thời hạn');
export const ZDeadlineUnit = z.enum(['working', 'calendar']);
export const DEADLINE_STATES = ['on_time', 'due_soon', 'overdue', 'stopped', 'no_limit'] as const satisfies readonly DeadlineState[];

export const DEADLINE_STATE_LABELS: Readonly<Record<DeadlineState, string>> = {
  on_time: 'Trong hạn',
  due_soon: 'Sắp đến hạn',
  overdue: 'Quá hạn',
  stopped: 'Tạm dừng tính thời hạn',
  no_limit: 'Không có thời hạn luật định',
};

// Long enough for anything real; the rules, not the schema, refuse a third extension so the user reads why.
const MAX_EXTENSIONS = 10;
const MAX_SUSPENSIONS = 20;

export const ZDeadlineCompute = z.object({
  type: ZDeadlineType,
  stage: ZStageCode,
  startedOn: ZIsoDate.describe('Ngày xảy ra sự kiện bắt đầu tính (không tính ngày này)'),
  complex: z.boolean().optional().describe('Vụ việc phức tạp'),
  especiallyComplex: z.boolean().optional().describe('Vụ việc đặc biệt phức tạp'),
  remote: z.boolean().optional().describe('Vùng sâu, vùng xa đi lại khó khăn'),
  severalPlaces: z.boolean().optional().describe('Phải kiểm tra, xác minh tại nhiều địa điểm hoặc phải ủy quyền kiểm tra, xác minh (Điều 24 khoản 1 Luật Tố cáo 2018)'),
  extensions: z
    .array(
      z.object({
        days: z.number().int('Số ngày gia hạn phải là số nguyên').min(1, 'Số ngày gia hạn phải từ 1 trở lên').max(365).optional(),
        kind: z.enum(['complex', 'especially_complex']).optional(),
        decidedOn: ZIsoDate.describe('Ngày ban hành quyết định gia hạn'),
        documentNumber: ZStr('Số quyết định gia hạn').trim().min(1, 'Số quyết định gia hạn không được để trống').max(100, 'Số quyết định gia hạn dài tối đa 100 ký tự').optional(),
      }),
    )
    .max(MAX_EXTENSIONS, `Tối đa ${MAX_EXTENSIONS} lần gia hạn`)
    .optional(),
  suspensions: z
    .array(
      z.object({
        from: ZIsoDate.describe('Ngày đầu tạm đình chỉ'),
        to: ZIsoDate.optional().describe('Ngày cuối tạm đình chỉ (tính cả ngày này); bỏ trống khi chưa kết thúc'),
        reason: ZStr('Lý do tạm đình chỉ').trim().max(500, 'Lý do tạm đình chỉ dài tối đa 500 ký tự').optional(),
      }),
    )
    .max(MAX_SUSPENSIONS, `Tối đa ${MAX_SUSPENSIONS} lần tạm đình chỉ`)
    .optional(),
  today: ZIsoDate.optional().describe('Ngày để xét trạng thái; mặc định hôm nay theo giờ Việt Nam'),
  dueSoonDays: z.number().int().min(0).max(60).optional().describe('Còn từ số ngày làm việc này trở xuống thì báo sắp đến hạn (mặc định 3)'),
  ruleSetOn: ZIsoDate.optional().describe('Chọn bộ quy tắc theo ngày này thay cho ngày bắt đầu'),
});

const ZProvision = z.object({
  law: z.string().describe('Văn bản quy định, ví dụ "Luật Khiếu nại 2011 (02/2011/QH13)"'),
  article: z.string().describe('Điều, khoản, ví dụ "Điều 28"; khi articleKnown = false là câu "chưa xác định điều khoản cụ thể"'),
  codeRef: z.string().nullable().describe('Điều trong Bộ pháp điển, ví dụ "Điều 18.1.LQ.28"; null với văn bản chưa có trong Bộ pháp điển'),
});

export const ZLegalBasis = ZProvision.extend({
  articleKnown: z.boolean().describe('False khi chưa xác định được điều, khoản của văn bản quy định thời hạn'),
  related: z.array(ZProvision).describe('Các quy định áp dụng cùng, ví dụ thông tư quy định "ngày làm việc"'),
  citation: z
    .string()
    .describe('Căn cứ viết liền để dẫn trong câu, ví dụ "Điều 28 Luật Khiếu nại 2011 (02/2011/QH13)" hoặc "Thông tư 05/2021/TT-TTCP (chưa xác định điều khoản cụ thể)"'),
  text: z.string(),
});

const EXTENSION_KINDS = ['complex', 'especially_complex', 'remote', 'remote_complex', 'several_places'] as const;

export const ZUnitReading = z.object({
  unit: ZDeadlineUnit,
  unitLabel: z.string(),
  instruction: z.string().describe('Văn bản hướng dẫn làm căn cứ đặt cách hiểu, ví dụ số công văn của thanh tra'),
});

export const ZRuleRow = z.object({
  kind: z
    .enum(['deadline', 'not_before', 'no_limit'])
    .describe('deadline: thời hạn phải làm xong; not_before: thời hạn báo trước tối thiểu (sự việc không được diễn ra sớm hơn); no_limit: luật không quy định thời hạn'),
  type: ZDeadlineType,
  typeLabel: z.string(),
  stage: ZStageCode,
  stageLabel: z.string(),
  amount: z.number().int().nullable().describe('Null khi luật không quy định thời hạn'),
  unit: ZDeadlineUnit.nullable().describe('Đơn vị đếm đang áp dụng (đã tính cách hiểu của quản trị viên, nếu có)'),
  unitLabel: z.string().nullable(),
  unitConfirmed: z.boolean().nullable().describe('False khi văn bản ghi "ngày" (không ghi "ngày làm việc"): đọc là ngày theo lịch, chưa có văn bản xác định'),
  readingSwitchable: z.boolean().describe('Thời hạn giải quyết mà quản trị viên toàn hệ thống có thể đặt cách hiểu "ngày" cho bộ quy tắc'),
  reading: ZUnitReading.nullable().describe('Cách hiểu "ngày" do quản trị viên đặt cho bộ quy tắc và áp dụng cho dòng này; null khi không có'),
  event: z.string().nullable().describe('Với thời hạn báo trước: sự việc không được diễn ra sớm hơn, ví dụ "ngày đối thoại"'),
  startEvent: z.string(),
  extensions: z.array(
    z.object({
      kind: z.enum(EXTENSION_KINDS),
      effect: z.enum(['replace', 'add']).describe('replace: thời hạn dài hơn theo luật; add: gia hạn bằng quyết định'),
      amount: z.number().int(),
      maxTimes: z.number().int().nullable(),
      label: z.string(),
    }),
  ),
  suspensionExcluded: z.boolean().describe('Thời gian tạm đình chỉ không tính vào thời hạn'),
  suspensionFrom: z.string().nullable().describe('Chỉ trừ thời gian tạm đình chỉ bắt đầu từ ngày này (quy định có hiệu lực sau)'),
  basis: ZLegalBasis,
  confirmed: z.boolean().describe('True khi con số, đơn vị (nếu văn bản ghi) và điều khoản đã đối chiếu với văn bản'),
  unverified: z.enum(['article']).nullable().describe('Điều chưa xác minh khi confirmed = false: article = chưa xác định điều khoản quy định thời hạn'),
  note: z.string().nullable().describe('Hướng dẫn áp dụng cho cán bộ'),
  recipients: z.array(z.string()).describe('Nơi phải nhận thông báo, quyết định của bước này theo quy định'),
});

export const ZRuleSetRef = z.object({ id: z.string(), name: z.string() });

export const ZDeadlineResult = z.object({
  dueOn: z.string().nullable(),
  unit: ZDeadlineUnit.nullable().describe(
    'Đơn vị đếm của thời hạn, dùng cho amount, baseAmount, suspendedUnits và daysLeft: working = ngày làm việc (quy định ghi "ngày làm việc"), calendar = ngày theo lịch (quy định ghi "ngày"); null khi không có thời hạn luật định',
  ),
  amount: z.number().int().nullable(),
  basis: ZLegalBasis,
  ruleSet: ZRuleSetRef,
  provisional: z.boolean().describe('Hạn tạm tính vì đang tạm đình chỉ'),
  baseAmount: z.number().int().nullable(),
  variant: z.enum(['base', ...EXTENSION_KINDS]),
  suspendedUnits: z.number().int(),
  today: z.string(),
  state: z.enum(DEADLINE_STATES).nullable(),
  stateLabel: z.string().nullable(),
  daysLeft: z
    .number()
    .int()
    .nullable()
    .describe(
      'Số ngày còn lại đến hạn, đếm theo đơn vị ở trường unit (ngày theo lịch với thời hạn tính bằng "ngày", ngày làm việc với thời hạn tính bằng "ngày làm việc"); âm khi quá hạn; khi đang tạm đình chỉ là số còn lại lúc bắt đầu tạm đình chỉ; null khi không có thời hạn luật định hoặc không xét trạng thái. Trạng thái "sắp đến hạn" luôn xét theo ngày làm việc (dueSoonDays), bất kể unit',
    ),
  earliestOn: z.string().nullable().describe('Với thời hạn báo trước (rule.kind = not_before): ngày làm việc sớm nhất sự việc được diễn ra; null với bước khác'),
  history: z.array(z.object({ event: z.enum(['started', 'extended', 'suspended', 'resumed']), on: z.string(), dueOn: z.string().nullable(), note: z.string() })),
  rule: ZRuleRow,
});

export const ZRulesQuery = z.object({ on: ZIsoDate.optional().describe('Ngày áp dụng; mặc định hôm nay') });

export const ZStoredReading = ZUnitReading.extend({
  version: z.number().int(),
  updatedAt: z.string(),
});

export const ZRuleSetInfo = z.object({
  id: z.string(),
  name: z.string(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  sources: z.array(z.string()),
  unverified: z
    .enum(['amending_law'])
    .nullable()
    .describe('amending_law: bộ quy tắc áp dụng luật đã được Luật 136/2025/QH15 sửa đổi, văn bản sửa đổi chưa được đối chiếu'),
  reading: ZStoredReading.nullable().describe('Cách hiểu "ngày" của thời hạn giải quyết do quản trị viên đặt cho bộ quy tắc; null khi giữ ngày theo lịch'),
  unconfirmedCount: z.number().int().describe('Số dòng của bộ quy tắc chưa được xác minh với văn bản'),
  actions: ZActions.describe('set_reading: người dùng được đặt cách hiểu "ngày" cho bộ quy tắc này'),
});

export const ZRulesListing = z.object({
  on: z.string(),
  ruleSet: ZRuleSetInfo,
  rules: z.array(ZRuleRow),
  ruleSets: z.array(ZRuleSetInfo.pick({ id: true, name: true, effectiveFrom: true, effectiveTo: true })).describe('Mọi bộ quy tắc theo thời gian'),
});

export const ZReadingParams = z.object({ ruleSetId: ZStr('Bộ quy tắc').min(1).max(60) });

export const ZReadingSet = z.object({
  unit: ZDeadlineUnit.describe('calendar: "ngày" là ngày theo lịch; working: "ngày" là ngày làm việc'),
  instruction: ZText(300, 'Văn bản hướng dẫn').describe('Số, ngày văn bản hướng dẫn của cơ quan thanh tra làm căn cứ'),
  version: z.number().int().min(0).max(MAX_INT, `Phiên bản tối đa ${MAX_INT}`).describe('Phiên bản cách hiểu khi mở; 0 khi bộ quy tắc chưa có cách hiểu nào được đặt'),
});
