// Donations and deferred visits in SQLite. Recording checks the rules in force on the day of
// the donation; a donation that breaks one is saved only with an override reason, which is
// stored with it and written to the audit log.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { DeferralReason, Donation, DonationKind, DonationOutcome, DonationsPage, RecordDonationResult, ValidDonation } from '../../contract/blood';
import { ApiError } from '../../contract/errors';
import { recordAudit } from '../audit/log';
import { fieldError } from '../fieldError';
import { getRule } from '../rules/repository';
import { refreshDonors } from './donorSummary';
import { ruleBreaks, type DonorHistory, type PastDonation } from './eligibility';
import { eligibilityRules } from './rules';

interface DonationRow {
  id: number;
  person_id: number;
  person_name: string;
  date: string;
  kind: DonationKind;
  outcome: DonationOutcome;
  volume_ml: number | null;
  units: number | null;
  deferral_reason: DeferralReason | null;
  deferral_note: string | null;
  drive_id: number | null;
  drive_site: string | null;
  certificate_no: string | null;
  adverse_reaction: number;
  physician_approved: number;
  override_reason: string | null;
  created_at: string;
  created_by: string;
}

const SELECT = `SELECT d.*, p.name AS person_name, v.site AS drive_site
  FROM donation d JOIN person p ON p.id = d.person_id LEFT JOIN blood_drive v ON v.id = d.drive_id`;

export function toDonation(row: DonationRow): Donation {
  return {
    id: row.id,
    personId: row.person_id,
    personName: row.person_name,
    date: row.date,
    kind: row.kind,
    outcome: row.outcome,
    volumeMl: row.volume_ml,
    units: row.units,
    deferralReason: row.deferral_reason,
    deferralNote: row.deferral_note,
    driveId: row.drive_id,
    driveSite: row.drive_site,
    certificateNo: row.certificate_no,
    adverseReaction: row.adverse_reaction === 1,
    physicianApproved: row.physician_approved === 1,
    overrideReason: row.override_reason,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

export function getDonation(db: Database, id: number): Donation {
  const row = db.prepare(`${SELECT} WHERE d.id = ?`).get(id) as DonationRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', '找不到该献血记录', { id });
  return toDonation(row);
}

/** What the rules look at: the person's birth date and the donations they made. */
export function donorHistory(db: Database, personId: number): DonorHistory {
  const person = db.prepare('SELECT birth_date FROM person WHERE id = ?').get(personId) as { birth_date: string | null } | undefined;
  if (!person) throw new ApiError('NOT_FOUND', '找不到该人员', { personId });
  const rows = db
    .prepare("SELECT date, kind, adverse_reaction, physician_approved FROM donation WHERE person_id = ? AND outcome = 'donated' ORDER BY date")
    .all(personId) as { date: string; kind: DonationKind; adverse_reaction: number; physician_approved: number }[];
  const donations: PastDonation[] = rows.map((r) => ({ date: r.date, kind: r.kind, adverseReaction: r.adverse_reaction === 1, physicianApproved: r.physician_approved === 1 }));
  return { birthDate: person.birth_date, donations };
}

/** The measure must be one the rules allow on that day: these are input errors, not overridable. */
function checkMeasure(db: Database, d: ValidDonation): void {
  if (d.outcome !== 'donated') return;
  if (d.kind === 'whole_blood') {
    const volumes = getRule(db, 'blood.wholeBloodVolumes', d.date);
    if (!volumes.includes(d.volumeMl!)) throw fieldError(['volumeMl'], `献血量应为 ${volumes.join('、')} 毫升之一`, 'BLOOD_VOLUME', { volumes: volumes.join('、') });
  } else {
    const { minUnitsPerDonation: min, maxUnitsPerDonation: max } = getRule(db, 'blood.platelets', d.date);
    if (d.units! < min || d.units! > max) throw fieldError(['units'], `每次单采血小板应为 ${min}–${max} 个治疗量`, 'BLOOD_UNITS', { min, max });
  }
}

function checkReferences(db: Database, d: ValidDonation): void {
  const person = db.prepare('SELECT birth_date FROM person WHERE id = ?').get(d.personId) as { birth_date: string | null } | undefined;
  if (!person) throw new ApiError('NOT_FOUND', '找不到该人员', { personId: d.personId });
  if (person.birth_date !== null && d.date < person.birth_date) throw fieldError(['date'], '献血日期早于出生日期', 'BEFORE_BIRTH');
  if (d.driveId !== undefined && !db.prepare('SELECT 1 FROM blood_drive WHERE id = ?').get(d.driveId)) {
    throw new ApiError('NOT_FOUND', '找不到该献血活动', { driveId: d.driveId });
  }
  if (d.certificateNo !== undefined) {
    const existing = db.prepare('SELECT id FROM donation WHERE certificate_no = ?').get(d.certificateNo) as { id: number } | undefined;
    if (existing) throw new ApiError('DUPLICATE', '该献血证编号已登记', { field: 'certificateNo', existingId: existing.id });
  }
}

/**
 * Records a donation or a deferred visit. A donation that breaks a rule comes back as
 * `needsOverride` with the rules it breaks, and nothing is saved, unless an override reason
 * was given. Deferred visits are not donations: no rule applies to them.
 */
export function recordDonation(db: Database, d: ValidDonation, actor: string): RecordDonationResult {
  return db.transaction((): RecordDonationResult => {
    checkReferences(db, d);
    checkMeasure(db, d);
    const violations =
      d.outcome === 'donated'
        ? ruleBreaks(donorHistory(db, d.personId), { date: d.date, kind: d.kind, physicianApproved: d.physicianApproved }, eligibilityRules(db, d.date))
        : [];
    if (violations.length > 0 && d.overrideReason === undefined) return { status: 'needsOverride', violations };
    const override = violations.length > 0 ? d.overrideReason! : null;
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO donation (person_id, date, kind, outcome, volume_ml, units, deferral_reason, deferral_note, drive_id, certificate_no,
                               adverse_reaction, physician_approved, override_reason, created_at, created_by)
         VALUES (@personId, @date, @kind, @outcome, @volumeMl, @units, @deferralReason, @deferralNote, @driveId, @certificateNo,
                 @adverse, @approved, @override, @now, @actor)`,
      )
      .run({
        personId: d.personId,
        date: d.date,
        kind: d.kind,
        outcome: d.outcome,
        volumeMl: d.volumeMl ?? null,
        units: d.units ?? null,
        deferralReason: d.deferralReason ?? null,
        deferralNote: d.deferralNote ?? null,
        driveId: d.driveId ?? null,
        certificateNo: d.certificateNo ?? null,
        adverse: d.adverseReaction ? 1 : 0,
        approved: d.physicianApproved ? 1 : 0,
        override,
        now: new Date().toISOString(),
        actor,
      });
    if (d.outcome === 'donated') refreshDonors(db, [d.personId]);
    const donation = getDonation(db, Number(lastInsertRowid));
    recordAudit(db, {
      actor,
      action: override === null ? 'donation.create' : 'donation.create-override',
      entity: 'donation',
      entityId: donation.id,
      after: override === null ? donation : { ...donation, violations },
    });
    return { status: 'saved', donation, overridden: violations };
  })();
}

/** Removes a record entered in error; the reason and the record itself stay in the audit log. */
export function deleteDonation(db: Database, id: number, reason: string, actor: string): void {
  db.transaction(() => {
    const before = getDonation(db, id);
    db.prepare('DELETE FROM donation WHERE id = ?').run(id);
    recordAudit(db, { actor, action: 'donation.delete', entity: 'donation', entityId: id, before, after: { reason } });
  })();
}

export interface DonationFilter {
  readonly personId?: number;
  readonly driveId?: number;
  readonly from?: string;
  readonly to?: string;
  readonly kind?: DonationKind;
  readonly outcome?: DonationOutcome;
  readonly offset: number;
  readonly limit: number;
}

// Only the filters given become conditions, so SQLite can pick the index each one needs
// (an "@x IS NULL OR col = @x" term would defeat every index). The SQL is fixed text.
const CONDITIONS: Readonly<Record<Exclude<keyof DonationFilter, 'offset' | 'limit'>, string>> = {
  personId: 'd.person_id = @personId',
  driveId: 'd.drive_id = @driveId',
  from: 'd.date >= @from',
  to: 'd.date <= @to',
  kind: 'd.kind = @kind',
  outcome: 'd.outcome = @outcome',
};

/** The list's statements: fixed SQL text chosen by which filters are set. */
export function donationListQuery(filter: DonationFilter): { select: string; count: string; params: Record<string, unknown> } {
  const keys = (Object.keys(CONDITIONS) as (keyof typeof CONDITIONS)[]).filter((k) => filter[k] !== undefined);
  const where = keys.length === 0 ? '' : `WHERE ${keys.map((k) => CONDITIONS[k]).join(' AND ')}`;
  return {
    select: `${SELECT} ${where} ORDER BY d.date DESC, d.id DESC LIMIT @limit OFFSET @offset`,
    count: `SELECT count(*) AS total FROM donation d ${where}`,
    params: Object.fromEntries(keys.map((k) => [k, filter[k]])),
  };
}

/** A page of donations and deferred visits, newest first. */
export function listDonations(db: Database, filter: DonationFilter): DonationsPage {
  const query = donationListQuery(filter);
  const rows = db.prepare(query.select).all({ ...query.params, limit: filter.limit, offset: filter.offset }) as DonationRow[];
  const { total } = db.prepare(query.count).get(query.params) as { total: number };
  return { rows: rows.map(toDonation), total };
}

export function countDonations(db: Database): number {
  return (db.prepare("SELECT count(*) AS n FROM donation WHERE outcome = 'donated'").get() as { n: number }).n;
}
