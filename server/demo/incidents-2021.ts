/**
 * Demo for issue 10: the accounts the alert journey needs (the city's vice-chairman, each ward's chairman), the
 * working groups of the city and its wards, and a few delegations of the seed period (20/10–13/11/2021) with their
 * whole life cycle, so the board and the period's time line have something to show.
 */
import { searchKey } from '@core/domain/text/normalize';
import { toE164 } from '@core/domain/identity';
import type { IncidentStep } from '@core/domain/incidents/lifecycle';
import type { Tx } from '../db/database';
import { WARDS } from './bac-ninh-2021';

const at = (local: string) => new Date(`${local}+07:00`).toISOString();

interface DemoIncident {
  kind: string;
  ward: string;
  headCount: number;
  address: string;
  atOffice: boolean;
  content: string;
  special: string[];
  reporter: string;
  steps: [IncidentStep, string, string, string | null][];
  summary: string | null;
  direction?: { at: string; text: string };
}

const INCIDENTS: DemoIncident[] = [
  {
    kind: 'office_delegation', ward: 'VUNINH', headCount: 25, address: 'Trụ sở Tiếp công dân thành phố, phường Suối Hoa', atOffice: true,
    content: 'Công dân khu phố Xuân Ổ kiến nghị về giá bồi thường, hỗ trợ khi thu hồi đất thực hiện dự án đường vành đai.', special: [], reporter: 'Công an phường Suối Hoa',
    steps: [
      ['reported', '2021-10-25T08:30:00', 'congan', 'Đoàn khoảng 25 người tập trung trước cổng trụ sở.'],
      ['verified', '2021-10-25T08:34:00', 'tiepdan', null],
      ['police_notified', '2021-10-25T08:36:00', 'congan', 'Công an phường Suối Hoa có mặt bảo đảm trật tự.'],
      ['group_dispatched', '2021-10-25T08:40:00', 'chutich.vuninh', null],
      ['on_site', '2021-10-25T08:58:00', 'chutich.vuninh', null],
      ['received', '2021-10-25T09:10:00', 'tiepdan', 'Tiếp 5 người đại diện theo Luật Tiếp công dân, Điều 28.'],
      ['persuaded', '2021-10-25T10:30:00', 'chutich.vuninh', null],
      ['returned', '2021-10-25T11:00:00', 'chutich.vuninh', 'Công dân ra về, phường hẹn đối thoại ngày 28/10.'],
      ['closed', '2021-10-25T11:30:00', 'tiepdan', null],
    ],
    summary: 'Tổ công tác phường Vũ Ninh có mặt sau 18 phút; đã tiếp đại diện, giải thích chính sách bồi thường; công dân trở về địa phương, không phát sinh vượt cấp.',
  },
  {
    kind: 'over_level', ward: 'KHACNIEM', headCount: 12, address: 'Trụ sở Tiếp công dân tỉnh Bắc Ninh', atOffice: false,
    content: 'Công dân đề nghị giải quyết tranh chấp đất khuôn viên nghĩa trang giáo xứ.', special: ['religion'], reporter: 'Ban Tiếp công dân tỉnh (điện thoại)',
    steps: [
      ['reported', '2021-11-02T14:00:00', 'tiepdan', 'Ban Tiếp công dân tỉnh báo có đoàn 12 người phường Khắc Niệm.'],
      ['verified', '2021-11-02T14:10:00', 'tiepdan', null],
      ['group_dispatched', '2021-11-02T14:15:00', 'chutich.khacniem', null],
      ['on_site', '2021-11-02T14:45:00', 'chutich.khacniem', null],
      ['received', '2021-11-02T15:00:00', 'chutich.khacniem', null],
      ['escalated', '2021-11-02T15:30:00', 'chutich.khacniem', 'Vụ việc liên quan tôn giáo, đề nghị Chủ tịch UBND thành phố cho ý kiến.'],
      ['returned', '2021-11-02T17:00:00', 'chutich.khacniem', null],
      ['closed', '2021-11-03T08:00:00', 'lanhdao', null],
    ],
    direction: { at: '2021-11-02T15:50:00', text: 'Giao UBND phường Khắc Niệm phối hợp Ủy ban MTTQ thành phố làm việc với Ban hành giáo xứ trong tuần; báo cáo kết quả trước 10/11/2021.' },
    summary: 'Đã tiếp tại tỉnh, vận động công dân trở về; Chủ tịch UBND thành phố chỉ đạo đối thoại với giáo xứ.',
  },
  {
    kind: 'session_venue', ward: 'DAIPHUC', headCount: 8, address: 'Khu vực gần nơi tổ chức kỳ họp, phường Suối Hoa', atOffice: false,
    content: 'Nhóm công dân mang băng rôn đề nghị gặp đại biểu Quốc hội về việc cấp giấy chứng nhận quyền sử dụng đất.', special: [], reporter: 'Tổ tuần tra Công an thành phố',
    steps: [
      ['reported', '2021-11-08T07:45:00', 'congan', null],
      ['police_notified', '2021-11-08T07:46:00', 'congan', null],
      ['group_dispatched', '2021-11-08T07:50:00', 'chutich.daiphuc', null],
      ['on_site', '2021-11-08T08:05:00', 'chutich.daiphuc', null],
      ['persuaded', '2021-11-08T08:40:00', 'chutich.daiphuc', 'Đưa công dân về Trụ sở Tiếp công dân thành phố để tiếp nhận (Kế hoạch mục II.4).'],
      ['returned', '2021-11-08T10:00:00', 'chutich.daiphuc', null],
      ['closed', '2021-11-08T11:00:00', 'tiepdan', null],
    ],
    summary: 'Công an phối hợp đưa công dân về Trụ sở Tiếp công dân; đã tiếp nhận đơn, công dân trở về trong buổi sáng.',
  },
  {
    kind: 'public_gathering', ward: 'VOCUONG', headCount: 15, address: 'Quảng trường thành phố, phường Tiền An', atOffice: false,
    content: 'Người có công với cách mạng kiến nghị về chế độ trợ cấp chậm chi trả.', special: ['merit'], reporter: 'Cán bộ trực ban UBND phường Tiền An',
    steps: [
      ['reported', '2021-11-12T09:00:00', 'congan', null],
      ['verified', '2021-11-12T09:05:00', 'tiepdan', null],
      ['group_dispatched', '2021-11-12T09:08:00', 'chutich.vocuong', null],
      ['on_site', '2021-11-12T09:25:00', 'chutich.vocuong', null],
      ['received', '2021-11-12T09:40:00', 'tiepdan', null],
    ],
    summary: null,
  },
];

/** Wards whose chairman signs in to the demo: those of the period's delegations (accounts elsewhere stay as they were). */
const CHAIR_ACCOUNTS = ['VUNINH', 'KHACNIEM', 'DAIPHUC', 'VOCUONG'];

/** Runs inside seedDemo's transaction, after units, officers and accounts exist. */
export async function seedIncidentDemo(tx: Tx, ids: Map<string, number>, passwordHash: string, now: string): Promise<void> {
  const account = async (username: string, fullName: string, officerId: number | null, unit: string) => {
    const row = await tx
      .insertInto('accounts')
      .values({ username, password_hash: passwordHash, full_name: fullName, name_key: searchKey(fullName), officer_id: officerId, active: 1, must_change_password: 0, totp_secret: null, totp_enabled: 0, language: 'vi', last_login_at: null, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx.insertInto('account_roles').values({ account_id: row.id, unit_id: ids.get(unit) as number, role: 'leader' }).execute();
  };
  const deputy = await tx
    .insertInto('officers')
    .values({ full_name: 'Lê Thanh Hải', name_key: searchKey('Lê Thanh Hải'), unit_id: ids.get('BN-TP-VP') as number, position: 'Phó Chủ tịch UBND thành phố', phones: JSON.stringify([toE164('0912 100 200')]), email: null, active: 1, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx.insertInto('officer_duty_roles').values({ officer_id: deputy.id, role: 'lanh_dao_tiep' }).execute();
  await account('phochutich', 'Lê Thanh Hải', deputy.id, 'BN-TP');

  const officers = await tx.selectFrom('officers').select(['id', 'unit_id', 'full_name', 'position']).execute();
  const groupOf = new Map<string, number>();
  const group = async (unit: string, name: string, members: { id: number; leader: boolean }[]) => {
    const row = await tx.insertInto('working_groups').values({ unit_id: ids.get(unit) as number, name, period_id: null, active: 1, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
    await tx.insertInto('working_group_members').values(members.map((m) => ({ group_id: row.id, officer_id: m.id, is_leader: m.leader ? 1 : 0, phone: null }))).execute();
    groupOf.set(unit, row.id);
  };
  const byName = (n: string) => officers.find((o) => o.full_name === n)?.id as number;
  await group('BN-TP', 'Tổ công tác thành phố', [{ id: byName('Trần Thị Minh Thu'), leader: true }, { id: byName('Lê Văn Hưng'), leader: false }]);
  for (const w of WARDS) {
    const withAccount = CHAIR_ACCOUNTS.includes(w.slug);
    const unitId = ids.get(`BN-TP-P-${w.slug}`) as number;
    const chair = officers.find((o) => o.unit_id === unitId && o.position.startsWith('Chủ tịch'));
    const clerk = officers.find((o) => o.unit_id === unitId && !o.position.startsWith('Chủ tịch'));
    if (!chair || !clerk) continue;
    if (withAccount) await account(`chutich.${w.slug.toLowerCase()}`, chair.full_name, chair.id, `BN-TP-P-${w.slug}`);
    await group(`BN-TP-P-${w.slug}`, `Tổ công tác phường ${w.name}`, [{ id: chair.id, leader: true }, { id: clerk.id, leader: false }]);
  }

  const accounts = new Map((await tx.selectFrom('accounts').select(['id', 'username']).execute()).map((a) => [a.username, a.id]));
  const office = await tx.selectFrom('places').select('id').where('kind', '=', 'reception_office').executeTakeFirst();
  for (const d of INCIDENTS) {
    const wardUnit = ids.get(`BN-TP-P-${d.ward}`) as number;
    const last = d.steps[d.steps.length - 1] as [IncidentStep, string, string, string | null];
    const first = d.steps[0] as [IncidentStep, string, string, string | null];
    const closed = last[0] === 'closed';
    const row = await tx
      .insertInto('incidents')
      .values({
        unit_id: ids.get(first[2] === 'congan' ? 'BN-TP-CA' : 'BN-TP') as number, kind: d.kind, place_id: d.atOffice ? (office?.id ?? null) : null, address: d.address,
        latitude: null, longitude: null, occurred_at: at(first[1]), head_count: d.headCount, content: d.content, special: JSON.stringify(d.special),
        report_channel: first[2] === 'congan' ? 'police' : 'phone', reporter: d.reporter, step: last[0],
        outcome: closed ? (d.steps[d.steps.length - 2]?.[0] ?? null) : null, summary: d.summary, closed_at: closed ? at(last[1]) : null,
        created_by: accounts.get(first[2]) ?? null, created_at: at(first[1]), updated_at: at(last[1]),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx.insertInto('incident_wards').values({ incident_id: row.id, unit_id: wardUnit }).execute();
    await tx.insertInto('incident_steps').values(d.steps.map(([step, when, who, note]) => ({ incident_id: row.id, step, at: at(when), account_id: accounts.get(who) ?? null, note }))).execute();
    const dispatched = d.steps.find((s) => s[0] === 'group_dispatched');
    const arrived = d.steps.find((s) => s[0] === 'on_site');
    if (dispatched) {
      await tx
        .insertInto('incident_dispatches')
        .values({
          incident_id: row.id, group_id: groupOf.get(`BN-TP-P-${d.ward}`) as number, dispatched_at: at(dispatched[1]), expected_at: new Date(Date.parse(at(dispatched[1])) + 20 * 60_000).toISOString(),
          arrived_at: arrived ? at(arrived[1]) : null, dispatched_by: accounts.get(dispatched[2]) ?? null, arrived_by: arrived ? (accounts.get(arrived[2]) ?? null) : null,
        })
        .execute();
    }
    if (d.direction) {
      await tx.insertInto('incident_directions').values({ incident_id: row.id, kind: 'direction', text: d.direction.text, unit_ids: JSON.stringify([wardUnit, ids.get('BN-TP-MTTQ')]), account_id: accounts.get('lanhdao') ?? null, at: at(d.direction.at) }).execute();
    }
  }
}
