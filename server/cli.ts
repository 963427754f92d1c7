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
import { isRole } from '@core/domain/org/roles';
import { ConfigError, loadConfig } from './config';
import { bool, openDatabase, type Db } from './db/database';
import { migrateToLatest, type MigrationReport } from './db/migrate';
import { seedDemo } from './demo/seed-demo';
import { systemClock } from './platform/clock';
import { systemMeta } from './platform/context';
import { verifyAuditChain, writeAudit } from './modules/audit/audit.repo';
import { countSealed, loadSealer, rotateSealed } from './platform/sealing';
import { openStorage } from './platform/storage';
import { hashPassword, isStrongPassword } from './modules/auth/passwords';

const HELP = `tiepdan — công cụ dòng lệnh

  migrate                         Cập nhật cấu trúc cơ sở dữ liệu
  seed-demo                       Nạp dữ liệu mẫu (TP Bắc Ninh 2021) vào cơ sở dữ liệu trống
  create-user --username U --password P --full-name "Họ tên" --role R --unit MÃ_ĐƠN_VỊ
                                  Tạo tài khoản (vai trò: admin, leader, reception_officer, petition_processor,
                                  case_handler, police_liaison, inspectorate, ward_officer, read_only)
  audit verify                    Kiểm tra toàn bộ chuỗi băm của nhật ký
  keys rotate                     Khóa niêm phong danh tính người tố cáo: thêm khóa mới (tệp khóa) rồi mã hóa lại
                                  mọi giá trị và tệp đã niêm phong bằng khóa hiện hành; chạy lại an toàn
  keys status                     Số giá trị, tệp niêm phong theo từng khóa
  backup [--out TỆP]              SQLite: sao lưu trực tuyến; PostgreSQL: chạy pg_dump -Fc. Mặc định ghi vào
                                  DATA_DIR/sao-luu/; không ghi vào thư mục mã nguồn (tệp chứa dữ liệu cá nhân)
  restore --from TỆP              SQLite: khôi phục từ tệp sao lưu (dừng máy chủ trước)

Biến môi trường: DATA_DIR (mặc định ./data), DATABASE_URL (postgres://… để dùng PostgreSQL),
SEALING_KEYS ("k2:<base64>,k1:<base64>", khóa đầu là khóa hiện hành) hoặc SEALING_KEY_FILE (mặc định DATA_DIR/sealing-keys.json).`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    username: { type: 'string' },
    password: { type: 'string' },
    'full-name': { type: 'string' },
    role: { type: 'string' },
    unit: { type: 'string' },
    out: { type: 'string' },
    from: { type: 'string' },
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
  if (!unit) throw new CliError(values.unit ? `Không có đơn vị mã ${values.unit}.` : 'Chưa có đơn vị nào: hãy tạo đơn vị gốc trước (hoặc seed-demo).');
  const passwordHash = await hashPassword(password);
  const now = db.clock.nowIso();
  await db.transaction(async (tx) => {
    const row = await tx
      .insertInto('accounts')
      .values({ username, password_hash: passwordHash, full_name: values['full-name'] ?? username, officer_id: null, active: bool(true), must_change_password: bool(false), totp_secret: null, totp_enabled: bool(false), language: 'vi', last_login_at: null, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx.insertInto('account_roles').values({ account_id: row.id, unit_id: unit.id, role }).execute();
    await writeAudit(tx, db, systemMeta('cli'), { action: 'account.created', entity: 'account', entityId: row.id, after: { username, role, unitId: unit.id } });
  });
  console.log(`Đã tạo tài khoản ${username} (${role}) tại ${unit.name}.`);
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
        console.log(
          r.seeded
            ? `Đã nạp dữ liệu mẫu vào cơ sở dữ liệu (${engineName(db)}): ${r.units} đơn vị, ${r.officers} cán bộ, ${r.accounts} tài khoản (mật khẩu: demo), ${r.people} công dân, ${r.visits} lượt tiếp, ${r.letters} đơn, ${r.cases} vụ việc.`
            : `Cơ sở dữ liệu (${engineName(db)}) đã có đơn vị nên không nạp dữ liệu mẫu.`,
        );
      });
    case 'create-user':
      return withDb(createUser);
    case 'audit':
      if (sub !== 'verify') throw new CliError('Cách dùng: tiepdan audit verify');
      return withDb(async (db) => {
        const progress = bar('Kiểm tra nhật ký');
        let started = false;
        const result = await verifyAuditChain(db, (done, total) => {
          if (!started) progress.start(total, 0);
          started = true;
          progress.update(done);
        });
        progress.stop();
        if (result.ok) console.log(`Nhật ký toàn vẹn: ${result.checked} bản ghi.`);
        else {
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
