// The full check of a backup: it opens (with the key it was made under), it is one of our
// registries, integrity_check and foreign_key_check pass; and the row counts of the main tables,
// so staff can tell a backup with yesterday's records from an empty one.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { existsSync, statSync } from 'node:fs';
import type { AuditMark, BackupCounts, BackupVerifyResult } from '../../contract/backups';
import { ApiError } from '../../contract/errors';
import { checkRegistryFile } from '../db/maintenance';
import type { OpenOptions } from '../db/open';
import { fileState, keyForFile, type RegistryKey } from '../vault/key';
import { readManifest, writeManifest } from './files';

const COUNTED: Readonly<Record<keyof BackupCounts, string>> = {
  people: 'person',
  donations: 'donation',
  enrollments: 'enrollment',
  pledges: 'pledge',
  wristbandParticipants: 'wristband_participant',
};

/** Counts the tables the backup has: one made before a program existed simply has none of its rows. */
export function countRows(db: Database): BackupCounts {
  const exists = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?");
  const count = (table: string) =>
    exists.get(table) === undefined ? 0 : (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
  return Object.fromEntries(Object.entries(COUNTED).map(([field, table]) => [field, count(table)])) as unknown as BackupCounts;
}

export function auditMark(db: Database): AuditMark | null {
  return (db.prepare('SELECT id, at FROM audit_log ORDER BY id DESC LIMIT 1').get() as AuditMark | undefined) ?? null;
}

/**
 * Whether the registry holds nothing a backup with `mark` lacks: its audit log still has that
 * entry (not a restored or other file whose ids merely overlap) and nothing after it but
 * backups made or deleted and sign-ins. Every change is audited in its own transaction, so the log tells.
 */
export function unchangedSince(db: Database, mark: AuditMark | null): boolean {
  if (mark === null) return auditMark(db) === null;
  const entry = db.prepare('SELECT at FROM audit_log WHERE id = ?').get(mark.id) as { at: string } | undefined;
  if (entry?.at !== mark.at) return false;
  const later = db.prepare("SELECT 1 FROM audit_log WHERE id > ? AND action NOT IN ('backup.create', 'backup.delete') AND action NOT LIKE 'session.%' LIMIT 1").get(mark.id);
  return later === undefined;
}

const backupKeyNeeded = (path: string, message: string) => new ApiError('WRONG_PASSPHRASE', message, { reason: 'BACKUP_KEY', path });

/**
 * The key to open the backup at `path` with: none for a plain file; the passphrase it was made
 * under when given; else the registry's own key (backups share it until the passphrase changes).
 */
export async function backupKey(path: string, registryKey: RegistryKey | null, passphrase: string | undefined): Promise<RegistryKey | null> {
  // A folder typed where a file belongs would otherwise fail deep inside as an internal error.
  if (existsSync(path) && !statSync(path).isFile()) throw new ApiError('NOT_FOUND', `这不是一个备份文件：${path}`, { path });
  if (fileState(path) !== 'encrypted') return null;
  if (passphrase !== undefined) return keyForFile(path, passphrase);
  if (registryKey === null) throw backupKeyNeeded(path, '此备份已加密，请输入备份时的数据库口令');
  return registryKey;
}

/**
 * Checks the backup at `path` opened with `options.key`, and counts its rows. Throws DB_INVALID
 * (or NOT_FOUND) for a damaged file and WRONG_PASSPHRASE (reason BACKUP_KEY) when the key does
 * not open it, so the caller can ask for the passphrase the backup was made under.
 */
export function checkBackup(path: string, options: OpenOptions): { schemaVersion: number; counts: BackupCounts } {
  let counts: BackupCounts | undefined;
  try {
    const schemaVersion = checkRegistryFile(path, options, (db) => (counts = countRows(db)));
    return { schemaVersion, counts: counts as BackupCounts };
  } catch (error) {
    if (error instanceof ApiError && error.code === 'WRONG_PASSPHRASE') {
      throw backupKeyNeeded(path, '数据库口令打不开此备份：它是用以前的口令加密的，请输入备份时的口令');
    }
    if (error instanceof ApiError) throw error;
    // SQLite's own errors while reading it (SQLITE_CORRUPT, a short read): the file is damaged.
    throw new ApiError('DB_INVALID', `备份文件已损坏，未做任何更改（${(error as Error).message}）`, { path });
  }
}

/** checkBackup as a result: a damaged backup is an answer (ok false), a missing key still throws. */
export function verifyBackup(path: string, options: OpenOptions): BackupVerifyResult {
  try {
    return { path, ok: true, problem: null, ...checkBackup(path, options) };
  } catch (error) {
    if (!(error instanceof ApiError) || error.code === 'WRONG_PASSPHRASE' || error.code === 'DISK_FULL') throw error;
    return { path, ok: false, schemaVersion: null, counts: null, problem: error.message };
  }
}

/** Keeps a backup's manifest (if it has one) up to date with the latest full check, so the list shows it. */
export function recordCheck(result: BackupVerifyResult): BackupVerifyResult {
  const manifest = readManifest(result.path);
  if (manifest === null) return result;
  const verify = { ok: result.ok, checkedAt: new Date().toISOString(), problem: result.problem };
  writeManifest(
    result.path,
    result.ok && result.counts !== null && result.schemaVersion !== null
      ? { ...manifest, bytes: statSync(result.path).size, schemaVersion: result.schemaVersion, counts: result.counts, verify }
      : { ...manifest, verify },
  );
  return result;
}
