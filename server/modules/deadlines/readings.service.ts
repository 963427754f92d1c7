import type { Selectable } from 'kysely';
import type { z } from 'zod';
import { ruleSets, type DeadlineUnit, type UnitReadings } from '@core/domain/deadlines';
import type { ZReadingSet, ZStoredReading } from '@core/schemas/deadlines';
import type { Db, Executor } from '../../db/database';
import type { DeadlineReadingsTable } from '../../db/schema';
import type { Actor, RequestMeta } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { isUniqueViolation, updateVersioned } from '../../platform/versioned';
import { writeAudit } from '../audit/audit.repo';
// A cycle by design: the clocks read the readings, and a changed reading recomputes the clocks (runtime calls only).
import { recomputeRunningDues } from '../clocks/clocks.service';

type ReadingRow = Selectable<DeadlineReadingsTable>;
export type StoredReading = z.infer<typeof ZStoredReading>;

export const unitLabel = (unit: DeadlineUnit): string => (unit === 'working' ? 'ngày làm việc' : 'ngày');

const asUnit = (value: string): DeadlineUnit => (value === 'working' ? 'working' : 'calendar');

function present(row: ReadingRow): StoredReading {
  const unit = asUnit(row.unit);
  return { unit, unitLabel: unitLabel(unit), instruction: row.instruction, version: row.version, updatedAt: row.updated_at };
}

/** Every stored reading by rule set id: a handful of rows, read on each computation so every instance sees a change at once. */
export async function loadReadings(db: { kysely: Executor }): Promise<Map<string, StoredReading>> {
  const rows = await db.kysely.selectFrom('deadline_readings').selectAll().execute();
  return new Map(rows.map((r) => [r.rule_set_id, present(r)]));
}

/** What the pure engine takes: the unit per rule set. */
export function readingsOf(stored: ReadonlyMap<string, StoredReading>): UnitReadings {
  return Object.fromEntries([...stored].map(([id, r]) => [id, r.unit]));
}

/**
 * The reading of a whole rule set changes every due date in every unit, so only an administrator whose scope is the
 * whole tree may set it; the route already requires calendar.admin.
 */
export function canSetReading(actor: Actor): boolean {
  return actor.scopeIsEverything && actor.permissions.includes('calendar.admin');
}

const auditView = (row: ReadingRow) => ({ ruleSetId: row.rule_set_id, unit: row.unit, instruction: row.instruction, version: row.version });

/**
 * Sets how "ngày" is read in the resolution periods of a rule set (calendar or working days), following the
 * inspectorate's instruction. Version 0 creates the first reading; afterwards the version seen must match (409).
 */
export async function setReading(db: Db, actor: Actor, ruleSetId: string, input: z.infer<typeof ZReadingSet>, meta: RequestMeta): Promise<StoredReading> {
  if (!canSetReading(actor)) {
    throw new AppError('OUT_OF_SCOPE', 'Chỉ quản trị viên quản lý toàn bộ các đơn vị mới được đặt cách hiểu thời hạn cho một bộ quy tắc.');
  }
  if (!ruleSets.some((s) => s.id === ruleSetId)) throw new AppError('NOT_FOUND', `Không có bộ quy tắc thời hạn "${ruleSetId}".`);
  const existing = await db.kysely.selectFrom('deadline_readings').select(['id']).where('rule_set_id', '=', ruleSetId).executeTakeFirst();
  if (existing) {
    const { after } = await db.transaction(async (tx) => {
      const changed = await updateVersioned(tx, db, meta, {
        table: 'deadline_readings',
        id: existing.id,
        version: input.version,
        set: { unit: input.unit, instruction: input.instruction },
        action: 'deadline_reading.updated',
        entity: 'deadline_reading',
        entityId: ruleSetId,
        notFound: `Không có cách hiểu thời hạn nào đã đặt cho bộ quy tắc "${ruleSetId}".`,
        auditView,
      });
      await recomputeRunningDues(tx, db, meta, { entity: 'deadline_reading', entityId: ruleSetId });
      return changed;
    });
    return present(after);
  }
  // No reading yet: the caller must have seen none (version 0); two first settings race on the unique index.
  if (input.version !== 0) throw new AppError('VERSION_CONFLICT');
  const now = db.clock.nowIso();
  try {
    const row = await db.transaction(async (tx) => {
      const created = await tx
        .insertInto('deadline_readings')
        .values({ rule_set_id: ruleSetId, unit: input.unit, instruction: input.instruction, created_at: now, updated_at: now })
        .returningAll()
        .executeTakeFirstOrThrow();
      await writeAudit(tx, db, meta, { action: 'deadline_reading.created', entity: 'deadline_reading', entityId: ruleSetId, after: auditView(created) });
      await recomputeRunningDues(tx, db, meta, { entity: 'deadline_reading', entityId: ruleSetId });
      return created;
    });
    return present(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('VERSION_CONFLICT');
    throw error;
  }
}
