// The migration runner: order, one transaction per step, user_version, refusal of newer files.
import Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../electron/contract/errors';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../electron/registry/db/migrations';
import type { Migration } from '../../../electron/registry/db/migrations/types';
import { migrate, schemaVersion } from '../../../electron/registry/db/migrate';
import { APPLICATION_ID, openDatabase } from '../../../electron/registry/db/open';
import { openRegistry } from '../../../electron/registry/registry';
import { testDir } from '../helpers/tmp';

describe('migration runner', () => {
  it('numbers migrations 1, 2, 3… without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('brings a new file to the newest version and applies nothing the second time', () => {
    const db = openDatabase(join(testDir(), 'r.sqlite3'));
    expect(migrate(db)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(migrate(db)).toEqual([]);
    db.close();
  });

  it('rolls back a failing migration whole and leaves user_version at the last good step', () => {
    const db = openDatabase(join(testDir(), 'r.sqlite3'));
    const failing: Migration = {
      version: SCHEMA_VERSION + 1,
      name: 'half-done',
      up(d) {
        d.exec('CREATE TABLE half_done (id INTEGER PRIMARY KEY)');
        throw new Error('boom');
      },
    };
    expect(() => migrate(db, [...MIGRATIONS, failing], failing.version)).toThrow('boom');
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a database from a newer version of the program, in Chinese, without touching it', () => {
    const path = join(testDir(), 'newer.sqlite3');
    openRegistry({ path }).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    raw.close();

    let caught: unknown;
    try {
      openRegistry({ path });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ApiError);
    expect((caught as ApiError).code).toBe('DB_TOO_NEW');
    expect((caught as ApiError).message).toContain('更新版本');
    const after = new Database(path, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 5);
    after.close();
  });

  it('refuses a SQLite file that is not a registry', () => {
    const path = join(testDir(), 'other.sqlite3');
    const other = new Database(path);
    other.exec('CREATE TABLE t (x)');
    other.close();
    expect(() => openRegistry({ path })).toThrow(/不是三献登记数据库/);
  });

  it('marks new registries as ours with the application id', () => {
    const registry = openRegistry({ path: join(testDir(), 'r.sqlite3') });
    expect(registry.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    registry.close();
  });
});
