// How the registry file is opened, checked and backed up.
import Database from 'better-sqlite3-multiple-ciphers';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PersonInput } from '../../electron/contract/people';
import { checkRegistryFile } from '../../electron/registry/db/maintenance';
import { createPerson } from '../../electron/registry/people/repository';
import { openRegistry } from '../../electron/registry/registry';
import { subDir, testDir, tempRegistry } from './helpers/tmp';

const person = (name: string) => PersonInput.parse({ name });

describe('opening the registry', () => {
  it('uses WAL, synchronous=FULL, foreign keys and a busy timeout', () => {
    const { db } = tempRegistry();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(1000);
  });

  it('creates the folder and the file on first run', () => {
    const path = join(testDir(), 'nested', 'deeper', 'registry.sqlite3');
    openRegistry({ path }).close();
    expect(existsSync(path)).toBe(true);
  });

  it('refuses a file that is not SQLite with a clear message', () => {
    const path = join(testDir(), 'garbage.sqlite3');
    writeFileSync(path, 'this is not a database'.repeat(100));
    expect(() => openRegistry({ path })).toThrow(/不是有效的数据库文件/);
  });
});

describe('verify', () => {
  it('reports ok on a sound registry', () => {
    expect(tempRegistry().verify()).toEqual({ ok: true, integrity: ['ok'], foreignKeyViolations: [] });
  });

  it('reports foreign-key violations', () => {
    const registry = tempRegistry();
    registry.db.exec('CREATE TABLE child (id INTEGER PRIMARY KEY, person_id INTEGER REFERENCES person(id))');
    registry.db.pragma('foreign_keys = OFF');
    registry.db.exec('INSERT INTO child (person_id) VALUES (999)');
    const report = registry.verify();
    expect(report.ok).toBe(false);
    expect(report.foreignKeyViolations).toEqual([{ table: 'child', rowid: 1, parent: 'person' }]);
  });
});

describe('backup', () => {
  it('writes a single, checked file holding everything committed, while the registry stays open', async () => {
    const registry = tempRegistry();
    createPerson(registry.db, person('张三'), 'test');
    const dir = subDir('backups');
    const dest = join(dir, 'backup.sqlite3');
    await registry.backup(dest);
    // Written after the backup: must not be in it.
    createPerson(registry.db, person('李四'), 'test');

    expect(readdirSync(dir)).toEqual(['backup.sqlite3']);
    expect(checkRegistryFile(dest)).toBe(registry.db.pragma('user_version', { simple: true }));
    const copy = new Database(dest, { readonly: true });
    expect(copy.prepare('SELECT name FROM person').all()).toEqual([{ name: '张三' }]);
    copy.close();
  });

  it('leaves no partial file behind when the destination folder does not exist', async () => {
    const registry = tempRegistry();
    const dir = subDir('backups');
    expect(() => registry.backup(join(dir, 'missing', 'b.sqlite3'))).toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});
