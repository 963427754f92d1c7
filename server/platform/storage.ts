/**
 * Blob storage: the bytes of attachments, issued documents and uploaded templates live outside the database rows,
 * behind one small interface, so several instances can share an object store instead of a local folder.
 *
 * API
 *   interface BlobStore { put(key, bytes); get(key) → Buffer | null; delete(key); exists(key) }
 *   openStorage(config) → BlobStore          the driver named by STORAGE_DRIVER (default 'folder')
 *   newBlobKey(prefix) → 'attachments/2021/10/…' a fresh key, never reused
 *
 * Keys are ours (made by newBlobKey), never a user's file name: lowercase letters, digits, '/', '-' and '_'.
 * A put under an existing key replaces the object whole (key rotation re-encrypts in place).
 *
 * Adding an object store (S3-compatible, for several instances): implement BlobStore and add it to DRIVERS;
 * STORAGE_DRIVER selects it. Nothing else changes.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { ConfigError, type Config } from '../config';

export interface BlobStore {
  /** The driver's name, for logs and the health of the set-up. */
  readonly driver: string;
  /** Stores the bytes under the key, durably, replacing any object there. */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the object; removing a missing one is not an error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

const KEY = /^[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9_-]*){0,6}$/;

export function assertBlobKey(key: string): void {
  if (key.length > 200 || !KEY.test(key)) throw new Error(`Khóa lưu trữ không hợp lệ: ${JSON.stringify(key)}`);
}

/** A fresh key under a prefix and the month (so a folder never grows past a few thousand files). */
export function newBlobKey(prefix: string, today: string): string {
  const key = `${prefix}/${today.slice(0, 4)}/${today.slice(5, 7)}/${randomUUID()}`;
  assertBlobKey(key);
  return key;
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';

/**
 * A folder on the server's disk (under the data directory by default). Writes go to a temporary file that is
 * flushed to disk and then renamed over the target: a power cut leaves the old object or the new one, never half.
 */
export class FolderStore implements BlobStore {
  readonly driver = 'folder';
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  private path(key: string): string {
    assertBlobKey(key);
    const path = join(this.root, ...key.split('/'));
    if (!path.startsWith(this.root + sep)) throw new Error('Khóa lưu trữ ra ngoài thư mục');
    return path;
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.${randomUUID()}.tmp`;
    const file = await open(temporary, 'wx', 0o600);
    try {
      await file.writeFile(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, path);
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.path(key));
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.path(key))).isFile();
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }
}

const DRIVERS: Record<string, (config: Config) => BlobStore> = {
  folder: (config) => new FolderStore(config.storage.dir),
};

export function openStorage(config: Config): BlobStore {
  const make = DRIVERS[config.storage.driver];
  if (!make) throw new ConfigError(`STORAGE_DRIVER không hợp lệ: ${config.storage.driver} (có: ${Object.keys(DRIVERS).join(', ')}).`);
  return make(config);
}
