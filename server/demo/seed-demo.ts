import { searchKey } from '@core/domain/text/normalize';
import { toE164 } from '@core/domain/identity';
import { analyze, bool, type Db } from '../db/database';
import { systemMeta } from '../platform/context';
import { writeAudit } from '../modules/audit/audit.repo';
import { hashPassword } from '../modules/auth/passwords';
import { insertPeople } from '../modules/people/people.repo';
import { CITY_AGENCIES, CITY_OFFICERS, DEMO_ACCOUNTS, WARDS, demoName } from './bac-ninh-2021';
import { generatePerson, prng } from './people-generator';
import { loadDeadlineContext } from '../modules/clocks/clocks.service';
import type { Sealer } from '../platform/sealing';
import { seedRecords } from './records-2021';

const DEMO_PEOPLE = 400;

export const DEMO_PASSWORD = 'demo';

export interface SeedReport {
  seeded: boolean;
  units: number;
  officers: number;
  accounts: number;
  people: number;
  visits: number;
  letters: number;
  cases: number;
}

/**
 * Loads the demo organisation into an empty database, in one transaction; does nothing if any unit exists. With a
 * sealer (denouncers are sealed with it), also the office's records of the plan's period (records-2021.ts).
 */
export async function seedDemo(db: Db, onProgress?: (step: string) => void, sealer?: Sealer): Promise<SeedReport> {
  const existing = await db.kysely.selectFrom('units').select('id').limit(1).executeTakeFirst();
  if (existing) return { seeded: false, units: 0, officers: 0, accounts: 0, people: 0, visits: 0, letters: 0, cases: 0 };
  // One hash for every demo account: argon2 is deliberately slow, and these accounts share one known password.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = db.clock.nowIso();
  // The calendar and readings are read before the transaction opens (nothing inside may use the outer handle).
  const deadlines = sealer ? await loadDeadlineContext(db) : null;
  const seeded = await db.transaction(async (tx) => {
    const ids = new Map<string, number>();
    const addUnit = async (code: string, name: string, kind: string, level: string, parent: string | null, validFrom: string) => {
      const row = await tx
        .insertInto('units')
        .values({ code, name, kind, level, parent_id: parent ? (ids.get(parent) ?? null) : null, valid_from: validFrom, valid_to: null, created_at: now, updated_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.set(code, row.id);
      return row.id;
    };
    onProgress?.('Đơn vị');
    await addUnit('BN', 'Tỉnh Bắc Ninh', 'province', 'province', null, '1997-01-01');
    await addUnit('BN-TP', 'Thành phố Bắc Ninh', 'city', 'district', 'BN', '2006-01-26');
    for (const a of CITY_AGENCIES) await addUnit(a.code, a.name, a.kind, 'district', 'BN-TP', '2006-01-26');
    for (const w of WARDS) await addUnit(`BN-TP-P-${w.slug}`, `Phường ${w.name}`, 'ward', 'commune', 'BN-TP', w.validFrom);
    for (const w of WARDS) await addUnit(`BN-TP-CA-${w.slug}`, `Công an phường ${w.name}`, 'police', 'commune', 'BN-TP-CA', w.validFrom);

    onProgress?.('Địa điểm');
    const place = (name: string, kind: string, unit: string, ward: string, address: string, phone: string | null) => ({
      name, kind, unit_id: ids.get(unit) as number, ward_unit_id: ids.get(ward) as number, address, phone: phone ? (toE164(phone) ?? null) : null, active: bool(true), created_at: now, updated_at: now,
    });
    await tx
      .insertInto('places')
      .values([
        // The city office stands in Suối Hoa ward (seed III.2): its ward police secure it.
        place('Trụ sở Tiếp công dân thành phố', 'reception_office', 'BN-TP-BTCD', 'BN-TP-P-SUOIHOA', 'Phường Suối Hoa, thành phố Bắc Ninh, tỉnh Bắc Ninh', '0222 3822 100'),
        ...WARDS.map((w) => place(`Nơi tiếp công dân UBND phường ${w.name}`, 'ward_office', `BN-TP-P-${w.slug}`, `BN-TP-P-${w.slug}`, `Trụ sở UBND phường ${w.name}, thành phố Bắc Ninh`, null)),
      ])
      .execute();

    onProgress?.('Cán bộ');
    const officer = (fullName: string, unit: string, position: string, phone: string | null, duties: string[]) => ({
      full_name: fullName, name_key: searchKey(fullName), unit_id: ids.get(unit) as number, position,
      phones: JSON.stringify(phone ? [toE164(phone)].filter(Boolean) : []), duty_roles: JSON.stringify(duties), email: null, active: bool(true), created_at: now, updated_at: now,
    });
    const officers = [
      ...CITY_OFFICERS.map((o) => officer(o.fullName, o.unit, o.position, o.phone, o.duties)),
      ...WARDS.flatMap((w, i) => [
        officer(demoName(i * 3), `BN-TP-P-${w.slug}`, `Chủ tịch UBND phường ${w.name}`, `0975 ${String(200 + i).padStart(3, '0')} 101`, ['lanh_dao_tiep', 'to_cong_tac']),
        officer(demoName(i * 3 + 1), `BN-TP-P-${w.slug}`, 'Công chức Tư pháp – Hộ tịch (tiếp công dân)', `0976 ${String(200 + i).padStart(3, '0')} 102`, ['tiep_cong_dan', 'to_cong_tac']),
        officer(demoName(i * 3 + 2), `BN-TP-CA-${w.slug}`, `Trưởng Công an phường ${w.name}`, `0977 ${String(200 + i).padStart(3, '0')} 103`, ['cong_an']),
      ]),
    ];
    const officerRows = await tx.insertInto('officers').values(officers).returning(['id', 'full_name']).execute();
    const officerId = new Map(officerRows.map((o) => [o.full_name, o.id]));

    onProgress?.('Tài khoản');
    for (const a of DEMO_ACCOUNTS) {
      const row = await tx
        .insertInto('accounts')
        .values({
          username: a.username, password_hash: passwordHash, full_name: a.fullName, officer_id: a.officer ? (officerId.get(a.officer) ?? null) : null,
          active: bool(true), must_change_password: bool(false), totp_secret: null, totp_enabled: bool(false), language: 'vi', last_login_at: null, created_at: now, updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await tx.insertInto('account_roles').values(a.roles.map((r) => ({ account_id: row.id, unit_id: ids.get(r.unit) as number, role: r.role }))).execute();
    }
    onProgress?.('Công dân');
    const random = prng(2021);
    const city = ids.get('BN-TP-BTCD') as number;
    const people = Array.from({ length: DEMO_PEOPLE }, (_, i) => {
      const p = generatePerson(i, random, WARDS.length, WARDS.map((w) => w.name));
      const ward = WARDS[p.wardIndex] as (typeof WARDS)[number];
      return {
        full_name: p.fullName, id_type: 'cccd', id_number: p.idNumber, birth_year: p.birthYear, gender: p.gender,
        phone: toE164(p.phone) ?? null, address: p.address, ward_unit_id: ids.get(`BN-TP-P-${ward.slug}`) as number, unit_id: city,
      };
    });
    await insertPeople(tx, people, now);
    let records = { visits: 0, letters: 0, cases: 0 };
    if (sealer && deadlines) {
      onProgress?.('Sổ tiếp công dân, đơn, vụ việc');
      const citizens = await tx.selectFrom('people').select(['id', 'full_name', 'id_number', 'address', 'phone']).orderBy('id').execute();
      const accounts = new Map((await tx.selectFrom('accounts').select(['id', 'username']).execute()).map((a) => [a.username, a.id]));
      const placeRows = await tx.selectFrom('places').select(['id', 'unit_id']).orderBy('id').execute();
      const unitId = (code: string) => ids.get(code) as number;
      records = await seedRecords(tx, deadlines, sealer, {
        unit: unitId,
        account: (u) => accounts.get(u) as number,
        officer: (name) => officerId.get(name) ?? null,
        person: (i) => {
          const p = citizens[i] as (typeof citizens)[number];
          return { id: p.id, fullName: p.full_name, idNumber: p.id_number, address: p.address, phone: p.phone };
        },
        // The city's visits are received at its Reception Board's office.
        place: (code) => (placeRows.find((p) => p.unit_id === unitId(code === 'BN-TP' ? 'BN-TP-BTCD' : code)) as { id: number }).id,
      }, now);
    }
    const report = { seeded: true, units: ids.size, officers: officers.length, accounts: DEMO_ACCOUNTS.length, people: people.length, ...records };
    await writeAudit(tx, db, systemMeta('seed-demo'), { action: 'demo.seeded', entity: 'system', after: report });
    return report;
  });
  await analyze(db);
  return seeded;
}
