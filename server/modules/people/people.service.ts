import type { z } from 'zod';
import { findMatchingPeople, guessDocumentType, personKey, toE164, normalizeDocumentNumber, planNameQuery, rankPeople, validateIdentityDocument, type Ranked } from '@core/domain/identity';
import { searchKey, toNfc } from '@core/domain/text/normalize';
import type { TPersonInput, ZPerson, ZPersonMatch, ZPersonSearchItem, ZPersonUpdate } from '@core/schemas/people';
import { type Db, type Executor } from '../../db/database';
import type { PersonRow } from '../../db/schema';
import type { Actor, RequestMeta } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { normalisePhone } from '../../platform/phones';
import { registerRecordType } from '../../platform/records';
import { assertVersionedUpdate, updateVersioned } from '../../platform/versioned';
import { writeAudit } from '../audit/audit.repo';
import { isWardOrCommune } from '../org/units.repo';
import { learnName, nameVocabulary } from './name-vocabulary';
import { findByIdNumber, findByKeyPrefix, findByPhone, findByTokenGroups, type PersonCandidate } from './people.repo';

type Person = z.infer<typeof ZPerson>;
type SearchItem = z.infer<typeof ZPersonSearchItem>;

/** An identity number is personal data: lists show only its ends; the full number is in the (audited) record. */
export function maskIdNumber(n: string | null): string | null {
  if (!n) return null;
  if (n.length <= 6) return '•'.repeat(n.length);
  return `${n.slice(0, 3)}${'•'.repeat(n.length - 6)}${n.slice(-3)}`;
}

/** `null` when the actor sees every unit: the scope filter can then be left out of the query. */
const scopeFilter = (actor: Actor): number[] | null => (actor.scopeIsEverything ? null : [...actor.scope]);

const visible = (actor: Actor, p: Pick<PersonRow, 'unit_id' | 'ward_unit_id'>) =>
  actor.scope.has(p.unit_id) || (p.ward_unit_id !== null && actor.scope.has(p.ward_unit_id));

/** Enough candidates for the ranking to choose from, few enough to rank in a couple of milliseconds. */
const CANDIDATES = 150;
/** Below this a result shares a syllable or two with the query but is another name: noise in the list. */
const MIN_SCORE = 0.55;

/** Candidates for a name through the indexes: exact and prefix keys on a B-tree, then the rarest syllables. */
async function candidatesByName(db: Db, scope: number[] | null, key: string, limit: number): Promise<PersonCandidate[]> {
  const found = await findByKeyPrefix(db, scope, key, limit);
  if (found.length >= limit) return found;
  const plan = planNameQuery(key.split(' '), await nameVocabulary(db));
  return [...found, ...(await findByTokenGroups(db, scope, plan.groups, CANDIDATES, key.length))];
}

const asPersonLike = (p: PersonCandidate) => ({ row: p, fullName: p.full_name, idNumber: p.id_number, birthYear: p.birth_year, address: p.address, wardId: p.ward_unit_id });

function presentRanked(ranked: Ranked<ReturnType<typeof asPersonLike>>[]): SearchItem[] {
  return ranked.map(({ item, score, reasons }) => ({
    id: item.row.id,
    fullName: item.row.full_name,
    birthYear: item.row.birth_year,
    gender: item.row.gender as SearchItem['gender'],
    idType: item.row.id_type as SearchItem['idType'],
    idNumberMasked: maskIdNumber(item.row.id_number),
    address: item.row.address,
    wardName: item.row.ward_name,
    score: Math.round(score * 1000) / 1000,
    reasons: reasons.map((r) => ({ code: r.code, label: r.label })),
  }));
}

const unique = (rows: PersonCandidate[]) => [...new Map(rows.map((r) => [r.id, r])).values()];

/**
 * Finds people by what a receptionist types: an identity number, or a name with or without diacritics, in any
 * word order, partial ("nguyen van hun") or with a typo. The database narrows to candidates through its
 * indexes (see `planNameQuery`) and the pure ranking of core/domain/identity orders them and says why.
 */
export async function searchPeople(db: Db, actor: Actor, q: string, limit: number): Promise<SearchItem[]> {
  const scope = scopeFilter(actor);
  const digits = q.replace(/[\s.()-]/g, '');
  // 10 or 11 digits (or +84…) is a phone number: identity documents have 9 or 12.
  const phone = /^(\+?84|0)\d{8,10}$/.test(digits) && !/^\d{9}$|^\d{12}$/.test(digits) ? toE164(digits) : undefined;
  if (phone) return presentRanked((await findByPhone(db, scope, phone, limit)).map((p, index) => ({ item: asPersonLike(p), index, score: 1, reasons: [{ code: 'phone_same', label: 'Trùng số điện thoại', weight: 1 }] })));
  const byNumber = /^\d{9,12}$/.test(digits) || guessDocumentType(q) === 'passport';
  const key = searchKey(q);
  const rows = byNumber ? await findByIdNumber(db, scope, normalizeDocumentNumber(q), limit) : key ? await candidatesByName(db, scope, key, limit) : [];
  return presentRanked(rankPeople(q, unique(rows).map(asPersonLike), { limit, minScore: MIN_SCORE }));
}

/**
 * The records that may be this person, before a new one is created: same identity number, or a similar name
 * weighed with birth year, address and ward — each with the reasons, so the officer decides.
 */
export async function matchPerson(db: Db, actor: Actor, person: z.infer<typeof ZPersonMatch>, limit: number): Promise<SearchItem[]> {
  const scope = scopeFilter(actor);
  const idNumber = person.idNumber ? normalizeDocumentNumber(person.idNumber) : null;
  const key = searchKey(person.fullName);
  const rows = [...(idNumber ? await findByIdNumber(db, scope, idNumber, limit) : []), ...(key ? await candidatesByName(db, scope, key, limit) : [])];
  const target = { fullName: person.fullName, idNumber, birthYear: person.birthYear ?? null, address: person.address ?? null, wardId: person.wardUnitId ?? null };
  return presentRanked(findMatchingPeople(target, unique(rows).map(asPersonLike), { limit, minScore: 0.5 }));
}

type CleanPerson = Pick<PersonRow, 'full_name' | 'name_key' | 'id_type' | 'id_number' | 'birth_year' | 'gender' | 'phone' | 'address' | 'ward_unit_id'>;

/** Validates identity document, phone and ward together, as one person's data must agree with itself. */
async function clean(db: Db, input: TPersonInput): Promise<CleanPerson> {
  if (input.birthYear && input.birthYear > db.clock.year()) {
    throw new AppError('VALIDATION_FAILED', 'Năm sinh không thể ở tương lai.', { birthYear: 'Năm sinh không thể ở tương lai' });
  }
  let idType = input.idType ?? null;
  let idNumber = input.idNumber ? normalizeDocumentNumber(input.idNumber) : null;
  if (idNumber) {
    idType ??= guessDocumentType(idNumber) ?? 'other';
    const check = validateIdentityDocument({ type: idType, number: idNumber, birthYear: input.birthYear ?? null, asOfYear: db.clock.year() });
    if (!check.ok) throw new AppError('VALIDATION_FAILED', `Số giấy tờ không hợp lệ: ${check.message}`, { idNumber: check.message });
    // The CCCD's fourth digit encodes the gender; a form that says otherwise has one of the two wrong.
    if (check.type === 'cccd' && input.gender && input.gender !== 'other' && input.gender !== check.gender) {
      const said = check.gender === 'male' ? 'nam' : 'nữ';
      throw new AppError('VALIDATION_FAILED', `Giới tính không khớp với số căn cước (chữ số thứ tư cho biết giới tính ${said}).`, { gender: `Số căn cước cho biết giới tính ${said}` });
    }
    idNumber = check.number;
  } else {
    idType = null;
  }
  if (input.wardUnitId !== undefined && input.wardUnitId !== null) {
    if (!(await isWardOrCommune(db.kysely, input.wardUnitId))) throw new AppError('VALIDATION_FAILED', 'Nơi cư trú phải là một phường hoặc xã.', { wardUnitId: 'Không phải phường/xã' });
  }
  const fullName = toNfc(input.fullName);
  return {
    full_name: fullName,
    name_key: personKey(searchKey(fullName)),
    id_type: idType,
    id_number: idNumber,
    birth_year: input.birthYear ?? null,
    gender: input.gender ?? null,
    phone: normalisePhone(input.phone, 'phone'),
    address: input.address ? toNfc(input.address) || null : null,
    ward_unit_id: input.wardUnitId ?? null,
  };
}

async function assertNoDuplicateId(tx: Executor, idType: string | null, idNumber: string | null, exceptId?: number): Promise<void> {
  if (!idNumber) return;
  let q = tx.selectFrom('people').select(['id', 'full_name']).where('id_number', '=', idNumber).where('merged_into_id', 'is', null);
  if (idType) q = q.where('id_type', '=', idType);
  if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
  const other = await q.executeTakeFirst();
  if (other) {
    throw new AppError('DUPLICATE', `Số giấy tờ này đã thuộc hồ sơ công dân #${other.id}. Hãy mở hồ sơ đó thay vì tạo mới.`, { idNumber: `Đã có trong hồ sơ #${other.id}` }, { details: { existingId: other.id } });
  }
}

function present(actor: Actor, p: PersonRow, wardName: string | null, mergedFrom: number[]): Person {
  const canEdit = actor.permissions.includes('people.write') && p.merged_into_id === null;
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
    version: p.version,
    createdAt: p.created_at,
    updatedAt: p.updated_at,
    actions: canEdit ? ['edit', 'merge'] : [],
  };
}

async function load(db: Executor, actor: Actor, id: number): Promise<PersonRow> {
  const p = await db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
  if (!p) throw new AppError('NOT_FOUND', 'Không tìm thấy hồ sơ công dân.');
  if (!visible(actor, p)) throw new AppError('OUT_OF_SCOPE');
  return p;
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
    await writeAudit(tx, db, meta, { action: 'person.read', entity: 'person', entityId: id });
    return presentById(tx, actor, p);
  });
}

export async function createPerson(db: Db, actor: Actor, input: TPersonInput, meta: RequestMeta): Promise<Person> {
  if (actor.activeUnitId === null) throw new AppError('FORBIDDEN', 'Bạn chưa có đơn vị làm việc.');
  const data = await clean(db, input);
  const now = db.clock.nowIso();
  return db.transaction(async (tx) => {
    await assertNoDuplicateId(tx, data.id_type, data.id_number);
    const row = await tx
      .insertInto('people')
      .values({ ...data, unit_id: actor.activeUnitId as number, merged_into_id: null, created_at: now, updated_at: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(tx, db, meta, { action: 'person.created', entity: 'person', entityId: row.id, after: row });
    learnName(db, row.name_key);
    return presentById(tx, actor, row);
  });
}

export async function updatePerson(db: Db, actor: Actor, id: number, input: z.infer<typeof ZPersonUpdate>, meta: RequestMeta): Promise<Person> {
  const before = await load(db.kysely, actor, id);
  if (before.merged_into_id !== null) throw new AppError('CONFLICT', `Hồ sơ này đã được gộp vào hồ sơ #${before.merged_into_id}; hãy sửa hồ sơ đó.`);
  const merged: TPersonInput = {
    fullName: input.fullName ?? before.full_name,
    idType: input.idType !== undefined ? input.idType : (before.id_type as TPersonInput['idType']),
    idNumber: input.idNumber !== undefined ? input.idNumber : before.id_number,
    birthYear: input.birthYear !== undefined ? input.birthYear : before.birth_year,
    gender: input.gender !== undefined ? input.gender : (before.gender as TPersonInput['gender']),
    phone: input.phone !== undefined ? input.phone : before.phone,
    address: input.address !== undefined ? input.address : before.address,
    wardUnitId: input.wardUnitId !== undefined ? input.wardUnitId : before.ward_unit_id,
  };
  const data = await clean(db, merged);
  return db.transaction(async (tx) => {
    await assertNoDuplicateId(tx, data.id_type, data.id_number, id);
    const { after } = await updateVersioned(tx, db, meta, { table: 'people', id, version: input.version, set: data, action: 'person.updated', entity: 'person', notFound: 'Không tìm thấy hồ sơ công dân.' });
    learnName(db, after.name_key);
    return presentById(tx, actor, after);
  });
}

/**
 * Two records of one person become one without losing either history: the duplicate stays, pointing to the
 * kept record (its visits and letters will be read through that link), and stops appearing in searches.
 */
export async function mergePeople(db: Db, actor: Actor, keepId: number, duplicateId: number, version: number, meta: RequestMeta): Promise<Person> {
  if (keepId === duplicateId) throw new AppError('VALIDATION_FAILED', 'Không thể gộp một hồ sơ vào chính nó.', { duplicateId: 'Trùng với hồ sơ giữ lại' });
  const keep = await load(db.kysely, actor, keepId);
  const dup = await load(db.kysely, actor, duplicateId);
  if (keep.merged_into_id !== null || dup.merged_into_id !== null) throw new AppError('CONFLICT', 'Một trong hai hồ sơ đã được gộp trước đó.');
  if (keep.id_number && dup.id_number && keep.id_type === dup.id_type && keep.id_number !== dup.id_number) {
    throw new AppError('CONFLICT', 'Hai hồ sơ có số giấy tờ cùng loại khác nhau: không phải cùng một người.');
  }
  return db.transaction(async (tx) => {
    // The kept record takes what only the duplicate knew.
    const fill = {
      id_type: keep.id_type ?? dup.id_type,
      id_number: keep.id_number ?? dup.id_number,
      birth_year: keep.birth_year ?? dup.birth_year,
      gender: keep.gender ?? dup.gender,
      phone: keep.phone ?? dup.phone,
      address: keep.address ?? dup.address,
      ward_unit_id: keep.ward_unit_id ?? dup.ward_unit_id,
    };
    const now = db.clock.nowIso();
    const result = await tx
      .updateTable('people')
      .set((eb) => ({ ...fill, updated_at: now, version: eb('version', '+', 1) }))
      .where('id', '=', keepId)
      .where('version', '=', version)
      .executeTakeFirst();
    await assertVersionedUpdate(result, () => tx.selectFrom('people').select('id').where('id', '=', keepId).executeTakeFirst());
    await tx.updateTable('people').set((eb) => ({ merged_into_id: keepId, updated_at: now, version: eb('version', '+', 1) })).where('id', '=', duplicateId).execute();
    const after = await tx.selectFrom('people').selectAll().where('id', '=', keepId).executeTakeFirstOrThrow();
    await writeAudit(tx, db, meta, { action: 'person.merged', entity: 'person', entityId: keepId, before: { kept: keep, duplicate: dup }, after });
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
    return !!p && visible(actor, p);
  },
  async canWrite(db, actor, id) {
    if (!actor.permissions.includes('people.write')) return false;
    const p = await db.selectFrom('people').select(['unit_id', 'ward_unit_id', 'merged_into_id']).where('id', '=', id).executeTakeFirst();
    return !!p && p.merged_into_id === null && visible(actor, p);
  },
});
