/**
 * The document a letter's decision issues (core `decisionDocumentKind`), filled from the letter and the decision and
 * issued in the deciding transaction. Who the forms address:
 * - the proposal to accept: the head of the unit (an internal proposal, unnumbered);
 * - ineligibility notice, guidance: the writer — for a denunciation the placeholder, never the name;
 * - transfer slip: the receiving unit or body; the denunciation slip has no field for the denouncer at all;
 * - return notice: the body that forwarded the letter; urging: the body it was forwarded to.
 */
import { decisionDocumentKind } from '@core/domain/cases';
import { findEntry, decisions, labelOf, nonAcceptanceGrounds, type CodeOf } from '@core/domain/catalogs';
import { SEALED_PLACEHOLDER } from '@core/schemas/sealing';
import type { TIssuedDocument } from '@core/schemas/documents';
import { isTrue, type Tx } from '../../db/database';
import type { Actor, RequestMeta } from '../../platform/context';
import type { ModuleDeps } from '../../platform/http';
import { issueRecordDocument, requestTypeWords, sealedWriterValues, type DocumentOptions, type RecordDocument } from '../records/record-documents';
import { namesLabel, unitNames } from '../records/shared';
import type { LetterRow } from './letters.service';

type Deps = Pick<ModuleDeps, 'db' | 'storage' | 'sealer'>;

export interface Decided {
  decision: CodeOf<'decision'>;
  on: string;
  ground: string | null;
  note: string | null;
  forwardToUnitId: number | null;
  forwardToBody: string | null;
  basis: string;
}

/** The writers as a document may name them, and the sealed values it must not contain. */
async function writersOf(tx: Tx, deps: Deps, l: LetterRow): Promise<{ names: string; address: string | null; withheld: string[] }> {
  if (isTrue(l.sealed)) return { names: SEALED_PLACEHOLDER, address: null, withheld: await sealedWriterValues(tx, deps.sealer, [l.id]) };
  const rows = await tx.selectFrom('letter_senders').select(['full_name', 'address']).where('letter_id', '=', l.id).orderBy('position').execute();
  if (isTrue(l.anonymous) || rows.length === 0) return { names: 'Người gửi đơn (đơn không rõ họ tên)', address: null, withheld: [] };
  return { names: namesLabel(rows.map((r) => r.full_name ?? '')), address: rows[0]?.address ?? null, withheld: [] };
}

const summaryOf = (l: LetterRow) => l.summary ?? l.content.slice(0, 4000);

export async function issueDecisionDocument(tx: Tx, deps: Deps, actor: Actor, meta: RequestMeta, l: LetterRow, d: Decided, options: DocumentOptions | undefined): Promise<TIssuedDocument | null> {
  const kind = decisionDocumentKind(d.decision, l.request_type as CodeOf<'request_type'>);
  if (!kind) return null;
  const writers = await writersOf(tx, deps, l);
  // Urging names no recipient: it goes where the letter was forwarded.
  const toUnit = d.forwardToUnitId ?? l.forward_to_unit_id;
  const names = await unitNames(tx, [l.unit_id, toUnit]);
  const unitName = names.get(l.unit_id) ?? '';
  const toBody = (toUnit !== null ? names.get(toUnit) : null) ?? d.forwardToBody ?? l.forward_to_body ?? '';
  const requestType = requestTypeWords(l.request_type);
  const basis = findEntry(decisions, d.decision)?.basis ?? d.basis;
  const base = { unitId: l.unit_id, subject: { type: 'letter' as const, id: l.id }, withheld: writers.withheld };
  const doc = ((): RecordDocument<typeof kind> => {
    switch (kind) {
      case 'acceptance_proposal':
        return { ...base, kind, recipients: [`Thủ trưởng ${unitName}`], data: { addressee: `Thủ trưởng ${unitName}`, requestType, receivedOn: l.received_on, senderName: isTrue(l.sealed) ? null : writers.names, senderAddress: writers.address, summary: summaryOf(l), basis, proposal: d.note ?? `Thụ lý giải quyết đơn ${requestType} theo thẩm quyền.` } };
      case 'ineligibility_notice': {
        const ground = d.ground ? (labelOf('non_acceptance_ground', d.ground as CodeOf<'non_acceptance_ground'>) ?? d.ground) : null;
        return { ...base, kind, recipients: [writers.names], data: { addressee: writers.names, addresseeAddress: writers.address, requestType, receivedOn: l.received_on, summary: summaryOf(l), reason: [ground, d.note].filter(Boolean).join('. ') || (l.ineligible_reason ?? 'Đơn không đủ điều kiện thụ lý.'), basis: (d.ground && findEntry(nonAcceptanceGrounds, d.ground)?.basis) || basis } };
      }
      case 'guidance':
        return { ...base, kind, recipients: [writers.names], data: { addressee: writers.names, addresseeAddress: writers.address, requestType, receivedOn: l.received_on, summary: summaryOf(l), competentBody: toBody || 'Cơ quan có thẩm quyền', guidance: d.note ?? `Gửi đơn đến ${toBody || 'cơ quan có thẩm quyền'} để được xem xét, giải quyết theo quy định của pháp luật.`, basis } };
      case 'transfer':
        return { ...base, kind, recipients: [toBody], data: { toBody, requestType, receivedOn: l.received_on, senderName: writers.names, senderAddress: writers.address, summary: summaryOf(l), basis, enclosures: 'Đơn và tài liệu kèm theo' } };
      case 'denunciation_transfer':
        return { ...base, kind, recipients: [toBody], data: { toBody, receivedOn: l.received_on, summary: summaryOf(l), basis, enclosures: 'Đơn tố cáo đã lược bỏ họ tên, địa chỉ, bút tích người tố cáo' } };
      case 'return_notice':
        return { ...base, kind, recipients: [l.source_body ?? toBody], data: { addressee: l.source_body ?? toBody, forwardedBy: `Đơn do ${l.source_body ?? 'cơ quan khác'} chuyển đến, vào sổ ngày ${l.received_on.split('-').reverse().join('/')}`, senderName: writers.names, requestType, summary: summaryOf(l), reason: d.note ?? 'Đơn không thuộc thẩm quyền giải quyết của cơ quan.', basis } };
      case 'urging':
        return { ...base, kind, recipients: [toBody], data: { addressee: toBody, forwardedBy: l.decided_on ? `Đơn đã chuyển ngày ${l.decided_on.split('-').reverse().join('/')}` : null, requestType, receivedOn: l.received_on, summary: summaryOf(l), dueOn: null, request: d.note ?? 'khẩn trương xem xét, giải quyết và thông báo kết quả theo quy định.', basis } };
    }
  })();
  return issueRecordDocument(tx, deps, actor, meta, options, doc);
}
