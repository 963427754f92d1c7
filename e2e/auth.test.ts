import { describe, expect, it } from 'vitest';
import { accountMenu, appInBrowser, builtFile, expectNoPageErrors, loadedScriptBytes, login } from './support';

/** The login route is everyone's first download, often over a ward office's slow line. */
const LOGIN_BUDGET_GZIP_BYTES = 350 * 1000;

describe('đăng nhập', () => {
  const env = appInBrowser();

  it('shows the Vietnamese login screen within the bundle budget', async () => {
    const { page } = env.browser;
    await page.goto(`${env.app.url}/`);
    await page.waitForURL(/\/login$/);
    await expect.poll(() => page.getByTestId('product-name').textContent()).toBe('tiepdan — Tiếp công dân và xử lý đơn');
    expect(await page.getByRole('heading', { name: 'Đăng nhập' }).count()).toBe(1);
    expect(await page.getByLabel('Tên đăng nhập').count()).toBe(1);
    expect(await page.getByLabel('Mật khẩu').count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await page.waitForLoadState('networkidle');
    const { files, gzipBytes } = await loadedScriptBytes(page);
    expect(files.some((f) => /UnitsPage|AccountsPage|AuditPage|Shell/.test(f)), files.join(', ')).toBe(false);
    expect(gzipBytes).toBeLessThanOrEqual(LOGIN_BUDGET_GZIP_BYTES);
    // Strings come per language and per group of screens: Vietnamese shared and login strings only.
    expect(files).toContain(builtFile('src/i18n/vi/pack.ts'));
    const notYet = ['en/pack.ts', ...['shell', 'admin', 'people', 'calendar'].flatMap((part) => [`vi/${part}.json`, `en/${part}.json`])];
    expect(files.filter((f) => notYet.some((source) => builtFile(`src/i18n/${source}`) === f))).toEqual([]);
    expectNoPageErrors(env.browser);
  });

  it('a wrong password shows the server message in Vietnamese', async () => {
    const { page } = env.browser;
    await page.goto(`${env.app.url}/login`);
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill('sai-mat-khau');
    await page.getByTestId('login-submit').click();
    const error = page.getByTestId('login-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(page.url()).toContain('/login');
  });

  it('empty fields are refused on the client with Vietnamese messages', async () => {
    const { page } = env.browser;
    await page.goto(`${env.app.url}/login`);
    await page.getByTestId('login-submit').click();
    await page.getByText('Vui lòng nhập tên đăng nhập.').waitFor();
    await page.getByText('Vui lòng nhập mật khẩu.').waitFor();
  });

  it('signs in, keeps the page asked for, and signs out', async () => {
    const { page } = env.browser;
    await page.context().clearCookies();
    await page.goto(`${env.app.url}/admin/accounts`);
    await page.waitForURL(/\/login\?next=/);
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill('demo');
    await page.getByTestId('login-password').press('Enter');
    await page.waitForURL(/\/admin\/accounts$/);
    await page.getByTestId('accounts-table').waitFor();
    expect(await page.getByTestId('user-name').textContent()).toBe('Quản trị hệ thống');
    expect(await page.getByTestId('user-roles').textContent()).toBe('Quản trị hệ thống');

    await accountMenu(page, 'menu-logout');
    await page.waitForURL(/\/login$/);
    await page.getByText('Bạn đã đăng xuất.').waitFor();
    // The session is really gone: the API refuses and the shell is not reachable.
    const status = await page.evaluate(async () => (await fetch('/api/me')).status);
    expect(status).toBe(401);
    expectNoPageErrors(env.browser);
  });

  it('a lost session anywhere sends the user back to the login page, then back to his page', async () => {
    const { page } = env.browser;
    await login(page, env.app.url, 'admin');
    await page.getByTestId('nav-admin').click();
    await page.getByTestId('nav-admin-places').click();
    await page.waitForURL(/\/admin\/places$/);
    // Let the page's own requests finish first: one still in flight when the cookie goes would itself send the
    // user to the login page, before the click this test is about.
    await page.getByTestId('places-add').waitFor();
    await page.waitForLoadState('networkidle');
    // The session disappears (expired, revoked): the next data request answers 401.
    await page.context().clearCookies();
    await page.getByTestId('nav-admin-units').click();
    await page.waitForURL(/\/login\?next=%2Fadmin%2Funits$/);
    await page.getByText('Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.').waitFor();
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill('demo');
    await page.getByTestId('login-submit').click();
    await page.waitForURL(/\/admin\/units$/);
    await page.getByTestId('units-table').waitFor();
    expectNoPageErrors(env.browser);
  });
});
