/**
 * Sealed values: a denouncer's name, address, identity number, phone and the scans that show them are kept
 * encrypted at rest (Luật Tố cáo arts. 8(3), 9(1)(b), 56) with AES-256-GCM and a key that never enters the database:
 * SEALING_KEYS in the environment, else a key file (SEALING_KEY_FILE, default DATA_DIR/sealing-keys.json, 0600).
 * Who may read them is decided elsewhere (modules/clearances: `isCleared`, `readSealed`); this file only locks and
 * unlocks, and keeps the keys turning.
 *
 * API
 *   loadSealer(config) → Sealer                    at start-up (embedded, non-production: creates the key file)
 *   sealer.seal(value, context) → 's1:k2:…'        any JSON value → a string for a text column
 *   sealer.unseal<T>(sealed, context) → T          throws SealingError on a wrong key, context or tampered value
 *   sealer.sealBytes(bytes, context) / unsealBytes  the same for file contents
 *   isSealedValue(s)                               true for a stored sealed string
 *   registerSealedColumn({ table, column, context }) a module declares where its sealed values live…
 *   registerSealedFiles({ name, context, keys })   …and which stored files are sealed (by blob key)
 *   rotateSealed(db, sealer, storage) → report     re-encrypts every registered value under the current key
 *
 * The context (e.g. 'letters.senders') is bound into each value as GCM associated data, so a value copied into
 * another column does not open there. Every value names its key, so keys rotate without a flag day:
 *   key file:       `npx tiepdan keys rotate` adds a key, makes it current and re-encrypts everything;
 *                   running instances read the new key from the file the first time they meet a value sealed with it.
 *   SEALING_KEYS:   "k2:<base64 32 bytes>,k1:<…>" — the first is current. To rotate, put a new key first (keep the
 *                   old ones), restart every instance, then run `npx tiepdan keys rotate` to re-encrypt.
 * Old keys stay in the key ring: backups taken before a rotation still open. `npx tiepdan keys status` counts the
 * values under each key.
 *
 * Never log a value before it is sealed or after it is unsealed (server/app.ts redacts the usual field names).
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { sql, type Kysely } from 'kysely';
import { ConfigError, type Config } from '../config';
import type { Db } from '../db/database';
import type { BlobStore } from './storage';

export class SealingError extends Error {}

const PREFIX = 's1';
const MAGIC = Buffer.from('TDS1');
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
const IV_BYTES = 12;
const TAG_BYTES = 16;

interface KeyRing {
  current: string;
  keys: Map<string, Buffer>;
}

function decodeKey(id: string, encoded: string): Buffer {
  if (!KEY_ID.test(id)) throw new ConfigError(`Mã khóa niêm phong không hợp lệ: ${id} (chữ, số, _ -, tối đa 32 ký tự).`);
  const key = Buffer.from(encoded.trim(), 'base64');
  if (key.length !== 32) throw new ConfigError(`Khóa niêm phong ${id} phải là 32 byte mã hóa base64.`);
  return key;
}

function parseEnvKeys(value: string): KeyRing {
  const keys = new Map<string, Buffer>();
  let current = '';
  for (const part of value.split(',').map((p) => p.trim()).filter(Boolean)) {
    const at = part.indexOf(':');
    if (at < 1) throw new ConfigError('SEALING_KEYS có dạng "k2:<base64>,k1:<base64>" (khóa đầu tiên là khóa hiện hành).');
    const id = part.slice(0, at);
    keys.set(id, decodeKey(id, part.slice(at + 1)));
    current ||= id;
  }
  if (!current) throw new ConfigError('SEALING_KEYS trống.');
  return { current, keys };
}

interface KeyFile {
  current: string;
  keys: Record<string, string>;
}

function readKeyFile(file: string): KeyRing {
  let parsed: KeyFile;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as KeyFile;
  } catch {
    throw new ConfigError(`Không đọc được tệp khóa niêm phong ${file}.`);
  }
  const keys = new Map(Object.entries(parsed.keys ?? {}).map(([id, encoded]) => [id, decodeKey(id, encoded)] as const));
  if (!keys.has(parsed.current)) throw new ConfigError(`Tệp khóa ${file}: khóa hiện hành "${parsed.current}" không có trong danh sách.`);
  return { current: parsed.current, keys };
}

function writeKeyFile(file: string, ring: KeyRing): void {
  const content: KeyFile = { current: ring.current, keys: Object.fromEntries([...ring.keys].map(([id, key]) => [id, key.toString('base64')])) };
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, file);
}

export class Sealer {
  private ring: KeyRing;

  constructor(
    private readonly source: { kind: 'env'; ring: KeyRing } | { kind: 'file'; file: string },
  ) {
    this.ring = source.kind === 'env' ? source.ring : readKeyFile(source.file);
  }

  get currentKeyId(): string {
    return this.ring.current;
  }

  get keyIds(): string[] {
    return [...this.ring.keys.keys()];
  }

  get keySource(): 'env' | 'file' {
    return this.source.kind;
  }

  private key(id: string): Buffer {
    let key = this.ring.keys.get(id);
    // Another process (the rotate command) may have added a key to the shared file since this one read it.
    if (!key && this.source.kind === 'file') {
      this.ring = readKeyFile(this.source.file);
      key = this.ring.keys.get(id);
    }
    if (!key) throw new SealingError(`Không có khóa niêm phong "${id}" trong bộ khóa.`);
    return key;
  }

  /** Adds a fresh key and makes it current (key file only: an environment cannot be written from here). */
  addKey(): string {
    if (this.source.kind !== 'file') throw new SealingError('Khóa lấy từ SEALING_KEYS: hãy thêm khóa mới vào đầu biến này, khởi động lại rồi chạy lại lệnh.');
    this.ring = readKeyFile(this.source.file);
    let n = this.ring.keys.size + 1;
    while (this.ring.keys.has(`k${n}`)) n++;
    const id = `k${n}`;
    this.ring = { current: id, keys: new Map([...this.ring.keys, [id, randomBytes(32)]]) };
    writeKeyFile(this.source.file, this.ring);
    return id;
  }

  private encrypt(plain: Buffer, context: string): { iv: Buffer; tag: Buffer; body: Buffer } {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key(this.ring.current), iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return { iv, tag: cipher.getAuthTag(), body };
  }

  private decrypt(keyId: string, iv: Buffer, tag: Buffer, body: Buffer, context: string): Buffer {
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key(keyId), iv);
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(body), decipher.final()]);
    } catch (error) {
      if (error instanceof SealingError) throw error;
      // Never the value in the message: only that it does not open here.
      throw new SealingError(`Giá trị niêm phong không mở được (khóa ${keyId}, ngữ cảnh ${context}): sai khóa, sai ngữ cảnh hoặc đã bị sửa.`);
    }
  }

  seal(value: unknown, context: string): string {
    const { iv, tag, body } = this.encrypt(Buffer.from(JSON.stringify(value), 'utf8'), context);
    return `${PREFIX}:${this.ring.current}:${Buffer.concat([iv, tag, body]).toString('base64url')}`;
  }

  unseal<T = unknown>(sealed: string, context: string): T {
    const [prefix, keyId, payload] = sealed.split(':');
    if (prefix !== PREFIX || !keyId || !payload) throw new SealingError('Không phải giá trị niêm phong.');
    const raw = Buffer.from(payload, 'base64url');
    const plain = this.decrypt(keyId, raw.subarray(0, IV_BYTES), raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES), raw.subarray(IV_BYTES + TAG_BYTES), context);
    return JSON.parse(plain.toString('utf8')) as T;
  }

  sealBytes(bytes: Uint8Array, context: string): Buffer {
    const id = Buffer.from(this.ring.current, 'ascii');
    const { iv, tag, body } = this.encrypt(Buffer.from(bytes), context);
    return Buffer.concat([MAGIC, Buffer.from([id.length]), id, iv, tag, body]);
  }

  unsealBytes(bytes: Uint8Array, context: string): Buffer {
    const keyId = sealedBytesKeyId(bytes);
    const start = MAGIC.length + 1 + keyId.length;
    const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return this.decrypt(keyId, b.subarray(start, start + IV_BYTES), b.subarray(start + IV_BYTES, start + IV_BYTES + TAG_BYTES), b.subarray(start + IV_BYTES + TAG_BYTES), context);
  }
}

export const isSealedValue = (s: string | null | undefined): s is string => typeof s === 'string' && s.startsWith(`${PREFIX}:`);

export function sealedValueKeyId(sealed: string): string {
  return sealed.split(':')[1] ?? '';
}

export function sealedBytesKeyId(bytes: Uint8Array): string {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length < MAGIC.length + 1 || !b.subarray(0, MAGIC.length).equals(MAGIC)) throw new SealingError('Không phải tệp niêm phong.');
  const length = b[MAGIC.length] as number;
  return b.subarray(MAGIC.length + 1, MAGIC.length + 1 + length).toString('ascii');
}

/**
 * The key ring the server and the CLI use. Embedded and not in production, a missing key file is created with a
 * first key (as the session secret is); production refuses to start without keys rather than seal with a key
 * nobody chose or backed up.
 */
export function loadSealer(config: Pick<Config, 'production' | 'sealing'>, options: { create?: boolean } = {}): Sealer {
  if (config.sealing.keys) return new Sealer({ kind: 'env', ring: parseEnvKeys(config.sealing.keys) });
  const file = config.sealing.keyFile;
  if (!existsSync(file)) {
    if (config.production && !options.create) {
      throw new ConfigError(`Thiếu khóa niêm phong danh tính người tố cáo: đặt SEALING_KEYS, hoặc tạo tệp khóa ${file} bằng lệnh "npx tiepdan keys rotate".`);
    }
    writeKeyFile(file, { current: 'k1', keys: new Map([['k1', randomBytes(32)]]) });
  }
  return new Sealer({ kind: 'file', file });
}

/** A text column holding sealed values (the whole value or null), re-encrypted in place by `rotateSealed`. */
export interface SealedColumn {
  table: string;
  column: string;
  /** The context the values were sealed with. */
  context: string;
}

/** Stored files that are sealed, listed by their blob keys. */
export interface SealedFiles {
  name: string;
  context: string;
  keys(db: Db): Promise<string[]>;
}

const sealedColumns = new Map<string, SealedColumn>();
const sealedFiles = new Map<string, SealedFiles>();

/** Each module declares its sealed columns when it loads (the CLI loads every module through the app's list). */
export function registerSealedColumn(column: SealedColumn): void {
  sealedColumns.set(`${column.table}.${column.column}`, column);
}

export function registerSealedFiles(files: SealedFiles): void {
  sealedFiles.set(files.name, files);
}

export function sealedRegistry(): { columns: SealedColumn[]; files: SealedFiles[] } {
  return { columns: [...sealedColumns.values()], files: [...sealedFiles.values()] };
}

export interface SealedCount {
  place: string;
  byKey: Record<string, number>;
}

type Loose = Kysely<Record<string, { id: number; [column: string]: unknown }>>;

/** How many values and files each key seals, per registered place: what `keys status` prints. */
export async function countSealed(db: Db, storage: BlobStore): Promise<SealedCount[]> {
  const k = db.kysely as unknown as Loose;
  const out: SealedCount[] = [];
  for (const c of sealedColumns.values()) {
    const byKey: Record<string, number> = {};
    const rows = await k.selectFrom(c.table).select(sql<string>`${sql.ref(c.column)}`.as('v')).where(sql.ref(c.column), 'like', `${PREFIX}:%`).execute();
    for (const r of rows) byKey[sealedValueKeyId(r.v as string)] = (byKey[sealedValueKeyId(r.v as string)] ?? 0) + 1;
    out.push({ place: `${c.table}.${c.column}`, byKey });
  }
  for (const f of sealedFiles.values()) {
    const byKey: Record<string, number> = {};
    for (const key of await f.keys(db)) {
      const bytes = await storage.get(key);
      const id = bytes ? sealedBytesKeyId(bytes) : 'thiếu tệp';
      byKey[id] = (byKey[id] ?? 0) + 1;
    }
    out.push({ place: `tệp ${f.name}`, byKey });
  }
  return out;
}

export interface RotationReport {
  key: string;
  values: number;
  files: number;
  missingFiles: number;
}

/**
 * Re-encrypts every registered value and file that is not under the current key. Safe to interrupt and run again
 * (each value names its key), and safe beside a running server: a value is replaced only if it is still the one
 * read (compare-and-set), so an edit made meanwhile is never overwritten.
 */
export async function rotateSealed(db: Db, sealer: Sealer, storage: BlobStore, onProgress?: (place: string, done: number) => void): Promise<RotationReport> {
  const current = sealer.currentKeyId;
  const report: RotationReport = { key: current, values: 0, files: 0, missingFiles: 0 };
  const k = db.kysely as unknown as Loose;
  for (const c of sealedColumns.values()) {
    let last = 0;
    for (;;) {
      const rows = await k
        .selectFrom(c.table)
        .select(['id', sql<string>`${sql.ref(c.column)}`.as('v')])
        .where('id', '>', last)
        .where(sql.ref(c.column), 'like', `${PREFIX}:%`)
        .orderBy('id')
        .limit(500)
        .execute();
      if (rows.length === 0) break;
      last = rows[rows.length - 1]?.id as number;
      const stale = rows.filter((r) => sealedValueKeyId(r.v as string) !== current);
      await db.transaction(async (tx) => {
        const t = tx as unknown as Loose;
        for (const r of stale) {
          const resealed = sealer.seal(sealer.unseal(r.v as string, c.context), c.context);
          await t.updateTable(c.table).set({ [c.column]: resealed }).where('id', '=', r.id).where(sql.ref(c.column), '=', r.v).execute();
        }
      });
      report.values += stale.length;
      onProgress?.(`${c.table}.${c.column}`, report.values);
    }
  }
  for (const f of sealedFiles.values()) {
    for (const key of await f.keys(db)) {
      const bytes = await storage.get(key);
      if (!bytes) {
        report.missingFiles++;
        continue;
      }
      if (sealedBytesKeyId(bytes) === current) continue;
      await storage.put(key, sealer.sealBytes(sealer.unsealBytes(bytes, f.context), f.context));
      report.files++;
      onProgress?.(`tệp ${f.name}`, report.files);
    }
  }
  return report;
}
