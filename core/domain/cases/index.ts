/**
 * Case-side rules of the law, pure (no database, clock or I/O), for the letters and cases modules to call.
 * Every answer carries the `basis` it rests on, as a citation; the Vietnamese `message` of a refusal can be shown as is.
 *
 * Letters (intake):
 *   letterIdentityOutcome(letter)          anonymous / false-name / unsigned letters → xu_ly | khong_xu_ly (+ inspection)
 *                                          | khong_thu_ly | luu_don, with the ground code of catalogue
 *                                          non_acceptance_ground (Luật TC art. 25, 29(1)(a); Luật KN art. 11(5)).
 *   groupComplaintAcceptance(group)        several complainants: every signature and the appointing document before
 *                                          acceptance (TT 07/2013 art. 5(1); NĐ 124/2020 art. 16(1) from 1/7/2026).
 * Cases:
 *   dialogueRequirement(facts)             must the resolver hold a dialogue, and the notice row to time it.
 *   complaintWithdrawal(w)                 terminate (with the clocks it starts) or continue for the other complainants.
 *   barredAfterTermination(notice, filed)  Luật KN art. 11(8): 30 days after a termination notice.
 *   denunciationWithdrawal(w)              continue (violation, coercion, slander), resolve the rest, or terminate.
 *   reportToForwarder(received, resolved)  Luật TCD art. 27(2): 07 working days from resolution, at once if resolved before.
 *   startFreshClock(clocks, next)          Luật TC art. 37(2)(c): a new clock for the same matter; old ones kept.
 *   computeClocks(clocks, calendar, today) every clock of a case, old ones as they stood when they ended.
 *
 * State machines (machine.ts) and letter decisions (letters.ts):
 *   openingClock(type, receivedOn, level)  the state and clock a new case starts with.
 *   caseTransition(case, t, input, roles)  next state, clocks to end/start, extension or suspension, basis; refused by
 *                                          state or role with a Vietnamese message.
 *   availableTransitions(case, roles)      the steps to offer (a record's `actions`).
 *   processingClock(type, receivedOn)      a letter's processing clock (10 wd; denunciations 7 wd).
 *   checkLetterDecision(facts)             guide complaints once, forward denunciations once, split mixed letters.
 *
 * Storage the cases module needs for clocks: one row per CaseClock (case id, seq, the deadline input as columns or
 * JSON, start basis, restartOf, endedOn, endedBy); never update a clock's input after it started, only close it.
 * Clocks a rule starts are named `{ type, stage }` of the deadline table: compute them with computeDeadline.
 */
export { groupComplaintAcceptance, letterIdentityOutcome, type GroupAcceptance, type GroupComplaint, type IntakeOutcome, type LetterIdentity } from './acceptance';
export { computeClocks, startFreshClock, type CaseClock, type ClockEnd, type ClockView, type FreshClockOutcome } from './clocks';
export { dialogueRequirement, type DialogueFacts, type DialogueRequirement } from './dialogue';
export { reportToForwarder } from './forwarded';
export {
  barredAfterTermination,
  complaintWithdrawal,
  denunciationWithdrawal,
  type ClockRef,
  type ComplaintWithdrawal,
  type ComplaintWithdrawalOutcome,
  type DenunciationWithdrawal,
  type DenunciationWithdrawalOutcome,
  type GroupWithdrawal,
} from './withdrawal';
export {
  CASE_STATES,
  CASE_STATE_LABELS,
  CASE_TRANSITIONS,
  CASE_TRANSITION_LABELS,
  CASE_TYPES,
  FINAL_STATES,
  OPEN_STATES,
  availableTransitions,
  caseTransition,
  mayPerform,
  openingClock,
  transitionsFrom,
  type CaseSnapshot,
  type CaseState,
  type CaseTransition,
  type CaseType,
  type ClockStart,
  type TransitionInput,
  type TransitionOutcome,
} from './machine';
export { LETTER_STATES, LETTER_STATE_LABELS, caseTypeOf, checkLetterDecision, processingClock, type LetterDecisionFacts, type LetterDecisionOutcome, type LetterState } from './letters';
