// The lists page through indexes: EXPLAIN QUERY PLAN of every list statement, with each filter.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../electron/contract/rules';
import { donationListQuery, type DonationFilter } from '../../electron/registry/blood/donations';
import { donorListQuery, type DonorFilter } from '../../electron/registry/blood/donors';
import { DRIVE_SQL } from '../../electron/registry/blood/drives';
import { DEFAULT_RULES } from './helpers/blood';
import { tempRegistry } from './helpers/tmp';

const page = { offset: 0, limit: 50 };

function plan(db: Database, sql: string, params: unknown): string[] {
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params as never) as { detail: string }[];
  return rows.map((r) => r.detail);
}

/** A step that reads a whole table without an index: "SCAN donation" (not "... USING INDEX"). */
const bareScans = (details: string[]) => details.filter((d) => /^SCAN \w+$/.test(d) && !/^SCAN (t|CONSTANT ROW)$/.test(d));

describe('query plans', () => {
  it('donor list: by last donation, with each filter', () => {
    const { db } = tempRegistry();
    const filters: DonorFilter[] = [
      page,
      { ...page, eligibleFor: 'whole_blood' },
      { ...page, eligibleFor: 'platelets', lastFrom: '2024-01-01' },
      { ...page, lastFrom: '2024-01-01', lastTo: '2024-12-31' },
    ];
    for (const filter of filters) {
      const q = donorListQuery(filter, DEFAULT_RULES, '2025-06-01');
      const select = plan(db, q.select, { ...q.params, ...page });
      expect(bareScans(select), select.join('\n')).toEqual([]);
      expect(select.join('\n')).toMatch(/blood_donor_last/);
      expect(select.join('\n')).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
      expect(bareScans(plan(db, q.count, q.params))).toEqual([]);
    }
    void RULES;
  });

  it('donation records: by date, per person, per drive', () => {
    const { db } = tempRegistry();
    const cases: [DonationFilter, RegExp][] = [
      [page, /donation_date/],
      [{ ...page, from: '2024-01-01', to: '2024-12-31', outcome: 'deferred' }, /donation_date/],
      [{ ...page, personId: 1 }, /donation_person/],
      [{ ...page, driveId: 1 }, /donation_drive/],
    ];
    for (const [filter, index] of cases) {
      const q = donationListQuery(filter);
      const select = plan(db, q.select, { ...q.params, ...page });
      expect(bareScans(select), select.join('\n')).toEqual([]);
      expect(select.join('\n')).toMatch(index);
      expect(select.join('\n')).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    }
  });

  it('drives: totals from the covering index, pages by date or volume', () => {
    const { db } = tempRegistry();
    expect(plan(db, DRIVE_SQL.totalsOf, [1]).join('\n')).toMatch(/COVERING INDEX donation_drive/);
    expect(plan(db, DRIVE_SQL.record, []).join('\n')).toMatch(/COVERING INDEX donation_drive/);
    expect(plan(db, DRIVE_SQL.byDate, page).join('\n')).toMatch(/blood_drive_date/);
    const byVolume = plan(db, DRIVE_SQL.byVolume, page);
    expect(bareScans(byVolume).filter((d) => d !== 'SCAN v')).toEqual([]);
    expect(byVolume.join('\n')).toMatch(/COVERING INDEX donation_drive/);
  });
});
