import { describe, expect, it } from 'vitest';
import { appInBrowser, expectNoPageErrors, login, pickOption, visibleNavTestIds } from './support';

interface UnitNode {
  name: string;
  children: UnitNode[];
}
const flatten = (nodes: UnitNode[]): string[] => nodes.flatMap((n) => [n.name, ...flatten(n.children)]);

describe('quản trị tài khoản', () => {
  const env = appInBrowser();

  it('an administrator creates a ward officer for phường Kinh Bắc, who then sees only his ward', async () => {
    const { page } = env.browser;
    await login(page, env.app.url, 'admin');
    await page.getByTestId('nav-admin').click();
    await page.getByTestId('nav-admin-accounts').click();
    await page.getByTestId('accounts-table').waitFor();

    await page.getByTestId('accounts-add').click();
    const form = page.getByTestId('account-form');
    await form.waitFor();
    await page.getByTestId('account-username').fill('kinhbac');
    await page.getByTestId('account-password').fill('KinhBac2021');
    await page.getByTestId('account-fullname').fill('Nguyễn Văn Bắc');
    await pickOption(page, 'assignment-0-role', 'Cán bộ phường');
    await pickOption(page, 'assignment-0-unit', 'Phường Kinh Bắc', 'Kinh Bac');
    await page.getByTestId('account-form-save').click();
    await page.getByText('Đã thêm tài khoản kinhbac.').waitFor();
    await form.waitFor({ state: 'detached' });
    const row = page.getByTestId('accounts-table').locator('tr', { hasText: 'kinhbac' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Cán bộ phường · Phường Kinh Bắc');

    // The new officer signs in; an issued password must be replaced first.
    await login(page, env.app.url, 'kinhbac', 'KinhBac2021');
    if (await page.getByTestId('forced-password').isVisible()) {
      await page.getByTestId('pw-current').fill('KinhBac2021');
      await page.getByTestId('pw-new').fill('PhuongKinhBac1');
      await page.getByTestId('pw-confirm').fill('PhuongKinhBac1');
      await page.getByTestId('pw-confirm').press('Enter');
    }
    const nav = await visibleNavTestIds(page);
    expect(nav).not.toContain('nav-admin');
    expect(nav).toContain('nav-reception');
    expect(await page.getByTestId('user-name').textContent()).toBe('Nguyễn Văn Bắc');
    expect(await page.getByTestId('active-unit').textContent()).toBe('Phường Kinh Bắc');

    const units = await page.evaluate(async () => {
      const res = await fetch('/api/units');
      return { status: res.status, body: (await res.json()) as { items: UnitNode[] } };
    });
    expect(units.status).toBe(200);
    expect(flatten(units.body.items)).toEqual(['Phường Kinh Bắc']);
    expectNoPageErrors(env.browser);
  });

  it('the account form refuses bad input with Vietnamese messages before sending', async () => {
    const { page } = env.browser;
    await login(page, env.app.url, 'admin');
    await page.goto(`${env.app.url}/admin/accounts`);
    await page.getByTestId('accounts-add').click();
    await page.getByTestId('account-username').fill('Có Dấu');
    await page.getByTestId('account-password').fill('ngan');
    await page.getByTestId('account-form-save').click();
    await page.getByText('Tên đăng nhập gồm 3–50 ký tự', { exact: false }).waitFor();
    await page.getByText('Mật khẩu cần ít nhất 8 ký tự, gồm cả chữ và số.').waitFor();
    await page.getByText('Vui lòng nhập họ và tên.').waitFor();
    await page.getByText('Vui lòng chọn vai trò.').waitFor();
  });

  it('a stale edit (409) shows the server message and reloads', async () => {
    const { page } = env.browser;
    await login(page, env.app.url, 'admin');
    await page.goto(`${env.app.url}/admin/accounts`);
    await page.getByTestId('accounts-search').locator('input').fill('xulydon');
    await page.getByTestId('accounts-search').locator('input').press('Enter');
    const row = page.getByTestId('accounts-table').locator('tr', { hasText: 'xulydon' });
    await row.waitFor();
    await page.getByTestId('account-xulydon-edit').click();
    await page.getByTestId('account-form').waitFor();
    // Someone else saves the same account meanwhile.
    const changed = await page.evaluate(async () => {
      const list = (await (await fetch('/api/accounts?q=xulydon')).json()) as { items: { id: number; version: number; username: string }[] };
      const acc = list.items.find((a) => a.username === 'xulydon');
      if (!acc) return 0;
      const csrf = document.cookie.split('; ').find((c) => c.startsWith('tiepdan_csrf='))?.split('=')[1] ?? '';
      const res = await fetch(`/api/accounts/${acc.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf) },
        body: JSON.stringify({ version: acc.version, fullName: 'Đỗ Minh Đức (đã sửa)' }),
      });
      return res.status;
    });
    expect(changed).toBe(200);
    await page.getByTestId('account-fullname').fill('Đỗ Minh Đức — bản cũ');
    await page.getByTestId('account-form-save').click();
    await page.getByText('Dữ liệu đã được tải lại', { exact: false }).waitFor();
    await page.getByTestId('account-form').waitFor({ state: 'detached' });
    await row.getByText('Đỗ Minh Đức (đã sửa)').waitFor();
    expectNoPageErrors(env.browser);
  });
});
