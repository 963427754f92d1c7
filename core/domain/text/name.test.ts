import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkName } from './name';

const refused = (raw: string) => {
  const r = checkName(raw);
  return r.ok ? undefined : r;
};

describe('checkName', () => {
  it('keeps a Vietnamese name as typed, in NFC, with whitespace folded', () => {
    expect(checkName('  Nguyễn   Văn Hùng ')).toEqual({ ok: true, value: 'Nguyễn Văn Hùng' });
    expect(checkName('Nguyễn Văn Hùng'.normalize('NFD'))).toEqual({ ok: true, value: 'Nguyễn Văn Hùng' });
    expect(checkName("Đặng Thị O'Neil-Hà")).toMatchObject({ ok: true });
  });

  it('removes the invisible characters copy-paste leaves (zero-width, BOM, soft hyphen, direction marks)', () => {
    expect(checkName('\uFEFFNguyễn\u200B Văn\u00AD Hùng\u200E')).toEqual({ ok: true, value: 'Nguyễn Văn Hùng' });
  });

  it('refuses a name made only of zero-width characters or tone marks: no letter', () => {
    expect(refused('\u200B\u200C\u200D')?.code).toBe('empty');
    expect(refused('\u0301\u0300\u0323')).toMatchObject({ code: 'no_letter', message: 'Họ tên phải có ít nhất một chữ cái.' });
    expect(refused('\u200B\u0301')?.code).toBe('no_letter');
    expect(refused('123 ...')).toMatchObject({ code: 'no_letter', message: 'Họ tên phải có ít nhất một chữ cái.' });
  });

  it('refuses direction overrides and other hidden formatting, naming the character and the field', () => {
    const r = checkName('Nguyễn \u202EVăn Hùng', 'Họ tên cán bộ');
    expect(r).toMatchObject({ ok: false, code: 'hidden_format' });
    expect(r.ok ? '' : r.message).toBe('Họ tên cán bộ chứa ký tự ẩn (U+202E) làm sai lệch cách hiển thị; hãy gõ lại họ tên cán bộ.');
    for (const c of ['\u202A', '\u202D', '\u2066', '\u2069', '\u0000', '\u0007', '\u{E0041}']) expect(refused(`An${c}h`)?.code, c).toBe('hidden_format');
  });

  it('refuses a tone mark standing alone or marks stacked on one letter', () => {
    expect(refused('Nguyễn \u0301Văn')?.code).toBe('stray_mark');
    expect(refused('Ha\u0301\u0302\u0303\u0304')?.code).toBe('stacked_marks');
    // A foreign letter with two marks that NFC cannot compose is a name.
    expect(checkName('Ha\u0331\u0301').ok).toBe(true);
  });

  it('never stores a name without a letter, an invisible format character or a bare mark', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'Đ', 'ế', ' ', '\u200B', '\u202E', '\u0301', '\uFEFF', '1', '-') }), (raw) => {
        const r = checkName(raw);
        if (!r.ok) return true;
        return /\p{L}/u.test(r.value) && !/[\p{Cf}\p{Cc}]/u.test(r.value) && !/(^|[^\p{L}\p{M}])\p{M}/u.test(r.value) && r.value === r.value.trim();
      }),
    );
  });
});
