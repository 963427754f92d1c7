/** The command line as an operator meets it: a real process, its own environment, its exact words. */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from './db/database';
import { pgExec } from './db/releases/fixtures';
import { rewriteAndRehash } from './test/attacks';
import { prepare } from './start';
import { ENGINE } from './test/support';

const ROOT = resolve(import.meta.dirname, '..');
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const dataDir = mkdtempSync(join(tmpdir(), 'tiepdan-cli-'));
// Named like the test harness's schemas, so `npm test` drops it if this run is interrupted.
const schema = `t_${Math.floor(Date.now() / 1000).toString(36)}_${randomBytes(4).toString('hex')}`;

const pgAdmin = (query: string) => pgExec(DATABASE_URL, query);

/** This leg's database: the SQLite file in dataDir, or a fresh schema reached through the URL's search_path. */
const databaseEnv = (): Record<string, string> =>
  ENGINE === 'postgres' ? { DATABASE_URL: `${DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema},public`)}` } : { DATABASE_URL: '' };

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'server/cli.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, ...databaseEnv(), ...env },
  });
  return { status: r.status, stdout: r.stdout.trim(), stderr: r.stderr.trim() };
}

beforeAll(async () => {
  if (ENGINE === 'postgres') await pgAdmin(`create schema ${schema}`);
});
afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  if (ENGINE === 'postgres') await pgAdmin(`drop schema ${schema} cascade`);
});

/** Back to an empty database (the keys in dataDir stay), for a test that needs other data than the one before. */
async function emptyDatabase(): Promise<void> {
  if (ENGINE === 'postgres') {
    await pgAdmin(`drop schema ${schema} cascade`);
    await pgAdmin(`create schema ${schema}`);
  } else {
    for (const suffix of ['', '-wal', '-shm']) rmSync(join(dataDir, `tiepdan.sqlite${suffix}`), { force: true });
  }
}

const engine = ENGINE === 'sqlite' ? 'SQLite' : 'PostgreSQL';

// Each command is a new process compiling the CLI through tsx: seconds each, more on a busy machine.
describe(`tiepdan CLI (${ENGINE})`, { timeout: 120_000 }, () => {
  it('migrate says in one sentence what it did, naming the engine', () => {
    const first = cli(['migrate']);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(new RegExp(`^Đã cập nhật cấu trúc cơ sở dữ liệu \\(${engine}\\): 0001_platform, 0002_law, 0003_earlier_releases`));
    expect(cli(['migrate']).stdout).toBe(`Cơ sở dữ liệu (${engine}) đã ở phiên bản mới nhất.`);
  });

  it('a configuration error is a Vietnamese sentence, not a stack trace', () => {
    const r = cli(['migrate'], { PORT: 'tám nghìn' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^Biến môi trường PORT không hợp lệ \(giá trị "tám nghìn"\): .*\.\nXem bảng biến môi trường trong README\.md\.$/);
    expect(r.stderr).not.toMatch(/\n\s+at |Error:|Invalid/);
  });

  it('refuses to write a backup into the source checkout (personal data next to the code)', () => {
    const r = cli(['backup', '--out', 'sao-luu.sqlite']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Không ghi bản sao lưu vào thư mục mã nguồn');
    expect(existsSync(join(ROOT, 'sao-luu.sqlite'))).toBe(false);
  });

  // pg_dump reads the whole database named in the URL, every test schema included: the default path is the same
  // code on both engines, checked here on the embedded one.
  it.runIf(ENGINE === 'sqlite')('backs up into the data directory by default, a usable database', () => {
    const r = cli(['backup']);
    expect(r.stderr).toBe('');
    const files = readdirSync(join(dataDir, 'sao-luu'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^tiepdan-\d{8}T\d{6}Z\.sqlite$/);
    expect(r.stdout).toContain(join(dataDir, 'sao-luu', files[0] as string));
    const copy = new Database(join(dataDir, 'sao-luu', files[0] as string), { readonly: true });
    try {
      expect(copy.prepare("select count(*) as n from kysely_migration where name = '0003_earlier_releases'").get()).toEqual({ n: 1 });
    } finally {
      copy.close();
    }
  });

  it('init bootstraps a production install from an empty database; the administrator signs in and works', async () => {
    const production = { NODE_ENV: 'production', SESSION_SECRET: 's'.repeat(40), AUDIT_KEY: 'a'.repeat(40) };
    const args = (over: Record<string, string>) =>
      Object.entries({ '--unit-code': 'BN', '--unit-name': 'Tỉnh Bắc Ninh', '--username': 'quantri', '--password': 'KhoiTao2025', '--full-name': 'Quản Trị Viên', ...over }).flat();

    const short = cli(['init', ...args({ '--username': 'qt' })], production);
    expect(short.status).toBe(1);
    expect(short.stderr).toBe('Tham số --username không hợp lệ: Tên đăng nhập gồm 3–50 ký tự: chữ không dấu, số, dấu chấm, gạch dưới, gạch ngang.');
    const kind = cli(['init', ...args({ '--unit-kind': 'làng' })], production);
    expect(kind.stderr).toMatch(/^Tham số --unit-kind không hợp lệ: /);
    expect(cli(['init', ...args({ '--password': 'yeu' })], production).stderr).toBe('Tham số --password không hợp lệ: mật khẩu cần ít nhất 8 ký tự, gồm chữ và số.');
    for (const r of [short, kind]) expect(r.stderr).not.toMatch(/\n\s+at |Error:/);

    const done = cli(['init', ...args({})], production);
    expect(done.stderr).toBe('');
    expect(done.stdout).toBe('Đã tạo đơn vị gốc Tỉnh Bắc Ninh (BN) và quản trị viên quantri. Hãy đăng nhập bằng tài khoản này và đổi mật khẩu.');
    const again = cli(['init', ...args({ '--unit-code': 'BN2', '--username': 'quantri2' })], production);
    expect(again.status).toBe(1);
    expect(again.stderr).toBe('Cơ sở dữ liệu đã có đơn vị: init chỉ dùng cho cài đặt mới. Để thêm tài khoản, dùng create-user.');

    // The server as production runs it: no demo data, the administrator init made is the only way in.
    const { app, db } = await prepare({
      dataDir,
      demo: false,
      logLevel: 'silent',
      webDir: '/nonexistent',
      ...(ENGINE === 'postgres' ? { databaseUrl: DATABASE_URL, pgSchema: schema } : { databaseUrl: '' }),
    });
    try {
      expect((await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'demo' } })).statusCode).toBe(401);
      const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'quantri', password: 'KhoiTao2025' } });
      expect(login.statusCode).toBe(200);
      expect((login.json() as { user: { mustChangePassword: boolean } }).user.mustChangePassword).toBe(true);
      const cookies = Object.fromEntries(login.cookies.map((c) => [c.name, c.value]));
      const headers = { cookie: `tiepdan_session=${cookies.tiepdan_session}; tiepdan_csrf=${cookies.tiepdan_csrf}`, 'x-csrf-token': cookies.tiepdan_csrf as string };
      const changed = await app.inject({ method: 'POST', url: '/api/me/password', headers, payload: { currentPassword: 'KhoiTao2025', newPassword: 'CuaQuanTri2025' } });
      expect(changed.statusCode).toBe(204);
      const units = await app.inject({ method: 'GET', url: '/api/units', headers });
      expect((units.json() as { items: { code: string; name: string; kind: string; parentId: number | null }[] }).items).toMatchObject([{ code: 'BN', name: 'Tỉnh Bắc Ninh', kind: 'province', parentId: null }]);
      const audit = await db.kysely.selectFrom('audit_log').select(['action', 'actor_name']).where('action', 'in', ['unit.created', 'account.created']).orderBy('id').execute();
      expect(audit).toEqual([
        { action: 'unit.created', actor_name: 'cli' },
        { action: 'account.created', actor_name: 'cli' },
      ]);
    } finally {
      await app.close();
      await db.close();
    }
  });

  it('audit verify prints a checkpoint to keep, then catches a chain rewritten and rehashed, naming the MAC and the checkpoint', async () => {
    await emptyDatabase();
    expect(cli(['seed-demo']).status).toBe(0);
    const intact = cli(['audit', 'verify']);
    expect(intact.status).toBe(0);
    expect(intact.stdout).toMatch(/^Nhật ký toàn vẹn: \d+ bản ghi; mã xác thực đầu chuỗi khớp với khóa [0-9a-f]{8}\./);
    const checkpoint = intact.stdout.match(/--checkpoint\): (\d+:[0-9a-f]{64})$/m)?.[1] as string;
    expect(checkpoint).toBeTruthy();
    expect(cli(['audit', 'verify', '--checkpoint', checkpoint]).status).toBe(0);
    const db = ENGINE === 'postgres' ? openDatabase({ databaseUrl: DATABASE_URL, pgSchema: schema, dataDir }) : openDatabase({ databaseUrl: '', dataDir });
    try {
      await rewriteAndRehash(db, 1, 'ke-gia-mao');
    } finally {
      await db.close();
    }
    const forged = cli(['audit', 'verify', '--checkpoint', checkpoint]);
    expect(forged.status).toBe(1);
    expect(forged.stderr).toMatch(/^Nhật ký KHÔNG toàn vẹn \(2 vấn đề\):/);
    expect(forged.stderr).toContain('Mã xác thực (MAC) của đầu chuỗi không khớp');
    expect(forged.stderr).toContain('điểm kiểm tra');
    expect(cli(['audit', 'verify', '--checkpoint', '12:abc']).stderr).toMatch(/^--checkpoint có dạng ID:BĂM/);
  });
});
