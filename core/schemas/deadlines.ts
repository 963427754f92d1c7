import { z } from 'zod';
import { DEADLINE_TYPES, STAGE_CODES, type DeadlineState } from '../domain/deadlines';
import { ZIsoDate } from './common';

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
  extensions: z
    .array(
      z.object({
        days: z.number().int('Số ngày gia hạn phải là số nguyên').min(1, 'Số ngày gia hạn phải từ 1 trở lên').max(365).optional(),
        kind: z.enum(['complex', 'especially_complex']).optional(),
        decidedOn: ZIsoDate.describe('Ngày ban hành quyết định gia hạn'),
        documentNumber: z.string().trim().min(1).max(100).optional(),
      }),
    )
    .max(MAX_EXTENSIONS, `Tối đa ${MAX_EXTENSIONS} lần gia hạn`)
    .optional(),
  suspensions: z
    .array(
      z.object({
        from: ZIsoDate.describe('Ngày đầu tạm đình chỉ'),
        to: ZIsoDate.optional().describe('Ngày cuối tạm đình chỉ (tính cả ngày này); bỏ trống khi chưa kết thúc'),
        reason: z.string().trim().max(500).optional(),
      }),
    )
    .max(MAX_SUSPENSIONS, `Tối đa ${MAX_SUSPENSIONS} lần tạm đình chỉ`)
    .optional(),
  today: ZIsoDate.optional().describe('Ngày để xét trạng thái; mặc định hôm nay theo giờ Việt Nam'),
  dueSoonDays: z.number().int().min(0).max(60).optional().describe('Còn từ số ngày làm việc này trở xuống thì báo sắp đến hạn (mặc định 3)'),
  ruleSetOn: ZIsoDate.optional().describe('Chọn bộ quy tắc theo ngày này thay cho ngày bắt đầu'),
});

export const ZLegalBasis = z.object({
  law: z.string().describe('Văn bản quy định, ví dụ "Luật Khiếu nại 2011 (02/2011/QH13)"'),
  article: z.string().describe('Điều, khoản, ví dụ "Điều 28"; khi articleKnown = false là câu "chưa xác định điều khoản cụ thể"'),
  articleKnown: z.boolean().describe('False khi chưa xác định được điều, khoản của văn bản quy định thời hạn'),
  citation: z
    .string()
    .describe('Căn cứ viết liền để dẫn trong câu, ví dụ "Điều 28 Luật Khiếu nại 2011 (02/2011/QH13)" hoặc "Thông tư 05/2021/TT-TTCP (chưa xác định điều khoản cụ thể)"'),
  text: z.string(),
});

export const ZRuleRow = z.object({
  type: ZDeadlineType,
  typeLabel: z.string(),
  stage: ZStageCode,
  stageLabel: z.string(),
  amount: z.number().int().nullable().describe('Null khi luật không quy định thời hạn'),
  unit: ZDeadlineUnit.nullable(),
  unitLabel: z.string().nullable(),
  unitConfirmed: z.boolean().nullable().describe('False khi "ngày" được hiểu là ngày theo lịch nhưng chưa đối chiếu'),
  startEvent: z.string(),
  extensions: z.array(
    z.object({
      kind: z.enum(['complex', 'especially_complex', 'remote', 'remote_complex']),
      effect: z.enum(['replace', 'add']).describe('replace: thời hạn dài hơn theo luật; add: gia hạn bằng quyết định'),
      amount: z.number().int(),
      maxTimes: z.number().int().nullable(),
      label: z.string(),
    }),
  ),
  suspensionExcluded: z.boolean().describe('Thời gian tạm đình chỉ không tính vào thời hạn'),
  basis: ZLegalBasis,
  confirmed: z.boolean(),
  note: z.string().nullable(),
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
  variant: z.enum(['base', 'complex', 'especially_complex', 'remote', 'remote_complex']),
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
  history: z.array(z.object({ event: z.enum(['started', 'extended', 'suspended', 'resumed']), on: z.string(), dueOn: z.string().nullable(), note: z.string() })),
  rule: ZRuleRow,
});

export const ZRulesQuery = z.object({ on: ZIsoDate.optional().describe('Ngày áp dụng; mặc định hôm nay') });

export const ZRuleSetInfo = z.object({
  id: z.string(),
  name: z.string(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  sources: z.array(z.string()),
  note: z.string().nullable(),
});

export const ZRulesListing = z.object({
  on: z.string(),
  ruleSet: ZRuleSetInfo,
  rules: z.array(ZRuleRow),
  ruleSets: z.array(ZRuleSetInfo.omit({ sources: true, note: true })).describe('Mọi bộ quy tắc theo thời gian'),
});
