// Migration 9 from a version-8 registry: the imports table arrives beside what was there, and
// refuses a record whose counts do not add up or whose drive is missing or misplaced.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/registry/db/migrations';
import { migrate, schemaVersion } from '../../../electron/registry/db/migrate';
import { openDatabase } from '../../../electron/registry/db/open';
import { testDir } from '../helpers/tmp';

describe('migration 0009 imports', () => {
  it('adds the imports table to a version-8 registry and keeps what was there', () => {
    const db = openDatabase(join(testDir(), 'r.sqlite3'));
    migrate(db, MIGRATIONS, 8);
    const now = '2026-01-01T00:00:00.000Z';
    db.prepare("INSERT INTO person (name, created_at, updated_at) VALUES ('陈明', ?, ?)").run(now, now);
    const driveId = Number(db.prepare("INSERT INTO blood_drive (date, site, created_at, created_by, updated_at) VALUES ('2026-01-01', '广场', ?, 'test', ?)").run(now, now).lastInsertRowid);

    expect(migrate(db, MIGRATIONS, 9)).toEqual([9]);
    expect(schemaVersion(db)).toBe(9);
    expect(db.prepare('SELECT count(*) AS n FROM person').get()).toEqual({ n: 1 });

    const insert = db.prepare(
      `INSERT INTO imports (file_name, sha256, kind, drive_id, rows, valid, invalid, in_registry, created, updated, skipped, imported_at, imported_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, ?, '测试员')`,
    );
    const sha = 'a'.repeat(64);
    insert.run('名单.xlsx', sha, 'people', null, 3, 2, 1, now);
    insert.run('活动.xlsx', sha, 'blood-drive', driveId, 1, 1, 0, now);
    expect(() => insert.run('x.xlsx', sha, 'people', null, 3, 1, 1, now)).toThrow(/CHECK/);
    expect(() => insert.run('x.xlsx', sha, 'blood-drive', null, 1, 1, 0, now)).toThrow(/CHECK/);
    expect(() => insert.run('x.xlsx', sha, 'people', driveId, 1, 1, 0, now)).toThrow(/CHECK/);
    expect(() => insert.run('x.xlsx', sha, 'blood-drive', 999, 1, 1, 0, now)).toThrow(/FOREIGN KEY/);
    expect(() => insert.run('x.xlsx', 'short', 'people', null, 1, 1, 0, now)).toThrow(/CHECK/);
    expect(() => insert.run('x.xlsx', sha, 'wristband', null, 1, 1, 0, now)).toThrow(/CHECK/);
    db.close();
  });
});
