import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const dir = () => mkdtempSync(join(tmpdir(), 'tiepdan-config-'));

describe('configuration', () => {
  it('has safe defaults: port 3000, embedded database, demo on, secrets generated into the data folder', () => {
    const dataDir = dir();
    const c = loadConfig({ DATA_DIR: dataDir });
    expect(c).toMatchObject({ port: 3000, databaseUrl: undefined, demo: true, production: false, secureCookies: false });
    expect(c.sessionSecret.length).toBeGreaterThanOrEqual(32);
    const stored = JSON.parse(readFileSync(join(dataDir, 'secrets.json'), 'utf8')) as { SESSION_SECRET: string };
    expect(stored.SESSION_SECRET).toBe(c.sessionSecret);
    expect(loadConfig({ DATA_DIR: dataDir }).sessionSecret).toBe(c.sessionSecret);
  });

  it('in production a missing secret stops the start with a clear Vietnamese message', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_DIR: dir() })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_DIR: dir() })).toThrow(/SESSION_SECRET/);
    // The audit key likewise: a MAC under a key generated next to the database would prove nothing.
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_DIR: dir(), SESSION_SECRET: 's'.repeat(40) })).toThrow(/AUDIT_KEY/);
  });

  it('in production there is no demo data and cookies are Secure', () => {
    const c = loadConfig({ NODE_ENV: 'production', DATA_DIR: dir(), SESSION_SECRET: 's'.repeat(40), AUDIT_KEY: 'a'.repeat(40) });
    expect(c).toMatchObject({ demo: false, secureCookies: true });
  });

  it('in demo mode (accounts with the password "demo") it listens on this machine only, unless HOST is set', () => {
    expect(loadConfig({ DATA_DIR: dir() }).host).toBe('127.0.0.1');
    expect(loadConfig({ DATA_DIR: dir(), TIEPDAN_DEMO: 'true', NODE_ENV: 'production', SESSION_SECRET: 's'.repeat(40), AUDIT_KEY: 'a'.repeat(40) }).host).toBe('127.0.0.1');
    expect(loadConfig({ DATA_DIR: dir(), HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ NODE_ENV: 'production', DATA_DIR: dir(), SESSION_SECRET: 's'.repeat(40), AUDIT_KEY: 'a'.repeat(40) }).host).toBe('0.0.0.0');
  });

  it('rejects a malformed port', () => {
    expect(() => loadConfig({ PORT: 'tám nghìn', DATA_DIR: dir() })).toThrow(/PORT/);
  });
});
