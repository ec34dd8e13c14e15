// The wristband demo seeder: the same seed gives the same program, and everything it writes
// keeps the rules the registry enforces — consent before any sensitive field, codes with their
// check character, one band in use, ordered and past incident times, nothing after "today".
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { SCOPE_OF_FIELD, type ConsentScope } from '../../../electron/contract/wristband';
import { parseBandCode } from '../../../electron/contract/validation/bandCode';
import { PROGRAM_SEEDERS } from '../../../electron/registry/demo/programs';
import { seedWristband } from '../../../electron/registry/demo/wristband';
import { seededRegistry } from './setup';

const TODAY = '2026-06-30';
const TABLES = ['wristband_participant', 'wristband_consent', 'wristband_profile', 'wristband_guardian', 'wristband_guardian_phone', 'wristband_band', 'wristband_band_event', 'wristband_incident'];
const contents = (db: Database) => Object.fromEntries(TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t}`).raw().all()]));

describe('wristband demo seeder', () => {
  it('is registered with the demo generator and gives the same program for the same seed', () => {
    expect(PROGRAM_SEEDERS).toContainEqual(['wristband', seedWristband]);
    const a = seededRegistry('a.sqlite3', 5, TODAY, 1500);
    const b = seededRegistry('b.sqlite3', 5, TODAY, 1500);
    const c = seededRegistry('c.sqlite3', 6, TODAY, 1500);
    expect(contents(a.db)).toEqual(contents(b.db));
    expect(contents(c.db).wristband_participant).not.toEqual(contents(a.db).wristband_participant);
    expect(a.verify().ok).toBe(true);
  });

  it('writes only what the registry itself would accept', () => {
    const { db } = seededRegistry('r.sqlite3', 8, TODAY);
    const participants = db.prepare('SELECT * FROM wristband_participant').all() as { id: number; status: string; enrolled_on: string; left_on: string | null }[];
    expect(participants.length).toBeGreaterThan(100);
    expect(participants.some((p) => p.status !== 'active')).toBe(true);

    // A profile only under a consent in force whose scope covers each field held.
    const profiles = db.prepare('SELECT p.*, c.scope FROM wristband_profile p LEFT JOIN wristband_consent c ON c.participant_id = p.participant_id AND c.ended_on IS NULL').all() as Record<string, unknown>[];
    expect(profiles.length).toBeGreaterThan(50);
    const columns: Record<string, keyof typeof SCOPE_OF_FIELD> = { condition: 'condition', medication_notes: 'medicationNotes', height_cm: 'heightCm', build: 'build', distinguishing_marks: 'distinguishingMarks', usual_places: 'usualPlaces' };
    for (const profile of profiles) {
      expect(profile.scope).not.toBeNull();
      const scopes = JSON.parse(profile.scope as string) as ConsentScope[];
      for (const [column, field] of Object.entries(columns)) if (profile[column] !== null) expect(scopes).toContain(SCOPE_OF_FIELD[field]);
    }
    // Those who left keep no profile and no consent in force.
    expect(db.prepare("SELECT count(*) FROM wristband_participant p JOIN wristband_profile f ON f.participant_id = p.id WHERE p.status != 'active'").pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM wristband_consent c JOIN wristband_participant p ON p.id = c.participant_id WHERE p.status != 'active' AND c.ended_on IS NULL").pluck().get()).toBe(0);

    const bands = db.prepare('SELECT code, serial, status, issued_on, status_on, checked_on FROM wristband_band').all() as { code: string; serial: number; status: string; issued_on: string; status_on: string; checked_on: string }[];
    for (const band of bands) {
      expect(parseBandCode(band.code)).toEqual({ ok: true, code: band.code, serial: band.serial });
      expect(band.status_on <= TODAY && band.checked_on <= TODAY).toBe(true);
    }
    expect(new Set(bands.map((b) => b.status))).toEqual(new Set(['issued', 'active', 'lost', 'replaced', 'retired']));
    // Every participant who left has no band in use.
    expect(db.prepare("SELECT count(*) FROM wristband_band b JOIN wristband_participant p ON p.id = b.participant_id WHERE p.status != 'active' AND b.status NOT IN ('replaced', 'retired')").pluck().get()).toBe(0);

    const incidents = db.prepare('SELECT participant_id, missing_at, found_at, reunited_at FROM wristband_incident ORDER BY participant_id, missing_at').all() as { participant_id: number; missing_at: string; found_at: string | null; reunited_at: string | null }[];
    expect(incidents.length).toBeGreaterThan(10);
    const now = `${TODAY}T23:59`;
    for (const i of incidents) {
      expect(i.found_at === null || (i.found_at >= i.missing_at && i.found_at <= now)).toBe(true);
      expect(i.reunited_at === null || (i.found_at !== null && i.reunited_at >= i.found_at && i.reunited_at <= now)).toBe(true);
    }
    // Phones are mostly confirmed within the last half-year, so the follow-up list is a working list, not everyone.
    const confirmed = db.prepare('SELECT confirmed_on FROM wristband_guardian_phone').pluck().all() as (string | null)[];
    expect(confirmed.filter((d) => d !== null && d >= '2026-01-01').length / confirmed.length).toBeGreaterThan(0.5);
  });
});
