/**
 * tiepdan's command line: `npx tiepdan <command>` or `npm run cli -- <command>`.
 * Works on the database the server would use (DATA_DIR / DATABASE_URL).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import cliProgress from 'cli-progress';
import type { z } from 'zod';
import { isRole, permissionsOf } from '@core/domain/org/roles';
import { ZAccountCreate, ZUnitCreate } from '@core/schemas/org';
import { searchKey } from '@core/domain/text/normalize';
import { ConfigError, loadConfig } from './config';
import { bool, openDatabase, type Db } from './db/database';
import { migrateToLatest, type MigrationReport } from './db/migrate';
import { seedDemo } from './demo/seed-demo';
import { seedPeriodsDemo } from './demo/periods-demo';
import { systemClock } from './platform/clock';
import { systemMeta, type Actor } from './platform/context';
import { verifyAuditChain, writeAudit } from './modules/audit/audit.repo';
import { countSealed, loadSealer, rotateSealed } from './platform/sealing';
import { openStorage } from './platform/storage';
import { hashPassword, isStrongPassword } from './modules/auth/passwords';
import { createAccount } from './modules/accounts/accounts.service';
import { createUnit } from './modules/org/units.service';

const HELP = `tiepdan — công cụ dòng lệnh

  migrate                         Cập nhật cấu trúc cơ sở dữ liệu
  init --unit-code MÃ --unit-name "Tên đơn vị" [--unit-kind province] [--valid-from YYYY-MM-DD]
       --username U --password P --full-name "Họ tên"
                                  Cài đặt mới (cơ sở dữ liệu trống): tạo đơn vị gốc và quản trị viên đầu tiên
                                  (loại đơn vị: province, city, district, ward, commune, agency, police, front,
                                  other); mật khẩu có thể đặt trong TIEPDAN_PASSWORD thay cho --password. Quản
                                  trị viên phải đổi mật khẩu ở lần đăng nhập đầu.
  seed-demo                       Nạp dữ liệu mẫu (TP Bắc Ninh 2021) vào cơ sở dữ liệu trống
  create-user --username U --password P --full-name "Họ tên" --role R --unit MÃ_ĐƠN_VỊ
                                  Tạo tài khoản (vai trò: admin, leader, reception_officer, petition_processor,
                                  case_handler, police_liaison, inspectorate, ward_officer, read_only)
  audit verify [--checkpoint ID:BĂM]
                                  Kiểm tra toàn bộ chuỗi băm của nhật ký và mã xác thực (MAC) đầu chuỗi bằng khóa
                                  AUDIT_KEY; in ra điểm kiểm tra để lưu giữ bên ngoài và so lần sau (--checkpoint)
  keys rotate                     Khóa niêm phong danh tính người tố cáo: thêm khóa mới (tệp khóa) rồi mã hóa lại
                                  mọi giá trị và tệp đã niêm phong bằng khóa hiện hành; chạy lại an toàn
  keys status                     Số giá trị, tệp niêm phong theo từng khóa
  backup [--out TỆP]              SQLite: sao lưu trực tuyến; PostgreSQL: chạy pg_dump -Fc. Mặc định ghi vào
                                  DATA_DIR/sao-luu/; không ghi vào thư mục mã nguồn (tệp chứa dữ liệu cá nhân)
  restore --from TỆP              SQLite: khôi phục từ tệp sao lưu (dừng máy chủ trước)

Biến môi trường: DATA_DIR (mặc định ./data), DATABASE_URL (postgres://… để dùng PostgreSQL),
SEALING_KEYS ("k2:<base64>,k1:<base64>", khóa đầu là khóa hiện hành) hoặc SEALING_KEY_FILE (mặc định DATA_DIR/sealing-keys.json),
AUDIT_KEY (khóa mã xác thực nhật ký, ít nhất 32 ký tự; bắt buộc khi NODE_ENV=production).`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    username: { type: 'string' },
    password: { type: 'string' },
    'full-name': { type: 'string' },
    role: { type: 'string' },
    unit: { type: 'string' },
    'unit-code': { type: 'string' },
    'unit-name': { type: 'string' },
    'unit-kind': { type: 'string' },
    'valid-from': { type: 'string' },
    out: { type: 'string' },
    from: { type: 'string' },
    checkpoint: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

class CliError extends Error {}

const ROOT = resolve(import.meta.dirname, '..');
const engineName = (db: Db) => (db.engine === 'sqlite' ? 'SQLite' : 'PostgreSQL');
const inside = (dir: string, path: string) => {
  const r = relative(dir, path);
  return !r.startsWith('..') && !isAbsolute(r);
};

function bar(label: string) {
  return new cliProgress.SingleBar({ format: `${label} [{bar}] {percentage}% | {value}/{total}`, hideCursor: true }, cliProgress.Presets.shades_classic);
}

async function withDb<T>(fn: (db: Db, migrated: MigrationReport) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = openDatabase(config);
  try {
    return await fn(db, await migrateToLatest(db));
  } finally {
    await db.close();
  }
}

async function createUser(db: Db): Promise<void> {
  const username = values.username?.trim().toLowerCase();
  const password = values.password ?? process.env.TIEPDAN_PASSWORD;
  const role = values.role ?? 'admin';
  if (!username || !/^[a-z0-9._-]{3,50}$/.test(username)) throw new CliError('Thiếu hoặc sai --username (3–50 ký tự: chữ không dấu, số, . _ -).');
  if (!password || !isStrongPassword(password)) throw new CliError('Thiếu --password hoặc mật khẩu yếu (ít nhất 8 ký tự, gồm chữ và số).');
  if (!isRole(role)) throw new CliError(`Vai trò không hợp lệ: ${role}.`);
  const unit = values.unit
    ? await db.kysely.selectFrom('units').select(['id', 'name']).where('code', '=', values.unit).executeTakeFirst()
    : await db.kysely.selectFrom('units').select(['id', 'name']).where('parent_id', 'is', null).orderBy('id').executeTakeFirst();
  if (!unit) throw new CliError(values.unit ? `Không có đơn vị mã ${values.unit}.` : 'Chưa có đơn vị nào: hãy chạy init để tạo đơn vị gốc và quản trị viên đầu tiên.');
  const passwordHash = await hashPassword(password);
  const now = db.clock.nowIso();
  await db.transaction(async (tx) => {
    const row = await tx
      .insertInto('accounts')
      .values({ username, password_hash: passwordHash, full_name: values['full-name'] ?? username, name_key: searchKey(values['full-name'] ?? username), officer_id: null, active: bool(true), must_change_password: bool(false), totp_secret: null, totp_enabled: bool(false), language: 'vi', last_login_at: null, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx.insertInto('account_roles').values({ account_id: row.id, unit_id: unit.id, role }).execute();
    await writeAudit(tx, db, systemMeta('cli'), { action: 'account.created', entity: 'account', entityId: row.id, after: { username, role, unitId: unit.id } });
  });
  console.log(`Đã tạo tài khoản ${username} (${role}) tại ${unit.name}.`);
}

const INIT_OPTIONS: Record<string, string> = {
  code: '--unit-code',
  name: '--unit-name',
  kind: '--unit-kind',
  validFrom: '--valid-from',
  username: '--username',
  password: '--password',
  fullName: '--full-name',
};

/** The first zod problem as the operator typed it: the option's name and the schema's Vietnamese message. */
function firstProblem(error: z.ZodError): CliError {
  const issue = error.issues[0];
  const option = INIT_OPTIONS[String(issue?.path[0] ?? '')] ?? String(issue?.path.join('.') ?? '');
  return new CliError(`Tham số ${option} không hợp lệ: ${issue?.message ?? 'giá trị không hợp lệ'}.`);
}

/**
 * A production install from an empty database: the root of the unit tree and its first administrator, through
 * the same services (and the same checks and audit) as the web screens. Everything is validated before anything
 * is written; the password was typed on a command line, so the administrator replaces it at the first sign-in.
 */
async function init(db: Db): Promise<void> {
  const unit = ZUnitCreate.safeParse({
    code: values['unit-code'] ?? '',
    name: values['unit-name'] ?? '',
    kind: values['unit-kind'] ?? 'province',
    parentId: null,
    validFrom: values['valid-from'] ?? db.clock.today(),
  });
  if (!unit.success) throw firstProblem(unit.error);
  const account = ZAccountCreate.safeParse({
    username: values.username ?? '',
    password: values.password ?? process.env.TIEPDAN_PASSWORD ?? '',
    fullName: values['full-name'] ?? '',
    assignments: [{ unitId: 1, role: 'admin' }],
  });
  if (!account.success) throw firstProblem(account.error);
  if (!isStrongPassword(account.data.password)) throw new CliError('Tham số --password không hợp lệ: mật khẩu cần ít nhất 8 ký tự, gồm chữ và số.');
  const existing = await db.kysely.selectFrom('units').select('id').limit(1).executeTakeFirst();
  if (existing) throw new CliError('Cơ sở dữ liệu đã có đơn vị: init chỉ dùng cho cài đặt mới. Để thêm tài khoản, dùng create-user.');

  const meta = systemMeta('cli');
  const root = await createUnit(db, cliActor(new Set()), unit.data, meta);
  const admin = await createAccount(db, cliActor(new Set([root.id])), { ...account.data, assignments: [{ unitId: root.id, role: 'admin' }] }, meta);
  console.log(`Đã tạo đơn vị gốc ${root.name} (${root.code}) và quản trị viên ${admin.username}. Hãy đăng nhập bằng tài khoản này và đổi mật khẩu.`);
}

/** The command line acts as a whole-tree administrator over the units it is given (audited as "cli"). */
function cliActor(scope: Set<number>): Actor {
  return {
    accountId: 0,
    username: 'cli',
    fullName: 'Dòng lệnh',
    language: 'vi',
    mustChangePassword: false,
    totpEnabled: false,
    sessionId: '',
    assignments: [],
    activeUnitId: null,
    roles: ['admin'],
    permissions: permissionsOf(['admin']),
    scope,
    scopeIsEverything: true,
  };
}

/**
 * Key rotation (platform/sealing.ts). With a key file: a new key is added and made current, then every sealed
 * value and file is re-encrypted under it. With SEALING_KEYS: the operator has put the new key first and restarted
 * the instances; this re-encrypts under it. Interrupted, it is simply run again.
 */
async function keys(db: Db, sub: string | undefined): Promise<void> {
  // Every module registers its sealed columns and files when it loads: load them all, as the server does.
  await import('./app');
  const config = loadConfig();
  const storage = openStorage(config);
  if (sub === 'status') {
    const sealer = loadSealer(config);
    console.log(`Khóa hiện hành: ${sealer.currentKeyId} (${sealer.keySource === 'env' ? 'SEALING_KEYS' : config.sealing.keyFile}); có: ${sealer.keyIds.join(', ')}.`);
    for (const c of await countSealed(db, storage)) console.log(`  ${c.place}: ${Object.entries(c.byKey).map(([k, n]) => `${k} ${n}`).join(', ') || 'không có'}`);
    return;
  }
  if (sub !== 'rotate') throw new CliError('Cách dùng: tiepdan keys rotate, hoặc tiepdan keys status.');
  const fresh = !config.sealing.keys && !existsSync(config.sealing.keyFile);
  const sealer = loadSealer(config, { create: true });
  if (fresh) console.log(`Đã tạo tệp khóa ${config.sealing.keyFile} với khóa ${sealer.currentKeyId}. Hãy sao lưu tệp này riêng, không để cùng bản sao lưu cơ sở dữ liệu.`);
  else if (sealer.keySource === 'file') console.log(`Đã thêm khóa ${sealer.addKey()} và đặt làm khóa hiện hành.`);
  const report = await rotateSealed(db, sealer, storage, (place, done) => process.stdout.write(`\r  … ${place}: ${done}`));
  process.stdout.write('\n');
  await db.transaction((tx) => writeAudit(tx, db, systemMeta('cli'), { action: 'sealing.rotated', entity: 'system', after: report }));
  console.log(`Đã mã hóa lại bằng khóa ${report.key}: ${report.values} giá trị, ${report.files} tệp${report.missingFiles ? `; ${report.missingFiles} tệp không tìm thấy` : ''}.`);
}

/**
 * A backup holds every citizen's personal data: by default it goes to the data directory (ignored by git, like the
 * database itself), and an explicit path inside the source checkout is refused rather than left lying in the repo.
 */
function backupPath(db: Db): string {
  const { dataDir } = loadConfig();
  const stamp = db.clock.nowIso().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const out = resolve(values.out ?? join(dataDir, 'sao-luu', `tiepdan-${stamp}.${db.engine === 'sqlite' ? 'sqlite' : 'pgdump'}`));
  if (inside(ROOT, out) && !inside(dataDir, out)) {
    throw new CliError(`Không ghi bản sao lưu vào thư mục mã nguồn (${out}): tệp chứa dữ liệu cá nhân của công dân. Bỏ --out để ghi vào ${join(dataDir, 'sao-luu')}, hoặc chọn một đường dẫn ngoài ${ROOT}.`);
  }
  if (existsSync(out)) throw new CliError(`Tệp ${out} đã có: chọn tên khác để không ghi đè một bản sao lưu.`);
  mkdirSync(dirname(out), { recursive: true });
  return out;
}

async function backup(db: Db): Promise<void> {
  const out = backupPath(db);
  if (db.engine === 'postgres') {
    const url = loadConfig().databaseUrl as string;
    const r = spawnSync('pg_dump', ['-Fc', '-f', out, url], { stdio: 'inherit' });
    if (r.error || r.status !== 0) throw new CliError('pg_dump thất bại hoặc chưa được cài (apt-get install postgresql-client). Lệnh tương đương: pg_dump -Fc -f TỆP "$DATABASE_URL".');
    console.log(`Đã sao lưu PostgreSQL ra ${out}. Khôi phục: pg_restore --clean --if-exists -d "$DATABASE_URL" ${out}`);
    return;
  }
  const progress = bar('Sao lưu');
  let started = false;
  // better-sqlite3's online backup copies page by page while the server keeps serving.
  await (db.sqlite as Database.Database).backup(out, {
    progress: ({ totalPages, remainingPages }) => {
      if (!started) progress.start(totalPages, 0);
      started = true;
      progress.update(totalPages - remainingPages);
      return 200;
    },
  });
  progress.stop();
  console.log(`Đã sao lưu cơ sở dữ liệu (SQLite), ${(statSync(out).size / 1024 / 1024).toFixed(1)} MB, ra ${out}.`);
}

function restore(): void {
  const from = values.from;
  if (!from || !existsSync(from)) throw new CliError('Thiếu --from TỆP, hoặc tệp đó không tồn tại.');
  const config = loadConfig();
  if (config.databaseUrl) throw new CliError('Với PostgreSQL, hãy khôi phục bằng pg_restore --clean --if-exists -d "$DATABASE_URL" TỆP.');
  const check = new Database(from, { readonly: true });
  try {
    const ok = check.pragma('integrity_check', { simple: true });
    const hasAudit = check.prepare("select count(*) as n from sqlite_master where name = 'audit_head'").get() as { n: number };
    if (ok !== 'ok' || !hasAudit.n) throw new CliError('Tệp sao lưu hỏng hoặc không phải cơ sở dữ liệu tiepdan.');
  } finally {
    check.close();
  }
  const target = `${config.dataDir}/tiepdan.sqlite`;
  if (existsSync(target)) copyFileSync(target, `${target}.truoc-khoi-phuc-${systemClock.nowMs()}`);
  for (const suffix of ['-wal', '-shm']) rmSync(target + suffix, { force: true });
  copyFileSync(from, target);
  console.log(`Đã khôi phục ${target} từ ${from} (bản cũ được giữ bên cạnh). Hãy khởi động lại máy chủ.`);
}

async function main(): Promise<void> {
  const [command, sub] = positionals;
  if (values.help || !command) return console.log(HELP);
  switch (command) {
    case 'migrate':
      return withDb(async (db, { applied }) =>
        console.log(
          applied.length
            ? `Đã cập nhật cấu trúc cơ sở dữ liệu (${engineName(db)}): ${applied.join(', ')}.`
            : `Cơ sở dữ liệu (${engineName(db)}) đã ở phiên bản mới nhất.`,
        ),
      );
    case 'seed-demo':
      return withDb(async (db) => {
        const r = await seedDemo(db, (step) => console.log(`  … ${step}`), loadSealer(loadConfig(), { create: true }));
        if (r.seeded) await seedPeriodsDemo(db, { rosters: true });
        console.log(
          r.seeded
            ? `Đã nạp dữ liệu mẫu vào cơ sở dữ liệu (${engineName(db)}): ${r.units} đơn vị, ${r.officers} cán bộ, ${r.accounts} tài khoản (mật khẩu: demo), ${r.people} công dân, ${r.visits} lượt tiếp, ${r.letters} đơn, ${r.cases} vụ việc.`
            : `Cơ sở dữ liệu (${engineName(db)}) đã có đơn vị nên không nạp dữ liệu mẫu.`,
        );
      });
    case 'init':
      return withDb(init);
    case 'create-user':
      return withDb(createUser);
    case 'audit':
      if (sub !== 'verify') throw new CliError('Cách dùng: tiepdan audit verify [--checkpoint ID:BĂM]');
      return withDb(async (db) => {
        const given = values.checkpoint?.match(/^(\d{1,12}):([0-9a-f]{64})$/);
        if (values.checkpoint !== undefined && !given) throw new CliError('--checkpoint có dạng ID:BĂM (số thứ tự bản ghi và mã băm 64 ký tự hex, như lần kiểm tra trước đã in).');
        const progress = bar('Kiểm tra nhật ký');
        let started = false;
        const result = await verifyAuditChain(db, {
          key: db.auditKey,
          checkpoint: given ? { id: Number(given[1]), hash: given[2] as string } : undefined,
          onProgress: (done, total) => {
            if (!started) progress.start(total, 0);
            started = true;
            progress.update(done);
          },
        });
        progress.stop();
        if (result.ok) {
          console.log(`Nhật ký toàn vẹn: ${result.checked} bản ghi; mã xác thực đầu chuỗi khớp với khóa ${result.head.mac?.split(':')[0] ?? '(chưa có)'}.`);
          console.log(`Điểm kiểm tra (lưu ngoài máy chủ, lần sau chạy với --checkpoint): ${result.head.id}:${result.head.hash}`);
        } else {
          console.error(`Nhật ký KHÔNG toàn vẹn (${result.problems.length} vấn đề):`);
          for (const p of result.problems.slice(0, 50)) console.error(`  - ${p.id === null ? 'đầu chuỗi' : `bản ghi #${p.id}`}: ${p.problem}`);
          process.exitCode = 1;
        }
      });
    case 'keys':
      return withDb((db) => keys(db, sub));
    case 'backup':
      return withDb(backup);
    case 'restore':
      return restore();
    default:
      throw new CliError(`Không có lệnh "${command}".\n\n${HELP}`);
  }
}

// The person at the terminal gets a sentence, not a stack trace: what went wrong and, where known, what to do.
main().catch((error: unknown) => {
  if (error instanceof CliError) console.error(error.message);
  else if (error instanceof ConfigError) console.error(`${error.message}\nXem bảng biến môi trường trong README.md.`);
  else if ((error as { code?: string }).code === 'ECONNREFUSED') console.error(`Không kết nối được PostgreSQL (DATABASE_URL): ${(error as Error).message}. Máy chủ cơ sở dữ liệu đã chạy chưa?`);
  else console.error(`Lệnh thất bại: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
