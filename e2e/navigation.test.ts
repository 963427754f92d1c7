import { describe, expect, it } from 'vitest';
import { permissionsOf, type Permission } from '../core/domain/org/roles';
import { appInBrowser, DEMO_USERS, expectNoPageErrors, login, visibleNavTestIds } from './support';

/**
 * What the menu should show, written out from the product brief (not imported from the web app, so the
 * test checks the app rather than restating it): item → permissions that reveal it (any of; none = all).
 */
const NAV_RULES: [testId: string, anyOf: Permission[]][] = [
  ['nav-home', []],
  ['nav-reception', ['reception.read']],
  ['nav-letters', ['letters.read']],
  ['nav-cases', ['cases.read']],
  ['nav-people', ['people.read']],
  ['nav-periods', ['periods.read']],
  ['nav-incidents', ['incidents.read']],
  ['nav-reports', ['reports.read']],
  ['nav-calendar', ['calendar.read']],
  ['nav-admin', ['org.admin', 'accounts.admin', 'audit.read']],
  ['nav-admin-units', ['org.admin']],
  ['nav-admin-places', ['org.admin']],
  ['nav-admin-officers', ['org.admin']],
  ['nav-admin-accounts', ['accounts.admin']],
  ['nav-admin-audit', ['audit.read']],
];

function expectedNav(permissions: readonly Permission[]): string[] {
  return NAV_RULES.filter(([, anyOf]) => anyOf.length === 0 || anyOf.some((p) => permissions.includes(p)))
    .map(([id]) => id)
    .sort();
}

describe('điều hướng theo vai trò', () => {
  const env = appInBrowser();
  const seen = new Map<string, string[]>();

  for (const [username, role] of Object.entries(DEMO_USERS)) {
    it(`${username} (${role}) sees exactly the items of his permissions`, async () => {
      const { page } = env.browser;
      await login(page, env.app.url, username);
      const ids = await visibleNavTestIds(page);
      seen.set(username, ids);
      expect(ids).toEqual(expectedNav(permissionsOf([role])));
      // The server agrees with the roles table about this user's permissions.
      const me = await page.evaluate(async () => (await fetch('/api/me')).json() as Promise<{ permissions: string[] }>);
      expect([...me.permissions].sort()).toEqual([...permissionsOf([role])].sort());
      expectNoPageErrors(env.browser);
    });
  }

  it('concrete cases from the brief', () => {
    expect(seen.get('xem')).not.toContain('nav-admin');
    expect(seen.get('admin')).toContain('nav-admin');
    expect(seen.get('admin')).toContain('nav-admin-accounts');
    expect(seen.get('suoihoa')).toContain('nav-reception');
    expect(seen.get('suoihoa')).not.toContain('nav-admin-audit');
    // The inspectorate reads the audit log but administers nothing else.
    expect(seen.get('thanhtra')).toEqual(expect.arrayContaining(['nav-admin', 'nav-admin-audit']));
    expect(seen.get('thanhtra')).not.toContain('nav-admin-accounts');
  });

  it('unbuilt sections say in Vietnamese what will come there', async () => {
    const { page } = env.browser;
    await login(page, env.app.url, 'suoihoa');
    await page.getByTestId('nav-reports').click();
    const empty = page.getByTestId('coming-soon-reports');
    await empty.waitFor();
    expect(await empty.textContent()).toContain('Báo cáo ngày tự tổng hợp từ số liệu, báo cáo tổng hợp của Thanh tra thành phố, đánh giá kết thúc đợt, xuất Word và Excel — sẽ có trong phiên bản tới.');
  });

  it('a page the menu hides is refused when typed into the address bar', async () => {
    const { page } = env.browser;
    await login(page, env.app.url, 'xem');
    await page.goto(`${env.app.url}/admin/accounts`);
    await page.getByText('Không có quyền truy cập').waitFor();
  });
});
