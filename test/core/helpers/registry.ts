// A fresh registry file in its own temp folder for each test, removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openRegistry, type Registry } from '../../../electron/registry/registry';

const cleanups: (() => void)[] = [];

afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

/** A new empty folder, deleted after the current test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sanxian-test-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A migrated registry in a new folder, closed after the current test. */
export function tempRegistry(): Registry {
  const registry = openRegistry({ path: join(tempDir(), 'registry.sqlite3') });
  // Closing runs before the folder is removed: cleanups run last-in, first-out.
  cleanups.push(() => {
    if (registry.db.open) registry.close();
  });
  return registry;
}
