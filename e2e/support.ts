/**
 * The browser journeys run against the real server on an embedded database with the demo data, serving the
 * built web app. Each test file gets its own server (its own copy of the data, no ordering between files) and its
 * own browser profile. Chromium is Debian's (/usr/bin/chromium) driven by playwright-core.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, onTestFailed } from 'vitest';
import type { Role } from '../core/domain/org/roles';
import { startTiepdan } from '../server/start';
import { startedDatabase } from '../server/test/templates';

export const ROOT = resolve(import.meta.dirname, '..');
export const WEB_DIST = join(ROOT, 'dist', 'web');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const VIEWPORT = { width: 1366, height: 768 };
export const DEMO_PASSWORD = 'demo';

/** The demo accounts and the role each holds (server/demo); the nav expectations derive from these. */
export const DEMO_USERS: Record<string, Role> = {
  admin: 'admin',
  lanhdao: 'leader',
  tiepdan: 'reception_officer',
  xulydon: 'petition_processor',
  giaiquyet: 'case_handler',
  congan: 'police_liaison',
  thanhtra: 'inspectorate',
  suoihoa: 'ward_officer',
  xem: 'read_only',
  canbo2dv: 'ward_officer',
};

let built = false;
/**
 * Builds the web app once per run if dist/web is missing or older than its sources, with the project's own
 * build-if-stale script. vitest sets NODE_ENV=test, which would give a development React build; users get
 * the production one, so the e2e suite measures and drives that.
 */
export function ensureWebBuilt(): void {
  if (built) return;
  execFileSync(process.execPath, ['scripts/build.mjs', 'web'], { cwd: ROOT, stdio: 'inherit' });
  built = true;
}

export interface TestApp {
  url: string;
  close(): Promise<void>;
}

/**
 * A real server on a random port and a data directory of its own with the demo organisation and accounts: a copy
 * of this run's first start (server/test/templates.ts), which the server opens as it does after a restart.
 */
export async function startApp(opts: { demoRosters?: boolean } = {}): Promise<TestApp> {
  ensureWebBuilt();
  const database = await startedDatabase({ engine: 'sqlite', demoRosters: opts.demoRosters ?? false });
  const running = await startTiepdan({ dataDir: database.dataDir, port: 0, host: '127.0.0.1', demo: true, demoRosters: opts.demoRosters ?? false, logLevel: 'warn', webDir: WEB_DIST });
  return {
    url: running.url,
    close: async () => {
      await running.close();
      await database.drop();
    },
  };
}

export interface TestBrowser {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions in the page; a journey that throws in the browser fails even if it looks right. */
  pageErrors: string[];
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'tiepdan-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: VIEWPORT,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return {
    context,
    page,
    pageErrors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Signs in through the login form and waits for the shell (or the forced password change screen). */
export async function login(page: Page, baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-password').press('Enter');
  await page.locator('[data-testid="nav-home"], [data-testid="forced-password"]').first().waitFor();
}

/** The data-testids of every nav item the user can see, with the Quản trị group opened. */
export async function visibleNavTestIds(page: Page): Promise<string[]> {
  await page.getByTestId('nav-home').waitFor();
  const admin = page.getByTestId('nav-admin');
  if ((await admin.count()) > 0) {
    const firstChild = page.locator('[data-testid^="nav-admin-"]').first();
    if (!(await firstChild.isVisible().catch(() => false))) await admin.click();
    await firstChild.waitFor();
  }
  const ids = await page.locator('[data-testid^="nav-"]:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''));
  return [...new Set(ids)].sort();
}

/**
 * Picks an option in an antd Select/TreeSelect whose root carries `testId`, and checks it took: a click that
 * lands while the popup is still sliding in can miss, so try again rather than fail on animation timing.
 */
export async function pickOption(page: Page, testId: string, label: string, search?: string): Promise<void> {
  const select = page.getByTestId(testId);
  for (let attempt = 1; ; attempt++) {
    await select.click();
    if (search) await page.keyboard.type(search);
    const option = page.locator('.ant-select-dropdown:visible, .ant-tree-select-dropdown:visible').last().locator(`[title="${label}"]`).first();
    await option.waitFor();
    await option.click();
    try {
      await expect.poll(() => select.textContent(), { timeout: 2000 }).toContain(label);
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

/**
 * Chooses an item of the account menu (top right) and checks it took: the menu closes on a click it received. On a
 * busy machine a click that lands while the menu is still sliding in can miss, and the menu then stays open.
 */
export async function accountMenu(page: Page, itemTestId: string): Promise<void> {
  await page.getByTestId('account-menu').click();
  const item = page.getByTestId(itemTestId);
  for (let attempt = 1; ; attempt++) {
    await item.click();
    try {
      await item.waitFor({ state: 'hidden', timeout: 2000 });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

/** Gzipped bytes of every script the page loaded from the app (what a user on a slow line downloads). */
export async function loadedScriptBytes(page: Page): Promise<{ files: string[]; gzipBytes: number }> {
  const urls = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => n.endsWith('.js')),
  );
  const files = [...new Set(urls.map((u) => new URL(u).pathname))];
  let gzipBytes = 0;
  for (const f of files) gzipBytes += gzipSync(readFileSync(join(WEB_DIST, f))).length;
  return { files, gzipBytes };
}

/** The built file (as the page requests it, `/assets/…`) of a source module, from Vite's manifest. */
export function builtFile(source: string): string {
  const manifest = JSON.parse(readFileSync(join(WEB_DIST, '.vite', 'manifest.json'), 'utf8')) as Record<string, { file: string }>;
  const entry = manifest[source];
  if (!entry) throw new Error(`${source} is not in the build manifest`);
  return `/${entry.file}`;
}

export function expectNoPageErrors(browser: TestBrowser): void {
  expect(browser.pageErrors, browser.pageErrors.join('\n')).toEqual([]);
}

/**
 * Where failure screenshots go: under the project's test output folder (or $E2E_ARTIFACTS), in a folder named by the
 * time and process of this test file's run, so two runs on one machine never overwrite each other's evidence.
 */
export const SCREENSHOT_DIR = join(process.env.E2E_ARTIFACTS ?? join(ROOT, '.test-output', 'e2e'), `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`);

/** The file a failed test's screenshot goes to: named after its test file and title, inside this run's folder. */
export function screenshotPath(testFile: string, title: string): string {
  const slug = (s: string) => s.replace(/[^\p{L}\d]+/gu, '-').replace(/^-|-$/g, '').slice(0, 80);
  return join(SCREENSHOT_DIR, `${slug(basename(testFile, '.test.ts'))}--${slug(title)}.png`);
}

/** Keeps a screenshot of the page when a test fails, and says where. */
export function screenshotOnFailure(getBrowser: () => TestBrowser | undefined): void {
  beforeEach((ctx) => {
    onTestFailed(async () => {
      const page = getBrowser()?.page;
      if (!page) return;
      const path = screenshotPath(ctx.task.file.filepath, ctx.task.name);
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path, fullPage: true }).catch(() => undefined);
      console.error(`screenshot: ${path} (url ${page.url()})`);
    });
  });
}

/**
 * One server on a fresh database and one browser for the tests of a describe block, closed after them, with a
 * screenshot kept of any failure. The fields are filled before the first test runs.
 */
export function appInBrowser(opts: { demoRosters?: boolean } = {}): { app: TestApp; browser: TestBrowser } {
  const env = {} as { app: TestApp; browser: TestBrowser };
  beforeAll(async () => {
    env.app = await startApp(opts);
    env.browser = await launchBrowser();
  });
  screenshotOnFailure(() => env.browser);
  afterAll(async () => {
    await env.browser?.close();
    await env.app?.close();
  });
  return env;
}
