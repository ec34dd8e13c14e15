// Making one backup: VACUUM INTO a temp file, checked and counted before it is renamed into place
// (registry.backup), then described by its manifest and written to the audit log. A backup to a
// chosen folder (a USB stick) also takes the recovery file along, so the stick holds everything
// the recovery code needs to open it. Rotation deletes the automatic backups no longer kept.
import { copyFileSync, existsSync, renameSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { AuditMark, BackupCounts, BackupEntry, BackupReason } from '../../contract/backups';
import { recordAudit } from '../audit/log';
import { syncFile } from '../db/maintenance';
import type { OpenOptions } from '../db/open';
import type { Registry } from '../registry';
import { getSettings } from '../settings';
import { recoveryFileOf } from '../vault/recovery';
import { backupPathFor, backupsFolderOf, describeBackup, ensureFolder, folderUnavailable, listBackupsIn, removeBackupFiles, removeLeftovers, writeManifest } from './files';
import { backupsToDelete } from './rotation';
import { auditMark, countRows } from './verify';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Who the audit log names for the backups made at start, at quit and daily. */
export const AUTOMATIC_ACTOR = '自动备份';

export const openOptionsOf = (registry: Registry): OpenOptions => ({
  key: registry.key,
  ...(registry.nativeBinding ? { nativeBinding: registry.nativeBinding } : {}),
});

export interface BackupRequest {
  readonly reason: BackupReason;
  readonly actor: string;
  /** Another folder than the automatic one (manual backups only). */
  readonly folder?: string;
  readonly now?: Date;
}

export function createBackup(registry: Registry, request: BackupRequest): BackupEntry {
  const now = request.now ?? new Date();
  const automatic = backupsFolderOf(registry.path);
  const folder = request.folder === undefined ? automatic : resolve(request.folder);
  ensureFolder(folder);
  const dest = backupPathFor(folder, registry.path, now);
  let counts: BackupCounts | undefined;
  let schemaVersion = 0;
  let mark: AuditMark | null = null;
  try {
    registry.backup(dest, (copy) => {
      counts = countRows(copy);
      schemaVersion = copy.pragma('user_version', { simple: true }) as number;
      mark = auditMark(copy);
    });
  } catch (error) {
    // The folder exists but SQLite cannot create a file in it (read-only stick, no permission).
    if ((error as { code?: unknown }).code === 'SQLITE_CANTOPEN') throw folderUnavailable(folder, error);
    throw error;
  }
  writeManifest(dest, {
    createdAt: now.toISOString(),
    reason: request.reason,
    bytes: statSync(dest).size,
    encrypted: registry.key !== null,
    schemaVersion,
    counts: counts as BackupCounts,
    // registry.backup refuses to move a copy that failed its check, so a file here passed it.
    verify: { ok: true, checkedAt: new Date().toISOString(), problem: null },
    auditMark: mark,
  });
  const elsewhere = folder !== automatic;
  if (elsewhere && registry.key !== null) copyRecoveryFile(registry.path, dest);
  recordAudit(registry.db, {
    actor: request.actor,
    action: 'backup.create',
    entity: 'registry',
    // Where a copy of the registry went matters (a stick can be lost), so another folder is named in full.
    after: { file: basename(dest), reason: request.reason, ...(elsewhere ? { path: dest } : {}) },
  });
  return describeBackup(dest, openOptionsOf(registry));
}

/** The registry's recovery file beside the backup, under the name the recovery code looks for. */
function copyRecoveryFile(registryPath: string, backupPath: string): void {
  const source = recoveryFileOf(registryPath);
  if (!existsSync(source)) return;
  const target = recoveryFileOf(backupPath);
  const partial = `${target}.partial`;
  copyFileSync(source, partial);
  syncFile(partial);
  renameSync(partial, target);
}

/** Deletes the automatic backups (and their manifests) that rotation no longer keeps; returns their names. */
export function rotateBackups(registry: Registry, now: Date): string[] {
  const settings = getSettings(registry.db);
  const keep = { daily: settings['backups.keepDaily'], weekly: settings['backups.keepWeekly'], monthly: settings['backups.keepMonthly'] };
  // Only backups with a manifest are rotated: without one, the reason is unknown and the file may be someone's.
  const items = listBackupsIn(backupsFolderOf(registry.path), openOptionsOf(registry)).flatMap((entry) =>
    entry.manifest ? [{ id: entry.path, createdAt: new Date(entry.createdAt), reason: entry.manifest.reason }] : [],
  );
  const doomed = backupsToDelete(items, now, keep);
  for (const path of doomed) removeBackupFiles(path);
  removeLeftovers(backupsFolderOf(registry.path), now, DAY_MS);
  return doomed.map((path) => basename(path));
}
