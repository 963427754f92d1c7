import { z } from 'zod';
import { SCREENING_QUESTION_KINDS } from '../domain/health/screening';
import { MAX_INT, ZDecimal, ZIsoDate, ZRef, ZText } from './common';

/** An area under epidemic alert: a ward of the unit tree, or free text (a province, a district). */
export const ZScreeningArea = z.object({
  wardId: ZRef('Phường/xã').nullable().default(null).describe('Phường/xã trong cây đơn vị; để trống khi ghi tự do'),
  label: ZText(200, 'Tên vùng có dịch'),
});
export const ZScreeningQuestion = z.object({
  text: ZText(500, 'Câu hỏi'),
  kind: z.enum(SCREENING_QUESTION_KINDS).default('yes_no').describe('yes_no: trả lời «Có» thì gắn cờ; place: nơi đã đến, gắn cờ khi nêu vùng có dịch'),
});

/** What a visit form sends with the visit while a period screens: one answer per question asked. */
export const ZScreeningAnswers = z.object({
  answers: z.array(z.object({ question: z.number().int().min(0).max(19), answer: ZText(300, 'Câu trả lời') })).max(20),
});

export const ZScreeningReason = z.object({ kind: z.enum(['residence', 'origin', 'answer']), area: z.string(), question: z.number().int().nullable() });

/** The screening in force for the actor's unit now: what the visit form asks. */
export const ZScreeningCurrent = z.object({
  screening: z
    .object({
      periodId: z.number().int(),
      periodName: z.string(),
      areas: z.array(z.object({ wardId: z.number().int().nullable(), label: z.string() })),
      questions: z.array(z.object({ text: z.string(), kind: z.enum(SCREENING_QUESTION_KINDS) })),
    })
    .nullable(),
});

export const ZVisitScreening = z.object({
  visitId: z.number().int(),
  periodId: z.number().int(),
  flagged: z.boolean(),
  reasons: z.array(ZScreeningReason),
  liaisonAlerted: z.boolean(),
});

export const ZScreeningDailyQuery = z.object({ from: ZIsoDate.optional(), to: ZIsoDate.optional(), unitId: ZDecimal('Đơn vị', 1, MAX_INT).optional() });
export const ZScreeningDaily = z.object({
  periodId: z.number().int(),
  days: z.array(
    z.object({
      date: z.string().describe('Ngày (yyyy-mm-dd, giờ Việt Nam)'),
      visits: z.number().int().describe('Lượt tiếp được sàng lọc'),
      people: z.number().int(),
      flaggedVisits: z.number().int().describe('Lượt tiếp có người từ vùng có dịch'),
      flaggedPeople: z.number().int(),
    }),
  ),
});
