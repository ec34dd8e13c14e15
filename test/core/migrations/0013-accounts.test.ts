// Migration 13 from a version-12 registry whose staff signed in by name: they keep their rows
// (the audit log names them) as staff without a password, and the new columns refuse a password
// stored in plain text or a role the program does not know.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/registry/db/migrations';
import { migrate, schemaVersion } from '../../../electron/registry/db/migrate';
import { openDatabase } from '../../../electron/registry/db/open';
import { hashSecret } from '../../../electron/registry/vault/kdf';
import { testDir } from '../helpers/tmp';

function version12WithStaff() {
  const db = openDatabase(join(testDir(), 'r.sqlite3'));
  migrate(db, MIGRATIONS, 12);
  const insert = db.prepare("INSERT INTO staff (name, active, created_at) VALUES (?, ?, '2025-01-01T00:00:00.000Z')");
  insert.run('陈红', 1);
  insert.run('林峰', 0);
  return db;
}

describe('migration 0013 accounts', () => {
  it('keeps the staff of version 12 as role staff without a password, so the setup runs', () => {
    const db = version12WithStaff();
    expect(migrate(db, MIGRATIONS, 13)).toEqual([13]);
    expect(schemaVersion(db)).toBe(13);
    expect(db.prepare('SELECT name, active, role, password_hash, failed_sign_ins, locked_until, password_changed_at FROM staff ORDER BY id').all()).toEqual([
      { name: '陈红', active: 1, role: 'staff', password_hash: null, failed_sign_ins: 0, locked_until: null, password_changed_at: null },
      { name: '林峰', active: 0, role: 'staff', password_hash: null, failed_sign_ins: 0, locked_until: null, password_changed_at: null },
    ]);
    expect(db.prepare("SELECT count(*) AS n FROM staff WHERE role = 'admin'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('stores only scrypt hashes and the two roles', async () => {
    const db = version12WithStaff();
    migrate(db, MIGRATIONS, 13);
    const hash = await hashSecret('春节快乐2025');
    const set = (column: string, value: string) => () => db.prepare(`UPDATE staff SET ${column} = ? WHERE name = '陈红'`).run(value);
    expect(set('password_hash', hash)).not.toThrow();
    expect(set('password_hash', '春节快乐2025')).toThrow(/CHECK/);
    expect(set('role', 'admin')).not.toThrow();
    expect(set('role', 'root')).toThrow(/CHECK/);
    db.close();
  });
});
