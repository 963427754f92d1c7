/**
 * Screenshots of the main screens at 1366×768 for a human look (not a test): layout, wording, density.
 * Usage: npx tsx e2e/tools/screenshots.ts [outDir]   (default: $TMPDIR/tiepdan-screens)
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, login, startApp } from '../support';

const out = process.argv[2] ?? join(tmpdir(), 'tiepdan-screens');
mkdirSync(out, { recursive: true });

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(400); // let antd's enter animations finish
  await page.screenshot({ path: join(out, `${name}.png`) });
  console.log(join(out, `${name}.png`));
}

const app = await startApp();
const browser = await launchBrowser();
const { page } = browser;
try {
  await page.goto(`${app.url}/login`);
  await shot(page, '01-login');
  await page.getByTestId('login-username').fill('admin');
  await page.getByTestId('login-password').fill('sai');
  await page.getByTestId('login-submit').click();
  await page.getByTestId('login-error').waitFor();
  await shot(page, '02-login-error');

  await login(page, app.url, 'admin');
  await shot(page, '03-home-admin');
  for (const [path, name] of [
    ['/admin/units', '04-units'],
    ['/admin/places', '05-places'],
    ['/admin/officers', '06-officers'],
    ['/admin/accounts', '07-accounts'],
    ['/admin/audit', '08-audit'],
    ['/reception', '09-reception-placeholder'],
  ] as const) {
    await page.goto(`${app.url}${path}`);
    await shot(page, name);
  }
  await page.goto(`${app.url}/admin/accounts`);
  await page.getByTestId('accounts-add').click();
  await shot(page, '10-account-create');
  await page.keyboard.press('Escape');
  await page.goto(`${app.url}/admin/units`);
  await page.getByTestId('units-merge').click();
  await shot(page, '11-units-merge');
  await page.keyboard.press('Escape');
  await page.goto(`${app.url}/admin/audit`);
  await page.locator('.ant-table-row-expand-icon:not(.ant-table-row-expand-icon-spaced)').first().click();
  await shot(page, '12-audit-expanded');
  await page.getByTestId('account-menu').click();
  await shot(page, '13-account-menu');
  await page.keyboard.press('Escape');

  await page.goto(`${app.url}/admin/units`);
  await page.getByTestId('unit-BN-TP-P-KINHBAC-edit').click();
  await shot(page, '17-unit-edit');
  await page.keyboard.press('Escape');
  await page.getByTestId('account-menu').click();
  await page.getByTestId('menu-totp-enable').click();
  await page.getByTestId('totp-secret').waitFor();
  await shot(page, '18-totp-enable');
  await page.keyboard.press('Escape');
  await page.getByTestId('lang-switch').getByText('English').click();
  await page.goto(`${app.url}/admin/accounts`);
  await shot(page, '19-accounts-english');
  await page.getByTestId('lang-switch').getByText('Tiếng Việt').click();
  // An administrator's reset forces the next sign-in through the password change screen.
  await page.evaluate(async () => {
    const list = (await (await fetch('/api/accounts?q=xem')).json()) as { items: { id: number; username: string }[] };
    const id = list.items.find((a) => a.username === 'xem')?.id;
    const csrf = decodeURIComponent(document.cookie.split('; ').find((c) => c.startsWith('tiepdan_csrf='))?.split('=')[1] ?? '');
    await fetch(`/api/accounts/${id}/reset-password`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf }, body: JSON.stringify({ newPassword: 'XemLai2021' }) });
  });
  await login(page, app.url, 'xem', 'XemLai2021');
  await shot(page, '20-forced-password');

  await login(page, app.url, 'canbo2dv');
  await shot(page, '14-home-two-units');
  await page.getByTestId('lang-switch').getByText('English').click();
  await shot(page, '15-home-english');
  await page.getByTestId('lang-switch').getByText('Tiếng Việt').click();

  await page.setViewportSize({ width: 1024, height: 768 });
  await login(page, app.url, 'admin');
  await page.goto(`${app.url}/admin/accounts`);
  await shot(page, '16-tablet-accounts');
} finally {
  await browser.close();
  await app.close();
}
