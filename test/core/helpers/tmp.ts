// A fresh temp folder per test, removed afterwards. Tests use real SQLite files, and a folder
// per test keeps one test's database, backups and -wal files from leaking into the next.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/**
 * Call at the top of a file or describe block; the returned function gives the current test's
 * folder. Its afterEach is registered first, so (hooks run in reverse) it runs after the
 * caller's own afterEach has closed the databases and servers that live in the folder.
 */
export function useTmpDir(prefix = 'sanxian-test-'): () => string {
  let dir: string | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  afterEach(() => {
    // Retries: on Windows a just-closed SQLite file can stay locked for a moment.
    if (dir) rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
    dir = undefined;
  });
  return () => {
    if (!dir) throw new Error('useTmpDir: no folder outside a test');
    return dir;
  };
}
