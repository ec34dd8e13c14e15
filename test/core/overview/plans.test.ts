// The dashboard and the periodic report read indexes, never whole tables: SQLite's own plan
// (EXPLAIN QUERY PLAN) of every statement they prepare, captured as the real code runs on a
// small demo registry. A full scan is quick here and costs hundreds of milliseconds at a
// million people (see scripts/bench/overview.ts).
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { fillDemoRegistry } from '../../../electron/registry/demo/generate';
import { getDashboard } from '../../../electron/registry/overview/dashboard';
import { periodReport } from '../../../electron/registry/overview/report';
import { tempRegistry } from '../helpers/tmp';

/** The SQL of every statement `work` prepares on `db`. */
function preparedBy(db: Database, work: () => void): string[] {
  const seen = new Set<string>();
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    seen.add(sql);
    return prepare(sql);
  }) as Database['prepare'];
  try {
    work();
  } finally {
    db.prepare = prepare;
  }
  return [...seen];
}

/** The plan does not depend on the values bound (no STAT4), so every parameter is NULL. */
function plan(db: Database, sql: string): string {
  const stmt = db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
  const named = Object.fromEntries([...sql.matchAll(/@(\w+)/g)].map(([, name]) => [name, null]));
  const positional = (sql.match(/\?/g) ?? []).map(() => null);
  const rows = (Object.keys(named).length > 0 ? stmt.all(named) : stmt.all(...positional)) as { detail: string }[];
  return rows.map((r) => r.detail).join('\n');
}

// A table read whole: "SCAN donation", not "SCAN donation USING (COVERING) INDEX …". Not a
// table that grows with the registry: settings, rule versions, and t and page, statements' own
// results of a page's size (the top drives, the follow-up list's page).
const FULL_SCAN = /^SCAN (?!(t|setting|rule_version|page)$)(\w+)$/m;

describe('overview query plans', () => {
  const { db } = tempRegistry();
  fillDemoRegistry(db, { people: 400, seed: 3, today: '2026-06-15' });
  const statements = preparedBy(db, () => {
    getDashboard(db, '2026-06-15', 30);
    periodReport(db, '2025-01-01', '2025-12-31');
  });
  const plans = new Map(statements.map((sql) => [sql, plan(db, sql)]));

  it('reads no table whole', () => {
    expect(statements.length).toBeGreaterThan(15);
    for (const [sql, detail] of plans) expect(detail, `${sql}\n→ ${detail}`).not.toMatch(FULL_SCAN);
  });

  it('counts and sums periods from the overview indexes', () => {
    const planOf = (part: string) => [...plans].filter(([sql]) => sql.includes(part)).map(([, detail]) => detail);
    const expectations: [string, RegExp][] = [
      // By day in the index's order: no sorting of a year's donations.
      ['FROM donation WHERE date >= @from AND date <= @to GROUP BY date', /^SEARCH donation USING COVERING INDEX donation_by_day \(date>\? AND date<\?\)$/],
      ['count(DISTINCT person_id)', /COVERING INDEX donation_by_day/],
      ['drive_id IN (SELECT id FROM blood_drive', /COVERING INDEX donation_drive[\s\S]*blood_drive_date/],
      ['FROM blood_donor WHERE last_date > @since', /blood_donor_last|blood_donor_eligibility/],
      ['WHERE changed_on >= @from', /COVERING INDEX enrollment_status_by_day/],
      // Pledges in force: the pledge list's own index (a few tens of thousands at a million people).
      ["FROM pledge WHERE status = 'active'", /pledge_by_status \(status=\?\)/],
      ["WHERE status = 'withdrawn' GROUP BY withdrawn_from", /COVERING INDEX enrollment_withdrawn_from/],
      ['consent_date >= @from', /COVERING INDEX enrollment_by_consent/],
      ['previous_id IS NULL AND registered_on', /pledge_first_registered/],
      ['revoked_on IS NOT NULL AND revoked_on', /COVERING INDEX pledge_revoked/],
      ['enrolled_on >= @from', /COVERING INDEX wristband_participant_joined/],
    ];
    for (const [part, index] of expectations) {
      const found = planOf(part);
      expect(found, part).not.toHaveLength(0);
      for (const detail of found) expect(detail, part).toMatch(index);
    }
  });
});
