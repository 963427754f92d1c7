import type { IsoDate } from '../calendar/types';

export type Lang = 'vi' | 'en';

/** One coded value. Codes are stable: stored in records and reports, never renamed. */
export interface CatalogEntry<Code extends string = string> {
  readonly code: Code;
  /** Vietnamese label (NFC), as shown to users and printed in documents. */
  readonly vi: string;
  readonly en: string;
  /** True for entries shipped with tiepdan; admin-added entries are false. */
  readonly builtIn: boolean;
  /** Code of the parent entry in the same catalog (hierarchical catalogs). */
  readonly parent?: string;
  /** Legal source, e.g. "Điều 9 khoản 1 Luật Tiếp công dân 2013". */
  readonly basis?: string;
  /** Text of the legal provision in Vietnamese, where the entry is one. */
  readonly text?: string;
  /** False when the entry is not verified in a readable source (domain brief: UNCONFIRMED). Absent = confirmed. */
  readonly confirmed?: boolean;
  readonly note?: string;
  readonly effectiveFrom?: IsoDate;
  readonly effectiveTo?: IsoDate;
  /** Refusal grounds only: the head must issue a written refusal notice. */
  readonly requiresWrittenNotice?: boolean;
}

export interface Catalog<Code extends string = string, Key extends string = string> {
  readonly code: Key;
  readonly vi: string;
  readonly en: string;
  /** Whether an administrator may add entries. */
  readonly extensible: boolean;
  /** Admin entries must sit under an existing entry, so the report form's columns stay fixed. */
  readonly adminEntriesNeedParent: boolean;
  readonly basis?: string;
  readonly note?: string;
  readonly entries: readonly CatalogEntry<Code>[];
}

type EntryDef = Omit<CatalogEntry, 'builtIn'>;

interface CatalogDef<K extends string, E extends readonly EntryDef[]> {
  code: K;
  vi: string;
  en: string;
  extensible: boolean;
  adminEntriesNeedParent?: boolean;
  basis?: string;
  note?: string;
  entries: E;
}

/** Builds a built-in catalog, keeping each code as a literal type. */
export function defineCatalog<const K extends string, const E extends readonly EntryDef[]>(def: CatalogDef<K, E>): Catalog<E[number]['code'], K> {
  const { entries, adminEntriesNeedParent, ...rest } = def;
  return {
    ...rest,
    adminEntriesNeedParent: adminEntriesNeedParent ?? false,
    entries: entries.map((e) => ({ ...e, builtIn: true })) as readonly CatalogEntry<E[number]['code']>[],
  };
}

export type CatalogErrorCode =
  | 'CATALOG_NOT_EXTENSIBLE'
  | 'INVALID_CODE'
  | 'MISSING_LABEL'
  | 'DUPLICATE_CODE'
  | 'DUPLICATE_LABEL'
  | 'PARENT_REQUIRED'
  | 'UNKNOWN_PARENT'
  | 'PARENT_CYCLE';

/** An admin entry the catalog rules refuse; `message` is Vietnamese and can be shown as is. */
export class CatalogError extends Error {
  override readonly name = 'CatalogError';
  readonly code: CatalogErrorCode;
  readonly entryCode: string | undefined;

  constructor(code: CatalogErrorCode, message: string, entryCode?: string) {
    super(message);
    this.code = code;
    this.entryCode = entryCode;
  }
}

/** What an administrator supplies; the English label falls back to the Vietnamese one. */
export interface AdminEntryInput {
  code: string;
  vi: string;
  en?: string;
  parent?: string;
  note?: string;
}

const CODE_PATTERN = /^[a-z][a-z0-9_]{1,63}$/;

const labelKey = (label: string): string => label.normalize('NFC').trim().toLocaleLowerCase('vi');

/**
 * The catalog with administrator-added entries merged after the built-in ones.
 * Refuses (CatalogError) a catalog that is not extensible, a malformed or clashing code, an empty label,
 * a label repeated under the same parent, and a missing, unknown or cyclic parent.
 */
export function mergeAdminEntries<Code extends string, Key extends string>(
  catalog: Catalog<Code, Key>,
  adminEntries: readonly AdminEntryInput[],
): Catalog<Code | string, Key> {
  if (adminEntries.length === 0) return catalog;
  if (!catalog.extensible) {
    throw new CatalogError('CATALOG_NOT_EXTENSIBLE', `Danh mục "${catalog.vi}" do pháp luật quy định, không được bổ sung.`);
  }
  const byCode = new Map<string, CatalogEntry>(catalog.entries.map((e) => [e.code, e]));
  const added: CatalogEntry[] = [];
  for (const input of adminEntries) {
    const code = input.code.trim();
    if (!CODE_PATTERN.test(code)) {
      throw new CatalogError('INVALID_CODE', `Mã "${input.code}" không hợp lệ: chỉ gồm chữ thường không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ.`, input.code);
    }
    const existing = byCode.get(code);
    if (existing) {
      const who = existing.builtIn ? 'mục có sẵn' : 'mục đã bổ sung';
      throw new CatalogError('DUPLICATE_CODE', `Mã "${code}" trùng với ${who} "${existing.vi}" trong danh mục "${catalog.vi}".`, code);
    }
    const vi = input.vi.normalize('NFC').trim();
    if (vi === '') {
      throw new CatalogError('MISSING_LABEL', `Mục "${code}" chưa có tên tiếng Việt.`, code);
    }
    const en = input.en?.trim() || vi;
    const parent = input.parent?.trim() || undefined;
    if (parent === undefined && catalog.adminEntriesNeedParent) {
      throw new CatalogError('PARENT_REQUIRED', `Mục bổ sung trong danh mục "${catalog.vi}" phải thuộc một mục có sẵn.`, code);
    }
    const entry: CatalogEntry = {
      code,
      vi,
      en,
      builtIn: false,
      ...(parent === undefined ? {} : { parent }),
      ...(input.note === undefined ? {} : { note: input.note }),
    };
    byCode.set(code, entry);
    added.push(entry);
  }
  // Parents are checked once every admin entry is known, so entries may be listed in any order.
  for (const entry of added) {
    if (entry.parent === undefined) continue;
    if (!byCode.has(entry.parent)) {
      throw new CatalogError('UNKNOWN_PARENT', `Mục cha "${entry.parent}" của "${entry.vi}" không có trong danh mục "${catalog.vi}".`, entry.code);
    }
    const seen = new Set<string>([entry.code]);
    for (let p: string | undefined = entry.parent; p !== undefined; p = byCode.get(p)?.parent) {
      if (seen.has(p)) {
        throw new CatalogError('PARENT_CYCLE', `Mục "${entry.vi}" tạo thành vòng lặp trong cây danh mục "${catalog.vi}".`, entry.code);
      }
      seen.add(p);
    }
  }
  const all = [...catalog.entries, ...added];
  for (const entry of added) {
    const clash = all.find((e) => e !== entry && e.parent === entry.parent && labelKey(e.vi) === labelKey(entry.vi));
    if (clash) {
      throw new CatalogError('DUPLICATE_LABEL', `Tên "${entry.vi}" đã có trong danh mục "${catalog.vi}" (mã "${clash.code}").`, entry.code);
    }
  }
  return { ...catalog, entries: all };
}

export function findEntry<Code extends string>(catalog: Catalog<Code>, code: string): CatalogEntry<Code> | undefined {
  return catalog.entries.find((e) => e.code === code);
}
