// The blood program's figures for the dashboard and the periodic report: donations and volumes
// by day and month, active donors, drives ranked by volume. Every sum reads an index range
// (migration 0012's donation_by_day, 0006's donation_drive and blood_donor_last).
import type { Database } from 'better-sqlite3-multiple-ciphers';
import {
  ACTIVE_DONOR_MONTHS,
  CHART_MONTHS,
  DRIVE_RANKING_MONTHS,
  TOP_DRIVES,
  type BloodOverview,
  type DriveRanking,
  type MonthVolume,
  type PeriodFigures,
  type VolumeTotals,
  type YearOnYear,
} from '../../contract/overview';
import { eligibleThisWeek } from './eligibleSoon';
import { monthsOf, monthStart, shiftMonths, yearStart } from './periods';

/** The statements, exported for the query-plan test. */
export const BLOOD_SQL = {
  activeDonors: 'SELECT count(*) AS n FROM blood_donor WHERE last_date > @since',
  // By day, the index's own order (months are folded here: grouping by month would sort).
  byDay: `SELECT date, count(*) FILTER (WHERE outcome = 'donated') AS donations, count(*) FILTER (WHERE outcome = 'deferred') AS deferrals,
      coalesce(sum(volume_ml), 0) AS ml, coalesce(sum(units), 0) AS units
    FROM donation WHERE date >= @from AND date <= @to GROUP BY date`,
  donors: "SELECT count(DISTINCT person_id) AS n FROM donation WHERE date >= @from AND date <= @to AND outcome = 'donated'",
  drives: 'SELECT count(*) AS n FROM blood_drive WHERE date >= @from AND date <= @to',
  // The drives of the period first (blood_drive_date), then each one's donations (donation_drive).
  topDrives: `WITH t AS (
      SELECT drive_id, count(*) FILTER (WHERE outcome = 'donated') AS donations, coalesce(sum(volume_ml), 0) AS ml, coalesce(sum(units), 0) AS units
      FROM donation WHERE drive_id IN (SELECT id FROM blood_drive WHERE date >= @from AND date <= @to) GROUP BY drive_id
      ORDER BY ml DESC, units DESC, drive_id DESC LIMIT @limit)
    SELECT v.id, v.date, v.site, t.donations, t.ml, t.units FROM t JOIN blood_drive v ON v.id = t.drive_id ORDER BY t.ml DESC, t.units DESC, v.id DESC`,
} as const;

interface DayRow {
  date: string;
  donations: number;
  deferrals: number;
  ml: number;
  units: number;
}

const ZERO: VolumeTotals = { donations: 0, wholeBloodMl: 0, plateletUnits: 0 };

// Platelet units can be halves in principle; sums of REALs are rounded back to what was entered.
const units = (n: number) => Math.round(n * 100) / 100;

function add(a: VolumeTotals, r: DayRow): VolumeTotals {
  return { donations: a.donations + r.donations, wholeBloodMl: a.wholeBloodMl + r.ml, plateletUnits: units(a.plateletUnits + r.units) };
}

function totalsBetween(days: readonly DayRow[], from: string, to: string): VolumeTotals {
  return days.filter((d) => d.date >= from && d.date <= to).reduce(add, ZERO);
}

function yearOnYear(days: readonly DayRow[], from: string, to: string): YearOnYear {
  return { from, to, current: totalsBetween(days, from, to), lastYear: totalsBetween(days, shiftMonths(from, -12), shiftMonths(to, -12)) };
}

export function topDrives(db: Database, from: string, to: string): DriveRanking[] {
  const rows = db.prepare(BLOOD_SQL.topDrives).all({ from, to, limit: TOP_DRIVES }) as { id: number; date: string; site: string; donations: number; ml: number; units: number }[];
  return rows.map((r) => ({ id: r.id, date: r.date, site: r.site, donations: r.donations, wholeBloodMl: r.ml, plateletUnits: units(r.units) }));
}

/**
 * The dashboard's blood tiles and charts as of `today`. One pass over the chart's 24 months by
 * day gives the months and both year-on-year comparisons: the window always reaches back to the
 * first of January of last year.
 */
export function bloodOverview(db: Database, today: string): BloodOverview {
  const chartFrom = shiftMonths(monthStart(today), -(CHART_MONTHS - 1));
  const days = db.prepare(BLOOD_SQL.byDay).all({ from: chartFrom, to: today }) as DayRow[];
  const byMonth: MonthVolume[] = monthsOf(chartFrom, today).map((month) => ({
    month,
    ...days.filter((d) => d.date.startsWith(month)).reduce(add, ZERO),
  }));
  const activeSince = shiftMonths(today, -ACTIVE_DONOR_MONTHS);
  return {
    activeDonors: (db.prepare(BLOOD_SQL.activeDonors).get({ since: activeSince }) as { n: number }).n,
    activeSince,
    thisMonth: yearOnYear(days, monthStart(today), today),
    thisYear: yearOnYear(days, yearStart(today), today),
    byMonth,
    topDrives: topDrives(db, shiftMonths(monthStart(today), -(DRIVE_RANKING_MONTHS - 1)), today),
    eligibleThisWeek: eligibleThisWeek(db, today),
  };
}

/** The blood part of a period's report; its months add up to its totals. */
export function bloodFigures(db: Database, from: string, to: string): PeriodFigures['blood'] {
  const days = db.prepare(BLOOD_SQL.byDay).all({ from, to }) as DayRow[];
  const byMonth = monthsOf(from, to).map((month) => ({ month, ...days.filter((d) => d.date.startsWith(month)).reduce(add, ZERO) }));
  const total = byMonth.reduce((sum, m) => add(sum, { date: '', donations: m.donations, deferrals: 0, ml: m.wholeBloodMl, units: m.plateletUnits }), ZERO);
  // In the order of the report's JSON shape.
  return {
    donations: total.donations,
    donors: (db.prepare(BLOOD_SQL.donors).get({ from, to }) as { n: number }).n,
    wholeBloodMl: total.wholeBloodMl,
    plateletUnits: total.plateletUnits,
    deferrals: days.reduce((sum, d) => sum + d.deferrals, 0),
    drives: (db.prepare(BLOOD_SQL.drives).get({ from, to }) as { n: number }).n,
    byMonth,
  };
}
