// Migration 10 from the version before it: the export batch tables arrive beside the people
// already there, and the schema refuses a batch or a line that could not be written again.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/registry/db/migrations';
import { migrate, schemaVersion } from '../../../electron/registry/db/migrate';
import { openDatabase } from '../../../electron/registry/db/open';
import { testDir } from '../helpers/tmp';

const BEFORE = MIGRATIONS.filter((m) => m.version < 10).at(-1)!.version;

describe('migration 0010 exports', () => {
  it('adds the batch tables to the previous version and keeps what was there', () => {
    const db = openDatabase(join(testDir(), 'r.sqlite3'));
    migrate(db, MIGRATIONS, BEFORE);
    const now = '2024-01-01T00:00:00.000Z';
    const personId = Number(db.prepare("INSERT INTO person (name, created_at, updated_at) VALUES ('王德明', ?, ?)").run(now, now).lastInsertRowid);

    expect(migrate(db, MIGRATIONS, 10)).toEqual([10]);
    expect(schemaVersion(db)).toBe(10);
    expect(db.prepare('SELECT name FROM person').pluck().all()).toEqual(['王德明']);

    const batch = db.prepare(
      `INSERT INTO export_batch (kind, status, created_at, created_by, row_count, file_name, format, sha256, template, reopened_at)
       VALUES (?, ?, ?, 'staff', ?, 'f.xlsx', 'xlsx', ?, '{}', ?)`,
    );
    const sha = 'a'.repeat(64);
    const id = Number(batch.run('cmdp', 'created', now, 1, sha, null).lastInsertRowid);
    expect(() => batch.run('blood', 'created', now, 1, sha, null)).toThrow(/CHECK/);
    expect(() => batch.run('cmdp', 'created', now, 0, sha, null)).toThrow(/CHECK/);
    expect(() => batch.run('cmdp', 'created', now, 1, 'short', null)).toThrow(/CHECK/);
    // Reopened exactly when it says when.
    expect(() => batch.run('cmdp', 'reopened', now, 1, sha, null)).toThrow(/CHECK/);
    expect(() => batch.run('cmdp', 'created', now, 1, sha, now)).toThrow(/CHECK/);

    const item = db.prepare('INSERT INTO export_batch_item (batch_id, position, person_id, source_key, row) VALUES (?, ?, ?, ?, ?)');
    item.run(id, 1, personId, 'enrollment:1', '{"name":"王德明"}');
    expect(() => item.run(id, 1, personId, 'enrollment:1', '{}')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => item.run(id, 2, personId, 'enrollment:1', 'not json')).toThrow(/CHECK/);
    expect(() => item.run(id, 3, personId + 100, 'enrollment:1', '{}')).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
