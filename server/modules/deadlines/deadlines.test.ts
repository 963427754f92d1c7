import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, ENGINE, type Session, type TestContext } from '../../test/support';

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

interface Result {
  dueOn: string | null;
  unit: string | null;
  amount: number | null;
  basis: { law: string; article: string; articleKnown: boolean; citation: string; text: string };
  ruleSet: { id: string; name: string };
  variant: string;
  baseAmount: number | null;
  today: string;
  state: string | null;
  stateLabel: string | null;
  daysLeft: number | null;
  provisional: boolean;
  history: { event: string; on: string; dueOn: string | null; note: string }[];
  rule: { typeLabel: string; stageLabel: string; confirmed: boolean };
}
interface RuleRow {
  kind: string;
  type: string;
  typeLabel: string;
  stage: string;
  stageLabel: string;
  amount: number | null;
  unit: string | null;
  unitLabel: string | null;
  startEvent: string;
  extensions: { kind: string; effect: string; amount: number; maxTimes: number | null; label: string }[];
  suspensionExcluded: boolean;
  basis: { law: string; article: string; text: string };
  confirmed: boolean;
  unverified: string | null;
  note: string | null;
}
type Err = { code: string; message: string; reason?: string; fields?: Record<string, string> };

const compute = (s: Session, body: Record<string, unknown>) => s.post('/api/deadlines/compute', body);

describe(`computing a deadline (${ENGINE})`, () => {
  const l1 = { type: 'khieu_nai', stage: 'giai_quyet_lan_1', startedOn: '2021-10-20' };

  it('first-level complaint accepted 20/10/2021: 30 days, under the rule set then in force', async () => {
    const r = await compute(viewer, { ...l1, today: '2021-11-10' });
    expect(r.status).toBe(200);
    const body = r.json<Result>();
    expect(Object.keys(body).slice(0, 5)).toEqual(['dueOn', 'unit', 'amount', 'basis', 'ruleSet']);
    expect(body).toMatchObject({
      dueOn: '2021-11-19',
      unit: 'calendar',
      amount: 30,
      basis: { law: 'Luật Khiếu nại 2011 (02/2011/QH13)', article: 'Điều 28', articleKnown: true, citation: 'Điều 28 Luật Khiếu nại 2011 (02/2011/QH13)' },
      ruleSet: { id: 'kntc-2019-tt07' },
      variant: 'base',
      state: 'on_time',
      stateLabel: 'Trong hạn',
      daysLeft: 9,
      today: '2021-11-10',
      rule: { typeLabel: 'Khiếu nại', stageLabel: 'Giải quyết khiếu nại lần đầu', confirmed: true },
    });
    expect(body.history).toEqual([{ event: 'started', on: '2021-10-20', dueOn: '2021-11-19', note: expect.stringContaining('30 ngày') }]);
  });

  it('a complex case gets 45 days; day 45 is a Saturday so the period ends on Monday', async () => {
    const r = (await compute(viewer, { ...l1, complex: true, today: '2021-12-07' })).json<Result>();
    expect(r).toMatchObject({ dueOn: '2021-12-06', amount: 45, baseAmount: 30, variant: 'complex', state: 'overdue', stateLabel: 'Quá hạn', daysLeft: -1 });
  });

  it('a rule whose article is unknown is cited by its instrument in a correct sentence', async () => {
    const body = (await compute(viewer, { type: 'chung', stage: 'xu_ly_don', startedOn: '2021-11-20', today: '2021-11-22' })).json<Result>();
    expect(body.basis).toMatchObject({
      law: 'Thông tư 05/2021/TT-TTCP',
      article: 'chưa xác định điều khoản cụ thể',
      articleKnown: false,
      citation: 'Thông tư 05/2021/TT-TTCP (chưa xác định điều khoản cụ thể)',
    });
    expect(body.history[0]?.note).toBe(
      'Bắt đầu tính từ ngày nhận được đơn 20/11/2021: 10 ngày làm việc, theo Thông tư 05/2021/TT-TTCP (chưa xác định điều khoản cụ thể).',
    );
    // Working-day rule: daysLeft counts working days (22/11 → 03/12/2021).
    expect([body.unit, body.daysLeft]).toEqual(['working', 9]);
  });

  it('documents that daysLeft is counted in the unit of the result', async () => {
    type Prop = { description?: string };
    const doc = (await ctx.anonymous('GET', '/api/openapi.json')).json<{
      paths: Record<string, Record<string, { responses: Record<string, { content: Record<string, { schema: { properties: Record<string, Prop> } }> }> }>>;
    }>();
    const props = doc.paths['/api/deadlines/compute']?.post?.responses['200']?.content['application/json']?.schema.properties ?? {};
    expect(props.daysLeft?.description).toMatch(/đơn vị ở trường unit/);
    expect(props.daysLeft?.description).toMatch(/ngày làm việc/);
    expect(props.unit?.description).toMatch(/daysLeft/);
  });

  it('today defaults to today in Asia/Ho_Chi_Minh', async () => {
    const r = (await compute(viewer, l1)).json<Result>();
    expect(r.today).toBe(ctx.db.clock.today());
    expect(r.state).toBe('overdue');
  });

  it('a denunciation that is especially complex takes two extensions of 30 days', async () => {
    const r = await compute(ward, {
      type: 'to_cao',
      stage: 'giai_quyet',
      startedOn: '2021-10-01',
      especiallyComplex: true,
      extensions: [{ decidedOn: '2021-10-28', documentNumber: '15/QĐ-UBND' }, { decidedOn: '2021-11-25' }],
      today: '2021-12-01',
    });
    expect(r.status).toBe(200);
    const body = r.json<Result>();
    expect(body).toMatchObject({ dueOn: '2021-12-30', amount: 90, baseAmount: 30, state: 'on_time' });
    expect(body.history.map((h) => [h.event, h.on, h.dueOn])).toEqual([
      ['started', '2021-10-01', '2021-11-01'],
      ['extended', '2021-10-28', '2021-11-30'],
      ['extended', '2021-11-25', '2021-12-30'],
    ]);
    expect(body.history[1]?.note).toContain('15/QĐ-UBND');
  });

  it('refuses a third extension with the rule’s Vietnamese sentence', async () => {
    const r = await compute(viewer, {
      type: 'to_cao',
      stage: 'giai_quyet',
      startedOn: '2021-10-01',
      especiallyComplex: true,
      extensions: [{ decidedOn: '2021-10-28' }, { decidedOn: '2021-11-25' }, { decidedOn: '2021-12-20' }],
    });
    expect(r.status).toBe(400);
    const body = r.json<Err>();
    expect(body).toMatchObject({ code: 'DEADLINE_RULE', reason: 'TOO_MANY_EXTENSIONS' });
    expect(body.message).toMatch(/tối đa 2 lần/);
    expect(body.message).toMatch(/Điều 30/);
    expect(body.fields).toEqual({ extensions: body.message });
  });

  it('names the field of other refused requests', async () => {
    const long = (await compute(viewer, { type: 'to_cao', stage: 'giai_quyet', startedOn: '2021-10-01', extensions: [{ days: 40, decidedOn: '2021-10-28' }] })).json<Err>();
    expect(long).toMatchObject({ code: 'DEADLINE_RULE', reason: 'EXTENSION_TOO_LONG', fields: { 'extensions.0.days': expect.stringMatching(/không quá 30 ngày/) } });
    const early = (await compute(viewer, { type: 'to_cao', stage: 'giai_quyet', startedOn: '2021-10-01', extensions: [{ decidedOn: '2021-09-28' }] })).json<Err>();
    expect(early.fields).toHaveProperty(['extensions.0.decidedOn']);
    const wrongStage = await compute(viewer, { type: 'to_cao', stage: 'xu_ly_don', startedOn: '2021-10-01' });
    expect(wrongStage.status).toBe(400);
    expect(wrongStage.json<Err>()).toMatchObject({ reason: 'STAGE_NOT_IN_RULE_SET', fields: { stage: expect.stringContaining('Tố cáo') } });
    const before2019 = (await compute(viewer, { type: 'khieu_nai', stage: 'thu_ly', startedOn: '2018-06-01' })).json<Err>();
    expect(before2019).toMatchObject({ reason: 'NO_RULE_SET', fields: { startedOn: expect.stringContaining('01/06/2018') } });
    const suspended = (await compute(viewer, { ...l1, suspensions: [{ from: '2021-10-25' }] })).json<Err>();
    expect(suspended).toMatchObject({ reason: 'SUSPENSION_NOT_ALLOWED', fields: { suspensions: expect.stringContaining('01/07/2026') } });
  });

  it('validates the body before the rules, in Vietnamese', async () => {
    const r = await compute(viewer, { type: 'don', stage: 'giai_quyet', startedOn: '20/10/2021', extensions: [{ decidedOn: '2021-13-01' }] });
    expect(r.status).toBe(400);
    const body = r.json<Err>();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(body.fields ?? {})).toEqual(expect.arrayContaining(['type', 'startedOn', 'extensions.0.decidedOn']));
    expect(body.fields?.type).toMatch(/không có trong bảng thời hạn/);
  });

  it('a clock under suspension is stopped and its due date provisional', async () => {
    const r = (await compute(viewer, { type: 'to_cao', stage: 'giai_quyet', startedOn: '2021-10-01', suspensions: [{ from: '2021-10-11', reason: 'Chờ giám định' }], today: '2021-10-20' })).json<Result>();
    expect(r).toMatchObject({ state: 'stopped', stateLabel: 'Tạm dừng tính thời hạn', provisional: true });
    expect(r.history.map((h) => h.event)).toEqual(['started', 'suspended']);
  });

  it('steps without a statutory limit say so', async () => {
    const r = (await compute(viewer, { type: 'kien_nghi_phan_anh', stage: 'giai_quyet', startedOn: '2021-10-01' })).json<Result>();
    expect(r).toMatchObject({ dueOn: null, unit: null, amount: null, state: 'no_limit', stateLabel: 'Không có thời hạn luật định', rule: { confirmed: expect.any(Boolean) } });
    const extended = (await compute(viewer, { type: 'kien_nghi_phan_anh', stage: 'giai_quyet', startedOn: '2021-10-01', extensions: [{ decidedOn: '2021-10-05' }] })).json<Err>();
    expect(extended).toMatchObject({ code: 'DEADLINE_RULE', reason: 'NO_STATUTORY_LIMIT', fields: { extensions: expect.stringMatching(/không có thời hạn luật định/) } });
  });

  it('counts on the effective calendar, including an administrator’s schedule', async () => {
    const body = { type: 'chung', stage: 'xu_ly_don', startedOn: '2027-02-01' };
    expect((await compute(viewer, body)).json<Result>().dueOn).toBe('2027-02-22');
    const entered = await admin.post('/api/calendar/schedules', {
      year: 2027,
      documentNumber: '1234/TB-BNV',
      daysOff: [
        ...['2027-02-04', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09'].map((date) => ({ date, name: 'Tết Nguyên đán', kind: 'holiday', group: 'tet' })),
        ...['2027-02-10', '2027-02-11'].map((date) => ({ date, name: 'Nghỉ bù Tết Nguyên đán', kind: 'compensatory', group: 'tet' })),
        { date: '2027-02-12', name: 'Nghỉ hoán đổi', kind: 'bridge', group: 'tet' },
      ],
      workedDays: [{ date: '2027-02-20', reason: 'Làm bù ngày thứ Sáu 12/02/2027' }],
    });
    expect(entered.status).toBe(201);
    // 2, 3 Feb; 4–14 off; 15–19; Saturday 20 worked; 22, 23.
    expect((await compute(viewer, body)).json<Result>().dueOn).toBe('2027-02-23');
  });
});

describe(`the rules in force (${ENGINE})`, () => {
  it('lists every row of the set in force on a day, with labels, units, extensions and basis', async () => {
    const r = await viewer.get('/api/deadlines/rules?on=2021-10-20');
    expect(r.status).toBe(200);
    const body = r.json<{ on: string; ruleSet: { id: string; effectiveFrom: string; effectiveTo: string | null; sources: string[] }; rules: RuleRow[]; ruleSets: { id: string }[] }>();
    expect(body.ruleSet).toMatchObject({ id: 'kntc-2019-tt07', effectiveFrom: '2019-01-01', effectiveTo: '2021-11-14' });
    expect(body.ruleSet.sources).toContain('Thông tư 07/2014/TT-TTCP');
    expect(body.ruleSets.map((s) => s.id)).toEqual(['kntc-2019-tt07', 'kntc-2021-tt05', 'kntc-2026-nd154-156']);
    const l1 = body.rules.find((x) => x.type === 'khieu_nai' && x.stage === 'giai_quyet_lan_1');
    expect(l1).toMatchObject({
      typeLabel: 'Khiếu nại',
      stageLabel: 'Giải quyết khiếu nại lần đầu',
      amount: 30,
      unit: 'calendar',
      unitLabel: 'ngày',
      startEvent: 'ngày thụ lý',
      basis: { article: 'Điều 28' },
      confirmed: true,
    });
    expect(l1?.extensions).toEqual(expect.arrayContaining([{ kind: 'complex', effect: 'replace', amount: 45, maxTimes: null, label: 'Vụ việc phức tạp' }]));
    const tc = body.rules.find((x) => x.type === 'to_cao' && x.stage === 'giai_quyet');
    expect(tc?.extensions).toEqual(expect.arrayContaining([expect.objectContaining({ effect: 'add', amount: 30, maxTimes: 2 })]));
    expect(body.rules.every((x) => x.typeLabel && x.stageLabel && x.basis.text)).toBe(true);
  });

  it('shows the 2026 set: rows checked against the decrees confirmed with their article, the set marked as waiting for the amending law', async () => {
    const body = (await viewer.get('/api/deadlines/rules?on=2026-07-02')).json<{ ruleSet: Record<string, unknown>; rules: RuleRow[] }>();
    expect(body.ruleSet).toMatchObject({ id: 'kntc-2026-nd154-156', unverified: 'amending_law', unconfirmedCount: 1, actions: [] });
    expect(body.ruleSet).not.toHaveProperty('note');
    expect(body.rules.find((x) => x.type === 'khieu_nai' && x.stage === 'thu_ly')).toMatchObject({
      amount: 7,
      unit: 'working',
      unitLabel: 'ngày làm việc',
      confirmed: true,
      unverified: null,
      basis: { article: 'Điều 16 khoản 1', codeRef: null, related: [{ law: 'Nghị định 155/2026/NĐ-CP', article: 'Điều 10', codeRef: null }, { article: 'Điều 27', codeRef: 'Điều 18.1.LQ.27' }] },
    });
    expect(body.rules.filter((x) => !x.confirmed).map((x) => [x.stage, x.unverified])).toEqual([['xu_ly_don', 'article']]);
  });

  it('shows per row the basis with the legal code heading, whether the unit is confirmed, and no research note', async () => {
    for (const on of ['2021-10-20', '2024-01-10', '2026-11-29']) {
      const body = (await viewer.get(`/api/deadlines/rules?on=${on}`)).json<{ rules: (RuleRow & { unitConfirmed: boolean | null; reading: unknown; basis: { codeRef: string | null } })[] }>();
      for (const row of body.rules) {
        expect(JSON.stringify(row), `${on} ${row.stage}`).not.toMatch(/OCR|tóm tắt pháp lý|§|chưa đối chiếu bản chính thức/);
        expect(row.reading).toBeNull();
        if (row.unit === 'working') expect(row.unitConfirmed).toBe(true);
        if (row.unit === 'calendar') expect(row.unitConfirmed).toBe(false);
      }
      const l1 = body.rules.find((x) => x.type === 'khieu_nai' && x.stage === 'giai_quyet_lan_1');
      expect(l1?.basis.codeRef).toBe('Điều 18.1.LQ.28');
    }
  });

  it('defaults to today and refuses a day no set covers', async () => {
    expect((await viewer.get('/api/deadlines/rules')).json<{ on: string }>().on).toBe(ctx.db.clock.today());
    const r = await viewer.get('/api/deadlines/rules?on=2018-01-01');
    expect(r.status).toBe(400);
    expect(r.json<Err>()).toMatchObject({ code: 'DEADLINE_RULE', reason: 'NO_RULE_SET', fields: { on: expect.stringMatching(/01\/01\/2018/) } });
    expect((await viewer.get('/api/deadlines/rules?on=2018-02-30')).status).toBe(400);
  });

  it('needs a session', async () => {
    expect((await ctx.anonymous('GET', '/api/deadlines/rules')).status).toBe(401);
    expect((await ctx.anonymous('POST', '/api/deadlines/compute', { type: 'khieu_nai' })).status).toBe(401);
  });
});

describe(`new clocks through the API (${ENGINE})`, () => {
  it('a denunciation checked at several places gets 10 working days; the contract keeps its stage codes', async () => {
    const r = (await compute(viewer, { type: 'to_cao', stage: 'xu_ly_ban_dau', startedOn: '2021-10-15', severalPlaces: true, today: '2021-10-20' })).json<Result & { variant: string }>();
    expect(r).toMatchObject({ dueOn: '2021-10-29', amount: 10, variant: 'several_places', rule: { confirmed: true } });
  });

  it('a dialogue notice answers with the earliest day, not a due date', async () => {
    const r = (await compute(viewer, { type: 'khieu_nai', stage: 'thong_bao_doi_thoai', startedOn: '2026-08-26', today: '2026-08-27' })).json<Result & { earliestOn: string | null }>();
    expect(r).toMatchObject({ dueOn: null, earliestOn: '2026-09-03', state: null, stateLabel: null, rule: { kind: 'not_before' } });
  });
});

describe(`an administrator's reading of "ngày" per rule set (${ENGINE})`, () => {
  let wardAdmin: Session;
  const l1 = { type: 'khieu_nai', stage: 'giai_quyet_lan_1', startedOn: '2022-03-01', today: '2022-03-02' };
  type Stored = { unit: string; unitLabel: string; instruction: string; version: number; updatedAt: string };
  type Listing = { ruleSet: { id: string; reading: Stored | null; actions: string[] }; rules: (RuleRow & { reading: { unit: string; instruction: string } | null })[] };
  const put = (s: Session, ruleSetId: string, body: Record<string, unknown>) => s.request('PUT', `/api/deadlines/readings/${ruleSetId}`, body);

  beforeAll(async () => {
    type Node = { id: number; name: string; children: Node[] };
    const flat = (nodes: Node[]): Node[] => nodes.flatMap((n) => [n, ...flat(n.children)]);
    const kinhBac = flat((await admin.get('/api/units')).json<{ items: Node[] }>().items).find((u) => u.name === 'Phường Kinh Bắc')?.id;
    const created = await admin.post('/api/accounts', { username: 'qt.docngay', password: 'KinhBac2021', fullName: 'Quản trị phường', assignments: [{ unitId: kinhBac, role: 'admin' }] });
    expect(created.status).toBe(201);
    const first = await ctx.login('qt.docngay', 'KinhBac2021');
    expect((await first.post('/api/me/password', { currentPassword: 'KinhBac2021', newPassword: 'KinhBac2022' })).status).toBe(204);
    wardAdmin = await ctx.login('qt.docngay', 'KinhBac2022');
  });

  it('offers the switch to a whole-tree administrator only', async () => {
    expect((await admin.get('/api/deadlines/rules?on=2022-03-01')).json<Listing>().ruleSet).toMatchObject({ id: 'kntc-2021-tt05', reading: null, actions: ['set_reading'] });
    expect((await wardAdmin.get('/api/deadlines/rules?on=2022-03-01')).json<Listing>().ruleSet.actions).toEqual([]);
    expect((await viewer.get('/api/deadlines/rules?on=2022-03-01')).json<Listing>().ruleSet.actions).toEqual([]);
  });

  it('refuses a ward-level administrator and a user without calendar.admin, and changes nothing', async () => {
    const ward = await put(wardAdmin, 'kntc-2021-tt05', { unit: 'working', instruction: 'Công văn 1/TTCP', version: 0 });
    expect(ward.status).toBe(403);
    expect(ward.json<Err>()).toMatchObject({ code: 'OUT_OF_SCOPE', message: expect.stringContaining('toàn bộ các đơn vị') });
    expect((await put(viewer, 'kntc-2021-tt05', { unit: 'working', instruction: 'Công văn 1/TTCP', version: 0 })).status).toBe(403);
    expect((await compute(viewer, l1)).json<Result>().unit).toBe('calendar');
  });

  it('validates the body, the rule set and the version', async () => {
    expect((await put(admin, 'kntc-2021-tt05', { unit: 'tuần', instruction: 'x', version: 0 })).json<Err>()).toMatchObject({ code: 'VALIDATION_FAILED', fields: { unit: expect.any(String) } });
    expect((await put(admin, 'kntc-2021-tt05', { unit: 'working', instruction: '  ', version: 0 })).json<Err>().fields).toHaveProperty('instruction');
    expect((await put(admin, 'kntc-1999', { unit: 'working', instruction: 'Công văn 1/TTCP', version: 0 })).status).toBe(404);
    expect((await put(admin, 'kntc-2021-tt05', { unit: 'working', instruction: 'Công văn 1/TTCP', version: 3 })).status).toBe(409);
  });

  it('sets working days for the resolution periods of the 2021 set, audited; the engine counts with it; other rows and sets keep calendar days', async () => {
    const set = await put(admin, 'kntc-2021-tt05', { unit: 'working', instruction: 'Công văn 123/TTCP-C.I ngày 01/3/2026', version: 0 });
    expect(set.status).toBe(200);
    expect(set.json<Stored>()).toMatchObject({ unit: 'working', unitLabel: 'ngày làm việc', instruction: 'Công văn 123/TTCP-C.I ngày 01/3/2026', version: 1 });
    const audit = await ctx.db.kysely.selectFrom('audit_log').select(['action', 'entity_id', 'after']).where('entity', '=', 'deadline_reading').where('action', '!=', 'clocks.recomputed').execute();
    expect(audit).toEqual([{ action: 'deadline_reading.created', entity_id: 'kntc-2021-tt05', after: expect.stringContaining('"unit":"working"') }]);

    // 30 working days from Tue 1/3/2022: 2/3 … 13/4 (Hùng Kings Mon 11/4/2022 off).
    const r = (await compute(viewer, l1)).json<Result & { rule: { reading: unknown } }>();
    expect([r.unit, r.amount, r.dueOn]).toEqual(['working', 30, '2022-04-13']);
    expect(r.rule.reading).toEqual({ unit: 'working', unitLabel: 'ngày làm việc', instruction: 'Công văn 123/TTCP-C.I ngày 01/3/2026' });
    expect((await compute(viewer, { ...l1, stage: 'hieu_luc' })).json<Result>().unit).toBe('calendar');
    expect((await compute(viewer, { ...l1, startedOn: '2021-10-01', today: '2021-10-02' })).json<Result>().unit).toBe('calendar');

    const listing = (await viewer.get('/api/deadlines/rules?on=2022-03-01')).json<Listing>();
    expect(listing.ruleSet.reading).toMatchObject({ unit: 'working', version: 1 });
    const withReading = listing.rules.filter((x) => x.reading !== null).map((x) => `${x.type}/${x.stage}`);
    expect(withReading.sort()).toEqual(['khieu_nai/giai_quyet_lan_1', 'khieu_nai/giai_quyet_lan_2', 'khieu_nai_ky_luat/giai_quyet_lan_1', 'khieu_nai_ky_luat/giai_quyet_lan_2', 'to_cao/giai_quyet']);
    expect(listing.rules.find((x) => x.stage === 'giai_quyet_lan_1' && x.type === 'khieu_nai')).toMatchObject({ unit: 'working', unitLabel: 'ngày làm việc', unitConfirmed: false });
  });

  it('switches back with the version seen; a stale version is refused', async () => {
    expect((await put(admin, 'kntc-2021-tt05', { unit: 'calendar', instruction: 'Công văn 2/TTCP', version: 0 })).status).toBe(409);
    const back = await put(admin, 'kntc-2021-tt05', { unit: 'calendar', instruction: 'Công văn 2/TTCP', version: 1 });
    expect(back.json<Stored>()).toMatchObject({ unit: 'calendar', version: 2 });
    expect((await put(admin, 'kntc-2021-tt05', { unit: 'working', instruction: 'Công văn 3/TTCP', version: 1 })).status).toBe(409);
    expect((await compute(viewer, l1)).json<Result>().dueOn).toBe('2022-03-31');
    const actions = (await ctx.db.kysely.selectFrom('audit_log').select('action').where('entity', '=', 'deadline_reading').where('action', '!=', 'clocks.recomputed').orderBy('id').execute()).map((a) => a.action);
    expect(actions).toEqual(['deadline_reading.created', 'deadline_reading.updated']);
  });

  it.runIf(ENGINE === 'postgres')('two administrators setting the first reading of a set at once: one wins, the other gets 409', async () => {
    const [a, b] = await Promise.all([
      put(admin, 'kntc-2019-tt07', { unit: 'working', instruction: 'Công văn A', version: 0 }),
      put(admin, 'kntc-2019-tt07', { unit: 'calendar', instruction: 'Công văn B', version: 0 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect(await ctx.db.kysely.selectFrom('deadline_readings').select('rule_set_id').where('rule_set_id', '=', 'kntc-2019-tt07').execute()).toHaveLength(1);
  });
});
