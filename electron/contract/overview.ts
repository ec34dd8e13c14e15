// The overview: the dashboard's figures, charts and work lists, and the office's periodic
// statistics report (a period beside the one before it). Every figure is read from the
// registry when asked; nothing here is stored.
import { z } from 'zod';
import type { DonationKind } from './blood';
import type { PledgeKind } from './organ';
import { method } from './spec';
import type { EnrollmentStatus, PipelineStatus } from './stemcell';
import { isCalendarDate } from './validation/calendar';
import type { FollowUpRow, OpenIncident } from './wristbandIncidents';
import type { StagedFile } from './files';

/** "Active" blood donors: those who gave within this many months before today. */
export const ACTIVE_DONOR_MONTHS = 12;
/** The donations and incidents charts look back this many months, this one included. */
export const CHART_MONTHS = 24;
/** The drives ranking: the best drives of the last year (every drive ever is too many to sum for a start page). */
export const DRIVE_RANKING_MONTHS = 12;
/** A stem-cell volunteer waiting this many days on one step is put on the work list. */
export const DEFAULT_WAITING_DAYS = 30;
/** Rows a work list shows on the dashboard (the count says how many there are in all). */
export const WORK_LIST_ROWS = 20;
export const TOP_DRIVES = 10;

/** The pipeline steps on which the office has something to do (typed volunteers wait for a match, not for us). */
export const WAITING_STAGES: readonly PipelineStatus[] = ['registered', 'sample_scheduled', 'sampled', 'preliminary_match', 'high_resolution', 'workup'];

export interface VolumeTotals {
  /** Donations made (deferred visits are not donations). */
  readonly donations: number;
  readonly wholeBloodMl: number;
  readonly plateletUnits: number;
}

/** A stretch of days and the same stretch a year earlier. */
export interface YearOnYear {
  readonly from: string;
  readonly to: string;
  readonly current: VolumeTotals;
  readonly lastYear: VolumeTotals;
}

export interface MonthVolume extends VolumeTotals {
  /** YYYY-MM */
  readonly month: string;
}

export interface DriveRanking {
  readonly id: number;
  readonly date: string;
  readonly site: string;
  readonly wholeBloodMl: number;
  readonly plateletUnits: number;
  readonly donations: number;
}

export interface FunnelStage {
  readonly stage: PipelineStatus;
  /**
   * Volunteers at this step or beyond it now (or when they withdrew). A volunteer who skipped the
   * optional sampling appointment counts as past it; one sent back to "typed" when a match fell
   * through counts at "typed" again.
   */
  readonly reached: number;
}

export interface EligibleDonor {
  readonly personId: number;
  readonly name: string;
  readonly lastDate: string;
  /** What they gave last time (whole blood when both that day), and the day this week from which they may give it again. */
  readonly kind: DonationKind;
  readonly from: string;
}

export interface WaitingVolunteer {
  readonly personId: number;
  readonly name: string;
  readonly status: PipelineStatus;
  readonly since: string;
  readonly days: number;
}

export interface WorkList<T> {
  readonly total: number;
  readonly rows: readonly T[];
}

export interface BloodOverview {
  readonly activeDonors: number;
  /** Donations since this day count towards "active". */
  readonly activeSince: string;
  readonly thisMonth: YearOnYear;
  readonly thisYear: YearOnYear;
  readonly byMonth: readonly MonthVolume[];
  readonly topDrives: readonly DriveRanking[];
  readonly eligibleThisWeek: WorkList<EligibleDonor> & { readonly from: string; readonly to: string };
}

export interface StemcellOverview {
  readonly byStatus: Readonly<Record<EnrollmentStatus, number>>;
  readonly newThisYear: number;
  readonly funnel: readonly FunnelStage[];
  readonly waiting: WorkList<WaitingVolunteer> & { readonly days: number };
}

export interface PledgeOverview {
  readonly active: number;
  readonly byKind: Readonly<Record<PledgeKind, number>>;
}

export interface IncidentsInMonth {
  /** YYYY-MM of the time reported missing. */
  readonly month: string;
  readonly incidents: number;
  /** Of that month's incidents that ended in a reunion; null when none did. */
  readonly medianHoursToReunite: number | null;
}

export interface WristbandOverview {
  readonly activeParticipants: number;
  /** Everyone not yet home, longest missing first (the wristband program's own list). */
  readonly missing: readonly OpenIncident[];
  readonly byMonth: readonly IncidentsInMonth[];
  /** Bands to check and guardians' phones to re-confirm (the program's follow-up list). */
  readonly followUp: WorkList<FollowUpRow> & { readonly months: number };
}

export interface Dashboard {
  readonly today: string;
  readonly blood: BloodOverview;
  readonly stemcell: StemcellOverview;
  readonly organ: PledgeOverview;
  readonly wristband: WristbandOverview;
}

/** The figures of one period, in the shape the `report --json` command prints. */
export interface PeriodFigures {
  readonly from: string;
  readonly to: string;
  readonly blood: {
    readonly donations: number;
    /** People who donated at least once in the period. */
    readonly donors: number;
    readonly wholeBloodMl: number;
    readonly plateletUnits: number;
    readonly deferrals: number;
    /** Drives held in the period. */
    readonly drives: number;
    readonly byMonth: readonly MonthVolume[];
  };
  readonly stemcell: {
    /** Consent forms signed in the period. */
    readonly new: number;
    /** Volunteers who reached each step in the period. */
    readonly byStage: Readonly<Record<PipelineStatus, number>>;
    readonly withdrawn: number;
  };
  readonly organ: {
    /** Pledges first registered in the period (changes are not new pledges). */
    readonly new: number;
    readonly revoked: number;
    /** Pledges in force on the last day of the period. */
    readonly active: number;
  };
  readonly wristband: {
    /** Participants who joined in the period. */
    readonly new: number;
    /** Incidents whose missing time falls in the period. */
    readonly incidents: number;
    /** Of those, the ones that ended in a reunion: hours from missing to home; null when none. */
    readonly medianHoursToReunite: number | null;
  };
}

export type PeriodKind = 'month' | 'quarter' | 'year' | 'range';

export interface PeriodReport {
  readonly current: PeriodFigures;
  /** The period before: the same number of whole months, or of days for another range. */
  readonly previous: PeriodFigures;
}

const day = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .refine(isCalendarDate, `${label}应为有效日期（YYYY-MM-DD）`);

/** The longest period one report covers: ten years is already more than any office compiles. */
export const MAX_REPORT_DAYS = 3660;

export const PeriodInput = z
  .object({ from: day('开始日期'), to: day('结束日期') })
  .strict()
  .refine((p) => p.from <= p.to, { message: '开始日期不能晚于结束日期', path: ['to'] })
  .refine((p) => Date.parse(p.to) - Date.parse(p.from) <= MAX_REPORT_DAYS * 86_400_000, { message: '统计期间最长十年', path: ['to'] });
export type PeriodInput = z.input<typeof PeriodInput>;

export const DashboardInput = z
  .object({ waitingDays: z.number().int().min(1, '等待天数至少为 1 天').max(365, '等待天数最多 365 天').default(DEFAULT_WAITING_DAYS) })
  .strict()
  .default({ waitingDays: DEFAULT_WAITING_DAYS });

export const overviewMethods = {
  'overview.dashboard': method<Dashboard>()(DashboardInput),
  'overview.report': method<PeriodReport>()(PeriodInput),
  /** The report as .xlsx in the staging store (download it with files.read); recorded in the audit log. */
  'overview.exportReport': method<StagedFile>()(PeriodInput),
} as const;

/** The lines of the statistics table, in the order the city Red Cross's forms list them. */
export const REPORT_PROGRAMS = ['blood', 'stemcell', 'organ', 'wristband'] as const;
export type ReportProgram = (typeof REPORT_PROGRAMS)[number];
export const REPORT_PROGRAM_LABELS: Readonly<Record<ReportProgram, string>> = { blood: '无偿献血', stemcell: '造血干细胞捐献', organ: '器官和遗体捐献', wristband: '爱心手环' };

const LINES = {
  bloodDonations: ['blood', '献血人次', (f) => f.blood.donations],
  bloodDonors: ['blood', '献血人数', (f) => f.blood.donors],
  bloodWholeMl: ['blood', '全血献血量（毫升）', (f) => f.blood.wholeBloodMl],
  bloodPlateletUnits: ['blood', '单采血小板（治疗量）', (f) => f.blood.plateletUnits],
  bloodDeferrals: ['blood', '暂缓献血人次', (f) => f.blood.deferrals],
  bloodDrives: ['blood', '献血活动场次', (f) => f.blood.drives],
  stemcellNew: ['stemcell', '新入库志愿者', (f) => f.stemcell.new],
  stemcellSampled: ['stemcell', '采样', (f) => f.stemcell.byStage.sampled],
  stemcellTyped: ['stemcell', '分型入库', (f) => f.stemcell.byStage.typed],
  stemcellMatched: ['stemcell', '初配', (f) => f.stemcell.byStage.preliminary_match],
  stemcellHighResolution: ['stemcell', '高分辨', (f) => f.stemcell.byStage.high_resolution],
  stemcellWorkup: ['stemcell', '体检', (f) => f.stemcell.byStage.workup],
  stemcellDonated: ['stemcell', '捐献造血干细胞', (f) => f.stemcell.byStage.donated],
  stemcellWithdrawn: ['stemcell', '退出', (f) => f.stemcell.withdrawn],
  organNew: ['organ', '新登记', (f) => f.organ.new],
  organRevoked: ['organ', '撤销登记', (f) => f.organ.revoked],
  organActive: ['organ', '期末有效登记', (f) => f.organ.active],
  wristbandNew: ['wristband', '新佩戴人员', (f) => f.wristband.new],
  wristbandIncidents: ['wristband', '走失事件', (f) => f.wristband.incidents],
  wristbandMedianHours: ['wristband', '找回中位时长（小时）', (f) => f.wristband.medianHoursToReunite],
} as const satisfies Record<string, readonly [ReportProgram, string, (f: PeriodFigures) => number | null]>;

export type ReportLineKey = keyof typeof LINES;
export const REPORT_LINE_LABELS = Object.fromEntries(Object.entries(LINES).map(([key, [, label]]) => [key, label])) as Readonly<Record<ReportLineKey, string>>;

export interface ReportLine {
  readonly key: ReportLineKey;
  readonly program: ReportProgram;
  readonly current: number | null;
  readonly previous: number | null;
  /** Current minus previous; null when either is unknown. */
  readonly change: number | null;
  /** The change as a share of the previous value; null when the previous is zero or unknown. */
  readonly changeRate: number | null;
}

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

/** The table's lines: what the report page, its print and its spreadsheet all show. */
export function reportLines(report: PeriodReport): ReportLine[] {
  return (Object.entries(LINES) as [ReportLineKey, (typeof LINES)[ReportLineKey]][]).map(([key, [program, , value]]) => {
    const current = value(report.current);
    const previous = value(report.previous);
    const change = current === null || previous === null ? null : round(current - previous, 2);
    // Four places: a rate is shown as a percentage with one decimal.
    return { key, program, current, previous, change, changeRate: change === null || !previous ? null : round(change / previous, 4) };
  });
}
