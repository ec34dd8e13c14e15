// Enrolling a registered person in the care-wristband program, keeping their community details,
// and their leaving it. Leaving (moved, died, withdrew) retires the band in use and erases the
// sensitive profile: the purpose it was collected for has ended (PIPL art. 47).
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';
import { ApiError } from '../../contract/errors';
import { PARTICIPANT_STATUS_LABELS, type CommunityInput, type WristbandEnrollInput, type LeaveReason, type ParticipantDetail, type ParticipantListInput, type ParticipantPage, type Place } from '../../contract/wristband';
import { parseBandCode } from '../../contract/validation/bandCode';
import { recordAudit } from '../audit/log';
import { fieldError } from '../fieldError';
import { getPerson } from '../people/repository';
import { retireBandInUse } from './bands';
import { guardiansAuditView, writeGuardians } from './guardians';
import { PARTICIPANT_SELECT, findParticipantRow, getParticipant, toSummary, type ParticipantRow } from './read';
import { endConsent, insertConsent, withSecureDelete, writeProfile } from './sensitive';

type Community = z.output<typeof CommunityInput>;

const communityColumns = (c: Community) => ({
  village: c.village,
  grid: c.grid,
  gridWorker: c.gridWorker,
  gridWorkerPhone: c.gridWorkerPhone,
  policeContact: c.policeContact,
  policePhone: c.policePhone,
});

/**
 * Enrolls a person; one who left the program before is enrolled again on the same record.
 * A profile is stored only under the consent given with it (or already in force).
 */
export function enroll(db: Database, input: z.output<typeof WristbandEnrollInput>, actor: string): ParticipantDetail {
  return db.transaction(() => {
    const person = getPerson(db, input.personId);
    const existing = db.prepare('SELECT id, status FROM wristband_participant WHERE person_id = ?').get(input.personId) as { id: number; status: string } | undefined;
    if (existing?.status === 'active') throw new ApiError('DUPLICATE', `${person.name}已在爱心手环项目中`, { participantId: existing.id });
    const now = new Date().toISOString();
    const values = { ...communityColumns(input.community), personId: input.personId, enrolledOn: input.enrolledOn, notes: input.notes ?? null, now };
    let id: number;
    if (existing) {
      id = existing.id;
      db.prepare(
        `UPDATE wristband_participant SET status = 'active', enrolled_on = @enrolledOn, left_on = NULL, village = @village, grid = @grid,
           grid_worker = @gridWorker, grid_worker_phone = @gridWorkerPhone, police_contact = @policeContact, police_phone = @policePhone,
           notes = @notes, updated_at = @now WHERE id = @id`,
      ).run({ ...values, id });
    } else {
      id = Number(
        db
          .prepare(
            `INSERT INTO wristband_participant (person_id, status, enrolled_on, village, grid, grid_worker, grid_worker_phone, police_contact, police_phone, notes, created_at, updated_at)
             VALUES (@personId, 'active', @enrolledOn, @village, @grid, @gridWorker, @gridWorkerPhone, @policeContact, @policePhone, @notes, @now, @now)`,
          )
          .run(values).lastInsertRowid,
      );
    }
    writeGuardians(db, id, input.guardians, input.enrolledOn);
    if (input.consent) insertConsent(db, id, input.consent, actor);
    const profileFields = input.profile ? writeProfile(db, id, input.profile) : [];
    recordAudit(db, {
      actor,
      action: 'wristband.enroll',
      entity: 'wristband_participant',
      entityId: id,
      after: { personId: input.personId, enrolledOn: input.enrolledOn, community: input.community, guardians: guardiansAuditView(input.guardians), consent: input.consent ?? null, profileFields },
    });
    return getParticipant(db, id);
  })();
}

export function updateParticipant(db: Database, participantId: number, community: Community, notes: string | undefined, actor: string): ParticipantDetail {
  return db.transaction(() => {
    const before = getParticipant(db, participantId);
    db.prepare(
      `UPDATE wristband_participant SET village = @village, grid = @grid, grid_worker = @gridWorker, grid_worker_phone = @gridWorkerPhone,
         police_contact = @policeContact, police_phone = @policePhone, notes = @notes, updated_at = @now WHERE id = @id`,
    ).run({ ...communityColumns(community), notes: notes ?? null, now: new Date().toISOString(), id: participantId });
    recordAudit(db, { actor, action: 'wristband.update', entity: 'wristband_participant', entityId: participantId, before: { community: before.community, notes: before.notes }, after: { community, notes: notes ?? null } });
    return getParticipant(db, participantId);
  })();
}

export function leaveProgram(db: Database, participantId: number, leftOn: string, reason: LeaveReason, actor: string): ParticipantDetail {
  return withSecureDelete(db, () =>
    db.transaction(() => {
      const row = findParticipantRow(db, participantId);
      if (row.status !== 'active') throw fieldError(['participantId'], `${row.name}已${PARTICIPANT_STATUS_LABELS[row.status]}，不能再次办理退出`, 'WRISTBAND_NOT_ACTIVE');
      if (leftOn < row.enrolled_on) throw fieldError(['leftOn'], `退出日期不能早于登记日期 ${row.enrolled_on}`, 'WRISTBAND_DATE_ORDER', { date: row.enrolled_on });
      const band = retireBandInUse(db, participantId, leftOn, reason, actor);
      const erased = endConsent(db, participantId, leftOn, reason === 'withdrew' ? 'withdrawn' : 'left');
      db.prepare('UPDATE wristband_participant SET status = ?, left_on = ?, updated_at = ? WHERE id = ?').run(reason, leftOn, new Date().toISOString(), participantId);
      recordAudit(db, { actor, action: 'wristband.leave', entity: 'wristband_participant', entityId: participantId, after: { reason, leftOn, retiredBand: band, erased } });
      return getParticipant(db, participantId);
    })(),
  );
}

export function listParticipants(db: Database, input: z.output<typeof ParticipantListInput>): ParticipantPage {
  const conditions: string[] = [];
  const params: Record<string, string | number> = {};
  if (input.status === 'active') conditions.push("p.status = 'active'");
  if (input.status === 'left') conditions.push("p.status != 'active'");
  if (input.village) {
    conditions.push('p.village = @village');
    params.village = input.village;
  }
  if (input.grid) {
    conditions.push('p.grid = @grid');
    params.grid = input.grid;
  }
  if (input.query) {
    // A band code finds its participant (any band they ever wore); anything else is part of a name.
    const code = parseBandCode(input.query);
    if (code.ok) {
      conditions.push('p.id IN (SELECT participant_id FROM wristband_band WHERE code = @code)');
      params.code = code.code;
    } else {
      conditions.push("person.name LIKE @name ESCAPE '\\'");
      params.name = `%${input.query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    }
  }
  const where = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
  const rows = db.prepare(`${PARTICIPANT_SELECT} ${where} ORDER BY p.village, p.grid, p.id LIMIT @limit OFFSET @offset`).all({ ...params, limit: input.limit, offset: input.offset }) as ParticipantRow[];
  const total = db.prepare(`SELECT count(*) FROM wristband_participant p JOIN person ON person.id = p.person_id ${where}`).pluck().get(params) as number;
  return { rows: rows.map(toSummary), total };
}

/** The villages and grids of the participants in the program, for the roster's filters. */
export function listPlaces(db: Database): Place[] {
  const rows = db
    .prepare("SELECT village, grid, count(*) AS n FROM wristband_participant WHERE status = 'active' GROUP BY village, grid ORDER BY village, grid")
    .all() as { village: string; grid: string | null; n: number }[];
  const places = new Map<string, { village: string; grids: string[]; participants: number }>();
  for (const r of rows) {
    const place = places.get(r.village) ?? { village: r.village, grids: [], participants: 0 };
    if (r.grid !== null) place.grids.push(r.grid);
    place.participants += r.n;
    places.set(r.village, place);
  }
  return [...places.values()];
}
