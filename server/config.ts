import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

/** Everything the server needs to start, read once from the environment (or given by tests). */
export interface Config {
  production: boolean;
  port: number;
  host: string;
  dataDir: string;
  /** Unset: the embedded SQLite file in dataDir. `postgres://…`: PostgreSQL. */
  databaseUrl: string | undefined;
  /** PostgreSQL schema to work in (tests use a fresh one per file). */
  pgSchema: string | undefined;
  demo: boolean;
  sessionSecret: string;
  /** Mark cookies Secure (behind HTTPS). */
  secureCookies: boolean;
  trustProxy: boolean;
  logLevel: string;
  webDir: string;
  /** Where attachments, issued documents and uploaded templates are kept (see platform/storage.ts). */
  storage: { driver: string; dir: string };
  /** The largest attachment accepted, in bytes. */
  attachmentMaxBytes: number;
  /** The key of the audit log's MAC (modules/audit/audit.repo.ts): AUDIT_KEY, else generated into the data folder. */
  auditKey: string;
  /** Keys sealing denouncers' identities (platform/sealing.ts): SEALING_KEYS, else the key file. */
  sealing: { keys: string | undefined; keyFile: string };
}

// Configuration is read before the app (which sets the same) and by the CLI alone: its messages are Vietnamese too.
z.config(z.locales.vi());

const EnvSchema = z.object({
  NODE_ENV: z.string().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().optional(),
  DATABASE_URL: z.string().optional(),
  DATA_DIR: z.string().default('./data'),
  TIEPDAN_DEMO: z.enum(['true', 'false']).optional(),
  SESSION_SECRET: z.string().min(32, 'SESSION_SECRET phải dài ít nhất 32 ký tự').optional(),
  AUDIT_KEY: z.string().min(32, 'AUDIT_KEY phải dài ít nhất 32 ký tự').optional(),
  SECURE_COOKIES: z.enum(['true', 'false']).optional(),
  TRUST_PROXY: z.enum(['true', 'false']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIR: z.string().default('./dist/web'),
  STORAGE_DRIVER: z.string().default('folder'),
  STORAGE_DIR: z.string().optional(),
  ATTACHMENT_MAX_MB: z.coerce.number().min(1).max(500).default(20),
  SEALING_KEYS: z.string().optional(),
  SEALING_KEY_FILE: z.string().optional(),
});

export class ConfigError extends Error {}

/**
 * Embedded mode generates its secrets into the data folder on first start so that a new user needs nothing;
 * production refuses to start without them rather than run with a secret nobody chose.
 */
function resolveSecret(name: string, given: string | undefined, production: boolean, dataDir: string): string {
  if (given) return given;
  if (production) throw new ConfigError(`Thiếu biến môi trường ${name} (bắt buộc khi NODE_ENV=production). Hãy đặt một chuỗi ngẫu nhiên dài ít nhất 32 ký tự.`);
  const file = resolve(dataDir, 'secrets.json');
  const stored: Record<string, string> = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
  const existing = stored[name];
  if (existing) return existing;
  stored[name] = randomBytes(32).toString('base64url');
  writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  return stored[name];
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const name = first?.path.join('.') ?? '';
    throw new ConfigError(`Biến môi trường ${name} không hợp lệ (giá trị "${env[name] ?? ''}"): ${first?.message}.`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const dataDir = resolve(overrides.dataDir ?? e.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  const databaseUrl = overrides.databaseUrl ?? e.DATABASE_URL;
  const demo = overrides.demo ?? (e.TIEPDAN_DEMO ? e.TIEPDAN_DEMO === 'true' : !production);
  return {
    production,
    port: overrides.port ?? e.PORT,
    // Demo accounts all have the password "demo": such a server answers this machine only, unless HOST says otherwise.
    host: overrides.host ?? e.HOST ?? (demo ? '127.0.0.1' : '0.0.0.0'),
    dataDir,
    databaseUrl: databaseUrl || undefined,
    pgSchema: overrides.pgSchema,
    demo,
    sessionSecret: overrides.sessionSecret ?? resolveSecret('SESSION_SECRET', e.SESSION_SECRET, production, dataDir),
    auditKey: overrides.auditKey ?? resolveSecret('AUDIT_KEY', e.AUDIT_KEY, production, dataDir),
    secureCookies: overrides.secureCookies ?? (e.SECURE_COOKIES ? e.SECURE_COOKIES === 'true' : production),
    trustProxy: overrides.trustProxy ?? e.TRUST_PROXY === 'true',
    logLevel: overrides.logLevel ?? e.LOG_LEVEL,
    webDir: resolve(overrides.webDir ?? e.WEB_DIR),
    storage: overrides.storage ?? { driver: e.STORAGE_DRIVER, dir: resolve(e.STORAGE_DIR ?? resolve(dataDir, 'files')) },
    attachmentMaxBytes: overrides.attachmentMaxBytes ?? Math.round(e.ATTACHMENT_MAX_MB * 1024 * 1024),
    sealing: overrides.sealing ?? { keys: e.SEALING_KEYS || undefined, keyFile: resolve(e.SEALING_KEY_FILE ?? resolve(dataDir, 'sealing-keys.json')) },
  };
}
