// A fresh temp folder per test, removed afterwards, and a registry inside it. Tests use real
// SQLite files; a folder per test keeps one test's database, backups and -wal files from
// leaking into the next.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openRegistry, type Registry } from '../../../electron/registry/registry';

let dir: string | undefined;
const closers: (() => void)[] = [];

// Registered when this module is imported, before any test file's own hooks, so (after-hooks
// run in reverse) it runs after those hooks have closed the servers living in the folder.
afterEach(() => {
  while (closers.length > 0) closers.pop()?.();
  // Retries: on Windows a just-closed SQLite file can stay locked for a moment.
  if (dir) rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
  dir = undefined;
});

/** The current test's folder (the same for every call within one test). */
export function testDir(): string {
  dir ??= mkdtempSync(join(tmpdir(), 'sanxian-test-'));
  return dir;
}

/** A new empty folder inside the test's folder. */
export function subDir(name: string): string {
  const path = join(testDir(), name);
  mkdirSync(path, { recursive: true });
  return path;
}

/** A migrated registry in the test's folder, closed after the test. */
export function tempRegistry(name = 'registry.sqlite3'): Registry {
  const registry = openRegistry({ path: join(testDir(), name) });
  closers.push(() => {
    if (registry.db.open) registry.close();
  });
  return registry;
}
