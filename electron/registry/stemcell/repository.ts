// Reading stem-cell enrollments: one volunteer with everything recorded about them, and the
// paged list by status. Writes live in enrollment.ts and pipeline.ts.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ApiError } from '../../contract/errors';
import {
  ENROLLMENT_FILTERS,
  MATCH_STAGES,
  NEXT_STEPS,
  type EmergencyContact,
  type EnrollmentDetail,
  type EnrollmentFilter,
  type EnrollmentPage,
  type EnrollmentStatus,
  type EnrollmentSummary,
  type HlaTyping,
  type PipelineStatus,
  type Sample,
  type StatusChange,
  type WithdrawalReason,
} from '../../contract/stemcell';
import type { Sex } from '../../contract/validation';
import { addDays } from '../../contract/validation/calendar';
import { HLA_LOCI, type HlaLocus } from '../../contract/validation/hla';
import { getRule } from '../rules/repository';

export interface EnrollmentRow {
  id: number;
  person_id: number;
  consent_date: string;
  status: EnrollmentStatus;
  status_since: string;
  withdrawn_from: PipelineStatus | null;
  withdrawal_reason: WithdrawalReason | null;
  cmdp_donor_id: string | null;
  notes: string | null;
  name: string;
  sex: Sex | null;
  birth_date: string | null;
}

const SELECT_ENROLLMENT = `SELECT e.*, p.name, p.sex, p.birth_date FROM enrollment e JOIN person p ON p.id = e.person_id`;

export const isRegret = (withdrawnFrom: PipelineStatus | null): boolean => withdrawnFrom !== null && MATCH_STAGES.includes(withdrawnFrom);

function toSummary(row: EnrollmentRow): EnrollmentSummary {
  return {
    id: row.id,
    personId: row.person_id,
    name: row.name,
    sex: row.sex,
    birthDate: row.birth_date,
    consentDate: row.consent_date,
    status: row.status,
    statusSince: row.status_since,
    cmdpDonorId: row.cmdp_donor_id,
    withdrawnFrom: row.withdrawn_from,
    withdrawalReason: row.withdrawal_reason,
    regret: isRegret(row.withdrawn_from),
  };
}

export function findEnrollmentRow(db: Database, enrollmentId: number): EnrollmentRow {
  const row = db.prepare(`${SELECT_ENROLLMENT} WHERE e.id = ?`).get(enrollmentId) as EnrollmentRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', '找不到该志愿者的入库记录', { enrollmentId });
  return row;
}

export function readContacts(db: Database, enrollmentId: number): EmergencyContact[] {
  return db.prepare('SELECT name, relation, phone FROM enrollment_contact WHERE enrollment_id = ? ORDER BY position').all(enrollmentId) as EmergencyContact[];
}

function readTimeline(db: Database, enrollmentId: number): StatusChange[] {
  const rows = db.prepare('SELECT * FROM enrollment_status WHERE enrollment_id = ? ORDER BY id').all(enrollmentId) as {
    id: number;
    status: EnrollmentStatus;
    from_status: PipelineStatus | null;
    changed_on: string;
    reason: WithdrawalReason | null;
    note: string | null;
    during_cooling_off: number;
    recorded_at: string;
    recorded_by: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    fromStatus: r.from_status,
    date: r.changed_on,
    reason: r.reason,
    note: r.note,
    duringCoolingOff: r.during_cooling_off === 1,
    recordedAt: r.recorded_at,
    recordedBy: r.recorded_by,
  }));
}

function readSamples(db: Database, enrollmentId: number): Sample[] {
  return db
    .prepare('SELECT id, sampled_on AS sampledOn, tube_barcode AS tubeBarcode, volume_ml AS volumeMl, lab FROM stemcell_sample WHERE enrollment_id = ? ORDER BY sampled_on, id')
    .all(enrollmentId) as Sample[];
}

/** The column pair of a locus in hla_typing: a_1/a_2 … dpb1_1/dpb1_2. */
export const locusColumns = (locus: HlaLocus): [string, string] => [`${locus.toLowerCase()}_1`, `${locus.toLowerCase()}_2`];

function readTypings(db: Database, enrollmentId: number): HlaTyping[] {
  const rows = db.prepare('SELECT * FROM hla_typing WHERE enrollment_id = ? ORDER BY typed_on, id').all(enrollmentId) as Record<string, string | number | null>[];
  return rows.map((row) => {
    const alleles: Partial<Record<HlaLocus, readonly [string, string]>> = {};
    for (const locus of HLA_LOCI) {
      const [first, second] = locusColumns(locus).map((column) => row[column]);
      if (typeof first === 'string' && typeof second === 'string') alleles[locus] = [first, second];
    }
    return { id: Number(row.id), typedOn: String(row.typed_on), lab: String(row.lab), resolution: row.resolution === 'high' ? 'high' : 'low', alleles };
  });
}

/** The first day sampling may be scheduled, when the cooling-off rule in force at consent applies. */
export function coolingOffUntil(db: Database, consentDate: string): string | null {
  const rule = getRule(db, 'cmdp.coolingOff', consentDate);
  return rule.enabled && rule.days > 0 ? addDays(consentDate, rule.days) : null;
}

/** The steps the pipeline allows from a status; straight to work-up only with high-resolution typing on file. */
export function nextSteps(status: EnrollmentStatus, hasHighResolution: boolean): PipelineStatus[] {
  if (status === 'withdrawn') return [];
  return NEXT_STEPS[status].filter((step) => !(status === 'preliminary_match' && step === 'workup' && !hasHighResolution));
}

export function hasHighResolutionTyping(db: Database, enrollmentId: number): boolean {
  return db.prepare("SELECT 1 FROM hla_typing WHERE enrollment_id = ? AND resolution = 'high' LIMIT 1").get(enrollmentId) !== undefined;
}

export function detailOf(db: Database, row: EnrollmentRow): EnrollmentDetail {
  const typings = readTypings(db, row.id);
  return {
    ...toSummary(row),
    notes: row.notes,
    contacts: readContacts(db, row.id),
    timeline: readTimeline(db, row.id),
    samples: readSamples(db, row.id),
    typings,
    coolingOffUntil: row.status === 'registered' ? coolingOffUntil(db, row.consent_date) : null,
    nextSteps: nextSteps(row.status, typings.some((t) => t.resolution === 'high')),
  };
}

export function getEnrollment(db: Database, enrollmentId: number): EnrollmentDetail {
  return detailOf(db, findEnrollmentRow(db, enrollmentId));
}

export function getEnrollmentOfPerson(db: Database, personId: number): EnrollmentDetail | null {
  const row = db.prepare(`${SELECT_ENROLLMENT} WHERE e.person_id = ?`).get(personId) as EnrollmentRow | undefined;
  return row ? detailOf(db, row) : null;
}

export interface EnrollmentQuery {
  readonly status?: EnrollmentFilter;
  readonly offset: number;
  readonly limit: number;
}

// Our own constants, not user data: safe to write into the statement.
const REGRET_WHERE = `e.status = 'withdrawn' AND e.withdrawn_from IN (${MATCH_STAGES.map((s) => `'${s}'`).join(', ')})`;

// One status: the longest-waiting first, for follow-up calls. All: the latest changes first.
// Both orders walk an index (enrollment_by_status / enrollment_by_since) instead of sorting.
const LIST_SQL = {
  all: `${SELECT_ENROLLMENT} ORDER BY e.status_since DESC, e.id DESC LIMIT @limit OFFSET @offset`,
  status: `${SELECT_ENROLLMENT} WHERE e.status = @status ORDER BY e.status_since, e.id LIMIT @limit OFFSET @offset`,
  regret: `${SELECT_ENROLLMENT} WHERE ${REGRET_WHERE} ORDER BY e.status_since, e.id LIMIT @limit OFFSET @offset`,
} as const;

export const listSqlFor = (status: EnrollmentFilter | undefined): string =>
  status === undefined ? LIST_SQL.all : status === 'regret' ? LIST_SQL.regret : LIST_SQL.status;

export const COUNT_SQL = {
  byStatus: 'SELECT status, count(*) AS n FROM enrollment GROUP BY status',
  regret: `SELECT count(*) AS n FROM enrollment e WHERE ${REGRET_WHERE}`,
} as const;

function countsOf(db: Database): Record<EnrollmentFilter, number> {
  const counts = Object.fromEntries(ENROLLMENT_FILTERS.map((f) => [f, 0])) as Record<EnrollmentFilter, number>;
  for (const row of db.prepare(COUNT_SQL.byStatus).all() as { status: EnrollmentStatus; n: number }[]) counts[row.status] = row.n;
  counts.regret = (db.prepare(COUNT_SQL.regret).get() as { n: number }).n;
  return counts;
}

export function listEnrollments(db: Database, q: EnrollmentQuery): EnrollmentPage {
  const page = { limit: q.limit, offset: q.offset };
  const params = q.status === undefined || q.status === 'regret' ? page : { ...page, status: q.status };
  const rows = db.prepare(listSqlFor(q.status)).all(params) as EnrollmentRow[];
  const counts = countsOf(db);
  const total = q.status === undefined ? Object.values(counts).reduce((a, b) => a + b, 0) - counts.regret : counts[q.status];
  return { rows: rows.map(toSummary), total, counts };
}

/** Volunteers still in the programme (not withdrawn), for the registry's per-program counts. */
export function countActiveEnrollments(db: Database): number {
  return (db.prepare("SELECT count(*) AS n FROM enrollment WHERE status != 'withdrawn'").get() as { n: number }).n;
}
