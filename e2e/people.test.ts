import { beforeAll, describe, expect, it } from 'vitest';
import { appInBrowser, expectNoPageErrors, login, pickOption } from './support';

/** A CCCD registered in Bắc Ninh (027), a man (century digit 0) born in 1985. */
const CCCD = '027085012345';

describe('công dân', () => {
  const env = appInBrowser();
  /** The record created by the second test, reused by the later ones. */
  let createdId = 0;
  beforeAll(async () => {
    await login(env.browser.page, env.app.url, 'tiepdan');
  });

  const rows = () => env.browser.page.getByTestId('people-results').locator('tr.ant-table-row');
  const drawer = () => env.browser.page.locator('.ant-drawer-content');

  it('typing "nguyen van" without diacritics finds names with diacritics, best first; arrow keys and Enter open a record', async () => {
    const { page } = env.browser;
    await page.goto(`${env.app.url}/people`);
    const search = page.getByTestId('people-search');
    await search.fill('nguyen van');
    await rows().first().waitFor();
    const names = await rows().locator('td:first-child').allTextContents();
    expect(names.length).toBeGreaterThan(3);
    // The first results carry the diacritics the officer did not type.
    for (const name of names.slice(0, 3)) expect(name).toMatch(/^Nguyễn Văn /);
    expect(await rows().first().textContent()).toContain('Họ tên');
    // The query stays in the address bar, so Back from a record returns to this list.
    expect(page.url()).toContain('q=nguyen+van');

    await search.press('ArrowDown');
    await search.press('Enter');
    await page.waitForURL(/\/people\/\d+$/);
    expect(await page.getByTestId('person-name').textContent()).toBe(names[1]);
    await page.getByTestId('person-audit-note').waitFor();
    await page.getByTestId('person-back').click();
    await page.waitForURL(/\/people\?q=nguyen\+van$/);
    expect(await page.getByTestId('people-search').inputValue()).toBe('nguyen van');
    expectNoPageErrors(env.browser);
  });

  it('a person with a valid Bắc Ninh CCCD is saved and the phone shows in national form; the same CCCD again is refused as a duplicate', async () => {
    const { page } = env.browser;
    await page.goto(`${env.app.url}/people`);
    await page.getByTestId('people-add').click();
    const form = page.getByTestId('person-form');
    await form.getByLabel('Họ và tên').fill('Trần Văn Thử');
    await form.getByLabel('Số giấy tờ').fill(CCCD);
    // The number itself says where the birth was registered, the gender and the year, and fills them in.
    await page.getByText('Đăng ký khai sinh tại Bắc Ninh · Nam · sinh năm 1985').waitFor();
    await expect.poll(() => form.getByLabel('Năm sinh').inputValue()).toBe('1985');
    await form.getByLabel('Năm sinh').fill('1985');
    await pickOption(page, 'person-gender', 'Nam');
    await form.getByLabel('Điện thoại').fill('0912 345 678');
    await form.getByLabel('Địa chỉ').fill('Số 12 đường Lý Thái Tổ, phường Suối Hoa');
    await pickOption(page, 'person-ward', 'Phường Suối Hoa', 'suoi hoa');
    await page.getByTestId('person-save').click();
    await page.getByText('Đã thêm hồ sơ công dân.').waitFor();
    await page.waitForURL(/\/people\/\d+$/);
    createdId = Number(/\/people\/(\d+)$/.exec(page.url())?.[1]);
    expect(await page.getByTestId('person-name').textContent()).toBe('Trần Văn Thử');
    expect(await page.getByTestId('person-phone').textContent()).toBe('0912 345 678');
    expect(await page.getByTestId('person-id-number').textContent()).toContain(CCCD);
    expect(await page.getByTestId('person-details').textContent()).toContain('Phường Suối Hoa');

    // Second time: the register already shows the match while typing, and the server refuses the number.
    await page.goto(`${env.app.url}/people`);
    await page.getByTestId('people-add').click();
    await form.getByLabel('Họ và tên').fill('Trần Văn Thử');
    await form.getByLabel('Số giấy tờ').fill(CCCD);
    await page.getByTestId('person-matches').getByText('Trùng số CCCD').waitFor();
    await page.getByTestId('person-save').click();
    const duplicate = page.getByTestId('person-duplicate');
    await duplicate.waitFor();
    expect(await duplicate.textContent()).toContain(`Số giấy tờ này đã thuộc hồ sơ công dân #${createdId}`);
    expect(await form.textContent()).toContain(`Đã có trong hồ sơ #${createdId}`);
    await page.getByTestId('person-open-duplicate').click();
    await page.waitForURL(new RegExp(`/people/${createdId}$`));
    await page.getByTestId('person-name').waitFor();
    expect(await drawer().count()).toBe(0);
    expectNoPageErrors(env.browser);
  });

  it('an invalid CCCD is refused on the form with the reason in Vietnamese', async () => {
    const { page } = env.browser;
    await page.goto(`${env.app.url}/people`);
    await page.getByTestId('people-add').click();
    const form = page.getByTestId('person-form');
    await form.getByLabel('Họ và tên').fill('Lê Thị Sai Số');
    await form.getByLabel('Số giấy tờ').fill('999085012345');
    await page.getByTestId('person-save').click();
    await form.getByText('Mã tỉnh 999 (3 chữ số đầu) không có trong danh mục mã tỉnh, thành phố nơi đăng ký khai sinh.').waitFor();
    // A wrong length and a birth year the number contradicts are caught the same way.
    await form.getByLabel('Số giấy tờ').fill('02708501234');
    await form.getByText('Số căn cước phải có đúng 12 chữ số (đang có 11 chữ số).').waitFor();
    await form.getByLabel('Số giấy tờ').fill(CCCD.replace('027', '001'));
    await form.getByLabel('Năm sinh').fill('1990');
    await form.getByText('Chữ số thứ 5–6 (85) là hai số cuối của năm sinh, không khớp với năm sinh 1990.').waitFor();
    expect(page.url()).toMatch(/\/people$/);
    await page.keyboard.press('Escape');
    expectNoPageErrors(env.browser);
  });

  it('a record is opened and its address edited with its version; the audited read happens once', async () => {
    const { page } = env.browser;
    // Each GET of a record is written to the audit log: count them.
    const reads: string[] = [];
    const onRequest = (r: { method(): string; url(): string }) => {
      if (r.method() === 'GET' && new URL(r.url()).pathname === `/api/people/${createdId}`) reads.push(r.url());
    };
    page.on('request', onRequest);
    await page.goto(`${env.app.url}/people/${createdId}`);
    await page.getByTestId('person-name').waitFor();
    // Coming back to the tab must not read (and log) the record again.
    await page.evaluate(() => {
      document.dispatchEvent(new Event('visibilitychange'));
      window.dispatchEvent(new Event('focus'));
    });
    await page.waitForTimeout(300);
    await page.getByTestId('person-edit').click();
    const form = page.getByTestId('person-form');
    expect(await form.getByLabel('Điện thoại').inputValue()).toBe('0912 345 678');
    await form.getByLabel('Địa chỉ').fill('Số 45 đường Ngô Gia Tự, phường Suối Hoa');
    await page.getByTestId('person-save').click();
    await page.getByText('Đã cập nhật hồ sơ công dân.').waitFor();
    await expect.poll(() => page.getByTestId('person-address').textContent()).toBe('Số 45 đường Ngô Gia Tự, phường Suối Hoa');
    // The saved record came back with the PATCH; nothing was read again.
    page.off('request', onRequest);
    expect(reads).toHaveLength(1);
    expectNoPageErrors(env.browser);
  });

  it('an edit made on a stale copy (409) shows the server message and reloads the record', async () => {
    const { page } = env.browser;
    await page.goto(`${env.app.url}/people/${createdId}`);
    await page.getByTestId('person-edit').click();
    const form = page.getByTestId('person-form');
    // Another officer saves the same record meanwhile.
    await page.evaluate(async (id) => {
      const csrf = decodeURIComponent(document.cookie.split('; ').find((c) => c.startsWith('tiepdan_csrf='))?.split('=')[1] ?? '');
      const current = (await (await fetch(`/api/people/${id}`)).json()) as { version: number };
      await fetch(`/api/people/${id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
        body: JSON.stringify({ version: current.version, address: 'Số 7 đường Lý Thái Tổ' }),
      });
    }, createdId);
    await form.getByLabel('Địa chỉ').fill('Địa chỉ cũ sửa trên bản đã cũ');
    await page.getByTestId('person-save').click();
    await page.getByText('Dữ liệu đã được tải lại, vui lòng kiểm tra và thao tác lại.').waitFor();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('person-address').textContent()).toBe('Số 7 đường Lý Thái Tổ');
    expectNoPageErrors(env.browser);
  });

  it('a duplicate record is merged into the kept one, which lists it; the duplicate links back', async () => {
    const { page } = env.browser;
    // A second record of the same man, typed at another visit without his number.
    await page.goto(`${env.app.url}/people`);
    await page.getByTestId('people-add').click();
    const form = page.getByTestId('person-form');
    await form.getByLabel('Họ và tên').fill('Trần Văn Thử');
    await form.getByLabel('Năm sinh').fill('1985');
    await page.getByTestId('person-save').click();
    await page.waitForURL(/\/people\/\d+$/);
    const duplicateId = Number(/\/people\/(\d+)$/.exec(page.url())?.[1]);
    expect(duplicateId).not.toBe(createdId);

    await page.goto(`${env.app.url}/people/${createdId}`);
    await page.getByTestId('person-merge').click();
    await page.getByTestId('merge-person-search').click();
    await page.keyboard.type('tran van thu');
    const option = page.locator('.ant-select-dropdown:visible').getByText(`#${duplicateId}`);
    await option.waitFor();
    await option.click();
    await page.getByTestId('merge-compare').waitFor();
    await page.getByTestId('merge-submit').click();
    // A click that lands while the confirmation box is still zooming in can be lost: wait for it to settle.
    const confirmBox = page.locator('.ant-modal-confirm');
    await confirmBox.waitFor();
    await expect.poll(() => confirmBox.getAttribute('class')).not.toContain('ant-zoom-appear');
    await page.getByTestId('merge-confirm-ok').click();
    await page.getByText(`Đã gộp hồ sơ #${duplicateId} vào hồ sơ này.`).waitFor();
    await page.getByTestId('person-merged-from').getByText(`#${duplicateId}`).waitFor();

    await page.getByTestId('person-merged-from').getByText(`#${duplicateId}`).click();
    await page.waitForURL(new RegExp(`/people/${duplicateId}$`));
    const banner = page.getByTestId('person-merged-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toContain(`Hồ sơ này đã được gộp vào hồ sơ #${createdId}.`);
    expect(await page.getByTestId('person-edit').count()).toBe(0);
    await page.getByTestId('person-merged-into').click();
    await page.waitForURL(new RegExp(`/people/${createdId}$`));
    expectNoPageErrors(env.browser);
  });

  it('"nguyen van" lists every Nguyễn Văn: "Xem thêm" shows the next ones, the count says the list is not complete, names with the words side by side first (issue 13)', async () => {
    const { page } = env.browser;
    await page.goto(`${env.app.url}/people`);
    await page.getByTestId('people-search').fill('nguyen van');
    await rows().first().waitFor();
    expect(await rows().count()).toBe(20);
    expect(await page.getByTestId('people-results-status').textContent()).toContain('20 kết quả đầu');
    while ((await page.getByTestId('people-more').count()) > 0) {
      const before = await rows().count();
      await page.getByTestId('people-more').click();
      await expect.poll(() => rows().count()).toBeGreaterThan(before);
    }
    const names = await rows().locator('td:first-child').allTextContents();
    expect(names.length).toBeGreaterThan(20);
    expect(names).toEqual(expect.arrayContaining(['Nguyễn Văn Vinh', 'Nguyễn Văn Việt Dũng']));
    const together = names.map((n) => n.startsWith('Nguyễn Văn '));
    expect(together.indexOf(false) === -1 || together.indexOf(false) > together.lastIndexOf(true)).toBe(true);
    expect(await page.getByTestId('people-results-status').textContent()).toContain(`${names.length} kết quả, khớp nhất ở trên cùng`);
    expectNoPageErrors(env.browser);
  });

  it('a name pre-filled without diacritics from the search is refused as typed and written as on the card from the register’s spellings (issue 14)', async () => {
    const { page } = env.browser;
    await page.goto(`${env.app.url}/people`);
    // The register learns how "Quốc" is written.
    await page.evaluate(async () => {
      const csrf = decodeURIComponent(document.cookie.split('; ').find((c) => c.startsWith('tiepdan_csrf='))?.split('=')[1] ?? '');
      for (const fullName of ['Lê Quốc Khánh', 'Đỗ Quốc Bảo']) {
        await fetch('/api/people', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf }, body: JSON.stringify({ fullName }) });
      }
    });
    await page.getByTestId('people-search').fill('tran quoc tuan');
    await page.waitForURL(/q=tran\+quoc\+tuan/);
    await page.getByTestId('people-add').click();
    const form = page.getByTestId('person-form');
    expect(await form.getByLabel('Họ và tên').inputValue()).toBe('tran quoc tuan');
    await page.getByTestId('person-name-plain-warning').getByText('Họ tên chưa có dấu. Hãy gõ đúng như trên giấy tờ của công dân.').waitFor();
    // Saving as pre-filled is refused on the form.
    await page.getByTestId('person-save').click();
    await form.getByText('Hãy gõ họ tên có dấu như trên giấy tờ, hoặc đánh dấu ô lưu không dấu bên dưới.').waitFor();
    // The likeliest spelling, from the register, fills the name in one click.
    const suggestion = page.getByTestId('person-name-suggestion').first();
    await expect.poll(() => suggestion.textContent()).toBe('Trần Quốc Tuấn');
    await suggestion.click();
    expect(await form.getByLabel('Họ và tên').inputValue()).toBe('Trần Quốc Tuấn');
    await page.getByTestId('person-name-plain-warning').waitFor({ state: 'detached' });
    await form.getByLabel('Năm sinh').fill('1972');
    await page.getByTestId('person-save').click();
    await page.waitForURL(/\/people\/\d+$/);
    expect(await page.getByTestId('person-name').textContent()).toBe('Trần Quốc Tuấn');
    expect(await page.getByTestId('person-plain-tag').count()).toBe(0);
    expectNoPageErrors(env.browser);
  });

  it('a card written without diacritics is saved as typed on purpose and is found under «Họ tên chưa chuẩn hóa» until corrected (issue 14)', async () => {
    const { page } = env.browser;
    const form = page.getByTestId('person-form');
    await page.goto(`${env.app.url}/people`);
    await page.getByTestId('people-add').click();
    await form.getByLabel('Họ và tên').fill('Chau Van Liem');
    await page.getByTestId('person-name-plain').check();
    await page.getByTestId('person-save').click();
    await page.waitForURL(/\/people\/\d+$/);
    const plainId = Number(/\/people\/(\d+)$/.exec(page.url())?.[1]);
    await page.getByTestId('person-plain-tag').waitFor();
    await page.goto(`${env.app.url}/people`);
    await page.getByTestId('people-plain-view').click();
    const listed = page.getByTestId('people-plain').locator(`tr[data-row-key="${plainId}"]`);
    await listed.waitFor();
    await listed.click();
    await page.waitForURL(new RegExp(`/people/${plainId}$`));
    await page.getByTestId('person-edit').click();
    await form.getByLabel('Họ và tên').fill('Châu Văn Liêm');
    await page.getByTestId('person-save').click();
    await page.getByText('Đã cập nhật hồ sơ công dân.').waitFor();
    await page.getByTestId('person-plain-tag').waitFor({ state: 'detached' });
    expectNoPageErrors(env.browser);
  });

  it('the read-only account searches and reads but has no button to add or edit', async () => {
    const { page } = env.browser;
    await login(page, env.app.url, 'xem');
    await page.goto(`${env.app.url}/people`);
    await page.getByTestId('people-search').fill('nguyen van');
    await rows().first().waitFor();
    expect(await page.getByTestId('people-add').count()).toBe(0);
    expect(await page.getByText('Thêm công dân').count()).toBe(0);
    await rows().first().click();
    await page.getByTestId('person-name').waitFor();
    expect(await page.getByTestId('person-edit').count()).toBe(0);
    expect(await page.getByTestId('person-merge').count()).toBe(0);
    expectNoPageErrors(env.browser);
  });

  it('a ward officer with the card of a citizen registered elsewhere brings that record into his ward instead of a second one (issue 7)', async () => {
    const { page } = env.browser;
    await login(page, env.app.url, 'tiepdan');
    const citizen = await page.evaluate(async () => {
      const found = (await (await fetch('/api/people/search?q=tran+thi&limit=50')).json()) as { items: { id: number; wardName: string | null }[] };
      const elsewhere = found.items.find((p) => p.wardName !== null && p.wardName !== 'Phường Suối Hoa');
      return (await (await fetch(`/api/people/${elsewhere?.id}`)).json()) as { id: number; fullName: string; idNumber: string };
    });
    await login(page, env.app.url, 'suoihoa');
    await page.goto(`${env.app.url}/people`);
    await page.getByTestId('people-add').click();
    const form = page.getByTestId('person-form');
    await form.getByLabel('Họ và tên').fill(citizen.fullName);
    await form.getByLabel('Số giấy tờ').fill(citizen.idNumber);
    // Nothing of the other record shows: only that the number is in the shared register.
    const notice = page.getByTestId('person-elsewhere');
    await notice.getByText('Số giấy tờ này đã có trong sổ công dân chung').waitFor();
    expect(await page.getByTestId('person-matches').textContent()).not.toContain(`#${citizen.id}`);
    await notice.getByTestId('person-link').click();
    await page.getByText('Đã đưa hồ sơ công dân vào đơn vị của bạn.').waitFor();
    await page.waitForURL(new RegExp(`/people/${citizen.id}$`));
    expect(await page.getByTestId('person-name').textContent()).toBe(citizen.fullName);
    expect(await page.getByTestId('person-edit').count()).toBe(0);
    expectNoPageErrors(env.browser);
  });
});

