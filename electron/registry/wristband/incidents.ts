// Missing-and-found incidents: reported missing, found (where, by whom, how identified),
// reunited. One incident is open per participant until the reunion closes it.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';
import { ApiError } from '../../contract/errors';
import { maskPhone } from '../../contract/validation';
import type { Incident, IncidentFoundInput, IncidentReunitedInput, MissingInput, OpenIncident } from '../../contract/wristbandIncidents';
import { recordAudit } from '../audit/log';
import { fieldError } from '../fieldError';
import { findParticipantRow } from './read';

interface IncidentRow {
  id: number;
  participant_id: number;
  band_code: string | null;
  missing_at: string;
  reported_by: string;
  reporter_phone: string | null;
  found_at: string | null;
  found_place: string | null;
  found_by: string | null;
  identified_by: Incident['identifiedBy'];
  reunited_at: string | null;
  notes: string | null;
  recorded_by: string;
}

const SELECT = `SELECT i.*, b.code AS band_code FROM wristband_incident i LEFT JOIN wristband_band b ON b.id = i.band_id`;

const toIncident = (r: IncidentRow): Incident => ({
  id: r.id,
  participantId: r.participant_id,
  bandCode: r.band_code,
  missingAt: r.missing_at,
  reportedBy: r.reported_by,
  reporterPhone: r.reporter_phone,
  foundAt: r.found_at,
  foundPlace: r.found_place,
  foundBy: r.found_by,
  identifiedBy: r.identified_by,
  reunitedAt: r.reunited_at,
  notes: r.notes,
  recordedBy: r.recorded_by,
});

function findIncident(db: Database, incidentId: number): IncidentRow {
  const row = db.prepare(`${SELECT} WHERE i.id = ?`).get(incidentId) as IncidentRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', '找不到该走失记录', { incidentId });
  return row;
}

const appendNotes = (before: string | null, added: string | undefined) => (added === undefined ? before : before === null ? added : `${before}\n${added}`);

export function reportMissing(db: Database, input: z.output<typeof MissingInput>, actor: string): Incident {
  return db.transaction(() => {
    const participant = findParticipantRow(db, input.participantId);
    if (participant.status !== 'active') throw fieldError(['participantId'], `${participant.name}已不在手环项目中`, 'WRISTBAND_NOT_ACTIVE');
    const open = db.prepare('SELECT id, missing_at FROM wristband_incident WHERE participant_id = ? AND reunited_at IS NULL').get(input.participantId) as
      | { id: number; missing_at: string }
      | undefined;
    if (open) {
      throw new ApiError('DUPLICATE', `${participant.name}已有未结束的走失记录（${open.missing_at.replace('T', ' ')} 走失），请在该记录中登记找到或团聚`, { incidentId: open.id });
    }
    const band = db.prepare("SELECT id FROM wristband_band WHERE participant_id = ? AND status IN ('issued', 'active', 'lost', 'damaged')").pluck().get(input.participantId) as number | undefined;
    const id = Number(
      db
        .prepare(
          `INSERT INTO wristband_incident (participant_id, band_id, missing_at, reported_by, reporter_phone, notes, recorded_at, recorded_by)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(input.participantId, band ?? null, input.missingAt, input.reportedBy, input.reporterPhone, input.notes ?? null, new Date().toISOString(), actor).lastInsertRowid,
    );
    recordAudit(db, {
      actor,
      action: 'wristband.missing',
      entity: 'wristband_incident',
      entityId: id,
      after: { participantId: input.participantId, missingAt: input.missingAt, reportedBy: input.reportedBy, reporterPhone: input.reporterPhone && maskPhone(input.reporterPhone) },
    });
    return toIncident(findIncident(db, id));
  })();
}

export function recordFound(db: Database, input: z.output<typeof IncidentFoundInput>, actor: string): Incident {
  return db.transaction(() => {
    const row = findIncident(db, input.incidentId);
    if (row.found_at !== null) throw fieldError(['incidentId'], `该走失记录已登记找到（${row.found_at.replace('T', ' ')}）`, 'INCIDENT_ALREADY_FOUND');
    if (input.foundAt < row.missing_at) {
      throw fieldError(['foundAt'], `找到时间不能早于走失时间 ${row.missing_at.replace('T', ' ')}`, 'INCIDENT_TIME_ORDER', { time: row.missing_at.replace('T', ' ') });
    }
    db.prepare('UPDATE wristband_incident SET found_at = ?, found_place = ?, found_by = ?, identified_by = ?, notes = ? WHERE id = ?').run(
      input.foundAt,
      input.foundPlace,
      input.foundBy,
      input.identifiedBy,
      appendNotes(row.notes, input.notes),
      row.id,
    );
    recordAudit(db, { actor, action: 'wristband.found', entity: 'wristband_incident', entityId: row.id, after: { foundAt: input.foundAt, identifiedBy: input.identifiedBy } });
    return toIncident(findIncident(db, row.id));
  })();
}

export function recordReunited(db: Database, input: z.output<typeof IncidentReunitedInput>, actor: string): Incident {
  return db.transaction(() => {
    const row = findIncident(db, input.incidentId);
    if (row.reunited_at !== null) throw fieldError(['incidentId'], `该走失记录已登记团聚（${row.reunited_at.replace('T', ' ')}）`, 'INCIDENT_CLOSED');
    if (row.found_at === null) throw fieldError(['incidentId'], '请先登记找到的时间、地点和发现人，再登记团聚', 'INCIDENT_NOT_FOUND_YET');
    if (input.reunitedAt < row.found_at) {
      throw fieldError(['reunitedAt'], `团聚时间不能早于找到时间 ${row.found_at.replace('T', ' ')}`, 'INCIDENT_TIME_ORDER', { time: row.found_at.replace('T', ' ') });
    }
    db.prepare('UPDATE wristband_incident SET reunited_at = ?, notes = ? WHERE id = ?').run(input.reunitedAt, appendNotes(row.notes, input.notes), row.id);
    recordAudit(db, { actor, action: 'wristband.reunited', entity: 'wristband_incident', entityId: row.id, after: { reunitedAt: input.reunitedAt } });
    return toIncident(findIncident(db, row.id));
  })();
}

/** A participant's history, newest first. */
export function listIncidents(db: Database, participantId: number): Incident[] {
  findParticipantRow(db, participantId);
  return (db.prepare(`${SELECT} WHERE i.participant_id = ? ORDER BY i.missing_at DESC, i.id DESC`).all(participantId) as IncidentRow[]).map(toIncident);
}

/** Everyone missing or found but not yet home, longest missing first. */
export function openIncidents(db: Database): OpenIncident[] {
  const rows = db
    .prepare(
      `SELECT i.*, b.code AS band_code, person.name, p.village FROM wristband_incident i
       LEFT JOIN wristband_band b ON b.id = i.band_id
       JOIN wristband_participant p ON p.id = i.participant_id JOIN person ON person.id = p.person_id
       WHERE i.reunited_at IS NULL ORDER BY i.missing_at, i.id`,
    )
    .all() as (IncidentRow & { name: string; village: string })[];
  return rows.map((r) => ({ ...toIncident(r), name: r.name, village: r.village }));
}
