// Migration 7 from a version-6 registry: the stem-cell tables arrive empty beside the people
// already there, and the schema itself refuses what the pipeline must never store.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/registry/db/migrations';
import { migrate, schemaVersion } from '../../../electron/registry/db/migrate';
import { openDatabase } from '../../../electron/registry/db/open';
import { testDir } from '../helpers/tmp';

describe('migration 0007 stemcell', () => {
  it('adds the enrollment tables to a version-6 registry and keeps its people', () => {
    const db = openDatabase(join(testDir(), 'r.sqlite3'));
    migrate(db, MIGRATIONS, 6);
    const now = '2024-01-01T00:00:00.000Z';
    const person = db.prepare("INSERT INTO person (name, birth_date, created_at, updated_at) VALUES (?, '2000-05-10', ?, ?)");
    const a = Number(person.run('陈思远', now, now).lastInsertRowid);
    const b = Number(person.run('林晓', now, now).lastInsertRowid);

    expect(migrate(db, MIGRATIONS, 7)).toEqual([7]);
    expect(schemaVersion(db)).toBe(7);
    expect(db.prepare('SELECT count(*) AS n FROM person').get()).toEqual({ n: 2 });

    const enroll = db.prepare(
      `INSERT INTO enrollment (person_id, consent_date, status, status_since, withdrawn_from, withdrawal_reason, cmdp_donor_id, created_at, updated_at)
       VALUES (?, '2024-03-01', ?, '2024-03-01', ?, ?, ?, ?, ?)`,
    );
    enroll.run(a, 'registered', null, null, '440012345678', now, now);
    // One enrollment per person; a CMDP donor ID once; 12 digits; a withdrawal has its stage and code.
    expect(() => enroll.run(a, 'registered', null, null, null, now, now)).toThrow(/UNIQUE/);
    expect(() => enroll.run(b, 'registered', null, null, '440012345678', now, now)).toThrow(/UNIQUE/);
    expect(() => enroll.run(b, 'registered', null, null, '4400123456', now, now)).toThrow(/CHECK/);
    expect(() => enroll.run(b, 'withdrawn', null, null, null, now, now)).toThrow(/CHECK/);
    expect(() => enroll.run(b, 'withdrawn', 'typed', 'XX', null, now, now)).toThrow(/CHECK/);
    expect(() => enroll.run(999, 'registered', null, null, null, now, now)).toThrow(/FOREIGN KEY/);
    enroll.run(b, 'withdrawn', 'workup', 'PR', null, now, now);

    const contact = db.prepare("INSERT INTO enrollment_contact (enrollment_id, position, name, relation, phone) VALUES (1, ?, '张建国', 'parent', '13800138001')");
    contact.run(1);
    contact.run(2);
    expect(() => contact.run(3)).toThrow(/CHECK/);
    db.close();
  });
});
