/**
 * The audit log shows people labels, not codes: every action and object the server records has one in Vietnamese
 * and in English. Types already hold writeAudit to the catalogue; this walks the server's source as well, so a code
 * written some other way (a cast, a new helper) is caught, and so is a label left behind for a code no longer written.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, auditActionLabel, auditEntityLabel } from '@core/domain/audit/actions';

const SERVER = join(import.meta.dirname, '../../../../../server');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every `{ action: '…', entity: '…' }` the server passes to writeAudit. */
function writtenCodes(): { actions: Set<string>; entities: Set<string> } {
  const actions = new Set<string>();
  const entities = new Set<string>();
  for (const file of sources(SERVER)) {
    const text = readFileSync(file, 'utf8');
    // Both branches of `action: sealed ? 'sealed.x.y' : 'x.y'` count.
    for (const m of text.matchAll(/\baction: ([^,}]+)/g)) for (const c of (m[1] ?? '').matchAll(/'([a-z_]+(?:\.[a-z_]+)+)'/g)) actions.add(c[1] ?? '');
    for (const m of text.matchAll(/\bentity: '([a-z_]+)'/g)) entities.add(m[1] ?? '');
  }
  return { actions, entities };
}

describe('audit log labels', () => {
  const written = writtenCodes();

  it('finds the codes the server writes (the walk itself works)', () => {
    expect(written.actions.size).toBeGreaterThanOrEqual(25);
    expect(written.actions).toContain('audit.viewed');
    expect(written.entities).toContain('audit');
  });

  it('every action the server writes is in the catalogue, and every catalogued action is written somewhere', () => {
    expect([...written.actions].sort()).toEqual([...AUDIT_ACTIONS].sort());
  });

  it('every object the server writes about is in the catalogue, and every catalogued one is used', () => {
    expect([...written.entities].sort()).toEqual([...AUDIT_ENTITIES].sort());
  });

  it.each(['vi', 'en'] as const)('each code reads as words in %s, not as the code', (lang) => {
    for (const code of AUDIT_ACTIONS) {
      const label = auditActionLabel(code, lang);
      expect(label, code).toBeTruthy();
      expect(label, code).not.toContain(code);
      expect(label, code).not.toMatch(/[._]/);
    }
    for (const code of AUDIT_ENTITIES) {
      const label = auditEntityLabel(code, lang);
      expect(label, code).toBeTruthy();
      expect(label, code).not.toMatch(/[._]/);
    }
  });

  it('Vietnamese and English labels differ (none left untranslated), and an unknown code has no label', () => {
    for (const code of AUDIT_ACTIONS) expect(auditActionLabel(code, 'vi'), code).not.toBe(auditActionLabel(code, 'en'));
    for (const code of AUDIT_ENTITIES) expect(auditEntityLabel(code, 'vi'), code).not.toBe(auditEntityLabel(code, 'en'));
    expect(auditActionLabel('report.exported', 'vi')).toBeUndefined();
    expect(auditActionLabel('constructor', 'vi')).toBeUndefined();
    expect(auditEntityLabel('toString', 'en')).toBeUndefined();
  });

  it('the audit log names itself: viewing it reads "Xem nhật ký hệ thống" / "Audit log viewed"', () => {
    expect(auditActionLabel('audit.viewed', 'vi')).toBe('Xem nhật ký hệ thống');
    expect(auditActionLabel('audit.viewed', 'en')).toBe('Audit log viewed');
    expect(auditEntityLabel('audit', 'vi')).toBe('Nhật ký hệ thống');
  });
});
