/**
 * Who receives an alert meant for "a role at a unit". A port: the default answers from the accounts holding the role
 * at the unit (optionally only deputies or only heads, read from the linked officer's position); the duty roster
 * (periods issue) plugs in a directory that answers "who is on duty there at that instant" instead, with
 * `setDutyDirectory`, and falls back to this one where no roster covers the unit.
 */
import type { Role } from '@core/domain/org/roles';
import { isTrue, type Executor } from '../../db/database';

export interface DutyTarget {
  unitId: number;
  role: Role;
  /** Deputies (position "Phó …") or the head only; both when absent. */
  rank?: 'deputy' | 'head' | undefined;
}

export interface DutyDirectory {
  /** Account ids to alert for `target` at the instant `at` (ISO). */
  recipients(db: Executor, target: DutyTarget, at: string): Promise<number[]>;
}

export const isDeputyPosition = (position: string): boolean => /^\s*phó(\s|$)/iu.test(position.normalize('NFC'));

export const unitRoleDirectory: DutyDirectory = {
  async recipients(db, target) {
    const rows = await db
      .selectFrom('account_roles as r')
      .innerJoin('accounts as a', 'a.id', 'r.account_id')
      .leftJoin('officers as o', 'o.id', 'a.officer_id')
      .select(['a.id', 'a.active', 'o.position'])
      .where('r.unit_id', '=', target.unitId)
      .where('r.role', '=', target.role)
      .orderBy('a.id')
      .execute();
    return rows
      .filter((r) => isTrue(r.active))
      .filter((r) => !target.rank || (target.rank === 'deputy') === isDeputyPosition(r.position ?? ''))
      .map((r) => r.id);
  },
};

let current: DutyDirectory = unitRoleDirectory;

export function dutyDirectory(): DutyDirectory {
  return current;
}

/** Installs the roster-backed directory (periods module); returns the previous one so tests can restore it. */
export function setDutyDirectory(directory: DutyDirectory): DutyDirectory {
  const previous = current;
  current = directory;
  return previous;
}
