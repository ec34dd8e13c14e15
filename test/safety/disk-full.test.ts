// A full disk during an import and during a backup: the user gets a clear error (DISK_FULL, in
// Chinese) and the registry is exactly as it was and sound. The disk is made full two ways:
// SQLite's max_page_count caps the registry file (works anywhere), and a small tmpfs is really
// full (needs the right to mount; skipped with the reason where that is not permitted).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { createDispatcher } from '../../electron/api/dispatch';
import type { ApiErrorBody } from '../../electron/contract/errors';
import type { ImportJobStatus } from '../../electron/contract/imports';
import { toApiError } from '../../electron/registry/errors';
import { openRegistry, type Registry } from '../../electron/registry/registry';
import { subDir, testDir } from '../core/helpers/tmp';
import { fingerprintOf, inspect, sameFingerprint } from './fingerprint';
import { copyTemplate } from './judges';
import { SIZES } from './seed';
import { mountTmpfs, unmount } from './tmpfs';

const mounted: string[] = [];
// Before the test folder is removed (its hook, registered first, runs last).
afterEach(() => {
  while (mounted.length > 0) unmount(mounted.pop()!);
});

/** A tmpfs over a new folder of the test; null with the reason printed when not permitted. */
function fullDisk(name: string, bytes: number): { dir: string; skip: string | null } {
  const dir = join(testDir(), name);
  const skip = mountTmpfs(dir, Math.ceil(bytes / 4096) * 4096);
  if (skip === null) mounted.push(dir);
  else console.log(`[safety] skipped: ${skip}`);
  return { dir, skip };
}

/** The import as the import page runs it: upload, preview job, commit. The commit's response. */
async function importThroughApi(registry: Registry, sheet: string): Promise<{ error?: ApiErrorBody; data?: unknown }> {
  const dispatch = createDispatcher(registry, { actor: '安全测试' });
  const call = async <T,>(method: string, input: unknown): Promise<T> => {
    const response = await dispatch(method, input);
    if ('error' in response) throw new Error(`${method}: ${response.error.code} ${response.error.message}`);
    return response.data as T;
  };
  const bytes = readFileSync(sheet);
  const { fileId } = await call<{ fileId: string }>('files.begin', { name: 'people.xlsx', size: bytes.length });
  await call('files.append', { fileId, offset: 0, base64: bytes.toString('base64') });
  await call('files.finish', { fileId });
  const { jobId } = await call<{ jobId: string }>('imports.start', { fileId, kind: 'people' });
  let status = await call<ImportJobStatus>('imports.status', { jobId });
  while (status.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 20));
    status = await call<ImportJobStatus>('imports.status', { jobId });
  }
  // The preview writes too (the sheet's temp copy beside the upload): the disk may fill there first.
  if (status.state === 'failed' && status.error) return { error: status.error as ApiErrorBody };
  return dispatch('imports.commit', { jobId });
}

/** Runs `fill` on the registry at `path` and checks it is refused with DISK_FULL, changing nothing. */
async function refusedWhole(path: string, label: string, fill: (registry: Registry) => Promise<{ error?: ApiErrorBody }>): Promise<void> {
  const registry = openRegistry({ path });
  const before = fingerprintOf(registry.db, 'all');
  let response: { error?: ApiErrorBody };
  try {
    response = await fill(registry);
    expect(sameFingerprint(fingerprintOf(registry.db, 'all'), before)).toBe(true);
  } finally {
    registry.close();
  }
  expect(response.error).toMatchObject({ code: 'DISK_FULL', message: expect.stringContaining('磁盘空间不足') });
  // Opened afresh, as after a restart: nothing of the import, every table as before, sound.
  const reopened = inspect(path, 'all');
  expect(reopened.health).toEqual({ integrity: 'ok', foreignKeyViolations: 0 });
  expect(sameFingerprint(reopened.fingerprint, before)).toBe(true);
  console.log(`[safety] disk full during ${label}: refused with ${response.error?.code} "${response.error?.message}"; registry unchanged (every table compared), integrity ok`);
}

describe('a full disk', () => {
  it('during an import (registry capped by max_page_count): DISK_FULL, registry unchanged', async () => {
    const { registry, sheet } = inject('safety');
    await refusedWhole(copyTemplate(registry, testDir()), `an import of ${SIZES.importRows} people (max_page_count)`, (r) => {
      // Room for a few pages more than the registry holds now: the commit needs hundreds.
      r.db.pragma(`max_page_count = ${(r.db.pragma('page_count', { simple: true }) as number) + 16}`);
      return importThroughApi(r, sheet);
    });
  });

  it('during an import (registry on a full tmpfs): DISK_FULL, registry unchanged', async (ctx) => {
    const { registry, sheet } = inject('safety');
    // The registry, the staged sheet and its -shm fit; the preview's temp copy of the sheet or the
    // commit's pages in the -wal do not.
    const disk = fullDisk('disk', statSync(registry).size + statSync(sheet).size + 256 * 1024);
    if (disk.skip !== null) return ctx.skip(disk.skip);
    await refusedWhole(copyTemplate(registry, disk.dir), `an import of ${SIZES.importRows} people (tmpfs)`, (r) => importThroughApi(r, sheet));
  });

  it('during a backup to a full folder: a clear error, no backup file left, registry unharmed', async (ctx) => {
    const { registry: template } = inject('safety');
    const usb = fullDisk('usb', statSync(template).size / 3);
    if (usb.skip !== null) return ctx.skip(usb.skip);
    const path = copyTemplate(template, subDir('live'));
    await refusedWhole(path, 'a backup to a folder with a third of its size free (tmpfs)', async (registry) => {
      try {
        registry.backup(join(usb.dir, 'backup.sqlite3'));
        return {};
      } catch (error) {
        // What the dispatcher would answer; an error it cannot map fails the test as it is.
        const known = toApiError(error);
        if (known === null) throw error;
        return { error: known.toBody() };
      }
    });
    // Neither a broken backup nor its temp file stays on the stick.
    expect(readdirSync(usb.dir)).toEqual([]);
  });
});
