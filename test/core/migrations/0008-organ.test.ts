// Migration 8 from a version-7 registry: the pledge tables arrive beside the people and the
// stem-cell enrollments already there, and the schema refuses what a pledge must never be.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/registry/db/migrations';
import { migrate, schemaVersion } from '../../../electron/registry/db/migrate';
import { openDatabase } from '../../../electron/registry/db/open';
import { testDir } from '../helpers/tmp';

describe('migration 0008 organ', () => {
  it('adds the pledge tables to a version-7 registry and keeps what was there', () => {
    const db = openDatabase(join(testDir(), 'r.sqlite3'));
    migrate(db, MIGRATIONS, 7);
    const now = '2024-01-01T00:00:00.000Z';
    const person = db.prepare("INSERT INTO person (name, birth_date, created_at, updated_at) VALUES (?, '1960-08-15', ?, ?)");
    const a = Number(person.run('王德明', now, now).lastInsertRowid);
    const b = Number(person.run('刘芳', now, now).lastInsertRowid);
    db.prepare("INSERT INTO enrollment (person_id, consent_date, status, status_since, created_at, updated_at) VALUES (?, '2024-03-01', 'registered', '2024-03-01', ?, ?)").run(b, now, now);

    expect(migrate(db, MIGRATIONS, 8)).toEqual([8]);
    expect(schemaVersion(db)).toBe(8);
    expect(db.prepare('SELECT count(*) AS n FROM enrollment').get()).toEqual({ n: 1 });

    const pledge = db.prepare(
      `INSERT INTO pledge (person_id, previous_id, status, organs, tissues, corneas, body, card_number, registered_on, effective_on,
                           executor_name, executor_relation, executor_phone, revoked_on, recorded_at, recorded_by)
       VALUES (?, NULL, ?, ?, 0, 0, ?, ?, '2024-04-01', '2024-04-01', ?, ?, ?, ?, ?, 'test')`,
    );
    pledge.run(a, 'active', 1, 0, 'C0001', null, null, null, null, now);
    // One pledge in force per person; one card; something pledged; a body pledge has its executor.
    expect(() => pledge.run(a, 'active', 1, 0, 'C0002', null, null, null, null, now)).toThrow(/UNIQUE/);
    expect(() => pledge.run(b, 'active', 1, 0, 'C0001', null, null, null, null, now)).toThrow(/UNIQUE/);
    expect(() => pledge.run(b, 'active', 0, 0, 'C0003', null, null, null, null, now)).toThrow(/CHECK/);
    expect(() => pledge.run(b, 'active', 0, 1, 'C0003', null, null, null, null, now)).toThrow(/CHECK/);
    expect(() => pledge.run(b, 'revoked', 1, 0, 'C0003', null, null, null, null, now)).toThrow(/CHECK/);
    pledge.run(b, 'active', 0, 1, 'C0003', '王建华', 'adult_child', '13800138002', null, now);
    // A superseded version gives up its card to the version that replaces it.
    db.prepare("UPDATE pledge SET status = 'changed' WHERE card_number = 'C0001'").run();
    pledge.run(a, 'active', 1, 0, 'C0001', null, null, null, null, now);
    db.close();
  });
});
