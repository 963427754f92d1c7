import type { z } from 'zod';
import type { ZAccount, ZAccountCreate, ZAccountsQuery, ZAccountUpdate } from '@core/schemas/org';
import type { Role } from '@core/domain/org/roles';
import { searchKey } from '@core/domain/text/normalize';
import { bool, isTrue, type Db } from '../../db/database';
import type { AccountRow } from '../../db/schema';
import type { Actor, RequestMeta } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { assertVersionedUpdate, inScope, isUniqueViolation } from '../../platform/versioned';
import { writeAudit } from '../audit/audit.repo';
import { hashPassword, isStrongPassword } from '../auth/passwords';
import { lockedUsernames, unlockUsername } from '../auth/throttle';

type Account = z.infer<typeof ZAccount>;
type Assignment = { unitId: number; role: Role };

/** What the audit log keeps of an account: never the password hash or the second-factor secret. */
const auditView = (a: AccountRow, assignments?: Assignment[]) => ({
  id: a.id,
  username: a.username,
  fullName: a.full_name,
  officerId: a.officer_id,
  active: isTrue(a.active),
  mustChangePassword: isTrue(a.must_change_password),
  totpEnabled: isTrue(a.totp_enabled),
  ...(assignments ? { assignments } : {}),
});

async function present(db: Db, actor: Actor, rows: AccountRow[]): Promise<Account[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [roles, locked] = await Promise.all([
    db.kysely
      .selectFrom('account_roles')
      .innerJoin('units', 'units.id', 'account_roles.unit_id')
      .select(['account_roles.account_id', 'account_roles.unit_id', 'account_roles.role', 'units.name'])
      .where('account_roles.account_id', 'in', ids)
      .orderBy('account_roles.unit_id')
      .execute(),
    lockedUsernames(db, rows.map((r) => r.username)),
  ]);
  return rows.map((r) => {
    const assignments = roles.filter((x) => x.account_id === r.id).map((x) => ({ unitId: x.unit_id, unitName: x.name, role: x.role as Role }));
    // An administrator manages an account only if every unit it has a role in lies inside his own scope.
    const manageable = actor.permissions.includes('accounts.admin') && assignments.every((a) => actor.scope.has(a.unitId)) && r.id !== actor.accountId;
    const isLocked = locked.has(r.username);
    const actions = manageable ? ['edit', 'reset_password', isTrue(r.active) ? 'deactivate' : 'activate', ...(isLocked ? ['unlock'] : [])] : [];
    return {
      id: r.id,
      username: r.username,
      fullName: r.full_name,
      officerId: r.officer_id,
      active: isTrue(r.active),
      locked: isLocked,
      totpEnabled: isTrue(r.totp_enabled),
      mustChangePassword: isTrue(r.must_change_password),
      assignments,
      lastLoginAt: r.last_login_at,
      version: r.version,
      actions,
    };
  });
}

export async function listAccounts(db: Db, actor: Actor, q: z.infer<typeof ZAccountsQuery>): Promise<{ items: Account[]; total: number }> {
  const scope = [...actor.scope];
  if (!scope.length) return { items: [], total: 0 };
  let query = db.kysely
    .selectFrom('accounts')
    .where((eb) => eb.exists(eb.selectFrom('account_roles').select('account_roles.account_id').whereRef('account_roles.account_id', '=', 'accounts.id').where('account_roles.unit_id', 'in', scope)));
  // The name's search key (no case, no diacritics), as people and officers are searched: "Quản", "quan" and
  // "QUAN" find the same accounts on both engines (LIKE on the raw name differed: case-sensitive on PostgreSQL).
  const key = q.q ? searchKey(q.q).replace(/[%_\\]/g, '') : '';
  const login = q.q?.trim().toLowerCase().replace(/[%_\\]/g, '') ?? '';
  if (key || login) {
    query = query.where((eb) => eb.or([...(login ? [eb('username', 'like', `%${login}%`)] : []), ...(key ? [eb('name_key', 'like', `%${key}%`)] : [])]));
  }
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('username').limit(q.pageSize).offset((q.page - 1) * q.pageSize).execute(),
    query.select((e) => e.fn.countAll<number>().as('n')).executeTakeFirst(),
  ]);
  return { items: await present(db, actor, rows), total: Number(count?.n ?? 0) };
}

async function loadManageable(db: Db, actor: Actor, id: number): Promise<{ row: AccountRow; account: Account }> {
  const row = await db.kysely.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy tài khoản.');
  const [account] = await present(db, actor, [row]);
  if (!account) throw new AppError('NOT_FOUND', 'Không tìm thấy tài khoản.');
  if (!account.assignments.every((a) => actor.scope.has(a.unitId))) throw new AppError('OUT_OF_SCOPE');
  if (row.id === actor.accountId) throw new AppError('CONFLICT', 'Hãy dùng mục «Tài khoản của tôi» để sửa tài khoản của chính mình.');
  return { row, account };
}

async function getAccount(db: Db, actor: Actor, id: number): Promise<Account> {
  const row = await db.kysely.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const [account] = await present(db, actor, [row]);
  if (!account) throw new AppError('NOT_FOUND');
  return account;
}

function checkAssignments(actor: Actor, assignments: Assignment[]): Assignment[] {
  for (const a of assignments) inScope(actor.scope, a.unitId);
  const unique = new Map(assignments.map((a) => [`${a.unitId}:${a.role}`, a]));
  return [...unique.values()];
}

async function checkOfficer(db: Db, actor: Actor, officerId: number | null | undefined): Promise<void> {
  if (officerId === null || officerId === undefined) return;
  const officer = await db.kysely.selectFrom('officers').select(['unit_id']).where('id', '=', officerId).executeTakeFirst();
  if (!officer) throw new AppError('VALIDATION_FAILED', 'Không tìm thấy cán bộ được chọn.', { officerId: 'Không tồn tại' });
  inScope(actor.scope, officer.unit_id);
  const taken = await db.kysely.selectFrom('accounts').select('id').where('officer_id', '=', officerId).executeTakeFirst();
  if (taken) throw new AppError('DUPLICATE', 'Cán bộ này đã có tài khoản.', { officerId: 'Đã có tài khoản' });
}

const weak = () => new AppError('PASSWORD_WEAK', undefined, { password: 'Ít nhất 8 ký tự, gồm chữ và số' });

export async function createAccount(db: Db, actor: Actor, input: z.infer<typeof ZAccountCreate>, meta: RequestMeta): Promise<Account> {
  const assignments = checkAssignments(actor, input.assignments);
  if (!isStrongPassword(input.password)) throw weak();
  await checkOfficer(db, actor, input.officerId);
  const passwordHash = await hashPassword(input.password);
  const now = db.clock.nowIso();
  try {
    const id = await db.transaction(async (tx) => {
      const row = await tx
        .insertInto('accounts')
        .values({
          username: input.username,
          password_hash: passwordHash,
          full_name: input.fullName,
          name_key: searchKey(input.fullName),
          officer_id: input.officerId ?? null,
          active: bool(true),
          // The administrator chose this password, so it is his as much as the user's: the user replaces it first.
          must_change_password: bool(true),
          totp_secret: null,
          totp_enabled: bool(false),
          language: 'vi',
          last_login_at: null,
          created_at: now,
          updated_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await tx.insertInto('account_roles').values(assignments.map((a) => ({ account_id: row.id, unit_id: a.unitId, role: a.role }))).execute();
      await writeAudit(tx, db, meta, { action: 'account.created', entity: 'account', entityId: row.id, after: auditView(row, assignments) });
      return row.id;
    });
    return getAccount(db, actor, id);
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('DUPLICATE', 'Tên đăng nhập đã được dùng.', { username: 'Tên đăng nhập đã được dùng' });
    throw error;
  }
}

export async function updateAccount(db: Db, actor: Actor, id: number, input: z.infer<typeof ZAccountUpdate>, meta: RequestMeta): Promise<Account> {
  const { row: before, account } = await loadManageable(db, actor, id);
  const assignments = input.assignments ? checkAssignments(actor, input.assignments) : undefined;
  await db.transaction(async (tx) => {
    const result = await tx
      .updateTable('accounts')
      .set((eb) => ({
        ...(input.fullName !== undefined ? { full_name: input.fullName, name_key: searchKey(input.fullName) } : {}),
        ...(input.active !== undefined ? { active: bool(input.active) } : {}),
        updated_at: db.clock.nowIso(),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    await assertVersionedUpdate(result, () => tx.selectFrom('accounts').select('id').where('id', '=', id).executeTakeFirst());
    if (assignments) {
      await tx.deleteFrom('account_roles').where('account_id', '=', id).execute();
      await tx.insertInto('account_roles').values(assignments.map((a) => ({ account_id: id, unit_id: a.unitId, role: a.role }))).execute();
    }
    // A deactivated account, or one whose roles changed, must not keep acting through an open session.
    if (input.active === false || assignments) await tx.deleteFrom('sessions').where('account_id', '=', id).execute();
    const after = await tx.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    await writeAudit(tx, db, meta, {
      action: 'account.updated',
      entity: 'account',
      entityId: id,
      before: auditView(before, account.assignments.map((a) => ({ unitId: a.unitId, role: a.role }))),
      after: auditView(after, assignments),
    });
  });
  return getAccount(db, actor, id);
}

/**
 * The user gets a password he must change at once. His second factor is cleared too: a reset is what someone
 * who lost his phone asks for, and he enrols again after signing in (the audit row says the factor was removed).
 */
export async function resetPassword(db: Db, actor: Actor, id: number, newPassword: string, meta: RequestMeta): Promise<Account> {
  const { row: before } = await loadManageable(db, actor, id);
  if (!isStrongPassword(newPassword)) throw new AppError('PASSWORD_WEAK', undefined, { newPassword: 'Ít nhất 8 ký tự, gồm chữ và số' });
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    await tx
      .updateTable('accounts')
      .set((eb) => ({
        password_hash: passwordHash,
        must_change_password: bool(true),
        totp_enabled: bool(false),
        totp_secret: null,
        totp_last_step: null,
        updated_at: db.clock.nowIso(),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .execute();
    await tx.deleteFrom('sessions').where('account_id', '=', id).execute();
    await writeAudit(tx, db, meta, {
      action: 'account.password_reset',
      entity: 'account',
      entityId: id,
      before: { mustChangePassword: isTrue(before.must_change_password), totpEnabled: isTrue(before.totp_enabled) },
      after: { mustChangePassword: true, totpEnabled: false },
    });
  });
  return getAccount(db, actor, id);
}

export async function unlockAccount(db: Db, actor: Actor, id: number, meta: RequestMeta): Promise<Account> {
  const { row } = await loadManageable(db, actor, id);
  await db.transaction(async (tx) => {
    await unlockUsername(tx, row.username);
    await writeAudit(tx, db, meta, { action: 'account.unlocked', entity: 'account', entityId: id });
  });
  return getAccount(db, actor, id);
}
