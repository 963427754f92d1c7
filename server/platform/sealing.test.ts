import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_SAMPLES } from '@core/schemas/documents';
import { LOG_REDACT } from '../app';
import { ConfigError } from '../config';
import { issueDocument } from '../modules/documents/documents.service';
import { createTestContext, ENGINE, type Session, type TestContext } from '../test/support';
import { systemMeta } from './context';
import { countSealed, isSealedValue, loadSealer, rotateSealed, Sealer, SealingError, sealedBytesKeyId, sealedValueKeyId } from './sealing';

const keyFile = () => join(mkdtempSync(join(tmpdir(), 'tiepdan-keys-')), 'sealing-keys.json');
const fileSealer = () => loadSealer({ production: false, sealing: { keys: undefined, keyFile: keyFile() } });
const envKey = () => randomBytes(32).toString('base64');

describe('sealing values and files (AES-256-GCM)', () => {
  const sealer = fileSealer();
  const identity = { fullName: 'Nguyễn Văn Tố', idNumber: '027090001234', phone: '+84912345678' };

  it('seals any JSON value into a string naming its key, and opens it again', () => {
    const sealed = sealer.seal(identity, 'letters.senders');
    expect(isSealedValue(sealed)).toBe(true);
    expect(sealedValueKeyId(sealed)).toBe('k1');
    expect(sealed).not.toContain('Tố');
    expect(sealer.seal(identity, 'letters.senders')).not.toBe(sealed);
    expect(sealer.unseal(sealed, 'letters.senders')).toEqual(identity);
  });

  it('a value does not open in another column, or once altered — and the error never carries it', () => {
    const sealed = sealer.seal(identity, 'letters.senders');
    expect(() => sealer.unseal(sealed, 'cases.notes')).toThrow(SealingError);
    const altered = `${sealed.slice(0, -2)}${sealed.endsWith('A') ? 'B' : 'A'}${sealed.slice(-1)}`;
    try {
      sealer.unseal(altered, 'letters.senders');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SealingError);
      expect((error as Error).message).not.toContain('027090001234');
    }
    expect(() => fileSealer().unseal(sealed, 'letters.senders')).toThrow(/k1|không mở được/);
  });

  it('seals file contents with the key id in a header', () => {
    const bytes = randomBytes(5000);
    const sealed = sealer.sealBytes(bytes, 'attachments.file');
    expect(sealedBytesKeyId(sealed)).toBe('k1');
    expect(sealed.includes(bytes.subarray(0, 32))).toBe(false);
    expect(sealer.unsealBytes(sealed, 'attachments.file')).toEqual(bytes);
    expect(() => sealer.unsealBytes(sealed, 'documents.file')).toThrow(SealingError);
  });

  it('takes keys from SEALING_KEYS, the first being current, and checks them', () => {
    const [k1, k2] = [envKey(), envKey()];
    const old = new Sealer({ kind: 'env', ring: { current: 'a', keys: new Map([['a', Buffer.from(k1, 'base64')]]) } });
    const sealedByOld = old.seal('x', 'c');
    const ring = loadSealer({ production: true, sealing: { keys: `b:${k2}, a:${k1}`, keyFile: keyFile() } });
    expect([ring.currentKeyId, ring.keyIds]).toEqual(['b', ['b', 'a']]);
    expect(ring.unseal(sealedByOld, 'c')).toBe('x');
    expect(() => ring.addKey()).toThrow(/SEALING_KEYS/);
    expect(() => loadSealer({ production: true, sealing: { keys: 'a:c2hvcnQ=', keyFile: keyFile() } })).toThrow(/32 byte/);
  });

  it('production refuses to start without keys; the key file is created readable by its owner only', () => {
    const file = keyFile();
    expect(() => loadSealer({ production: true, sealing: { keys: undefined, keyFile: file } })).toThrow(ConfigError);
    loadSealer({ production: true, sealing: { keys: undefined, keyFile: file } }, { create: true });
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('a new key becomes current in the file; values sealed before still open, and another process picks the key up', () => {
    const file = keyFile();
    const a = loadSealer({ production: false, sealing: { keys: undefined, keyFile: file } });
    const b = loadSealer({ production: false, sealing: { keys: undefined, keyFile: file } });
    const before = a.seal('trước', 'c');
    expect(a.addKey()).toBe('k2');
    const after = a.seal('sau', 'c');
    expect(sealedValueKeyId(after)).toBe('k2');
    expect(JSON.parse(readFileSync(file, 'utf8')).current).toBe('k2');
    expect([b.unseal(before, 'c'), b.unseal(after, 'c')]).toEqual(['trước', 'sau']);
  });
});

describe('logs', () => {
  it('redact personal data and denouncers’ identities under the usual field names', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _e, done) => (lines.push(chunk.toString()), done()) });
    const log = pino({ redact: { paths: LOG_REDACT, censor: '[ẩn]' } }, sink);
    log.info({ body: { senders: [{ fullName: 'Lê Thị Bí Mật' }], denouncer: { idNumber: '027090009999' }, data: { senderName: 'Lê Thị Bí Mật' } } }, 'request');
    log.error({ err: { filename: 'CCCD Lê Thị Bí Mật.jpg', phone: '0912000111' } }, 'failed');
    const text = lines.join('');
    expect(text).not.toMatch(/Bí Mật|027090009999|0912000111/);
    expect(text).toContain('[ẩn]');
  });
});

describe(`key rotation over everything registered as sealed (${ENGINE})`, () => {
  let ctx: TestContext;
  let reception: Session;

  beforeAll(async () => {
    ctx = await createTestContext();
    reception = await ctx.login('tiepdan');
  });
  afterAll(async () => ctx?.close());

  it('re-encrypts sealed names and files under the new key; the old key is no longer needed', async () => {
    const { sealer, storage } = ctx.app.deps;
    const person = (await reception.post('/api/people', { fullName: 'Người Có Tệp', birthYear: 1970 })).json<{ id: number }>().id;
    const scan = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(2000)]);
    const uploaded = await reception.upload('POST', `/api/attachments?ownerType=person&ownerId=${person}&sealed=true`, { filename: 'Đơn tố cáo.pdf', bytes: scan });
    expect(uploaded.status).toBe(201);
    const unitId = (await ctx.db.kysely.selectFrom('people').select('unit_id').where('id', '=', person).executeTakeFirstOrThrow()).unit_id;
    await ctx.db.transaction((tx) =>
      issueDocument(tx, ctx.app.deps, systemMeta('test'), { unitId, kind: 'receipt', subject: { type: 'person', id: person }, signer: { name: 'A', title: 'B' }, sealed: true, data: DOCUMENT_SAMPLES.receipt }),
    );
    const oldKey = sealer.currentKeyId;
    const counted = (await countSealed(ctx.db, storage)).filter((c) => Object.keys(c.byKey).length);
    // The demo's records hold sealed denouncers too (letter writers, visitors): rotated with the rest.
    const records = counted.filter((c) => c.place === 'letter_senders.sealed' || c.place === 'visits.sealed_people');
    const recordValues = records.reduce((n, c) => n + (c.byKey[oldKey] ?? 0), 0);
    expect(recordValues).toBeGreaterThan(0);
    expect(counted.filter((c) => !records.includes(c))).toEqual([
      { place: 'attachments.filename', byKey: { [oldKey]: 1 } },
      { place: 'tệp attachments', byKey: { [oldKey]: 1 } },
      { place: 'tệp documents', byKey: { [oldKey]: 1 } },
    ]);

    const newKey = sealer.addKey();
    const report = await rotateSealed(ctx.db, sealer, storage);
    expect(report).toEqual({ key: newKey, values: 1 + recordValues, files: 2, missingFiles: 0 });
    expect((await countSealed(ctx.db, storage)).filter((c) => Object.keys(c.byKey).length).every((c) => Object.keys(c.byKey).join() === newKey)).toBe(true);
    expect((await rotateSealed(ctx.db, sealer, storage)).values).toBe(0);

    // A key ring holding only the new key opens everything: nothing is left under the old one.
    const onlyNew = new Sealer({ kind: 'env', ring: { current: newKey, keys: new Map([[newKey, Buffer.from(JSON.parse(readFileSync(ctx.app.deps.config.sealing.keyFile, 'utf8')).keys[newKey], 'base64')]]) } });
    const row = await ctx.db.kysely.selectFrom('attachments').select(['filename', 'storage_key']).where('id', '=', uploaded.json<{ id: number }>().id).executeTakeFirstOrThrow();
    expect(onlyNew.unseal(row.filename, 'attachments.filename')).toBe('Đơn tố cáo.pdf');
    expect(onlyNew.unsealBytes((await storage.get(row.storage_key)) as Buffer, 'attachments.file')).toEqual(scan);
  });
});
