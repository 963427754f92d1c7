/**
 * The documents a visit issues while it is registered (same transaction): the receipt of the papers the citizen
 * handed in (Mẫu 02-TCD TT 06/2014; Mẫu 02/TCD NĐ 154/2026), and the refusal notice where the ground in force that
 * day requires one in writing (core `refusalNotice`: Điều 4 TT 06/2014; Điều 4 khoản 3 NĐ 154/2026). A denunciation's
 * visitor is written as the placeholder, and his name and number are withheld from the text.
 */
import { refusalNotice } from '@core/domain/reception';
import { SEALED_PLACEHOLDER } from '@core/schemas/sealing';
import type { TVisitCreate } from '@core/schemas/visits';
import type { Tx } from '../../db/database';
import type { Actor, RequestMeta } from '../../platform/context';
import type { ModuleDeps } from '../../platform/http';
import { issueRecordDocument, requestTypeWords } from '../records/record-documents';
import { unitNames } from '../records/shared';

type Deps = Pick<ModuleDeps, 'db' | 'storage' | 'sealer'>;

export interface VisitFacts {
  id: number;
  unitId: number;
  placeId: number | null;
  receivedAt: string;
  on: string;
  sealed: boolean;
  people: readonly { full_name: string; id_number: string | null; address: string | null }[];
}

/** "Đơn khiếu nại (02 tờ); bản sao quyết định" → one item per line or semicolon. */
const itemsOf = (text: string) =>
  text
    .split(/[\n;]+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, 100)
    .map((name) => ({ name: name.slice(0, 500), pages: null, condition: null }));

export async function issueVisitDocuments(tx: Tx, deps: Deps, actor: Actor, meta: RequestMeta, v: VisitFacts, input: TVisitCreate): Promise<void> {
  const first = v.people[0];
  const withheld = v.sealed ? v.people.flatMap((p) => [p.full_name, p.id_number ?? '', p.address ?? '']) : [];
  const name = v.sealed || !first ? SEALED_PLACEHOLDER : first.full_name;
  const place = v.placeId === null ? undefined : await tx.selectFrom('places').select('name').where('id', '=', v.placeId).executeTakeFirst();
  const placeName = place?.name ?? (await unitNames(tx, [v.unitId])).get(v.unitId) ?? '';
  const subject = { type: 'visit' as const, id: v.id };
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(Date.parse(v.receivedAt));
  if (input.documentsReceived && itemsOf(input.documentsReceived).length > 0) {
    await issueRecordDocument(tx, deps, actor, meta, undefined, {
      unitId: v.unitId,
      kind: 'receipt',
      subject,
      recipients: [name],
      withheld,
      data: {
        receivedOn: v.on,
        receivedTime: time,
        place: placeName,
        providerName: name,
        providerIdNumber: v.sealed ? null : (first?.id_number ?? null),
        providerIdIssuedOn: null,
        providerIdIssuedBy: null,
        items: itemsOf(input.documentsReceived),
        copies: input.requestType === 'to_cao' ? 3 : 2,
      },
    });
  }
  const notice = input.outcome === 'tu_choi' && input.refusalGround ? refusalNotice(input.refusalGround, v.on) : null;
  if (notice?.ok && notice.kind === 'written') {
    await issueRecordDocument(tx, deps, actor, meta, undefined, {
      unitId: v.unitId,
      kind: 'refusal_notice',
      subject,
      recipients: [name],
      withheld,
      data: {
        addressee: name,
        visitedOn: v.on,
        citizenName: name,
        idNumber: v.sealed ? null : (first?.id_number ?? null),
        idIssuedOn: null,
        idIssuedBy: null,
        citizenAddress: v.sealed ? null : (first?.address ?? null),
        visitedPlace: placeName,
        requestType: requestTypeWords(input.requestType),
        summary: input.content.slice(0, 4000),
        legalBasis: notice.basis,
      },
    });
  }
}
