/**
 * The demo organisation: Bắc Ninh province → Bắc Ninh city as in the 2021 plan (seed), its 19 wards, the city
 * agencies named in the plan and the ward police. Ward list per the domain brief §10 (Hòa Long, Kim Chân and
 * Nam Sơn became wards on 01/12/2019 under NQ 787/NQ-UBTVQH14).
 */
export const WARDS: { slug: string; name: string; validFrom: string }[] = [
  { slug: 'DAIPHUC', name: 'Đại Phúc', validFrom: '2006-01-26' },
  { slug: 'DAPCAU', name: 'Đáp Cầu', validFrom: '2006-01-26' },
  { slug: 'HAPLINH', name: 'Hạp Lĩnh', validFrom: '2010-01-01' },
  { slug: 'HOALONG', name: 'Hòa Long', validFrom: '2019-12-01' },
  { slug: 'KHACNIEM', name: 'Khắc Niệm', validFrom: '2010-01-01' },
  { slug: 'KHUCXUYEN', name: 'Khúc Xuyên', validFrom: '2010-01-01' },
  { slug: 'KIMCHAN', name: 'Kim Chân', validFrom: '2019-12-01' },
  { slug: 'KINHBAC', name: 'Kinh Bắc', validFrom: '2006-01-26' },
  { slug: 'NAMSON', name: 'Nam Sơn', validFrom: '2019-12-01' },
  { slug: 'NINHXA', name: 'Ninh Xá', validFrom: '2006-01-26' },
  { slug: 'PHONGKHE', name: 'Phong Khê', validFrom: '2010-01-01' },
  { slug: 'SUOIHOA', name: 'Suối Hoa', validFrom: '2006-01-26' },
  { slug: 'THICAU', name: 'Thị Cầu', validFrom: '2006-01-26' },
  { slug: 'TIENAN', name: 'Tiền An', validFrom: '2006-01-26' },
  { slug: 'VANAN', name: 'Vạn An', validFrom: '2006-01-26' },
  { slug: 'VANDUONG', name: 'Vân Dương', validFrom: '2010-01-01' },
  { slug: 'VOCUONG', name: 'Võ Cường', validFrom: '2006-01-26' },
  { slug: 'VEAN', name: 'Vệ An', validFrom: '2006-01-26' },
  { slug: 'VUNINH', name: 'Vũ Ninh', validFrom: '2006-01-26' },
];

export const CITY_AGENCIES: { code: string; name: string; kind: 'agency' | 'police' | 'front' }[] = [
  { code: 'BN-TP-VP', name: 'Văn phòng HĐND và UBND thành phố', kind: 'agency' },
  { code: 'BN-TP-TT', name: 'Thanh tra thành phố', kind: 'agency' },
  { code: 'BN-TP-BTCD', name: 'Ban Tiếp công dân thành phố', kind: 'agency' },
  { code: 'BN-TP-CA', name: 'Công an thành phố', kind: 'police' },
  { code: 'BN-TP-MTTQ', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam thành phố', kind: 'front' },
  { code: 'BN-TP-TNMT', name: 'Phòng Tài nguyên và Môi trường', kind: 'agency' },
  { code: 'BN-TP-YT', name: 'Trung tâm Y tế thành phố', kind: 'agency' },
];

/** Fictional officers (except the chairman who signed the seed plan), enough to staff and demonstrate. */
export const CITY_OFFICERS: { unit: string; fullName: string; position: string; phone: string; duties: string[] }[] = [
  { unit: 'BN-TP-VP', fullName: 'Nguyễn Song Hà', position: 'Chủ tịch UBND thành phố', phone: '0222 3822 001', duties: ['lanh_dao_tiep'] },
  { unit: 'BN-TP-VP', fullName: 'Trần Thị Minh Thu', position: 'Chánh Văn phòng HĐND và UBND', phone: '0912 100 201', duties: ['lanh_dao_tiep', 'to_cong_tac'] },
  { unit: 'BN-TP-BTCD', fullName: 'Lê Văn Hưng', position: 'Trưởng Ban Tiếp công dân', phone: '0913 100 202', duties: ['lanh_dao_tiep', 'tiep_cong_dan'] },
  { unit: 'BN-TP-BTCD', fullName: 'Phạm Thị Hồng Nhung', position: 'Chuyên viên tiếp công dân', phone: '0914 100 203', duties: ['tiep_cong_dan'] },
  { unit: 'BN-TP-BTCD', fullName: 'Đỗ Minh Đức', position: 'Chuyên viên xử lý đơn', phone: '0915 100 204', duties: ['xu_ly_don', 'tiep_cong_dan'] },
  { unit: 'BN-TP-TT', fullName: 'Ngô Quang Vinh', position: 'Chánh Thanh tra thành phố', phone: '0916 100 205', duties: ['lanh_dao_tiep'] },
  { unit: 'BN-TP-TT', fullName: 'Hoàng Thị Lan', position: 'Thanh tra viên', phone: '0917 100 206', duties: ['xu_ly_don', 'tiep_cong_dan'] },
  { unit: 'BN-TP-CA', fullName: 'Vũ Đình Khoa', position: 'Phó Trưởng Công an thành phố', phone: '0918 100 207', duties: ['cong_an'] },
  { unit: 'BN-TP-MTTQ', fullName: 'Nguyễn Thị Bích', position: 'Phó Chủ tịch UBMTTQ thành phố', phone: '0919 100 208', duties: ['mat_tran'] },
  { unit: 'BN-TP-YT', fullName: 'Bùi Văn Tâm', position: 'Phó Giám đốc Trung tâm Y tế', phone: '0983 100 209', duties: ['y_te'] },
];

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đỗ', 'Ngô', 'Dương', 'Đặng'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Hữu', 'Thị Thu', 'Quang', 'Thanh'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hải', 'Hạnh', 'Khánh', 'Linh', 'Long', 'Mai', 'Nam', 'Phương', 'Quân', 'Sơn', 'Thảo', 'Tuấn', 'Yến', 'Hòa'];

/** A deterministic Vietnamese name, so the demo is the same on every machine. */
export function demoName(i: number): string {
  return `${SURNAMES[i % SURNAMES.length]} ${MIDDLE[(i * 3) % MIDDLE.length]} ${GIVEN[(i * 7) % GIVEN.length]}`;
}

export const DEMO_ACCOUNTS: { username: string; fullName: string; roles: { unit: string; role: string }[]; officer?: string }[] = [
  { username: 'admin', fullName: 'Quản trị hệ thống', roles: [{ unit: 'BN', role: 'admin' }] },
  { username: 'lanhdao', fullName: 'Nguyễn Song Hà', officer: 'Nguyễn Song Hà', roles: [{ unit: 'BN-TP', role: 'leader' }] },
  { username: 'tiepdan', fullName: 'Phạm Thị Hồng Nhung', officer: 'Phạm Thị Hồng Nhung', roles: [{ unit: 'BN-TP', role: 'reception_officer' }] },
  { username: 'xulydon', fullName: 'Đỗ Minh Đức', officer: 'Đỗ Minh Đức', roles: [{ unit: 'BN-TP', role: 'petition_processor' }] },
  { username: 'giaiquyet', fullName: 'Hoàng Thị Lan', officer: 'Hoàng Thị Lan', roles: [{ unit: 'BN-TP', role: 'case_handler' }] },
  { username: 'congan', fullName: 'Vũ Đình Khoa', officer: 'Vũ Đình Khoa', roles: [{ unit: 'BN-TP-CA', role: 'police_liaison' }] },
  { username: 'thanhtra', fullName: 'Ngô Quang Vinh', officer: 'Ngô Quang Vinh', roles: [{ unit: 'BN-TP', role: 'inspectorate' }] },
  { username: 'suoihoa', fullName: 'Cán bộ phường Suối Hoa', roles: [{ unit: 'BN-TP-P-SUOIHOA', role: 'ward_officer' }] },
  { username: 'xem', fullName: 'Người xem', roles: [{ unit: 'BN-TP', role: 'read_only' }] },
  {
    username: 'canbo2dv',
    fullName: 'Cán bộ hai phường',
    roles: [
      { unit: 'BN-TP-P-DAIPHUC', role: 'ward_officer' },
      { unit: 'BN-TP-P-VUNINH', role: 'ward_officer' },
    ],
  },
];
