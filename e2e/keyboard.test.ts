import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appInBrowser, expectNoPageErrors } from './support';

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName ?? '', text: (el?.textContent ?? '').trim(), testId: el?.closest('[data-testid]')?.getAttribute('data-testid') ?? '' };
  });

/** Tabs forward until `match` holds for the focused element (at most `limit` presses). */
async function tabTo(page: Page, match: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (match(await focused(page))) return;
  }
  throw new Error(`not reached by Tab: last focus ${JSON.stringify(await focused(page))}`);
}

describe('bàn phím', () => {
  const env = appInBrowser();

  it('signs in, skips to content and opens a section with the keyboard only', async () => {
    const { page } = env.browser;
    await page.goto(`${env.app.url}/login`);
    // The username field has focus on arrival; Tab goes to the password; Enter submits.
    await page.getByTestId('login-username').waitFor();
    await expect.poll(async () => (await focused(page)).testId).toBe('login-username');
    await page.keyboard.type('tiepdan');
    await page.keyboard.press('Tab');
    await page.keyboard.type('demo');
    await page.keyboard.press('Enter');
    await page.getByTestId('nav-home').waitFor();

    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Chuyển đến nội dung chính');
    expect(await page.locator('a.skip-link').isVisible()).toBe(true);

    await tabTo(page, (f) => f.testId === 'nav-reception');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/reception$/);
    await page.getByTestId('visits-table').waitFor();

    // The account menu opens from the keyboard too.
    await tabTo(page, (f) => f.testId === 'account-menu');
    await page.keyboard.press('Enter');
    await page.getByTestId('menu-logout').waitFor();
    expectNoPageErrors(env.browser);
  });
});
