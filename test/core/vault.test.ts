// Encryption at rest as the office relies on it: once switched on, the file on disk (and its
// -wal, and every backup) shows none of the registry's text; the registry opens only with the
// passphrase; the recovery code opens it when the passphrase is forgotten and is then spent.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { restoreDatabase } from '../../electron/registry/db/maintenance';
import { fileState, keyForFile } from '../../electron/registry/vault/key';
import { recoveryFileOf } from '../../electron/registry/vault/recovery';
import { unlockRegistry } from '../../electron/registry/vault/unlock';
import { PASSPHRASE } from './backups/helpers';
import { startRegistry } from './helpers/host';
import { testDir } from './helpers/tmp';
import { WANG_FANG_ID } from './peopleSetup';

/** Every byte of the registry's files on disk: the database and its -wal, if any. */
const onDisk = (path: string) => Buffer.concat([path, `${path}-wal`].filter(existsSync).map((file) => readFileSync(file)));


describe('encryption at rest', () => {
  it('hides names and ID numbers on disk once switched on, and keeps every record', async () => {
    const { host, path, call } = startRegistry();
    await call('people.create', { name: '王芳', docNumber: WANG_FANG_ID });
    expect(onDisk(path).includes(Buffer.from('王芳'))).toBe(true);

    const { recoveryCode, status } = await call('vault.encrypt', { newPassphrase: PASSPHRASE });
    expect(status).toEqual({ encrypted: true, unlocked: true, recoverable: true });
    expect(recoveryCode).toMatch(/^([0-9A-Z]{4}-){5}[0-9A-Z]{4}$/);
    // Written after encryption too: the -wal must be encrypted as well.
    await call('people.create', { name: '李秀英', docNumber: '440514198803150015' });
    const bytes = onDisk(path);
    for (const text of ['王芳', '李秀英', WANG_FANG_ID, 'SQLite format 3', 'CREATE TABLE']) expect(bytes.includes(Buffer.from(text)), text).toBe(false);
    expect(fileState(path)).toBe('encrypted');
    // What someone with the stolen disk would try first: no schema, table or column names.
    const printable = execFileSync('strings', ['-a', '-n', '5', path], { encoding: 'utf8' });
    for (const word of ['CREATE', 'person', 'doc_number', 'audit_log']) expect(printable).not.toContain(word);
    expect(readdirSync(testDir()).filter((f) => f.includes('partial'))).toEqual([]);
    expect((await call('people.list', { query: '王芳' })).total).toBe(1);
    host.close();
  });

  it('starts locked, refuses a wrong passphrase and everything else until unlocked', async () => {
    const first = startRegistry();
    await first.call('people.create', { name: '王芳', docNumber: WANG_FANG_ID });
    await first.call('vault.encrypt', { newPassphrase: PASSPHRASE });
    first.host.close();

    const again = startRegistry(first.path);
    expect(again.host.state()).toBe('locked');
    expect(await again.call('vault.status', {})).toEqual({ encrypted: true, unlocked: false, recoverable: true });
    expect(await again.codeOf('people.list', { query: '王芳' })).toBe('LOCKED');
    expect(await again.codeOf('vault.unlock', { passphrase: '春天的献血车停在广场西侧' })).toBe('WRONG_PASSPHRASE');
    expect(again.host.state()).toBe('locked');
    await again.call('vault.unlock', { passphrase: PASSPHRASE });
    expect((await again.call('people.list', { query: '王芳' })).total).toBe(1);
  });

  it('changes the passphrase only for who knows the current one, and spends the old recovery code', async () => {
    const { host, path, call, codeOf } = startRegistry();
    const first = await call('vault.encrypt', { newPassphrase: PASSPHRASE });
    expect(await codeOf('vault.encrypt', { currentPassphrase: '不是这个口令啊啊啊啊', newPassphrase: '新的口令也要足够长一些' })).toBe('WRONG_PASSPHRASE');
    const second = await call('vault.encrypt', { currentPassphrase: PASSPHRASE, newPassphrase: '新的口令也要足够长一些' });
    expect(second.recoveryCode).not.toBe(first.recoveryCode);
    host.close();

    const again = startRegistry(path);
    expect(await again.codeOf('vault.unlock', { passphrase: PASSPHRASE })).toBe('WRONG_PASSPHRASE');
    expect(await again.codeOf('vault.recover', { recoveryCode: first.recoveryCode, newPassphrase: '另一个足够长的口令句子' })).toBe('UNAUTHORIZED');
    await again.call('vault.unlock', { passphrase: '新的口令也要足够长一些' });
  });

  it('opens with the recovery code when the passphrase is forgotten, under a new passphrase', async () => {
    const first = startRegistry();
    await first.call('people.create', { name: '王芳', docNumber: WANG_FANG_ID });
    const { recoveryCode } = await first.call('vault.encrypt', { newPassphrase: PASSPHRASE });
    first.host.close();

    const again = startRegistry(first.path);
    // Typed from paper: lower case, without dashes.
    const recovered = await again.call('vault.recover', { recoveryCode: recoveryCode.toLowerCase().replace(/-/g, ''), newPassphrase: '忘了旧口令换个新的口令' });
    expect(recovered.status.unlocked).toBe(true);
    expect((await again.call('people.list', { query: '王芳' })).total).toBe(1);
    again.host.close();

    const third = startRegistry(first.path);
    expect(await third.codeOf('vault.unlock', { passphrase: PASSPHRASE })).toBe('WRONG_PASSPHRASE');
    expect(await third.codeOf('vault.recover', { recoveryCode, newPassphrase: '再换一个足够长的口令' })).toBe('UNAUTHORIZED');
    await third.call('vault.recover', { recoveryCode: recovered.recoveryCode, newPassphrase: '再换一个足够长的口令' });
  });

  it('switches back to a plain file with every record', async () => {
    const { host, path, call } = startRegistry();
    await call('people.create', { name: '王芳', docNumber: WANG_FANG_ID });
    await call('vault.encrypt', { newPassphrase: PASSPHRASE });
    await call('vault.decrypt', { currentPassphrase: PASSPHRASE });
    expect(fileState(path)).toBe('plain');
    expect(existsSync(recoveryFileOf(path))).toBe(false);
    host.close();
    const again = startRegistry(path);
    expect(again.host.state()).toBe('open');
    expect((await again.call('people.list', { query: '王芳' })).total).toBe(1);
  });

  it('makes encrypted backups, and restores one made under an older passphrase with the current key', async () => {
    const { host, path, call } = startRegistry();
    await call('people.create', { name: '王芳', docNumber: WANG_FANG_ID });
    await call('vault.encrypt', { newPassphrase: PASSPHRASE });
    const backup = join(testDir(), 'old.sqlite3');
    host.registry().backup(backup);
    expect(readFileSync(backup).includes(Buffer.from('王芳'))).toBe(false);
    const oldKey = await keyForFile(backup, PASSPHRASE);

    await call('vault.encrypt', { currentPassphrase: PASSPHRASE, newPassphrase: '新的口令也要足够长一些' });
    await call('people.create', { name: '李秀英', docNumber: '440514198803150015' });
    await host.reopen((closed) => {
      restoreDatabase(closed.path, backup, { key: closed.key, sourceKey: oldKey });
      return closed.key;
    });
    expect((await call('people.list', { query: '李秀英' })).total).toBe(0);
    expect((await call('people.list', { query: '王芳' })).total).toBe(1);
    host.close();
    const again = startRegistry(path);
    await again.call('vault.unlock', { passphrase: '新的口令也要足够长一些' });
  });
});

describe('restoring across encryption', () => {
  it('encrypts a plain backup as it is restored into an encrypted registry', async () => {
    const { host, path, call } = startRegistry();
    await call('people.create', { name: '王芳', docNumber: WANG_FANG_ID });
    const plainBackup = join(testDir(), 'plain.sqlite3');
    host.registry().backup(plainBackup);
    await call('vault.encrypt', { newPassphrase: PASSPHRASE });
    await host.reopen((closed) => {
      restoreDatabase(closed.path, plainBackup, closed);
      return closed.key;
    });
    expect(fileState(path)).toBe('encrypted');
    expect(onDisk(path).includes(Buffer.from('王芳'))).toBe(false);
    expect((await call('people.list', { query: '王芳' })).total).toBe(1);
  });
});

describe('guessing the passphrase', () => {
  it('is slowed after five wrong tries, and the unlock that ends them records how many there were', async () => {
    const first = startRegistry();
    await first.call('vault.encrypt', { newPassphrase: PASSPHRASE });
    first.host.close();

    const again = startRegistry(first.path);
    const start = new Date('2026-12-07T09:00:00');
    for (let i = 0; i < 5; i += 1) {
      await expect(unlockRegistry(again.host, '猜一个口令试试看吧', start)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    }
    // Even the right passphrase waits out the minute.
    await expect(unlockRegistry(again.host, PASSPHRASE, new Date(start.getTime() + 30_000))).rejects.toMatchObject({ details: { reason: 'UNLOCK_DELAYED' } });
    expect(again.host.state()).toBe('locked');
    await unlockRegistry(again.host, PASSPHRASE, new Date(start.getTime() + 61_000));
    const entries = (await again.call('audit.list', { action: 'vault.unlock' })).rows;
    expect(entries.map((e) => e.after)).toEqual([{ failedAttempts: 5 }]);
  });
});
