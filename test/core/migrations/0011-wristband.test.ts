// Migration 11 from a version-10 registry: the wristband tables arrive beside the people already
// there, and the schema itself refuses what the program must never hold — sensitive data without
// a consent in force, two bands in use, two open incidents, a duplicate band code.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/registry/db/migrations';
import { migrate, schemaVersion } from '../../../electron/registry/db/migrate';
import { openDatabase } from '../../../electron/registry/db/open';
import { testDir } from '../helpers/tmp';

describe('migration 0011 wristband', () => {
  it('adds the wristband tables to a version-10 registry, keeps what was there, and enforces the program rules', () => {
    const db = openDatabase(join(testDir(), 'r.sqlite3'));
    migrate(db, MIGRATIONS, 10);
    const now = '2026-01-01T00:00:00.000Z';
    const person = db.prepare("INSERT INTO person (name, birth_date, created_at, updated_at) VALUES (?, '1940-08-15', ?, ?)");
    const a = Number(person.run('陈阿婆', now, now).lastInsertRowid);
    const b = Number(person.run('林阿公', now, now).lastInsertRowid);

    expect(migrate(db, MIGRATIONS, 11)).toEqual([11]);
    expect(schemaVersion(db)).toBe(11);
    expect(db.prepare('SELECT count(*) FROM person').pluck().get()).toBe(2);

    const participant = db.prepare(
      "INSERT INTO wristband_participant (person_id, status, enrolled_on, left_on, village, created_at, updated_at) VALUES (?, ?, '2026-01-05', ?, '峡山街道东山村', ?, ?)",
    );
    const pa = Number(participant.run(a, 'active', null, now, now).lastInsertRowid);
    expect(() => participant.run(a, 'active', null, now, now)).toThrow(/UNIQUE/);
    expect(() => participant.run(b, 'moved', null, now, now)).toThrow(/CHECK/);
    const pb = Number(participant.run(b, 'active', null, now, now).lastInsertRowid);

    // Sensitive data only under a consent in force.
    const profile = db.prepare("INSERT INTO wristband_profile (participant_id, condition, updated_at) VALUES (?, 'dementia', ?)");
    expect(() => profile.run(pa, now)).toThrow(/consent in force/);
    const consent = db.prepare(
      "INSERT INTO wristband_consent (participant_id, guardian_name, relation, given_on, scope, ended_on, end_reason, recorded_at, recorded_by) VALUES (?, '陈建国', 'child', '2026-01-05', ?, ?, ?, ?, 't')",
    );
    expect(() => consent.run(pa, '[]', null, null, now)).toThrow(/CHECK/);
    consent.run(pa, '["health"]', '2026-01-06', 'withdrawn', now);
    expect(() => profile.run(pa, now)).toThrow(/consent in force/);
    consent.run(pa, '["health"]', null, null, now);
    expect(() => consent.run(pa, '["health"]', null, null, now)).toThrow(/UNIQUE/);
    profile.run(pa, now);
    expect(() => db.prepare("UPDATE wristband_profile SET participant_id = ? WHERE participant_id = ?").run(pb, pa)).toThrow(/consent in force/);

    // One band in use per participant, codes and serials unique, a replacement points back.
    const band = db.prepare(
      "INSERT INTO wristband_band (participant_id, serial, code, status, issued_on, status_on, checked_on, replaces_id, recorded_at, recorded_by) VALUES (?, ?, ?, ?, '2026-01-06', '2026-01-06', '2026-01-06', ?, ?, 't')",
    );
    const first = Number(band.run(pa, 1, 'AX-000001-X', 'lost', null, now).lastInsertRowid);
    expect(() => band.run(pa, 2, 'AX-000002-8', 'issued', first, now)).toThrow(/UNIQUE/);
    expect(() => band.run(pb, 1, 'AX-000001-X', 'issued', null, now)).toThrow(/UNIQUE/);
    db.prepare("UPDATE wristband_band SET status = 'replaced' WHERE id = ?").run(first);
    band.run(pa, 2, 'AX-000002-8', 'issued', first, now);
    expect(() => band.run(pb, 3, 'AX-000003-6', 'stolen', null, now)).toThrow(/CHECK/);

    // One open incident per participant; found before reunited, times in order.
    const incident = db.prepare(
      "INSERT INTO wristband_incident (participant_id, missing_at, reported_by, found_at, found_place, found_by, identified_by, reunited_at, recorded_at, recorded_by) VALUES (?, ?, '陈建国', ?, ?, ?, ?, ?, ?, 't')",
    );
    incident.run(pa, '2026-02-01T08:30', null, null, null, null, null, now);
    expect(() => incident.run(pa, '2026-02-02T08:30', null, null, null, null, null, now)).toThrow(/UNIQUE/);
    expect(() => incident.run(pb, '2026-02-01T08:30', null, null, null, null, '2026-02-01T09:00', now)).toThrow(/CHECK/);
    expect(() => incident.run(pb, '2026-02-01T08:30', '2026-02-01T08:00', '车站', '民警', 'police', null, now)).toThrow(/CHECK/);
    expect(() => incident.run(pb, '2026-02-01 08:30', null, null, null, null, null, now)).toThrow(/CHECK/);
    incident.run(pb, '2026-02-01T08:30', '2026-02-01T12:00', '车站', '民警', 'police', '2026-02-01T13:00', now);
    db.close();
  });
});
