import type { FastifyBaseLogger } from 'fastify';
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import { CatalogError, catalogs, mergeAdminEntries, type AdminEntryInput, type Catalog, type CatalogCode, type CatalogEntry } from '@core/domain/catalogs';
import { CATALOG_CODES, type ZCatalog, type ZCatalogEntry, type ZCatalogEntryCreate, type ZCatalogEntryUpdate } from '@core/schemas/catalogs';
import { bool, isTrue, type Db, type Executor } from '../../db/database';
import type { CatalogEntriesTable } from '../../db/schema';
import { isWholeTreeAdmin, requireWholeTreeAdmin } from '../../platform/authority';
import type { Actor, RequestMeta } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { isUniqueViolation, updateVersioned } from '../../platform/versioned';
import { writeAudit } from '../audit/audit.repo';

type EntryRow = Selectable<CatalogEntriesTable>;
type EntryOut = z.infer<typeof ZCatalogEntry>;
type CatalogOut = z.infer<typeof ZCatalog>;

/** A change the catalog rules refuse: the rule's Vietnamese sentence, its code in `reason`, the field it concerns. */
const refusal = (code: 'CATALOG_RULE' | 'DUPLICATE', reason: string, message: string, field: string) =>
  new AppError(code, message, { [field]: message }, { reason });

const FIELD_OF: Record<CatalogError['code'], string> = {
  CATALOG_NOT_EXTENSIBLE: 'catalog',
  INVALID_CODE: 'code',
  MISSING_LABEL: 'vi',
  DUPLICATE_CODE: 'code',
  DUPLICATE_LABEL: 'vi',
  PARENT_REQUIRED: 'parent',
  UNKNOWN_PARENT: 'parent',
  PARENT_CYCLE: 'parent',
};

function refusalOf(e: CatalogError): AppError {
  const duplicate = e.code === 'DUPLICATE_CODE' || e.code === 'DUPLICATE_LABEL';
  return refusal(duplicate ? 'DUPLICATE' : 'CATALOG_RULE', e.code, e.message, FIELD_OF[e.code]);
}

const toInput = (r: EntryRow): AdminEntryInput => ({ code: r.code, vi: r.label_vi, en: r.label_en, ...(r.parent_code ? { parent: r.parent_code } : {}) });

/**
 * Built-in entries plus the stored admin entries. Stored rows were valid when written, but a later release may add
 * a built-in entry with the same code or label: such a row is left out (and logged) rather than taking the whole
 * list of catalogs down.
 */
function mergeStored(catalog: Catalog, rows: readonly EntryRow[], log?: FastifyBaseLogger): Catalog {
  try {
    return mergeAdminEntries(catalog, rows.map(toInput));
  } catch (error) {
    if (!(error instanceof CatalogError)) throw error;
  }
  let merged = catalog;
  for (const row of rows) {
    try {
      merged = mergeAdminEntries(merged, [toInput(row)]);
    } catch (error) {
      if (!(error instanceof CatalogError)) throw error;
      log?.warn({ catalog: catalog.code, code: row.code, reason: error.code }, 'stored catalog entry no longer fits its catalog; left out');
    }
  }
  return merged;
}

const rowsOf = (k: Executor, catalog?: CatalogCode) => {
  let q = k.selectFrom('catalog_entries').selectAll();
  if (catalog) q = q.where('catalog', '=', catalog);
  return q.orderBy('id').execute();
};

function presentEntry(e: CatalogEntry, row: EntryRow | undefined, canAdmin: boolean): EntryOut {
  const active = row ? isTrue(row.active) : true;
  return {
    code: e.code,
    vi: e.vi,
    en: e.en,
    builtIn: e.builtIn,
    parent: e.parent ?? null,
    basis: e.basis ?? null,
    text: e.text ?? null,
    confirmed: e.confirmed !== false,
    note: e.note ?? null,
    effectiveFrom: e.effectiveFrom ?? null,
    effectiveTo: e.effectiveTo ?? null,
    requiresWrittenNotice: e.requiresWrittenNotice ?? null,
    active,
    version: row?.version ?? null,
    // Built-in entries are fixed by law and the report forms; only added entries can be edited.
    actions: row && canAdmin ? ['edit', active ? 'deactivate' : 'activate'] : [],
  };
}

function presentCatalog(code: CatalogCode, rows: readonly EntryRow[], canAdmin: boolean, log?: FastifyBaseLogger): CatalogOut {
  const def: Catalog = catalogs[code];
  const merged = mergeStored(def, rows, log);
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return {
    code,
    vi: def.vi,
    en: def.en,
    extensible: def.extensible,
    adminEntriesNeedParent: def.adminEntriesNeedParent,
    basis: def.basis ?? null,
    note: def.note ?? null,
    entries: merged.entries.map((e) => presentEntry(e, e.builtIn ? undefined : byCode.get(e.code), canAdmin)),
  };
}

export async function listCatalogs(db: Db, actor: Actor, log?: FastifyBaseLogger): Promise<CatalogOut[]> {
  const canAdmin = isWholeTreeAdmin(actor);
  const rows = await rowsOf(db.kysely);
  return CATALOG_CODES.map((code) => presentCatalog(code, rows.filter((r) => r.catalog === code), canAdmin, log));
}

const entryId = (catalog: string, code: string) => `${catalog}.${code}`;

function auditView(row: EntryRow) {
  return { catalog: row.catalog, code: row.code, parent: row.parent_code, vi: row.label_vi, en: row.label_en, active: isTrue(row.active), version: row.version };
}

function presentRow(row: EntryRow, canAdmin: boolean): EntryOut {
  const entry: CatalogEntry = { code: row.code, vi: row.label_vi, en: row.label_en, builtIn: false, ...(row.parent_code ? { parent: row.parent_code } : {}) };
  return presentEntry(entry, row, canAdmin);
}

function checkMerge(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (error instanceof CatalogError) throw refusalOf(error);
    throw error;
  }
}

/** The catalogues are shared by every unit (a record of one unit is read by the units above it): one vocabulary, set at the root. */
const ONLY_WHOLE_TREE = 'Danh mục dùng chung cho mọi đơn vị: chỉ quản trị viên toàn hệ thống (vai trò quản trị tại đơn vị gốc) được thêm hoặc sửa.';

export async function createEntry(db: Db, actor: Actor, catalog: CatalogCode, input: z.infer<typeof ZCatalogEntryCreate>, meta: RequestMeta): Promise<EntryOut> {
  requireWholeTreeAdmin(actor, ONLY_WHOLE_TREE);
  const def: Catalog = catalogs[catalog];
  const rows = await rowsOf(db.kysely, catalog);
  const candidate: AdminEntryInput = { code: input.code, vi: input.vi, ...(input.en ? { en: input.en } : {}), ...(input.parent ? { parent: input.parent } : {}) };
  // The engine refuses a non-extensible catalog only when given entries; the new one is checked against the rest.
  checkMerge(() => mergeAdminEntries(mergeStored(def, rows), [candidate]));
  const parentRow = rows.find((r) => r.code === candidate.parent);
  if (parentRow && !isTrue(parentRow.active)) {
    throw refusal('CATALOG_RULE', 'PARENT_INACTIVE', `Mục cha "${parentRow.label_vi}" đã ngừng dùng; hãy dùng lại mục đó trước khi thêm mục con.`, 'parent');
  }
  const now = db.clock.nowIso();
  try {
    const row = await db.transaction(async (tx) => {
      const created = await tx
        .insertInto('catalog_entries')
        .values({
          catalog,
          code: candidate.code.trim(),
          parent_code: candidate.parent ?? null,
          label_vi: candidate.vi,
          label_en: candidate.en ?? candidate.vi,
          active: bool(true),
          created_at: now,
          updated_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await writeAudit(tx, db, meta, { action: 'catalog_entry.created', entity: 'catalog_entry', entityId: entryId(catalog, created.code), after: auditView(created) });
      return created;
    });
    return presentRow(row, isWholeTreeAdmin(actor));
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw refusal('DUPLICATE', 'DUPLICATE_CODE', `Mã "${candidate.code}" đã có trong danh mục "${def.vi}".`, 'code');
    }
    throw error;
  }
}

export async function updateEntry(
  db: Db,
  actor: Actor,
  catalog: CatalogCode,
  code: string,
  input: z.infer<typeof ZCatalogEntryUpdate>,
  meta: RequestMeta,
): Promise<EntryOut> {
  requireWholeTreeAdmin(actor, ONLY_WHOLE_TREE);
  const def: Catalog = catalogs[catalog];
  const builtIn = def.entries.find((e) => e.code === code);
  if (builtIn) {
    throw refusal('CATALOG_RULE', 'BUILT_IN', `Mục "${builtIn.vi}" là mục có sẵn theo quy định, không sửa hoặc ngừng dùng được.`, 'code');
  }
  const rows = await rowsOf(db.kysely, catalog);
  const before = rows.find((r) => r.code === code);
  if (!before) throw new AppError('NOT_FOUND', `Không tìm thấy mục "${code}" trong danh mục "${def.vi}".`);
  const vi = input.vi ?? before.label_vi;
  // Without its own English label an entry shows the Vietnamese one (as when it was added), and keeps doing so
  // when the Vietnamese label changes; an emptied English label returns to that.
  const enWasFallback = before.label_en === before.label_vi;
  const en = input.en === undefined ? (enWasFallback ? vi : before.label_en) : (input.en ?? vi);
  if (input.vi !== undefined || input.en !== undefined) {
    const others = rows.filter((r) => r.code !== code && r.parent_code !== code);
    checkMerge(() => mergeAdminEntries(mergeStored(def, others), [{ ...toInput(before), vi, en }]));
  }
  if (input.active === false && isTrue(before.active)) {
    const child = rows.find((r) => r.parent_code === code && isTrue(r.active));
    if (child) {
      throw refusal('CATALOG_RULE', 'HAS_ACTIVE_CHILDREN', `Mục "${before.label_vi}" còn mục con đang dùng ("${child.label_vi}"); hãy ngừng dùng các mục con trước.`, 'active');
    }
  }
  if (input.active === true && !isTrue(before.active)) {
    const parent = rows.find((r) => r.code === before.parent_code);
    if (parent && !isTrue(parent.active)) {
      throw refusal('CATALOG_RULE', 'PARENT_INACTIVE', `Mục cha "${parent.label_vi}" đã ngừng dùng; hãy dùng lại mục đó trước.`, 'active');
    }
  }
  const { after: row } = await db.transaction((tx) =>
    updateVersioned(tx, db, meta, {
      table: 'catalog_entries',
      id: before.id,
      version: input.version,
      set: { label_vi: vi, label_en: en, ...(input.active === undefined ? {} : { active: bool(input.active) }) },
      action: 'catalog_entry.updated',
      entity: 'catalog_entry',
      entityId: entryId(catalog, code),
      notFound: `Không tìm thấy mục "${code}" trong danh mục "${def.vi}".`,
      auditView,
    }),
  );
  return presentRow(row, isWholeTreeAdmin(actor));
}

/** The codes a record may carry today: built-in entries and the added entries still active. */
export async function activeCodes(db: Executor, code: CatalogCode): Promise<Set<string>> {
  const rows = await rowsOf(db, code);
  const inactive = new Set(rows.filter((r) => !isTrue(r.active)).map((r) => r.code));
  return new Set(mergeStored(catalogs[code], rows).entries.map((e) => e.code).filter((c) => !inactive.has(c)));
}
