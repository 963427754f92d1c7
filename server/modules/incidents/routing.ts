/**
 * The coordination matrix (seed §II.2, issue 10 §3): a rule per incident kind and step names who is informed (a role
 * at a unit chosen by a selector), what must be done, how fast it must be acknowledged and to whom it escalates.
 * Selectors are resolved against the incident here; who holds the role at that unit is the DutyDirectory's answer.
 */
import type { z } from 'zod';
import { INCIDENT_KIND_LABELS, INCIDENT_STEP_LABELS, type IncidentKind, type IncidentStep } from '@core/domain/incidents/lifecycle';
import type { Role } from '@core/domain/org/roles';
import type { TRule, ZUnitSelector } from '@core/schemas/incidents';
import { isTrue, type Db, type Executor, type Tx } from '../../db/database';
import type { RequestMeta } from '../../platform/context';
import type { AlertTarget } from '../alerts/alerts.service';
import { raiseAlert } from '../alerts/alerts.service';
import type { DutyTarget } from '../alerts/duty-directory';

type Selector = z.output<typeof ZUnitSelector>;

export interface IncidentFacts {
  id: number;
  kind: IncidentKind;
  unitId: number;
  placeId: number | null;
  address: string;
  headCount: number;
  originWardIds: number[];
  createdBy: number | null;
}

export function presentRule(r: { id: number; incident_kind: string; step: string; inform: string; action: string; ack_seconds: number | null; escalation: string; channels: string; active: number | boolean; version: number }): TRule {
  return {
    id: r.id,
    incidentKind: r.incident_kind as IncidentKind,
    step: r.step as IncidentStep,
    inform: JSON.parse(r.inform) as TRule['inform'],
    action: r.action,
    ackSeconds: r.ack_seconds,
    escalation: JSON.parse(r.escalation) as TRule['escalation'],
    channels: JSON.parse(r.channels) as TRule['channels'],
    active: isTrue(r.active),
    version: r.version,
  };
}

async function cityOf(db: Executor, unitId: number): Promise<number | null> {
  let id: number | null = unitId;
  for (let depth = 0; id !== null && depth < 10; depth++) {
    const u: { id: number; kind: string; parent_id: number | null } | undefined = await db.selectFrom('units').select(['id', 'kind', 'parent_id']).where('id', '=', id).executeTakeFirst();
    if (!u) return null;
    if (u.kind === 'city') return u.id;
    id = u.parent_id;
  }
  return null;
}

export async function resolveSelector(db: Executor, selector: Selector, incident: IncidentFacts): Promise<number[]> {
  if (selector === 'origin_wards') return incident.originWardIds;
  if (selector === 'owner') return [incident.unitId];
  if (selector === 'city' || selector === 'city_police') {
    const city = await cityOf(db, incident.originWardIds[0] ?? incident.unitId);
    if (city === null || selector === 'city') return city === null ? [] : [city];
    const police = await db.selectFrom('units').select('id').where('parent_id', '=', city).where('kind', '=', 'police').where('valid_to', 'is', null).execute();
    return police.map((p) => p.id);
  }
  if (selector === 'place_ward') {
    if (incident.placeId === null) return [];
    const p = await db.selectFrom('places').select('ward_unit_id').where('id', '=', incident.placeId).executeTakeFirst();
    return p?.ward_unit_id ? [p.ward_unit_id] : [];
  }
  const code = selector.slice('unit:'.length);
  const u = await db.selectFrom('units').select('id').where('code', '=', code).where('valid_to', 'is', null).executeTakeFirst();
  return u ? [u.id] : [];
}

/** Raises the alert the matrix asks for when `incident` reaches `step`; nothing when no active rule covers it. */
export async function alertForStep(tx: Tx, db: Pick<Db, 'clock' | 'engine' | 'auditKey'>, meta: RequestMeta, incident: IncidentFacts, step: IncidentStep, wardNames: string[]) {
  const row = await tx.selectFrom('coordination_rules').selectAll().where('incident_kind', '=', incident.kind).where('step', '=', step).where('active', '=', 1).executeTakeFirst();
  if (!row) return null;
  const rule = presentRule(row);
  const targets: AlertTarget[] = [];
  for (const t of rule.inform) for (const unitId of await resolveSelector(tx, t.unit, incident)) targets.push({ unitId, role: t.role as Role, mustAck: t.ack });
  const escalation: DutyTarget[][] = [];
  for (const level of rule.escalation) {
    const resolved: DutyTarget[] = [];
    for (const t of level) for (const unitId of await resolveSelector(tx, t.unit, incident)) resolved.push({ unitId, role: t.role as Role, rank: t.rank });
    escalation.push(resolved);
  }
  const kind = INCIDENT_KIND_LABELS[incident.kind].vi;
  const from = wardNames.length ? ` (${wardNames.join(', ')})` : '';
  const title = step === 'reported' ? `${kind}: ${incident.headCount} người${from}` : `${INCIDENT_STEP_LABELS[step].vi} — ${kind}${from}`;
  return raiseAlert(tx, db, meta, {
    kind: `incident.${step}`,
    urgent: true,
    title,
    body: `Địa điểm: ${incident.address}. Số người: ${incident.headCount}.\nViệc cần làm: ${rule.action}`,
    unitId: incident.originWardIds[0] ?? incident.unitId,
    subject: { type: 'incident', id: incident.id },
    ruleId: rule.id,
    targets,
    ackSeconds: rule.ackSeconds,
    escalation,
    channels: rule.channels,
    createdBy: incident.createdBy,
  });
}
