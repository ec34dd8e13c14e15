// Donors: one person's standing (counts, eligibility, honours) and the paged list of everyone
// who has donated, filtered through blood_donor, the summary the triggers keep per donor.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { DonationKind, DonorRecord, DonorRow, DonorsPage } from '../../contract/blood';
import type { Sex } from '../../contract/validation';
import { addDays, localToday } from '../../contract/validation/calendar';
import { latestBirthDateFor } from './dates';
import { donorHistory, listDonations } from './donations';
import { eligibilityOn, type DonorHistory, type EligibilityRules, type PastDonation } from './eligibility';
import { highestHonour, honourStanding } from './honours';
import { eligibilityRules, honourRules } from './rules';

/** One person's blood record: what the record drawer and the donation form show. */
export function getDonor(db: Database, personId: number, today = localToday()): DonorRecord {
  const history = donorHistory(db, personId);
  const totals = db
    .prepare(
      `SELECT count(*) FILTER (WHERE outcome = 'donated') AS donations, count(*) FILTER (WHERE outcome = 'deferred') AS deferrals,
              coalesce(sum(volume_ml), 0) AS whole_ml, coalesce(sum(units), 0) AS units, min(date) FILTER (WHERE outcome = 'donated') AS first_date
       FROM donation WHERE person_id = ?`,
    )
    .get(personId) as { donations: number; deferrals: number; whole_ml: number; units: number; first_date: string | null };
  const last = listDonations(db, { personId, outcome: 'donated', offset: 0, limit: 1 }).rows[0] ?? null;
  return {
    personId,
    donations: totals.donations,
    deferrals: totals.deferrals,
    wholeBloodMl: totals.whole_ml,
    plateletUnits: totals.units,
    firstDate: totals.first_date,
    lastDonation: last,
    eligibility: eligibilityOn(history, eligibilityRules(db, today), today),
    honours: honourStanding(totals.whole_ml, totals.units, honourRules(db, today)),
  };
}

export interface DonorFilter {
  readonly eligibleFor?: DonationKind;
  readonly lastFrom?: string;
  readonly lastTo?: string;
  readonly offset: number;
  readonly limit: number;
}

// The donor-list form of the eligibility rules, as conditions on the summary. Everyone listed
// has donated, so the age limit is the repeat donors' unless they had an adverse reaction.
// eligibility.test.ts checks that this agrees with eligibilityOn for every donor.
// The first term is implied by the next two; it is there so the last_date index can start the
// scan at the latest date anyone could have donated and still be eligible.
const INTERVALS = `b.last_date <= @afterEither AND coalesce(b.last_whole_date <= @afterWhole, 1) AND coalesce(b.last_platelets_date <= @afterPlatelets, 1)`;
const AGE = `b.birth_date <= @youngest AND b.birth_date > CASE b.adverse WHEN 0 THEN @oldestRepeat ELSE @oldest END`;
// Only a donor with that many platelet donations in all could have them within a year.
const PER_YEAR = `(b.platelet_donations < @perYear
    OR (SELECT count(*) FROM donation x WHERE x.person_id = b.person_id AND x.date > @yearAgo AND x.kind = 'platelets' AND x.outcome = 'donated') < @perYear)`;
const ELIGIBLE: Readonly<Record<DonationKind, string>> = {
  whole_blood: `${INTERVALS} AND ${AGE}`,
  platelets: `${INTERVALS} AND ${AGE} AND ${PER_YEAR}`,
};

function eligibilityParams(kind: DonationKind, rules: EligibilityRules, today: string) {
  const { intervals: i, age } = rules;
  const [fromWhole, fromPlatelets] = kind === 'whole_blood' ? [i.wholeToWholeDays, i.plateletsToWholeDays] : [i.wholeToPlateletsDays, i.plateletsToPlateletsDays];
  return {
    afterEither: addDays(today, -Math.min(fromWhole, fromPlatelets)),
    afterWhole: addDays(today, -fromWhole),
    afterPlatelets: addDays(today, -fromPlatelets),
    youngest: latestBirthDateFor(today, age.min),
    oldest: latestBirthDateFor(today, age.max + 1),
    oldestRepeat: latestBirthDateFor(today, Math.max(age.max, age.repeatDonorMax) + 1),
    ...(kind === 'platelets' ? { yearAgo: addDays(today, -365), perYear: rules.platelets.maxDonationsPerYear } : {}),
  };
}

interface DonorListRow {
  person_id: number;
  name: string;
  sex: Sex | null;
  birth_date: string | null;
  donations: number;
  whole_ml: number;
  platelet_units: number;
  last_date: string;
}

/** The histories of one page of donors, in one indexed query. */
function histories(db: Database, rows: readonly DonorListRow[]): Map<number, PastDonation[]> {
  const found = db
    .prepare(
      `SELECT person_id, date, kind, adverse_reaction, physician_approved FROM donation
       WHERE person_id IN (SELECT value FROM json_each(?)) AND outcome = 'donated' ORDER BY date`,
    )
    .all(JSON.stringify(rows.map((r) => r.person_id))) as { person_id: number; date: string; kind: DonationKind; adverse_reaction: number; physician_approved: number }[];
  const byPerson = new Map<number, PastDonation[]>(rows.map((r) => [r.person_id, []]));
  for (const f of found) {
    byPerson.get(f.person_id)!.push({ date: f.date, kind: f.kind, adverseReaction: f.adverse_reaction === 1, physicianApproved: f.physician_approved === 1 });
  }
  return byPerson;
}

export interface ListQuery {
  readonly select: string;
  readonly count: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The donor list's statements: fixed SQL text chosen by which filters are set. */
export function donorListQuery(filter: DonorFilter, rules: EligibilityRules, today: string): ListQuery {
  const conditions: string[] = [];
  let params: Record<string, string | number> = {};
  if (filter.lastFrom !== undefined) conditions.push('b.last_date >= @lastFrom');
  if (filter.lastTo !== undefined) conditions.push('b.last_date <= @lastTo');
  if (filter.eligibleFor !== undefined) {
    conditions.push(ELIGIBLE[filter.eligibleFor]);
    params = eligibilityParams(filter.eligibleFor, rules, today);
  }
  params = { ...params, ...(filter.lastFrom ? { lastFrom: filter.lastFrom } : {}), ...(filter.lastTo ? { lastTo: filter.lastTo } : {}) };
  const where = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
  const join = 'JOIN person p ON p.id = b.person_id';
  return {
    select: `SELECT b.person_id, p.name, p.sex, p.birth_date, b.donations, b.whole_ml, b.platelet_units, b.last_date
      FROM blood_donor b ${join} ${where} ORDER BY b.last_date DESC, b.person_id DESC LIMIT @limit OFFSET @offset`,
    // The conditions read the summary alone, so the count stays on its covering index.
    count: `SELECT count(*) AS total FROM blood_donor b ${where}`,
    params,
  };
}

/** People who have donated, most recent donation first, optionally only those who may give today. */
export function listDonors(db: Database, filter: DonorFilter, today = localToday()): DonorsPage {
  const rules = eligibilityRules(db, today);
  const query = donorListQuery(filter, rules, today);
  const rows = db.prepare(query.select).all({ ...query.params, limit: filter.limit, offset: filter.offset }) as DonorListRow[];
  const { total } = db.prepare(query.count).get(query.params) as { total: number };

  const byPerson = histories(db, rows);
  const honours = honourRules(db, today);
  return {
    total,
    rows: rows.map((r): DonorRow => {
      const history: DonorHistory = { birthDate: r.birth_date, donations: byPerson.get(r.person_id)! };
      return {
        personId: r.person_id,
        name: r.name,
        sex: r.sex,
        birthDate: r.birth_date,
        donations: r.donations,
        wholeBloodMl: r.whole_ml,
        plateletUnits: r.platelet_units,
        lastDate: r.last_date,
        eligibility: eligibilityOn(history, rules, today),
        highestHonour: highestHonour(honourStanding(r.whole_ml, r.platelet_units, honours)),
      };
    }),
  };
}

export function countDonors(db: Database): number {
  return (db.prepare('SELECT count(*) AS n FROM blood_donor').get() as { n: number }).n;
}
