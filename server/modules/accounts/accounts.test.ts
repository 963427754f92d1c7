import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, ENGINE, type Session, type TestContext } from '../../test/support';

let ctx: TestContext;
let admin: Session;
beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.login('admin');
});
afterAll(async () => ctx?.close());

const usernames = async (q: string) =>
  (await admin.get(`/api/accounts?q=${encodeURIComponent(q)}&pageSize=50`)).json<{ items: { username: string }[] }>().items.map((a) => a.username);

describe(`account search (${ENGINE})`, () => {
  it('matches the name by its search key, so "Quản", "quan" and "QUẢN TRỊ" find the same accounts on both engines', async () => {
    // Without diacritics "quan" is also in "Quang" (Ngô Quang Vinh), as in the people and officer searches.
    for (const q of ['Quản', 'quan', 'QUAN']) expect(await usernames(q), q).toEqual(['admin', 'thanhtra']);
    for (const q of ['QUẢN TRỊ', 'quan tri he thong']) expect(await usernames(q), q).toEqual(['admin']);
    for (const q of ['Hồng Nhung', 'hong nhung', 'HONG NHUNG']) expect(await usernames(q), q).toEqual(['tiepdan']);
    // Decomposed input (macOS, some keyboards) is the same name.
    expect(await usernames('Quản trị'.normalize('NFD'))).toEqual(['admin']);
    expect(await usernames('thanhtra')).toEqual(['thanhtra']);
    expect(await usernames('không có ai')).toEqual([]);
  });

  it('a renamed account is found under its new name and no longer under the old one', async () => {
    const created = await admin.post('/api/accounts', { username: 'doi.ten', password: 'TamThoi2021', fullName: 'Trịnh Văn Cũ', assignments: [{ unitId: 1, role: 'read_only' }] });
    expect(created.status).toBe(201);
    const { id, version } = created.json<{ id: number; version: number }>();
    expect((await admin.patch(`/api/accounts/${id}`, { version, fullName: 'Lương Thị Mới' })).status).toBe(200);
    expect(await usernames('luong thi moi')).toEqual(['doi.ten']);
    expect(await usernames('Trịnh Văn Cũ')).toEqual([]);
  });
});
