import { resolve } from 'node:path';
import { createBackup, openOptionsOf } from '../../registry/backups/create';
import { backupsFolderOf, listBackupsIn } from '../../registry/backups/files';
import { deleteBackup } from '../../registry/backups/remove';
import { restoreBackup } from '../../registry/backups/restore';
import { backupKey, recordCheck, verifyBackup } from '../../registry/backups/verify';
import type { HandlersFor } from '../types';

export const backupsHandlers: HandlersFor<'backups'> = {
  'backups.list': (_input, { registry }) => {
    const folder = backupsFolderOf(registry.path);
    return { folder, backups: listBackupsIn(folder, openOptionsOf(registry)) };
  },
  'backups.create': ({ folder }, { registry, actor }) => createBackup(registry, { reason: 'manual', actor, ...(folder ? { folder } : {}) }),
  'backups.verify': async ({ file, passphrase }, { registry }) => {
    const key = await backupKey(file, registry.key, passphrase);
    return recordCheck(verifyBackup(resolve(file), { ...openOptionsOf(registry), key }));
  },
  'backups.restore': async (input, { host, session, actor }) => {
    const { registry, result } = await restoreBackup(host, input, actor);
    // The restored registry may not know who is signed in, or give them another role.
    session.signOut(registry.db);
    return result;
  },
  'backups.delete': ({ name }, { registry, actor }) => deleteBackup(registry, name, actor),
};
