/**
 * What a person reads must read whole and in their language: at 1366×768 no menu label or column is cut off, codes
 * are shown as words in Vietnamese and English, unbuilt sections say so, and the login page logs no error.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accountMenu, appInBrowser, expectNoPageErrors, login, ROOT, screenshotPath, VIEWPORT } from './support';

/** Elements whose text does not fit their box (an ellipsis or a clipped end). */
async function cutOff(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els) =>
    els
      .filter((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return el.scrollWidth > el.clientWidth || range.getBoundingClientRect().width > el.clientWidth + 0.5;
      })
      .map((el) => el.textContent ?? ''),
  );
}

/** Elements that reach past the right edge of the box that shows them (hidden under a scroll or the card's edge). */
async function pastEdge(page: Page, container: string, selector: string): Promise<string[]> {
  return page.locator(container).evaluate((box, sel) => {
    const edge = box.getBoundingClientRect().right;
    return [...box.querySelectorAll(sel)].filter((el) => el.getBoundingClientRect().right > edge + 0.5).map((el) => el.textContent ?? '');
  }, selector);
}

async function switchLanguage(page: Page, label: 'English' | 'Tiếng Việt', check: string): Promise<void> {
  await page.getByTestId('lang-switch').getByText(label).click();
  await page.getByTestId('nav-home').getByText(check).waitFor();
}

describe('đọc được trọn vẹn', () => {
  const env = appInBrowser();

  it('the login page loads without a console error: the signed-out session check is not a failure', async () => {
    const { page } = env.browser;
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.context().clearCookies();
    await page.goto(`${env.app.url}/login`);
    await page.getByTestId('login-username').waitFor();
    await page.reload();
    await page.getByTestId('login-username').waitFor();
    // Signing out lands on the same page, again without an error.
    await login(page, env.app.url, 'tiepdan');
    await accountMenu(page, 'menu-logout');
    await page.getByTestId('login-username').waitFor();
    await page.reload();
    await page.getByTestId('login-username').waitFor();
    expect(errors).toEqual([]);
    expectNoPageErrors(env.browser);
  });

  it('at 1366 px every menu label reads whole, in Vietnamese and in English', async () => {
    const { page } = env.browser;
    expect(page.viewportSize()).toEqual(VIEWPORT);
    await login(page, env.app.url, 'admin');
    await page.getByTestId('nav-admin').click();
    await page.locator('[data-testid="nav-admin-audit"]').waitFor();
    const labels = page.locator('.ant-menu-title-content');
    expect(await labels.allTextContents()).toContain('Sự việc & đoàn đông người');
    expect(await cutOff(page, '.ant-menu-title-content')).toEqual([]);
    await switchLanguage(page, 'English', 'Overview');
    expect(await labels.allTextContents()).toContain('Incidents & mass delegations');
    expect(await cutOff(page, '.ant-menu-title-content')).toEqual([]);
    await switchLanguage(page, 'Tiếng Việt', 'Tổng quan');
  });

  it('at 1366 px the citizen search shows the "Lý do khớp" column whole, and in English its reasons are English', async () => {
    const { page } = env.browser;
    const results = page.getByTestId('people-results');
    const search = async () => {
      await page.goto(`${env.app.url}/people`);
      await page.getByTestId('people-search').fill('nguyen van');
      await results.locator('tr.ant-table-row').first().waitFor();
    };
    await search();
    await results.locator('th', { hasText: 'Lý do khớp' }).waitFor();
    const scroller = '[data-testid="people-results"] .ant-table-content';
    expect(await page.locator(scroller).evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
    expect(await pastEdge(page, scroller, 'th, .ant-tag')).toEqual([]);
    expect(await cutOff(page, '[data-testid="people-results"] th')).toEqual([]);
    const viReasons = await results.locator('[data-reason]').allTextContents();
    expect(viReasons.some((r) => r.startsWith('Họ tên tương tự'))).toBe(true);

    await switchLanguage(page, 'English', 'Overview');
    await search();
    await results.locator('th', { hasText: 'Why it matches' }).waitFor();
    expect(await page.locator(scroller).evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
    expect(await pastEdge(page, scroller, 'th, .ant-tag')).toEqual([]);
    const enReasons = await results.locator('[data-reason]').allTextContents();
    expect(enReasons).toContain('Similar name');
    // Vietnamese letters outside ASCII would mean a label escaped translation.
    expect(enReasons.filter((r) => /[^\x20-\x7e]/.test(r))).toEqual([]);
    await switchLanguage(page, 'Tiếng Việt', 'Tổng quan');
    expectNoPageErrors(env.browser);
  });

  it('the audit log names each action and object in words, in Vietnamese and in English', async () => {
    const { page } = env.browser;
    const table = page.getByTestId('audit-table');
    const showViewed = async (actionLabel: string) => {
      await page.goto(`${env.app.url}/admin/audit`);
      await page.getByTestId('audit-filters').getByLabel(actionLabel).fill('audit.viewed');
      await page.keyboard.press('Escape');
      await page.getByTestId('audit-filter').click();
      await expect.poll(() => table.locator('tr.ant-table-row').count()).toBeGreaterThan(0);
    };
    await showViewed('Hành động');
    const row = table.locator('tr.ant-table-row').first();
    expect(await row.textContent()).toContain('Xem nhật ký hệ thống');
    expect(await row.locator('td', { hasText: /^Nhật ký hệ thống$/ }).count()).toBe(1);
    await switchLanguage(page, 'English', 'Overview');
    await showViewed('Action');
    expect(await row.textContent()).toContain('Audit log viewed');
    expect(await row.locator('td', { hasText: /^Audit log$/ }).count()).toBe(1);
    await switchLanguage(page, 'Tiếng Việt', 'Tổng quan');
    expectNoPageErrors(env.browser);
  });

  it('the home page says plainly which sections are not built yet, after the ones that work', async () => {
    const { page } = env.browser;
    await page.goto(`${env.app.url}/`);
    await page.getByTestId('home-link-people').waitFor();
    const tiles = await page.locator('[data-testid^="home-link-"]').evaluateAll((els) =>
      els.map((el) => ({ key: (el.getAttribute('data-testid') ?? '').slice('home-link-'.length), planned: el.getAttribute('data-planned') === 'true', text: el.textContent ?? '' })),
    );
    const planned = tiles.filter((t) => t.planned).map((t) => t.key);
    expect(planned.sort()).toEqual(['reports']);
    for (const tile of tiles) expect(tile.text.includes('Chưa xây dựng'), tile.key).toBe(tile.planned);
    // Working sections first: no built tile after an unbuilt one.
    expect(tiles.findIndex((t) => t.planned)).toBe(tiles.length - planned.length);
    expect(await page.getByTestId('home-planned-note').textContent()).toContain('chưa dùng để làm việc được');
    expectNoPageErrors(env.browser);
  });

  it('a failed test leaves its screenshot in the project test output folder, named by file and title', () => {
    const path = screenshotPath(`${ROOT}/e2e/calendar.test.ts`, 'Giỗ Tổ Hùng Vương (10/3) falls on Sunday');
    expect(path.startsWith(`${process.env.E2E_ARTIFACTS ?? `${ROOT}/.test-output/e2e`}/`)).toBe(true);
    expect(path.endsWith('/calendar--Giỗ-Tổ-Hùng-Vương-10-3-falls-on-Sunday.png')).toBe(true);
  });
});
