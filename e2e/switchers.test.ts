import { describe, expect, it } from 'vitest';
import { appInBrowser, expectNoPageErrors, login, pickOption } from './support';

describe('đơn vị làm việc và ngôn ngữ', () => {
  const env = appInBrowser();

  const activeUnit = () =>
    env.browser.page.evaluate(async () => ((await (await fetch('/api/me')).json()) as { activeUnitId: number; assignments: { unitId: number; unitName: string }[] }));

  it('an officer of two wards switches his working unit', async () => {
    const { page } = env.browser;
    await login(page, env.app.url, 'canbo2dv');
    const switcher = page.getByTestId('unit-switcher');
    await switcher.waitFor();
    const before = await activeUnit();
    const current = before.assignments.find((a) => a.unitId === before.activeUnitId)?.unitName ?? '';
    const other = before.assignments.find((a) => a.unitId !== before.activeUnitId)?.unitName ?? '';
    expect([current, other].sort()).toEqual(['Phường Vũ Ninh', 'Phường Đại Phúc'].sort());
    expect(await switcher.textContent()).toContain(current);

    await pickOption(page, 'unit-switcher', other);
    await page.getByText(`Đã chuyển sang ${other}.`).waitFor();
    const after = await activeUnit();
    expect(after.assignments.find((a) => a.unitId === after.activeUnitId)?.unitName).toBe(other);

    // The choice is the server's, not the tab's: it survives a reload.
    await page.reload();
    await page.getByTestId('unit-switcher').waitFor();
    expect(await page.getByTestId('unit-switcher').textContent()).toContain(other);
    expectNoPageErrors(env.browser);
  });

  it('a single-unit user has no switcher', async () => {
    const { page } = env.browser;
    await login(page, env.app.url, 'suoihoa');
    await page.getByTestId('active-unit').waitFor();
    expect(await page.getByTestId('unit-switcher').count()).toBe(0);
    expect(await page.getByTestId('active-unit').textContent()).toBe('Phường Suối Hoa');
  });

  it('the language switch turns the interface into English and remembers it', async () => {
    const { page } = env.browser;
    await login(page, env.app.url, 'xem');
    expect(await page.getByTestId('nav-home').textContent()).toBe('Tổng quan');
    await page.getByTestId('lang-switch').getByText('English').click();
    await expect.poll(() => page.getByTestId('nav-home').textContent()).toBe('Overview');
    expect(await page.getByTestId('nav-reception').textContent()).toBe('Citizen reception');
    expect(await page.getByTestId('nav-cases').textContent()).toBe('Cases');
    expect(await page.getByTestId('user-roles').textContent()).toBe('Read-only');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByTestId('nav-reception').click();
    // The register's own strings arrive in English with its screen.
    await page.getByText('The reception register: record visits and see a citizen').waitFor();
    expect(await page.getByTestId('visits-table').textContent()).toContain('Received');

    // Saved to the account: still English after a reload and for the next sign-in.
    await page.reload();
    await expect.poll(() => page.getByTestId('nav-home').textContent()).toBe('Overview');
    const me = await page.evaluate(async () => ((await (await fetch('/api/me')).json()) as { language: string }).language);
    expect(me).toBe('en');

    await page.getByTestId('lang-switch').getByText('Tiếng Việt').click();
    await expect.poll(() => page.getByTestId('nav-home').textContent()).toBe('Tổng quan');
    expectNoPageErrors(env.browser);
  });

  it('a screen already open switches language with its own strings and antd texts', async () => {
    const { page } = env.browser;
    await login(page, env.app.url, 'admin');
    await page.goto(`${env.app.url}/admin/places`);
    await page.getByRole('columnheader', { name: 'Phường/xã' }).waitFor();
    await page.getByText('10 / trang').waitFor();
    // The administration strings arrived in Vietnamese with the screen; English has to fetch them before switching.
    await page.getByTestId('lang-switch').getByText('English').click();
    await page.getByRole('columnheader', { name: 'Ward/commune' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Reception places' }).count()).toBe(1);
    await page.getByText('10 / page').waitFor();
    await page.getByTestId('lang-switch').getByText('Tiếng Việt').click();
    await page.getByRole('columnheader', { name: 'Phường/xã' }).waitFor();
    expectNoPageErrors(env.browser);
  });

  it('the login page can be read in English before signing in', async () => {
    const { page } = env.browser;
    await page.context().clearCookies();
    await page.goto(`${env.app.url}/login`);
    await page.getByTestId('lang-switch').getByText('English').click();
    await expect.poll(() => page.getByTestId('login-submit').textContent()).toBe('Sign in');
    await page.getByTestId('lang-switch').getByText('Tiếng Việt').click();
    await expect.poll(() => page.getByTestId('login-submit').textContent()).toBe('Đăng nhập');
  });
});
