import type { AnnouncedSchedule, HolidayGroup, IsoDate, ScheduleDayOff } from './types';

/**
 * The civil-service holiday schedules announced for 2021–2026, as data. Each entry lists only what
 * its documents decided; the other holidays of the year come from the computed defaults
 * (holidays.ts), which for every year here agree with what the press reported.
 *
 * "confirmed" means the days were checked against dated press reports of the announcement (sources
 * below). Document numbers and dates not printed in those reports come from secondary sources and
 * the note says so. Unconfirmed entries are ignored by the work calendar unless asked for.
 */

const MOLISA = 'Bộ Lao động – Thương binh và Xã hội';
const MOHA = 'Bộ Nội vụ';
const GOVERNMENT_OFFICE = 'Văn phòng Chính phủ';

/** A shipped day off always names its occasion, so a schedule's `covers` can be checked against its days. */
type GroupedDayOff = ScheduleDayOff & { group: HolidayGroup };

/**
 * A schedule shipped with tiepdan. A confirmed one names the occasion of every day off and its `covers` are exactly
 * those occasions (schedules.test.ts), so a copy entered through the API, which derives the occasions from the days,
 * settles the same occasions. An unconfirmed one may announce a day outside the art. 112(1) list (no group yet).
 * Every shipped schedule says in Vietnamese what was checked and where.
 */
export type ShippedSchedule = Omit<AnnouncedSchedule, 'daysOff' | 'covers' | 'confirmed' | 'note' | 'sources'> & {
  note: string;
  sources: string[];
} & ({ confirmed: true; covers: HolidayGroup[]; daysOff: GroupedDayOff[] } | { confirmed: false; covers?: HolidayGroup[]; daysOff: ScheduleDayOff[] });

const day = (group: HolidayGroup, name: string, kind: GroupedDayOff['kind']) => (date: IsoDate): GroupedDayOff => ({ date, name, kind, group });
const newYear = day('new-year', 'Tết Dương lịch', 'holiday');
const tet = day('tet', 'Tết Nguyên đán', 'holiday');
const tetMakeUp = day('tet', 'Nghỉ bù Tết Nguyên đán', 'compensatory');
const victory = day('victory', 'Ngày Chiến thắng', 'holiday');
const labour = day('labour', 'Ngày Quốc tế Lao động', 'holiday');
const nationalDay = day('national-day', 'Quốc khánh', 'holiday');
const nationalDayMakeUp = day('national-day', 'Nghỉ bù Quốc khánh', 'compensatory');
/** A weekday off swapped for a worked weekend day; it belongs to the break it lengthens. */
const swapped = (group: HolidayGroup, date: IsoDate, workedOn: string): GroupedDayOff => ({
  date,
  name: `Nghỉ hoán đổi (làm bù ${workedOn})`,
  kind: 'bridge',
  group,
});

export const ANNOUNCED_SCHEDULES: readonly ShippedSchedule[] = [
  {
    year: 2021,
    document: { number: '4875/TB-LĐTBXH', issuer: MOLISA },
    covers: ['tet', 'national-day'],
    daysOff: [
      tet('2021-02-10'),
      tet('2021-02-11'),
      tet('2021-02-12'),
      tet('2021-02-13'),
      tet('2021-02-14'),
      tetMakeUp('2021-02-15'),
      tetMakeUp('2021-02-16'),
      nationalDay('2021-09-02'),
      nationalDay('2021-09-03'),
    ],
    workedWeekendDays: [],
    replacesComputed: false,
    confirmed: true,
    note:
      'Tết nghỉ 10–16/02/2021 (29 tháng Chạp – mùng 5 tháng Giêng; 13–14/02 trùng thứ Bảy, Chủ nhật nên được nghỉ bù vào 15–16/02) và Quốc khánh nghỉ 2–3/9/2021, theo phương án Thủ tướng Chính phủ đã đồng ý và báo chí đã đưa tin. Số thông báo lấy từ nguồn thứ cấp (thư viện văn bản về lịch nghỉ lễ và thông báo của doanh nghiệp); chưa tìm được ngày ban hành.',
    sources: [
      'tuoitrenews.vn, 28/11/2020: "Vietnamese gov\'t approves seven days off for 2021 Lunar New Year holiday"',
      'sggpnews.org.vn, 09/12/2020: "Vietnam\'s public holidays in 2021"',
    ],
  },
  {
    year: 2022,
    document: { number: '119/TB-LĐTBXH', issuer: MOLISA },
    covers: ['tet', 'national-day'],
    daysOff: [
      tet('2022-01-31'),
      tet('2022-02-01'),
      tet('2022-02-02'),
      tet('2022-02-03'),
      tet('2022-02-04'),
      nationalDay('2022-09-01'),
      nationalDay('2022-09-02'),
    ],
    workedWeekendDays: [],
    replacesComputed: false,
    confirmed: true,
    note:
      'Tết nghỉ 31/01–04/02/2022 (29 tháng Chạp – mùng 4 tháng Giêng), được chấp thuận tại Công văn 245/VPCP-KGVX ngày 11/01/2022; Quốc khánh nghỉ 1–2/9/2022 (báo chí: nghỉ liền 4 ngày, 1–4/9). Số thông báo lấy từ nguồn thứ cấp; chưa tìm được ngày ban hành.',
    sources: [
      'sggpnews.org.vn, 05/12/2021: "Ministry submits Tet holiday schedule to Prime Minister"',
      'kinhtemoitruong.vn, 12/01/2022: Công văn 245 của Văn phòng Chính phủ',
      'en.dangcongsan.vn, 05/08/2022: "Workers to have four day off from September 1 to 4 on National Day"',
    ],
  },
  {
    year: 2023,
    document: { number: '5034/TB-LĐTBXH', issuer: MOLISA },
    covers: ['tet', 'national-day'],
    daysOff: [
      tet('2023-01-20'),
      tet('2023-01-21'),
      tet('2023-01-22'),
      tet('2023-01-23'),
      tet('2023-01-24'),
      tetMakeUp('2023-01-25'),
      tetMakeUp('2023-01-26'),
      nationalDay('2023-09-01'),
      nationalDay('2023-09-02'),
      nationalDayMakeUp('2023-09-04'),
    ],
    workedWeekendDays: [],
    replacesComputed: false,
    confirmed: true,
    note:
      'Tết nghỉ 20–26/01/2023 (29 tháng Chạp – mùng 5 tháng Giêng, gồm 2 ngày nghỉ bù cho 2 ngày Tết trùng thứ Bảy, Chủ nhật) và Quốc khánh nghỉ 1–4/9/2023 (2/9 là thứ Bảy, nghỉ bù vào thứ Hai 4/9). Kỳ nghỉ 29/4–3/5/2023 không cần thông báo: Giỗ Tổ Hùng Vương (thứ Bảy 29/4) và 30/4 (Chủ nhật) được nghỉ bù vào 2–3/5 theo khoản 3 Điều 111 Bộ luật Lao động, đúng như lịch tính sẵn. Không bài báo nào nêu ngày thứ Bảy làm bù (chẳng hạn 6/5/2023). Số thông báo lấy từ nguồn thứ cấp.',
    sources: [
      'en.vietnamplus.vn, 01/12/2022: "Seven-day Tet holiday fixed for State employees"',
      'sggpnews.org.vn, 08/12/2022: "MoLISA suggests not to abuse, prolong Lunar New Year holiday"',
      'en.vietnamplus.vn, 30/01/2023: "Workers to enjoy five-day Reunification Day holiday"',
      'vietnaminsider.vn, 23/08/2023: "Workers have 4 consecutive days off on National Day 2-9"',
    ],
  },
  {
    year: 2024,
    document: { number: '5015/TB-LĐTBXH', date: '2023-11-22', issuer: MOLISA },
    covers: ['tet', 'national-day'],
    daysOff: [
      tet('2024-02-08'),
      tet('2024-02-09'),
      tet('2024-02-10'),
      tet('2024-02-11'),
      tet('2024-02-12'),
      tetMakeUp('2024-02-13'),
      tetMakeUp('2024-02-14'),
      nationalDay('2024-09-02'),
      nationalDay('2024-09-03'),
    ],
    workedWeekendDays: [],
    replacesComputed: false,
    confirmed: true,
    note:
      'Tết nghỉ 08–14/02/2024 (29 tháng Chạp – mùng 5 tháng Giêng) và Quốc khánh nghỉ 31/8–3/9/2024 (nghỉ thứ Hai 2/9 và thứ Ba 3/9, liền với thứ Bảy, Chủ nhật 31/8–1/9). Số và ngày của thông báo lấy từ thông báo của một doanh nghiệp có dẫn chiếu văn bản này.',
    sources: [
      'vietnamnews.vn, 05/11/2023: "One-week break approved for Tết holiday in 2024"',
      'en.sggp.org.vn: "National Day holiday to last four days" (2024)',
      'news.baokhanhhoa.vn, 31/08/2024: "2 days off for the National Day"',
    ],
  },
  {
    year: 2024,
    document: { number: '2450/VPCP-KGVX', date: '2024-04-12', issuer: GOVERNMENT_OFFICE },
    covers: ['victory', 'labour'],
    daysOff: [
      swapped('victory', '2024-04-29', 'thứ Bảy 04/5/2024'),
      victory('2024-04-30'),
      labour('2024-05-01'),
    ],
    workedWeekendDays: [{ date: '2024-05-04', reason: 'Làm bù ngày thứ Hai 29/4/2024 (hoán đổi ngày làm việc)' }],
    replacesComputed: false,
    confirmed: true,
    note:
      'Thủ tướng Chính phủ đồng ý hoán đổi ngày làm việc thứ Hai 29/4 sang thứ Bảy 4/5 để nghỉ liền 27/4–1/5/2024. Theo một nguồn thứ cấp, thông báo thực hiện của Bộ Lao động – Thương binh và Xã hội có số 1570/TB-LĐTBXH.',
    sources: [
      'en.sggp.org.vn, 12/04/2024: "PM approves five-day holiday for upcoming Reunification Day, Int\'l Labor Day"',
      'baotintuc.vn, 12/04/2024: công văn số 2450/VPCP-KGVX',
    ],
  },
  {
    year: 2025,
    document: { number: '6150/TB-LĐTBXH', date: '2024-12-03', issuer: MOLISA },
    covers: ['tet', 'victory', 'labour', 'national-day'],
    daysOff: [
      tet('2025-01-27'),
      tet('2025-01-28'),
      tet('2025-01-29'),
      tet('2025-01-30'),
      tet('2025-01-31'),
      victory('2025-04-30'),
      labour('2025-05-01'),
      swapped('labour', '2025-05-02', 'thứ Bảy 26/4/2025'),
      nationalDay('2025-09-01'),
      nationalDay('2025-09-02'),
    ],
    workedWeekendDays: [{ date: '2025-04-26', reason: 'Làm bù ngày thứ Sáu 2/5/2025 (hoán đổi ngày làm việc)' }],
    replacesComputed: false,
    confirmed: true,
    note:
      'Được chấp thuận tại Công văn 8726/VPCP-KGVX ngày 26/11/2024. Tết nghỉ 25/01–02/02/2025 (nghỉ các ngày thứ Hai đến thứ Sáu 27–31/01, tức 28 tháng Chạp – mùng 3 tháng Giêng); dịp 30/4–1/5 nghỉ 30/4–4/5/2025, hoán đổi thứ Sáu 2/5 sang làm bù thứ Bảy 26/4; Quốc khánh nghỉ 30/8–2/9/2025. Số và ngày của thông báo lấy từ nguồn thứ cấp (cổng thông tin ghi là 6150/TB-BLĐTBXH).',
    sources: [
      'en.sggp.org.vn, 27/11/2024: "Prime Minister approves 9-day Tet break for 2025"',
      'pld.net.vn: văn bản số 8726/VPCP-KGVX ngày 26/11/2024',
      'thoidai.com.vn: "Người lao động sẽ có kỳ nghỉ 30/4-1/5 dài 5 ngày"',
    ],
  },
  {
    year: 2026,
    document: { number: '9441/TB-BNV', date: '2025-10-16', issuer: MOHA },
    covers: ['tet', 'national-day'],
    daysOff: [
      tet('2026-02-16'),
      tet('2026-02-17'),
      tet('2026-02-18'),
      tet('2026-02-19'),
      tet('2026-02-20'),
      swapped('national-day', '2026-08-31', 'thứ Bảy 22/8/2026'),
      nationalDay('2026-09-01'),
      nationalDay('2026-09-02'),
    ],
    workedWeekendDays: [{ date: '2026-08-22', reason: 'Làm bù ngày thứ Hai 31/8/2026 (hoán đổi ngày làm việc)' }],
    replacesComputed: false,
    confirmed: true,
    note:
      'Tết nghỉ 14–22/02/2026 (nghỉ các ngày thứ Hai đến thứ Sáu 16–20/02, tức 29 tháng Chạp – mùng 4 tháng Giêng); Quốc khánh nghỉ 29/8–2/9/2026, hoán đổi thứ Hai 31/8 sang làm bù thứ Bảy 22/8. Giỗ Tổ Hùng Vương (Chủ nhật 26/4, nghỉ bù thứ Hai 27/4) và 30/4–1/5 (thứ Năm, thứ Sáu) theo Bộ luật Lao động; báo chí không đưa tin về việc hoán đổi ngày làm việc dịp 30/4.',
    sources: [
      'vietnamnews.vn, 17/10/2025: "Ministry of Home Affairs announces 2026 holiday schedule for Lunar New Year, National Day"',
      'en.sggp.org.vn, 14/10/2025: "Prime Minister approves 9-day Tet break for 2026"',
      'congan.com.vn: "Chính thức chốt phương án Tết Nguyên đán Bính Ngọ 2026 nghỉ 9 ngày"',
      'thanhnien.vn, 23/02/2026: Giỗ Tổ Hùng Vương, 30/4, 1/5, Quốc khánh 2/9 năm 2026',
    ],
  },
  {
    year: 2026,
    document: { number: '12729/VPCP-KGVX', date: '2025-12-25', issuer: GOVERNMENT_OFFICE },
    covers: ['new-year'],
    daysOff: [newYear('2026-01-01'), swapped('new-year', '2026-01-02', 'thứ Bảy 10/01/2026')],
    workedWeekendDays: [{ date: '2026-01-10', reason: 'Làm bù ngày thứ Sáu 2/1/2026 (hoán đổi ngày làm việc)' }],
    replacesComputed: false,
    confirmed: true,
    note:
      'Phó Thủ tướng Chính phủ đồng ý đề xuất của Bộ Nội vụ: nghỉ Tết Dương lịch 1–4/01/2026 (thứ Năm 1/1 là ngày lễ theo Bộ luật Lao động), hoán đổi thứ Sáu 2/1 sang làm bù thứ Bảy 10/1. Số văn bản lấy từ nguồn thứ cấp; ngày văn bản là ngày thứ Năm 25/12/2025 mà báo chí nêu.',
    sources: [
      'vietnamnews.vn, 25/12/2025: "Government approves four-day New Year holiday"',
      'en.baobacninhtv.vn: "Vietnam proposes 4-day New Year break to boost travel and spending"',
    ],
  },
  {
    year: 2026,
    document: { number: 'Nghị quyết 28/2026/QH16 (chưa xác minh)', issuer: 'Quốc hội' },
    daysOff: [{ date: '2026-11-24', name: 'Ngày Văn hóa Việt Nam', kind: 'holiday' }],
    workedWeekendDays: [],
    replacesComputed: false,
    confirmed: false,
    note:
      'Bộ Chính trị chọn ngày 24/11 là Ngày Văn hóa Việt Nam, người lao động được nghỉ hưởng nguyên lương; Nghị quyết 30/NQ-CP (tháng 02/2026) giao sửa đổi khoản 1 Điều 112 Bộ luật Lao động. Chỉ một nguồn thứ cấp nêu số nghị quyết và ngày có hiệu lực 01/7/2026; chưa tìm thấy văn bản đã công bố. Chưa áp dụng cho đến khi được xác nhận.',
    sources: [
      'vneconomy.vn, 26/02/2026: "Bổ sung Ngày Văn hóa Việt Nam 24/11 vào danh mục ngày nghỉ hưởng nguyên lương"',
      'baophutho.vn: "Chọn 24/11 là Ngày Văn hóa Việt Nam, người lao động được nghỉ lễ"',
    ],
  },
];
