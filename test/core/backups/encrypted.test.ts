// Backups of an encrypted registry leak nothing: they are encrypted with the registry's key, a
// backup on a USB stick carries the recovery file so the recovery code opens it there, a backup
// made under an older passphrase restores once that passphrase is given, and switching
// encryption on re-encrypts the plain backups made before.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupsFolderOf } from '../../../electron/registry/backups/files';
import { rekeyBackups } from '../../../electron/registry/backups/rekey';
import { openDatabase } from '../../../electron/registry/db/open';
import { fileState } from '../../../electron/registry/vault/key';
import { keyFromRecoveryCode, recoveryFileOf } from '../../../electron/registry/vault/recovery';
import { subDir } from '../helpers/tmp';
import { CHEN_ID, WANG_FANG_ID } from '../peopleSetup';
import { startRegistry } from '../helpers/host';
import { filesContaining, PASSPHRASE } from './helpers';

const NEW_PASSPHRASE = '秋天的献血车停在广场西侧';

describe('backups of an encrypted registry', () => {
  it('are encrypted, show no text on disk, and restore', async () => {
    const { path, call, names } = startRegistry();
    await call('people.create', { name: '王芳', docNumber: WANG_FANG_ID });
    await call('vault.encrypt', { newPassphrase: PASSPHRASE });
    const made = await call('backups.create', {});
    await call('people.create', { name: '陈明', docNumber: CHEN_ID });

    expect(fileState(made.path)).toBe('encrypted');
    expect(made).toMatchObject({ status: 'ok', manifest: { encrypted: true, counts: { people: 1 } } });
    expect(filesContaining(backupsFolderOf(path), '王芳')).toEqual([]);
    expect(filesContaining(backupsFolderOf(path), WANG_FANG_ID)).toEqual([]);

    await call('backups.restore', { file: made.path });
    expect(await names()).toEqual(['王芳']);
    expect(fileState(path)).toBe('encrypted');
    expect(filesContaining(backupsFolderOf(path), '陈明')).toEqual([]);
  });

  it('to a USB stick take the recovery file along, so the recovery code opens the backup there', async () => {
    const { call } = startRegistry();
    await call('people.create', { name: '王芳', docNumber: WANG_FANG_ID });
    const { recoveryCode } = await call('vault.encrypt', { newPassphrase: PASSPHRASE });
    const made = await call('backups.create', { folder: subDir('U盘') });
    expect(readdirSync(subDir('U盘')).sort()).toEqual([made.name, `${made.name}.json`, `${made.name}.recovery`].sort());

    const key = await keyFromRecoveryCode(made.path, recoveryCode);
    const db = openDatabase(made.path, { key, readonly: true });
    try {
      expect(db.prepare('SELECT name FROM person').pluck().all()).toEqual(['王芳']);
    } finally {
      db.close();
    }
    expect(recoveryFileOf(made.path)).toBe(`${made.path}.recovery`);
  });

  it('made under an older passphrase list as such, ask for it (BACKUP_KEY), then restore under the current key', async () => {
    const { path, call, refusal, names } = startRegistry();
    await call('people.create', { name: '王芳', docNumber: WANG_FANG_ID });
    await call('vault.encrypt', { newPassphrase: PASSPHRASE });
    // Another folder: the automatic ones follow the key when it changes (rekeyBackups).
    const old = await call('backups.create', { folder: subDir('U盘') });
    await call('vault.encrypt', { currentPassphrase: PASSPHRASE, newPassphrase: NEW_PASSPHRASE });
    await call('people.create', { name: '陈明', docNumber: CHEN_ID });

    // Copied back into the list by hand, it shows as needing its passphrase, not as damaged.
    mkdirSync(backupsFolderOf(path));
    for (const file of [old.name, `${old.name}.json`]) copyFileSync(join(dirname(old.path), file), join(backupsFolderOf(path), file));
    expect((await call('backups.list', {})).backups).toMatchObject([{ name: old.name, status: 'other-key' }]);

    const refused = await refusal('backups.restore', { file: old.path });
    expect(refused).toMatchObject({ code: 'WRONG_PASSPHRASE', details: { reason: 'BACKUP_KEY' } });
    expect((await refusal('backups.verify', { file: old.path })).code).toBe('WRONG_PASSPHRASE');
    expect((await refusal('backups.restore', { file: old.path, passphrase: '猜错的口令' })).details).toMatchObject({ reason: 'BACKUP_KEY' });
    expect(await names()).toEqual(['王芳', '陈明']);

    await call('backups.restore', { file: old.path, passphrase: PASSPHRASE });
    expect(await names()).toEqual(['王芳']);
    // Re-keyed to the registry's current key: the before-restore backup and the registry open with it.
    expect((await call('backups.list', {})).backups.map((b) => b.status)).toEqual(['ok', 'other-key']);
  });
});

describe('backups follow the registry key (rekeyBackups, run by every vault change)', () => {
  it('leaves no plain backup once encryption is switched on, and every backup still checks and restores', async () => {
    const { path, call, names } = startRegistry();
    await call('people.create', { name: '王芳', docNumber: WANG_FANG_ID });
    const first = await call('backups.create', {});
    await call('people.create', { name: '陈明', docNumber: CHEN_ID });
    await call('backups.create', {});
    expect(filesContaining(backupsFolderOf(path), '王芳')).toHaveLength(2);

    // What a backup interrupted by a power cut leaves: a plain temp copy nobody lists.
    copyFileSync(first.path, join(backupsFolderOf(path), `.${Date.now()}-1234.partial.sqlite3`));

    expect((await call('vault.encrypt', { newPassphrase: PASSPHRASE })).backupsLeft).toEqual([]);
    expect(filesContaining(backupsFolderOf(path), '王芳')).toEqual([]);
    expect(filesContaining(backupsFolderOf(path), 'SQLite format 3')).toEqual([]);

    const { backups } = await call('backups.list', {});
    expect(backups.map((b) => [b.status, b.manifest?.encrypted])).toEqual([
      ['ok', true],
      ['ok', true],
    ]);
    await call('backups.restore', { file: first.path });
    expect(await names()).toEqual(['王芳']);
  });

  it('leaves no plain copy beside the registry after a restore and encryption: no file anywhere shows a name', async () => {
    const { path, call } = startRegistry();
    await call('people.create', { name: '王芳', docNumber: WANG_FANG_ID });
    const made = await call('backups.create', {});
    await call('people.create', { name: '陈明', docNumber: CHEN_ID });
    await call('backups.restore', { file: made.path });
    // The replaced data is a backup in the list, not a copy nobody sees beside the registry.
    expect(filesContaining(dirname(path), '陈明')).toEqual([]);
    expect(filesContaining(backupsFolderOf(path), '陈明').length).toBeGreaterThan(0);

    expect((await call('vault.encrypt', { newPassphrase: PASSPHRASE })).backupsLeft).toEqual([]);
    for (const folder of [dirname(path), backupsFolderOf(path)]) {
      expect(filesContaining(folder, '王芳'), folder).toEqual([]);
      expect(filesContaining(folder, '陈明'), folder).toEqual([]);
    }
  });

  it('follows a new passphrase, and skips (reports) what it cannot open', async () => {
    const { host, path, call } = startRegistry();
    await call('vault.encrypt', { newPassphrase: PASSPHRASE });
    const before = host.registry().key;
    const made = await call('backups.create', {});
    expect((await call('vault.encrypt', { currentPassphrase: PASSPHRASE, newPassphrase: NEW_PASSPHRASE })).backupsLeft).toEqual([]);
    expect((await call('backups.list', {})).backups.find((b) => b.name === made.name)?.status).toBe('ok');

    // Run again with the old key as `from`: the backup no longer opens with it and is left as it is.
    const again = rekeyBackups(path, before, null);
    expect(again.rekeyed).toEqual([]);
    expect(again.skipped).toMatchObject([{ file: made.name, encrypted: true }]);
    expect(fileState(made.path)).toBe('encrypted');
  });
});
