/**
 * Work queues: what waits for the signed-in user, counted in his scope and by his permissions — letters to classify,
 * to decide, forwarded to his unit, due soon, overdue, forwarded away and not yet taken up (to urge); cases to accept,
 * his own, due soon, overdue, and his subordinate units' late ones (to urge); today's visits. Each queue names the
 * list that shows it (the same filters), and the web app's menu shows the counts. One count query each, small
 * enough for the navigation to ask on every page.
 */
import type { z } from 'zod';
import type { ZQueues } from '@core/schemas/queues';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/context';
import { loadDeadlineContext } from '../clocks/clocks.service';
import { dueSoon, notTakenUp, overdue, stillOpen, toUrge, unitsBelow } from '../records/lists';
import { scopeIds } from '../records/shared';

type Queues = z.infer<typeof ZQueues>;
type Item = Queues['items'][number];

export async function queues(db: Db, actor: Actor): Promise<Queues> {
  const k = db.kysely;
  const scope = scopeIds(actor);
  const ctx = await loadDeadlineContext(db);
  const may = (p: 'reception.read' | 'letters.read' | 'cases.read') => actor.permissions.includes(p);
  const count = async (q: { executeTakeFirst(): Promise<{ n: number | string | bigint } | undefined> }) => Number((await q.executeTakeFirst())?.n ?? 0);
  const letters = () => {
    const q = k.selectFrom('letters as l').select((eb) => eb.fn.countAll<number>().as('n'));
    return scope ? q.where('l.unit_id', 'in', scope) : q;
  };
  const cases = () => {
    const q = k.selectFrom('cases as c').select((eb) => eb.fn.countAll<number>().as('n')).where(stillOpen('c'));
    return scope ? q.where('c.unit_id', 'in', scope) : q;
  };
  const items: Item[] = [];
  const add = async (code: Item['code'], label: string, list: string, q: Parameters<typeof count>[0]) => items.push({ code, label, list, count: await count(q) });
  if (may('reception.read')) {
    const v = k.selectFrom('visits').select((eb) => eb.fn.countAll<number>().as('n')).where('received_on', '=', ctx.today);
    await add('visits_today', 'Lượt tiếp hôm nay', `/api/visits?from=${ctx.today}&to=${ctx.today}`, scope ? v.where('unit_id', 'in', scope) : v);
  }
  if (may('letters.read')) {
    await add('letters_to_classify', 'Đơn chờ phân loại', '/api/letters?state=moi_nhan', letters().where('l.state', '=', 'moi_nhan'));
    await add('letters_to_decide', 'Đơn chờ xử lý', '/api/letters?state=da_phan_loai', letters().where('l.state', '=', 'da_phan_loai'));
    const inbox = k.selectFrom('letters as l').select((eb) => eb.fn.countAll<number>().as('n')).where('l.forward_to_unit_id', 'is not', null).where(notTakenUp('l'));
    await add('letters_inbox', 'Đơn chuyển đến chưa vào sổ', '/api/letters?inbox=true', scope ? inbox.where('l.forward_to_unit_id', 'in', scope) : inbox);
    await add('letters_due_soon', 'Đơn sắp đến hạn xử lý', '/api/letters?dueSoon=true&sort=dueOn', letters().where(dueSoon('l', ctx)));
    await add('letters_overdue', 'Đơn quá hạn xử lý', '/api/letters?overdue=true&sort=dueOn', letters().where(overdue('l', ctx)));
    await add(
      'letters_to_urge',
      'Đơn đã chuyển, đơn vị nhận chưa vào sổ (cần đôn đốc)',
      '/api/letters?toUrge=true',
      letters().where('l.decision', '=', 'chuyen_don').where('l.forward_to_unit_id', 'is not', null).where(notTakenUp('l')),
    );
  }
  if (may('cases.read')) {
    await add('cases_to_accept', 'Vụ việc chờ thụ lý', '/api/cases?state=cho_thu_ly', cases().where('c.state', '=', 'cho_thu_ly'));
    await add('cases_mine', 'Vụ việc tôi được giao', `/api/cases?handlerAccountId=${actor.accountId}&open=true`, cases().where('c.handler_account_id', '=', actor.accountId));
    await add('cases_due_soon', 'Vụ việc sắp đến hạn', '/api/cases?dueSoon=true', cases().where(dueSoon('c', ctx)));
    await add('cases_overdue', 'Vụ việc quá hạn', '/api/cases?overdue=true', cases().where(overdue('c', ctx)));
    if (unitsBelow(actor).length > 0) await add('cases_to_urge', 'Vụ việc của đơn vị cấp dưới quá hạn, sắp đến hạn (cần đôn đốc)', '/api/cases?toUrge=true', cases().where(toUrge('c', actor, ctx)));
  }
  return { items };
}
