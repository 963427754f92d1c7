import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { appInBrowser, expectNoPageErrors, login, pickOption } from './support';

/** The input of an antd DatePicker/InputNumber given its data-testid (antd puts it on the input or on a wrapper). */
const inputOf = (page: Page, testId: string) => page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();

/**
 * The address as the page has it now. It changes the moment a click is handled, while the grid renders after it (a
 * transition, slower on a busy machine): checking it first tells a lost click from a slow render.
 */
const monthInAddress = (page: Page) => page.evaluate(() => new URLSearchParams(window.location.search).get('month'));

/** Types a dd/mm/yyyy date into an antd DatePicker and confirms it. */
async function typeDate(page: Page, input: ReturnType<Page['getByLabel']>, date: string): Promise<void> {
  await input.click();
  await input.fill(date);
  await input.press('Enter');
  await expect.poll(() => input.inputValue()).toBe(date);
}

describe('lịch làm việc', () => {
  const env = appInBrowser();
  beforeAll(async () => {
    await login(env.browser.page, env.app.url, 'suoihoa');
  });

  const day = (date: string) => env.browser.page.getByTestId(`day-${date}`);

  it('February 2026 shows 16–20/02 as Tết days off with the name, and the lunar New Year on 17/02', async () => {
    const { page } = env.browser;
    await page.goto(`${env.app.url}/calendar?month=2026-02`);
    await page.getByTestId('calendar-grid').waitFor();
    expect(await page.getByTestId('calendar-title').textContent()).toBe('Tháng 2 năm 2026');
    for (const d of ['16', '17', '18', '19', '20']) {
      const cell = day(`2026-02-${d}`);
      expect(await cell.getAttribute('data-working')).toBe('false');
      expect(await cell.getAttribute('data-kind')).toBe('holiday');
      expect(await page.getByTestId(`dayname-2026-02-${d}`).textContent()).toBe('Tết Nguyên đán');
    }
    expect(await page.getByTestId('lunar-2026-02-17').textContent()).toBe('1/1');
    expect(await page.getByTestId('lunar-2026-02-16').textContent()).toBe('29/12');
    expect(await day('2026-02-13').getAttribute('data-working')).toBe('true');
    expect(await day('2026-02-23').getAttribute('data-working')).toBe('true');
    expect(await page.getByTestId('calendar-summary').textContent()).toContain('tháng 12 năm Ất Tỵ – tháng 1 năm Bính Ngọ');
    expectNoPageErrors(env.browser);
  });

  it('Giỗ Tổ Hùng Vương (10/3 lunar) falls on Sunday 26/04/2026 and is made up on Monday 27/04', async () => {
    const { page } = env.browser;
    await page.getByTestId('calendar-next').click();
    await page.getByTestId('calendar-next').click();
    expect(await monthInAddress(page)).toBe('2026-04');
    await expect.poll(() => page.getByTestId('calendar-title').textContent()).toBe('Tháng 4 năm 2026');
    await page.getByTestId('dayname-2026-04-26').waitFor();
    expect(await page.getByTestId('dayname-2026-04-26').textContent()).toBe('Giỗ Tổ Hùng Vương');
    expect(await page.getByTestId('lunar-2026-04-26').textContent()).toBe('10/3');
    expect(await day('2026-04-26').getAttribute('aria-label')).toContain('Chủ nhật 26/04/2026');
    expect(await day('2026-04-27').getAttribute('data-kind')).toBe('compensatory');
    expect(await page.getByTestId('dayname-2026-04-27').textContent()).toBe('Nghỉ bù Giỗ Tổ Hùng Vương');
    expect(await day('2026-04-28').getAttribute('data-working')).toBe('true');
  });

  it('every click on the month arrows counts, however fast: clicks without waiting, and a burst inside one task', async () => {
    const { page } = env.browser;
    const title = () => page.getByTestId('calendar-title').textContent();
    await page.goto(`${env.app.url}/calendar?month=2026-02`);
    await page.getByTestId('calendar-grid').waitFor();
    for (let i = 0; i < 5; i++) await page.getByTestId('calendar-next').click();
    expect(await monthInAddress(page)).toBe('2026-07');
    await expect.poll(title).toBe('Tháng 7 năm 2026');
    // Three clicks in one task: nothing can re-render between them, so each must build on the one before it.
    await page.evaluate(() => {
      const prev = document.querySelector<HTMLElement>('[data-testid="calendar-prev"]');
      for (let i = 0; i < 3; i++) prev?.click();
    });
    expect(await monthInAddress(page)).toBe('2026-04');
    await expect.poll(title).toBe('Tháng 4 năm 2026');
    // Across a year boundary too.
    await page.evaluate(() => {
      const next = document.querySelector<HTMLElement>('[data-testid="calendar-next"]');
      for (let i = 0; i < 9; i++) next?.click();
    });
    expect(await monthInAddress(page)).toBe('2027-01');
    await expect.poll(title).toBe('Tháng 1 năm 2027');
    expectNoPageErrors(env.browser);
  });

  it('a year typed in the year box and "<" clicked right away lands on the month before, in that year', async () => {
    const { page } = env.browser;
    const title = () => page.getByTestId('calendar-title').textContent();
    const year = inputOf(page, 'calendar-year');
    await page.goto(`${env.app.url}/calendar?month=2026-06`);
    await page.getByTestId('calendar-grid').waitFor();
    // Each try starts from June (picked in the month box) and ends on May of the typed year.
    for (const [typed, how] of [
      ['2027', 'fill'],
      ['2024', 'keys'],
      ['2031', 'fill'],
      ['2025', 'keys'],
    ] as const) {
      if (how === 'fill') await year.fill(typed);
      else {
        await year.selectText();
        await year.pressSequentially(typed);
      }
      await page.getByTestId('calendar-prev').click();
      expect(await monthInAddress(page)).toBe(`${typed}-05`);
      await expect.poll(title).toBe(`Tháng 5 năm ${typed}`);
      await pickOption(page, 'calendar-month', 'Tháng 6');
    }
    expectNoPageErrors(env.browser);
  });

  it('10 working days from 10/02/2026 is Tuesday 03/03/2026; the working days in between are counted', async () => {
    const { page } = env.browser;
    await page.goto(`${env.app.url}/calendar?month=2026-02`);
    // A day clicked on the grid becomes the start date of the calculator.
    await day('2026-02-10').click();
    const add = page.getByTestId('calc-add');
    await expect.poll(() => add.getByLabel('Từ ngày').inputValue()).toBe('10/02/2026');
    await add.getByLabel('Số ngày').fill('10');
    await expect.poll(() => page.getByTestId('calc-add-result').textContent()).toBe('03/03/2026');
    expect(await add.textContent()).toContain('Thứ Ba');
    await page.getByTestId('calc-add-unit').getByText('Ngày theo lịch').click();
    await expect.poll(() => page.getByTestId('calc-add-result').textContent()).toBe('23/02/2026');

    const count = page.getByTestId('calc-count');
    await typeDate(page, count.getByLabel('Từ ngày'), '10/02/2026');
    await typeDate(page, count.getByLabel('Đến ngày'), '03/03/2026');
    await expect.poll(() => page.getByTestId('calc-count-result').textContent()).toBe('10');
    expectNoPageErrors(env.browser);
  });

  it('a complaint first resolved from 20/10/2021 is due 19/11/2021 under the Law on Complaints', async () => {
    const { page } = env.browser;
    await page.goto(`${env.app.url}/calendar`);
    await page.getByRole('tab', { name: 'Tính thời hạn giải quyết' }).click();
    expect(page.url()).toContain('tab=deadline');
    const form = page.getByTestId('deadline-form');
    await typeDate(page, form.getByLabel('Ngày bắt đầu tính'), '20/10/2021');
    await pickOption(page, 'deadline-type', 'Khiếu nại');
    await pickOption(page, 'deadline-stage', 'Giải quyết khiếu nại lần đầu');
    await form.getByText('Tính từ ngày thụ lý (không tính ngày này).').waitFor();
    await page.getByTestId('deadline-submit').click();
    await expect.poll(() => page.getByTestId('deadline-due').textContent()).toBe('19/11/2021');
    const result = page.getByTestId('deadline-result');
    expect(await result.textContent()).toContain('Thứ Sáu');
    expect(await page.getByTestId('deadline-basis').textContent()).toContain('Luật Khiếu nại 2011');
    expect(await page.getByTestId('deadline-state').textContent()).toBe('Quá hạn');
    expect(await page.getByTestId('deadline-rule-set').textContent()).toContain('TT 07/2014/TT-TTCP');
    expect(await result.textContent()).toContain('30 ngày');

    // A complex case gets the longer limit the law sets (45 days): Saturday 04/12/2021, so the period ends on the
    // next working day, Monday 06/12/2021 (Civil Code art. 148).
    await form.getByLabel('Vụ việc phức tạp').check();
    await page.getByTestId('deadline-submit').click();
    await expect.poll(() => page.getByTestId('deadline-due').textContent()).toBe('06/12/2021');
    expectNoPageErrors(env.browser);
  });

  it('a rule the law refuses comes back as the server explains it (a complex denunciation extended twice)', async () => {
    const { page } = env.browser;
    const form = page.getByTestId('deadline-form');
    await pickOption(page, 'deadline-type', 'Tố cáo');
    await pickOption(page, 'deadline-stage', 'Giải quyết');
    await form.getByLabel('Vụ việc phức tạp').check();
    await page.getByTestId('deadline-add-extension').click();
    await page.getByTestId('deadline-add-extension').click();
    await typeDate(page, form.getByLabel('Ngày quyết định 1'), '10/11/2021');
    await typeDate(page, form.getByLabel('Ngày quyết định 2'), '10/12/2021');
    await page.getByTestId('deadline-submit').click();
    const error = page.getByTestId('deadline-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('đã có 2 lần gia hạn');
    expect(await page.getByTestId('deadline-due').count()).toBe(0);
    // Especially complex cases may be extended twice.
    await form.getByLabel('Vụ việc phức tạp').uncheck();
    await form.getByLabel('Đặc biệt phức tạp').check();
    await page.getByTestId('deadline-submit').click();
    await page.getByTestId('deadline-due').waitFor();
    expect(await page.getByTestId('deadline-result').textContent()).toContain('Gia hạn');
    expectNoPageErrors(env.browser);
  });

  it('the rules table lists the rule set in force on a chosen date', async () => {
    const { page } = env.browser;
    await page.getByRole('tab', { name: 'Bảng thời hạn theo luật' }).click();
    await typeDate(page, page.getByLabel('Áp dụng tại ngày'), '20/10/2021');
    await expect.poll(() => page.getByTestId('rules-set-name').textContent()).toContain('TT 07/2014/TT-TTCP');
    const row = page.getByTestId('rules-table').locator('tr.ant-table-row', { hasText: 'Giải quyết khiếu nại lần đầu' }).first();
    await row.waitFor();
    expect(await row.textContent()).toContain('30 ngày');
    expect(await row.textContent()).toContain('Điều 28');
    expect(await page.getByTestId('rules-table').getByText('Chưa xác minh').count()).toBeGreaterThan(0);
    // A ward officer sees the markers but neither the administrators' count nor the switch of the unit reading.
    expect(await page.getByTestId('rules-unconfirmed-count').count()).toBe(0);
    expect(await page.getByTestId('reading-switch').count()).toBe(0);
  });

  it('the calculator shows the basis as a citation and a plain marker, never a research note (issue 14)', async () => {
    const { page } = env.browser;
    await page.getByRole('tab', { name: 'Tính thời hạn giải quyết' }).click();
    const form = page.getByTestId('deadline-form');
    await typeDate(page, form.getByLabel('Ngày bắt đầu tính'), '28/08/2026');
    await pickOption(page, 'deadline-type', 'Đơn nói chung (khi tiếp nhận)');
    await pickOption(page, 'deadline-stage', 'Phân loại, xử lý đơn');
    await page.getByTestId('deadline-submit').click();
    await page.getByTestId('deadline-due').waitFor();
    const basis = page.getByTestId('deadline-basis');
    expect(await basis.textContent()).toContain('Thông tư 05/2021/TT-TTCP (chưa xác định điều khoản cụ thể)');
    expect(await basis.textContent()).not.toMatch(/OCR|tóm tắt pháp lý|§|Ghi chú/);
    await basis.getByTestId('deadline-unconfirmed').hover();
    await page.getByText('Đối chiếu văn bản gốc trước khi ban hành.').waitFor();
    expectNoPageErrors(env.browser);
  });

  it('a ward officer sees the announced schedules but no button to enter or replace one', async () => {
    const { page } = env.browser;
    await page.getByRole('tab', { name: 'Lịch nghỉ được công bố' }).click();
    const table = page.getByTestId('schedules-table');
    await table.getByText('9441/TB-BNV').waitFor();
    expect(await table.locator('tr.ant-table-row', { hasText: '9441/TB-BNV' }).textContent()).toContain('16/02–20/02 Tết Nguyên đán');
    expect(await page.getByTestId('schedules-add').count()).toBe(0);
    expect(await page.getByText('Nhập lịch thay thế').count()).toBe(0);
    expect(await table.getByRole('button', { name: 'Sửa' }).count()).toBe(0);
    expectNoPageErrors(env.browser);
  });

  it('an administrator enters the 2027 schedule and it is listed', async () => {
    const { page } = env.browser;
    await login(page, env.app.url, 'admin');
    await page.goto(`${env.app.url}/calendar?tab=schedules`);
    // Replacing a year that has shipped schedules first shows what would be replaced.
    await page.getByTestId('schedules-table').getByText('9441/TB-BNV').waitFor();
    await page.getByTestId('schedule-2026-shipped-override').first().click();
    const warning = page.getByTestId('schedule-shipped-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('Năm 2026 đã có');
    expect(await warning.textContent()).toContain('Tết Nguyên đán');
    await page.getByTestId('schedule-start-from-shipped').click();
    await expect.poll(() => page.getByTestId('dayoff-0-name').inputValue()).not.toBe('');
    await page.keyboard.press('Escape');
    await warning.waitFor({ state: 'detached' });

    await page.getByTestId('schedules-add').click();
    const form = page.getByTestId('schedule-form');
    await form.getByLabel('Năm', { exact: true }).fill('2027');
    await form.getByLabel('Số văn bản').fill('1234/TB-BNV');
    await typeDate(page, form.getByLabel('Ngày văn bản'), '15/10/2026');
    await form.getByLabel('Cơ quan ban hành').fill('Bộ Nội vụ');
    await typeDate(page, inputOf(page, 'dayoff-0-date'), '12/02/2027');
    await page.getByTestId('dayoff-0-name').fill('Nghỉ hoán đổi (làm bù thứ Bảy 20/02/2027)');
    await pickOption(page, 'dayoff-0-kind', 'Nghỉ hoán đổi');
    await page.getByTestId('worked-add').click();
    // A weekday cannot be a make-up day: core's rule, checked before sending.
    await typeDate(page, inputOf(page, 'worked-0-date'), '17/02/2027');
    await page.getByTestId('worked-0-reason').fill('Làm bù cho ngày 12/02/2027');
    await page.getByTestId('schedule-save').click();
    await form.getByText('Ngày 17/02/2027 không phải thứ Bảy hoặc Chủ nhật').waitFor();
    await typeDate(page, inputOf(page, 'worked-0-date'), '20/02/2027');
    await page.getByTestId('schedule-save').click();
    await page.getByText('Đã lưu lịch nghỉ năm 2027.').waitFor();

    const row = page.getByTestId('schedules-table').locator('tr.ant-table-row', { hasText: '1234/TB-BNV' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Quản trị viên nhập');
    expect(await row.textContent()).toContain('Đang áp dụng');
    expect(await row.textContent()).toContain('12/02 Nghỉ hoán đổi');
    expect(await row.getByRole('button', { name: 'Sửa' }).count()).toBe(1);
    expectNoPageErrors(env.browser);
  });

  it('the month grid follows the entered 2027 schedule: the year typed, then the arrows back to February', async () => {
    const { page } = env.browser;
    await page.getByRole('tab', { name: 'Lịch tháng' }).click();
    await page.getByTestId('calendar-grid').waitFor();
    // The year box moves the grid to the same month of that year; the arrows then step back to February.
    await inputOf(page, 'calendar-year').fill('2027');
    await expect.poll(() => page.url()).toMatch(/month=2027-\d{2}/);
    const start = Number(/month=2027-(\d{2})/.exec(page.url())?.[1]);
    for (let m = start; m > 2; m--) await page.getByTestId('calendar-prev').click();
    expect(await monthInAddress(page)).toBe('2027-02');
    await expect.poll(() => page.getByTestId('calendar-title').textContent()).toBe('Tháng 2 năm 2027');
    await expect.poll(() => day('2027-02-12').getAttribute('data-kind')).toBe('bridge');
    expect(await day('2027-02-20').getAttribute('data-kind')).toBe('worked-weekend');
    expect(await day('2027-02-20').getAttribute('data-working')).toBe('true');
    expectNoPageErrors(env.browser);
  });

  it('an administrator sees how many rules in force are unverified, and the switch of the reading of "ngày"', async () => {
    const { page } = env.browser;
    await page.goto(`${env.app.url}/calendar?tab=rules`);
    // The tag of the 2026 set picks its first day.
    await page.locator('.ant-tag-checkable', { hasText: 'Hiệu lực từ 01/07/2026' }).click();
    await expect.poll(() => page.getByLabel('Áp dụng tại ngày').inputValue()).toBe('01/07/2026');
    await expect.poll(() => page.getByTestId('rules-unconfirmed-count').textContent()).toContain('1 quy tắc chưa xác minh đang áp dụng');
    expect(await page.getByTestId('rules-set-unverified').textContent()).toBe('Chưa đối chiếu đủ văn bản');
    expect(await page.getByTestId('reading-switch').textContent()).toContain('Đang áp dụng: ngày theo lịch (mặc định)');
    expectNoPageErrors(env.browser);
  });
});
