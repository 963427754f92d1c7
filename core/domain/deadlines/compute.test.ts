import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../calendar';
import { DeadlineRuleError, citeBasis, computeDeadline, type DeadlineInput } from './index';

const calendar = createWorkCalendar();
const compute = (input: DeadlineInput) => computeDeadline(input, calendar);

function error(fn: () => unknown): DeadlineRuleError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DeadlineRuleError) return e;
    throw e;
  }
  throw new Error('expected a DeadlineRuleError');
}

describe('rule set chosen by the day the clock started', () => {
  it('uses TT 07/2014 for a letter received 01/10/2021 and TT 05/2021 for one received 20/11/2021', () => {
    const oct = compute({ type: 'chung', stage: 'xu_ly_don', startedOn: '2021-10-01' });
    expect(oct.ruleSet.id).toBe('kntc-2019-tt07');
    expect(oct.basis.law).toBe('Thông tư 07/2014/TT-TTCP');
    // Fri 1/10 + 10 working days, two weekends.
    expect(oct.dueOn).toBe('2021-10-15');
    const nov = compute({ type: 'chung', stage: 'xu_ly_don', startedOn: '2021-11-20' });
    expect(nov.ruleSet.id).toBe('kntc-2021-tt05');
    expect(nov.basis.law).toBe('Thông tư 05/2021/TT-TTCP');
    expect(nov.dueOn).toBe('2021-12-03');
  });

  it('accepts a complaint within 7 working days from 2/7/2026 but 10 working days on 30/6/2026', () => {
    const after = compute({ type: 'khieu_nai', stage: 'thu_ly', startedOn: '2026-07-02' });
    expect(after.ruleSet.id).toBe('kntc-2026-nd154-156');
    expect([after.amount, after.unit, after.dueOn]).toEqual([7, 'working', '2026-07-13']);
    expect(after.rule.confirmed).toBe(true);
    const before = compute({ type: 'khieu_nai', stage: 'thu_ly', startedOn: '2026-06-30' });
    expect(before.ruleSet.id).toBe('kntc-2021-tt05');
    // 1–3/7, 6–10/7, 13, 14/7.
    expect([before.amount, before.unit, before.dueOn]).toEqual([10, 'working', '2026-07-14']);
  });

  it('lets a case keep the set of an earlier date (ruleSetOn)', () => {
    const kept = compute({ type: 'khieu_nai', stage: 'thu_ly', startedOn: '2026-07-02', ruleSetOn: '2026-06-15' });
    expect(kept.ruleSet.id).toBe('kntc-2021-tt05');
    // 10 working days instead of 7: 3, 6–10, 13–16/7.
    expect([kept.amount, kept.dueOn]).toEqual([10, '2026-07-16']);
  });
});

describe('complex and remote cases get the longer limit set by law', () => {
  const l1 = (flags: Partial<DeadlineInput>) => compute({ type: 'khieu_nai', stage: 'giai_quyet_lan_1', startedOn: '2021-04-01', ...flags });
  it.each([
    [{}, 'base', 30, '2021-05-04'],
    [{ complex: true }, 'complex', 45, '2021-05-17'],
    [{ especiallyComplex: true }, 'complex', 45, '2021-05-17'],
    [{ remote: true }, 'remote', 45, '2021-05-17'],
    [{ remote: true, complex: true }, 'remote_complex', 60, '2021-05-31'],
  ] as const)('first-level complaint %o → %s, %i days, %s', (flags, variant, amount, dueOn) => {
    const r = l1(flags);
    expect([r.variant, r.amount, r.baseAmount, r.dueOn]).toEqual([variant, amount, 30, dueOn]);
  });

  it.each([
    [{}, 45, '2021-05-17'],
    [{ complex: true }, 60, '2021-05-31'],
    [{ remote: true }, 60, '2021-05-31'],
    [{ remote: true, complex: true }, 70, '2021-06-10'],
  ] as const)('second-level complaint %o → %i days, %s', (flags, amount, dueOn) => {
    const r = compute({ type: 'khieu_nai', stage: 'giai_quyet_lan_2', startedOn: '2021-04-01', ...flags });
    expect([r.amount, r.dueOn]).toEqual([amount, dueOn]);
  });

  it('gives the escalation period only the remote extension', () => {
    const r = compute({ type: 'khieu_nai', stage: 'khieu_nai_lan_2', startedOn: '2021-04-01', remote: true, complex: true });
    expect([r.variant, r.amount, r.dueOn]).toEqual(['remote', 45, '2021-05-17']);
    expect(compute({ type: 'khieu_nai', stage: 'hieu_luc', startedOn: '2021-04-01', remote: true }).amount).toBe(45);
  });

  it('ignores the remote flag where the rule has no remote limit (disciplinary complaints)', () => {
    const r = compute({ type: 'khieu_nai_ky_luat', stage: 'giai_quyet_lan_1', startedOn: '2021-04-01', remote: true });
    expect([r.variant, r.amount]).toEqual(['base', 30]);
  });

  it('allows 10 working days instead of 7 for initial denunciation checks at several places or delegated, not for a complex case', () => {
    const r = compute({ type: 'to_cao', stage: 'xu_ly_ban_dau', startedOn: '2021-02-08', severalPlaces: true });
    // Tue 9/2, Tết 10–16/2, then 17, 18, 19, 22, 23, 24, 25, 26/2 and Mon 1/3.
    expect([r.variant, r.amount, r.dueOn]).toEqual(['several_places', 10, '2021-03-01']);
    const complex = compute({ type: 'to_cao', stage: 'xu_ly_ban_dau', startedOn: '2021-02-08', complex: true });
    expect([complex.variant, complex.amount, complex.dueOn]).toEqual(['base', 7, '2021-02-24']);
  });
});

describe('denunciation extensions (Luật TC art. 30)', () => {
  const base: DeadlineInput = { type: 'to_cao', stage: 'giai_quyet', startedOn: '2021-10-01' };

  it('adds 30 days once for a complex case and records the recomputation', () => {
    const r = compute({ ...base, complex: true, extensions: [{ decidedOn: '2021-10-28', documentNumber: '15/QĐ-UBND' }] });
    // 60 days from Fri 1/10/2021 is Tue 30/11.
    expect([r.baseAmount, r.amount, r.dueOn]).toEqual([30, 60, '2021-11-30']);
    expect(r.history.map((h) => [h.event, h.on, h.dueOn])).toEqual([
      ['started', '2021-10-01', '2021-11-01'],
      ['extended', '2021-10-28', '2021-11-30'],
    ]);
    expect(r.history[1]?.note).toContain('15/QĐ-UBND');
  });

  it('adds a shorter extension when the decision says so', () => {
    const r = compute({ ...base, extensions: [{ days: 20, decidedOn: '2021-10-28' }] });
    // Day 50 is Sat 20/11/2021 → Mon 22/11.
    expect([r.amount, r.dueOn]).toEqual([50, '2021-11-22']);
  });

  it('allows two extensions of 30 days for an especially complex case, 90 days in all', () => {
    const r = compute({
      ...base,
      especiallyComplex: true,
      extensions: [{ decidedOn: '2021-10-28' }, { decidedOn: '2021-11-25' }],
    });
    expect([r.amount, r.dueOn]).toEqual([90, '2021-12-30']);
    expect(r.history.map((h) => h.dueOn)).toEqual(['2021-11-01', '2021-11-30', '2021-12-30']);
  });

  it('treats an extension of kind especially_complex as making the case especially complex', () => {
    const r = compute({ ...base, extensions: [{ kind: 'especially_complex', decidedOn: '2021-10-28' }, { kind: 'especially_complex', decidedOn: '2021-11-25' }] });
    expect(r.amount).toBe(90);
  });

  it('refuses a third extension', () => {
    const e = error(() =>
      compute({ ...base, especiallyComplex: true, extensions: [{ decidedOn: '2021-10-28' }, { decidedOn: '2021-11-25' }, { decidedOn: '2021-12-20' }] }),
    );
    expect(e.code).toBe('TOO_MANY_EXTENSIONS');
    expect(e.message).toContain('tối đa 2 lần');
    expect(e.message).toContain('Điều 30');
  });

  it('refuses a second extension for a case that is only complex', () => {
    const e = error(() => compute({ ...base, complex: true, extensions: [{ decidedOn: '2021-10-28' }, { decidedOn: '2021-11-25' }] }));
    expect(e.code).toBe('TOO_MANY_EXTENSIONS');
    expect(e.message).toContain('tối đa 1 lần');
  });

  it('refuses an extension longer than 30 days', () => {
    expect(error(() => compute({ ...base, extensions: [{ days: 31, decidedOn: '2021-10-28' }] })).code).toBe('EXTENSION_TOO_LONG');
    expect(compute({ ...base, extensions: [{ days: 30, decidedOn: '2021-10-28' }] }).amount).toBe(60);
  });

  it('refuses zero, negative or fractional extension days', () => {
    for (const days of [0, -5, 2.5]) {
      expect(error(() => compute({ ...base, extensions: [{ days, decidedOn: '2021-10-28' }] })).code).toBe('INVALID_INPUT');
    }
  });

  it('refuses an extension decided before the clock started', () => {
    expect(error(() => compute({ ...base, extensions: [{ decidedOn: '2021-09-30' }] })).code).toBe('EXTENSION_BEFORE_START');
  });

  it('records, without refusing, an extension decided after the deadline had passed', () => {
    const r = compute({ ...base, extensions: [{ decidedOn: '2021-11-05' }] });
    expect(r.dueOn).toBe('2021-11-30');
    expect(r.history[1]?.note).toContain('sau khi đã hết thời hạn');
  });

  it('refuses any extension of a complaint deadline, pointing to the longer limit instead', () => {
    const e = error(() => compute({ type: 'khieu_nai', stage: 'giai_quyet_lan_1', startedOn: '2021-10-01', extensions: [{ decidedOn: '2021-10-20' }] }));
    expect(e.code).toBe('EXTENSION_NOT_ALLOWED');
    expect(e.message).toContain('Điều 28');
    expect(e.message).toContain('thời hạn dài hơn');
  });

  it('refuses an extension of the initial check, whose longer limit needs no decision', () => {
    expect(error(() => compute({ type: 'to_cao', stage: 'xu_ly_ban_dau', startedOn: '2021-10-01', extensions: [{ decidedOn: '2021-10-05' }] })).code).toBe(
      'EXTENSION_NOT_ALLOWED',
    );
  });

  it('refuses an extension where the law sets no limit at all', () => {
    expect(
      error(() => compute({ type: 'kien_nghi_phan_anh', stage: 'giai_quyet', startedOn: '2021-10-01', extensions: [{ decidedOn: '2021-10-05' }] })).code,
    ).toBe('NO_STATUTORY_LIMIT');
  });
});

describe('suspensions', () => {
  const base: DeadlineInput = { type: 'to_cao', stage: 'giai_quyet', startedOn: '2021-10-01' };

  it('leaves the suspended days out of the denunciation period (Luật TC art. 34)', () => {
    const r = compute({ ...base, suspensions: [{ from: '2021-10-11', to: '2021-10-20', reason: 'Chờ kết quả giám định' }] });
    // 10 days suspended: day 40 from 1/10 is Wed 10/11/2021.
    expect([r.suspendedUnits, r.amount, r.dueOn, r.provisional]).toEqual([10, 30, '2021-11-10', false]);
    expect(r.history.map((h) => [h.event, h.on, h.dueOn])).toEqual([
      ['started', '2021-10-01', '2021-11-01'],
      ['suspended', '2021-10-11', null],
      ['resumed', '2021-10-21', '2021-11-10'],
    ]);
    expect(r.history[1]?.note).toContain('Chờ kết quả giám định');
  });

  it('combines a suspension with an extension decided during the suspension', () => {
    const r = compute({ ...base, complex: true, suspensions: [{ from: '2021-10-11', to: '2021-10-20' }], extensions: [{ decidedOn: '2021-10-15' }] });
    // 30 + 30 + 10 = 70 days from 1/10 is Fri 10/12/2021.
    expect(r.dueOn).toBe('2021-12-10');
    expect(r.history.map((h) => [h.event, h.dueOn])).toEqual([
      ['started', '2021-11-01'],
      ['suspended', null],
      ['extended', null],
      ['resumed', '2021-12-10'],
    ]);
  });

  it('does not call an extension late when it is decided during a suspension that outlasts the unshifted deadline', () => {
    const r = compute({ ...base, complex: true, suspensions: [{ from: '2021-10-20', to: '2021-11-20' }], extensions: [{ decidedOn: '2021-11-10' }] });
    const extended = r.history.find((h) => h.event === 'extended');
    expect(extended?.note).not.toContain('hết thời hạn');
    // 30 + 30 + 32 suspended days from 1/10/2021: day 92 is Sat 1/1/2022; 3/1 makes up New Year → Tue 4/1.
    expect(r.dueOn).toBe('2022-01-04');
  });

  it('adds two separate suspensions', () => {
    const r = compute({
      ...base,
      suspensions: [
        { from: '2021-10-20', to: '2021-10-24' },
        { from: '2021-10-05', to: '2021-10-06' },
      ],
    });
    // 2 + 5 days: day 37 from 1/10 is Sun 7/11 → Mon 8/11.
    expect([r.suspendedUnits, r.dueOn]).toEqual([7, '2021-11-08']);
  });

  it('does not count the start day twice when the suspension begins on it', () => {
    const r = compute({ ...base, suspensions: [{ from: '2021-10-01', to: '2021-10-03' }] });
    // Only 2 and 3/10 were in the period: day 32 is Tue 2/11.
    expect([r.suspendedUnits, r.dueOn]).toEqual([2, '2021-11-02']);
  });

  it('extends the complaint filing period by the time of an obstacle (Luật KN art. 9)', () => {
    const r = compute({ type: 'khieu_nai', stage: 'thoi_hieu', startedOn: '2021-01-21', suspensions: [{ from: '2021-02-01', to: '2021-02-10', reason: 'Ốm đau' }] });
    // Day 100 is Sat 1/5/2021; Sun 2/5 and the make-up Mon 3/5 are off → Tue 4/5.
    expect(r.dueOn).toBe('2021-05-04');
  });

  it('does not revive a deadline already passed when the case is suspended afterwards', () => {
    const r = compute({ ...base, suspensions: [{ from: '2021-11-05', to: '2021-11-10' }], today: '2021-11-15' });
    expect([r.dueOn, r.suspendedUnits, r.state]).toEqual(['2021-11-01', 0, 'overdue']);
    expect(r.history[1]?.note).toContain('không làm thay đổi thời hạn');
  });

  it('is refused where the rule does not exclude suspended time, and allowed for complaints from 1/7/2026', () => {
    expect(
      error(() => compute({ type: 'khieu_nai', stage: 'giai_quyet_lan_1', startedOn: '2021-10-01', suspensions: [{ from: '2021-10-05', to: '2021-10-06' }] })).code,
    ).toBe('SUSPENSION_NOT_ALLOWED');
    const r = compute({ type: 'khieu_nai', stage: 'giai_quyet_lan_1', startedOn: '2026-07-01', suspensions: [{ from: '2026-07-06', to: '2026-07-10' }] });
    // 30 + 5 days from Wed 1/7/2026 is Wed 5/8.
    expect(r.dueOn).toBe('2026-08-05');
  });

  it.each([
    ['ends before it starts', [{ from: '2021-10-10', to: '2021-10-05' }]],
    ['starts before the clock', [{ from: '2021-09-30', to: '2021-10-05' }]],
    [
      'overlaps another',
      [
        { from: '2021-10-05', to: '2021-10-10' },
        { from: '2021-10-10', to: '2021-10-12' },
      ],
    ],
    ['is still open while a later one exists', [{ from: '2021-10-05' }, { from: '2021-10-15', to: '2021-10-16' }]],
    ['starts after today', [{ from: '2021-10-20' }]],
  ])('refuses a suspension that %s', (_what, suspensions) => {
    expect(error(() => compute({ ...base, suspensions, today: '2021-10-18' })).code).toBe('INVALID_SUSPENSION');
  });
});

describe('states', () => {
  // 10 working days from Tue 10/2/2026 → Tue 3/3/2026 (Tết 14–22/2).
  const reply = (today: string | undefined, dueSoonDays?: number) =>
    compute({ type: 'chung', stage: 'tra_loi_cong_dan', startedOn: '2026-02-10', ...(today ? { today } : {}), ...(dueSoonDays === undefined ? {} : { dueSoonDays }) });

  it.each([
    ['2026-02-12', 'on_time', 8],
    ['2026-02-25', 'on_time', 4],
    ['2026-02-26', 'due_soon', 3],
    ['2026-03-03', 'due_soon', 0],
    ['2026-03-04', 'overdue', -1],
    ['2026-03-07', 'overdue', -3],
  ] as const)('working-day clock on %s is %s with %i days left', (today, state, daysLeft) => {
    const r = reply(today);
    expect(r.dueOn).toBe('2026-03-03');
    expect([r.state, r.daysLeft]).toEqual([state, daysLeft]);
  });

  it('counts a Saturday after a Friday deadline as one day overdue', () => {
    // 5 working days from Fri 5/11/2021 → Fri 12/11.
    const r = compute({ type: 'to_cao', stage: 'chuyen_don', startedOn: '2021-11-05', today: '2021-11-13' });
    expect([r.dueOn, r.state, r.daysLeft]).toEqual(['2021-11-12', 'overdue', -1]);
  });

  it('honours a custom due-soon threshold', () => {
    expect(reply('2026-02-24').state).toBe('on_time');
    expect(reply('2026-02-24', 5).state).toBe('due_soon');
    expect(reply('2026-02-26', 0).state).toBe('on_time');
    expect(reply('2026-03-03', 0).state).toBe('due_soon');
  });

  it('leaves state and daysLeft empty without today', () => {
    const r = reply(undefined);
    expect([r.state, r.daysLeft]).toEqual([null, null]);
  });

  it('measures due-soon in working days even for a calendar-day clock', () => {
    // A disciplinary complaint within 15 days from Fri 29/1/2021 → Wed 17/2 (Tết 10–16/2).
    const acc = (today: string) => compute({ type: 'khieu_nai_ky_luat', stage: 'thoi_hieu', startedOn: '2021-01-29', today });
    expect([acc('2021-02-04').state, acc('2021-02-04').daysLeft]).toEqual(['on_time', 13]);
    // Mon 8, Tue 9 and Wed 17 are the only working days left.
    expect([acc('2021-02-05').state, acc('2021-02-05').daysLeft]).toEqual(['due_soon', 12]);
    expect([acc('2021-02-10').state, acc('2021-02-10').daysLeft]).toEqual(['due_soon', 7]);
    expect([acc('2021-02-20').state, acc('2021-02-20').daysLeft]).toEqual(['overdue', -3]);
  });

  it('is stopped during an open suspension, keeping the days left when it stopped', () => {
    const r = compute({ type: 'to_cao', stage: 'giai_quyet', startedOn: '2021-10-01', suspensions: [{ from: '2021-10-11' }], today: '2021-10-20' });
    // 22 days were left on 10/10 (to 1/11); a provisional due date assumes it resumes after today.
    expect([r.state, r.daysLeft, r.provisional, r.dueOn]).toEqual(['stopped', 22, true, '2021-11-10']);
    expect(r.history.at(-1)).toMatchObject({ event: 'suspended', dueOn: null });
  });

  it('is stopped without today too, when a suspension is open', () => {
    const r = compute({ type: 'to_cao', stage: 'giai_quyet', startedOn: '2021-10-01', suspensions: [{ from: '2021-10-11' }] });
    expect([r.state, r.provisional, r.dueOn]).toEqual(['stopped', true, '2021-11-01']);
  });

  it('is stopped while a closed suspension is still running today, and running again after it', () => {
    const during = compute({ type: 'to_cao', stage: 'giai_quyet', startedOn: '2021-10-01', suspensions: [{ from: '2021-10-11', to: '2021-10-20' }], today: '2021-10-15' });
    expect([during.state, during.daysLeft, during.provisional, during.dueOn]).toEqual(['stopped', 22, false, '2021-11-10']);
    const after = compute({ type: 'to_cao', stage: 'giai_quyet', startedOn: '2021-10-01', suspensions: [{ from: '2021-10-11', to: '2021-10-20' }], today: '2021-10-21' });
    expect([after.state, after.daysLeft]).toEqual(['on_time', 20]);
  });

  it('is no_limit for kiến nghị, phản ánh resolution, whatever today is', () => {
    const r = compute({ type: 'kien_nghi_phan_anh', stage: 'giai_quyet', startedOn: '2021-10-01', today: '2023-01-01' });
    expect([r.state, r.dueOn, r.daysLeft, r.unit, r.amount]).toEqual(['no_limit', null, null, null, null]);
    expect(r.basis.text).toContain('Điều 28');
  });
});

describe('input errors', () => {
  it('rejects malformed dates with the field name', () => {
    const e = error(() => compute({ type: 'chung', stage: 'xu_ly_don', startedOn: '2021-10-01', today: '2021-13-01' }));
    expect([e.code, e.details.field]).toEqual(['INVALID_DATE', 'today']);
    expect(error(() => compute({ type: 'chung', stage: 'xu_ly_don', startedOn: '20211001' })).code).toBe('INVALID_DATE');
  });

  it('rejects a negative due-soon threshold', () => {
    expect(error(() => compute({ type: 'chung', stage: 'xu_ly_don', startedOn: '2021-10-01', dueSoonDays: -1 })).code).toBe('INVALID_INPUT');
  });

  it('rejects unknown types and stages and a stage missing from the set in force', () => {
    expect(error(() => compute({ type: 'khieu_kien' as never, stage: 'thu_ly', startedOn: '2021-10-01' })).code).toBe('UNKNOWN_TYPE');
    expect(error(() => compute({ type: 'khieu_nai', stage: 'phuc_tham' as never, startedOn: '2021-10-01' })).code).toBe('UNKNOWN_STAGE');
    expect(error(() => compute({ type: 'chung', stage: 'thong_bao_tu_choi_tiep', startedOn: '2026-06-30' })).code).toBe('STAGE_NOT_IN_RULE_SET');
    expect(error(() => compute({ type: 'to_cao', stage: 'xu_ly_don', startedOn: '2021-10-01' })).code).toBe('STAGE_NOT_IN_RULE_SET');
  });
});

describe('result shape', () => {
  it('carries the rule, its basis and the Vietnamese start note', () => {
    const r = compute({ type: 'khieu_nai', stage: 'giai_quyet_lan_1', startedOn: '2021-10-01', complex: true });
    expect(r.rule.stage).toBe('giai_quyet_lan_1');
    expect(r.basis.article).toBe('Điều 28');
    expect(r.ruleSet).toEqual({ id: 'kntc-2019-tt07', name: expect.stringContaining('TT 07/2014') });
    expect(r.history[0]?.note).toContain('ngày thụ lý 01/10/2021');
    expect(r.history[0]?.note).toContain('45 ngày');
    expect(r.history[0]?.note).toContain('Vụ việc phức tạp');
    expect(r.history[0]?.note).toMatch(/, theo Điều 28 Luật Khiếu nại 2011 \(02\/2011\/QH13\)\.$/);
  });

  it('cites a rule whose article is unknown by its instrument, saying the article is not yet identified', () => {
    const r = compute({ type: 'chung', stage: 'xu_ly_don', startedOn: '2021-11-20' });
    expect(r.basis).toMatchObject({ law: 'Thông tư 05/2021/TT-TTCP', articleKnown: false });
    expect(citeBasis(r.basis)).toBe('Thông tư 05/2021/TT-TTCP (chưa xác định điều khoản cụ thể)');
    expect(r.history[0]?.note).toBe(
      'Bắt đầu tính từ ngày nhận được đơn 20/11/2021: 10 ngày làm việc, theo Thông tư 05/2021/TT-TTCP (chưa xác định điều khoản cụ thể).',
    );
    expect(r.history[0]?.note).not.toContain('chưa xác định điều Thông tư');
    const refused = error(() => compute({ type: 'chung', stage: 'xu_ly_don', startedOn: '2021-11-20', extensions: [{ decidedOn: '2021-11-25' }] }));
    expect(refused.message).toBe('Thời hạn "Phân loại, xử lý đơn" không được gia hạn theo Thông tư 05/2021/TT-TTCP (chưa xác định điều khoản cụ thể).');
    const nd155 = compute({ type: 'khieu_nai', stage: 'thu_ly', startedOn: '2026-07-02' });
    expect(nd155.history[0]?.note).toContain(
      '7 ngày làm việc, theo Điều 16 khoản 1 Nghị định 124/2020/NĐ-CP (sửa đổi bởi Nghị định 155/2026/NĐ-CP); Điều 10 Nghị định 155/2026/NĐ-CP; Điều 27 Luật Khiếu nại 2011 (02/2011/QH13).',
    );
  });
});

describe('complaint suspensions from 1/7/2026 (NĐ 155/2026 art. 22(1))', () => {
  it('leaves out a suspension from 1/7/2026 of a complaint accepted earlier and not yet decided', () => {
    const r = compute({ type: 'khieu_nai', stage: 'giai_quyet_lan_1', startedOn: '2026-06-15', suspensions: [{ from: '2026-07-06', to: '2026-07-10' }] });
    expect(r.ruleSet.id).toBe('kntc-2021-tt05');
    // 30 + 5 days from Mon 15/6/2026 is Mon 20/7.
    expect([r.suspendedUnits, r.dueOn]).toEqual([5, '2026-07-20']);
  });

  it('refuses a suspension of such a complaint that began before 1/7/2026, saying from when suspensions count', () => {
    const e = error(() => compute({ type: 'khieu_nai', stage: 'giai_quyet_lan_1', startedOn: '2026-06-15', suspensions: [{ from: '2026-06-25', to: '2026-07-02' }] }));
    expect(e.code).toBe('SUSPENSION_NOT_ALLOWED');
    expect(e.message).toContain('01/07/2026');
  });
});

describe("an administrator's reading of the unit of a rule set's resolution periods", () => {
  const readings = { 'kntc-2019-tt07': 'working' } as const;

  it('counts the denunciation period and its extensions in working days under that set, and says so', () => {
    const r = computeDeadline({ type: 'to_cao', stage: 'giai_quyet', startedOn: '2021-10-01', extensions: [{ decidedOn: '2021-11-01' }], complex: true }, calendar, { readings });
    // 60 working days from Fri 1/10/2021: 4/10 … 24/12/2021.
    expect([r.unit, r.amount, r.reading, r.dueOn]).toEqual(['working', 60, 'working', '2021-12-24']);
    expect(r.history[0]?.note).toContain('30 ngày làm việc (tính theo cách hiểu do quản trị viên đặt cho bộ quy tắc)');
  });

  it('leaves the other "ngày" rows, and the other sets, in calendar days', () => {
    const filing = computeDeadline({ type: 'khieu_nai', stage: 'thoi_hieu', startedOn: '2021-01-21' }, calendar, { readings });
    expect([filing.unit, filing.reading, filing.dueOn]).toEqual(['calendar', null, '2021-04-22']);
    const later = computeDeadline({ type: 'to_cao', stage: 'giai_quyet', startedOn: '2021-11-20' }, calendar, { readings });
    expect([later.ruleSet.id, later.unit, later.reading]).toEqual(['kntc-2021-tt05', 'calendar', null]);
  });

  it('reports an explicit calendar-day reading without changing the due date', () => {
    const r = computeDeadline({ type: 'khieu_nai', stage: 'giai_quyet_lan_1', startedOn: '2021-04-01' }, calendar, { readings: { 'kntc-2019-tt07': 'calendar' } });
    expect([r.unit, r.reading, r.dueOn]).toEqual(['calendar', 'calendar', '2021-05-04']);
  });
});

describe('a minimum notice (not before)', () => {
  const notice = (extra: Partial<DeadlineInput> = {}) => compute({ type: 'khieu_nai', stage: 'thong_bao_doi_thoai', startedOn: '2026-09-07', ...extra });

  it('gives the earliest day of the dialogue, no due date and no state', () => {
    // Notice sent Mon 7/9/2026: 5 days later is Sat 12/9, the dialogue no earlier than Mon 14/9.
    const r = notice({ today: '2026-09-20' });
    expect([r.dueOn, r.earliestOn, r.state, r.daysLeft, r.rule.kind]).toEqual([null, '2026-09-14', null, null, 'not_before']);
    expect(r.history[0]?.note).toContain('ngày đối thoại không sớm hơn 14/09/2026');
  });

  it('takes no extension and no suspension', () => {
    expect(error(() => notice({ extensions: [{ decidedOn: '2026-09-08' }] })).code).toBe('NO_STATUTORY_LIMIT');
    expect(error(() => notice({ suspensions: [{ from: '2026-09-08' }] })).code).toBe('SUSPENSION_NOT_ALLOWED');
  });

  it('does not exist before 1/7/2026', () => {
    expect(error(() => compute({ type: 'khieu_nai', stage: 'thong_bao_doi_thoai', startedOn: '2026-06-30' })).code).toBe('STAGE_NOT_IN_RULE_SET');
  });
});
