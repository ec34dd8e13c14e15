// Health checks, online backups and restore. Backups use SQLite's backup API, never a file
// copy: a copy of a live WAL database can miss committed pages that are still in the -wal file.
import Database from 'better-sqlite3-multiple-ciphers';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ApiError } from '../../contract/errors';
import type { VerifyReport } from '../../contract/system';
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
 * Returns its schema version.
 */
export function checkRegistryFile(path: string, options: OpenOptions = {}): number {
  if (!existsSync(path)) throw new ApiError('NOT_FOUND', `找不到文件：${path}`, { path });
  const db = openDatabase(path, { ...options, readonly: true });
  try {
    const version = schemaVersion(db);
    // An empty file opens as an empty database: restoring it would wipe the registry.
    if (version < 1 || db.pragma('application_id', { simple: true }) !== APPLICATION_ID) {
      throw new ApiError('DB_INVALID', '该文件不是三献登记数据库（可能是空文件或未完成的复制），未做任何更改', { path });
    }
    const report = verifyDatabase(db);
    if (!report.ok) throw new ApiError('DB_INVALID', '备份文件已损坏，未做任何更改', { path, report });
    return version;
  } finally {
    db.close();
  }
}

/** A backup copy keeps the WAL flag of its source; a rollback journal keeps it one file. */
function singleFile(path: string, options: OpenOptions): void {
  const copy = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/** Writes an online backup next to `dest`, checks it, then moves it into place. */
export async function backupDatabase(db: Database.Database, dest: string, options: OpenOptions = {}): Promise<void> {
  const partial = join(dirname(dest), `.${Date.now()}.partial.sqlite3`);
  try {
    await db.backup(partial);
    singleFile(partial, options);
    checkRegistryFile(partial, options);
    renameSync(partial, dest);
  } finally {
    rmSync(partial, { force: true });
  }
}

/**
 * Replaces the registry file at `target` (closed by the caller) with `source`, after checking
 * `source`. The current registry is first copied to a safety file, whose path is returned.
 */
export async function restoreDatabase(target: string, source: string, options: OpenOptions = {}): Promise<string | null> {
  checkRegistryFile(source, options);
  let safetyCopy: string | null = null;
  if (existsSync(target)) {
    safetyCopy = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}.sqlite3`;
    const current = openDatabase(target, options);
    try {
      await backupDatabase(current, safetyCopy, options);
    } finally {
      current.close();
    }
  }
  // Copy beside the target, then rename: the registry is either the old file or the new one.
  const incoming = `${target}.incoming`;
  const src = openDatabase(source, { ...options, readonly: true });
  try {
    await src.backup(incoming);
  } finally {
    src.close();
  }
  singleFile(incoming, options);
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  renameSync(incoming, target);
  return safetyCopy;
}
