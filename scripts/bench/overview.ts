// The overview on the bench registry: the dashboard's queries together (what staff wait for
// after signing in) and a one-year statistics report with the year before beside it. The
// issue's limit is 200 ms at p95 each on a million people; test/core/overview/plans.test.ts
// keeps their query plans on indexes.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { DEFAULT_WAITING_DAYS } from '../../electron/contract/overview';
import { getDashboard } from '../../electron/registry/overview/dashboard';
import { periodReport } from '../../electron/registry/overview/report';
import { time } from './measure';
import type { CaseResult } from './report';

export const OVERVIEW_LIMIT_P95_MS = 200;

export function overviewCases(db: Database, today: string, runs: number): CaseResult[] {
  const year = Number(today.slice(0, 4)) - 1;
  const cases: [string, () => unknown][] = [
    ['overview: dashboard (every tile, chart and work list)', () => getDashboard(db, today, DEFAULT_WAITING_DAYS)],
    [`overview: report for ${year}, with ${year - 1} beside it`, () => periodReport(db, `${year}-01-01`, `${year}-12-31`)],
  ];
  return cases.map(([name, work]) => {
    process.stderr.write(`  timing ${name}\n`);
    return { name, terms: [], matches: null, timing: time([0], runs, work), like: null, ratioToLike: null };
  });
}
