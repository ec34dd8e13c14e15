// Migration 12 from a version-11 registry: only indexes arrive, the rows stay, and the overview's
// period counts then read an index range instead of the tables.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/registry/db/migrations';
import { migrate, schemaVersion } from '../../../electron/registry/db/migrate';
import { openDatabase } from '../../../electron/registry/db/open';
import { testDir } from '../helpers/tmp';

const INDEXES = [
  'donation_by_day',
  'enrollment_status_by_day',
  'enrollment_by_consent',
  'enrollment_withdrawn_from',
  'pledge_first_registered',
  'pledge_revoked',
  'wristband_participant_joined',
];

describe('migration 0012 overview', () => {
  it('adds the overview indexes to a version-11 registry and keeps its rows', () => {
    const db = openDatabase(join(testDir(), 'r.sqlite3'));
    migrate(db, MIGRATIONS, 11);
    const now = '2024-01-01T00:00:00.000Z';
    const person = Number(db.prepare("INSERT INTO person (name, birth_date, created_at, updated_at) VALUES ('王德明', '1980-08-15', ?, ?)").run(now, now).lastInsertRowid);
    db.prepare(
      "INSERT INTO donation (person_id, date, kind, outcome, volume_ml, created_at, created_by) VALUES (?, '2025-03-01', 'whole_blood', 'donated', 400, ?, 'test')",
    ).run(person, now);

    expect(migrate(db, MIGRATIONS, 12)).toEqual([12]);
    expect(schemaVersion(db)).toBe(12);
    const names = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index'").pluck().all() as string[];
    expect(names).toEqual(expect.arrayContaining(INDEXES));
    expect(db.prepare("SELECT count(*) AS n, sum(volume_ml) AS ml FROM donation WHERE date >= '2025-01-01' AND outcome = 'donated'").get()).toEqual({ n: 1, ml: 400 });
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT count(*) FROM donation WHERE date >= '2025-01-01' AND outcome = 'donated'").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/COVERING INDEX donation_by_day/);
    db.close();
  });
});
