import { beforeAll, describe, expect, it } from 'vitest';
import { appInBrowser, expectNoPageErrors, login } from './support';

/** Journeys 1 and 2 (issue 9): plan a period by copying the seed's, staff it, publish, check in. */
describe('đợt cao điểm và lịch trực', () => {
  const env = appInBrowser({ demoRosters: true });
  beforeAll(async () => {
    await login(env.browser.page, env.app.url, 'lanhdao');
  });

  it("copies the seed's period, generates its roster and publishes it", async () => {
    const { page } = env.browser;
    await page.goto(`${env.app.url}/periods`);
    await page.getByTestId('duty-now').getByText('Trụ sở Tiếp công dân thành phố').first().waitFor();
    const seed = page.getByTestId('periods-table').locator('tr', { hasText: 'Kỳ họp thứ hai' });
    await seed.getByRole('button', { name: 'Sao chép' }).click();
    await page.getByTestId('copy-name').fill('Kỳ họp thứ ba, Quốc hội khóa XV');
    await page.getByTestId('copy-start').fill('04/01/2027');
    await page.getByTestId('copy-start').press('Enter');
    await page.getByRole('button', { name: 'Sao chép' }).last().click();
    await page.waitForURL(/\/periods\/\d+$/);
    await page.getByText('Kỳ họp thứ ba, Quốc hội khóa XV').first().waitFor();
    expect(await page.getByTestId('tasks-progress').textContent()).toContain('Công an thành phố');

    await page.getByTestId('roster-solve').click();
    await page.getByText(/Đã xếp lịch: \d+\/\d+ suất trực/).waitFor({ timeout: 90_000 });
    await page.getByRole('tab', { name: 'Lịch trực' }).click();
    await page.getByTestId('roster-grid').locator('tr.ant-table-row').first().waitFor();
    expect(await page.getByTestId('roster-grid').textContent()).toContain('04/01/2027');

    await page.getByTestId('roster-publish').click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: /OK|Đồng ý/ }).click();
    await page.getByText('Đã ban hành lịch trực.').waitFor();
    expectNoPageErrors(env.browser);
  });

  it('the officer on the current shift of the regular roster checks in', async () => {
    const { page } = env.browser;
    await page.goto(`${env.app.url}/periods`);
    await page.getByTestId('periods-table').getByRole('link', { name: 'Lịch trực tiếp công dân thường xuyên' }).click();
    await page.getByRole('tab', { name: 'Lịch trực' }).click();
    const checkIn = page.getByTestId('roster-grid').locator('[data-testid^="check-in-"]').first();
    await checkIn.click();
    await page.getByText('Đã nhận ca.').waitFor();
    expectNoPageErrors(env.browser);
  });
});
