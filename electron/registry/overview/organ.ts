// The pledge program's figures: pledges in force by what they give, and a period's new,
// revoked and in-force pledges. A pledge is a chain of versions (a change adds one and keeps the
// registration date), so "new" counts first versions only.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { PeriodFigures, PledgeOverview } from '../../contract/overview';

/** The statements, exported for the query-plan test. */
export const ORGAN_SQL = {
  activeByKind: "SELECT count(*) AS n, coalesce(sum(organs), 0) AS organs, coalesce(sum(tissues), 0) AS tissues, coalesce(sum(corneas), 0) AS corneas, coalesce(sum(body), 0) AS body FROM pledge WHERE status = 'active'",
  registered: 'SELECT count(*) AS n FROM pledge WHERE previous_id IS NULL AND registered_on >= @from AND registered_on <= @to',
  revoked: 'SELECT count(*) AS n FROM pledge WHERE revoked_on IS NOT NULL AND revoked_on >= @from AND revoked_on <= @to',
} as const;

export function pledgeOverview(db: Database): PledgeOverview {
  const r = db.prepare(ORGAN_SQL.activeByKind).get() as { n: number; organs: number; tissues: number; corneas: number; body: number };
  return { active: r.n, byKind: { organs: r.organs, tissues: r.tissues, corneas: r.corneas, body: r.body } };
}

const count = (db: Database, sql: string, from: string, to: string) => (db.prepare(sql).get({ from, to }) as { n: number }).n;

export function organFigures(db: Database, from: string, to: string): PeriodFigures['organ'] {
  // In force on the last day: registered by then and not revoked by then (each chain has one first version).
  const everRegistered = count(db, ORGAN_SQL.registered, '0000-01-01', to);
  const everRevoked = count(db, ORGAN_SQL.revoked, '0000-01-01', to);
  return { new: count(db, ORGAN_SQL.registered, from, to), revoked: count(db, ORGAN_SQL.revoked, from, to), active: everRegistered - everRevoked };
}
