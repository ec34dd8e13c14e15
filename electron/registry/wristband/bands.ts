// Bands and their lifecycle: issued → active → lost / damaged → replaced (the new band linked
// to the old one) → retired when the participant leaves. Every change is dated and kept as an
// event; the steps allowed are BAND_STEPS in the contract, so pages offer exactly those.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ApiError } from '../../contract/errors';
import { BAND_STATUS_LABELS, BAND_STEPS, REPLACEABLE, type BandLookup, type BandStatus, type LeaveReason, type ParticipantDetail, PARTICIPANT_STATUS_LABELS } from '../../contract/wristband';
import { MAX_BAND_SERIAL, formatBandCode, parseBandCode } from '../../contract/validation/bandCode';
import { recordAudit } from '../audit/log';
import { fieldError } from '../fieldError';
import { findParticipantRow, getParticipant, toBand, type BandRow } from './read';

const IN_USE = "status IN ('issued', 'active', 'lost', 'damaged')";

/** The code after the highest serial ever issued; codes are never reused. */
export function nextBandCode(db: Database): string {
  const serial = db.prepare('SELECT coalesce(max(serial), 0) + 1 FROM wristband_band').pluck().get() as number;
  if (serial > MAX_BAND_SERIAL) throw new ApiError('INVALID_INPUT', '手环编号已用完，请联系维护人员');
  return formatBandCode(serial);
}

function findBand(db: Database, bandId: number): BandRow {
  const row = db.prepare('SELECT * FROM wristband_band WHERE id = ?').get(bandId) as BandRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', '找不到该手环', { bandId });
  return row;
}

function addEvent(db: Database, bandId: number, status: BandStatus, on: string, note: string | null, actor: string): void {
  db.prepare(
    `INSERT INTO wristband_band_event (band_id, seq, status, on_date, note, recorded_at, recorded_by)
     VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM wristband_band_event WHERE band_id = ?), ?, ?, ?, ?, ?)`,
  ).run(bandId, bandId, status, on, note, new Date().toISOString(), actor);
}

/** Inserts a band for the participant under `code` (the next free code when none is given). */
function insertBand(db: Database, participantId: number, code: string | undefined, issuedOn: string, replacesId: number | null, note: string | null, actor: string): BandRow {
  const chosen = code ?? nextBandCode(db);
  const parsed = parseBandCode(chosen);
  if (!parsed.ok) throw fieldError(['code'], parsed.message, 'BAND_CODE_FORMAT');
  const holder = db.prepare('SELECT participant_id FROM wristband_band WHERE code = ?').get(parsed.code) as { participant_id: number } | undefined;
  if (holder) throw new ApiError('DUPLICATE', `手环编号 ${parsed.code} 已被使用`, { field: 'code', participantId: holder.participant_id });
  const id = Number(
    db
      .prepare(
        `INSERT INTO wristband_band (participant_id, serial, code, status, issued_on, status_on, checked_on, replaces_id, recorded_at, recorded_by)
         VALUES (?, ?, ?, 'issued', ?, ?, ?, ?, ?, ?)`,
      )
      .run(participantId, parsed.serial, parsed.code, issuedOn, issuedOn, issuedOn, replacesId, new Date().toISOString(), actor).lastInsertRowid,
  );
  addEvent(db, id, 'issued', issuedOn, note, actor);
  return findBand(db, id);
}

function activeParticipant(db: Database, participantId: number, action: string) {
  const row = findParticipantRow(db, participantId);
  if (row.status !== 'active') throw fieldError(['participantId'], `${row.name}${PARTICIPANT_STATUS_LABELS[row.status]}，不能${action}`, 'WRISTBAND_NOT_ACTIVE');
  return row;
}

export function issueBand(db: Database, participantId: number, code: string | undefined, issuedOn: string, actor: string): ParticipantDetail {
  return db.transaction(() => {
    const participant = activeParticipant(db, participantId, '发放手环');
    const inUse = db.prepare(`SELECT code, status FROM wristband_band WHERE participant_id = ? AND ${IN_USE}`).get(participantId) as { code: string; status: BandStatus } | undefined;
    if (inUse) {
      throw new ApiError('DUPLICATE', `${participant.name}已有在用手环 ${inUse.code}（${BAND_STATUS_LABELS[inUse.status]}）；遗失或损坏请办理补发`, { code: inUse.code });
    }
    if (issuedOn < participant.enrolled_on) throw fieldError(['issuedOn'], `发放日期不能早于登记日期 ${participant.enrolled_on}`, 'WRISTBAND_DATE_ORDER', { date: participant.enrolled_on });
    const band = insertBand(db, participantId, code, issuedOn, null, null, actor);
    recordAudit(db, { actor, action: 'wristband.band-issue', entity: 'wristband_band', entityId: band.id, after: { participantId, code: band.code, issuedOn } });
    return getParticipant(db, participantId);
  })();
}

function assertDateOrder(band: BandRow, on: string, field: string): void {
  if (on < band.status_on) throw fieldError([field], `日期不能早于手环上一次状态变更的日期 ${band.status_on}`, 'WRISTBAND_DATE_ORDER', { date: band.status_on });
}

export function setBandStatus(db: Database, bandId: number, status: BandStatus, on: string, note: string | undefined, actor: string): ParticipantDetail {
  return db.transaction(() => {
    const band = findBand(db, bandId);
    if (!BAND_STEPS[band.status].includes(status)) {
      throw fieldError(['status'], `手环 ${band.code} 当前为“${BAND_STATUS_LABELS[band.status]}”，不能改为“${BAND_STATUS_LABELS[status]}”`, 'BAND_STEP', {
        from: BAND_STATUS_LABELS[band.status],
        to: BAND_STATUS_LABELS[status],
      });
    }
    activeParticipant(db, band.participant_id, '变更手环状态');
    assertDateOrder(band, on, 'on');
    db.prepare('UPDATE wristband_band SET status = ?, status_on = ? WHERE id = ?').run(status, on, bandId);
    addEvent(db, bandId, status, on, note ?? null, actor);
    recordAudit(db, { actor, action: 'wristband.band-status', entity: 'wristband_band', entityId: bandId, before: { status: band.status }, after: { status, on, note: note ?? null } });
    return getParticipant(db, band.participant_id);
  })();
}

/** Issues a new band for a lost or damaged one; the old one becomes 'replaced' and the new one points back to it. */
export function replaceBand(db: Database, bandId: number, code: string | undefined, issuedOn: string, note: string | undefined, actor: string): ParticipantDetail {
  return db.transaction(() => {
    const old = findBand(db, bandId);
    if (!REPLACEABLE.includes(old.status)) {
      const allowed = REPLACEABLE.map((s) => `“${BAND_STATUS_LABELS[s]}”`).join('或');
      throw fieldError(['bandId'], `只有${allowed}的手环才能补发；手环 ${old.code} 当前为“${BAND_STATUS_LABELS[old.status]}”`, 'BAND_NOT_REPLACEABLE', { status: BAND_STATUS_LABELS[old.status] });
    }
    activeParticipant(db, old.participant_id, '补发手环');
    assertDateOrder(old, issuedOn, 'issuedOn');
    // The old band leaves use first: the schema allows one band in use per participant.
    db.prepare("UPDATE wristband_band SET status = 'replaced', status_on = ? WHERE id = ?").run(issuedOn, bandId);
    const band = insertBand(db, old.participant_id, code, issuedOn, bandId, note ?? null, actor);
    addEvent(db, bandId, 'replaced', issuedOn, `由 ${band.code} 替换`, actor);
    recordAudit(db, { actor, action: 'wristband.band-replace', entity: 'wristband_band', entityId: band.id, before: { code: old.code, status: old.status }, after: { code: band.code, issuedOn } });
    return getParticipant(db, old.participant_id);
  })();
}

/** Staff saw the band worn and readable on `checkedOn` (a visit): the follow-up list counts from here. */
export function checkBand(db: Database, bandId: number, checkedOn: string, actor: string): ParticipantDetail {
  return db.transaction(() => {
    const band = findBand(db, bandId);
    if (band.status !== 'issued' && band.status !== 'active') {
      throw fieldError(['bandId'], `手环 ${band.code} 当前为“${BAND_STATUS_LABELS[band.status]}”，无法登记检查`, 'BAND_NOT_IN_USE', { status: BAND_STATUS_LABELS[band.status] });
    }
    if (checkedOn < band.issued_on) throw fieldError(['checkedOn'], `检查日期不能早于发放日期 ${band.issued_on}`, 'WRISTBAND_DATE_ORDER', { date: band.issued_on });
    db.prepare('UPDATE wristband_band SET checked_on = max(checked_on, ?) WHERE id = ?').run(checkedOn, bandId);
    recordAudit(db, { actor, action: 'wristband.band-check', entity: 'wristband_band', entityId: bandId, after: { checkedOn } });
    return getParticipant(db, band.participant_id);
  })();
}

const RETIRE_NOTES: Readonly<Record<LeaveReason, string>> = { moved: '迁出', died: '去世', withdrew: '退出项目' };

/** Part of leaving the program: the band in use (if any) is retired. Returns its code. */
export function retireBandInUse(db: Database, participantId: number, on: string, reason: LeaveReason, actor: string): string | null {
  const band = db.prepare(`SELECT * FROM wristband_band WHERE participant_id = ? AND ${IN_USE}`).get(participantId) as BandRow | undefined;
  if (!band) return null;
  assertDateOrder(band, on, 'leftOn');
  db.prepare("UPDATE wristband_band SET status = 'retired', status_on = ? WHERE id = ?").run(on, band.id);
  addEvent(db, band.id, 'retired', on, RETIRE_NOTES[reason], actor);
  return band.code;
}

/**
 * What a scanned or typed code finds. The code is already checked (format and check character);
 * an old band (lost, replaced, retired) still finds its wearer, flagged as outdated.
 * Guardians come band contact first. The lookup is audited: it ties a band to a person.
 */
export function lookupBand(db: Database, code: string, actor: string): BandLookup {
  return db.transaction(() => {
    const row = db.prepare('SELECT * FROM wristband_band WHERE code = ?').get(code) as BandRow | undefined;
    if (!row) throw new ApiError('NOT_FOUND', `没有编号为 ${code} 的手环，请核对编号`, { code });
    const participant = getParticipant(db, row.participant_id);
    const guardians = [...participant.guardians].sort((a, b) => Number(b.isBandContact) - Number(a.isBandContact));
    recordAudit(db, { actor, action: 'wristband.lookup', entity: 'wristband_participant', entityId: participant.id, after: { code } });
    return { band: toBand(db, row), outdated: row.status !== 'issued' && row.status !== 'active', guardians, participant };
  })();
}
