// Deleting a backup by hand. Manual backups and the copies made before a restore are never
// rotated, so without this they would pile up until the disk is full. Only a backup listed in
// the automatic folder can be named, and the newest one that passed its check stays: it is what
// a restore falls back on.
import type { BackupDeleteResult } from '../../contract/backups';
import { ApiError } from '../../contract/errors';
import { recordAudit } from '../audit/log';
import type { Registry } from '../registry';
import { openOptionsOf } from './create';
import { backupsFolderOf, listBackupsIn, removeBackupFiles } from './files';

export function deleteBackup(registry: Registry, name: string, actor: string): BackupDeleteResult {
  const backups = listBackupsIn(backupsFolderOf(registry.path), openOptionsOf(registry));
  const entry = backups.find((backup) => backup.name === name);
  if (!entry) throw new ApiError('NOT_FOUND', '找不到该备份，可能已被删除，请刷新列表', { name });
  if (backups.find((backup) => backup.status === 'ok') === entry) {
    throw new ApiError('INVALID_INPUT', '这是最新一份校验通过的备份，不能删除；如确需删除，请先点“立即备份”', { reason: 'NEWEST_SOUND_BACKUP' });
  }
  // One transaction: a file that cannot be deleted (in use, no permission) leaves no audit entry
  // saying it was.
  registry.db.transaction(() => {
    recordAudit(registry.db, {
      actor,
      action: 'backup.delete',
      entity: 'registry',
      before: { file: name, reason: entry.manifest?.reason ?? null, createdAt: entry.createdAt, counts: entry.manifest?.counts ?? null },
    });
    removeBackupFiles(entry.path);
  })();
  return { name };
}
