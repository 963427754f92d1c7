/**
 * Work queues: what waits for the signed-in user, counted in his scope and by his permissions — letters to classify,
 * to decide, forwarded to his unit, overdue, forwarded away and not yet taken up (to urge); cases to accept, his own,
 * due soon, overdue; today's visits. One count query each, small enough for the navigation to ask on every page.
 */
import type { z } from 'zod';
import { addDays } from '@core/domain/calendar';
import { OPEN_STATES } from '@core/domain/cases';
import type { ZQueues } from '@core/schemas/queues';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/context';
import { dueBetween, loadDeadlineContext } from '../clocks/clocks.service';
import { scopeIds } from '../records/shared';

type Queues = z.infer<typeof ZQueues>;
type Item = Queues['items'][number];

const DUE_SOON_WORKING_DAYS = 3;

export async function queues(db: Db, actor: Actor): Promise<Queues> {
  const k = db.kysely;
  const scope = scopeIds(actor);
  const ctx = await loadDeadlineContext(db);
  const soon = ctx.calendar.addWorkingDays(ctx.today, DUE_SOON_WORKING_DAYS);
  const may = (p: 'reception.read' | 'letters.read' | 'cases.read') => actor.permissions.includes(p);
  const count = async (q: { executeTakeFirst(): Promise<{ n: number | string | bigint } | undefined> }) => Number((await q.executeTakeFirst())?.n ?? 0);
  const letters = () => {
    const q = k.selectFrom('letters as l').select((eb) => eb.fn.countAll<number>().as('n'));
    return scope ? q.where('l.unit_id', 'in', scope) : q;
  };
  const cases = () => {
    const q = k.selectFrom('cases as c').select((eb) => eb.fn.countAll<number>().as('n')).where('c.state', 'in', OPEN_STATES);
    return scope ? q.where('c.unit_id', 'in', scope) : q;
  };
  /** Open cases with a running clock due in [from, to] (either end open). */
  const caseDue = (from: string | null, to: string | null) => cases().where('c.id', 'in', dueBetween(k, 'case', from, to));
  // Sent together: on PostgreSQL the counts run side by side on the pool (SQLite runs them one after another anyway).
  const items: Promise<Item>[] = [];
  const add = (code: Item['code'], label: string, list: string, q: Parameters<typeof count>[0]) => items.push(count(q).then((n) => ({ code, label, list, count: n })));
  if (may('reception.read')) {
    const v = k.selectFrom('visits').select((eb) => eb.fn.countAll<number>().as('n')).where('received_on', '=', ctx.today);
    add('visits_today', 'Lượt tiếp hôm nay', `/api/visits?from=${ctx.today}&to=${ctx.today}`, scope ? v.where('unit_id', 'in', scope) : v);
  }
  if (may('letters.read')) {
    add('letters_to_classify', 'Đơn chờ phân loại', '/api/letters?state=moi_nhan', letters().where('l.state', '=', 'moi_nhan'));
    add('letters_to_decide', 'Đơn chờ xử lý', '/api/letters?state=da_phan_loai', letters().where('l.state', '=', 'da_phan_loai'));
    const inbox = k
      .selectFrom('letters as l')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('l.forward_to_unit_id', 'is not', null)
      .where((eb) => eb.not(eb.exists(eb.selectFrom('letters as r').select('r.id').whereRef('r.forwarded_from_letter_id', '=', 'l.id'))));
    add('letters_inbox', 'Đơn chuyển đến chưa vào sổ', '/api/letters?inbox=true', scope ? inbox.where('l.forward_to_unit_id', 'in', scope) : inbox);
    add(
      'letters_overdue',
      'Đơn quá hạn xử lý',
      '/api/letters?overdue=true',
      letters().where('l.id', 'in', dueBetween(k, 'letter', null, addDays(ctx.today, -1))),
    );
    add(
      'letters_to_urge',
      'Đơn đã chuyển, đơn vị nhận chưa vào sổ (cần đôn đốc)',
      '/api/letters?state=da_xu_ly',
      letters()
        .where('l.decision', '=', 'chuyen_don')
        .where('l.forward_to_unit_id', 'is not', null)
        .where((eb) => eb.not(eb.exists(eb.selectFrom('letters as r').select('r.id').whereRef('r.forwarded_from_letter_id', '=', 'l.id')))),
    );
  }
  if (may('cases.read')) {
    add('cases_to_accept', 'Vụ việc chờ thụ lý', '/api/cases?state=cho_thu_ly', cases().where('c.state', '=', 'cho_thu_ly'));
    add('cases_mine', 'Vụ việc tôi được giao', `/api/cases?handlerAccountId=${actor.accountId}&open=true`, cases().where('c.handler_account_id', '=', actor.accountId));
    add('cases_due_soon', 'Vụ việc sắp đến hạn', '/api/cases?dueSoon=true', caseDue(ctx.today, soon));
    add('cases_overdue', 'Vụ việc quá hạn', '/api/cases?overdue=true', caseDue(null, addDays(ctx.today, -1)));
  }
  return { items: await Promise.all(items) };
}
