import type { z } from 'zod';
import {
  compareNames,
  findMatchingPeople,
  guessDocumentType,
  normalizeDocumentNumber,
  personKey,
  planNameQuery,
  proposeWrittenForms,
  rankPeople,
  registeredDocumentType,
  toE164,
  validateIdentityDocument,
  type IdentityDocumentType,
  type Ranked,
} from '@core/domain/identity';
import { checkName, hasDiacritics, nameTokens, searchKey, toNfc } from '@core/domain/text';
import {
  SEARCH_CANDIDATES,
  type TPersonInput,
  type ZNameForms,
  type ZPerson,
  type ZPersonLink,
  type ZPersonListItem,
  type ZPersonMatch,
  type ZPersonMatchResult,
  type ZPersonSearchItem,
  type ZPersonSearchResult,
  type ZPersonUpdate,
} from '@core/schemas/people';
import { bool, isTrue, type Db, type Executor } from '../../db/database';
import type { PersonRow } from '../../db/schema';
import type { Actor, RequestMeta } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { normalisePhone } from '../../platform/phones';
import { registerRecordType } from '../../platform/records';
import { assertVersionedUpdate, changedFields, isUniqueViolation, updateVersioned } from '../../platform/versioned';
import { writeAudit } from '../audit/audit.repo';
import { isWardOrCommune } from '../org/units.repo';
import { learnName, nameVocabulary } from './name-vocabulary';
import {
  findByDocument,
  findByIdNumber,
  findByKeyPrefix,
  findByPhone,
  findByTokenGroups,
  findPlainNames,
  linkedUnits,
  namesWithSyllable,
  type PersonCandidate,
  type Scope,
} from './people.repo';

type Person = z.infer<typeof ZPerson>;
type ListItem = z.infer<typeof ZPersonListItem>;
type SearchItem = z.infer<typeof ZPersonSearchItem>;

const NOT_FOUND = 'Không tìm thấy hồ sơ công dân.';

/** An identity number is personal data: lists show only its ends; the full number is in the (audited) record. */
export function maskIdNumber(n: string | null): string | null {
  if (!n) return null;
  if (n.length <= 6) return '•'.repeat(n.length);
  return `${n.slice(0, 3)}${'•'.repeat(n.length - 6)}${n.slice(-3)}`;
}

/** `null` when the actor sees every unit: the scope filter can then be left out of the query. */
const scopeOf = (actor: Actor): Scope => (actor.scopeIsEverything ? null : [...actor.scope]);

/** Who sees a record: its registering unit, its ward of residence, the units that brought it into view. */
const visible = (actor: Actor, p: Pick<PersonRow, 'unit_id' | 'ward_unit_id'>, links: readonly number[]) =>
  actor.scope.has(p.unit_id) || (p.ward_unit_id !== null && actor.scope.has(p.ward_unit_id)) || links.some((u) => actor.scope.has(u));

/**
 * Who edits it: the registering unit and the units above it. A ward sees the records the city keeps of its residents,
 * and the citizens it brought into view, but corrects only its own: an edit from below would change what the owner
 * relies on (and could move the record out of the owner's sight).
 */
const owned = (actor: Actor, p: Pick<PersonRow, 'unit_id'>) => actor.scope.has(p.unit_id);

/**
 * A prefix that many names share fills the first pages by itself ("nguyen van hung" in a large register): the typed
 * words found elsewhere in names are then not looked up, which is the costly index query, and the list says that
 * more may match. Below it, both are ranked together.
 */
const PREFIX_ENOUGH = 50;
/** Below this a result shares a syllable or two with the query but is another name: noise in the list. */
const MIN_SCORE = 0.55;
/** How close a name typed from the card must be to the record's for the record to be brought into view. */
const SAME_NAME = 0.8;
/** Register names read to learn how one syllable is written. */
const FORM_SAMPLE = 300;
const MAX_FORM_WORDS = 6;

interface Candidates {
  rows: PersonCandidate[];
  /** The indexes matched more names than were taken: the register may hold more than are ranked. */
  capped: boolean;
}

/** Candidates for a name through the indexes: exact and prefix keys on a B-tree, then the rarest syllables. */
export async function candidatesByName(db: Db, scope: Scope, key: string): Promise<Candidates> {
  const found = await findByKeyPrefix(db, scope, key, SEARCH_CANDIDATES);
  if (found.length >= PREFIX_ENOUGH) return { rows: found, capped: true };
  const plan = planNameQuery(key.split(' '), await nameVocabulary(db));
  const more = await findByTokenGroups(db, scope, plan.groups, SEARCH_CANDIDATES, key.length);
  return { rows: [...found, ...more], capped: more.length >= SEARCH_CANDIDATES };
}

const asPersonLike = (p: PersonCandidate) => ({ row: p, fullName: p.full_name, idNumber: p.id_number, birthYear: p.birth_year, address: p.address, wardId: p.ward_unit_id });

function listItem(p: PersonCandidate): ListItem {
  return {
    id: p.id,
    fullName: p.full_name,
    birthYear: p.birth_year,
    gender: p.gender as ListItem['gender'],
    idType: p.id_type as ListItem['idType'],
    idNumberMasked: maskIdNumber(p.id_number),
    address: p.address,
    wardName: p.ward_name,
    namePlain: isTrue(p.name_plain),
  };
}

function presentRanked(ranked: Ranked<ReturnType<typeof asPersonLike>>[]): SearchItem[] {
  return ranked.map(({ item, score, reasons }) => ({
    ...listItem(item.row),
    score: Math.round(score * 1000) / 1000,
    reasons: reasons.map((r) => ({ code: r.code, label: r.label })),
  }));
}

const unique = (rows: PersonCandidate[]) => [...new Map(rows.map((r) => [r.id, r])).values()];

/**
 * Finds people by what a receptionist types: an identity number, or a name with or without diacritics, in any
 * word order, partial ("nguyen van hun") or with a typo. The database narrows to candidates through its
 * indexes (see `planNameQuery`) and the pure ranking of core/domain/identity orders them and says why. The ranked
 * list is paged with `offset`; `truncated` says the register holds more matches than a search ranks.
 */
export async function searchPeople(db: Db, actor: Actor, q: string, limit: number, offset = 0): Promise<z.infer<typeof ZPersonSearchResult>> {
  const scope = scopeOf(actor);
  const page = (ranked: SearchItem[], capped: boolean) => ({
    items: ranked.slice(offset, offset + limit),
    hasMore: ranked.length > offset + limit,
    truncated: capped,
  });
  const digits = q.replace(/[\s.()-]/g, '');
  // 10 or 11 digits (or +84…) is a phone number: identity documents have 9 or 12.
  const phone = /^(\+?84|0)\d{8,10}$/.test(digits) && !/^\d{9}$|^\d{12}$/.test(digits) ? toE164(digits) : undefined;
  if (phone) {
    const rows = await findByPhone(db, scope, phone, SEARCH_CANDIDATES);
    return page(presentRanked(rows.map((p, index) => ({ item: asPersonLike(p), index, score: 1, reasons: [{ code: 'phone_same', label: 'Trùng số điện thoại', weight: 1 }] }))), rows.length >= SEARCH_CANDIDATES);
  }
  const byNumber = /^\d{9,12}$/.test(digits) || guessDocumentType(q) === 'passport';
  const key = searchKey(q);
  const found: Candidates = byNumber
    ? { rows: await findByIdNumber(db, scope, normalizeDocumentNumber(q), SEARCH_CANDIDATES), capped: false }
    : key
      ? await candidatesByName(db, scope, key)
      : { rows: [], capped: false };
  return page(presentRanked(rankPeople(q, unique(found.rows).map(asPersonLike), { minScore: MIN_SCORE })), found.capped);
}

/** The registered form of a document: its number with digits of any script read as ASCII, and its type. */
function documentOf(idType: TPersonInput['idType'], idNumber: string | null | undefined): { type: IdentityDocumentType; number: string } | null {
  const number = idNumber ? normalizeDocumentNumber(idNumber) : '';
  return number ? { type: registeredDocumentType(idType, number), number } : null;
}

/**
 * The records that may be this person, before a new one is created: same identity number, or a similar name
 * weighed with birth year, address and ward — each with the reasons, so the officer decides. A number held by a
 * record outside the actor's view is only flagged (`registeredElsewhere`, to users who may add people), nothing of
 * that record is shown.
 */
export async function matchPerson(db: Db, actor: Actor, person: z.infer<typeof ZPersonMatch>, limit: number): Promise<z.infer<typeof ZPersonMatchResult>> {
  const scope = scopeOf(actor);
  const document = documentOf(null, person.idNumber);
  const key = searchKey(person.fullName);
  const rows = [...(document ? await findByIdNumber(db, scope, document.number, limit) : []), ...(key ? (await candidatesByName(db, scope, key)).rows : [])];
  const target = { fullName: person.fullName, idNumber: document?.number ?? null, birthYear: person.birthYear ?? null, address: person.address ?? null, wardId: person.wardUnitId ?? null };
  const items = presentRanked(findMatchingPeople(target, unique(rows).map(asPersonLike), { limit, minScore: 0.5 }));
  let registeredElsewhere = false;
  // Told only to those who can act on it (bring the record in), and only for a number typed in full.
  if (document && actor.permissions.includes('people.write') && !items.some((i) => i.reasons.some((r) => r.code === 'id_same'))) {
    const holder = await findByDocument(db.kysely, document.type, document.number);
    registeredElsewhere = holder !== undefined && !visible(actor, holder, await linkedUnits(db.kysely, holder.id));
  }
  return { items, registeredElsewhere };
}

type CleanPerson = Pick<PersonRow, 'full_name' | 'name_key' | 'name_plain' | 'id_type' | 'id_number' | 'birth_year' | 'gender' | 'phone' | 'address' | 'ward_unit_id'>;

/**
 * Validates name, identity document, phone and ward together, as one person's data must agree with itself.
 * `nameIsNew`: the name is being typed now (a new record, or a changed name), so one without diacritics must be
 * confirmed as deliberate.
 */
async function clean(db: Db, input: TPersonInput, nameIsNew: boolean): Promise<CleanPerson> {
  if (input.birthYear && input.birthYear > db.clock.year()) {
    throw new AppError('VALIDATION_FAILED', 'Năm sinh không thể ở tương lai.', { birthYear: 'Năm sinh không thể ở tương lai' });
  }
  const name = checkName(input.fullName, 'Họ tên');
  if (!name.ok) throw new AppError('VALIDATION_FAILED', name.message, { fullName: name.message });
  const plain = !hasDiacritics(name.value);
  if (plain && nameIsNew && !input.nameWithoutDiacritics) {
    throw new AppError(
      'VALIDATION_FAILED',
      `Họ tên «${name.value}» chưa có dấu. Hãy gõ đúng như trên giấy tờ của công dân; nếu giấy tờ ghi không dấu (tên nước ngoài…), hãy xác nhận lưu không dấu.`,
      { fullName: 'Họ tên chưa có dấu: gõ như trên giấy tờ, hoặc xác nhận lưu không dấu' },
      { reason: 'NAME_WITHOUT_DIACRITICS' },
    );
  }
  const document = documentOf(input.idType, input.idNumber);
  let idNumber: string | null = null;
  if (document) {
    const check = validateIdentityDocument({ type: document.type, number: document.number, birthYear: input.birthYear ?? null, asOfYear: db.clock.year() });
    if (!check.ok) throw new AppError('VALIDATION_FAILED', `Số giấy tờ không hợp lệ: ${check.message}`, { idNumber: check.message });
    // The CCCD's fourth digit encodes the gender; a form that says otherwise has one of the two wrong.
    if (check.type === 'cccd' && input.gender && input.gender !== 'other' && input.gender !== check.gender) {
      const said = check.gender === 'male' ? 'nam' : 'nữ';
      throw new AppError('VALIDATION_FAILED', `Giới tính không khớp với số căn cước (chữ số thứ tư cho biết giới tính ${said}).`, { gender: `Số căn cước cho biết giới tính ${said}` });
    }
    idNumber = check.number;
  }
  if (input.wardUnitId !== undefined && input.wardUnitId !== null) {
    if (!(await isWardOrCommune(db.kysely, input.wardUnitId))) throw new AppError('VALIDATION_FAILED', 'Nơi cư trú phải là một phường hoặc xã.', { wardUnitId: 'Không phải phường/xã' });
  }
  return {
    full_name: name.value,
    name_key: personKey(searchKey(name.value)),
    name_plain: bool(plain),
    id_type: document ? document.type : null,
    id_number: idNumber,
    birth_year: input.birthYear ?? null,
    gender: input.gender ?? null,
    phone: normalisePhone(input.phone, 'phone'),
    address: input.address ? toNfc(input.address) || null : null,
    ward_unit_id: input.wardUnitId ?? null,
  };
}

/** A record may be placed only where its author works: a ward of residence outside his scope would hand it to another unit. */
function assertWardInScope(actor: Actor, wardUnitId: number | null): void {
  if (wardUnitId !== null && !actor.scope.has(wardUnitId)) {
    throw new AppError('OUT_OF_SCOPE', 'Phường/xã cư trú nằm ngoài phạm vi đơn vị của bạn; hãy ghi nơi ở của công dân vào ô Địa chỉ.', { wardUnitId: 'Ngoài phạm vi đơn vị của bạn' });
  }
}

/**
 * The refusal for an identity document another record holds. A record the actor sees is named (open it instead);
 * one outside his view is not: he learns only that the register has the number, which he typed from the card in
 * his hand, and that he can bring that record into his unit's view (`linkPerson`).
 */
async function duplicateOf(db: Db, actor: Actor, document: { type: string; number: string }, exceptId?: number): Promise<AppError | undefined> {
  const other = await findByDocument(db.kysely, document.type, document.number);
  if (!other || other.id === exceptId) return undefined;
  if (visible(actor, other, await linkedUnits(db.kysely, other.id))) {
    return new AppError('DUPLICATE', `Số giấy tờ này đã thuộc hồ sơ công dân #${other.id}. Hãy mở hồ sơ đó thay vì tạo mới.`, { idNumber: `Đã có trong hồ sơ #${other.id}` }, { details: { existingId: other.id } });
  }
  return new AppError(
    'DUPLICATE',
    'Số giấy tờ này đã có trong sổ công dân chung, ở hồ sơ do đơn vị khác lập. Nếu công dân đang có mặt với giấy tờ, hãy đưa hồ sơ đó vào đơn vị của bạn thay vì tạo mới.',
    { idNumber: 'Đã có trong sổ công dân chung' },
    { details: { linkable: true } },
  );
}

async function assertNoDuplicate(db: Db, actor: Actor, data: CleanPerson, exceptId?: number): Promise<void> {
  if (!data.id_type || !data.id_number) return;
  const duplicate = await duplicateOf(db, actor, { type: data.id_type, number: data.id_number }, exceptId);
  if (duplicate) throw duplicate;
}

/**
 * Runs a write whose document the unique index guards: two requests that both passed the check before their
 * transactions (PostgreSQL, parallel) meet at the index, and the loser gets the same 409 as a sequential one.
 */
async function guardingDocument<T>(db: Db, actor: Actor, data: CleanPerson, exceptId: number | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isUniqueViolation(error) || !data.id_type || !data.id_number) throw error;
    throw (await duplicateOf(db, actor, { type: data.id_type, number: data.id_number }, exceptId)) ?? error;
  }
}

function present(actor: Actor, p: PersonRow, wardName: string | null, mergedFrom: number[]): Person {
  const canEdit = actor.permissions.includes('people.write') && p.merged_into_id === null && owned(actor, p);
  return {
    id: p.id,
    fullName: p.full_name,
    idType: p.id_type as Person['idType'],
    idNumber: p.id_number,
    birthYear: p.birth_year,
    gender: p.gender as Person['gender'],
    phone: p.phone,
    address: p.address,
    wardUnitId: p.ward_unit_id,
    wardName,
    unitId: p.unit_id,
    mergedIntoId: p.merged_into_id,
    mergedFromIds: mergedFrom,
    namePlain: isTrue(p.name_plain),
    version: p.version,
    createdAt: p.created_at,
    updatedAt: p.updated_at,
    actions: canEdit ? ['edit', 'merge'] : [],
  };
}

/** A record outside the actor's view answers exactly as a missing one: its existence is not his to learn. */
async function load(db: Executor, actor: Actor, id: number): Promise<PersonRow> {
  const p = await db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
  if (!p || !visible(actor, p, await linkedUnits(db, id))) throw new AppError('NOT_FOUND', NOT_FOUND);
  return p;
}

function assertOwned(actor: Actor, p: PersonRow): void {
  if (!owned(actor, p)) throw new AppError('OUT_OF_SCOPE', 'Hồ sơ này do đơn vị cấp trên hoặc đơn vị khác lập: bạn được xem nhưng không được sửa hay gộp.');
}

async function presentById(db: Executor, actor: Actor, p: PersonRow): Promise<Person> {
  const ward = p.ward_unit_id === null ? undefined : await db.selectFrom('units').select('name').where('id', '=', p.ward_unit_id).executeTakeFirst();
  const mergedFrom = await db.selectFrom('people').select('id').where('merged_into_id', '=', p.id).orderBy('id').execute();
  return present(actor, p, ward?.name ?? null, mergedFrom.map((m) => m.id));
}

/** Reading a full record (identity number, phone, address) is itself audited. */
export async function getPerson(db: Db, actor: Actor, id: number, meta: RequestMeta): Promise<Person> {
  return db.transaction(async (tx) => {
    const p = await load(tx, actor, id);
    await writeAudit(tx, db, meta, { action: 'person.read', entity: 'person', entityId: id, unitId: p.unit_id });
    return presentById(tx, actor, p);
  });
}

export async function createPerson(db: Db, actor: Actor, input: TPersonInput, meta: RequestMeta): Promise<Person> {
  const unitId = actor.activeUnitId;
  if (unitId === null) throw new AppError('FORBIDDEN', 'Bạn chưa có đơn vị làm việc.');
  const data = await clean(db, input, true);
  assertWardInScope(actor, data.ward_unit_id);
  await assertNoDuplicate(db, actor, data);
  const now = db.clock.nowIso();
  return guardingDocument(db, actor, data, undefined, () =>
    db.transaction(async (tx) => {
      const row = await tx
        .insertInto('people')
        .values({ ...data, unit_id: unitId, merged_into_id: null, created_at: now, updated_at: now })
        .returningAll()
        .executeTakeFirstOrThrow();
      await writeAudit(tx, db, meta, { action: 'person.created', entity: 'person', entityId: row.id, after: row, unitId: row.unit_id });
      learnName(db, row.name_key);
      return presentById(tx, actor, row);
    }),
  );
}

export async function updatePerson(db: Db, actor: Actor, id: number, input: z.infer<typeof ZPersonUpdate>, meta: RequestMeta): Promise<Person> {
  const before = await load(db.kysely, actor, id);
  if (before.merged_into_id !== null) throw new AppError('CONFLICT', `Hồ sơ này đã được gộp vào hồ sơ #${before.merged_into_id}; hãy sửa hồ sơ đó.`);
  assertOwned(actor, before);
  const merged: TPersonInput = {
    fullName: input.fullName ?? before.full_name,
    nameWithoutDiacritics: input.nameWithoutDiacritics,
    idType: input.idType !== undefined ? input.idType : (before.id_type as TPersonInput['idType']),
    idNumber: input.idNumber !== undefined ? input.idNumber : before.id_number,
    birthYear: input.birthYear !== undefined ? input.birthYear : before.birth_year,
    gender: input.gender !== undefined ? input.gender : (before.gender as TPersonInput['gender']),
    phone: input.phone !== undefined ? input.phone : before.phone,
    address: input.address !== undefined ? input.address : before.address,
    wardUnitId: input.wardUnitId !== undefined ? input.wardUnitId : before.ward_unit_id,
  };
  const data = await clean(db, merged, input.fullName !== undefined && input.fullName !== before.full_name);
  if (data.ward_unit_id !== before.ward_unit_id) assertWardInScope(actor, data.ward_unit_id);
  await assertNoDuplicate(db, actor, data, id);
  return guardingDocument(db, actor, data, id, () =>
    db.transaction(async (tx) => {
      const { after } = await updateVersioned(tx, db, meta, { table: 'people', id, version: input.version, set: data, action: 'person.updated', entity: 'person', notFound: NOT_FOUND });
      learnName(db, after.name_key);
      return presentById(tx, actor, after);
    }),
  );
}

/**
 * Two records of one person become one without losing either history: the duplicate stays, pointing to the
 * kept record (its visits and letters will be read through that link), and stops appearing in searches. Both must
 * be the actor's to edit. The duplicate is claimed first, guarded by the version read and by not being merged yet,
 * so of two merges of one duplicate running at once exactly one wins; releasing its document first also lets the
 * kept record take it under the unique index.
 */
export async function mergePeople(db: Db, actor: Actor, keepId: number, duplicateId: number, version: number, meta: RequestMeta): Promise<Person> {
  if (keepId === duplicateId) throw new AppError('VALIDATION_FAILED', 'Không thể gộp một hồ sơ vào chính nó.', { duplicateId: 'Trùng với hồ sơ giữ lại' });
  const keep = await load(db.kysely, actor, keepId);
  const dup = await load(db.kysely, actor, duplicateId);
  if (keep.merged_into_id !== null || dup.merged_into_id !== null) throw new AppError('CONFLICT', 'Một trong hai hồ sơ đã được gộp trước đó.');
  assertOwned(actor, keep);
  assertOwned(actor, dup);
  if (keep.id_number && dup.id_number && keep.id_type === dup.id_type && keep.id_number !== dup.id_number) {
    throw new AppError('CONFLICT', 'Hai hồ sơ có số giấy tờ cùng loại khác nhau: không phải cùng một người.');
  }
  return db.transaction(async (tx) => {
    const now = db.clock.nowIso();
    const claimed = await tx
      .updateTable('people')
      .set((eb) => ({ merged_into_id: keepId, updated_at: now, version: eb('version', '+', 1) }))
      .where('id', '=', duplicateId)
      .where('version', '=', dup.version)
      .where('merged_into_id', 'is', null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 0) throw new AppError('CONFLICT', 'Hồ sơ trùng vừa được sửa hoặc gộp ở nơi khác. Hãy tải lại rồi thử lại.');
    // The kept record takes what only the duplicate knew (a ward of residence only inside the actor's scope).
    const dupWard = dup.ward_unit_id !== null && actor.scope.has(dup.ward_unit_id) ? dup.ward_unit_id : null;
    const fill = {
      id_type: keep.id_type ?? dup.id_type,
      id_number: keep.id_number ?? dup.id_number,
      birth_year: keep.birth_year ?? dup.birth_year,
      gender: keep.gender ?? dup.gender,
      phone: keep.phone ?? dup.phone,
      address: keep.address ?? dup.address,
      ward_unit_id: keep.ward_unit_id ?? dupWard,
    };
    const result = await tx
      .updateTable('people')
      .set((eb) => ({ ...fill, updated_at: now, version: eb('version', '+', 1) }))
      .where('id', '=', keepId)
      .where('version', '=', version)
      .executeTakeFirst();
    await assertVersionedUpdate(result, () => tx.selectFrom('people').select('id').where('id', '=', keepId).executeTakeFirst());
    // Whoever saw the duplicate (its registering unit, the units that brought it into view) sees the person still.
    const viewers = [...new Set([dup.unit_id, ...(await linkedUnits(tx, duplicateId))])].filter((u) => u !== keep.unit_id);
    if (viewers.length) {
      await tx
        .insertInto('person_units')
        .values(viewers.map((unitId) => ({ person_id: keepId, unit_id: unitId, created_at: now, created_by: meta.actorId })))
        .onConflict((oc) => oc.columns(['person_id', 'unit_id']).doNothing())
        .execute();
    }
    const after = await tx.selectFrom('people').selectAll().where('id', '=', keepId).executeTakeFirstOrThrow();
    // Both records are in the log already: the merge keeps what it changed on the kept one and which one it absorbed.
    const kept = changedFields(keep, after);
    await writeAudit(tx, db, meta, { action: 'person.merged', entity: 'person', entityId: keepId, before: kept.before, after: { ...(kept.after as object), mergedFrom: duplicateId } });
    return presentById(tx, actor, after);
  });
}

// A citizen's record can carry scans (identity papers, letters handed in): files follow the record's own rules.
registerRecordType('person', {
  label: 'hồ sơ công dân',
  async owningUnit(db, id) {
    return (await db.selectFrom('people').select('unit_id').where('id', '=', id).executeTakeFirst())?.unit_id ?? null;
  },
  async canRead(db, actor, id) {
    if (!actor.permissions.includes('people.read')) return false;
    const p = await db.selectFrom('people').select(['unit_id', 'ward_unit_id']).where('id', '=', id).executeTakeFirst();
    return !!p && visible(actor, p, await linkedUnits(db, id));
  },
  async canWrite(db, actor, id) {
    if (!actor.permissions.includes('people.write')) return false;
    const p = await db.selectFrom('people').select(['unit_id', 'ward_unit_id', 'merged_into_id']).where('id', '=', id).executeTakeFirst();
    return !!p && p.merged_into_id === null && visible(actor, p, await linkedUnits(db, id));
  },
});

/**
 * Brings a citizen registered elsewhere into the actor's unit: the officer has the citizen's identity document in
 * hand, so he gives its number and the name on it, which must agree with the record. The unit then sees the record
 * (and will attach visits and letters to it) as it sees its own, without owning it; the link is audited.
 */
export async function linkPerson(db: Db, actor: Actor, input: z.infer<typeof ZPersonLink>, meta: RequestMeta): Promise<Person> {
  const unitId = actor.activeUnitId;
  if (unitId === null) throw new AppError('FORBIDDEN', 'Bạn chưa có đơn vị làm việc.');
  const document = documentOf(input.idType, input.idNumber);
  const holder = document ? await findByDocument(db.kysely, document.type, document.number) : undefined;
  if (!holder) throw new AppError('NOT_FOUND', 'Không có hồ sơ nào trong sổ công dân mang số giấy tờ này.', { idNumber: 'Không có trong sổ công dân' });
  if (compareNames(input.fullName, holder.full_name).score < SAME_NAME) {
    throw new AppError(
      'CONFLICT',
      'Họ tên không khớp với hồ sơ mang số giấy tờ này. Hãy đối chiếu họ tên trên giấy tờ của công dân; nếu giấy tờ đúng, đề nghị đơn vị đã lập hồ sơ kiểm tra lại.',
      { fullName: 'Không khớp với hồ sơ mang số giấy tờ này' },
    );
  }
  const seen = visible(actor, holder, await linkedUnits(db.kysely, holder.id));
  return db.transaction(async (tx) => {
    if (seen) {
      await writeAudit(tx, db, meta, { action: 'person.read', entity: 'person', entityId: holder.id });
    } else {
      await tx
        .insertInto('person_units')
        .values({ person_id: holder.id, unit_id: unitId, created_at: db.clock.nowIso(), created_by: meta.actorId })
        .onConflict((oc) => oc.columns(['person_id', 'unit_id']).doNothing())
        .execute();
      await writeAudit(tx, db, meta, { action: 'person.linked', entity: 'person', entityId: holder.id, after: { unitId } });
    }
    return presentById(tx, actor, holder);
  });
}

/**
 * How a name typed without diacritics is likely written, from the spellings of the names the actor can see: each
 * syllable's forms (where in a name it stands counts) and whole-name suggestions. Only spellings are returned,
 * never a record.
 */
export async function nameForms(db: Db, actor: Actor, name: string): Promise<z.infer<typeof ZNameForms>> {
  const scope = scopeOf(actor);
  const syllables = [...new Set(nameTokens(name))].slice(0, MAX_FORM_WORDS);
  const samples = await Promise.all(syllables.map((s) => namesWithSyllable(db, scope, s, FORM_SAMPLE)));
  return proposeWrittenForms(name, samples.flat());
}

/** Records whose name was saved without diacritics ("chưa chuẩn hóa"), newest first, for correction. */
export async function listPlainNames(db: Db, actor: Actor, page: number, pageSize: number): Promise<{ items: ListItem[]; total: number }> {
  const { rows, total } = await findPlainNames(db, scopeOf(actor), (page - 1) * pageSize, pageSize);
  return { items: rows.map(listItem), total };
}
