import { describe, expect, it } from 'vitest';
import { generate } from 'otplib';
import { accountMenu, appInBrowser, expectNoPageErrors, login } from './support';

describe('mật khẩu và xác thực hai lớp', () => {
  const env = appInBrowser();

  it('a password reset by the administrator must be replaced at the next sign-in', async () => {
    const { page } = env.browser;
    await login(page, env.app.url, 'admin');
    await page.goto(`${env.app.url}/admin/accounts`);
    await page.getByTestId('accounts-search').locator('input').fill('xem');
    await page.getByTestId('accounts-search').locator('input').press('Enter');
    await page.getByTestId('account-xem-more').click();
    await page.getByTestId('account-xem-reset_password').click();
    await page.getByLabel('Mật khẩu mới').fill('XemLai2021');
    await page.getByLabel('Mật khẩu mới').press('Enter');
    await page.getByText('Đã đặt lại mật khẩu.').waitFor();
    await page.locator('tr', { hasText: 'xem' }).getByText('Chờ đổi mật khẩu').waitFor();

    await login(page, env.app.url, 'xem', 'XemLai2021');
    await page.getByTestId('forced-password').waitFor();
    expect(await page.getByTestId('nav-home').count()).toBe(0);
    await page.getByTestId('pw-current').fill('XemLai2021');
    await page.getByTestId('pw-new').fill('short');
    await page.getByTestId('pw-confirm').fill('other');
    await page.getByTestId('pw-submit').click();
    await page.getByText('Mật khẩu cần ít nhất 8 ký tự, gồm cả chữ và số.').waitFor();
    await page.getByText('Mật khẩu nhập lại không khớp.').waitFor();
    await page.getByTestId('pw-new').fill('CuaToi2021');
    await page.getByTestId('pw-confirm').fill('CuaToi2021');
    await page.getByTestId('pw-confirm').press('Enter');
    await page.getByTestId('nav-home').waitFor();

    await login(page, env.app.url, 'xem', 'CuaToi2021');
    await page.getByTestId('nav-home').waitFor();
    expectNoPageErrors(env.browser);
  });

  it('turning on two-factor authentication makes the login ask for the code', async () => {
    const { page } = env.browser;
    await login(page, env.app.url, 'lanhdao');
    await accountMenu(page, 'menu-totp-enable');
    // The server asks for the current password again before the second factor changes.
    await page.getByTestId('totp-password').fill('sai-mat-khau');
    await page.getByTestId('totp-continue').click();
    await page.getByText('Mật khẩu hiện tại không đúng').waitFor();
    await page.getByTestId('totp-password').fill('demo');
    await page.getByTestId('totp-continue').click();
    const secretEl = page.getByTestId('totp-secret');
    await secretEl.waitFor();
    const secret = ((await secretEl.textContent()) ?? '').trim();
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await page.getByTestId('totp-token').fill(await generate({ secret }));
    await page.getByTestId('totp-token').press('Enter');
    await page.getByText('Đã bật xác thực hai lớp.', { exact: false }).waitFor();

    await page.context().clearCookies();
    await page.goto(`${env.app.url}/login`);
    await page.getByTestId('login-username').fill('lanhdao');
    await page.getByTestId('login-password').fill('demo');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('login-totp').waitFor();
    await page.getByTestId('login-info').waitFor();
    await page.getByTestId('login-totp').fill('000000');
    await page.getByTestId('login-totp').press('Enter');
    await page.getByTestId('login-error').waitFor();
    // The enrolment code's time step is spent; the next step's code is within the server's tolerance.
    await page.getByTestId('login-totp').fill(await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }));
    await page.getByTestId('login-totp').press('Enter');
    await page.getByTestId('nav-home').waitFor();

    // And off again, with the password.
    await accountMenu(page, 'menu-totp-disable');
    await page.getByRole('dialog').getByLabel('Mật khẩu hiện tại').fill('demo');
    await page.getByRole('dialog').getByLabel('Mật khẩu hiện tại').press('Enter');
    await page.getByText('Đã tắt xác thực hai lớp.').waitFor();
    expectNoPageErrors(env.browser);
  });
});
