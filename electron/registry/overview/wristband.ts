// The care-wristband program's figures. Who is missing now, the incidents report and the
// follow-up list are the program's own (registry/wristband); this adds the counts around them.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { CHART_MONTHS, WORK_LIST_ROWS, type PeriodFigures, type WristbandOverview } from '../../contract/overview';
import { followUp } from '../wristband/followUp';
import { openIncidents } from '../wristband/incidents';
import { hoursBetween, incidentReport, median } from '../wristband/report';
import { monthsOf, monthStart, shiftMonths } from './periods';

/** The statements, exported for the query-plan test. */
export const WRISTBAND_SQL = {
  active: "SELECT count(*) AS n FROM wristband_participant WHERE status = 'active'",
  joined: 'SELECT count(*) AS n FROM wristband_participant WHERE enrolled_on >= @from AND enrolled_on <= @to',
  // Every time on the last day is included: '2026-03-31T23:59' < '2026-03-31U' (as the incidents report reads it).
  incidents: 'SELECT missing_at, reunited_at FROM wristband_incident WHERE missing_at >= @from AND missing_at < @toEnd',
} as const;

/** Incidents per month with that month's median hours to reunite, the incidents report's way, in one read. */
function incidentsByMonth(db: Database, months: readonly string[], today: string) {
  const rows = db.prepare(WRISTBAND_SQL.incidents).all({ from: `${months[0]}-01`, toEnd: `${today}U` }) as { missing_at: string; reunited_at: string | null }[];
  return months.map((month) => {
    const of = rows.filter((r) => r.missing_at.startsWith(month));
    const mid = median(of.flatMap((r) => (r.reunited_at === null ? [] : [hoursBetween(r.missing_at, r.reunited_at)])));
    return { month, incidents: of.length, medianHoursToReunite: mid === null ? null : Math.round(mid * 10) / 10 };
  });
}

export function wristbandOverview(db: Database, today: string): WristbandOverview {
  const months = monthsOf(shiftMonths(monthStart(today), -(CHART_MONTHS - 1)), today);
  const page = followUp(db, { offset: 0, limit: WORK_LIST_ROWS }, today);
  return {
    activeParticipants: (db.prepare(WRISTBAND_SQL.active).get() as { n: number }).n,
    missing: openIncidents(db),
    byMonth: incidentsByMonth(db, months, today),
    followUp: { months: page.months, total: page.total, rows: page.rows },
  };
}

export function wristbandFigures(db: Database, from: string, to: string): PeriodFigures['wristband'] {
  const incidents = incidentReport(db, { from, to });
  return {
    new: (db.prepare(WRISTBAND_SQL.joined).get({ from, to }) as { n: number }).n,
    incidents: incidents.total,
    medianHoursToReunite: incidents.medianHoursToReunite,
  };
}
