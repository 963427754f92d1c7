import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock';
import { unitId, userAt } from '../../test/factories';
import { createTestContext, ENGINE, type Session, type TestContext } from '../../test/support';

// Wednesday 25/11/2026 10:00 in Vietnam: inside the demo's regular period (screening off, as by default).
const clock = new ManualClock('2026-11-25T03:00:00Z');
let ctx: TestContext;
let admin: Session;
let officer: Session;
let periodId: number;
let liaisonId: number;
const people: Record<string, number> = {};

const visit = (personId: number, extra: Record<string, unknown> = {}) =>
  officer.post('/api/visits', { personIds: [personId], receivedAt: '2026-11-25T09:30:00+07:00', requestType: 'kien_nghi', content: 'Kiến nghị về đường giao thông.', ...extra });

const liaisonAlerts = () =>
  ctx.db.kysely.selectFrom('alert_deliveries as d').innerJoin('alerts as a', 'a.id', 'd.alert_id').select(['a.title', 'a.body', 'a.subject_id', 'd.must_ack']).where('d.account_id', '=', liaisonId).where('a.kind', '=', 'health.flagged').orderBy('a.id').execute();

beforeAll(async () => {
  ctx = await createTestContext({ clock });
  admin = await ctx.login('admin');
  officer = await ctx.login('tiepdan');
  await userAt(ctx, 'yte', 'BN-TP-YT', 'read_only');
  liaisonId = (await ctx.db.kysely.selectFrom('accounts').select('id').where('username', '=', 'yte').executeTakeFirstOrThrow()).id;
  const wards = { vuNinh: await unitId(ctx, 'BN-TP-P-VUNINH'), suoiHoa: await unitId(ctx, 'BN-TP-P-SUOIHOA') };
  for (const [key, fullName, ward] of [['vn', 'Trần Văn Dịch', wards.vuNinh], ['sh', 'Lê Thị Khỏe', wards.suoiHoa], ['sh2', 'Lê Văn Đi', wards.suoiHoa]] as const) {
    const r = await officer.post('/api/people', { fullName, birthYear: 1970, wardUnitId: ward });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    people[key] = r.json<{ id: number }>().id;
  }
  periodId = (await admin.get('/api/periods')).json<{ items: { id: number; kind: string }[] }>().items.find((p) => p.kind === 'regular')?.id as number;
});
afterAll(async () => ctx?.close());

describe(`health screening (${ENGINE})`, () => {
  it('is off by default: no questions, a visit is not screened', async () => {
    expect((await officer.get('/api/health-screening/current')).json()).toEqual({ screening: null });
    const v = (await visit(people.vn as number)).json<{ id: number }>();
    expect((await officer.get(`/api/visits/${v.id}/screening`)).status).toBe(404);
  });

  it('an administrator switches it on for the period with areas, questions and the liaison; refuses an unknown ward', async () => {
    const period = (await admin.get(`/api/periods/${periodId}`)).json<{ version: number; healthScreening: boolean }>();
    expect(period.healthScreening).toBe(false);
    const settings = {
      healthScreening: true,
      screeningAreas: [{ wardId: await unitId(ctx, 'BN-TP-P-VUNINH'), label: 'Phường Vũ Ninh' }, { label: 'Thành phố Hà Nội' }],
      screeningQuestions: [{ text: 'Trong 14 ngày qua có sốt, ho, khó thở không?', kind: 'yes_no' }, { text: 'Trong 14 ngày qua đã đến những địa phương nào?', kind: 'place' }],
      screeningLiaisonId: liaisonId,
    };
    const bad = await admin.patch(`/api/periods/${periodId}`, { ...settings, screeningAreas: [{ wardId: await unitId(ctx, 'BN-TP'), label: 'Thành phố' }], version: period.version });
    expect(bad.status).toBe(400);
    expect(bad.json<{ fields: Record<string, string> }>().fields).toHaveProperty('screeningAreas.0.wardId');
    const ok = await admin.patch(`/api/periods/${periodId}`, { ...settings, version: period.version });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.json()).toMatchObject({ healthScreening: true, screeningLiaisonId: liaisonId, screeningAreas: [{ label: 'Phường Vũ Ninh' }, { wardId: null, label: 'Thành phố Hà Nội' }] });
    const current = (await officer.get('/api/health-screening/current')).json<{ screening: { periodId: number; questions: { kind: string }[] } }>();
    expect(current.screening).toMatchObject({ periodId, questions: [{ kind: 'yes_no' }, { kind: 'place' }] });
  });

  it('flags a visitor living in a listed ward and alerts the liaison, naming the visit and the area, not the person', async () => {
    const v = (await visit(people.vn as number)).json<{ id: number }>();
    const s = (await officer.get(`/api/visits/${v.id}/screening`)).json();
    expect(s).toEqual({ visitId: v.id, periodId, flagged: true, reasons: [{ kind: 'residence', area: 'Phường Vũ Ninh', question: null }], liaisonAlerted: true });
    const [alert] = await liaisonAlerts();
    expect(alert).toMatchObject({ subject_id: v.id, title: 'Sàng lọc y tế: công dân từ vùng có dịch tại Trụ sở Tiếp công dân thành phố' });
    expect(alert?.body).toContain('cư trú tại Phường Vũ Ninh');
    expect(alert?.body).not.toContain('Trần Văn Dịch');
    const audit = await ctx.db.kysely.selectFrom('audit_log').select('after').where('action', '=', 'visit.screened').where('entity_id', '=', String(v.id)).executeTakeFirstOrThrow();
    expect(audit.after).toContain('"flagged":true');
  });

  it('flags by an answer (a yes, or a place naming a listed area) and not otherwise; the daily report counts both', async () => {
    const byPlace = (await visit(people.sh as number, { screening: { answers: [{ question: 0, answer: 'Không' }, { question: 1, answer: 'về quê ở thành phố Hà Nội' }] } })).json<{ id: number }>();
    expect((await officer.get(`/api/visits/${byPlace.id}/screening`)).json()).toMatchObject({ flagged: true, reasons: [{ kind: 'answer', area: 'Thành phố Hà Nội', question: 1 }] });
    const clear = (await visit(people.sh2 as number, { headCount: 3, screening: { answers: [{ question: 0, answer: 'Không' }, { question: 1, answer: 'Bắc Giang' }] } })).json<{ id: number }>();
    expect((await officer.get(`/api/visits/${clear.id}/screening`)).json()).toMatchObject({ flagged: false, reasons: [], liaisonAlerted: false });
    expect(await liaisonAlerts()).toHaveLength(2);
    const daily = await admin.get(`/api/periods/${periodId}/screening/daily?from=2026-11-25`);
    expect(daily.json()).toEqual({ periodId, days: [{ date: '2026-11-25', visits: 3, people: 5, flaggedVisits: 2, flaggedPeople: 2 }] });
    // A ward sees its own counts only (none here).
    const ward = await ctx.login('suoihoa');
    expect((await ward.get(`/api/periods/${periodId}/screening/daily`)).json()).toEqual({ periodId, days: [] });
  });
});
