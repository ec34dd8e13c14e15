// Health checks, online backups and restore. Copies are made with `VACUUM INTO`, never a file
// copy: a copy of a live WAL database can miss committed pages still in the -wal file, and
// SQLite's backup API refuses encrypted databases in this driver. VACUUM INTO writes a
// consistent snapshot under the source's own key and salt, as one rollback-journal file.
import type Database from 'better-sqlite3-multiple-ciphers';
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ApiError } from '../../contract/errors';
import type { VerifyReport } from '../../contract/system';
import { fileState, rekey, sameKey, type RegistryKey } from '../vault/key';
import { schemaVersion } from './migrate';
import { APPLICATION_ID, openDatabase, type OpenOptions } from './open';

export function verifyDatabase(db: Database.Database): VerifyReport {
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  const foreignKeyViolations = (db.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[]).map(
    ({ table, rowid, parent }) => ({ table, rowid, parent }),
  );
  return { ok: integrity.length === 1 && integrity[0] === 'ok' && foreignKeyViolations.length === 0, integrity, foreignKeyViolations };
}

/**
 * Checks a file that is meant to become the registry: ours, sound, not from a newer version.
 * Returns its schema version. `inspect` may read the open copy further (backups count rows).
 */
export function checkRegistryFile(path: string, options: OpenOptions = {}, inspect?: (db: Database.Database) => void): number {
  if (!existsSync(path)) throw new ApiError('NOT_FOUND', `找不到文件：${path}`, { path });
  if (fileState(path) === 'encrypted' && !options.key) {
    throw new ApiError('DB_INVALID', '该文件不是三献登记数据库，或是需要口令的加密备份，未做任何更改', { path, reason: 'ENCRYPTED_OR_FOREIGN' });
  }
  const db = openDatabase(path, { ...options, readonly: true });
  try {
    const version = schemaVersion(db);
    // An empty file opens as an empty database: restoring it would wipe the registry.
    if (version < 1 || db.pragma('application_id', { simple: true }) !== APPLICATION_ID) {
      throw new ApiError('DB_INVALID', '该文件不是三献登记数据库（可能是空文件或未完成的复制），未做任何更改', { path });
    }
    const report = verifyDatabase(db);
    if (!report.ok) throw new ApiError('DB_INVALID', '备份文件已损坏，未做任何更改', { path, report });
    inspect?.(db);
    return version;
  } finally {
    db.close();
  }
}

/** Flushes a finished file (and its folder entry) to disk: VACUUM INTO does not sync its output. */
export function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function syncFolder(folder: string): void {
  // Windows cannot open a folder for syncing; its rename is durable once it returns.
  if (process.platform === 'win32') return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A temp name beside `dest`, so the final rename stays on one file system. */
const partialBeside = (dest: string): string => join(dirname(dest), `.${Date.now()}-${process.pid}.partial.sqlite3`);

/** Moves a checked copy into place: `dest` is either absent, the old file, or the whole new one. */
function commitFile(partial: string, dest: string): void {
  syncFile(partial);
  renameSync(partial, dest);
  syncFolder(dirname(dest));
}

/**
 * Writes an online backup of `db` to `dest`, checks it (opening it with `options.key`), then
 * moves it into place. `inspect` sees the checked copy before it is moved.
 */
export function backupDatabase(db: Database.Database, dest: string, options: OpenOptions = {}, inspect?: (copy: Database.Database) => void): void {
  const partial = partialBeside(dest);
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    checkRegistryFile(partial, options, inspect);
    commitFile(partial, dest);
  } finally {
    rmSync(partial, { force: true });
  }
}

export interface RestoreOptions extends OpenOptions {
  /** The key the backup was made with, when it differs from the registry's (an older passphrase). */
  readonly sourceKey?: RegistryKey | null;
}

/**
 * Replaces the registry file at `target` (closed by the caller) with `source`, after checking
 * `source`. What it replaces is the caller's to keep first (restoreBackup makes a 'before-restore'
 * backup in the list). The restored registry keeps the current key (`options.key`), whatever
 * the backup's was.
 */
export function restoreDatabase(target: string, source: string, options: RestoreOptions = {}): void {
  const { sourceKey: givenKey, ...targetOptions } = options;
  // A backup from before encryption was switched on is plain; it is encrypted as it comes in.
  const sourceKey = fileState(source) === 'plain' ? null : (givenKey ?? targetOptions.key ?? null);
  checkRegistryFile(source, { ...targetOptions, key: sourceKey });
  replaceWithCopy(target, source, sourceKey, targetOptions);
}

/**
 * Rewrites the closed registry at `path` under another key (`to` null: decrypted). Like a
 * restore, a crash leaves the old file or the new one.
 */
export function rewriteRegistryFile(path: string, from: RegistryKey | null, to: RegistryKey | null, options: OpenOptions = {}): void {
  replaceWithCopy(path, path, from, { ...options, key: to });
}

/**
 * Copies `source` (opened with `sourceKey`) beside `target`, re-keys the copy to `options.key`
 * when they differ, checks it and renames it over `target` (closed by the caller).
 */
function replaceWithCopy(target: string, source: string, sourceKey: RegistryKey | null, options: OpenOptions): void {
  const partial = partialBeside(target);
  const wanted = options.key ?? null;
  try {
    const src = openDatabase(source, { ...options, key: sourceKey, readonly: true });
    try {
      src.prepare('VACUUM INTO ?').run(partial);
    } finally {
      src.close();
    }
    if (!sameKey(sourceKey, wanted)) rekeyFile(partial, sourceKey, wanted, options);
    checkRegistryFile(partial, options);
    // The old registry's -wal belongs to the old file: its content is in the copy when re-keying,
    // and in the before-restore backup the caller made when restoring.
    for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
    commitFile(partial, target);
  } finally {
    rmSync(partial, { force: true });
  }
}

/** Re-encrypts a closed rollback-journal file in place (a copy: callers rename it afterwards). */
function rekeyFile(path: string, from: RegistryKey | null, to: RegistryKey | null, options: OpenOptions): void {
  const db = openDatabase(path, { ...options, key: from });
  try {
    // openDatabase switches to WAL; the driver re-keys only in rollback-journal mode.
    db.pragma('journal_mode = DELETE');
    rekey(db, to);
  } finally {
    db.close();
  }
}
