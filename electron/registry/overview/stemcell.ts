// The stem-cell program's figures: volunteers by status, the CMDP pipeline as a funnel, the
// volunteers waiting on a step, and what happened in a period (from the dated timeline).
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { WAITING_STAGES, WORK_LIST_ROWS, type PeriodFigures, type StemcellOverview } from '../../contract/overview';
import { ENROLLMENT_STATUSES, PIPELINE, type EnrollmentStatus, type PipelineStatus } from '../../contract/stemcell';
import { addDays, daysBetween } from '../../contract/validation/calendar';
import { COUNT_SQL } from '../stemcell/repository';
import { yearStart } from './periods';

// Our own constants, not user data: safe to write into the statements.
const WAITING = `status IN (${WAITING_STAGES.map((s) => `'${s}'`).join(', ')}) AND status_since <= @before`;

/** The statements, exported for the query-plan test. */
export const STEMCELL_SQL = {
  byStatus: COUNT_SQL.byStatus,
  withdrawnFrom: "SELECT withdrawn_from AS stage, count(*) AS n FROM enrollment WHERE status = 'withdrawn' GROUP BY withdrawn_from",
  consented: 'SELECT count(*) AS n FROM enrollment WHERE consent_date >= @from AND consent_date <= @to',
  waitingCount: `SELECT count(*) AS n FROM enrollment WHERE ${WAITING}`,
  // The page from enrollment_by_status alone, then its people: sorting every waiting row's person would read them all.
  waitingRows: `SELECT e.person_id, p.name, e.status, e.status_since FROM enrollment e JOIN person p ON p.id = e.person_id
    WHERE e.id IN (SELECT id FROM enrollment WHERE ${WAITING} ORDER BY status_since, id LIMIT @limit) ORDER BY e.status_since, e.id`,
  steps: 'SELECT status, count(DISTINCT enrollment_id) AS n FROM enrollment_status WHERE changed_on >= @from AND changed_on <= @to GROUP BY status',
} as const;

export function stemcellOverview(db: Database, today: string, waitingDays: number): StemcellOverview {
  const byStatus = Object.fromEntries(ENROLLMENT_STATUSES.map((s) => [s, 0])) as Record<EnrollmentStatus, number>;
  for (const r of db.prepare(STEMCELL_SQL.byStatus).all() as { status: EnrollmentStatus; n: number }[]) byStatus[r.status] = r.n;
  // Where each volunteer is (or withdrew from), counted at that step and every step before it.
  // From the enrollments, not the timeline: a million people's timeline is too long to read for
  // a start page, and its answer is nearly the same (see FunnelStage).
  const at = new Map<PipelineStatus, number>(PIPELINE.map((s) => [s, byStatus[s]]));
  for (const r of db.prepare(STEMCELL_SQL.withdrawnFrom).all() as { stage: PipelineStatus; n: number }[]) at.set(r.stage, at.get(r.stage)! + r.n);
  const funnel = PIPELINE.map((stage, i) => ({ stage, reached: PIPELINE.slice(i).reduce((sum, s) => sum + at.get(s)!, 0) }));

  const before = addDays(today, -waitingDays);
  const rows = db.prepare(STEMCELL_SQL.waitingRows).all({ before, limit: WORK_LIST_ROWS }) as { person_id: number; name: string; status: PipelineStatus; status_since: string }[];
  return {
    byStatus,
    newThisYear: (db.prepare(STEMCELL_SQL.consented).get({ from: yearStart(today), to: today }) as { n: number }).n,
    funnel,
    waiting: {
      days: waitingDays,
      total: (db.prepare(STEMCELL_SQL.waitingCount).get({ before }) as { n: number }).n,
      rows: rows.map((r) => ({ personId: r.person_id, name: r.name, status: r.status, since: r.status_since, days: daysBetween(r.status_since, today) })),
    },
  };
}

export function stemcellFigures(db: Database, from: string, to: string): PeriodFigures['stemcell'] {
  const byStage = Object.fromEntries(PIPELINE.map((s) => [s, 0])) as Record<PipelineStatus, number>;
  let withdrawn = 0;
  for (const r of db.prepare(STEMCELL_SQL.steps).all({ from, to }) as { status: EnrollmentStatus; n: number }[]) {
    if (r.status === 'withdrawn') withdrawn = r.n;
    else byStage[r.status] = r.n;
  }
  return { new: (db.prepare(STEMCELL_SQL.consented).get({ from, to }) as { n: number }).n, byStage, withdrawn };
}
