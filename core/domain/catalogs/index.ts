import { findEntry, type Catalog, type Lang } from './catalog';
import {
  competentBodyTypes,
  complaintOutcomes,
  decisions,
  denunciationOutcomes,
  dutyRoles,
  fields,
  intakeChannels,
  nonAcceptanceGrounds,
  priorResolutionStatuses,
  receptionKinds,
  receptionModes,
  refusalGrounds,
  requestTypes,
  specialCategories,
} from './data';

export {
  CatalogError,
  defineCatalog,
  findEntry,
  mergeAdminEntries,
  type AdminEntryInput,
  type Catalog,
  type CatalogEntry,
  type CatalogErrorCode,
  type Lang,
} from './catalog';
export * from './data';

/** Every built-in catalog, keyed by its catalog code. */
export const catalogs = {
  request_type: requestTypes,
  field: fields,
  intake_channel: intakeChannels,
  decision: decisions,
  reception_kind: receptionKinds,
  reception_mode: receptionModes,
  special_category: specialCategories,
  complaint_outcome: complaintOutcomes,
  denunciation_outcome: denunciationOutcomes,
  refusal_ground: refusalGrounds,
  non_acceptance_ground: nonAcceptanceGrounds,
  prior_resolution_status: priorResolutionStatuses,
  competent_body_type: competentBodyTypes,
  duty_role: dutyRoles,
} as const;

export type CatalogCode = keyof typeof catalogs;
/** The built-in codes of one catalog, e.g. `CodeOf<'request_type'>` = 'khieu_nai' | 'to_cao' | … */
export type CodeOf<K extends CatalogCode> = (typeof catalogs)[K]['entries'][number]['code'];

/**
 * The label of `code` in `lang` (default Vietnamese). Pass a catalog code for the built-in entries, or a
 * catalog merged with admin entries; an unknown code gives `undefined`.
 */
export function labelOf<K extends CatalogCode>(catalog: K, code: CodeOf<K>, lang?: Lang): string;
export function labelOf(catalog: CatalogCode | Catalog, code: string, lang?: Lang): string | undefined;
export function labelOf(catalog: CatalogCode | Catalog, code: string, lang: Lang = 'vi'): string | undefined {
  const resolved: Catalog = typeof catalog === 'string' ? catalogs[catalog] : catalog;
  return findEntry(resolved, code)?.[lang];
}
