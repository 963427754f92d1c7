import { sql, type Kysely } from 'kysely';
import { personKey } from '@core/domain/identity';
import { searchKey } from '@core/domain/text/normalize';

/** How each table stores its name key today (the services write the same). */
const KEYS = {
  people: (fullName: string) => personKey(searchKey(fullName)),
  officers: (fullName: string) => searchKey(fullName),
};

// Rows read and written per statement: 2 parameters a row stays under SQLite's 32,766 and PostgreSQL's 65,535.
const BATCH = 5000;

/**
 * Recomputes every stored name key in today's format, in id order and in batches (a register of 500,000 people
 * never sits in memory), writing only the rows whose key differs. A migration that changes a key's format calls
 * this again.
 */
export async function recomputeNameKeys(db: Kysely<unknown>): Promise<{ changed: number }> {
  let changed = 0;
  for (const [table, keyOf] of Object.entries(KEYS)) {
    for (let after = 0; ; ) {
      const { rows } = await sql<{ id: number; full_name: string; name_key: string }>`select id, full_name, name_key from ${sql.table(table)}
        where id > ${after} order by id limit ${BATCH}`.execute(db);
      const last = rows.at(-1);
      if (!last) break;
      after = last.id;
      const stale = rows.flatMap((r) => {
        const key = keyOf(r.full_name);
        return key === r.name_key ? [] : [sql`(cast(${r.id} as integer), cast(${key} as varchar(150)))`];
      });
      if (!stale.length) continue;
      await sql`with v (id, k) as (values ${sql.join(stale)})
        update ${sql.table(table)} set name_key = v.k from v where ${sql.table(table)}.id = v.id`.execute(db);
      changed += stale.length;
    }
  }
  return { changed };
}
