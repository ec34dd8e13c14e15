// When the registry's key changes (encryption switched on, off, or a new passphrase), the
// automatic backups follow it: a plain backup left beside an encrypted registry would leak
// everything encryption hides. Each is rewritten like the registry itself (copy, re-key, check,
// rename: a crash leaves the old file or the new one) and its manifest, if it has one, updated.
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { rewriteRegistryFile } from '../db/maintenance';
import type { OpenOptions } from '../db/open';
import { fileState, sameKey, type RegistryKey } from '../vault/key';
import { backupFilesIn, backupsFolderOf, readManifest, removeLeftovers, writeManifest } from './files';

export interface RekeyReport {
  readonly rekeyed: readonly string[];
  /**
   * Backups that could not be rewritten: damaged, or encrypted under an older key than `from`
   * (those stay encrypted under that key). A plain one listed here still holds plain text.
   */
  readonly skipped: readonly { readonly file: string; readonly encrypted: boolean; readonly problem: string }[];
}

/**
 * Re-encrypts every automatic backup of the registry at `registryPath` from `from` to `to`
 * (null: plain). Each file's own state decides how it is opened: a plain one needs no key.
 */
export function rekeyBackups(registryPath: string, from: RegistryKey | null, to: RegistryKey | null, options: Pick<OpenOptions, 'nativeBinding'> = {}): RekeyReport {
  // Whatever an interrupted backup left is a copy under the old key: it goes, however recent.
  removeLeftovers(backupsFolderOf(registryPath), new Date(), 0);
  const rekeyed: string[] = [];
  const skipped: { file: string; encrypted: boolean; problem: string }[] = [];
  for (const path of backupFilesIn(backupsFolderOf(registryPath))) {
    const encrypted = fileState(path) === 'encrypted';
    const current = encrypted ? from : null;
    if (sameKey(current, to)) continue;
    try {
      rewriteRegistryFile(path, current, to, options);
    } catch (error) {
      skipped.push({ file: basename(path), encrypted, problem: (error as Error).message });
      continue;
    }
    const manifest = readManifest(path);
    if (manifest) {
      // rewriteRegistryFile checked the new file before renaming it.
      writeManifest(path, {
        ...manifest,
        bytes: statSync(path).size,
        encrypted: to !== null,
        verify: { ok: true, checkedAt: new Date().toISOString(), problem: null },
      });
    }
    rekeyed.push(basename(path));
  }
  return { rekeyed, skipped };
}
