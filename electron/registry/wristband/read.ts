// Participants as the API shows them: the register's row with the person's name, the guardians,
// the consents and the bands; the sensitive profile only as "which fields hold a value".
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ApiError } from '../../contract/errors';
import { maskDocumentNumber, maskPhone, type Sex } from '../../contract/validation';
import {
  SENSITIVE_FIELDS,
  type Band,
  type BandEvent,
  type BandStatus,
  type Community,
  type Consent,
  type ConsentGiver,
  type ConsentScope,
  type Guardian,
  type GuardianRelation,
  type ParticipantDetail,
  type ParticipantStatus,
  type ParticipantSummary,
  type SensitiveField,
} from '../../contract/wristband';

export interface ParticipantRow {
  id: number;
  person_id: number;
  status: ParticipantStatus;
  enrolled_on: string;
  left_on: string | null;
  village: string;
  grid: string | null;
  grid_worker: string | null;
  grid_worker_phone: string | null;
  police_contact: string | null;
  police_phone: string | null;
  notes: string | null;
  name: string;
  sex: Sex | null;
  birth_date: string | null;
  doc_number: string | null;
  band_code: string | null;
  band_status: BandStatus | null;
  contact_phone: string | null;
  missing: number;
}

/** The participant's columns with the person's, the band in use, the band contact's first phone and whether an incident is open. */
export const PARTICIPANT_SELECT = `
  SELECT p.*, person.name, person.sex, person.birth_date, person.doc_number,
         band.code AS band_code, band.status AS band_status,
         (SELECT ph.phone FROM wristband_guardian g JOIN wristband_guardian_phone ph ON ph.guardian_id = g.id
           WHERE g.participant_id = p.id AND g.band_contact = 1 ORDER BY ph.position LIMIT 1) AS contact_phone,
         EXISTS (SELECT 1 FROM wristband_incident i WHERE i.participant_id = p.id AND i.reunited_at IS NULL) AS missing
  FROM wristband_participant p
  JOIN person ON person.id = p.person_id
  LEFT JOIN wristband_band band ON band.participant_id = p.id AND band.status IN ('issued', 'active', 'lost', 'damaged')`;

export function toSummary(row: ParticipantRow): ParticipantSummary {
  return {
    id: row.id,
    personId: row.person_id,
    name: row.name,
    sex: row.sex,
    birthDate: row.birth_date,
    status: row.status,
    enrolledOn: row.enrolled_on,
    village: row.village,
    grid: row.grid,
    bandCode: row.band_code,
    bandStatus: row.band_status,
    contactPhoneMasked: row.contact_phone === null ? null : maskPhone(row.contact_phone),
    missing: row.missing === 1,
  };
}

export function findParticipantRow(db: Database, participantId: number): ParticipantRow {
  const row = db.prepare(`${PARTICIPANT_SELECT} WHERE p.id = ?`).get(participantId) as ParticipantRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', '找不到该手环登记对象', { participantId });
  return row;
}

export function readGuardians(db: Database, participantId: number): Guardian[] {
  const guardians = db
    .prepare('SELECT id, name, relation, band_contact FROM wristband_guardian WHERE participant_id = ? ORDER BY position')
    .all(participantId) as { id: number; name: string; relation: GuardianRelation; band_contact: number }[];
  const phones = db.prepare('SELECT phone, confirmed_on AS confirmedOn FROM wristband_guardian_phone WHERE guardian_id = ? ORDER BY position');
  return guardians.map((g) => ({
    id: g.id,
    name: g.name,
    relation: g.relation,
    isBandContact: g.band_contact === 1,
    phones: phones.all(g.id) as Guardian['phones'][number][],
  }));
}

interface ConsentRow {
  id: number;
  guardian_name: string;
  relation: ConsentGiver;
  given_on: string;
  scope: string;
  ended_on: string | null;
  end_reason: Consent['endReason'];
}

const toConsent = (row: ConsentRow): Consent => ({
  id: row.id,
  guardianName: row.guardian_name,
  relation: row.relation,
  givenOn: row.given_on,
  scope: JSON.parse(row.scope) as ConsentScope[],
  endedOn: row.ended_on,
  endReason: row.end_reason,
});

/** Newest first. */
export function readConsents(db: Database, participantId: number): Consent[] {
  return (db.prepare('SELECT * FROM wristband_consent WHERE participant_id = ? ORDER BY id DESC').all(participantId) as ConsentRow[]).map(toConsent);
}

/** The scopes the consent in force covers; empty when there is none. */
export function consentedScopes(db: Database, participantId: number): ConsentScope[] {
  const scope = db.prepare('SELECT scope FROM wristband_consent WHERE participant_id = ? AND ended_on IS NULL').pluck().get(participantId) as string | undefined;
  return scope === undefined ? [] : (JSON.parse(scope) as ConsentScope[]);
}

export interface BandRow {
  id: number;
  participant_id: number;
  code: string;
  serial: number;
  status: BandStatus;
  issued_on: string;
  status_on: string;
  checked_on: string;
  replaces_id: number | null;
}

export function toBand(db: Database, row: BandRow): Band {
  const history = db
    .prepare('SELECT status, on_date AS "on", note, recorded_by AS recordedBy FROM wristband_band_event WHERE band_id = ? ORDER BY seq')
    .all(row.id) as BandEvent[];
  const replacedBy = db.prepare('SELECT id FROM wristband_band WHERE replaces_id = ?').pluck().get(row.id) as number | undefined;
  return {
    id: row.id,
    code: row.code,
    status: row.status,
    issuedOn: row.issued_on,
    statusOn: row.status_on,
    checkedOn: row.checked_on,
    replacesId: row.replaces_id,
    replacedById: replacedBy ?? null,
    history,
  };
}

/** Newest first. */
export function readBands(db: Database, participantId: number): Band[] {
  return (db.prepare('SELECT * FROM wristband_band WHERE participant_id = ? ORDER BY id DESC').all(participantId) as BandRow[]).map((r) => toBand(db, r));
}

function sensitivePresence(db: Database, participantId: number): Record<SensitiveField, boolean> {
  const row = db
    .prepare(
      `SELECT condition IS NOT NULL AS condition, medication_notes IS NOT NULL AS medicationNotes, height_cm IS NOT NULL AS heightCm,
              build IS NOT NULL AS build, distinguishing_marks IS NOT NULL AS distinguishingMarks, usual_places IS NOT NULL AS usualPlaces
       FROM wristband_profile WHERE participant_id = ?`,
    )
    .get(participantId) as Record<Exclude<SensitiveField, 'photo'>, number> | undefined;
  const photo = db.prepare('SELECT 1 FROM wristband_photo WHERE participant_id = ?').get(participantId) !== undefined;
  return Object.fromEntries(SENSITIVE_FIELDS.map((f) => [f, f === 'photo' ? photo : row?.[f] === 1])) as Record<SensitiveField, boolean>;
}

export function toDetail(db: Database, row: ParticipantRow): ParticipantDetail {
  const consents = readConsents(db, row.id);
  const community: Community = {
    village: row.village,
    grid: row.grid,
    gridWorker: row.grid_worker,
    gridWorkerPhone: row.grid_worker_phone,
    policeContact: row.police_contact,
    policePhone: row.police_phone,
  };
  return {
    ...toSummary(row),
    docNumberMasked: row.doc_number === null ? null : maskDocumentNumber(row.doc_number),
    leftOn: row.left_on,
    community,
    consent: consents.find((c) => c.endedOn === null) ?? null,
    consents,
    sensitive: sensitivePresence(db, row.id),
    guardians: readGuardians(db, row.id),
    bands: readBands(db, row.id),
    notes: row.notes,
  };
}

export function getParticipant(db: Database, participantId: number): ParticipantDetail {
  return toDetail(db, findParticipantRow(db, participantId));
}

export function participantForPerson(db: Database, personId: number): ParticipantDetail | null {
  const row = db.prepare(`${PARTICIPANT_SELECT} WHERE p.person_id = ?`).get(personId) as ParticipantRow | undefined;
  return row ? toDetail(db, row) : null;
}
