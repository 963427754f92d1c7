/**
 * The documents the records' work issues (issue 8 §3): a letter's decision, a visit's receipt or refusal, a case's
 * urging letter. Each goes through `issueDocument` in the decision's own transaction, so the number is taken from the
 * unit's register only if the decision commits, and is never reused.
 *
 * A denouncer's identity never reaches one of them: the kinds' data have no field for it, the addressee of a notice
 * to a denouncer is written as the placeholder (the officer addresses the envelope from the sealed file), and the
 * sealed values themselves are passed as `withheld`, so a summary or a note quoting a name stops the issuing.
 */
import { labelOf, type CodeOf } from '@core/domain/catalogs';
import type { DocumentKind } from '@core/domain/documents';
import type { DocumentDataInput, TIssuedDocument, ZDocumentOptions } from '@core/schemas/documents';
import type { z } from 'zod';
import type { Tx } from '../../db/database';
import type { Actor, RequestMeta } from '../../platform/context';
import type { ModuleDeps } from '../../platform/http';
import { issueDocument } from '../documents/documents.service';
import { SEALED_SENDERS } from './shared';

type Deps = Pick<ModuleDeps, 'db' | 'storage' | 'sealer'>;
export type DocumentOptions = z.output<typeof ZDocumentOptions>;

/** "khiếu nại", "kiến nghị": the request type as the forms write it inside a sentence. */
export function requestTypeWords(code: string): string {
  const label = labelOf('request_type', code as CodeOf<'request_type'>) ?? code;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** The signer: as the officer gave it, else the acting officer with his position (his account's officer record). */
async function signerOf(tx: Tx, actor: Actor, options: DocumentOptions | undefined) {
  if (options?.signer) return options.signer;
  const officer = await tx
    .selectFrom('accounts as a')
    .innerJoin('officers as o', 'o.id', 'a.officer_id')
    .select(['o.full_name', 'o.position'])
    .where('a.id', '=', actor.accountId)
    .executeTakeFirst();
  return { name: officer?.full_name ?? actor.fullName, title: officer?.position || 'Cán bộ xử lý', authority: [] };
}

/**
 * The sealed writers' values of these letters, opened only to be checked against an issued text (`withheld`): they go
 * into no response, log or audit entry.
 */
export async function sealedWriterValues(tx: Tx, sealer: Deps['sealer'], letterIds: readonly number[]): Promise<string[]> {
  if (letterIds.length === 0) return [];
  const rows = await tx.selectFrom('letter_senders').select('sealed').where('letter_id', 'in', [...letterIds]).where('sealed', 'is not', null).execute();
  return rows.flatMap((r) => {
    const s = sealer.unseal<{ fullName: string; idNumber: string | null; address: string | null; phone: string | null }>(r.sealed as string, SEALED_SENDERS);
    return [s.fullName, s.idNumber ?? '', s.address ?? '', s.phone ?? ''];
  });
}

export interface RecordDocument<K extends DocumentKind> {
  unitId: number;
  kind: K;
  subject: { type: 'letter' | 'case' | 'visit'; id: number };
  data: DocumentDataInput<K>;
  recipients: string[];
  /** A denouncer's sealed values: if any of them is in the text, nothing is issued. */
  withheld: string[];
}

export async function issueRecordDocument<K extends DocumentKind>(tx: Tx, deps: Deps, actor: Actor, meta: RequestMeta, options: DocumentOptions | undefined, d: RecordDocument<K>): Promise<TIssuedDocument> {
  return issueDocument(tx, deps, meta, {
    unitId: d.unitId,
    kind: d.kind,
    subject: d.subject,
    signer: await signerOf(tx, actor, options),
    recipients: options?.recipients ?? d.recipients.filter((r) => r.trim().length > 0),
    withheld: d.withheld.filter((w) => w.length > 0).slice(0, 20),
    data: d.data as Record<string, unknown>,
  });
}
