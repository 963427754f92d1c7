import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPhone, parsePhone, toE164 } from './phone';

describe('parsePhone: mobile', () => {
  it.each([
    '0912 345 678',
    '0912345678',
    '0912.345.678',
    '0912-345-678',
    '+84912345678',
    '+84 912 345 678',
    '84912345678',
    '0084 912 345 678',
    '(+84) 912 345 678',
    '+84 (0) 912.345.678',
    '０９１２３４５６７８',
  ])('accepts %s as +84912345678', (input) => {
    expect(parsePhone(input)).toEqual({ ok: true, e164: '+84912345678', kind: 'mobile', carrier: 'VinaPhone' });
  });

  it.each([
    ['0327 123 456', 'Viettel'],
    ['0389 123 456', 'Viettel'],
    ['0868 123 456', 'Viettel'],
    ['0981 234 567', 'Viettel'],
    ['0703 123 456', 'MobiFone'],
    ['0899 123 456', 'MobiFone'],
    ['0901 234 567', 'MobiFone'],
    ['0812 345 678', 'VinaPhone'],
    ['0886 123 456', 'VinaPhone'],
    ['0923 456 789', 'Vietnamobile'],
    ['0586 123 456', 'Vietnamobile'],
    ['0523 123 456', 'Vietnamobile'],
    ['0591 234 567', 'Gmobile'],
    ['0993 123 456', 'Gmobile'],
    ['0877 123 456', 'Itelecom'],
  ])('accepts %s (%s)', (input, carrier) => {
    expect(parsePhone(input)).toMatchObject({ ok: true, kind: 'mobile', carrier });
  });

  it('accepts 055 without naming a carrier', () => {
    const r = parsePhone('0559 123 456');
    expect(r).toMatchObject({ ok: true, kind: 'mobile', e164: '+84559123456' });
    expect(r.ok && r.carrier).toBeUndefined();
  });

  it.each(['0301 234 567', '0311 234 567', '0401 234 567', '0501 234 567', '0571 234 567', '0601 234 567', '0711 234 567', '0801 234 567', '0951 234 567', '0123 456 789'])(
    'rejects the unassigned prefix of %s',
    (input) => {
      expect(parsePhone(input)).toMatchObject({ ok: false, code: 'invalid_prefix' });
    },
  );

  it('rejects mobiles that are too short or too long', () => {
    expect(parsePhone('091 234 567')).toMatchObject({ ok: false, code: 'too_short', message: 'Số di động phải có 10 chữ số kể cả số 0 đầu (đang có 9).' });
    expect(parsePhone('09123456789')).toMatchObject({ ok: false, code: 'too_long' });
    expect(parsePhone('+8491234567')).toMatchObject({ ok: false, code: 'too_short' });
  });

  it('points a retired 11-digit number to its 2018 replacement', () => {
    const r = parsePhone('0168 123 4567');
    expect(r).toMatchObject({ ok: false, code: 'legacy_mobile_prefix', suggestion: '+84381234567' });
    expect(!r.ok && r.message).toContain('0168 đã chuyển thành 038');
    expect(parsePhone('0123 456 7890')).toMatchObject({ ok: false, code: 'legacy_mobile_prefix', suggestion: '+84834567890' });
    expect(parsePhone('0199 123 4567')).toMatchObject({ ok: false, code: 'legacy_mobile_prefix', suggestion: '+84591234567' });
  });
});

describe('parsePhone: landline', () => {
  it('accepts a Bắc Ninh landline (0222)', () => {
    expect(parsePhone('0222 3822 123')).toEqual({
      ok: true,
      e164: '+842223822123',
      kind: 'landline',
      areaCode: '222',
      provinceName: 'Bắc Ninh',
    });
    expect(parsePhone('+84 222 3822 123')).toMatchObject({ ok: true, e164: '+842223822123' });
  });

  it('accepts Hà Nội and TP. Hồ Chí Minh with 8-digit subscriber numbers', () => {
    expect(parsePhone('024 3825 1234')).toMatchObject({ ok: true, kind: 'landline', areaCode: '24', provinceName: 'Hà Nội' });
    expect(parsePhone('028 3822 1234')).toMatchObject({ ok: true, kind: 'landline', areaCode: '28', provinceName: 'Hồ Chí Minh' });
  });

  it('rejects an unknown area code', () => {
    expect(parsePhone('0217 382 2123')).toMatchObject({ ok: false, code: 'unknown_area_code' });
    expect(parsePhone('0223 382 2123')).toMatchObject({ ok: false, code: 'unknown_area_code' });
  });

  it('rejects a landline that is too short or too long', () => {
    expect(parsePhone('0222 382 212')).toMatchObject({ ok: false, code: 'too_short' });
    expect(parsePhone('0222 3822 1234')).toMatchObject({ ok: false, code: 'too_long' });
    expect(parsePhone('024 3825 123')).toMatchObject({ ok: false, code: 'too_short' });
  });
});

describe('parsePhone: other input', () => {
  it('rejects empty input, letters, foreign numbers and numbers without a leading 0', () => {
    expect(parsePhone('  ')).toMatchObject({ ok: false, code: 'empty', message: 'Chưa nhập số điện thoại.' });
    expect(parsePhone('0912 ABC 678')).toMatchObject({ ok: false, code: 'invalid_characters' });
    expect(parsePhone('+1 202 555 0123')).toMatchObject({ ok: false, code: 'not_vietnamese' });
    expect(parsePhone('0044 20 7946 0958')).toMatchObject({ ok: false, code: 'not_vietnamese' });
    expect(parsePhone('912 345 678')).toMatchObject({ ok: false, code: 'missing_trunk_prefix' });
  });

  it('toE164 gives the stored form or undefined', () => {
    expect(toE164('0912.345.678')).toBe('+84912345678');
    expect(toE164('12345')).toBeUndefined();
  });
});

describe('formatPhone', () => {
  it('formats mobiles 4-3-3 and landlines by area code', () => {
    expect(formatPhone('+84912345678')).toBe('0912 345 678');
    expect(formatPhone('+842223822123')).toBe('0222 3822 123');
    expect(formatPhone('+842438251234')).toBe('024 3825 1234');
  });

  it('returns anything else unchanged', () => {
    expect(formatPhone('+12025550123')).toBe('+12025550123');
    expect(formatPhone('0912345678')).toBe('0912345678');
  });

  it('round-trips every valid mobile: parse(format(e164)) = e164', () => {
    const prefixes = ['32', '39', '52', '56', '70', '79', '81', '86', '87', '89', '90', '94', '99'];
    fc.assert(
      fc.property(fc.constantFrom(...prefixes), fc.stringMatching(/^\d{7}$/), (prefix, rest) => {
        const e164 = `+84${prefix}${rest}`;
        const r = parsePhone(formatPhone(e164));
        return r.ok && r.e164 === e164 && r.kind === 'mobile';
      }),
    );
  });

  it('round-trips Bắc Ninh landlines', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{7}$/), (rest) => {
        const e164 = `+84222${rest}`;
        const r = parsePhone(formatPhone(e164));
        return r.ok && r.e164 === e164 && r.kind === 'landline';
      }),
    );
  });
});
