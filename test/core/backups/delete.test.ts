// Deleting backups by hand: manual and before-restore backups are never rotated, so an
// administrator deletes the ones no longer wanted. Only a backup in the list can be named, the
// newest sound one stays, and each deletion is in the audit log.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupsFolderOf } from '../../../electron/registry/backups/files';
import { unchangedSince } from '../../../electron/registry/backups/verify';
import { startRegistry } from '../helpers/host';
import { testDir } from '../helpers/tmp';
import { WANG_FANG_ID } from '../peopleSetup';

describe('deleting a backup', () => {
  it('removes the file and its manifest, audits it, and takes it off the list', async () => {
    const { call } = startRegistry();
    await call('people.create', { name: '王芳', docNumber: WANG_FANG_ID });
    const older = await call('backups.create', {});
    const newer = await call('backups.create', {});

    expect(await call('backups.delete', { name: older.name })).toEqual({ name: older.name });
    expect(existsSync(older.path)).toBe(false);
    expect(existsSync(`${older.path}.json`)).toBe(false);
    expect((await call('backups.list', {})).backups.map((b) => b.name)).toEqual([newer.name]);

    const audit = await call('audit.list', { action: 'backup.delete' });
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]).toMatchObject({ actor: '陈红', before: { file: older.name, reason: 'manual', counts: { people: 1 } } });
  });

  it('keeps the newest backup that passed its check, whatever else is newer', async () => {
    const { call, refusal, path } = startRegistry();
    const sound = await call('backups.create', {});
    // A newer file that is no backup at all (copied in by hand) does not stand in for it.
    const broken = join(backupsFolderOf(path), 'registry-2099-01-01-0000.sqlite3');
    writeFileSync(broken, 'not a database');

    expect(await refusal('backups.delete', { name: sound.name })).toMatchObject({ code: 'INVALID_INPUT', details: { reason: 'NEWEST_SOUND_BACKUP' } });
    expect(existsSync(sound.path)).toBe(true);
    await call('backups.delete', { name: 'registry-2099-01-01-0000.sqlite3' });
    expect(existsSync(broken)).toBe(false);

    // Once a newer sound backup exists, the older one may go.
    await call('backups.create', {});
    await call('backups.delete', { name: sound.name });
    expect(existsSync(sound.path)).toBe(false);
  });

  it('names only backups in the list: no paths, no hidden partial files, nothing outside the folder', async () => {
    const { call, refusal } = startRegistry();
    await call('backups.create', {});
    const outside = join(testDir(), 'keep-me.sqlite3');
    writeFileSync(outside, 'a file of someone else');

    expect((await refusal('backups.delete', { name: outside })).code).toBe('INVALID_INPUT');
    expect((await refusal('backups.delete', { name: '../keep-me.sqlite3' })).code).toBe('INVALID_INPUT');
    expect((await refusal('backups.delete', { name: '.registry.partial.sqlite3' })).code).toBe('INVALID_INPUT');
    expect((await refusal('backups.delete', { name: 'registry.json' })).code).toBe('INVALID_INPUT');
    expect((await refusal('backups.delete', { name: 'registry-2000-01-01-0000.sqlite3' })).code).toBe('NOT_FOUND');
    expect(existsSync(outside)).toBe(true);
    expect(await call('audit.list', { action: 'backup.delete' })).toMatchObject({ rows: [] });
  });

  it('is no change to the registry: the newest backup still counts as up to date, so quit makes none', async () => {
    const { call, host } = startRegistry();
    const older = await call('backups.create', {});
    const newest = await call('backups.create', {});
    await call('backups.delete', { name: older.name });
    expect(unchangedSince(host.registry().db, newest.manifest?.auditMark ?? null)).toBe(true);
  });
});
