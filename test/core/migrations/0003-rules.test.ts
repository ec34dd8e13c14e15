// Migration 3 from a version-2 registry: the rule table arrives empty, defaults come from code.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/registry/db/migrations';
import { migrate, schemaVersion } from '../../../electron/registry/db/migrate';
import { openDatabase } from '../../../electron/registry/db/open';
import { testDir } from '../helpers/tmp';

describe('migration 0003 rules', () => {
  it('adds rule_version to a version-2 registry and refuses values that are not JSON', () => {
    const db = openDatabase(join(testDir(), 'r.sqlite3'));
    migrate(db, MIGRATIONS, 2);
    db.prepare("INSERT INTO setting (key, value) VALUES ('ui.language', '\"en\"')").run();
    expect(migrate(db, MIGRATIONS, 3)).toEqual([3]);
    expect(schemaVersion(db)).toBe(3);
    expect(db.prepare('SELECT value FROM setting').all()).toEqual([{ value: '"en"' }]);
    const insert = db.prepare("INSERT INTO rule_version (key, value, effective_from, source, created_at, created_by) VALUES ('blood.age', ?, '2027-01-01', 's', 'now', 'me')");
    insert.run('{"min":18}');
    expect(() => insert.run('{not json')).toThrow(/CHECK/);
    db.close();
  });
});
