import { describe, expect, it } from 'vitest';
import { findRelatedLetters, type LetterLike } from './related-letters';

interface StoredLetter extends LetterLike {
  id: string;
}

const LAND =
  'Tôi là Nguyễn Văn Hùng, trú tại thôn Đông, phường Hạp Lĩnh. Tôi làm đơn khiếu nại quyết định thu hồi đất số ' +
  '123/QĐ-UBND ngày 05/3/2021 của UBND thành phố Bắc Ninh đối với thửa đất số 45 tờ bản đồ số 7 của gia đình tôi, ' +
  'vì mức bồi thường không thỏa đáng và không được bố trí tái định cư.';
const LAND_AGAIN =
  'Tôi tên Nguyễn Văn Hùng trú tại thôn Đông phường Hạp Lĩnh, làm đơn khiếu nại quyết định thu hồi đất số ' +
  '123/QĐ-UBND ngày 05/3/2021 của UBND thành phố Bắc Ninh đối với thửa đất số 45 tờ bản đồ số 7 của gia đình tôi ' +
  'vì mức bồi thường không thoả đáng, chưa được bố trí tái định cư. Đề nghị xem xét lại.';
const BRIBE =
  'Tố cáo ông Lê Văn B, cán bộ địa chính phường Vũ Ninh, có hành vi nhận tiền của người dân để làm thủ tục cấp ' +
  'giấy chứng nhận quyền sử dụng đất nhanh hơn.';
const ROAD = 'Kiến nghị sửa chữa đường ngõ 5 phố Nguyễn Văn Cừ bị xuống cấp, ngập nước mỗi khi trời mưa.';
const LIGHTS = 'Phản ánh đèn chiếu sáng công cộng tại khu phố Đông Xuyên hỏng đã hai tháng chưa được thay.';

const hung = { fullName: 'Nguyễn Văn Hùng', idNumber: '027085001234', address: 'Thôn Đông, phường Hạp Lĩnh', birthYear: 1985 };

const newLetter: LetterLike = { senders: [hung], content: LAND, type: 'KN', receivedOn: '2021-10-20' };

describe('findRelatedLetters', () => {
  it('puts a letter from the same CCCD holder on top', () => {
    const candidates: StoredLetter[] = [
      { id: 'road', senders: [{ fullName: 'Trần Thị Lan', address: 'Phường Vũ Ninh' }], content: ROAD },
      { id: 'same-id', senders: [{ fullName: 'Nguyen Van Hung', idNumber: '027 085 001 234' }], content: LIGHTS, receivedOn: '2021-03-01' },
    ];
    const r = findRelatedLetters(newLetter, candidates);
    expect(r.map((x) => x.letter.id)).toEqual(['same-id']);
    expect(r[0]?.reasons[0]).toMatchObject({ code: 'same_id', label: 'Trùng số CCCD' });
    expect(r[0]?.score).toBeGreaterThanOrEqual(0.9);
  });

  it('flags the same name at a similar address, without an identity number', () => {
    const candidates: StoredLetter[] = [
      { id: 'name-address', senders: [{ fullName: 'Nguyen Van Hung', address: 'thôn Đông, P. Hạp Lĩnh, TP Bắc Ninh' }], content: LIGHTS },
    ];
    const r = findRelatedLetters(newLetter, candidates);
    expect(r).toHaveLength(1);
    expect(r[0]?.reasons.map((x) => x.label)).toContain('Họ tên và địa chỉ tương tự');
    expect(r[0]?.reasons.map((x) => x.code)).not.toContain('same_id');
  });

  it('flags the same name in the same ward even when the address text differs', () => {
    const a: LetterLike = { senders: [{ fullName: 'Nguyễn Văn Hùng', wardCode: '09190' }], content: LAND };
    const r = findRelatedLetters(a, [{ senders: [{ fullName: 'Hùng Nguyễn Văn', wardCode: '09190' }], content: ROAD }]);
    expect(r[0]?.reasons[0]?.code).toBe('same_name_address');
  });

  it('flags near-identical content with its percentage', () => {
    const candidates: StoredLetter[] = [
      { id: 'copy', senders: [{ fullName: 'Nguyễn Thị Hoa', address: 'Phường Kinh Bắc' }], content: LAND_AGAIN },
    ];
    const r = findRelatedLetters(newLetter, candidates);
    expect(r).toHaveLength(1);
    const reason = r[0]?.reasons.find((x) => x.code === 'similar_content');
    expect(reason?.label).toMatch(/^Nội dung tương tự \(\d{1,3}%\)$/);
    const shown = Number(/\((\d+)%\)/.exec(reason?.label ?? '')?.[1]);
    expect(shown).toBe(Math.round((r[0]?.contentSimilarity ?? 0) * 100));
    expect(shown).toBeGreaterThanOrEqual(80);
  });

  it('does not flag unrelated letters from other people', () => {
    const candidates: StoredLetter[] = [
      { id: 'bribe', senders: [{ fullName: 'Lê Thị Mai', address: 'Phường Vũ Ninh', idNumber: '027190000123' }], content: BRIBE, type: 'TC' },
      { id: 'road', senders: [{ fullName: 'Trần Thị Lan', address: 'Phường Vũ Ninh' }], content: ROAD, type: 'KN-PA' },
      { id: 'lights', senders: [{ fullName: 'Phạm Minh Đức' }], content: LIGHTS, type: 'KN-PA' },
    ];
    const r = findRelatedLetters(newLetter, candidates);
    expect(r).toEqual([]);
    // they are still scored, just below the threshold
    expect(findRelatedLetters(newLetter, candidates, { threshold: 0 })).toHaveLength(3);
    for (const x of findRelatedLetters(newLetter, candidates, { threshold: 0 })) expect(x.score).toBeLessThan(0.5);
  });

  it('does not take a namesake at a clearly different address for the same person', () => {
    const r = findRelatedLetters(newLetter, [
      { senders: [{ fullName: 'Nguyễn Văn Hùng', address: 'Xã Tam Giang, huyện Yên Phong' }], content: ROAD },
    ]);
    expect(r).toEqual([]);
  });

  it('sorts by score, then most recent first', () => {
    const candidates: StoredLetter[] = [
      { id: 'content-only', senders: [{ fullName: 'Nguyễn Thị Hoa' }], content: LAND_AGAIN, receivedOn: '2021-06-01' },
      { id: 'id-and-content', senders: [{ fullName: 'Nguyễn Văn Hùng', idNumber: '027085001234' }], content: LAND_AGAIN, receivedOn: '2021-05-01' },
      { id: 'id-old', senders: [{ fullName: 'Nguyễn Văn Hùng', idNumber: '027085001234' }], content: LIGHTS, receivedOn: '2019-01-01' },
      { id: 'id-new', senders: [{ fullName: 'Nguyễn Văn Hùng', idNumber: '027085001234' }], content: LIGHTS, receivedOn: '2020-01-01' },
    ];
    const r = findRelatedLetters(newLetter, candidates);
    expect(r.map((x) => x.letter.id)).toEqual(['id-and-content', 'id-new', 'id-old', 'content-only']);
    for (let i = 1; i < r.length; i++) expect(r[i - 1]!.score).toBeGreaterThanOrEqual(r[i]!.score);
  });

  it('adds same type and close dates only on top of real evidence', () => {
    const withEvidence = findRelatedLetters(newLetter, [{ senders: [hung], content: LIGHTS, type: 'KN', receivedOn: '2021-10-01' }])[0];
    expect(withEvidence?.reasons.map((x) => x.code)).toEqual(['same_id', 'same_name_address', 'same_type', 'received_close']);
    expect(withEvidence?.reasons.find((x) => x.code === 'received_close')?.label).toBe('Nhận cách nhau 19 ngày');
    const alone = findRelatedLetters(newLetter, [{ senders: [{ fullName: 'Phạm Minh Đức' }], content: ROAD, type: 'KN', receivedOn: '2021-10-19' }], {
      threshold: 0,
    })[0];
    expect(alone?.reasons).toEqual([]);
    expect(alone?.score).toBe(0);
  });

  it('counts a many-signer letter once per kind of evidence', () => {
    const signers = Array.from({ length: 6 }, () => ({ ...hung }));
    const r = findRelatedLetters({ senders: signers, content: LIGHTS }, [{ senders: signers, content: ROAD }])[0];
    expect(r?.reasons.filter((x) => x.code === 'same_id')).toHaveLength(1);
  });

  it('honours limit and a custom threshold', () => {
    const candidates: StoredLetter[] = [
      { id: 'a', senders: [hung], content: LIGHTS },
      { id: 'b', senders: [hung], content: ROAD },
    ];
    expect(findRelatedLetters(newLetter, candidates, { limit: 1 })).toHaveLength(1);
    expect(findRelatedLetters(newLetter, candidates, { threshold: 0.999 })).toHaveLength(0);
  });
});
