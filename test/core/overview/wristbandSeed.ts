// Care-wristband participants and incidents for the overview tests, entered through the
// program's own core services as staff would: joins spread over two years, incidents found and
// brought home after different times, one person still missing and one found but not yet home.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { WristbandEnrollInput } from '../../../electron/contract/wristband';
import { IncidentFoundInput, IncidentReunitedInput, MissingInput } from '../../../electron/contract/wristbandIncidents';
import { recordFound, recordReunited, reportMissing } from '../../../electron/registry/wristband/incidents';
import { enroll } from '../../../electron/registry/wristband/participants';

// [enrolled on, incidents: [missing at, hours until found, hours until home (null: not yet)]]
const PARTICIPANTS: [string, [string, number | null, number | null][]][] = [
  ['2024-09-03', [['2024-12-02T08:30', 2, 3]]],
  ['2025-01-15', [['2025-03-10T17:00', 5, 6.5], ['2026-02-14T09:15', 1, 1.5]]],
  ['2025-04-01', [['2025-04-20T06:45', 20, 26]]],
  ['2025-06-30', []],
  ['2025-11-11', [['2026-01-05T14:00', 3, 4], ['2026-05-30T10:00', 1, 2]]],
  ['2026-01-20', [['2026-03-03T19:30', 8, 10]]],
  ['2026-03-08', [['2026-06-10T07:00', null, null]]],
  ['2026-05-05', [['2026-06-12T16:20', 2, null]]],
];

const later = (time: string, hours: number) => new Date(Date.parse(`${time}:00Z`) + hours * 3_600_000).toISOString().slice(0, 16);

/** Enrolls the first people of the registry that have no care band yet; returns how many incidents were entered. */
export function seedWristband(db: Database): number {
  const people = db.prepare('SELECT id FROM person ORDER BY id LIMIT ?').pluck().all(PARTICIPANTS.length) as number[];
  let incidents = 0;
  PARTICIPANTS.forEach(([enrolledOn, events], i) => {
    const participant = enroll(
      db,
      WristbandEnrollInput.parse({
        personId: people[i],
        enrolledOn,
        community: { village: i % 2 === 0 ? '东村' : '西村' },
        guardians: [{ name: '林秀英', relation: 'child', phones: ['13800138000'] }],
      }),
      'test',
    );
    for (const [missingAt, found, home] of events) {
      const incident = reportMissing(db, MissingInput.parse({ participantId: participant.id, missingAt, reportedBy: '林秀英' }), 'test');
      incidents += 1;
      if (found === null) continue;
      recordFound(db, IncidentFoundInput.parse({ incidentId: incident.id, foundAt: later(missingAt, found), foundPlace: '汽车站', foundBy: '民警', identifiedBy: 'band_scan' }), 'test');
      if (home !== null) recordReunited(db, IncidentReunitedInput.parse({ incidentId: incident.id, reunitedAt: later(missingAt, home) }), 'test');
    }
  });
  return incidents;
}
