import type { z } from 'zod';
import type { ZAuditEntry, ZAuditQuery } from '@core/schemas/audit';
import type { Db } from '../../db/database';
import type { Actor, RequestMeta } from '../../platform/context';
import { vnDayStartIso } from '../../platform/dates';
import { recordType } from '../../platform/records';
import { writeAudit } from './audit.repo';

type Entry = z.infer<typeof ZAuditEntry>;

/** What a record's row may hold about a person, in the stored (snake_case) and the API (camelCase) spellings. */
const PERSONAL_FIELDS = new Set([
  'full_name', 'fullName', 'name_key', 'id_type', 'idType', 'id_number', 'idNumber', 'birth_year', 'birthYear', 'gender',
  'phone', 'phones', 'email', 'address', 'ward_unit_id', 'wardUnitId',
]);
export const MASKED = '•••';

/** The row's content with every personal field hidden, at any depth (a merge keeps both records side by side). */
export function maskPersonal(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskPersonal);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, PERSONAL_FIELDS.has(k) && v !== null ? MASKED : maskPersonal(v)]));
}

const parse = (text: string | null): unknown => (text ? (JSON.parse(text) as unknown) : null);

/**
 * The audit log as the actor may read it. Rows are scoped like the records they describe: those of records owned by
 * a unit in his scope (`unit_id`, written with each row); rows of no unit (settings for everyone, the system, failed
 * sign-ins) only from the root. Within them, a row about a record he may not open (a citizen's record that has left
 * his sight, or a reader without the record's permission) shows no personal field. Looking is itself recorded.
 */
export async function listAudit(db: Db, actor: Actor, q: z.infer<typeof ZAuditQuery>, meta: RequestMeta): Promise<{ total: number; items: Entry[] }> {
  let query = db.kysely.selectFrom('audit_log');
  // -1 is never a unit: it keeps the list valid SQL for an actor without a scope.
  if (!actor.scopeIsEverything) query = query.where('unit_id', 'in', [...actor.scope, -1]);
  if (q.actor) query = query.where('actor_name', '=', q.actor);
  if (q.action) query = query.where('action', '=', q.action);
  if (q.entity) query = query.where('entity', '=', q.entity);
  if (q.entityId) query = query.where('entity_id', '=', q.entityId);
  // Dates are days in Vietnam: 'to' includes the whole day.
  if (q.from) query = query.where('at', '>=', vnDayStartIso(q.from));
  if (q.to) query = query.where('at', '<', vnDayStartIso(q.to, 1));
  // The log holds citizens' data in its before/after columns: looking at it is itself recorded, under the reader's unit.
  await db.transaction((tx) => writeAudit(tx, db, meta, { action: 'audit.viewed', entity: 'audit', after: q, unitId: actor.activeUnitId }));
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('id', 'desc').limit(q.pageSize).offset((q.page - 1) * q.pageSize).execute(),
    query.select((e) => e.fn.countAll<number>().as('n')).executeTakeFirst(),
  ]);
  const readable = new Map<string, Promise<boolean>>();
  const mayRead = (entity: string, entityId: string | null): Promise<boolean> => {
    const policy = recordType(entity);
    const id = Number(entityId);
    if (!policy) return Promise.resolve(true);
    if (!Number.isSafeInteger(id)) return Promise.resolve(false);
    const key = `${entity}:${id}`;
    let answer = readable.get(key);
    if (!answer) readable.set(key, (answer = policy.canRead(db.kysely, actor, id)));
    return answer;
  };
  const items = await Promise.all(
    rows.map(async (r) => {
      const open = await mayRead(r.entity, r.entity_id);
      const show = (text: string | null) => (open ? parse(text) : maskPersonal(parse(text)));
      return { id: r.id, at: r.at, actorId: r.actor_id, actorName: r.actor_name, ip: r.ip, action: r.action, entity: r.entity, entityId: r.entity_id, before: show(r.before), after: show(r.after) };
    }),
  );
  return { total: Number(count?.n ?? 0), items };
}
