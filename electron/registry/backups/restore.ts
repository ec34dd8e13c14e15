// Restoring a backup over the registry, for the app and the CLI alike. The backup is checked
// before anything is touched; the current data is then backed up into the list ('before-restore',
// so a wrong restore can be undone from the same screen), and the host closes the registry,
// replaces the file (restoreDatabase re-keys the copy to the registry's current key) and opens
// the restored one, whose audit log then records the restore.
import { basename, resolve } from 'node:path';
import { ApiError } from '../../contract/errors';
import type { BackupRestoreResult } from '../../contract/backups';
import { recordAudit } from '../audit/log';
import { restoreDatabase } from '../db/maintenance';
import type { RegistryHost } from '../host';
import type { Registry } from '../registry';
import { createBackup, openOptionsOf } from './create';
import { backupKey, checkBackup } from './verify';

export interface RestoreRequest {
  readonly file: string;
  /** The passphrase the backup was made under, when the registry's has changed since. */
  readonly passphrase?: string;
}

/** Returns the restored registry with the result, so the caller can end sessions in it. */
export async function restoreBackup(host: RegistryHost, request: RestoreRequest, actor: string): Promise<{ registry: Registry; result: BackupRestoreResult }> {
  const file = resolve(request.file);
  if (file === resolve(host.path)) throw new ApiError('INVALID_INPUT', '不能用登记库文件本身恢复，请选择一个备份文件', { reason: 'SAME_FILE' });
  const current = host.registry();
  const sourceKey = await backupKey(file, current.key, request.passphrase);
  checkBackup(file, { ...openOptionsOf(current), key: sourceKey });
  const before = createBackup(current, { reason: 'before-restore', actor });
  const registry = await host.reopen((closed) => {
    restoreDatabase(closed.path, file, { key: closed.key, sourceKey, ...(closed.nativeBinding ? { nativeBinding: closed.nativeBinding } : {}) });
    return closed.key;
  });
  recordAudit(registry.db, { actor, action: 'backup.restore', entity: 'registry', after: { file: basename(file), path: file, beforeRestore: before.name } });
  return { registry, result: { restoredFrom: file, beforeRestore: before.path } };
}
