import { searchKey } from '@core/domain/text/normalize';
import { toE164 } from '@core/domain/identity';
import { bool, type Db } from '../db/database';
import { systemMeta } from '../platform/context';
import { vnDayStartIso } from '../platform/dates';
import { writeAudit } from '../modules/audit/audit.repo';
import { publishStored, solveAndStore } from '../modules/periods/roster.service';
import { WARDS, demoName } from './bac-ninh-2021';

/**
 * The seed's own plan as a period (issue 9 §1): "Kế hoạch phối hợp tiếp công dân phục vụ Kỳ họp thứ hai, Quốc hội
 * khóa XV", 20/10/2021–13/11/2021, its sections as tasks of the units it names, the city office staffed 24/24 (II.1,
 * III.2) and every ward office by day; plus the city's regular roster for the weeks around today, so "who is on duty
 * now" has an answer. Both rosters are solved and published at first start.
 */
export const SEED_PERIOD_NAME = 'Tiếp công dân phục vụ Kỳ họp thứ hai, Quốc hội khóa XV';

const WARD_TASKS = [
  { section: 'III.5', title: 'Xây dựng Kế hoạch và thành lập Tổ công tác phối hợp tiếp công dân, giải quyết khiếu nại, tố cáo của phường trong thời gian diễn ra kỳ họp.', due: 0, checklist: ['Ban hành kế hoạch của phường', 'Quyết định thành lập Tổ công tác'] },
  { section: 'III.5', title: 'Tăng cường lực lượng tiếp công dân thường xuyên; nắm chắc diễn biến, chủ động giải quyết vụ việc phức tạp, hạn chế khiếu nại vượt cấp lên Tỉnh, Trung ương.', due: 24, checklist: [] },
  { section: 'III.5', title: 'Thực hiện chế độ thông tin báo cáo về tình hình, kết quả tiếp công dân, giải quyết khiếu nại, tố cáo trong thời gian diễn ra kỳ họp.', due: 26, checklist: ['Báo cáo hằng ngày trước 16 giờ', 'Báo cáo tổng kết sau kỳ họp'] },
];

const CITY_TASKS: { unit: string; section: string; title: string; due: number; checklist: string[] }[] = [
  { unit: 'BN-TP-BTCD', section: 'III.1', title: 'Các cơ quan tham gia tiếp dân tại Trụ sở chủ động phối hợp, bố trí cán bộ, công chức trực để xử lý mọi tình huống.', due: 0, checklist: [] },
  { unit: 'BN-TP-VP', section: 'III.2', title: 'Bố trí đủ cán bộ, công chức trực tiếp công dân tại Trụ sở tiếp công dân thành phố; tham mưu thành lập Tổ công tác tiếp công dân của thành phố.', due: 0, checklist: ['Lịch trực 24/24 giờ được ban hành', 'Quyết định thành lập Tổ công tác của thành phố'] },
  { unit: 'BN-TP-VP', section: 'III.2', title: 'Phối hợp với Công an thành phố và Công an phường Suối Hoa bảo đảm an ninh trật tự tại Trụ sở Tiếp công dân thành phố.', due: 0, checklist: ['Đầu mối liên hệ Công an phường Suối Hoa'] },
  { unit: 'BN-TP-VP', section: 'III.2', title: 'Tham mưu văn bản để lãnh đạo UBND thành phố chỉ đạo các địa phương vận động công dân trở về địa phương giải quyết theo thẩm quyền.', due: 2, checklist: [] },
  { unit: 'BN-TP-VP', section: 'III.2', title: 'Phối hợp với cơ quan y tế nắm tình hình, báo cáo kịp thời công dân đến từ nơi có dịch bệnh Covid-19.', due: 24, checklist: ['Đầu mối Trung tâm Y tế thành phố'] },
  { unit: 'BN-TP-TT', section: 'III.3', title: 'Tổng hợp, báo cáo tình hình, kết quả tiếp công dân, giải quyết khiếu nại, tố cáo trong thời gian diễn ra kỳ họp.', due: 26, checklist: ['Báo cáo hằng ngày', 'Báo cáo tổng hợp gửi Thanh tra tỉnh'] },
  { unit: 'BN-TP-CA', section: 'III.4', title: 'Chỉ đạo Công an các phường bố trí lực lượng trực, kịp thời phối hợp tham gia tiếp công dân khi có yêu cầu.', due: 0, checklist: [] },
  { unit: 'BN-TP-CA', section: 'III.4', title: 'Nắm chắc tình hình các đoàn khiếu kiện đông người; không để tập trung tại Hội trường kỳ họp và nhà riêng lãnh đạo Đảng, Nhà nước.', due: 24, checklist: [] },
  { unit: 'BN-TP-CA', section: 'III.4', title: 'Cử cán bộ thường trực tại Trụ sở tiếp công dân thành phố trong thời gian diễn ra kỳ họp.', due: 0, checklist: [] },
];

const READINESS = ['Phương tiện phòng cháy, chữa cháy đầy đủ, đúng quy định (II.4)', 'Đầu mối liên hệ với Công an phường (II.4)', 'Tổ công tác phối hợp tiếp công dân đã thành lập (II.1)'];

/** A demo roster needs to be good, not proven optimal: a limit per sub-model bounds the first start. */
const DEMO_SOLVE_SECONDS = 1;

export async function seedPeriodsDemo(db: Db, options: { rosters: boolean }): Promise<{ seeded: boolean }> {
  const k = db.kysely;
  if (await k.selectFrom('periods').select('id').limit(1).executeTakeFirst()) return { seeded: false };
  const units = await k.selectFrom('units').select(['id', 'code']).execute();
  const unit = new Map(units.map((u) => [u.code, u.id]));
  const city = unit.get('BN-TP');
  if (city === undefined) return { seeded: false };
  const places = await k.selectFrom('places').select(['id', 'unit_id', 'kind']).orderBy('id').execute();
  const office = places.find((p) => p.kind === 'reception_office' && p.unit_id === unit.get('BN-TP-BTCD'));
  const wardPlaces = places.filter((p) => p.kind === 'ward_office');
  if (!office) return { seeded: false };
  const now = db.clock.nowIso();
  const meta = systemMeta('seed-demo');
  const id = (code: string) => unit.get(code) as number;

  const periods = await db.transaction(async (tx) => {
    // Enough officers to staff the city office round the clock and each ward office by day (fictional people).
    const officer = (i: number, unitCode: string, position: string, role: string) => ({
      row: { full_name: demoName(i), name_key: searchKey(demoName(i)), unit_id: id(unitCode), position, phones: JSON.stringify([toE164(`0968 ${String(100 + i).padStart(3, '0')} ${String(300 + i).slice(-3)}`)].filter(Boolean)), email: null, active: bool(true), created_at: now, updated_at: now },
      role,
    });
    const extra = [
      ...Array.from({ length: 6 }, (_, i) => officer(100 + i, 'BN-TP-BTCD', 'Chuyên viên tiếp công dân', 'tiep_cong_dan')),
      ...Array.from({ length: 5 }, (_, i) => officer(110 + i, 'BN-TP-CA', 'Cán bộ Công an thành phố', 'cong_an')),
      ...WARDS.flatMap((w, i) => [
        officer(120 + i * 2, `BN-TP-P-${w.slug}`, 'Công chức Văn hóa – Xã hội (tiếp công dân)', 'tiep_cong_dan'),
        officer(121 + i * 2, `BN-TP-CA-${w.slug}`, `Cán bộ Công an phường ${w.name}`, 'cong_an'),
      ]),
    ];
    const rows = await tx.insertInto('officers').values(extra.map((e) => e.row)).returning('id').execute();
    await tx.insertInto('officer_duty_roles').values(rows.map((r, i) => ({ officer_id: r.id, role: extra[i]?.role ?? 'tiep_cong_dan' }))).execute();

    const policeOf = new Map(WARDS.map((w) => [id(`BN-TP-P-${w.slug}`), id(`BN-TP-CA-${w.slug}`)]));
    const wardUnits = WARDS.flatMap((w) => [id(`BN-TP-P-${w.slug}`), id(`BN-TP-CA-${w.slug}`)]);
    const cityUnits = ['BN-TP-VP', 'BN-TP-TT', 'BN-TP-BTCD', 'BN-TP-CA', 'BN-TP-YT', 'BN-TP-MTTQ'].map(id);
    const addPeriod = async (p: { kind: 'heightened' | 'regular'; name: string; planNumber: string | null; planDate: string | null; legalBasis: string | null; from: string; to: string; health: boolean; alerts: unknown[]; reporting: unknown[]; officePattern: '3x8' | '2x12'; officeNeeds: [string, number][]; wardsOnDaysOff: boolean }) => {
      const row = await tx
        .insertInto('periods')
        .values({
          unit_id: city, kind: p.kind, name: p.name, plan_number: p.planNumber, plan_date: p.planDate, legal_basis: p.legalBasis, starts_at: p.from, ends_at: p.to,
          health_screening: bool(p.health), alert_levels: JSON.stringify(p.alerts), reporting: JSON.stringify(p.reporting),
          rest_after_night_hours: 12, rest_after_shift_hours: 10, weekly_hours_cap: 48, copied_from_id: null, created_at: now, updated_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await tx.insertInto('period_units').values([city, ...cityUnits, ...wardUnits].map((unit_id) => ({ period_id: row.id, unit_id }))).execute();
      await tx
        .insertInto('period_places')
        .values([
          // The city police keep an officer at the city office (III.4); each ward's police staff its ward office.
          { period_id: row.id, place_id: office.id, pattern: p.officePattern, first_start_hour: null, day_hours: null, include_days_off: bool(true), reinforcement_allowed: bool(true), partner_unit_ids: JSON.stringify([id('BN-TP-CA')]) },
          ...wardPlaces.map((w) => ({
            period_id: row.id, place_id: w.id, pattern: 'day_only' as const, first_start_hour: 7, day_hours: 10, include_days_off: bool(p.wardsOnDaysOff), reinforcement_allowed: bool(false),
            partner_unit_ids: JSON.stringify([policeOf.get(w.unit_id)].filter((u) => u !== undefined)),
          })),
        ])
        .execute();
      await tx
        .insertInto('period_requirements')
        .values([
          ...p.officeNeeds.map(([role, count]) => ({ period_id: row.id, place_id: office.id, role, count })),
          ...wardPlaces.flatMap((w) => [
            { period_id: row.id, place_id: w.id, role: 'tiep_cong_dan', count: 1 },
            { period_id: row.id, place_id: w.id, role: 'cong_an', count: 1 },
          ]),
        ])
        .execute();
      await writeAudit(tx, db, meta, { action: 'period.created', entity: 'period', entityId: row.id, after: row });
      return row;
    };

    const seed = await addPeriod({
      kind: 'heightened',
      name: SEED_PERIOD_NAME,
      planNumber: null,
      planDate: null,
      legalBasis: 'Kế hoạch số 695/KH-UBND ngày 19/10/2021 của UBND tỉnh Bắc Ninh về việc phối hợp tiếp công dân phục vụ Kỳ họp thứ hai, Quốc hội khóa XV; Quy chế phối hợp giữa các cơ quan tham gia tiếp công dân ban hành kèm theo Quyết định số 3475/QĐ-UBND ngày 19/12/2019 của UBND thành phố.',
      from: vnDayStartIso('2021-10-20'),
      to: vnDayStartIso('2021-11-13', 1),
      health: true,
      alerts: [
        { code: 'binh_thuong', label: 'Bình thường' },
        { code: 'theo_doi', label: 'Theo dõi: có đoàn đông người, vụ việc phức tạp' },
        { code: 'khan_cap', label: 'Khẩn cấp: tập trung đông người tại Hội trường kỳ họp, nhà riêng lãnh đạo' },
      ],
      reporting: [{ time: '16:00', title: 'Báo cáo tình hình tiếp công dân trong ngày (II.5)' }],
      officePattern: '3x8',
      officeNeeds: [['tiep_cong_dan', 2], ['cong_an', 1]],
      wardsOnDaysOff: true,
    });
    const day = (offset: number) => new Date(Date.parse('2021-10-20T00:00:00Z') + offset * 86_400_000).toISOString().slice(0, 10);
    await tx
      .insertInto('period_tasks')
      .values([
        ...CITY_TASKS.map((t) => ({ period_id: seed.id, section: `${t.section} ${t.unit === 'BN-TP-BTCD' ? 'Các cơ quan tham gia tiếp dân' : t.unit === 'BN-TP-VP' ? 'Văn phòng UBND thành phố' : t.unit === 'BN-TP-TT' ? 'Thanh tra thành phố' : 'Công an thành phố'}`, title: t.title, owner_unit_id: id(t.unit), due: t.due, checklist: t.checklist })),
        ...WARDS.flatMap((w) => WARD_TASKS.map((t) => ({ period_id: seed.id, section: `${t.section} UBND phường ${w.name}`, title: t.title, owner_unit_id: id(`BN-TP-P-${w.slug}`), due: t.due, checklist: t.checklist }))),
      ].map(({ due, checklist, ...t }) => ({ ...t, responsible_officer_id: null, due_date: day(due), status: 'todo' as const, checklist: JSON.stringify(checklist.map((label) => ({ label, done: false }))), created_at: now, updated_at: now })))
      .execute();
    await tx
      .insertInto('place_readiness')
      .values([office, ...wardPlaces].flatMap((p) => READINESS.map((item) => ({ period_id: seed.id, place_id: p.id, item, done: bool(false), done_at: null, done_by: null, created_at: now, updated_at: now }))))
      .execute();

    // The ordinary roster: two weeks back and four ahead of today, the city office on call round the clock.
    const today = db.clock.today();
    const regular = await addPeriod({
      kind: 'regular',
      name: 'Lịch trực tiếp công dân thường xuyên',
      planNumber: null,
      planDate: null,
      legalBasis: 'Luật Tiếp công dân 2013, Điều 12 và 13; Nghị định 64/2014/NĐ-CP.',
      from: vnDayStartIso(today, -14),
      to: vnDayStartIso(today, 28),
      health: false,
      alerts: [],
      reporting: [],
      officePattern: '2x12',
      officeNeeds: [['tiep_cong_dan', 1], ['cong_an', 1]],
      wardsOnDaysOff: false,
    });
    return [seed, regular];
  });
  if (!options.rosters) return { seeded: true };
  for (const p of periods) {
    await solveAndStore(db, p, meta, { timeLimitSeconds: DEMO_SOLVE_SECONDS });
    await publishStored(db, p.id, meta);
  }
  return { seeded: true };
}
