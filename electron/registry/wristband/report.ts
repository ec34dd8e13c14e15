// The incidents report: counts by month, how long until people were home, how they were
// identified. Figures are computed from the incidents whose missing time falls in the period.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { IDENTIFICATION_METHODS, type IdentificationMethod, type IncidentReport } from '../../contract/wristbandIncidents';

/** Hours between two local times `YYYY-MM-DDTHH:mm` (China keeps no daylight saving, so local time differences are real ones). */
export function hoursBetween(from: string, to: string): number {
  return (Date.parse(`${to}:00Z`) - Date.parse(`${from}:00Z`)) / 3_600_000;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function incidentReport(db: Database, period: { from?: string; to?: string }): IncidentReport {
  const where: string[] = [];
  const params: Record<string, string> = {};
  if (period.from) {
    where.push('missing_at >= @from');
    params.from = period.from;
  }
  if (period.to) {
    // Every time on the last day is included: '2026-03-31T23:59' < '2026-03-31U'.
    where.push('missing_at < @to');
    params.to = `${period.to}U`;
  }
  const clause = where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`;
  const rows = db.prepare(`SELECT missing_at, found_at, identified_by, reunited_at FROM wristband_incident ${clause} ORDER BY missing_at`).all(params) as {
    missing_at: string;
    found_at: string | null;
    identified_by: IdentificationMethod | null;
    reunited_at: string | null;
  }[];
  const months = new Map<string, { month: string; missing: number; reunited: number }>();
  const identifiedBy = Object.fromEntries(IDENTIFICATION_METHODS.map((m) => [m, 0])) as Record<IdentificationMethod, number>;
  const hours: number[] = [];
  for (const r of rows) {
    const month = months.get(r.missing_at.slice(0, 7)) ?? { month: r.missing_at.slice(0, 7), missing: 0, reunited: 0 };
    month.missing += 1;
    if (r.reunited_at !== null) {
      month.reunited += 1;
      hours.push(hoursBetween(r.missing_at, r.reunited_at));
    }
    months.set(month.month, month);
    if (r.identified_by !== null) identifiedBy[r.identified_by] += 1;
  }
  const mid = median(hours);
  return {
    from: period.from ?? null,
    to: period.to ?? null,
    total: rows.length,
    open: rows.filter((r) => r.reunited_at === null).length,
    byMonth: [...months.values()],
    medianHoursToReunite: mid === null ? null : Math.round(mid * 10) / 10,
    reunited: hours.length,
    identifiedBy,
  };
}
