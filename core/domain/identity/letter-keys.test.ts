import { describe, expect, it } from 'vitest';
import { contentKeys, letterMatchKeys } from './letter-keys';

const TEXT = 'Khiếu nại quyết định thu hồi đất số 125 của Ủy ban nhân dân phường Vệ An đối với thửa đất của gia đình tôi tại khu 3.';

describe('letter match keys (đơn trùng candidates)', () => {
  it('keys a plain letter by each writer’s number, phone and name, and its content', () => {
    const keys = letterMatchKeys({ sealed: false, content: TEXT, senders: [{ fullName: 'Trần Văn Bình', idNumber: '027 090 000 001', phone: '0912 345 678' }] });
    expect(keys).toEqual(expect.arrayContaining(['i:027090000001', 'p:+84912345678', 'n:tran van binh']));
    expect(keys.filter((k) => k.startsWith('c'))).toHaveLength(8);
  });

  it('never keys a sealed letter by its writers', () => {
    const keys = letterMatchKeys({ sealed: true, content: TEXT, senders: [{ fullName: 'Lê Thị Kín', idNumber: '027190001122', phone: '0912000111' }] });
    expect(keys.every((k) => /^c\d:/.test(k))).toBe(true);
  });

  it('gives a near-copy shared content keys, an unrelated text none, a too-short text none', () => {
    const copy = contentKeys(`Kính gửi UBND thành phố. ${TEXT.replace('khu 3', 'khu 3, phường Vệ An')}`);
    const original = contentKeys(TEXT);
    expect(copy.some((k) => original.includes(k))).toBe(true);
    expect(contentKeys('Phản ánh tình trạng mất vệ sinh môi trường do cơ sở chăn nuôi lợn gây ra tại thôn Hòa Đình.').some((k) => original.includes(k))).toBe(false);
    expect(contentKeys('Đơn khiếu nại')).toEqual([]);
    // Diacritics and case do not change the keys.
    expect(contentKeys(TEXT.toUpperCase())).toEqual(original);
  });
});
