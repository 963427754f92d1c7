import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock';
import { createTestContext, ENGINE, type Session, type TestContext } from '../../test/support';

// Found by the records benchmark at 1M letters: the look-back window of a letter received on 29 February was
// "five years earlier, same day", a date PostgreSQL refuses (500); it is now the Civil Code's 28 February.
const clock = new ManualClock('2024-03-05T09:00:00+07:00');
let ctx: TestContext;
let processor: Session;

beforeAll(async () => {
  ctx = await createTestContext({ clock });
  processor = await ctx.login('xulydon');
});
afterAll(async () => ctx?.close());

describe(`related letters on a leap day (${ENGINE})`, () => {
  it('a letter received on 29/02/2024 finds the earlier letter of the same writer on the same matter', async () => {
    const letter = (receivedOn: string) => ({
      requestType: 'khieu_nai',
      channel: 'buu_chinh',
      receivedOn,
      content: 'Khiếu nại quyết định thu hồi đất số 215/QĐ-UBND đối với thửa đất số 47, tờ bản đồ số 12 tại khu phố 3; đề nghị xem xét lại giá bồi thường.',
      senders: [{ fullName: 'Nguyễn Thị Mai', idNumber: '027190001234' }],
    });
    const earlier = await processor.post('/api/letters', letter('2023-12-04'));
    const leap = await processor.post('/api/letters', letter('2024-02-29'));
    expect([earlier.status, leap.status]).toEqual([201, 201]);
    const related = await processor.get(`/api/letters/${leap.json<{ id: number }>().id}/related`);
    expect(related.status).toBe(200);
    expect(related.json<{ items: { letterId: number }[] }>().items.map((i) => i.letterId)).toContain(earlier.json<{ id: number }>().id);
  });
});
