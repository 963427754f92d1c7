import type { AnnouncedSchedule, IsoDate } from './types';

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

type DayOff = AnnouncedSchedule['daysOff'][number];

const tet = (date: IsoDate): DayOff => ({ date, name: 'Tết Nguyên đán', kind: 'holiday' });
const tetMakeUp = (date: IsoDate): DayOff => ({ date, name: 'Nghỉ bù Tết Nguyên đán', kind: 'compensatory' });
const nationalDay = (date: IsoDate): DayOff => ({ date, name: 'Quốc khánh', kind: 'holiday' });
const swapped = (date: IsoDate, workedOn: string): DayOff => ({ date, name: `Nghỉ hoán đổi (làm bù ${workedOn})`, kind: 'bridge' });

export const ANNOUNCED_SCHEDULES: readonly AnnouncedSchedule[] = [
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
      'Tết 10–16/02/2021 (29 Chạp – mùng 5; 13–14/02 fall on the weekend and are made up on 15–16/02) and 2–3/9 as approved by the Prime Minister and reported by the press. The notice number comes from secondary sources (a published holiday library and company notices); its date was not found.',
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
      'Tết 31/01–04/02/2022 (29 Chạp – mùng 4), approved by Công văn 245/VPCP-KGVX of 11/01/2022; National Day 1–2/9/2022 (press: 4 days 1–4/9). The notice number comes from secondary sources; its date was not found.',
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
      { date: '2023-09-04', name: 'Nghỉ bù Quốc khánh', kind: 'compensatory' },
    ],
    workedWeekendDays: [],
    replacesComputed: false,
    confirmed: true,
    note:
      'Tết 20–26/01/2023 (29 Chạp – mùng 5, two make-up days for the weekend) and National Day 1–4/9/2023 (2/9 a Saturday, made up on Monday 4/9). 29/4–3/5/2023 needed no announcement: Hùng Kings (Sat 29/4) and 30/4 (Sun) are made up on 2–3/5 under art. 111(3), which the computed defaults produce. No make-up Saturday (such as 6/5/2023) was found in any report. The notice number comes from secondary sources.',
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
      'Tết 08–14/02/2024 (29 Chạp – mùng 5) and National Day 31/8–3/9/2024 (weekdays off 2–3/9). Notice number and date from a company notice citing it.',
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
      swapped('2024-04-29', 'thứ Bảy 04/5/2024'),
      { date: '2024-04-30', name: 'Ngày Chiến thắng', kind: 'holiday' },
      { date: '2024-05-01', name: 'Ngày Quốc tế Lao động', kind: 'holiday' },
    ],
    workedWeekendDays: [{ date: '2024-05-04', reason: 'Làm bù ngày thứ Hai 29/4/2024 (hoán đổi ngày làm việc)' }],
    replacesComputed: false,
    confirmed: true,
    note:
      'Prime Minister approved swapping Monday 29/4 for Saturday 4/5 so that 27/4–1/5/2024 is off. The ministry\'s implementing notice is reported by a secondary source as 1570/TB-LĐTBXH.',
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
      { date: '2025-04-30', name: 'Ngày Chiến thắng', kind: 'holiday' },
      { date: '2025-05-01', name: 'Ngày Quốc tế Lao động', kind: 'holiday' },
      swapped('2025-05-02', 'thứ Bảy 26/4/2025'),
      nationalDay('2025-09-01'),
      nationalDay('2025-09-02'),
    ],
    workedWeekendDays: [{ date: '2025-04-26', reason: 'Làm bù ngày thứ Sáu 2/5/2025 (hoán đổi ngày làm việc)' }],
    replacesComputed: false,
    confirmed: true,
    note:
      'Approved by Công văn 8726/VPCP-KGVX of 26/11/2024. Tết 25/01–02/02/2025 (weekdays off 27–31/01, 28 Chạp – mùng 3); 30/4–4/5/2025 with Friday 2/5 swapped for Saturday 26/4; National Day 30/8–2/9/2025. Notice number and date from secondary sources (the portal prints it as 6150/TB-BLĐTBXH).',
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
      swapped('2026-08-31', 'thứ Bảy 22/8/2026'),
      nationalDay('2026-09-01'),
      nationalDay('2026-09-02'),
    ],
    workedWeekendDays: [{ date: '2026-08-22', reason: 'Làm bù ngày thứ Hai 31/8/2026 (hoán đổi ngày làm việc)' }],
    replacesComputed: false,
    confirmed: true,
    note:
      'Tết 14–22/02/2026 (weekdays off 16–20/02, 29 Chạp – mùng 4); National Day 29/8–2/9/2026 with Monday 31/8 swapped for Saturday 22/8. Hùng Kings (Sun 26/4, made up Mon 27/4) and 30/4–1/5 (Thu–Fri) follow the Labour Code; no swap around 30/4 was reported.',
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
    daysOff: [swapped('2026-01-02', 'thứ Bảy 10/01/2026')],
    workedWeekendDays: [{ date: '2026-01-10', reason: 'Làm bù ngày thứ Sáu 2/1/2026 (hoán đổi ngày làm việc)' }],
    replacesComputed: false,
    confirmed: true,
    note:
      'Deputy Prime Minister approved the Ministry of Home Affairs\' proposal: 1–4/01/2026 off, Friday 2/1 swapped for Saturday 10/1. The document number comes from a secondary source; the date is the Thursday the press gives.',
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
      'The Politburo chose 24/11 as Vietnamese Culture Day, a paid day off, and Nghị quyết 30/NQ-CP (02/2026) tasks amending Labour Code art. 112(1). A single secondary source names the enacting resolution and an entry into force of 01/7/2026; no published text was found. Not applied until confirmed.',
    sources: [
      'vneconomy.vn, 26/02/2026: "Bổ sung Ngày Văn hóa Việt Nam 24/11 vào danh mục ngày nghỉ hưởng nguyên lương"',
      'baophutho.vn: "Chọn 24/11 là Ngày Văn hóa Việt Nam, người lao động được nghỉ lễ"',
    ],
  },
];
