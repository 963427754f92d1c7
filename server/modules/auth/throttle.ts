import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db, Executor } from '../../db/database';
import { AppError } from '../../platform/errors';

/**
 * Password guessing is throttled on two counters, both taken atomically in the database (one upsert each), and
 * charged BEFORE the password is checked, so 20 parallel guesses cannot all be checked (issue 12 §3):
 * - per username and source (IP): SOURCE_LIMIT attempts per window, then that source is refused for the rest of
 *   the window. An attacker elsewhere therefore cannot lock the user out of his own desk;
 * - per username from every source: USER_FREE attempts per window, then one attempt per backoff interval that
 *   doubles up to USER_MAX_DELAY_S. This slows an attack spread over many addresses without ever locking the
 *   account for longer than that interval.
 * A successful check clears both. Login, password change and the second factor's setup and removal share the
 * counters, so a stolen session gains no extra guesses.
 */
export const SOURCE_LIMIT = 5;
export const USER_FREE = 10;
export const USER_MAX_DELAY_S = 60;
const WINDOW_MIN = 15;

export const usernameKey = (username: string) => username.normalize('NFC').trim().toLowerCase();
const userRowKey = (name: string) => `u:${name}`;
// Hashed: a username of 100 characters and an IPv6 address would not fit the key column.
const sourceRowKey = (name: string, source: string) => `s:${createHash('sha256').update(`${name}\n${source}`).digest('hex').slice(0, 40)}`;

const addSeconds = (iso: string, s: number) => new Date(Date.parse(iso) + s * 1000).toISOString();

/** Counts one attempt on a key; the count returned includes it. A window that has passed starts again at 1. */
async function charge(db: Db, key: string, name: string): Promise<{ failures: number; firstAt: string }> {
  const now = db.clock.nowIso();
  const cutoff = addSeconds(now, -WINDOW_MIN * 60);
  const stale = sql<boolean>`login_throttle.first_failure_at < ${cutoff}`;
  const row = await db.kysely
    .insertInto('login_throttle')
    .values({ key, username: name.slice(0, 120), failures: 1, first_failure_at: now, locked_until: null })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql<number>`case when ${stale} then 1 else login_throttle.failures + 1 end`,
        first_failure_at: sql<string>`case when ${stale} then ${now} else login_throttle.first_failure_at end`,
        locked_until: sql<string | null>`case when ${stale} then null else login_throttle.locked_until end`,
      }),
    )
    .returning(['failures', 'first_failure_at'])
    .executeTakeFirstOrThrow();
  return { failures: Number(row.failures), firstAt: new Date(row.first_failure_at).toISOString() };
}

/**
 * Takes one attempt for a username from a source, or refuses it with AUTH_LOCKED. Call before checking the
 * password; call `clearAttempts` when it was right.
 */
export async function takeAttempt(db: Db, username: string, source: string | null): Promise<void> {
  const name = usernameKey(username);
  const bySource = await charge(db, sourceRowKey(name, source ?? ''), name);
  if (bySource.failures > SOURCE_LIMIT) throw new AppError('AUTH_LOCKED');
  if (bySource.failures === SOURCE_LIMIT) {
    // The last attempt this window allows: shown as "locked" to administrators until the window ends.
    await db.kysely
      .updateTable('login_throttle')
      .set({ locked_until: addSeconds(bySource.firstAt, WINDOW_MIN * 60) })
      .where('key', '=', sourceRowKey(name, source ?? ''))
      .execute();
  }
  const byUser = await charge(db, userRowKey(name), name);
  if (byUser.failures <= USER_FREE) return;
  // Beyond the free attempts one attempt per interval: the conditional update lets exactly one request claim it.
  const now = db.clock.nowIso();
  const delay = Math.min(2 ** (byUser.failures - USER_FREE), USER_MAX_DELAY_S);
  const claimed = await db.kysely
    .updateTable('login_throttle')
    .set({ locked_until: addSeconds(now, delay) })
    .where('key', '=', userRowKey(name))
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) === 0) throw new AppError('AUTH_LOCKED');
}

/** After a right password: this source starts afresh, and so does the username's backoff. */
export async function clearAttempts(db: Db, username: string, source: string | null): Promise<void> {
  const name = usernameKey(username);
  await db.kysely.deleteFrom('login_throttle').where('key', 'in', [sourceRowKey(name, source ?? ''), userRowKey(name)]).execute();
}

/** Usernames (among those given) that some source, or every source, may not try now. */
export async function lockedUsernames(db: Db, usernames: string[]): Promise<Set<string>> {
  if (!usernames.length) return new Set();
  const rows = await db.kysely
    .selectFrom('login_throttle')
    .select(['username', 'locked_until'])
    .where('username', 'in', usernames.map(usernameKey))
    .where('locked_until', 'is not', null)
    .execute();
  const now = db.clock.nowMs();
  return new Set(rows.filter((r) => r.locked_until && Date.parse(r.locked_until) > now).flatMap((r) => (r.username ? [r.username] : [])));
}

/** An administrator's unlock: every counter of the username, from every source. */
export async function unlockUsername(tx: Executor, username: string): Promise<void> {
  await tx.deleteFrom('login_throttle').where('username', '=', usernameKey(username)).execute();
}
