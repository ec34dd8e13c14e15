// The separate consent (PIPL art. 28) and what it allows: the sensitive profile and the photo.
// A field is stored only while a consent in force covers its scope; when consent is withdrawn,
// narrowed, or the participant leaves, the fields it no longer covers are erased — deleted
// with SQLite's secure_delete on, so their bytes are overwritten rather than left in free pages.
// The audit log names the fields that changed, never their values.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';
import {
  CONSENT_SCOPE_LABELS,
  MAX_PHOTO_BYTES,
  SCOPE_OF_FIELD,
  SENSITIVE_FIELD_LABELS,
  type ConsentEndReason,
  type ConsentInput,
  type ConsentScope,
  type ParticipantDetail,
  type PhotoType,
  type ProfileInput,
  type SensitiveField,
  type SensitiveProfile,
} from '../../contract/wristband';
import { recordAudit } from '../audit/log';
import { fieldError } from '../fieldError';
import { consentedScopes, findParticipantRow, getParticipant } from './read';

type Profile = z.output<typeof ProfileInput>;
type ProfileField = Exclude<SensitiveField, 'photo'>;
const PROFILE_COLUMNS: Readonly<Record<ProfileField, string>> = {
  condition: 'condition',
  medicationNotes: 'medication_notes',
  heightCm: 'height_cm',
  build: 'build',
  distinguishingMarks: 'distinguishing_marks',
  usualPlaces: 'usual_places',
};
const PROFILE_FIELDS = Object.keys(PROFILE_COLUMNS) as ProfileField[];

function refuseUncovered(field: SensitiveField, path: (string | number)[], scopes: readonly ConsentScope[]): never {
  const scope = SCOPE_OF_FIELD[field];
  const label = SENSITIVE_FIELD_LABELS[field];
  if (scopes.length === 0) {
    throw fieldError(path, `尚未取得监护人的单独同意，不能登记${label}（个人信息保护法第二十八条）。请先登记同意书`, 'WRISTBAND_CONSENT_REQUIRED', { field: label });
  }
  throw fieldError(path, `监护人的同意范围不含“${CONSENT_SCOPE_LABELS[scope]}”，不能登记${label}`, 'WRISTBAND_CONSENT_SCOPE', { field: label, scope: CONSENT_SCOPE_LABELS[scope] });
}

const activeOnly = (db: Database, participantId: number, action: string) => {
  const row = findParticipantRow(db, participantId);
  if (row.status !== 'active') throw fieldError(['participantId'], `${row.name}已不在手环项目中，不能${action}`, 'WRISTBAND_NOT_ACTIVE');
  return row;
};

/** Stores the profile (replacing the previous one); refuses any field the consent in force does not cover. */
export function writeProfile(db: Database, participantId: number, profile: Profile, path: (string | number)[] = ['profile']): ProfileField[] {
  const scopes = consentedScopes(db, participantId);
  for (const field of PROFILE_FIELDS) {
    if (profile[field] !== null && !scopes.includes(SCOPE_OF_FIELD[field])) refuseUncovered(field, [...path, field], scopes);
  }
  const before = db.prepare('SELECT * FROM wristband_profile WHERE participant_id = ?').get(participantId) as Record<string, unknown> | undefined;
  const changed = PROFILE_FIELDS.filter((f) => (before?.[PROFILE_COLUMNS[f]] ?? null) !== profile[f]);
  if (PROFILE_FIELDS.every((f) => profile[f] === null)) {
    db.prepare('DELETE FROM wristband_profile WHERE participant_id = ?').run(participantId);
  } else {
    db.prepare(
      `INSERT INTO wristband_profile (participant_id, condition, medication_notes, height_cm, build, distinguishing_marks, usual_places, updated_at)
       VALUES (@participantId, @condition, @medicationNotes, @heightCm, @build, @distinguishingMarks, @usualPlaces, @now)
       ON CONFLICT (participant_id) DO UPDATE SET condition = excluded.condition, medication_notes = excluded.medication_notes,
         height_cm = excluded.height_cm, build = excluded.build, distinguishing_marks = excluded.distinguishing_marks,
         usual_places = excluded.usual_places, updated_at = excluded.updated_at`,
    ).run({ participantId, ...profile, now: new Date().toISOString() });
  }
  return changed;
}

export function setProfile(db: Database, participantId: number, profile: Profile, actor: string): ParticipantDetail {
  return withSecureDelete(db, () =>
    db.transaction(() => {
      activeOnly(db, participantId, '登记敏感信息');
      const changed = writeProfile(db, participantId, profile);
      recordAudit(db, { actor, action: 'wristband.profile', entity: 'wristband_participant', entityId: participantId, after: { changed } });
      return getParticipant(db, participantId);
    })(),
  );
}

const MAGIC: Readonly<Record<PhotoType, readonly number[]>> = {
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

/** The photo's bytes, after checking that they are what they claim to be and within the cap. */
export function photoBytes(type: PhotoType, base64: string): Buffer {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw fieldError(['base64'], '照片数据已损坏，请重新选择照片', 'WRISTBAND_PHOTO_TYPE');
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > MAX_PHOTO_BYTES) {
    throw fieldError(['base64'], `照片过大（${Math.ceil(bytes.length / 1024)} KB），不能超过 ${MAX_PHOTO_BYTES / 1024} KB，请缩小后再上传`, 'WRISTBAND_PHOTO_SIZE', { max: MAX_PHOTO_BYTES / 1024 });
  }
  const magic = MAGIC[type];
  if (bytes.length <= magic.length || !magic.every((b, i) => bytes[i] === b)) {
    throw fieldError(['base64'], '照片应为 JPEG 或 PNG 图片，该文件不是', 'WRISTBAND_PHOTO_TYPE');
  }
  return bytes;
}

export function setPhoto(db: Database, participantId: number, type: PhotoType, base64: string, actor: string): ParticipantDetail {
  const bytes = photoBytes(type, base64);
  return withSecureDelete(db, () =>
    db.transaction(() => {
      activeOnly(db, participantId, '登记照片');
      const scopes = consentedScopes(db, participantId);
      if (!scopes.includes('photo')) refuseUncovered('photo', ['base64'], scopes);
      db.prepare(
        `INSERT INTO wristband_photo (participant_id, type, bytes, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (participant_id) DO UPDATE SET type = excluded.type, bytes = excluded.bytes, updated_at = excluded.updated_at`,
      ).run(participantId, type, bytes, new Date().toISOString());
      recordAudit(db, { actor, action: 'wristband.photo', entity: 'wristband_participant', entityId: participantId, after: { type, bytes: bytes.length } });
      return getParticipant(db, participantId);
    })(),
  );
}

export function removePhoto(db: Database, participantId: number, actor: string): ParticipantDetail {
  return withSecureDelete(db, () =>
    db.transaction(() => {
      findParticipantRow(db, participantId);
      const { changes } = db.prepare('DELETE FROM wristband_photo WHERE participant_id = ?').run(participantId);
      if (changes > 0) recordAudit(db, { actor, action: 'wristband.photo-remove', entity: 'wristband_participant', entityId: participantId });
      return getParticipant(db, participantId);
    })(),
  );
}

/** Records a consent; one in force before is superseded, and what the new scope leaves out is erased. */
export function insertConsent(db: Database, participantId: number, consent: z.output<typeof ConsentInput>, actor: string): void {
  const current = db.prepare('SELECT id, given_on FROM wristband_consent WHERE participant_id = ? AND ended_on IS NULL').get(participantId) as
    | { id: number; given_on: string }
    | undefined;
  if (current) {
    if (consent.givenOn < current.given_on) {
      throw fieldError(['consent', 'givenOn'], `同意日期不能早于现行同意书的日期 ${current.given_on}`, 'WRISTBAND_CONSENT_DATE', { date: current.given_on });
    }
    db.prepare("UPDATE wristband_consent SET ended_on = ?, end_reason = 'superseded' WHERE id = ?").run(consent.givenOn, current.id);
  }
  db.prepare(
    `INSERT INTO wristband_consent (participant_id, guardian_name, relation, given_on, scope, recorded_at, recorded_by)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(participantId, consent.guardianName, consent.relation, consent.givenOn, JSON.stringify(consent.scope), new Date().toISOString(), actor);
  eraseUncovered(db, participantId, consent.scope);
}

/** Deletes every sensitive value the given scopes do not cover; returns the fields erased. */
function eraseUncovered(db: Database, participantId: number, scopes: readonly ConsentScope[]): SensitiveField[] {
  const erased: SensitiveField[] = [];
  const row = db.prepare('SELECT * FROM wristband_profile WHERE participant_id = ?').get(participantId) as Record<string, unknown> | undefined;
  const dropped = PROFILE_FIELDS.filter((f) => (row?.[PROFILE_COLUMNS[f]] ?? null) !== null && !scopes.includes(SCOPE_OF_FIELD[f]));
  if (row && dropped.length > 0) {
    const kept = PROFILE_FIELDS.filter((f) => (row[PROFILE_COLUMNS[f]] ?? null) !== null && !dropped.includes(f));
    if (kept.length === 0) db.prepare('DELETE FROM wristband_profile WHERE participant_id = ?').run(participantId);
    else db.prepare(`UPDATE wristband_profile SET ${dropped.map((f) => `${PROFILE_COLUMNS[f]} = NULL`).join(', ')} WHERE participant_id = ?`).run(participantId);
    erased.push(...dropped);
  }
  if (!scopes.includes('photo') && db.prepare('DELETE FROM wristband_photo WHERE participant_id = ?').run(participantId).changes > 0) erased.push('photo');
  return erased;
}

/** Ends the consent in force (if any) and erases everything it allowed. */
export function endConsent(db: Database, participantId: number, on: string, reason: Exclude<ConsentEndReason, 'superseded'>): SensitiveField[] {
  const current = db.prepare('SELECT id, given_on FROM wristband_consent WHERE participant_id = ? AND ended_on IS NULL').get(participantId) as
    | { id: number; given_on: string }
    | undefined;
  if (current) {
    if (on < current.given_on) throw fieldError(['withdrawnOn'], `日期不能早于同意日期 ${current.given_on}`, 'WRISTBAND_CONSENT_DATE', { date: current.given_on });
    db.prepare('UPDATE wristband_consent SET ended_on = ?, end_reason = ? WHERE id = ?').run(on, reason, current.id);
  }
  return eraseUncovered(db, participantId, []);
}

export function giveConsent(db: Database, participantId: number, consent: z.output<typeof ConsentInput>, actor: string): ParticipantDetail {
  return withSecureDelete(db, () =>
    db.transaction(() => {
      activeOnly(db, participantId, '登记同意书');
      insertConsent(db, participantId, consent, actor);
      recordAudit(db, { actor, action: 'wristband.consent', entity: 'wristband_participant', entityId: participantId, after: consent });
      return getParticipant(db, participantId);
    })(),
  );
}

export function withdrawConsent(db: Database, participantId: number, withdrawnOn: string, actor: string): ParticipantDetail {
  return withSecureDelete(db, () =>
    db.transaction(() => {
      findParticipantRow(db, participantId);
      if (consentedScopes(db, participantId).length === 0) throw fieldError(['participantId'], '该对象没有有效的同意书，无需撤回', 'WRISTBAND_NO_CONSENT');
      const erased = endConsent(db, participantId, withdrawnOn, 'withdrawn');
      recordAudit(db, { actor, action: 'wristband.consent-withdraw', entity: 'wristband_participant', entityId: participantId, after: { withdrawnOn, erased } });
      return getParticipant(db, participantId);
    })(),
  );
}

/** The sensitive profile in the clear, for a deliberate click; the reveal is audited. */
export function revealProfile(db: Database, participantId: number, actor: string): SensitiveProfile {
  return db.transaction(() => {
    findParticipantRow(db, participantId);
    const row = db.prepare('SELECT * FROM wristband_profile WHERE participant_id = ?').get(participantId) as Record<string, unknown> | undefined;
    const photo = db.prepare('SELECT type, bytes FROM wristband_photo WHERE participant_id = ?').get(participantId) as { type: PhotoType; bytes: Buffer } | undefined;
    const profile = Object.fromEntries(PROFILE_FIELDS.map((f) => [f, row?.[PROFILE_COLUMNS[f]] ?? null])) as Omit<SensitiveProfile, 'photo'>;
    recordAudit(db, { actor, action: 'wristband.reveal', entity: 'wristband_participant', entityId: participantId });
    return { ...profile, photo: photo ? { type: photo.type, base64: photo.bytes.toString('base64') } : null };
  })();
}

/**
 * Runs `work` with secure_delete on, then checkpoints the WAL so the erased pages' earlier
 * images leave the log too (best effort: a reader holding a snapshot keeps them until it ends).
 */
export function withSecureDelete<T>(db: Database, work: () => T): T {
  const saved = db.pragma('secure_delete', { simple: true }) as number;
  db.pragma('secure_delete = ON');
  try {
    return work();
  } finally {
    db.pragma(`secure_delete = ${Number(saved)}`);
    db.pragma('wal_checkpoint(TRUNCATE)');
  }
}
