import type { Role } from '@core/domain/org/roles';
import { searchKey } from '@core/domain/text/normalize';
import { bool } from '../db/database';
import type { Session, TestContext } from './support';

/** The id of a demo unit by its code (e.g. 'BN-TP-P-SUOIHOA'). */
export async function unitId(ctx: TestContext, code: string): Promise<number> {
  const unit = await ctx.db.kysely.selectFrom('units').select('id').where('code', '=', code).executeTakeFirst();
  if (!unit) throw new Error(`no unit ${code}`);
  return unit.id;
}

/**
 * A signed-in user holding one role at one unit (the demo accounts' password): e.g. an administrator whose role is
 * held at a ward only. Written straight into the database, as an account an administrator created and its owner
 * has already signed in with (no password change pending).
 */
export async function userAt(ctx: TestContext, username: string, unitCode: string, role: Role = 'admin'): Promise<Session> {
  const k = ctx.db.kysely;
  const demo = await k.selectFrom('accounts').select('password_hash').where('username', '=', 'admin').executeTakeFirstOrThrow();
  const now = ctx.db.clock.nowIso();
  const account = await k
    .insertInto('accounts')
    .values({ username, password_hash: demo.password_hash, full_name: username, name_key: searchKey(username), officer_id: null, active: bool(true), must_change_password: bool(false), totp_secret: null, totp_enabled: bool(false), language: 'vi', last_login_at: null, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await k.insertInto('account_roles').values({ account_id: account.id, unit_id: await unitId(ctx, unitCode), role }).execute();
  return ctx.login(username);
}
