// Migration 1 from an empty file: the person table and its uniqueness rule.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/registry/db/migrations';
import { migrate, schemaVersion } from '../../../electron/registry/db/migrate';
import { openDatabase } from '../../../electron/registry/db/open';
import { testDir } from '../helpers/tmp';

describe('migration 0001 people', () => {
  it('creates person with a unique normalised document number per type', () => {
    const db = openDatabase(join(testDir(), 'r.sqlite3'));
    migrate(db, MIGRATIONS, 1);
    expect(schemaVersion(db)).toBe(1);
    const insert = db.prepare(
      "INSERT INTO person (name, doc_type, doc_number, created_at, updated_at) VALUES (?, ?, ?, 'now', 'now')",
    );
    insert.run('张三', 'resident_id', '11010519491231002X');
    expect(() => insert.run('李四', 'resident_id', '11010519491231002X')).toThrow(/UNIQUE/);
    insert.run('李四', 'passport', '11010519491231002X');
    insert.run('王五', 'resident_id', null);
    insert.run('赵六', 'resident_id', null);
    expect(db.prepare('SELECT count(*) AS n FROM person').get()).toEqual({ n: 4 });
    db.close();
  });

  it('rejects impossible values at the table, whatever the caller', () => {
    const db = openDatabase(join(testDir(), 'r.sqlite3'));
    migrate(db, MIGRATIONS, 1);
    const insert = db.prepare("INSERT INTO person (name, sex, birth_date, created_at, updated_at) VALUES (?, ?, ?, 'now', 'now')");
    expect(() => insert.run('', null, null)).toThrow(/CHECK/);
    expect(() => insert.run('张三', 'X', null)).toThrow(/CHECK/);
    expect(() => insert.run('张三', 'M', '31/12/1949')).toThrow(/CHECK/);
    db.close();
  });
});
