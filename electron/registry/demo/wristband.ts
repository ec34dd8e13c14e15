// Demo care-wristband program: a few of the older people (and a very few younger ones with an
// intellectual disability, autism or a mental illness) enrolled in the last five years, with
// one or two guardians, mostly a separate consent and the profile it covers, a band (some lost
// or damaged and replaced), missing-and-found incidents, and a few who left the program.
// Dates vary enough that the follow-up list and the incidents report have something to show.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { CONSENT_SCOPES, GUARDIAN_RELATIONS, LEAVE_REASONS, type Condition, type ConsentScope } from '../../contract/wristband';
import { IDENTIFICATION_METHODS } from '../../contract/wristbandIncidents';
import { formatBandCode } from '../../contract/validation/bandCode';
import { addDays, ageOn, daysBetween } from '../../contract/validation/calendar';
import { demoLandline, demoMobile } from './identity';
import { demoName } from './names';
import type { Rng, Seeder } from './types';

const OLDER_SHARE = 0.04;
const YOUNGER_SHARE = 0.002;
const CONSENT_SHARE = 0.85;
const LEAVE_SHARE = 0.05;
const INCIDENT_SHARE = 0.15;

const BAND_FATES: readonly (readonly ['active' | 'issued' | 'lost' | 'replaced_lost' | 'replaced_damaged', number])[] = [
  ['active', 85],
  ['issued', 3],
  ['lost', 2],
  ['replaced_lost', 6],
  ['replaced_damaged', 4],
];
const PLACES = ['菜市场', '村口榕树下', '老人活动中心', '祠堂', '镇汽车站', '公园', '女儿家'] as const;
const MARKS = ['左脸颊有痣', '右手缺一指', '走路略跛', '常戴灰色鸭舌帽', '耳背，需大声说话', '满头白发'] as const;
const MEDICINES = ['多奈哌齐 每日一次', '美金刚 每日两次', '降压药 早晚各一次', '利培酮 每晚一次'] as const;
const FOUND_PLACES = ['镇汽车站', '国道旁', '邻村菜市场', '高铁站候车室', '派出所', '江边堤围'] as const;
const FINDERS = ['派出所民警', '网格员', '过路群众', '公交司机', '村干部', '环卫工人'] as const;

const between = (rng: Rng, from: string, to: string) => addDays(from, rng.int(0, Math.max(0, daysBetween(from, to))));
/** A check or confirmation: mostly within the last five months (visits are kept up), sometimes long ago. */
const lastCheck = (rng: Rng, from: string, to: string) => {
  const recent = addDays(to, -150);
  return rng.chance(0.9) && recent > from ? between(rng, recent, to) : between(rng, from, to);
};
/** A local time `YYYY-MM-DDTHH:mm` plus some minutes. */
const later = (time: string, minutes: number) => new Date(Date.parse(`${time}:00Z`) + minutes * 60_000).toISOString().slice(0, 16);
const IDENTIFIED = IDENTIFICATION_METHODS.map((m, i) => [m, [45, 25, 20, 10][i]] as const);
const at = (rng: Rng, date: string) => `${date}T${String(rng.int(6, 21)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;

function conditionFor(rng: Rng, older: boolean): Condition {
  return older ? rng.weighted([['dementia', 85], ['mental', 8], ['other', 7]]) : rng.weighted([['intellectual', 45], ['autism', 35], ['mental', 20]]);
}

function scopesFor(rng: Rng): ConsentScope[] {
  return CONSENT_SCOPES.filter((s) => s === 'health' || rng.chance(s === 'photo' ? 0.4 : 0.7));
}

/** Village and town from a demo address (潮南区峡山街道东山村3巷5号 → 峡山街道东山村). */
const villageOf = (address: string | null) => /^潮南区(.+?村)/.exec(address ?? '')?.[1] ?? '峡山街道东山村';

export const seedWristband: Seeder = (db: Database, rng, people, { today }) => {
  const addressOf = db.prepare('SELECT address FROM person WHERE id = ?').pluck();
  const addParticipant = db.prepare(
    `INSERT INTO wristband_participant (person_id, status, enrolled_on, left_on, village, grid, grid_worker, grid_worker_phone, police_contact, police_phone, created_at, updated_at)
     VALUES (@personId, @status, @enrolledOn, @leftOn, @village, @grid, @gridWorker, @gridWorkerPhone, @policeContact, @policePhone, @createdAt, @createdAt)`,
  );
  const addGuardian = db.prepare('INSERT INTO wristband_guardian (participant_id, position, name, relation, band_contact) VALUES (?, ?, ?, ?, ?)');
  const addPhone = db.prepare('INSERT INTO wristband_guardian_phone (guardian_id, position, phone, confirmed_on) VALUES (?, ?, ?, ?)');
  const addConsent = db.prepare(
    `INSERT INTO wristband_consent (participant_id, guardian_name, relation, given_on, scope, ended_on, end_reason, recorded_at, recorded_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'demo')`,
  );
  const addProfile = db.prepare(
    `INSERT INTO wristband_profile (participant_id, condition, medication_notes, height_cm, build, distinguishing_marks, usual_places, updated_at)
     VALUES (@id, @condition, @medication, @height, @build, @marks, @places, @updatedAt)`,
  );
  const addBand = db.prepare(
    `INSERT INTO wristband_band (participant_id, serial, code, status, issued_on, status_on, checked_on, replaces_id, recorded_at, recorded_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo')`,
  );
  const addEvent = db.prepare("INSERT INTO wristband_band_event (band_id, seq, status, on_date, note, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, 'demo')");
  const addIncident = db.prepare(
    `INSERT INTO wristband_incident (participant_id, band_id, missing_at, reported_by, reporter_phone, found_at, found_place, found_by, identified_by, reunited_at, recorded_at, recorded_by)
     VALUES (@participantId, @bandId, @missingAt, @reportedBy, @reporterPhone, @foundAt, @foundPlace, @foundBy, @identifiedBy, @reunitedAt, @recordedAt, 'demo')`,
  );
  let serial = db.prepare('SELECT coalesce(max(serial), 0) FROM wristband_band').pluck().get() as number;
  const oldest = addDays(today, -5 * 365);

  const band = (participantId: number, status: string, issuedOn: string, statusOn: string, checkedOn: string, replacesId: number | null, events: [string, string, string | null][]) => {
    serial += 1;
    const id = Number(addBand.run(participantId, serial, formatBandCode(serial), status, issuedOn, statusOn, checkedOn, replacesId, `${issuedOn}T09:00:00.000Z`).lastInsertRowid);
    events.forEach(([s, on, note], i) => addEvent.run(id, i + 1, s, on, note, `${on}T09:00:00.000Z`));
    return id;
  };

  for (const person of people) {
    const older = ageOn(person.birthDate, today) >= 55;
    if (!rng.chance(older ? OLDER_SHARE : YOUNGER_SHARE)) continue;
    const enrolledOn = between(rng, oldest, today);
    const left = rng.chance(LEAVE_SHARE) && enrolledOn < today ? rng.pick(LEAVE_REASONS) : null;
    const leftOn = left === null ? null : between(rng, addDays(enrolledOn, 1), today);
    const id = Number(
      addParticipant.run({
        personId: person.id,
        status: left ?? 'active',
        enrolledOn,
        leftOn,
        village: villageOf(addressOf.get(person.id) as string | null),
        grid: `第${rng.int(1, 6)}网格`,
        gridWorker: demoName(rng, rng.chance(0.6) ? 'F' : 'M'),
        gridWorkerPhone: demoMobile(rng),
        policeContact: rng.chance(0.7) ? demoName(rng, 'M') : null,
        policePhone: rng.chance(0.7) ? demoLandline(rng) : null,
        createdAt: `${enrolledOn}T09:00:00.000Z`,
      }).lastInsertRowid,
    );

    const guardians = rng.chance(0.6) ? 1 : 2;
    let firstGuardian = '';
    for (let g = 1; g <= guardians; g++) {
      const name = demoName(rng, rng.chance(0.5) ? 'M' : 'F');
      firstGuardian ||= name;
      const relation = older ? rng.weighted([['child', 70], ['spouse', 20], ['grandchild', 10]] as const) : rng.pick(GUARDIAN_RELATIONS.slice(0, 4));
      const guardianId = Number(addGuardian.run(id, g, name, relation, g === 1 ? 1 : 0).lastInsertRowid);
      const phones = rng.chance(0.25) ? 2 : 1;
      // Some numbers confirmed recently, some long ago: the follow-up list picks up the latter.
      for (let p = 1; p <= phones; p++) addPhone.run(guardianId, p, p === 1 ? demoMobile(rng) : demoLandline(rng), rng.chance(0.05) ? null : lastCheck(rng, enrolledOn, today));
    }

    if (rng.chance(CONSENT_SHARE)) {
      const scopes = scopesFor(rng);
      const ended = left === null ? null : left === 'withdrew' ? 'withdrawn' : 'left';
      addConsent.run(id, firstGuardian, older ? 'child' : 'parent', enrolledOn, JSON.stringify(scopes), leftOn, ended, `${enrolledOn}T09:00:00.000Z`);
      // Leaving erased the profile; only those still in the program keep one.
      if (left === null) {
        addProfile.run({
          id,
          condition: conditionFor(rng, older),
          medication: scopes.includes('health') && rng.chance(0.6) ? rng.pick(MEDICINES) : null,
          height: scopes.includes('description') ? rng.int(145, 178) : null,
          build: scopes.includes('description') ? rng.pick(['slim', 'medium', 'heavy'] as const) : null,
          marks: scopes.includes('description') && rng.chance(0.5) ? rng.pick(MARKS) : null,
          places: scopes.includes('whereabouts') ? `${rng.pick(PLACES)}、${rng.pick(PLACES)}` : null,
          updatedAt: `${enrolledOn}T09:00:00.000Z`,
        });
      }
    }

    const end = leftOn ?? today;
    const issuedOn = between(rng, enrolledOn, addDays(enrolledOn, 14) < end ? addDays(enrolledOn, 14) : end);
    const fate = rng.weighted(BAND_FATES);
    let bandId: number;
    if (fate === 'replaced_lost' || fate === 'replaced_damaged') {
      const brokeOn = between(rng, issuedOn, end);
      const newOn = between(rng, brokeOn, end);
      const how = fate === 'replaced_lost' ? 'lost' : 'damaged';
      const old = band(id, 'replaced', issuedOn, newOn, issuedOn, null, [['issued', issuedOn, null], ['active', issuedOn, null], [how, brokeOn, null], ['replaced', newOn, null]]);
      bandId = band(id, left ? 'retired' : 'active', newOn, leftOn ?? newOn, lastCheck(rng, newOn, end), old, [['issued', newOn, null], ['active', newOn, null], ...(left ? [['retired', leftOn!, null] as [string, string, null]] : [])]);
    } else {
      const lostOn = between(rng, issuedOn, end);
      const status = left ? 'retired' : fate;
      const events: [string, string, string | null][] = [['issued', issuedOn, null]];
      if (fate !== 'issued') events.push(['active', issuedOn, null]);
      if (fate === 'lost') events.push(['lost', lostOn, null]);
      if (left) events.push(['retired', leftOn!, null]);
      bandId = band(id, status, issuedOn, left ? leftOn! : fate === 'lost' ? lostOn : issuedOn, lastCheck(rng, issuedOn, fate === 'lost' ? lostOn : end), null, events);
    }

    if (!rng.chance(INCIDENT_SHARE)) continue;
    const incident = (missingAt: string, found: boolean, reunited: boolean, maxMinutes: number) => {
      const foundAt = later(missingAt, rng.int(30, maxMinutes));
      addIncident.run({
        participantId: id,
        bandId,
        missingAt,
        reportedBy: firstGuardian,
        reporterPhone: demoMobile(rng),
        foundAt: found ? foundAt : null,
        foundPlace: found ? rng.pick(FOUND_PLACES) : null,
        foundBy: found ? rng.pick(FINDERS) : null,
        identifiedBy: found ? rng.weighted(IDENTIFIED) : null,
        reunitedAt: reunited ? later(foundAt, rng.int(20, 6 * 60)) : null,
        recordedAt: `${missingAt}:00.000Z`,
      });
    };
    // Closed incidents, a month or more apart, ending at least three days before today (or the day they left)...
    let from = enrolledOn;
    for (let n = rng.int(1, 3); n > 0 && from <= addDays(end, -3); n--) {
      const missingAt = at(rng, between(rng, from, addDays(end, -3)));
      incident(missingAt, true, true, 36 * 60);
      from = addDays(missingAt.slice(0, 10), 30);
    }
    // ...and now and then someone missing right now, or found and on the way home.
    if (left === null && rng.chance(0.1) && from <= addDays(today, -1)) incident(`${addDays(today, -1)}T${String(rng.int(6, 12)).padStart(2, '0')}:00`, rng.chance(0.5), false, 6 * 60);
  }
};
