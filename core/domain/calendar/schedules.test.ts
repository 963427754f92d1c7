import { describe, expect, it } from 'vitest';
import { addDays, parseIsoDate, weekday } from './days';
import { HOLIDAY_NAMES } from './holidays';
import { tetDate } from './lunar';
import { ANNOUNCED_SCHEDULES } from './schedules';

const KNOWN_NAMES = new Set(Object.values(HOLIDAY_NAMES));

describe('announced schedules 2021–2026 (data integrity)', () => {
  it('has a confirmed Tết and National Day announcement for each year 2021–2026', () => {
    for (const year of [2021, 2022, 2023, 2024, 2025, 2026]) {
      const covered = ANNOUNCED_SCHEDULES.filter((s) => s.year === year && s.confirmed === true).flatMap((s) => s.covers ?? []);
      expect(covered, String(year)).toEqual(expect.arrayContaining(['tet', 'national-day']));
    }
  });

  it('dates are valid and in the schedule year; worked days are weekends; no day both off and worked', () => {
    for (const s of ANNOUNCED_SCHEDULES) {
      for (const d of s.daysOff) expect(parseIsoDate(d.date).year, `${s.document.number} ${d.date}`).toBe(s.year);
      for (const d of s.workedWeekendDays) {
        expect(parseIsoDate(d.date).year).toBe(s.year);
        expect([0, 6]).toContain(weekday(d.date));
      }
      const off = new Set(s.daysOff.map((d) => d.date));
      expect(s.workedWeekendDays.filter((d) => off.has(d.date))).toEqual([]);
    }
  });

  it('each swap pairs one weekday off (bridge) with one weekend day worked', () => {
    for (const s of ANNOUNCED_SCHEDULES) {
      const bridges = s.daysOff.filter((d) => d.kind === 'bridge');
      expect(bridges.length, s.document.number).toBe(s.workedWeekendDays.length);
      for (const b of bridges) expect([1, 2, 3, 4, 5]).toContain(weekday(b.date));
    }
  });

  it('each year has exactly five Tết days including mùng 1, inside 29 Chạp … mùng 5', () => {
    for (const year of [2021, 2022, 2023, 2024, 2025, 2026]) {
      const tet = tetDate(year);
      const days = ANNOUNCED_SCHEDULES.filter((s) => s.year === year)
        .flatMap((s) => s.daysOff)
        .filter((d) => d.name === 'Tết Nguyên đán')
        .map((d) => d.date);
      expect(days, String(year)).toHaveLength(5);
      expect(days).toContain(tet);
      for (const d of days) {
        expect(d >= addDays(tet, -3) && d <= addDays(tet, 4), `${year}: ${d}`).toBe(true);
      }
    }
  });

  it('names are Vietnamese holiday names or start with "Nghỉ"; every entry has a document and sources', () => {
    for (const s of ANNOUNCED_SCHEDULES) {
      expect(s.document.number.length).toBeGreaterThan(3);
      expect(s.sources?.length ?? 0, s.document.number).toBeGreaterThan(0);
      expect(typeof s.confirmed).toBe('boolean');
      if (s.confirmed === false) expect(s.note ?? '').toMatch(/not|chưa/i);
      for (const d of s.daysOff) {
        expect(KNOWN_NAMES.has(d.name) || d.name.startsWith('Nghỉ ') || d.name === 'Ngày Văn hóa Việt Nam', d.name).toBe(true);
      }
    }
  });

  it('marks 24/11/2026 (Ngày Văn hóa Việt Nam) as unconfirmed', () => {
    const culture = ANNOUNCED_SCHEDULES.find((s) => s.daysOff.some((d) => d.date === '2026-11-24'));
    expect(culture?.confirmed).toBe(false);
  });
});
