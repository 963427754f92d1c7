/**
 * The DutyDirectory the alerts use once the periods module is loaded: "a role at a unit" means, first, the holders
 * of that role at that unit who are on duty now by a published roster — officers of the unit, or anyone rostered at
 * one of its places (a ward's police at the ward office) — so an alert follows the roster, reaching whoever's shift
 * it is and, through his officer record, his phone for SMS. Where the roster names nobody for the target at that
 * instant (no period, between shifts, a leader's rank, nobody on duty holding the role), the role holders answer, so
 * an alert never goes nowhere.
 */
import { bool } from '../../db/database';
import { unitRoleDirectory, type DutyDirectory } from '../alerts/duty-directory';
import { onDutyAt } from './periods.repo';

export const rosterDirectory: DutyDirectory = {
  async recipients(db, target, at) {
    // A rank (head, deputy) is a position, not a shift: escalation to a chairman does not wait for his turn on duty.
    if (!target.rank) {
      const rows = await onDutyAt(db, at)
        .innerJoin('accounts', 'accounts.officer_id', 'roster_assignments.officer_id')
        .innerJoin('account_roles', 'account_roles.account_id', 'accounts.id')
        .select('accounts.id')
        .distinct()
        .where('account_roles.unit_id', '=', target.unitId)
        .where('account_roles.role', '=', target.role)
        .where('accounts.active', '=', bool(true))
        .where((e) => e.or([e('officers.unit_id', '=', target.unitId), e('places.unit_id', '=', target.unitId)]))
        .orderBy('accounts.id')
        .execute();
      if (rows.length) return rows.map((r) => r.id);
    }
    return unitRoleDirectory.recipients(db, target, at);
  },
};
