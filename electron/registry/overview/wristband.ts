// The care-wristband program's figures. Who is missing now, the incidents report and the
// follow-up list are the program's own (registry/wristband); this adds the counts around them.
import type { Database } from 'better-sqlite3';
import { CHART_MONTHS, WORK_LIST_ROWS, type PeriodFigures, type WristbandOverview } from '../../contract/overview';
import { followUp } from '../wristband/followUp';
import { openIncidents } from '../wristband/incidents';
import { incidentReport } from '../wristband/report';
import { monthEnd, monthsOf, monthStart, shiftMonths } from './periods';

/** The statements, exported for the query-plan test. */
export const WRISTBAND_SQL = {
  active: "SELECT count(*) AS n FROM wristband_participant WHERE status = 'active'",
  joined: 'SELECT count(*) AS n FROM wristband_participant WHERE enrolled_on >= @from AND enrolled_on <= @to',
} as const;

export function wristbandOverview(db: Database, today: string): WristbandOverview {
  const months = monthsOf(shiftMonths(monthStart(today), -(CHART_MONTHS - 1)), today);
  const page = followUp(db, { offset: 0, limit: WORK_LIST_ROWS }, today);
  return {
    activeParticipants: (db.prepare(WRISTBAND_SQL.active).get() as { n: number }).n,
    missing: openIncidents(db),
    byMonth: months.map((month) => {
      const r = incidentReport(db, { from: `${month}-01`, to: monthEnd(`${month}-01`) });
      return { month, incidents: r.total, medianHoursToReunite: r.medianHoursToReunite };
    }),
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
