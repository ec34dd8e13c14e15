// A drive report: every visit at one drive, or every visit in a date range (at drives or not),
// with who came, what they gave or why they were deferred, and a totals line. Counts are of
// people, as the drive page counts them: someone deferred and then accepted the same day came
// once and donated once. Reports are not deduplicated between batches — a report is a picture
// of its drive or period, and writing it again later is a new report.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { DEFERRAL_REASON_LABELS, type DeferralReason } from '../../../contract/blood';
import type { DriveReportScope } from '../../../contract/exports';
import { getDrive } from '../../blood/drives';
import { PERSON_COLUMNS, personValues, type PersonColumns } from './personValues';
import type { Candidate, Selection } from './selection';

interface VisitRow extends PersonColumns {
  id: number;
  person_id: number;
  date: string;
  kind: 'whole_blood' | 'platelets';
  outcome: 'donated' | 'deferred';
  volume_ml: number | null;
  units: number | null;
  deferral_reason: DeferralReason | null;
  deferral_note: string | null;
  certificate_no: string | null;
  drive_date: string | null;
  site: string | null;
  organiser: string | null;
}

const SELECT = `SELECT d.id, d.person_id, d.date, d.kind, d.outcome, d.volume_ml, d.units, d.deferral_reason, d.deferral_note, d.certificate_no,
    v.date AS drive_date, v.site, v.organiser,
    ${PERSON_COLUMNS}
  FROM donation d JOIN person p ON p.id = d.person_id LEFT JOIN blood_drive v ON v.id = d.drive_id`;

const SQL = {
  drive: `${SELECT} WHERE d.drive_id = ? ORDER BY d.date, d.id`,
  range: `${SELECT} WHERE d.date BETWEEN ? AND ? ORDER BY d.date, v.id, d.id`,
} as const;

interface DriveReportTotals {
  readonly came: number;
  readonly donated: number;
  readonly deferred: number;
  readonly wholeBloodMl: number;
  readonly plateletUnits: number;
}

function totalsOf(visits: readonly VisitRow[]): DriveReportTotals {
  const came = new Set(visits.map((v) => v.person_id));
  const donated = new Set(visits.filter((v) => v.outcome === 'donated').map((v) => v.person_id));
  const sum = (pick: (v: VisitRow) => number | null) => visits.reduce((total, v) => total + (pick(v) ?? 0), 0);
  return {
    came: came.size,
    donated: donated.size,
    deferred: came.size - donated.size,
    wholeBloodMl: sum((v) => v.volume_ml),
    // Platelet units are halves and wholes: rounding keeps 0.1 + 0.2 from showing its float error.
    plateletUnits: Math.round(sum((v) => v.units) * 100) / 100,
  };
}

function scopeLine(db: Database, scope: DriveReportScope): string {
  if (scope.driveId !== undefined) {
    const drive = getDrive(db, scope.driveId);
    return `献血活动：${drive.date} ${drive.site}`;
  }
  return `日期范围：${scope.from} 至 ${scope.to}`;
}

export function selectDriveReport(db: Database, scope: DriveReportScope): Selection {
  const title = scopeLine(db, scope); // also refuses an unknown drive
  const visits = (scope.driveId !== undefined ? db.prepare(SQL.drive).all(scope.driveId) : db.prepare(SQL.range).all(scope.from, scope.to)) as VisitRow[];
  const candidates: Candidate[] = visits.map((v) => ({
    personId: v.person_id,
    sourceKey: `donation:${v.id}`,
    row: {
      ...personValues(v),
      driveDate: v.drive_date,
      site: v.site,
      organiser: v.organiser,
      date: v.date,
      donationKind: v.kind === 'whole_blood' ? '全血' : '单采血小板',
      outcome: v.outcome === 'donated' ? '献血' : '暂缓',
      volumeMl: v.volume_ml,
      units: v.units,
      deferralReason: v.deferral_reason === null ? null : v.deferral_note ? `${DEFERRAL_REASON_LABELS[v.deferral_reason]}：${v.deferral_note}` : DEFERRAL_REASON_LABELS[v.deferral_reason],
      certificateNo: v.certificate_no,
    },
  }));
  const t = totalsOf(visits);
  // One line headed 合计, which importers (ours too) know to skip as a footer.
  const summary =
    visits.length === 0
      ? null
      : [['合计', `${title}；来访 ${t.came} 人，献血 ${t.donated} 人，暂缓 ${t.deferred} 人；全血 ${t.wholeBloodMl} ml，单采血小板 ${t.plateletUnits} 治疗量`]];
  return { candidates, notReady: [], summary };
}
