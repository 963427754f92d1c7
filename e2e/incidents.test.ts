import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoPageErrors, launchBrowser, login, pickOption, screenshotOnFailure, startApp, type TestApp, type TestBrowser } from './support';

/**
 * Journey 6 with two browsers: the police report a delegation from Vũ Ninh; the ward chairman's browser rings within a
 * second, he acknowledges, dispatches his working group and follows it to the end; the police's board follows live.
 */
describe('đoàn đông người: cảnh báo và bảng theo dõi', () => {
  let app: TestApp;
  let police: TestBrowser;
  let chair: TestBrowser;
  beforeAll(async () => {
    app = await startApp();
    [police, chair] = await Promise.all([launchBrowser(), launchBrowser()]);
  });
  screenshotOnFailure(() => chair);
  afterAll(async () => {
    await police?.close();
    await chair?.close();
    await app?.close();
  });

  it('police report, the chairman is alarmed, acknowledges, dispatches and closes; the board follows', async () => {
    await login(chair.page, app.url, 'chutich.vuninh');
    await login(police.page, app.url, 'congan');
    await police.page.goto(`${app.url}/incidents`);
    await police.page.getByTestId('incident-report').click();
    await police.page.getByTestId('incident-address').fill('Trụ sở Tiếp công dân thành phố');
    await police.page.getByTestId('incident-headcount').fill('40');
    await pickOption(police.page, 'incident-wards', 'Phường Vũ Ninh', 'Vũ Ninh');
    await police.page.getByTestId('incident-content').fill('Công dân kiến nghị về bồi thường giải phóng mặt bằng.');
    // The moment the alarm enters the chairman's page, taken in the page itself (the test's polling adds its own delay).
    await chair.page.evaluate(() => {
      const w = window as unknown as { alarmAt: Promise<number> };
      w.alarmAt = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (document.querySelector('[data-testid="alarm"]')) {
            observer.disconnect();
            resolve(Date.now());
          }
        });
        observer.observe(document.body, { subtree: true, childList: true });
      });
    });
    const created = police.page.waitForResponse((r) => r.url().endsWith('/api/incidents') && r.request().method() === 'POST');
    await police.page.getByTestId('incident-save').click();
    expect((await created).status()).toBe(201);
    const committed = Date.now();
    await chair.page.getByTestId('alarm').waitFor({ timeout: 5000 });
    const alarmAt = await chair.page.evaluate(() => (window as unknown as { alarmAt: Promise<number> }).alarmAt);
    expect(alarmAt - committed).toBeLessThan(1000);
    await expect.poll(() => chair.page.getByTestId('alarm').textContent()).toContain('40 người (Phường Vũ Ninh)');

    await chair.page.getByTestId('alarm-ack').click();
    await chair.page.getByTestId('alarm').waitFor({ state: 'hidden' });

    await chair.page.goto(`${app.url}/incidents`);
    await chair.page.getByTestId('board-open').getByText('40 · Phường Vũ Ninh').click();
    await chair.page.getByTestId('incident-dispatch').first().click();
    // The police's board, left open, shows the new step without a reload.
    await police.page.getByTestId('board-open').getByText('Đã cử Tổ công tác').waitFor({ timeout: 10_000 });

    await chair.page.getByTestId('incident-arrive').click();
    await chair.page.getByTestId('incident-step-received').click();
    await chair.page.getByTestId('incident-step-returned').click();
    await chair.page.getByTestId('incident-summary').fill('Tổ công tác đã tiếp, công dân trở về địa phương.');
    await chair.page.getByTestId('incident-step-closed').click();
    await police.page.getByTestId('board-open').getByText('40 · Phường Vũ Ninh').waitFor({ state: 'detached', timeout: 10_000 });
    expectNoPageErrors(police);
    expectNoPageErrors(chair);
  });
});
