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

const SESSION_HOURS = 12;
const IDLE_MINUTES = 240;
const MAX_FAILURES = 5;
const FAILURE_WINDOW_MIN = 15;
const LOCK_MINUTES = 15;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const addMinutes = (iso: string, m: number) => new Date(Date.parse(iso) + m * 60_000).toISOString();
const throttleKey = (username: string) => `u:${username.normalize('NFC').trim().toLowerCase()}`;

export interface LoginResult {
  token: string;
  csrfToken: string;
  me: TMe;
}

/**
 * Failures are counted per username whether or not it exists, so "locked" tells an attacker nothing about
 * which accounts are real.
 */
async function registerFailure(db: Db, username: string): Promise<void> {
  const key = throttleKey(username);
  const now = db.clock.nowIso();
  await db.transaction(async (tx) => {
    const row = await tx.selectFrom('login_throttle').selectAll().where('key', '=', key).executeTakeFirst();
    const windowOpen = row && Date.parse(row.first_failure_at) > db.clock.nowMs() - FAILURE_WINDOW_MIN * 60_000;
    const failures = windowOpen ? row.failures + 1 : 1;
    const lockedUntil = failures >= MAX_FAILURES ? addMinutes(now, LOCK_MINUTES) : null;
    if (row) {
      await tx
        .updateTable('login_throttle')
        .set({ failures, first_failure_at: windowOpen ? row.first_failure_at : now, locked_until: lockedUntil })
        .where('key', '=', key)
        .execute();
    } else {
      await tx.insertInto('login_throttle').values({ key, failures, first_failure_at: now, locked_until: lockedUntil }).execute();
    }
  });
}

async function isLocked(db: Db, username: string): Promise<boolean> {
  const row = await db.kysely.selectFrom('login_throttle').select('locked_until').where('key', '=', throttleKey(username)).executeTakeFirst();
  return !!row?.locked_until && Date.parse(row.locked_until) > db.clock.nowMs();
}

export async function login(
  db: Db,
  input: { username: string; password: string; totp?: string | undefined },
  meta: Omit<RequestMeta, 'actorId' | 'actorName'>,
): Promise<LoginResult> {
  if (await isLocked(db, input.username)) throw new AppError('AUTH_LOCKED');
  const account = await db.kysely
    .selectFrom('accounts')
    .selectAll()
    .where('username', '=', input.username.normalize('NFC').trim().toLowerCase())
    .executeTakeFirst();
  const ok = account
    ? await verifyPassword(account.password_hash, input.password)
    : (await verifyPassword(await timingDummyHash(), input.password), false);
  if (!account || !ok || !isTrue(account.active)) {
    await registerFailure(db, input.username);
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
    const result = await verifyTotp({ secret: account.totp_secret, token: input.totp, epochTolerance: 30 });
    if (!result.valid) {
      await registerFailure(db, input.username);
      throw new AppError('AUTH_TOTP_INVALID');
    }
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
    await tx.deleteFrom('login_throttle').where('key', '=', throttleKey(input.username)).execute();
    await writeAudit(tx, db, { ...meta, actorId: account.id, actorName: account.username }, {
      action: 'auth.login',
      entity: 'account',
      entityId: account.id,
    });
  });
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

export async function changePassword(
  db: Db,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
  meta: RequestMeta,
): Promise<void> {
  const account = await db.kysely.selectFrom('accounts').select(['password_hash']).where('id', '=', actor.accountId).executeTakeFirstOrThrow();
  if (!(await verifyPassword(account.password_hash, input.currentPassword))) throw new AppError('PASSWORD_WRONG', undefined, { currentPassword: 'Mật khẩu hiện tại không đúng' });
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

export async function startTotpSetup(db: Db, actor: Actor): Promise<{ secret: string; otpauthUrl: string }> {
  const secret = generateSecret();
  // Stored but not enabled until the user proves the authenticator works, so a half-done setup locks nobody out.
  await db.kysely.updateTable('accounts').set({ totp_secret: secret }).where('id', '=', actor.accountId).where('totp_enabled', '=', bool(false)).execute();
  return { secret, otpauthUrl: generateURI({ issuer: 'tiepdan', label: actor.username, secret }) };
}

export async function enableTotp(db: Db, actor: Actor, token: string, meta: RequestMeta): Promise<void> {
  const row = await db.kysely.selectFrom('accounts').select(['totp_secret', 'totp_enabled']).where('id', '=', actor.accountId).executeTakeFirstOrThrow();
  if (!row.totp_secret || isTrue(row.totp_enabled)) throw new AppError('CONFLICT', 'Hãy bắt đầu thiết lập xác thực hai lớp trước.');
  const result = await verifyTotp({ secret: row.totp_secret, token, epochTolerance: 30 });
  if (!result.valid) throw new AppError('AUTH_TOTP_INVALID', undefined, { token: 'Mã không đúng' });
  await db.transaction(async (tx) => {
    await tx.updateTable('accounts').set((eb) => ({ totp_enabled: bool(true), version: eb('version', '+', 1), updated_at: db.clock.nowIso() })).where('id', '=', actor.accountId).execute();
    await writeAudit(tx, db, meta, { action: 'account.totp_enabled', entity: 'account', entityId: actor.accountId });
  });
}

export async function disableTotp(db: Db, actor: Actor, password: string, meta: RequestMeta): Promise<void> {
  const row = await db.kysely.selectFrom('accounts').select(['password_hash']).where('id', '=', actor.accountId).executeTakeFirstOrThrow();
  if (!(await verifyPassword(row.password_hash, password))) throw new AppError('PASSWORD_WRONG', undefined, { password: 'Mật khẩu không đúng' });
  await db.transaction(async (tx) => {
    await tx
      .updateTable('accounts')
      .set((eb) => ({ totp_enabled: bool(false), totp_secret: null, version: eb('version', '+', 1), updated_at: db.clock.nowIso() }))
      .where('id', '=', actor.accountId)
      .execute();
    await writeAudit(tx, db, meta, { action: 'account.totp_disabled', entity: 'account', entityId: actor.accountId });
  });
}
