// The programs' lists with a filter (who may give blood today, volunteers at one stage, pledges
// in force) and one donor's eligibility: what staff open after finding someone.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { getDonor, listDonors } from '../../electron/registry/blood/donors';
import { listPledges } from '../../electron/registry/organ/repository';
import { listEnrollments } from '../../electron/registry/stemcell/repository';
import { time } from './measure';
import type { CaseResult } from './report';

const PAGE = 50;

export function programCases(db: Database, today: string, runs: number): CaseResult[] {
  const listed = (name: string, work: () => { total: number }): CaseResult => {
    process.stderr.write(`  timing ${name}\n`);
    return { name, terms: [], matches: work().total, timing: time([0], runs, work), like: null, ratioToLike: null };
  };
  // Donors spread through the registry, each with their own history.
  const donors = db.prepare('SELECT person_id FROM blood_donor WHERE person_id % 997 = 0 LIMIT 20').pluck().all() as number[];
  const cases = [
    listed('donor list: first page, eligible for whole blood today', () => listDonors(db, { eligibleFor: 'whole_blood', offset: 0, limit: PAGE }, today)),
    listed('stem-cell list: first page, status typed', () => listEnrollments(db, { status: 'typed', offset: 0, limit: PAGE })),
    listed('pledge list: first page, in force', () => listPledges(db, { status: 'active', offset: 0, limit: PAGE })),
  ];
  if (donors.length > 0) {
    process.stderr.write('  timing one donor\n');
    cases.push({
      name: 'one donor: record and eligibility',
      terms: donors.map(String),
      matches: null,
      timing: time(donors, runs, (id) => getDonor(db, id, today)),
      like: null,
      ratioToLike: null,
    });
  }
  return cases;
}
