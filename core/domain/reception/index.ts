/**
 * Reception-side rules of the law, pure (no database, clock or I/O), for the reception module to call when it
 * records a session. Every answer carries its `basis` as a citation and, where the text is not among the sources
 * checked, `confirmed: false`; a refusal's Vietnamese `message` can be shown as is.
 *
 *   refusalGroundsOn(on)                    the refusal grounds (catalogue refusal_ground) an officer may cite that day.
 *   refusalNotice(ground, on)               written notice or explained in person; for a written one the form and the
 *                                           clock REFUSAL_NOTICE_CLOCK (03 working days from the day the grounds were
 *                                           established, NĐ 154/2026 art. 4(3)) to compute with computeDeadline.
 *   checkRepresentation(group)              Luật TCD art. 29: representatives 1–2 for 5–10 people, at most 5 above 10,
 *                                           appointed by a document signed by all (reason codes for each failure).
 *   isDelegation(people)                    five or more people on one content: a delegation (01/TCD).
 *   representativeRange(people)             the allowed number alone, for a form's hint.
 *   groupReceptionSteps(facts)              Luật TCD art. 30: what the office does when a group comes, step by step.
 *   receptionModeOn(mode, on)               whether a session may be recorded as received directly or by delegation.
 */
export { DELEGATION_MIN, checkRepresentation, isDelegation, groupReceptionSteps, representativeRange, type GroupReceptionFacts, type GroupReceptionStep, type GroupRepresentation, type RepresentationCheck } from './groups';
export { receptionModeOn, type ReceptionModeCheck } from './modes';
export { REFUSAL_NOTICE_CLOCK, refusalGroundsOn, refusalNotice, type RefusalNotice } from './refusal';
