import { z } from 'zod';

export const QUEUE_CODES = ['visits_today', 'letters_to_classify', 'letters_to_decide', 'letters_inbox', 'letters_due_soon', 'letters_overdue', 'letters_to_urge', 'cases_to_accept', 'cases_mine', 'cases_due_soon', 'cases_overdue', 'cases_to_urge'] as const;

export const ZQueues = z.object({
  items: z
    .array(
      z.object({
        code: z.enum(QUEUE_CODES),
        label: z.string(),
        count: z.number().int(),
        /** Where the list lives in the API, with the filters that make up the queue. */
        list: z.string(),
      }),
    )
    .describe('Hàng việc của người dùng theo quyền và phạm vi đơn vị, kèm số lượng'),
});
