// The donor list: only people who have donated, the "may give today" filter agreeing with the
// eligibility function donor by donor at every boundary, and the date filters.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import type { DonationKind } from '../../electron/contract/blood';
import { addDays, localToday } from '../../electron/contract/validation/calendar';
import { donorHistory } from '../../electron/registry/blood/donations';
import { listDonors } from '../../electron/registry/blood/donors';
import { eligibilityOn } from '../../electron/registry/blood/eligibility';
import { eligibilityRules } from '../../electron/registry/blood/rules';
import { addPerson, donate, platelets, whole } from './helpers/blood';
import { tempRegistry } from './helpers/tmp';

const today = localToday();
const daysAgo = (n: number) => addDays(today, -n);
/** The birth date of someone who turns `years` today (+ days: later-born). */
const bornYearsAgo = (years: number, plusDays = 0) => addDays(`${Number(today.slice(0, 4)) - years}${today.slice(4)}`.replace(/-02-29$/, '-02-28'), plusDays);

/** Donors on both sides of every boundary the SQL filter has to get right. */
function seedBoundaryDonors(db: Database): void {
  const person = (name: string, birth: string | null) => addPerson(db, name, birth);
  donate(db, whole(person('全血179天', '1990-01-01'), daysAgo(179)));
  donate(db, whole(person('全血180天', '1990-01-01'), daysAgo(180)));
  donate(db, platelets(person('单采27天', '1990-01-01'), daysAgo(27)));
  donate(db, platelets(person('单采28天', '1990-01-01'), daysAgo(28)));
  donate(db, platelets(person('单采13天', '1990-01-01'), daysAgo(13)));
  donate(db, whole(person('全血89天', '1990-01-01'), daysAgo(89)));
  donate(db, whole(person('全血90天', '1990-01-01'), daysAgo(90)));
  // Repeat donors: turned 61 today, and turning 61 tomorrow.
  for (const [name, birth] of [['61岁', bornYearsAgo(61)], ['60岁', bornYearsAgo(61, 1)]]) {
    const id = person(name, birth);
    donate(db, whole(id, daysAgo(3650)));
    donate(db, whole(id, daysAgo(400)));
  }
  // After an adverse reaction the limit stays at 55.
  donate(db, whole(person('56岁有反应', bornYearsAgo(56)), daysAgo(400), { adverseReaction: true }));
  donate(db, whole(person('55岁有反应', bornYearsAgo(56, 1)), daysAgo(400), { adverseReaction: true }));
  donate(db, whole(person('无出生日期', null), daysAgo(400), { overrideReason: '补录旧记录' }));
  // 24 platelet donations within the last 365 days: no more platelets, whole blood fine.
  const busy = person('单采24次', '1990-01-01');
  for (let i = 23; i >= 0; i -= 1) donate(db, platelets(busy, daysAgo(29 + 14 * i)));
  // Came only to be deferred: not a donor.
  donate(db, { personId: person('只有暂缓', '1990-01-01'), date: daysAgo(3), kind: 'whole_blood', outcome: 'deferred', deferralReason: 'weight' });
}

const EXPECTED: Record<DonationKind, string[]> = {
  whole_blood: ['全血180天', '单采28天', '60岁', '55岁有反应', '单采24次'],
  platelets: ['全血179天', '全血180天', '单采27天', '单采28天', '全血90天', '60岁', '55岁有反应'],
};

describe('donor list', () => {
  it('lists only people who have donated, most recent first', () => {
    const { db } = tempRegistry();
    seedBoundaryDonors(db);
    const page = listDonors(db, { offset: 0, limit: 200 });
    expect(page.total).toBe(13);
    expect(page.rows.map((r) => r.name)).not.toContain('只有暂缓');
    expect(page.rows[0].name).toBe('单采13天');
    const dates = page.rows.map((r) => r.lastDate);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  for (const kind of ['whole_blood', 'platelets'] as const) {
    it(`filters "may give ${kind} today" exactly as the eligibility function decides`, () => {
      const { db } = tempRegistry();
      seedBoundaryDonors(db);
      const rules = eligibilityRules(db, today);
      const byFunction = listDonors(db, { offset: 0, limit: 200 })
        .rows.filter((r) => {
          const e = eligibilityOn(donorHistory(db, r.personId), rules, today);
          return kind === 'whole_blood' ? e.wholeBlood.eligible : e.platelets.eligible;
        })
        .map((r) => r.name);
      const filtered = listDonors(db, { eligibleFor: kind, offset: 0, limit: 200 });
      expect(filtered.rows.map((r) => r.name)).toEqual(byFunction);
      expect(filtered.total).toBe(byFunction.length);
      expect([...byFunction].sort()).toEqual([...EXPECTED[kind]].sort());
    });
  }

  it('pages the filtered list', () => {
    const { db } = tempRegistry();
    seedBoundaryDonors(db);
    const first = listDonors(db, { eligibleFor: 'platelets', offset: 0, limit: 4 });
    const second = listDonors(db, { eligibleFor: 'platelets', offset: 4, limit: 4 });
    expect(first.total).toBe(7);
    expect([...first.rows, ...second.rows].map((r) => r.name).sort()).toEqual([...EXPECTED.platelets].sort());
  });

  it('filters by the date of the last donation', () => {
    const { db } = tempRegistry();
    seedBoundaryDonors(db);
    const page = listDonors(db, { lastFrom: daysAgo(90), lastTo: daysAgo(28), offset: 0, limit: 50 });
    expect(page.rows.map((r) => r.name).sort()).toEqual(['全血89天', '全血90天', '单采24次', '单采28天'].sort());
  });

  it('shows each donor’s next dates and highest honour', () => {
    const { db } = tempRegistry();
    const id = addPerson(db, '钱多', '1980-01-01');
    for (let i = 11; i >= 1; i -= 1) donate(db, whole(id, daysAgo(200 * i)));
    const [row] = listDonors(db, { offset: 0, limit: 1 }).rows;
    // 11 × 400 ml = 22 times: past the provincial honour (10) and bronze (20).
    expect(row).toMatchObject({ name: '钱多', donations: 11, wholeBloodMl: 4400, highestHonour: 'bronze', lastDate: daysAgo(200) });
    expect(row.eligibility.wholeBlood).toMatchObject({ eligible: true, nextDate: today });
  });
});
