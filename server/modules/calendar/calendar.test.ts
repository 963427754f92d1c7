import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, ENGINE, type Session, type TestContext } from '../../test/support';
import { loadWorkCalendar } from './calendar.service';

let ctx: TestContext;
let admin: Session;
let viewer: Session;
let ward: Session;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.login('admin');
  viewer = await ctx.login('xem');
  ward = await ctx.login('suoihoa');
});
afterAll(async () => ctx?.close());

interface Day {
  date: string;
  working: boolean;
  name?: string;
  kind?: string;
  weekday: string;
  lunar: { day: number; month: number; year: number; leap: boolean; yearName: string; label: string; short: string };
}
interface Schedule {
  source: 'shipped' | 'entered';
  year: number;
  applied: boolean;
  supersededBy: string | null;
  confirmed: boolean;
  document: { number: string; date: string | null; issuer: string | null };
  covers: string[];
  daysOff: { date: string; name: string; kind: string; group: string | null }[];
  workedDays: { date: string; reason: string }[];
  note: string | null;
  sources: string[];
  version: number | null;
  actions: string[];
}
type Err = { code: string; message: string; fields?: Record<string, string>; reason?: string };

const days = async (s: Session, from: string, to: string) => {
  const r = await s.get(`/api/calendar/days?from=${from}&to=${to}`);
  expect(r.status).toBe(200);
  return new Map(r.json<{ items: Day[] }>().items.map((d) => [d.date, d]));
};

const TET_2027 = {
  year: 2027,
  documentNumber: '1234/TB-BNV',
  documentDate: '2026-10-15',
  issuer: 'Bộ Nội vụ',
  daysOff: [
    ...['2027-02-04', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09'].map((date) => ({ date, name: 'Tết Nguyên đán', kind: 'holiday', group: 'tet' })),
    ...['2027-02-10', '2027-02-11'].map((date) => ({ date, name: 'Nghỉ bù Tết Nguyên đán', kind: 'compensatory', group: 'tet' })),
    { date: '2027-02-12', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 20/02/2027)', kind: 'bridge', group: 'tet' },
  ],
  workedDays: [{ date: '2027-02-20', reason: 'Làm bù ngày thứ Sáu 12/02/2027' }],
};

describe(`reading the calendar (${ENGINE})`, () => {
  it('shows Tết 2026 off from 14 to 22 February, with names, weekdays and lunar dates', async () => {
    const d = await days(viewer, '2026-02-13', '2026-02-23');
    expect(d.size).toBe(11);
    expect(d.get('2026-02-13')).toMatchObject({ working: true, weekday: 'Thứ Sáu' });
    expect(d.get('2026-02-13')?.name).toBeUndefined();
    // The weekends at either end are inside the break: named after it, but still weekend days (not holidays).
    for (const date of ['2026-02-14', '2026-02-15', '2026-02-21', '2026-02-22']) {
      expect(d.get(date)).toMatchObject({ working: false, kind: 'weekend', name: 'Nghỉ Tết Nguyên đán (trùng ngày nghỉ hằng tuần)' });
    }
    expect(d.get('2026-02-14')?.weekday).toBe('Thứ Bảy');
    for (const date of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']) {
      expect(d.get(date)).toMatchObject({ working: false, name: 'Tết Nguyên đán', kind: 'holiday' });
    }
    expect(d.get('2026-02-23')).toMatchObject({ working: true, weekday: 'Thứ Hai' });
    expect(d.get('2026-02-17')).toMatchObject({
      weekday: 'Thứ Ba',
      lunar: { day: 1, month: 1, year: 2026, leap: false, yearName: 'Bính Ngọ', label: 'Mùng 1 tháng Giêng năm Bính Ngọ', short: '1/1 Bính Ngọ' },
    });
    // The day before Tết belongs to the old lunar year.
    expect(d.get('2026-02-16')?.lunar).toMatchObject({ day: 29, month: 12, year: 2025, label: 'Ngày 29 tháng Chạp năm Ất Tỵ' });
  });

  it('labels Hùng Kings’ day, its make-up day and a leap month', async () => {
    const d = await days(viewer, '2026-04-26', '2026-04-27');
    expect(d.get('2026-04-26')).toMatchObject({ working: false, name: 'Giỗ Tổ Hùng Vương', kind: 'holiday', weekday: 'Chủ nhật' });
    expect(d.get('2026-04-26')?.lunar.short).toBe('10/3 Bính Ngọ');
    expect(d.get('2026-04-27')).toMatchObject({ working: false, kind: 'compensatory', name: 'Nghỉ bù Giỗ Tổ Hùng Vương' });
    const leap = await days(viewer, '2025-07-25', '2025-07-25');
    expect(leap.get('2025-07-25')?.lunar).toMatchObject({ day: 1, month: 6, leap: true, label: 'Mùng 1 tháng Sáu nhuận năm Ất Tỵ', short: '1/6n Ất Tỵ' });
  });

  it('marks an announced worked Saturday as working, with its reason', async () => {
    const d = await days(viewer, '2026-08-22', '2026-08-22');
    expect(d.get('2026-08-22')).toMatchObject({ working: true, kind: 'worked-weekend', name: expect.stringContaining('31/8/2026') });
  });

  it('adds working days across Tết', async () => {
    expect((await viewer.get('/api/calendar/add?from=2026-02-13&days=1&unit=working')).json()).toEqual({ date: '2026-02-23' });
    expect((await viewer.get('/api/calendar/add?from=2026-02-13&days=3')).json()).toEqual({ date: '2026-02-25' });
    // Zero days from a holiday: the earliest day something due "now" can be done.
    expect((await viewer.get('/api/calendar/add?from=2026-02-17&days=0')).json()).toEqual({ date: '2026-02-23' });
  });

  it('adds calendar days: a period ending on a holiday ends on the next working day', async () => {
    // 7/2 + 10 days = 17/2, mùng 1 Tết → Monday 23/2 (Bộ luật Dân sự 2015 Điều 148).
    expect((await viewer.get('/api/calendar/add?from=2026-02-07&days=10&unit=calendar')).json()).toEqual({ date: '2026-02-23' });
    expect((await viewer.get('/api/calendar/add?from=2026-02-01&days=10&unit=calendar')).json()).toEqual({ date: '2026-02-11' });
    // Ending on the worked Saturday 22/8/2026: that is a working day, so the period ends there.
    expect((await viewer.get('/api/calendar/add?from=2026-08-12&days=10&unit=calendar')).json()).toEqual({ date: '2026-08-22' });
  });

  it('counts working days after the first day up to the last', async () => {
    expect((await viewer.get('/api/calendar/count?from=2026-02-13&to=2026-02-28')).json()).toEqual({ workingDays: 5 });
    expect((await viewer.get('/api/calendar/count?from=2026-02-28&to=2026-02-13')).json()).toEqual({ workingDays: -5 });
  });

  it('refuses bad ranges and counts with Vietnamese messages naming the field', async () => {
    const reversed = await viewer.get('/api/calendar/days?from=2026-03-01&to=2026-02-01');
    expect(reversed.status).toBe(400);
    expect(reversed.json<Err>().fields?.to).toMatch(/Ngày cuối phải sau/);
    const long = await viewer.get('/api/calendar/days?from=2026-01-01&to=2027-02-05');
    expect(long.status).toBe(400);
    expect(long.json<Err>()).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringMatching(/tối đa 400 ngày/) });
    expect((await viewer.get('/api/calendar/days?from=2026-01-01&to=2027-02-04')).status).toBe(200);
    const tooMany = await viewer.get('/api/calendar/add?from=2026-01-01&days=3651');
    expect(tooMany.status).toBe(400);
    expect(tooMany.json<Err>().fields?.days).toMatch(/0 đến 3650/);
    for (const q of ['days=-1', 'days=1.5', 'days=abc', 'days=0x10', 'days=1&unit=hours', 'days=1&unit=']) {
      expect((await viewer.get(`/api/calendar/add?from=2026-01-01&${q}`)).status, q).toBe(400);
    }
    const past2100 = await viewer.get('/api/calendar/add?from=2100-12-20&days=30');
    expect(past2100.status).toBe(400);
    expect(past2100.json<Err>().fields?.days).toMatch(/1900–2100/);
    expect((await viewer.get('/api/calendar/add?from=2021-02-30&days=1')).json<Err>().fields?.from).toMatch(/không tồn tại/);
  });

  it('needs calendar.read: anonymous callers get 401', async () => {
    expect((await ctx.anonymous('GET', '/api/calendar/days?from=2026-02-13&to=2026-02-23')).status).toBe(401);
  });
});

describe(`holiday schedule administration (${ENGINE})`, () => {
  it('lists the shipped schedules with their documents; the unconfirmed one is not applied', async () => {
    const r = await viewer.get('/api/calendar/schedules');
    expect(r.status).toBe(200);
    const items = r.json<{ items: Schedule[] }>().items;
    expect(items.every((s) => s.source === 'shipped')).toBe(true);
    expect([...new Set(items.map((s) => s.year))]).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    const tet2026 = items.find((s) => s.document.number === '9441/TB-BNV');
    expect(tet2026).toMatchObject({ year: 2026, confirmed: true, applied: true, covers: ['tet', 'national-day'], document: { date: '2025-10-16', issuer: 'Bộ Nội vụ' }, actions: [] });
    expect(tet2026?.workedDays).toEqual([{ date: '2026-08-22', reason: expect.any(String) }]);
    expect(items.find((s) => s.daysOff.some((d) => d.date === '2026-11-24'))).toMatchObject({ confirmed: false, applied: false });
  });

  it('gives every day of a shipped schedule its occasion, matching covers, and a Vietnamese note', async () => {
    const items = (await viewer.get('/api/calendar/schedules')).json<{ items: Schedule[] }>().items;
    const tet2026 = items.find((s) => s.document.number === '9441/TB-BNV');
    expect(tet2026?.daysOff.map((d) => [d.date, d.group])).toEqual([
      ...['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'].map((date) => [date, 'tet']),
      ['2026-08-31', 'national-day'],
      ['2026-09-01', 'national-day'],
      ['2026-09-02', 'national-day'],
    ]);
    expect(tet2026?.note).toMatch(/^Tết nghỉ 14–22\/02\/2026 \(nghỉ các ngày thứ Hai đến thứ Sáu 16–20\/02/);
    for (const s of items.filter((x) => x.confirmed)) {
      expect(s.daysOff.every((d) => d.group !== null), s.document.number).toBe(true);
      // The occasions an entered copy would settle (those of its days) are the ones the shipped schedule settles.
      expect([...new Set(s.daysOff.map((d) => d.group))].sort(), s.document.number).toEqual([...s.covers].sort());
      expect(s.note, s.document.number).toMatch(/[ạ-ỹà-ỳđ]/);
    }
  });

  it('refuses writes to users without calendar.admin', async () => {
    for (const s of [viewer, ward]) {
      const post = await s.post('/api/calendar/schedules', TET_2027);
      expect(post.status, s.username).toBe(403);
      expect(post.json<Err>().code).toBe('FORBIDDEN');
      expect((await s.patch('/api/calendar/schedules/2027', { version: 1, documentNumber: 'x' })).status).toBe(403);
    }
  });

  it('validates the schedule and names each wrong field', async () => {
    const r = await admin.post('/api/calendar/schedules', {
      ...TET_2027,
      daysOff: [{ date: '2026-12-31', name: 'Tết Dương lịch', kind: 'holiday' }, { date: '2027-02-05', name: 'Tết', kind: 'holiday' }, { date: '2027-02-05', name: 'Tết', kind: 'holiday' }],
      workedDays: [{ date: '2027-02-05', reason: 'Làm bù' }, { date: '2027-02-17', reason: 'Làm bù' }],
    });
    expect(r.status).toBe(400);
    const body = r.json<Err>();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.fields).toEqual({
      'daysOff.0.date': 'Ngày 31/12/2026 không thuộc năm 2027',
      'daysOff.2.date': expect.stringMatching(/đã có ở dòng 2/),
      'workedDays.0.date': 'Ngày 05/02/2027 vừa là ngày nghỉ vừa là ngày làm bù',
      'workedDays.1.date': expect.stringMatching(/không phải thứ Bảy hoặc Chủ nhật/),
    });
    expect(body.message).toMatch(/Trường «daysOff\.0\.date»/);

    const blank = await admin.post('/api/calendar/schedules', { ...TET_2027, documentNumber: '  ', daysOff: [{ date: '2027-02-05', name: ' ', kind: 'lễ' }] });
    expect(blank.status).toBe(400);
    expect(Object.keys(blank.json<Err>().fields ?? {})).toEqual(expect.arrayContaining(['documentNumber', 'daysOff.0.name', 'daysOff.0.kind']));
    expect(blank.json<Err>().fields?.documentNumber).toMatch(/Số văn bản không được để trống/);
    const empty = await admin.post('/api/calendar/schedules', { ...TET_2027, daysOff: [] });
    expect(empty.json<Err>().fields?.daysOff).toMatch(/ít nhất một ngày nghỉ/);
    expect((await admin.post('/api/calendar/schedules', { ...TET_2027, year: 2101 })).json<Err>().fields?.year).toMatch(/1900 đến 2100/);
  });

  it('an administrator enters the 2027 schedule and the calendar follows at once', async () => {
    const before = await days(viewer, '2027-02-03', '2027-02-21');
    expect(before.get('2027-02-04')?.working).toBe(true);
    expect(before.get('2027-02-12')?.working).toBe(true);
    expect(before.get('2027-02-20')?.working).toBe(false);

    const r = await admin.post('/api/calendar/schedules', TET_2027);
    expect(r.status).toBe(201);
    expect(r.json<Schedule>()).toMatchObject({ source: 'entered', year: 2027, applied: true, confirmed: true, covers: ['tet'], version: 1, actions: ['edit'], document: { number: '1234/TB-BNV', date: '2026-10-15', issuer: 'Bộ Nội vụ' } });

    const after = await days(viewer, '2027-02-03', '2027-02-21');
    expect(after.get('2027-02-03')?.working).toBe(true);
    expect(after.get('2027-02-04')).toMatchObject({ working: false, name: 'Tết Nguyên đán', kind: 'holiday' });
    expect(after.get('2027-02-12')).toMatchObject({ working: false, kind: 'bridge' });
    expect(after.get('2027-02-20')).toMatchObject({ working: true, kind: 'worked-weekend', name: 'Làm bù ngày thứ Sáu 12/02/2027' });
    // Occasions the schedule does not settle keep the Labour Code defaults.
    expect((await days(viewer, '2027-01-01', '2027-01-01')).get('2027-01-01')).toMatchObject({ working: false, name: 'Tết Dương lịch' });
    expect((await viewer.get('/api/calendar/add?from=2027-02-03&days=2')).json()).toEqual({ date: '2027-02-16' });

    const list = (await viewer.get('/api/calendar/schedules')).json<{ items: Schedule[] }>().items;
    expect(list.at(-1)).toMatchObject({ source: 'entered', year: 2027, actions: [] });
  });

  it('refuses a second entered schedule for the same year', async () => {
    const r = await admin.post('/api/calendar/schedules', { ...TET_2027, documentNumber: 'khác' });
    expect(r.status).toBe(409);
    expect(r.json<Err>()).toMatchObject({ code: 'DUPLICATE', fields: { year: expect.stringContaining('2027') } });
  });

  it('edits with the version it was opened at; a stale save gets 409', async () => {
    const first = await admin.patch('/api/calendar/schedules/2027', { version: 1, documentNumber: '1234/TB-BNV (đính chính)', workedDays: [] });
    expect(first.status).toBe(200);
    expect(first.json<Schedule>()).toMatchObject({ version: 2, document: { number: '1234/TB-BNV (đính chính)', issuer: 'Bộ Nội vụ' }, workedDays: [] });
    expect((await days(viewer, '2027-02-20', '2027-02-20')).get('2027-02-20')?.working).toBe(false);

    const stale = await admin.patch('/api/calendar/schedules/2027', { version: 1, issuer: 'Văn phòng Chính phủ' });
    expect(stale.status).toBe(409);
    expect(stale.json<Err>().code).toBe('VERSION_CONFLICT');

    const wrong = await admin.patch('/api/calendar/schedules/2027', { version: 2, daysOff: [{ date: '2028-01-01', name: 'Tết Dương lịch', kind: 'holiday' }] });
    expect(wrong.status).toBe(400);
    expect(wrong.json<Err>().fields).toEqual({ 'daysOff.0.date': 'Ngày 01/01/2028 không thuộc năm 2027' });
    const weekday = await admin.patch('/api/calendar/schedules/2027', { version: 2, workedDays: [{ date: '2027-02-15', reason: 'Làm bù' }] });
    expect(weekday.json<Err>().fields?.['workedDays.0.date']).toMatch(/không phải thứ Bảy/);

    expect((await admin.patch('/api/calendar/schedules/2030', { version: 1, documentNumber: 'x' })).status).toBe(404);
    for (const year of ['abc', '27', '1899', '2027.0', '0x7E3']) {
      expect((await admin.patch(`/api/calendar/schedules/${year}`, { version: 2, documentNumber: 'x' })).status, year).toBe(400);
    }
  });

  it('audits every change with what it was before and after', async () => {
    const r = await admin.get('/api/audit?entity=holiday_schedule&entityId=2027');
    const items = r.json<{ items: { action: string; actorName: string; before: Schedule | null; after: Schedule | null }[] }>().items;
    // Each change recomputed the running clocks' due dates in its transaction, and says so right after it.
    expect(items.map((i) => i.action)).toEqual(['clocks.recomputed', 'holiday_schedule.updated', 'clocks.recomputed', 'holiday_schedule.created']);
    const changes = items.filter((i) => i.action !== 'clocks.recomputed');
    expect(changes[0]).toMatchObject({ actorName: 'admin', before: { version: 1, document: { number: '1234/TB-BNV' } }, after: { version: 2, workedDays: [] } });
    expect(changes[1]?.before).toBeNull();
    expect(changes[1]?.after).toMatchObject({ year: 2027, covers: ['tet'] });
  });

  it('an entered schedule replaces every shipped schedule of its year', async () => {
    // 2025 shipped: Friday 2/5 swapped for Saturday 26/4. The entered 2025 schedule only repeats Tết.
    expect((await days(viewer, '2025-05-02', '2025-05-02')).get('2025-05-02')?.working).toBe(false);
    const r = await admin.post('/api/calendar/schedules', {
      year: 2025,
      documentNumber: '6150/TB-LĐTBXH',
      daysOff: ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'].map((date) => ({ date, name: 'Tết Nguyên đán', kind: 'holiday', group: 'tet' })),
    });
    expect(r.status).toBe(201);
    const d = await days(viewer, '2025-04-26', '2025-05-02');
    expect(d.get('2025-04-26')).toMatchObject({ working: false, kind: 'weekend' });
    expect(d.get('2025-05-02')?.working).toBe(true);
    expect(d.get('2025-04-30')).toMatchObject({ working: false, name: 'Ngày Chiến thắng' });
    const shipped = (await admin.get('/api/calendar/schedules')).json<{ items: Schedule[] }>().items.filter((s) => s.year === 2025);
    expect(shipped.map((s) => [s.source, s.applied, s.supersededBy])).toEqual([
      ['shipped', false, 'entered'],
      ['entered', true, null],
    ]);
  });

  it('another instance’s write is seen on the next request (cache keyed on the table, not on this process)', async () => {
    const calendar = await loadWorkCalendar(ctx.db);
    expect(await loadWorkCalendar(ctx.db)).toBe(calendar);
    const row = await ctx.db.kysely.selectFrom('holiday_schedules').selectAll().where('year', '=', 2027).executeTakeFirstOrThrow();
    const daysOff = [...JSON.parse(row.days_off), { date: '2027-02-03', name: 'Nghỉ thêm', kind: 'bridge', group: 'tet' }];
    // Same updated_at on purpose: the version alone must invalidate the cache.
    await ctx.db.kysely.updateTable('holiday_schedules').set({ days_off: JSON.stringify(daysOff), version: row.version + 1 }).where('id', '=', row.id).execute();
    expect(await loadWorkCalendar(ctx.db)).not.toBe(calendar);
    expect((await days(viewer, '2027-02-03', '2027-02-03')).get('2027-02-03')).toMatchObject({ working: false, name: 'Nghỉ thêm' });
  });

  it('a copy of the shipped 2026 schedules entered through the API leaves the 2026 calendar as it was', async () => {
    const before = [...(await days(viewer, '2026-01-01', '2026-12-31')).values()];
    const shipped = (await admin.get('/api/calendar/schedules')).json<{ items: Schedule[] }>().items.filter((s) => s.year === 2026 && s.applied);
    expect(shipped.map((s) => s.document.number)).toEqual(['9441/TB-BNV', '12729/VPCP-KGVX']);
    const r = await admin.post('/api/calendar/schedules', {
      year: 2026,
      documentNumber: shipped.map((s) => s.document.number).join('; '),
      daysOff: shipped.flatMap((s) => s.daysOff),
      workedDays: shipped.flatMap((s) => s.workedDays),
    });
    expect(r.status).toBe(201);
    expect(r.json<Schedule>().covers).toEqual(['new-year', 'tet', 'national-day']);
    const after = [...(await days(viewer, '2026-01-01', '2026-12-31')).values()];
    expect(after).toEqual(before);
    expect(after.find((d) => d.date === '2026-02-14')).toMatchObject({ kind: 'weekend', name: 'Nghỉ Tết Nguyên đán (trùng ngày nghỉ hằng tuần)' });
  });

  it('documents the routes in OpenAPI with tags and Vietnamese summaries', async () => {
    const doc = (await ctx.anonymous('GET', '/api/openapi.json')).json<{ paths: Record<string, Record<string, { tags: string[]; summary: string }>> }>();
    for (const [path, method] of [['/api/calendar/days', 'get'], ['/api/calendar/add', 'get'], ['/api/calendar/count', 'get'], ['/api/calendar/schedules', 'post'], ['/api/calendar/schedules/{year}', 'patch']] as const) {
      expect(doc.paths[path]?.[method], path).toMatchObject({ tags: ['Lịch làm việc'], summary: expect.stringMatching(/[ạ-ỹà-ỳ]/) });
    }
  });
});
