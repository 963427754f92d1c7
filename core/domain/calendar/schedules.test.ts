import { describe, expect, it } from 'vitest';
import { addDays, diffDays, parseIsoDate, weekday } from './days';
import { HOLIDAY_NAMES } from './holidays';
import { tetDate } from './lunar';
import { ANNOUNCED_SCHEDULES } from './schedules';
import type { HolidayGroup } from './types';

const KNOWN_NAMES = new Set(Object.values(HOLIDAY_NAMES));
const VI_DIACRITIC = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

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

  it('every day off of a confirmed schedule names its occasion, and covers lists exactly those occasions', () => {
    const order = Object.keys(HOLIDAY_NAMES) as HolidayGroup[];
    for (const s of ANNOUNCED_SCHEDULES) {
      const where = `${s.document.number} (${s.year})`;
      if (s.confirmed) for (const d of s.daysOff) expect(d.group, `${where} ${d.date}`).toBeDefined();
      // What an entered schedule would derive from its days (server coversOf) is what this one declares.
      const fromDays = order.filter((g) => s.daysOff.some((d) => d.group === g));
      expect(fromDays, where).toEqual(order.filter((g) => (s.covers ?? []).includes(g)));
    }
  });

  it('a day’s name and kind agree with its occasion; a swapped day sits in the break of its occasion', () => {
    for (const s of ANNOUNCED_SCHEDULES) {
      for (const d of s.daysOff) {
        if (d.group === undefined) continue;
        const where = `${s.document.number} ${d.date}`;
        const occasion = HOLIDAY_NAMES[d.group];
        if (d.kind === 'holiday') expect(d.name, where).toBe(occasion);
        if (d.kind === 'compensatory') expect(d.name, where).toBe(`Nghỉ bù ${occasion}`);
        if (d.kind === 'bridge') {
          const near = s.daysOff.filter((o) => o.kind === 'holiday' && o.group === d.group && Math.abs(diffDays(o.date, d.date)) <= 3);
          expect(near.length, where).toBeGreaterThan(0);
        }
      }
    }
  });

  it('notes are Vietnamese; sources are a site, a date and a quoted title or a Vietnamese description', () => {
    const english = /\b(the|and|of|from|was|were|not|is|are|by|for|with|made|weekdays?|days?|notice|approved|press|found|sources?)\b/i;
    for (const s of ANNOUNCED_SCHEDULES) {
      expect(s.note, s.document.number).toMatch(VI_DIACRITIC);
      expect(s.note, s.document.number).not.toMatch(english);
      for (const source of s.sources ?? []) {
        // A quoted headline is cited as published; the rest is the site, the date and, if any, Vietnamese prose.
        const prose = source.replace(/"[^"]*"/g, '').replace(/^[\w.-]+\.(vn|org\.vn|com\.vn|net\.vn)(, \d{2}\/\d{2}\/\d{4})?:\s*/, '');
        expect(!/\p{L}/u.test(prose) || VI_DIACRITIC.test(prose), source).toBe(true);
        expect(prose, source).not.toMatch(english);
      }
    }
  });
});
