// The blood demo seeder: reproducible from the seed, realistic (donations keep the rules unless
// an override reason says why), with deferrals and drives that have partner units.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import type { DonationKind } from '../../electron/contract/blood';
import { seedBlood } from '../../electron/registry/blood/demo';
import { ruleBreaks, type PastDonation } from '../../electron/registry/blood/eligibility';
import { createRng } from '../../electron/registry/demo/random';
import type { DemoPerson } from '../../electron/registry/demo/types';
import { addPerson, DEFAULT_RULES } from './helpers/blood';
import { tempRegistry } from './helpers/tmp';

const TODAY = '2025-06-30';

function seeded(name: string, seed: number, count = 1500): Database {
  const { db } = tempRegistry(name);
  const rng = createRng(seed);
  // One transaction, as the demo generator runs it.
  db.transaction(() => {
    const people: DemoPerson[] = Array.from({ length: count }, (_, i) => {
      const birthDate = `${1960 + (i % 47)}-0${1 + (i % 9)}-1${i % 10}`;
      return { id: addPerson(db, `人${i}`, birthDate), sex: i % 2 ? 'M' : 'F', birthDate };
    });
    seedBlood(db, rng, people, { today: TODAY });
  })();
  return db;
}

interface Row {
  person_id: number;
  date: string;
  kind: DonationKind;
  outcome: string;
  adverse_reaction: number;
  override_reason: string | null;
  birth_date: string;
}

describe('blood demo seeder', () => {
  it('gives the same registry for the same seed', () => {
    const dump = (db: Database) => db.prepare('SELECT person_id, date, kind, outcome, volume_ml, units, drive_id, certificate_no FROM donation ORDER BY id').all();
    const same = dump(seeded('a.sqlite3', 7, 300));
    expect(same.length).toBeGreaterThan(300);
    expect(dump(seeded('b.sqlite3', 7, 300))).toEqual(same);
    expect(dump(seeded('c.sqlite3', 8, 300))).not.toEqual(same);
  });

  it('writes histories that keep the rules unless an override reason explains why', () => {
    const db = seeded('r.sqlite3', 42);
    const rows = db
      .prepare(
        `SELECT d.person_id, d.date, d.kind, d.outcome, d.adverse_reaction, d.override_reason, p.birth_date
         FROM donation d JOIN person p ON p.id = d.person_id ORDER BY d.person_id, d.date, d.id`,
      )
      .all() as Row[];
    const donors = new Set(rows.map((r) => r.person_id)).size;
    const donated = rows.filter((r) => r.outcome === 'donated');
    expect(donors).toBeGreaterThan(700);
    expect(donated.length / donors).toBeGreaterThan(2);
    expect(donated.length / donors).toBeLessThan(4.5);
    expect(rows.filter((r) => r.outcome === 'deferred').length).toBeGreaterThan(20);
    expect(rows.every((r) => r.date <= TODAY)).toBe(true);

    let history: PastDonation[] = [];
    let overridden = 0;
    rows.forEach((r, i) => {
      if (i > 0 && rows[i - 1].person_id !== r.person_id) history = [];
      if (r.outcome !== 'donated') return;
      const breaks = ruleBreaks({ birthDate: r.birth_date, donations: history }, { date: r.date, kind: r.kind }, DEFAULT_RULES);
      if (breaks.length > 0) {
        expect(r.override_reason, JSON.stringify({ r, breaks })).not.toBeNull();
        overridden += 1;
      }
      history = [...history, { date: r.date, kind: r.kind, adverseReaction: r.adverse_reaction === 1, physicianApproved: false }];
    });
    expect(overridden).toBeLessThan(donated.length * 0.03);
    // The donor summary the list pages through matches the donations.
    const summary = db.prepare('SELECT count(*) AS donors, sum(donations) AS donations FROM blood_donor').get();
    expect(summary).toEqual({ donors: new Set(donated.map((r) => r.person_id)).size, donations: donated.length });
  });

  it('runs drives with partner units, where many donations happen', () => {
    const db = seeded('r.sqlite3', 42);
    const { drives, linked } = db.prepare('SELECT count(DISTINCT v.id) AS drives, count(DISTINCT l.drive_id) AS linked FROM blood_drive v LEFT JOIN blood_drive_partner l ON l.drive_id = v.id').get() as {
      drives: number;
      linked: number;
    };
    expect(drives).toBeGreaterThan(20);
    expect(linked / drives).toBeGreaterThan(0.5);
    const atDrives = db.prepare('SELECT avg(drive_id IS NOT NULL) AS share FROM donation').pluck().get() as number;
    expect(atDrives).toBeGreaterThan(0.3);
    // A donation at a drive is dated the drive's day.
    expect(db.prepare('SELECT count(*) FROM donation d JOIN blood_drive v ON v.id = d.drive_id WHERE d.date <> v.date').pluck().get()).toBe(0);
  });
});
