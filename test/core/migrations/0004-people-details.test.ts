// Migration 4 from a version-3 registry with people in it: the people keep everything they had,
// the new fields start empty, and the new tables refuse what the registry never stores.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/registry/db/migrations';
import { migrate, schemaVersion } from '../../../electron/registry/db/migrate';
import { openDatabase } from '../../../electron/registry/db/open';
import { testDir } from '../helpers/tmp';

function version3WithPeople() {
  const db = openDatabase(join(testDir(), 'r.sqlite3'));
  migrate(db, MIGRATIONS, 3);
  const insert = db.prepare(
    "INSERT INTO person (name, sex, birth_date, doc_number, mobile, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'then', 'then')",
  );
  insert.run('王芳', 'F', '1949-12-31', '11010519491231002X', '13812345678');
  insert.run('李四', null, null, null, null);
  return db;
}

describe('migration 0004 people-details', () => {
  it('keeps the people registered at version 3 and gives them empty new fields', () => {
    const db = version3WithPeople();
    expect(migrate(db, MIGRATIONS, 4)).toEqual([4]);
    expect(schemaVersion(db)).toBe(4);
    expect(db.prepare('SELECT name, doc_number, mobile, ethnicity, employer, occupation, blood_abo, blood_rh FROM person ORDER BY id').all()).toEqual([
      { name: '王芳', doc_number: '11010519491231002X', mobile: '13812345678', ethnicity: null, employer: null, occupation: null, blood_abo: null, blood_rh: null },
      { name: '李四', doc_number: null, mobile: null, ethnicity: null, employer: null, occupation: null, blood_abo: null, blood_rh: null },
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM person_phone').get()).toEqual({ n: 0 });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('refuses an ethnicity code outside 01–56 and a blood group that does not exist', () => {
    const db = version3WithPeople();
    migrate(db, MIGRATIONS, 4);
    const set = (column: string, value: string) => () => db.prepare(`UPDATE person SET ${column} = ? WHERE id = 1`).run(value);
    expect(set('ethnicity', '01')).not.toThrow();
    expect(set('ethnicity', '56')).not.toThrow();
    expect(set('ethnicity', '57')).toThrow(/CHECK/);
    expect(set('ethnicity', '汉族')).toThrow(/CHECK/);
    expect(set('blood_abo', 'AB')).not.toThrow();
    expect(set('blood_abo', 'C')).toThrow(/CHECK/);
    expect(set('blood_rh', '-')).not.toThrow();
    expect(set('blood_rh', 'neg')).toThrow(/CHECK/);
    db.close();
  });

  it('deletes a person’s phones and contacts with them, and refuses rows for no one', () => {
    const db = version3WithPeople();
    migrate(db, MIGRATIONS, 4);
    db.prepare("INSERT INTO person_phone (person_id, position, phone, label) VALUES (2, 0, '0754-88123456', '家')").run();
    db.prepare("INSERT INTO person_contact (person_id, position, name, relation, phone) VALUES (2, 0, '李母', '母亲', '13900001111')").run();
    expect(() => db.prepare("INSERT INTO person_contact (person_id, position, name, phone) VALUES (99, 0, '无', '13900001111')").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO person_contact (person_id, position, name, phone) VALUES (2, 1, '', '13900001111')").run()).toThrow(/CHECK/);
    db.prepare('DELETE FROM person WHERE id = 2').run();
    expect(db.prepare('SELECT (SELECT count(*) FROM person_phone) AS phones, (SELECT count(*) FROM person_contact) AS contacts').get()).toEqual({ phones: 0, contacts: 0 });
    db.close();
  });

  it('keeps staff names unique and active a yes/no', () => {
    const db = version3WithPeople();
    migrate(db, MIGRATIONS, 4);
    const add = db.prepare("INSERT INTO staff (name, active, created_at) VALUES (?, ?, 'now')");
    add.run('陈红', 1);
    expect(() => add.run('陈红', 1)).toThrow(/UNIQUE/);
    expect(() => add.run('林峰', 2)).toThrow(/CHECK/);
    db.close();
  });
});
