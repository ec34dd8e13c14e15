// Migration 6 from a version-5 registry: people stay, the blood tables arrive, the table checks
// refuse inconsistent rows, and the triggers keep the donor summary through deletes and merges.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/registry/db/migrations';
import { migrate, schemaVersion } from '../../../electron/registry/db/migrate';
import { openDatabase } from '../../../electron/registry/db/open';
import { refreshDonors } from '../../../electron/registry/blood/donorSummary';
import { testDir } from '../helpers/tmp';

function atVersion5(): Database {
  const db = openDatabase(join(testDir(), 'r.sqlite3'));
  migrate(db, MIGRATIONS, 5);
  return db;
}

const addPerson = (db: Database, name: string) =>
  Number(db.prepare("INSERT INTO person (name, birth_date, created_at, updated_at) VALUES (?, '1990-01-01', 'now', 'now')").run(name).lastInsertRowid);

const insertDonation = (db: Database, values: Record<string, unknown>) =>
  db
    .prepare(
      `INSERT INTO donation (person_id, date, kind, outcome, volume_ml, units, deferral_reason, certificate_no, adverse_reaction, created_at, created_by)
       VALUES (@person, @date, @kind, @outcome, @volume, @units, @reason, @certificate, @adverse, 'now', 'test')`,
    )
    .run({ kind: 'whole_blood', outcome: 'donated', volume: null, units: null, reason: null, certificate: null, adverse: 0, ...values });

const summary = (db: Database) => db.prepare('SELECT * FROM blood_donor ORDER BY person_id').all();

describe('migration 0006 blood', () => {
  it('adds the blood tables to a version-5 registry and keeps its people', () => {
    const db = atVersion5();
    const id = addPerson(db, '王秀英');
    expect(migrate(db, MIGRATIONS, 6)).toEqual([6]);
    expect(schemaVersion(db)).toBe(6);
    expect(db.prepare('SELECT id, name FROM person').all()).toEqual([{ id, name: '王秀英' }]);
    for (const table of ['donation', 'blood_drive', 'partner_unit', 'blood_drive_partner', 'blood_donor']) {
      expect(db.prepare('SELECT count(*) AS n FROM sqlite_schema WHERE type = ? AND name = ?').get('table', table)).toEqual({ n: 1 });
    }
    db.close();
  });

  it('refuses rows whose outcome and measure disagree, duplicate certificates and unknown people', () => {
    const db = atVersion5();
    migrate(db, MIGRATIONS, 6);
    const person = addPerson(db, '甲');
    const base = { person, date: '2025-01-01' };
    expect(() => insertDonation(db, base)).toThrow(/CHECK/); // whole blood without a volume
    expect(() => insertDonation(db, { ...base, kind: 'platelets', volume: 400 })).toThrow(/CHECK/);
    expect(() => insertDonation(db, { ...base, outcome: 'deferred', volume: 400, reason: 'weight' })).toThrow(/CHECK/);
    expect(() => insertDonation(db, { ...base, outcome: 'deferred' })).toThrow(/CHECK/); // no reason
    expect(() => insertDonation(db, { ...base, outcome: 'deferred', reason: 'bored' })).toThrow(/CHECK/);
    insertDonation(db, { ...base, volume: 400, certificate: 'C1' });
    expect(() => insertDonation(db, { ...base, date: '2025-08-01', volume: 400, certificate: 'C1' })).toThrow(/UNIQUE/);
    expect(() => insertDonation(db, { ...base, person: 999, volume: 400 })).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO partner_unit (name, created_at) VALUES ('区医院', 'now'), ('区医院', 'now')").run()).toThrow(/UNIQUE/);
    db.close();
  });

  it('keeps the donor summary equal to the donations through deletes and a merge', () => {
    const db = atVersion5();
    migrate(db, MIGRATIONS, 6);
    const a = addPerson(db, '甲');
    const b = addPerson(db, '乙');
    insertDonation(db, { person: a, date: '2024-01-01', volume: 400 });
    insertDonation(db, { person: a, date: '2024-08-01', kind: 'platelets', units: 2, adverse: 1 });
    insertDonation(db, { person: a, date: '2025-03-01', outcome: 'deferred', reason: 'pulse' });
    const last = insertDonation(db, { person: b, date: '2023-05-05', volume: 200 });
    // Adding refreshes the summary in code (see donorSummary.ts); removing and moving are triggers.
    refreshDonors(db, [a, b]);
    expect(summary(db)).toEqual([
      { person_id: a, donations: 2, whole_ml: 400, platelet_units: 2, platelet_donations: 1, first_date: '2024-01-01', last_date: '2024-08-01', last_whole_date: '2024-01-01', last_platelets_date: '2024-08-01', adverse: 1, birth_date: '1990-01-01' },
      { person_id: b, donations: 1, whole_ml: 200, platelet_units: 0, platelet_donations: 0, first_date: '2023-05-05', last_date: '2023-05-05', last_whole_date: '2023-05-05', last_platelets_date: null, adverse: 0, birth_date: '1990-01-01' },
    ]);
    // A merge moves donations from one person to the other.
    db.prepare('UPDATE donation SET person_id = ? WHERE person_id = ?').run(a, b);
    expect(summary(db)).toMatchObject([{ person_id: a, donations: 3, whole_ml: 600, first_date: '2023-05-05', last_whole_date: '2024-01-01' }]);
    // A corrected birth date reaches the summary the filter reads.
    db.prepare("UPDATE person SET birth_date = '1991-02-03' WHERE id = ?").run(a);
    expect(summary(db)).toMatchObject([{ person_id: a, birth_date: '1991-02-03' }]);
    db.prepare('DELETE FROM donation WHERE id = ?').run(last.lastInsertRowid);
    expect(summary(db)).toMatchObject([{ person_id: a, donations: 2, whole_ml: 400, first_date: '2024-01-01' }]);
    db.prepare("DELETE FROM donation WHERE outcome = 'donated'").run();
    expect(summary(db)).toEqual([]);
    db.close();
  });
});
