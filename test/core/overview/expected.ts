// The overview's figures counted again in plain JavaScript over the raw rows of a registry, so
// the tests compare the core's SQL with an independent count, not with itself.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { MonthVolume, PeriodFigures, VolumeTotals } from '../../../electron/contract/overview';
import { PIPELINE, type PipelineStatus } from '../../../electron/contract/stemcell';

export interface Rows {
  readonly donations: {
    person_id: number;
    date: string;
    kind: 'whole_blood' | 'platelets';
    outcome: string;
    volume_ml: number | null;
    units: number | null;
    drive_id: number | null;
    adverse_reaction: number;
    physician_approved: number;
  }[];
  readonly drives: { id: number; date: string; site: string }[];
  readonly enrollments: { id: number; person_id: number; consent_date: string; status: string; status_since: string; withdrawn_from: string | null }[];
  readonly timeline: { enrollment_id: number; status: string; changed_on: string }[];
  readonly pledges: { id: number; previous_id: number | null; status: string; organs: number; tissues: number; corneas: number; body: number; registered_on: string; revoked_on: string | null }[];
  readonly participants: { id: number; status: string; enrolled_on: string }[];
  readonly incidents: { id: number; missing_at: string; found_at: string | null; reunited_at: string | null }[];
}

export function readRows(db: Database): Rows {
  const all = <T>(sql: string) => db.prepare(sql).all() as T[];
  return {
    donations: all('SELECT person_id, date, kind, outcome, volume_ml, units, drive_id, adverse_reaction, physician_approved FROM donation'),
    drives: all('SELECT id, date, site FROM blood_drive'),
    enrollments: all('SELECT id, person_id, consent_date, status, status_since, withdrawn_from FROM enrollment'),
    timeline: all('SELECT enrollment_id, status, changed_on FROM enrollment_status'),
    pledges: all('SELECT id, previous_id, status, organs, tissues, corneas, body, registered_on, revoked_on FROM pledge'),
    participants: all('SELECT id, status, enrolled_on FROM wristband_participant'),
    incidents: all('SELECT id, missing_at, found_at, reunited_at FROM wristband_incident'),
  };
}

const within = (date: string | null, from: string, to: string) => date !== null && date >= from && date <= to;
const round = (n: number) => Math.round(n * 100) / 100;

export function volumes(rows: Rows, from: string, to: string): VolumeTotals {
  const given = rows.donations.filter((d) => d.outcome === 'donated' && within(d.date, from, to));
  return {
    donations: given.length,
    wholeBloodMl: given.reduce((s, d) => s + (d.volume_ml ?? 0), 0),
    plateletUnits: round(given.reduce((s, d) => s + (d.units ?? 0), 0)),
  };
}

/** Months written out by hand from their numbers: YYYY-MM from `first` for `count` months. */
export function monthList(first: string, count: number): string[] {
  const [y, m] = first.split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const n = y * 12 + m - 1 + i;
    return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
  });
}

export function monthVolumes(rows: Rows, months: readonly string[], from: string, to: string): MonthVolume[] {
  return months.map((month) => ({ month, ...volumes(rows, from > `${month}-01` ? from : `${month}-01`, to < `${month}-31` ? to : `${month}-31`) }));
}

/** In force on `to`: the chain's first version registered by then, its last version not revoked by then. */
function activeOn(rows: Rows, to: string): number {
  const next = new Map(rows.pledges.filter((p) => p.previous_id !== null).map((p) => [p.previous_id!, p]));
  let n = 0;
  for (const first of rows.pledges.filter((p) => p.previous_id === null)) {
    let last = first;
    while (next.has(last.id)) last = next.get(last.id)!;
    if (first.registered_on <= to && !(last.revoked_on !== null && last.revoked_on <= to)) n++;
  }
  return n;
}

/** Hours from missing to home of the incidents reported missing between the two days; their median. */
export function medianHours(rows: Rows, from: string, to: string): number | null {
  const hours = rows.incidents
    .filter((i) => i.reunited_at !== null && i.missing_at.slice(0, 10) >= from && i.missing_at.slice(0, 10) <= to)
    .map((i) => (new Date(`${i.reunited_at}:00Z`).getTime() - new Date(`${i.missing_at}:00Z`).getTime()) / 3_600_000)
    .sort((a, b) => a - b);
  if (hours.length === 0) return null;
  const half = hours.length >> 1;
  const mid = hours.length % 2 === 1 ? hours[half] : (hours[half - 1] + hours[half]) / 2;
  return Math.round(mid * 10) / 10;
}

export function expectedFigures(rows: Rows, from: string, to: string, months: readonly string[]): PeriodFigures {
  const inPeriod = rows.donations.filter((d) => within(d.date, from, to));
  const steps = rows.timeline.filter((t) => within(t.changed_on, from, to));
  const byStage = Object.fromEntries(PIPELINE.map((s) => [s, new Set(steps.filter((t) => t.status === s).map((t) => t.enrollment_id)).size])) as Record<PipelineStatus, number>;
  return {
    from,
    to,
    blood: {
      ...volumes(rows, from, to),
      donors: new Set(inPeriod.filter((d) => d.outcome === 'donated').map((d) => d.person_id)).size,
      deferrals: inPeriod.filter((d) => d.outcome === 'deferred').length,
      drives: rows.drives.filter((v) => within(v.date, from, to)).length,
      byMonth: monthVolumes(rows, months, from, to),
    },
    stemcell: {
      new: rows.enrollments.filter((e) => within(e.consent_date, from, to)).length,
      byStage,
      withdrawn: new Set(steps.filter((t) => t.status === 'withdrawn').map((t) => t.enrollment_id)).size,
    },
    organ: {
      new: rows.pledges.filter((p) => p.previous_id === null && within(p.registered_on, from, to)).length,
      revoked: rows.pledges.filter((p) => within(p.revoked_on, from, to)).length,
      active: activeOn(rows, to),
    },
    wristband: {
      new: rows.participants.filter((p) => within(p.enrolled_on, from, to)).length,
      incidents: rows.incidents.filter((i) => within(i.missing_at.slice(0, 10), from, to)).length,
      medianHoursToReunite: medianHours(rows, from, to),
    },
  };
}
