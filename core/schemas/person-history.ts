import { z } from 'zod';
import { ZCaseListItem } from './cases';
import { ZLetterListItem } from './letters';
import { ZVisitListItem } from './visits';

export const PERSON_WARNINGS = ['repeat_visitor', 'delegation_member', 'open_case_elsewhere', 'resolved_final'] as const;

/** How many of each kind the history lists, newest first; `totals` says how many there are in all. */
export const HISTORY_ITEMS = 10;

export const ZPersonHistory = z.object({
  personId: z.number().int(),
  visits: z.array(ZVisitListItem).describe(`Tối đa ${HISTORY_ITEMS} lượt tiếp gần nhất trong phạm vi của bạn`),
  letters: z.array(ZLetterListItem.pick({ id: true, unitId: true, unitName: true, year: true, number: true, receivedOn: true, requestType: true, requestTypeLabel: true, summary: true, state: true, stateLabel: true, decision: true, decisionLabel: true, caseId: true })),
  cases: z.array(ZCaseListItem),
  warnings: z.array(z.object({ code: z.enum(PERSON_WARNINGS), label: z.string() })).describe('Cảnh báo cho cán bộ tiếp: tiếp nhiều lần, thành viên đoàn đông người, vụ việc đang giải quyết ở đơn vị khác, đã có quyết định giải quyết lần hai'),
  totals: z.object({ visits: z.number().int(), letters: z.number().int(), cases: z.number().int() }).describe('Tổng trong cả sổ chung, kể cả ngoài phạm vi của bạn'),
});
