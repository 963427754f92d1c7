import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { docxText } from '../server/modules/documents/docx';
import { appInBrowser, expectNoPageErrors, login, pickOption } from './support';

const DATE = /^\d{2}\/\d{2}\/\d{4}$/;

/** Downloads the document behind a link of the page (the page's own session) and reads its text. */
async function documentText(page: Page, testId: string): Promise<string> {
  const href = await page.getByTestId(testId).getAttribute('href');
  expect(href).toMatch(/^\/api\/documents\/\d+\/file$/);
  const res = await page.request.get(new URL(href as string, page.url()).toString());
  expect(res.status()).toBe(200);
  return docxText(await res.body());
}

/**
 * Picks the first citizen the register offers for `query` in the visit form whose name matches `matching` (the list of a
 * shorter prefix stays on screen while the full query is asked), and returns the name shown.
 */
async function pickFirstPerson(page: Page, query: string, matching: RegExp): Promise<string> {
  await page.getByTestId('visit-people').click();
  await page.keyboard.type(query);
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: matching }).first();
  await option.waitFor();
  const name = (await option.getAttribute('title')) ?? '';
  await option.click();
  await page.keyboard.press('Escape');
  return name;
}

describe('tiếp công dân, xử lý đơn, vụ việc', () => {
  const env = appInBrowser();
  /** The letter journey 4 registers and accepts, whose case journey 5 opens. */
  let letterId = 0;
  let caseId = 0;

  beforeAll(async () => {
    await login(env.browser.page, env.app.url, 'tiepdan');
  });

  it('journey 3: the reception officer records a visit of a registered citizen, seeing the history while choosing him', async () => {
    const { page } = env.browser;
    await page.getByTestId('nav-reception').click();
    await page.getByText('Sổ tiếp công dân: ghi lượt tiếp').waitFor();
    await page.getByTestId('visit-add').click();
    const name = await pickFirstPerson(page, 'nguyen van', /^Nguyễn Văn /);
    expect(name).toMatch(/^Nguyễn Văn /);
    // The citizen's history (within scope, with the shared register's totals) shows beside the form.
    const totals = page.locator('[data-testid^="person-history-"] [data-testid="history-totals"]');
    await totals.waitFor();
    expect(await totals.textContent()).toMatch(/^Trong sổ chung: \d+ lượt tiếp · \d+ đơn · \d+ vụ việc$/);
    const personId = Number((await page.locator('[data-testid^="person-history-"]').getAttribute('data-testid'))?.replace('person-history-', ''));

    await pickOption(page, 'visit-request-type', 'Kiến nghị');
    await page.getByTestId('visit-content').fill('Đề nghị sửa chữa đường ngõ 12 phố Nguyễn Gia Thiều bị sụt lún.');
    await pickOption(page, 'visit-outcome', 'Giải thích');
    await page.getByTestId('visit-save').click();
    await page.getByText('Đã ghi lượt tiếp vào sổ.').waitFor();

    const first = page.getByTestId('visits-table').locator('tr.ant-table-row').first();
    await expect.poll(() => first.textContent()).toContain(name);
    expect(await first.textContent()).toContain('Giải thích');
    expect(await first.textContent()).toContain('Kiến nghị');

    // The citizen's record page lists the visit where the placeholders were.
    await page.goto(`${env.app.url}/people/${personId}`);
    const visits = page.getByTestId('history-visits');
    await visits.waitFor();
    await expect.poll(() => visits.textContent()).toContain('Giải thích');
    expectNoPageErrors(env.browser);
  });

  it('journey 4: the letter processor registers a complaint, classifies it and proposes acceptance; its clock shows the days left', async () => {
    const { page } = env.browser;
    await login(page, env.app.url, 'xulydon');
    await page.getByTestId('nav-letters').click();
    await page.getByTestId('letter-add').click();
    await pickOption(page, 'letter-request-type', 'Khiếu nại');
    await page.getByTestId('letter-summary').fill('Khiếu nại quyết định thu hồi đất');
    await page.getByTestId('letter-content').fill('Ông Lê Văn Khiếu khiếu nại Quyết định số 125/QĐ-UBND về việc thu hồi đất tại phường Vũ Ninh.');
    await page.getByTestId('letter-sender-0').getByLabel('Họ tên').fill('Lê Văn Khiếu');
    await page.getByTestId('letter-sender-0').getByLabel('Địa chỉ').fill('Phường Vũ Ninh, thành phố Bắc Ninh');
    await page.getByTestId('letter-save').click();
    await page.getByText(/^Đã vào sổ đơn số \d+\/\d{4}\.$/).waitFor();
    await page.waitForURL(/\/letters\/\d+$/);
    letterId = Number(/\/letters\/(\d+)$/.exec(page.url())?.[1]);
    expect(await page.getByTestId('letter-title').textContent()).toMatch(/^Đơn số \d+\/\d{4}$/);
    expect(await page.getByTestId('letter-state').textContent()).toBe('Mới tiếp nhận, chờ phân loại');
    expect(await page.getByTestId('letter-senders').textContent()).toContain('Lê Văn Khiếu');
    // The processing clock: due date as dd/mm/yyyy and the working days left.
    const due = page.getByTestId('clocks').getByTestId('clock-due').first();
    await due.waitFor();
    expect((await due.getByTestId('clock-due-date').textContent())?.trim()).toMatch(DATE);
    expect(await due.textContent()).toMatch(/còn \d+ ngày|đến hạn hôm nay/);

    await page.getByTestId('classify-save').click();
    await page.getByText('Đã lưu phân loại đơn.').waitFor();
    await expect.poll(() => page.getByTestId('letter-state').textContent()).toBe('Đã phân loại, chờ xử lý');

    await pickOption(page, 'decide-decision', 'Đề xuất thụ lý');
    await page.getByTestId('decide-save').click();
    await page.getByText('Đã ghi kết quả xử lý đơn.').waitFor();
    await expect.poll(() => page.getByTestId('letter-state').textContent()).toBe('Đã xử lý');
    expect(await page.getByTestId('letter-decision').textContent()).toBe('Đề xuất thụ lý');
    // Acceptance proposed: the letter now belongs to a case.
    const caseLink = page.getByTestId('letter-case');
    await caseLink.waitFor();
    caseId = Number(/Vụ việc #(\d+)/.exec((await caseLink.textContent()) ?? '')?.[1]);
    expect(caseId).toBeGreaterThan(0);
    // The proposal to accept was issued with the decision: listed on the letter, downloaded and read.
    const proposal = await documentText(page, 'document-acceptance_proposal');
    expect(proposal).toContain('Lê Văn Khiếu');
    expect(proposal).toContain('Khiếu nại quyết định thu hồi đất');
    // The register finds it by its content typed without diacritics; the search stays in the address.
    await page.getByTestId('nav-letters').click();
    await page.getByPlaceholder('Tìm trong nội dung (gõ không dấu cũng được)').fill('thu hoi dat vu ninh');
    await page.getByPlaceholder('Tìm trong nội dung (gõ không dấu cũng được)').press('Enter');
    await page.waitForURL(/\/letters\?q=thu\+hoi\+dat\+vu\+ninh$/);
    await page.getByTestId(`letter-link-${letterId}`).waitFor();
    expectNoPageErrors(env.browser);
  });

  it('a denunciation’s writer is listed as «Người tố cáo (được giữ bí mật)» to a user not cleared for it', async () => {
    const { page } = env.browser;
    await page.goto(`${env.app.url}/letters`);
    await page.getByTestId('letter-add').click();
    await pickOption(page, 'letter-request-type', 'Tố cáo');
    await page.getByTestId('letter-content').fill('Tố cáo cán bộ địa chính nhận tiền khi làm thủ tục cấp giấy chứng nhận.');
    await page.getByTestId('letter-sender-0').getByLabel('Họ tên').fill('Trần Văn Bímật');
    await page.getByTestId('letter-save').click();
    await page.waitForURL(/\/letters\/\d+$/);
    const denunciation = page.url();
    await page.getByTestId('letter-senders').waitFor();
    await page.goto(`${env.app.url}/letters`);
    const row = page.getByTestId('letters-table').locator('tr.ant-table-row').first();
    await row.getByTestId('letter-sealed').waitFor();
    expect(await row.textContent()).toContain('Người tố cáo (được giữ bí mật)');
    expect(await page.getByTestId('letters-table').textContent()).not.toContain('Bímật');

    // Forwarded once to the inspectorate: the numbered transfer slip carries the content, never the denouncer.
    await page.goto(denunciation);
    await pickOption(page, 'decide-decision', 'Chuyển đơn');
    await page.getByLabel('Hoặc cơ quan ngoài hệ thống').fill('Thanh tra tỉnh Bắc Ninh');
    await page.getByTestId('decide-signer-name').fill('Nguyễn Văn Ký');
    await page.getByTestId('decide-signer-title').fill('Phó Chủ tịch');
    await page.getByTestId('decide-save').click();
    await page.getByText('Đã ghi kết quả xử lý đơn.').waitFor();
    const numberLine = ((await page.getByTestId('document-number-denunciation_transfer').textContent()) ?? '').split(' · ')[0] ?? '';
    expect(numberLine).toMatch(/^Số: \d{2,}\/PC-[A-ZĐ]+$/);
    const slip = await documentText(page, 'document-denunciation_transfer');
    expect(slip).toContain(numberLine);
    expect(slip).toContain('Thanh tra tỉnh Bắc Ninh');
    expect(slip).toContain('Tố cáo cán bộ địa chính nhận tiền');
    expect(slip).toContain('Nguyễn Văn Ký');
    expect(slip).not.toContain('Bímật');
    expectNoPageErrors(env.browser);
  });

  it('journey 5: the case handler finds the case with its due date and days left, and opens its timeline', async () => {
    const { page } = env.browser;
    await login(page, env.app.url, 'giaiquyet');
    await page.getByTestId('nav-cases').click();
    const due = page.getByTestId(`case-due-${caseId}`);
    await due.waitFor();
    expect((await page.getByTestId(`case-due-${caseId}-date`).textContent())?.trim()).toMatch(DATE);
    expect(await due.textContent()).toMatch(/còn \d+ ngày|đến hạn hôm nay|quá hạn \d+ ngày/);

    await page.getByTestId(`case-link-${caseId}`).click();
    await page.waitForURL(new RegExp(`/cases/${caseId}$`));
    expect(await page.getByTestId('case-title').textContent()).toContain(`Vụ việc #${caseId}`);
    expect((await page.getByTestId('case-due-date').textContent())?.trim()).toMatch(DATE);
    expect(await page.getByTestId('case-details').textContent()).toContain('Khiếu nại');
    expect(await page.getByTestId('case-details').textContent()).toContain('Lê Văn Khiếu');
    await page.getByTestId('case-timeline').waitFor();
    await page.getByTestId('case-actions').waitFor();
    expect(letterId).toBeGreaterThan(0);
    expectNoPageErrors(env.browser);
  });

  it('a step on a case someone has just moved is refused with the server’s message, and the case reloads', async () => {
    const { page } = env.browser;
    await login(page, env.app.url, 'lanhdao');
    await page.goto(`${env.app.url}/cases/${caseId}`);
    await page.getByTestId('case-step-thu_ly').waitFor();
    // Another leader accepts the case first (same API, from this page's session), so the screen's version is stale.
    const status = await page.evaluate(async (id) => {
      const current = (await (await fetch(`/api/cases/${id}`)).json()) as { version: number };
      const csrf = decodeURIComponent(/(?:^|; )tiepdan_csrf=([^;]*)/.exec(document.cookie)?.[1] ?? '');
      const res = await fetch(`/api/cases/${id}/transitions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
        body: JSON.stringify({ transition: 'thu_ly', version: current.version }),
      });
      return res.status;
    }, caseId);
    expect(status).toBe(200);
    expect(await page.getByTestId('case-state').textContent()).toBe('Chờ thụ lý');

    await page.getByTestId('case-step-thu_ly').click();
    await page.getByTestId('step-save').click();
    await page.getByText(/Dữ liệu đã được tải lại, vui lòng kiểm tra và thao tác lại\./).waitFor();
    await expect.poll(() => page.getByTestId('case-state').textContent()).toBe('Đang giải quyết');
    expect(await page.getByTestId('case-timeline').textContent()).toContain('Thụ lý');
    expect(await page.getByTestId('case-step-thu_ly').count()).toBe(0);

    // The leader urges the case: the urging letter is numbered, on the timeline, and downloads as issued.
    await page.getByTestId('case-urge').click();
    await page.getByTestId('urge-request').fill('khẩn trương giải quyết và báo cáo kết quả về Ủy ban nhân dân thành phố.');
    await page.getByTestId('urge-save').click();
    await page.getByText('Đã ban hành văn bản đôn đốc').waitFor();
    const link = page.getByTestId('event-document-urging');
    await link.waitFor();
    const urgingNumber = /Số: \d{2,}\/[A-ZĐ-]+/.exec((await link.textContent()) ?? '')?.[0] ?? '';
    expect(urgingNumber).not.toBe('');
    const urging = await documentText(page, 'event-document-urging');
    expect(urging).toContain(urgingNumber);
    expect(urging).toContain('khẩn trương giải quyết và báo cáo kết quả');
    expectNoPageErrors(env.browser);
  });
});
