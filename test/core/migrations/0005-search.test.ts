// Migration 5 from a version-4 registry that already holds people: the search index is built
// for them, exactly as the triggers build it for people added afterwards.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/registry/db/migrations';
import { migrate, schemaVersion } from '../../../electron/registry/db/migrate';
import { openDatabase } from '../../../electron/registry/db/open';
import { testDir } from '../helpers/tmp';

const PEOPLE = [
  { name: '单田芳', doc: '440514196001010011', mobile: '13812345678', address: '潮南区陈店镇溪口村', phone: '0754-88881234' },
  { name: '张三', doc: null, mobile: null, address: null, phone: null },
  { name: '欧阳娜娜', doc: '44051319900101002X', mobile: '13900001111', address: null, phone: '13900001111' },
];

function addPeople(db: Database): void {
  const person = db.prepare("INSERT INTO person (name, doc_number, mobile, address, created_at, updated_at) VALUES (?, ?, ?, ?, 'now', 'now')");
  const phone = db.prepare('INSERT INTO person_phone (person_id, position, phone) VALUES (?, 0, ?)');
  for (const p of PEOPLE) {
    const id = Number(person.run(p.name, p.doc, p.mobile, p.address).lastInsertRowid);
    if (p.phone) phone.run(id, p.phone);
  }
}

/** Everything the search index holds, in a stable order. */
function indexOf(db: Database) {
  return {
    grams: db.prepare('SELECT gram, rank, person_id FROM search_gram ORDER BY person_id, gram').all(),
    gramCounts: db.prepare('SELECT gram, n FROM search_gram_count WHERE n > 0 ORDER BY gram').all(),
    letterCounts: db.prepare('SELECT letter, n FROM search_letter_count WHERE n > 0 ORDER BY letter').all(),
    pinyin: db.prepare('SELECT * FROM search_pinyin ORDER BY person_id').all(),
    numbers: db.prepare('SELECT rev, person_id FROM search_number ORDER BY person_id, rev').all(),
    text: db.prepare("SELECT rowid FROM search_text WHERE search_text MATCH '\"溪口村\"'").pluck().all(),
  };
}

describe('migration 0005 search', () => {
  it('indexes the people of a version-4 registry as the triggers index new ones', () => {
    const before = openDatabase(join(testDir(), 'v4.sqlite3'));
    migrate(before, MIGRATIONS, 4);
    addPeople(before);
    expect(migrate(before, MIGRATIONS, 5)).toEqual([5]);
    expect(schemaVersion(before)).toBe(5);

    const after = openDatabase(join(testDir(), 'v5.sqlite3'));
    migrate(after, MIGRATIONS, 5);
    addPeople(after);

    const built = indexOf(before);
    expect(built).toEqual(indexOf(after));
    expect(built.pinyin).toContainEqual({ person_id: 1, full: 'shantianfang', initials: 'stf' });
    // 张三: the whole name (rank 0), its start (1) and the rest (2).
    expect(built.grams.filter((g) => (g as { person_id: number }).person_id === 2)).toEqual([
      { gram: '三', rank: 2, person_id: 2 },
      { gram: '张', rank: 1, person_id: 2 },
      { gram: '张三', rank: 0, person_id: 2 },
    ]);
    // A number that is both the mobile and another phone is one key; the landline's dash goes.
    const key = (n: string) => [...n.replace('-', '')].reverse().join('');
    expect(built.numbers).toEqual(
      [
        { rev: key('440514196001010011'), person_id: 1 },
        { rev: key('13812345678'), person_id: 1 },
        { rev: key('0754-88881234'), person_id: 1 },
        { rev: key('44051319900101002X'), person_id: 3 },
        { rev: key('13900001111'), person_id: 3 },
      ].sort((a, b) => a.person_id - b.person_id || (a.rev < b.rev ? -1 : 1)),
    );
    expect(built.text).toEqual([1]);
    before.close();
    after.close();
  });
});
