// The demo seeders of the stem-cell and pledge programs: reproducible from the seed, and every
// volunteer and pledge they write keeps the rules the registry itself enforces.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { ENROLLMENT_STATUSES, NEXT_STEPS, type EnrollmentStatus } from '../../electron/contract/stemcell';
import { ageOn } from '../../electron/contract/validation/calendar';
import { parseHlaAllele } from '../../electron/contract/validation/hla';
import { createRng } from '../../electron/registry/demo/random';
import type { DemoPerson } from '../../electron/registry/demo/types';
import { seedPledges } from '../../electron/registry/organ/demo';
import { getPledges } from '../../electron/registry/organ/repository';
import { seedStemcell } from '../../electron/registry/stemcell/demo';
import { getEnrollment } from '../../electron/registry/stemcell/repository';
import { tempRegistry } from './helpers/tmp';

const TODAY = '2025-06-30';

function seeded(name: string, seed: number, count = 5000): Database {
  const registry = tempRegistry(name);
  const { db } = registry;
  const insert = db.prepare("INSERT INTO person (name, sex, birth_date, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')");
  const rng = createRng(seed);
  // One transaction, as the demo generator runs the seeders.
  db.transaction(() => {
    const people: DemoPerson[] = Array.from({ length: count }, (_, i) => {
      const birthDate = `${1960 + (i % 48)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
      const sex = i % 2 ? 'M' : 'F';
      return { id: Number(insert.run(`人${i}`, sex, birthDate).lastInsertRowid), sex, birthDate };
    });
    seedStemcell(db, rng, people, { today: TODAY });
    seedPledges(db, rng, people, { today: TODAY });
  })();
  expect(registry.verify().ok).toBe(true);
  return db;
}

const ids = (db: Database, table: string) => db.prepare(`SELECT id FROM ${table} ORDER BY id`).pluck().all() as number[];

describe('stem-cell and pledge demo seeders', () => {
  it('give the same registry for the same seed', () => {
    const dump = (db: Database) => [
      db.prepare('SELECT * FROM enrollment ORDER BY id').all(),
      db.prepare('SELECT * FROM hla_typing ORDER BY id').all(),
      db.prepare('SELECT * FROM pledge ORDER BY id').all(),
    ];
    expect(dump(seeded('a.sqlite3', 7, 1500))).toEqual(dump(seeded('b.sqlite3', 7, 1500)));
    expect(dump(seeded('c.sqlite3', 8, 1500))).not.toEqual(dump(seeded('d.sqlite3', 7, 1500)));
  });

  it('enroll young adults at every stage, each timeline a path the pipeline allows', () => {
    const db = seeded('r.sqlite3', 42);
    const seen = new Set<EnrollmentStatus | 'regret'>();
    for (const id of ids(db, 'enrollment')) {
      const v = getEnrollment(db, id);
      seen.add(v.status);
      if (v.regret) seen.add('regret');
      const age = ageOn(v.birthDate!, v.consentDate);
      expect(age, `${id}`).toBeGreaterThanOrEqual(18);
      expect(age, `${id}`).toBeLessThanOrEqual(45);
      expect(v.contacts).toHaveLength(2);
      expect(v.timeline[0]).toMatchObject({ status: 'registered', date: v.consentDate });
      expect(v.timeline.at(-1)).toMatchObject({ status: v.status, date: v.statusSince });
      for (const [before, after] of v.timeline.slice(0, -1).map((s, i) => [s, v.timeline[i + 1]] as const)) {
        expect(after.date >= before.date && after.date <= TODAY, `${id}`).toBe(true);
        expect(after.fromStatus).toBe(before.status);
        if (after.status !== 'withdrawn') expect(NEXT_STEPS[after.fromStatus!]).toContain(after.status);
      }
      const reached = (status: EnrollmentStatus) => v.timeline.some((s) => s.status === status);
      expect(v.samples.length > 0).toBe(reached('sampled'));
      expect(v.typings.length > 0).toBe(reached('typed'));
      expect(v.cmdpDonorId !== null).toBe(reached('typed'));
      for (const typing of v.typings) {
        for (const [locus, pair] of Object.entries(typing.alleles)) {
          for (const allele of pair) expect(parseHlaAllele(allele, locus as never), allele).toMatchObject({ ok: true, value: allele });
        }
        expect(typing.typedOn >= v.samples[0].sampledOn).toBe(true);
      }
    }
    expect([...seen].sort()).toEqual([...ENROLLMENT_STATUSES, 'regret'].sort());
    const share = ids(db, 'enrollment').length / 5000;
    expect(share).toBeGreaterThan(0.03);
    expect(share).toBeLessThan(0.12);
  });

  it('pledge adults only, keep versions of changed pledges and one pledge in force per person', () => {
    const db = seeded('p.sqlite3', 42);
    const people = db.prepare('SELECT DISTINCT person_id FROM pledge').pluck().all() as number[];
    const statuses = new Set<string>();
    for (const personId of people) {
      const { current, history } = getPledges(db, personId);
      expect(current).not.toBeNull();
      expect(history.filter((v) => v.status === 'active').length).toBeLessThanOrEqual(1);
      for (const v of history) {
        statuses.add(v.status);
        expect(ageOn(v.birthDate!, v.registeredOn)).toBeGreaterThanOrEqual(18);
        expect(v.effectiveOn <= TODAY && (v.revokedOn ?? '') <= TODAY).toBe(true);
        expect(v.executor !== null).toBe(v.kinds.includes('body'));
        if (v.previousId !== null) expect(history.find((p) => p.id === v.previousId)?.status).toBe('changed');
      }
    }
    expect([...statuses].sort()).toEqual(['active', 'changed', 'revoked']);
    expect(people.length).toBeGreaterThan(40);
  });
});
