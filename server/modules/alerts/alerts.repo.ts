/**
 * The alert fan-out's engine-specific SQL: writing one alert's deliveries and reading the deliveries of the accounts
 * connected to an instance. Both carry lists (recipients, connected accounts) as one array parameter on PostgreSQL —
 * a statement of a thousand rows bound as a few arrays instead of thousands of parameters, parsed once — and as one
 * JSON parameter on SQLite.
 */
import { sql } from 'kysely';
import type { Role } from '@core/domain/org/roles';
import type { Engine, Executor, Tx } from '../../db/database';

export interface DeliveryRecipient {
  accountId: number;
  unitId: number;
  /** An account role, or a duty role when the alert names the account. */
  role: Role | string;
  mustAck: boolean;
}

/** Inserts deliveries numbered first, first + 1, … in the order of `recipients`. */
export async function insertDeliveries(tx: Tx, engine: Engine, d: { first: number; alertId: number; level: number; at: string; recipients: DeliveryRecipient[] }): Promise<void> {
  const r = d.recipients;
  if (engine === 'postgres') {
    await sql`insert into alert_deliveries (seq, alert_id, account_id, unit_id, role, level, must_ack, created_at)
      select ${d.first - 1}::int + t.o::int, ${d.alertId}::int, t.a, t.u, t.r, ${d.level}::int, t.m, ${d.at}::timestamptz
      from unnest(${r.map((x) => x.accountId)}::int[], ${r.map((x) => x.unitId)}::int[], ${r.map((x) => x.role)}::text[], ${r.map((x) => x.mustAck)}::bool[])
        with ordinality as t(a, u, r, m, o)`.execute(tx);
    return;
  }
  await sql`insert into alert_deliveries (seq, alert_id, account_id, unit_id, role, level, must_ack, created_at)
    select ${d.first} + j.key, ${d.alertId}, json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]'), json_extract(j.value, '$[2]'), ${d.level}, json_extract(j.value, '$[3]'), ${d.at}
    from json_each(${JSON.stringify(r.map((x) => [x.accountId, x.unitId, x.role, x.mustAck ? 1 : 0]))}) as j`.execute(tx);
}

export interface FanOutRow {
  seq: number;
  alert_id: number;
  account_id: number;
  level: number;
  must_ack: number | boolean;
  role: string;
  created_at: string;
  my_ack: string | null;
}

/** Deliveries numbered in (after, upTo] for the given accounts, oldest first. */
export async function deliveriesForAccounts(db: Executor, engine: Engine, after: number, upTo: number, accounts: number[], limit: number): Promise<FanOutRow[]> {
  const among = engine === 'postgres' ? sql<boolean>`d.account_id = any(${accounts}::int[])` : sql<boolean>`d.account_id in (select value from json_each(${JSON.stringify(accounts)}))`;
  return db
    .selectFrom('alert_deliveries as d')
    .leftJoin('alert_acks as k', (j) => j.onRef('k.alert_id', '=', 'd.alert_id').onRef('k.account_id', '=', 'd.account_id'))
    .select(['d.seq', 'd.alert_id', 'd.account_id', 'd.level', 'd.must_ack', 'd.role', 'd.created_at', 'k.acked_at as my_ack'])
    .where('d.seq', '>', after)
    .where('d.seq', '<=', upTo)
    .where(among)
    .orderBy('d.seq')
    .limit(limit)
    .execute();
}
