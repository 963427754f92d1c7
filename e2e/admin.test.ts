import { beforeAll, describe, expect, it } from 'vitest';
import { appInBrowser, expectNoPageErrors, login, pickOption } from './support';

/** dd/mm/yyyy of today in Vietnam, as typed into a date picker. */
function todayVn(): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(new Date())
      .map((x) => [x.type, x.value]),
  );
  return `${p.day}/${p.month}/${p.year}`;
}

describe('màn hình quản trị', () => {
  const env = appInBrowser();
  /** A unit tree row by its code (names also appear in other rows, e.g. as a merged unit's predecessor). */
  const unitRow = (code: string) =>
    env.browser.page.getByTestId('units-table').locator('tr').filter({ has: env.browser.page.getByRole('cell', { name: code, exact: true }) });

  beforeAll(async () => {
    await login(env.browser.page, env.app.url, 'admin');
  });

  it('the unit tree shows the city and its wards, and two wards merge into a new one', async () => {
    const { page } = env.browser;
    await page.goto(`${env.app.url}/admin/units`);
    const table = page.getByTestId('units-table');
    await table.locator('tr', { hasText: 'Thành phố Bắc Ninh' }).first().waitFor();
    expect(await unitRow('BN-TP-P-KHUCXUYEN').count()).toBe(1);

    await page.getByTestId('units-merge').click();
    const form = page.getByTestId('merge-form');
    await form.waitFor();
    await pickOption(page, 'merge-sources', 'Phường Khúc Xuyên', 'Khuc Xuyen');
    await page.keyboard.press('Escape');
    await pickOption(page, 'merge-sources', 'Phường Phong Khê', 'Phong Khe');
    await page.keyboard.press('Escape');
    const date = form.getByLabel('Ngày sáp nhập có hiệu lực');
    await date.fill(todayVn());
    await date.press('Enter');
    await form.getByLabel('Mã').fill('BN-TP-P-KXPK');
    await form.getByLabel('Tên đơn vị').fill('Phường Khúc Phong');
    await pickOption(page, 'merge-parent', 'Thành phố Bắc Ninh');
    await page.getByRole('button', { name: 'Sáp nhập' }).last().click();
    await page.getByText('Đã sáp nhập thành Phường Khúc Phong.').waitFor();
    await form.waitFor({ state: 'detached' });

    // As of today the new ward stands in the tree and the merged ones are gone (they end yesterday).
    await unitRow('BN-TP-P-KXPK').waitFor();
    expect(await unitRow('BN-TP-P-KHUCXUYEN').count()).toBe(0);
    expect(await unitRow('BN-TP-P-KXPK').textContent()).toContain('Tiền thân: Phường Khúc Xuyên, Phường Phong Khê');
    // History is kept: with closed units shown, the old wards come back, marked as no longer in force.
    await page.getByLabel('Gồm cả đơn vị đã hết hiệu lực').click();
    const old = unitRow('BN-TP-P-KHUCXUYEN');
    await old.waitFor();
    expect(await old.textContent()).toContain('Hết hiệu lực');
    expectNoPageErrors(env.browser);
  });

  it('a place is edited with its version and shows the phone in national form', async () => {
    const { page } = env.browser;
    await page.goto(`${env.app.url}/admin/places`);
    const row = page.locator('tr', { hasText: 'Trụ sở Tiếp công dân thành phố' });
    await row.waitFor();
    await row.getByRole('button', { name: 'Sửa' }).click();
    const phone = page.getByLabel('Điện thoại');
    expect(await phone.inputValue()).toBe('0222 3822 100');
    await phone.fill('0222.3822.999');
    await phone.press('Enter');
    await page.getByText('Đã cập nhật địa điểm.').waitFor();
    await row.getByText('0222 3822 999').waitFor();
  });

  it('the city office is moved to another ward, and the edit sends only the ward with the version', async () => {
    const { page } = env.browser;
    await page.goto(`${env.app.url}/admin/places`);
    const row = page.locator('tr', { hasText: 'Trụ sở Tiếp công dân thành phố' });
    await row.getByRole('cell', { name: 'Phường Suối Hoa', exact: true }).waitFor();
    await row.getByRole('button', { name: 'Sửa' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Phường/xã').waitFor();
    expect(await page.getByTestId('place-ward').textContent()).toContain('Phường Suối Hoa');
    // Only wards and communes are offered: the unit in charge of the office is not a place's ward.
    await page.getByTestId('place-ward').click();
    await page.keyboard.type('Ban Tiep');
    await page.locator('.ant-select-dropdown:visible .ant-empty').waitFor();
    await page.keyboard.press('Escape');
    await pickOption(page, 'place-ward', 'Phường Vũ Ninh', 'Vu Ninh');
    const patch = page.waitForRequest((r) => r.method() === 'PATCH' && r.url().includes('/api/places/'));
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    expect(Object.keys(JSON.parse((await patch).postData() ?? '{}') as object).sort()).toEqual(['version', 'wardUnitId']);
    await page.getByText('Đã cập nhật địa điểm.').waitFor();
    await row.getByRole('cell', { name: 'Phường Vũ Ninh', exact: true }).waitFor();
    expectNoPageErrors(env.browser);
  });

  it('officers are searched on the server and paginate ten per page', async () => {
    const { page } = env.browser;
    await page.goto(`${env.app.url}/admin/officers`);
    await page.getByText('10 / trang').waitFor();
    expect(await page.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(10);
    await page.getByTestId('officers-search').locator('input').fill('Vinh');
    await page.getByTestId('officers-search').locator('input').press('Enter');
    await page.locator('tr', { hasText: 'Ngô Quang Vinh' }).waitFor();
    await expect.poll(() => page.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(1);
  });

  it('a new officer is added with several phone numbers', async () => {
    const { page } = env.browser;
    await page.goto(`${env.app.url}/admin/officers`);
    await page.getByTestId('officers-add').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Họ và tên').fill('Trịnh Văn Thử');
    await pickOption(page, 'officer-unit', 'Phường Vũ Ninh', 'Vu Ninh');
    await dialog.getByLabel('Chức vụ').fill('Công chức Văn phòng – Thống kê');
    const phones = dialog.getByLabel('Số điện thoại');
    await phones.fill('0912 345 678');
    await phones.press('Enter');
    await phones.fill('0222 3854 321');
    await phones.press('Enter');
    // Enter in the phone field adds a number; it must not submit the dialog half-filled.
    expect(await dialog.count()).toBe(1);
    await dialog.getByLabel('Email').fill('thu.tv@bacninh.gov.vn');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã thêm cán bộ.').waitFor();
    await page.getByTestId('officers-search').locator('input').fill('Trịnh Văn Thử');
    await page.getByTestId('officers-search').locator('input').press('Enter');
    const row = page.locator('tr', { hasText: 'Trịnh Văn Thử' });
    await row.waitFor();
    expect(await row.textContent()).toContain('0912 345 678, 0222 3854 321');
    expect(await row.textContent()).toContain('Phường Vũ Ninh');
  });

  it('a duty role is added to an officer and shows as a tag', async () => {
    const { page } = env.browser;
    await page.goto(`${env.app.url}/admin/officers`);
    await page.getByTestId('officers-search').locator('input').fill('Ngô Quang Vinh');
    await page.getByTestId('officers-search').locator('input').press('Enter');
    const row = page.locator('tr', { hasText: 'Ngô Quang Vinh' });
    await row.getByText('Lãnh đạo tiếp công dân').waitFor();
    await row.getByRole('button', { name: 'Sửa' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nhiệm vụ trực').waitFor();
    await pickOption(page, 'officer-duty-roles', 'Thành viên Tổ công tác', 'to cong tac');
    await page.keyboard.press('Escape');
    expect(await dialog.count()).toBe(1);
    const patch = page.waitForRequest((r) => r.method() === 'PATCH' && r.url().includes('/api/officers/'));
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    const body = JSON.parse((await patch).postData() ?? '{}') as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['dutyRoles', 'version']);
    expect(body.dutyRoles).toEqual(['lanh_dao_tiep', 'to_cong_tac']);
    await page.getByText('Đã cập nhật thông tin cán bộ.').waitFor();
    await row.getByText('Thành viên Tổ công tác').waitFor();
    expect(await row.textContent()).toContain('Lãnh đạo tiếp công dân');
    expectNoPageErrors(env.browser);
  });

  it('the audit log filters by action and shows before/after', async () => {
    const { page } = env.browser;
    await page.goto(`${env.app.url}/admin/audit`);
    const filters = page.getByTestId('audit-filters');
    await filters.getByLabel('Hành động').fill('unit.merged');
    await page.keyboard.press('Escape');
    await page.getByTestId('audit-filter').click();
    const row = page.getByTestId('audit-table').locator('tr.ant-table-row', { hasText: 'Sáp nhập đơn vị' });
    await row.waitFor();
    await expect.poll(() => page.getByTestId('audit-table').locator('tr.ant-table-row').count()).toBe(1);
    await row.getByRole('button').first().click();
    await page.getByText('Sau khi thay đổi').waitFor();
    expect(await page.locator('pre.json-block').last().textContent()).toContain('Phường Khúc Phong');
    expectNoPageErrors(env.browser);
  });
});
