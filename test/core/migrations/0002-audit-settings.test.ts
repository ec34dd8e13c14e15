// Migration 2 from a database at version 1 that already holds people: nothing is lost.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/registry/db/migrations';
import { migrate, schemaVersion } from '../../../electron/registry/db/migrate';
import { openDatabase } from '../../../electron/registry/db/open';
import { testDir } from '../helpers/tmp';

describe('migration 0002 audit-settings', () => {
  it('adds the audit log and settings to a version-1 registry and keeps its people', () => {
    const db = openDatabase(join(testDir(), 'r.sqlite3'));
    migrate(db, MIGRATIONS, 1);
    db.prepare("INSERT INTO person (name, created_at, updated_at) VALUES ('张三', 'now', 'now')").run();

    expect(migrate(db, MIGRATIONS, 2)).toEqual([2]);
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT name FROM person').all()).toEqual([{ name: '张三' }]);
    db.prepare("INSERT INTO audit_log (at, actor, action, entity) VALUES ('now', 'local', 'person.create', 'person')").run();
    db.prepare("INSERT INTO setting (key, value) VALUES ('ui.language', '\"en\"')").run();
    expect(() => db.prepare("INSERT INTO setting (key, value) VALUES ('ui.language', '\"zh-CN\"')").run()).toThrow(/UNIQUE|PRIMARY/);
    db.close();
  });
});
