import { createHash, randomBytes } from 'node:crypto';
import { generateSecret, generateURI, verify as verifyTotp } from 'otplib';
import { isRole, permissionsOf, type Role } from '@core/domain/org/roles';
import type { TMe } from '@core/schemas/auth';
import { bool, isTrue, type Db } from '../../db/database';
import { AppError } from '../../platform/errors';
import type { Actor, RequestMeta } from '../../platform/context';
import { writeAudit } from '../audit/audit.repo';
import { descendantsOf, listAllUnits } from '../org/units.repo';
import { hashPassword, isStrongPassword, timingDummyHash, verifyPassword } from './passwords';
import { clearAttempts, takeAttempt } from './throttle';

const SESSION_HOURS = 12;
const IDLE_MINUTES = 240;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const addMinutes = (iso: string, m: number) => new Date(Date.parse(iso) + m * 60_000).toISOString();
/** TOTP codes are accepted one step (30 s) either side of the server's clock. */
const TOTP_TOLERANCE_S = 30;

export interface LoginResult {
  token: string;
  csrfToken: string;
  me: TMe;
}

/**
 * Checks a second-factor code against the clock and claims its time step for the account: the conditional update
 * lets a code through once, even when two requests carry it at the same moment (issue 7 §8).
 */
async function useTotpCode(db: Db, accountId: number, secret: string, token: string): Promise<boolean> {
  const result = await verifyTotp({ secret, token, epoch: Math.floor(db.clock.nowMs() / 1000), epochTolerance: TOTP_TOLERANCE_S });
  if (!result.valid || !('timeStep' in result)) return false;
  const step = result.timeStep;
  const claimed = await db.kysely
    .updateTable('accounts')
    .set({ totp_last_step: step })
    .where('id', '=', accountId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(claimed.numUpdatedRows) === 1;
}

export async function login(
  db: Db,
  input: { username: string; password: string; totp?: string | undefined },
  meta: Omit<RequestMeta, 'actorId' | 'actorName'>,
): Promise<LoginResult> {
  await takeAttempt(db, input.username, meta.ip);
  const account = await db.kysely
    .selectFrom('accounts')
    .selectAll()
    .where('username', '=', input.username.normalize('NFC').trim().toLowerCase())
    .executeTakeFirst();
  const ok = account
    ? await verifyPassword(account.password_hash, input.password)
    : (await verifyPassword(await timingDummyHash(), input.password), false);
  if (!account || !ok || !isTrue(account.active)) {
    await db.transaction((tx) =>
      writeAudit(tx, db, { ...meta, actorId: account?.id ?? null, actorName: input.username.slice(0, 100) }, {
        action: 'auth.login_failed',
        entity: 'account',
        entityId: account?.id ?? null,
      }),
    );
    throw new AppError('AUTH_INVALID');
  }
  if (isTrue(account.totp_enabled) && account.totp_secret) {
    if (!input.totp) throw new AppError('AUTH_TOTP_REQUIRED');
    if (!(await useTotpCode(db, account.id, account.totp_secret, input.totp))) throw new AppError('AUTH_TOTP_INVALID');
  }
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const now = db.clock.nowIso();
  const firstUnit = await db.kysely
    .selectFrom('account_roles')
    .select('unit_id')
    .where('account_id', '=', account.id)
    .orderBy('unit_id')
    .executeTakeFirst();
  await db.transaction(async (tx) => {
    await tx
      .insertInto('sessions')
      .values({
        id: sha256(token),
        account_id: account.id,
        csrf_token: csrfToken,
        active_unit_id: firstUnit?.unit_id ?? null,
        ip: meta.ip,
        user_agent: meta.userAgent?.slice(0, 500) ?? null,
        created_at: now,
        last_seen_at: now,
        expires_at: addMinutes(now, SESSION_HOURS * 60),
      })
      .execute();
    await tx.updateTable('accounts').set({ last_login_at: now }).where('id', '=', account.id).execute();
    await writeAudit(tx, db, { ...meta, actorId: account.id, actorName: account.username }, {
      action: 'auth.login',
      entity: 'account',
      entityId: account.id,
    });
  });
  await clearAttempts(db, input.username, meta.ip);
  const actor = await resolveSession(db, token);
  if (!actor) throw new Error('session vanished right after login');
  return { token, csrfToken, me: presentMe(actor) };
}

/** Turns a cookie token into an actor, or null when the session is unknown, expired or idle too long. */
export async function resolveSession(db: Db, token: string): Promise<(Actor & { csrfToken: string }) | null> {
  const id = sha256(token);
  const row = await db.kysely
    .selectFrom('sessions')
    .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
    .select([
      'sessions.id as sid',
      'sessions.csrf_token',
      'sessions.active_unit_id',
      'sessions.expires_at',
      'sessions.last_seen_at',
      'accounts.id',
      'accounts.username',
      'accounts.full_name',
      'accounts.language',
      'accounts.active',
      'accounts.must_change_password',
      'accounts.totp_enabled',
    ])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
  if (!row || !isTrue(row.active)) return null;
  const now = db.clock.nowMs();
  if (Date.parse(row.expires_at) < now || Date.parse(row.last_seen_at) < now - IDLE_MINUTES * 60_000) {
    await db.kysely.deleteFrom('sessions').where('id', '=', id).execute();
    return null;
  }
  // Touch at most once a minute: a write per request would serialise every read on SQLite.
  if (Date.parse(row.last_seen_at) < now - 60_000) {
    await db.kysely.updateTable('sessions').set({ last_seen_at: new Date(now).toISOString() }).where('id', '=', id).execute();
  }
  const [roleRows, units] = await Promise.all([
    db.kysely
      .selectFrom('account_roles')
      .innerJoin('units', 'units.id', 'account_roles.unit_id')
      .select(['account_roles.unit_id', 'account_roles.role', 'units.name'])
      .where('account_roles.account_id', '=', row.id)
      .orderBy('account_roles.unit_id')
      .execute(),
    listAllUnits(db.kysely),
  ]);
  const assignments = roleRows
    .filter((r) => isRole(r.role))
    .map((r) => ({ unitId: r.unit_id, unitName: r.name, role: r.role as Role }));
  const activeUnitId =
    row.active_unit_id !== null && assignments.some((a) => a.unitId === row.active_unit_id)
      ? row.active_unit_id
      : (assignments[0]?.unitId ?? null);
  const roles = [...new Set(assignments.filter((a) => a.unitId === activeUnitId).map((a) => a.role))];
  const scope = activeUnitId === null ? new Set<number>() : descendantsOf(units, activeUnitId);
  return {
    accountId: row.id,
    username: row.username,
    fullName: row.full_name,
    language: row.language === 'en' ? 'en' : 'vi',
    mustChangePassword: isTrue(row.must_change_password),
    totpEnabled: isTrue(row.totp_enabled),
    sessionId: row.sid,
    csrfToken: row.csrf_token,
    assignments,
    activeUnitId,
    roles,
    permissions: permissionsOf(roles),
    scope,
    scopeIsEverything: scope.size === units.length,
  };
}

export function presentMe(actor: Actor): TMe {
  return {
    id: actor.accountId,
    username: actor.username,
    fullName: actor.fullName,
    language: actor.language,
    mustChangePassword: actor.mustChangePassword,
    totpEnabled: actor.totpEnabled,
    assignments: actor.assignments,
    activeUnitId: actor.activeUnitId,
    roles: actor.roles,
    permissions: actor.permissions,
  };
}

export async function logout(db: Db, actor: Actor, meta: RequestMeta): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.deleteFrom('sessions').where('id', '=', actor.sessionId).execute();
    await writeAudit(tx, db, meta, { action: 'auth.logout', entity: 'account', entityId: actor.accountId });
  });
}

/**
 * Re-authentication before changing what protects the account (password, second factor): a session left open on
 * a shared desk must not be enough. Throttled with login's counters (issue 12 §3).
 */
async function reauthenticate(db: Db, actor: Actor, password: string, meta: RequestMeta, field: string): Promise<void> {
  await takeAttempt(db, actor.username, meta.ip);
  const account = await db.kysely.selectFrom('accounts').select(['password_hash']).where('id', '=', actor.accountId).executeTakeFirstOrThrow();
  if (!(await verifyPassword(account.password_hash, password))) {
    await db.transaction((tx) => writeAudit(tx, db, meta, { action: 'auth.reauth_failed', entity: 'account', entityId: actor.accountId }));
    throw new AppError('PASSWORD_WRONG', undefined, { [field]: 'Mật khẩu hiện tại không đúng' });
  }
  await clearAttempts(db, actor.username, meta.ip);
}

export async function changePassword(
  db: Db,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
  meta: RequestMeta,
): Promise<void> {
  await reauthenticate(db, actor, input.currentPassword, meta, 'currentPassword');
  if (!isStrongPassword(input.newPassword)) throw new AppError('PASSWORD_WEAK', undefined, { newPassword: 'Ít nhất 8 ký tự, gồm chữ và số' });
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx
      .updateTable('accounts')
      .set((eb) => ({ password_hash: passwordHash, must_change_password: bool(false), updated_at: db.clock.nowIso(), version: eb('version', '+', 1) }))
      .where('id', '=', actor.accountId)
      .execute();
    // Other sessions of this account end: a changed password must lock out whoever knew the old one.
    await tx.deleteFrom('sessions').where('account_id', '=', actor.accountId).where('id', '!=', actor.sessionId).execute();
    await writeAudit(tx, db, meta, { action: 'account.password_changed', entity: 'account', entityId: actor.accountId });
  });
}

export async function setActiveUnit(db: Db, actor: Actor, unitId: number, meta: RequestMeta): Promise<void> {
  if (!actor.assignments.some((a) => a.unitId === unitId)) throw new AppError('FORBIDDEN', 'Bạn không có vai trò nào tại đơn vị này.');
  await db.transaction(async (tx) => {
    await tx.updateTable('sessions').set({ active_unit_id: unitId }).where('id', '=', actor.sessionId).execute();
    await writeAudit(tx, db, meta, { action: 'auth.switch_unit', entity: 'account', entityId: actor.accountId, after: { unitId } });
  });
}

export async function setLanguage(db: Db, actor: Actor, language: 'vi' | 'en'): Promise<void> {
  await db.kysely.updateTable('accounts').set({ language }).where('id', '=', actor.accountId).execute();
}

export async function startTotpSetup(db: Db, actor: Actor, password: string, meta: RequestMeta): Promise<{ secret: string; otpauthUrl: string }> {
  await reauthenticate(db, actor, password, meta, 'password');
  const secret = generateSecret();
  // Stored but not enabled until the user proves the authenticator works, so a half-done setup locks nobody out.
  await db.kysely
    .updateTable('accounts')
    .set({ totp_secret: secret, totp_last_step: null })
    .where('id', '=', actor.accountId)
    .where('totp_enabled', '=', bool(false))
    .execute();
  return { secret, otpauthUrl: generateURI({ issuer: 'tiepdan', label: actor.username, secret }) };
}

export async function enableTotp(db: Db, actor: Actor, input: { token: string; password: string }, meta: RequestMeta): Promise<void> {
  await reauthenticate(db, actor, input.password, meta, 'password');
  const row = await db.kysely.selectFrom('accounts').select(['totp_secret', 'totp_enabled']).where('id', '=', actor.accountId).executeTakeFirstOrThrow();
  if (!row.totp_secret || isTrue(row.totp_enabled)) throw new AppError('CONFLICT', 'Hãy bắt đầu thiết lập xác thực hai lớp trước.');
  // The enrolment code's step is claimed too: it cannot be replayed for a login.
  if (!(await useTotpCode(db, actor.accountId, row.totp_secret, input.token))) throw new AppError('AUTH_TOTP_INVALID', undefined, { token: 'Mã không đúng' });
  await db.transaction(async (tx) => {
    await tx.updateTable('accounts').set((eb) => ({ totp_enabled: bool(true), version: eb('version', '+', 1), updated_at: db.clock.nowIso() })).where('id', '=', actor.accountId).execute();
    await writeAudit(tx, db, meta, { action: 'account.totp_enabled', entity: 'account', entityId: actor.accountId });
  });
}

export async function disableTotp(db: Db, actor: Actor, password: string, meta: RequestMeta): Promise<void> {
  await reauthenticate(db, actor, password, meta, 'password');
  await db.transaction(async (tx) => {
    await tx
      .updateTable('accounts')
      .set((eb) => ({ totp_enabled: bool(false), totp_secret: null, totp_last_step: null, version: eb('version', '+', 1), updated_at: db.clock.nowIso() }))
      .where('id', '=', actor.accountId)
      .execute();
    await writeAudit(tx, db, meta, { action: 'account.totp_disabled', entity: 'account', entityId: actor.accountId });
  });
}
