// Guardians, in order, one of them the band contact, each with phones that staff confirm now
// and then (the follow-up list asks for the ones not confirmed lately).
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';
import { ApiError } from '../../contract/errors';
import { maskPhone } from '../../contract/validation';
import type { GuardiansInput, ParticipantDetail } from '../../contract/wristband';
import { recordAudit } from '../audit/log';
import { fieldError } from '../fieldError';
import { findParticipantRow, getParticipant, readGuardians } from './read';

type Guardians = z.output<typeof GuardiansInput>;

/**
 * Replaces the participant's guardians. A number already on file keeps its last confirmation;
 * a new number counts as confirmed on `recordedOn`, the day the guardian gave it to staff.
 */
export function writeGuardians(db: Database, participantId: number, guardians: Guardians, recordedOn: string): void {
  const confirmed = new Map(
    (
      db
        .prepare(
          `SELECT ph.phone, max(ph.confirmed_on) AS confirmed_on FROM wristband_guardian g
           JOIN wristband_guardian_phone ph ON ph.guardian_id = g.id WHERE g.participant_id = ? GROUP BY ph.phone`,
        )
        .all(participantId) as { phone: string; confirmed_on: string | null }[]
    ).map((r) => [r.phone, r.confirmed_on]),
  );
  db.prepare('DELETE FROM wristband_guardian_phone WHERE guardian_id IN (SELECT id FROM wristband_guardian WHERE participant_id = ?)').run(participantId);
  db.prepare('DELETE FROM wristband_guardian WHERE participant_id = ?').run(participantId);
  const addGuardian = db.prepare('INSERT INTO wristband_guardian (participant_id, position, name, relation, band_contact) VALUES (?, ?, ?, ?, ?)');
  const addPhone = db.prepare('INSERT INTO wristband_guardian_phone (guardian_id, position, phone, confirmed_on) VALUES (?, ?, ?, ?)');
  guardians.forEach((g, i) => {
    const id = Number(addGuardian.run(participantId, i + 1, g.name, g.relation, g.isBandContact ? 1 : 0).lastInsertRowid);
    [...new Set(g.phones)].forEach((phone, j) => addPhone.run(id, j + 1, phone, confirmed.has(phone) ? confirmed.get(phone) : recordedOn));
  });
}

/** What the audit log keeps of the guardians: phones masked. */
export const guardiansAuditView = (guardians: Guardians) =>
  guardians.map((g) => ({ name: g.name, relation: g.relation, isBandContact: g.isBandContact, phones: g.phones.map(maskPhone) }));

export function setGuardians(db: Database, participantId: number, guardians: Guardians, today: string, actor: string): ParticipantDetail {
  return db.transaction(() => {
    findParticipantRow(db, participantId);
    const before = readGuardians(db, participantId).map((g) => ({ ...g, phones: g.phones.map((p) => p.phone) }));
    writeGuardians(db, participantId, guardians, today);
    recordAudit(db, {
      actor,
      action: 'wristband.guardians',
      entity: 'wristband_participant',
      entityId: participantId,
      before: guardiansAuditView(before),
      after: guardiansAuditView(guardians),
    });
    return getParticipant(db, participantId);
  })();
}

/** Records that `phone` reached the guardian on `confirmedOn`; an earlier confirmation never overwrites a later one. */
export function confirmPhone(db: Database, guardianId: number, phone: string, confirmedOn: string, actor: string): ParticipantDetail {
  return db.transaction(() => {
    const guardian = db.prepare('SELECT participant_id FROM wristband_guardian WHERE id = ?').get(guardianId) as { participant_id: number } | undefined;
    if (!guardian) throw new ApiError('NOT_FOUND', '找不到该监护人，可能已被修改，请刷新后重试', { guardianId });
    const { changes } = db
      .prepare('UPDATE wristband_guardian_phone SET confirmed_on = max(coalesce(confirmed_on, ?), ?) WHERE guardian_id = ? AND phone = ?')
      .run(confirmedOn, confirmedOn, guardianId, phone);
    if (changes === 0) throw fieldError(['phone'], '该监护人没有登记这个电话', 'WRISTBAND_PHONE_UNKNOWN');
    recordAudit(db, { actor, action: 'wristband.confirm-phone', entity: 'wristband_participant', entityId: guardian.participant_id, after: { phone: maskPhone(phone), confirmedOn } });
    return getParticipant(db, guardian.participant_id);
  })();
}
