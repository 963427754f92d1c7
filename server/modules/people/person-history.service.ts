/**
 * A citizen's history for the reception desk and the citizen's record page: his visits, letters and cases the
 * actor may see, and warnings drawn from the whole shared register (repeat visitor, delegation member, a case open
 * at another unit, a matter already resolved at the second level) — facts of other units only as a warning, never
 * their records. A denunciation's writers and visitors are never linked to people, so nothing here reveals one.
 */
import type { z } from 'zod';
import { HISTORY_ITEMS, type ZPersonHistory } from '@core/schemas/person-history';
import { isTrue, type Db } from '../../db/database';
import type { Actor } from '../../platform/context';
import { inOrder } from '../../platform/checks';
import { AppError } from '../../platform/errors';
import { recordType } from '../../platform/records';
import { listCases } from '../cases/cases.service';
import { loadDeadlineContext } from '../clocks/clocks.service';
import { listLetters } from '../letters/letters.service';
import { casesOfPeople, personAndMerged } from '../records/shared';
import { listVisits } from '../visits/visits.service';

type History = z.infer<typeof ZPersonHistory>;
const PAGE = { limit: HISTORY_ITEMS, offset: 0 } as const;

export async function personHistory(db: Db, actor: Actor, personId: number): Promise<History> {
  const policy = recordType('person');
  const k = db.kysely;
  // Read once for the three lists and the warnings, beside the access check: nothing is read about his records, nor
  // returned, before it has passed.
  const [readable, ctx, ids] = await inOrder([policy ? policy.canRead(k, actor, personId) : false, loadDeadlineContext(db), personAndMerged(k, personId)]);
  if (!readable) throw new AppError('NOT_FOUND', 'Không tìm thấy hồ sơ công dân.');
  const may = (p: 'reception.read' | 'letters.read' | 'cases.read') => actor.permissions.includes(p);
  const basis = { ctx, people: ids };
  // The facts behind the warnings are read beside the three lists: on PostgreSQL they share the pool's connections.
  const facts = () =>
    Promise.all([
      k.selectFrom('visit_people as vp').innerJoin('visits as v', 'v.id', 'vp.visit_id').select(['v.id', 'v.delegation']).where('vp.person_id', 'in', ids).execute(),
      k.selectFrom('letter_senders').select((eb) => eb.fn.count<number>('letter_id').distinct().as('n')).where('person_id', 'in', ids).executeTakeFirst(),
      k
        .selectFrom('cases as c')
        .select(['c.id', 'c.unit_id', 'c.state', 'c.type', 'c.level', 'c.outcome'])
        .where('c.id', 'in', casesOfPeople(k, ids))
        .execute(),
    ]);
  const [visits, letters, cases, [visitFacts, letterCount, caseFacts]] = await Promise.all([
    may('reception.read') ? listVisits(db, actor, { ...PAGE, personId }, basis) : { items: [] },
    may('letters.read') ? listLetters(db, actor, { ...PAGE, personId }, basis) : { items: [] },
    may('cases.read') ? listCases(db, actor, { ...PAGE, personId }, basis) : { items: [] },
    facts(),
  ]);
  const warnings: History['warnings'] = [];
  if (visitFacts.length > 0) warnings.push({ code: 'repeat_visitor', label: `Đã được tiếp ${visitFacts.length} lần: lần này là tiếp nhiều lần` });
  if (visitFacts.some((v) => isTrue(v.delegation))) warnings.push({ code: 'delegation_member', label: 'Đã đến cùng đoàn đông người' });
  const elsewhere = caseFacts.filter((c) => c.state !== 'da_dong' && !actor.scope.has(c.unit_id));
  if (elsewhere.length > 0) {
    const names = await k.selectFrom('units').select('name').where('id', 'in', [...new Set(elsewhere.map((c) => c.unit_id))]).execute();
    warnings.push({ code: 'open_case_elsewhere', label: `Có vụ việc đang giải quyết tại ${names.map((n) => n.name).join(', ')}` });
  }
  if (caseFacts.some((c) => c.type === 'khieu_nai' && c.level === 2 && c.outcome !== null)) {
    warnings.push({ code: 'resolved_final', label: 'Đã có quyết định giải quyết khiếu nại lần hai: nếu cùng nội dung, giải thích và hướng dẫn (Điều 9 khoản 3 Luật Tiếp công dân)' });
  }
  return {
    personId,
    visits: visits.items,
    letters: letters.items,
    cases: cases.items,
    warnings,
    totals: { visits: visitFacts.length, letters: Number(letterCount?.n ?? 0), cases: caseFacts.length },
  };
}
