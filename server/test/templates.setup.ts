/** A project's global setup (vitest.config.ts): the folder its run keeps started databases in (templates.ts). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import './templates';

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'tiepdan-templates-'));
  project.provide('databaseTemplates', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
