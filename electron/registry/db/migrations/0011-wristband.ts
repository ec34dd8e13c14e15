// The care-wristband program. The sensitive profile (health, description, whereabouts) and the
// photo live in tables of their own, one row per participant, that may hold a row only while a
// separate consent is in force (PIPL art. 28): triggers refuse anything else, so even a mistake
// in the core cannot store them, and erasing on withdrawal is deleting the rows.
import type { Migration } from './types';

const DATE = `GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'`;
const TIME = `GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]'`;
const RELATIONS = `'spouse', 'child', 'parent', 'sibling', 'grandchild', 'relative', 'neighbour', 'other'`;
const BAND_STATUSES = `'issued', 'active', 'lost', 'damaged', 'replaced', 'retired'`;

const needsConsent = (table: string, event: 'INSERT' | 'UPDATE') => `
  CREATE TRIGGER ${table}_needs_consent_${event.toLowerCase()} BEFORE ${event} ON ${table}
  WHEN NOT EXISTS (SELECT 1 FROM wristband_consent WHERE participant_id = NEW.participant_id AND ended_on IS NULL)
  BEGIN SELECT RAISE(ABORT, 'sensitive wristband data needs a consent in force'); END;`;

export const migration0011: Migration = {
  version: 11,
  name: 'wristband',
  up(db) {
    db.exec(`
      CREATE TABLE wristband_participant (
        id                 INTEGER PRIMARY KEY,
        person_id          INTEGER NOT NULL UNIQUE REFERENCES person (id),
        status             TEXT NOT NULL CHECK (status IN ('active', 'moved', 'died', 'withdrew')),
        enrolled_on        TEXT NOT NULL CHECK (enrolled_on ${DATE}),
        left_on            TEXT CHECK (left_on ${DATE} AND left_on >= enrolled_on),
        village            TEXT NOT NULL CHECK (length(village) BETWEEN 1 AND 50),
        grid               TEXT CHECK (length(grid) BETWEEN 1 AND 50),
        grid_worker        TEXT,
        grid_worker_phone  TEXT,
        police_contact     TEXT,
        police_phone       TEXT,
        notes              TEXT,
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL,
        CHECK ((status = 'active') = (left_on IS NULL))
      ) STRICT;
      CREATE INDEX wristband_participant_place ON wristband_participant (status, village, grid);

      CREATE TABLE wristband_consent (
        id              INTEGER PRIMARY KEY,
        participant_id  INTEGER NOT NULL REFERENCES wristband_participant (id),
        guardian_name   TEXT NOT NULL CHECK (length(guardian_name) BETWEEN 1 AND 50),
        relation        TEXT NOT NULL CHECK (relation IN ('self', ${RELATIONS})),
        given_on        TEXT NOT NULL CHECK (given_on ${DATE}),
        -- JSON array of scopes: 'health', 'description', 'photo', 'whereabouts'.
        scope           TEXT NOT NULL CHECK (json_valid(scope) AND json_type(scope) = 'array' AND json_array_length(scope) >= 1),
        ended_on        TEXT CHECK (ended_on ${DATE} AND ended_on >= given_on),
        end_reason      TEXT CHECK (end_reason IN ('withdrawn', 'superseded', 'left')),
        recorded_at     TEXT NOT NULL,
        recorded_by     TEXT NOT NULL,
        CHECK ((ended_on IS NULL) = (end_reason IS NULL))
      ) STRICT;
      CREATE UNIQUE INDEX wristband_consent_in_force ON wristband_consent (participant_id) WHERE ended_on IS NULL;
      CREATE INDEX wristband_consent_participant ON wristband_consent (participant_id, id);

      CREATE TABLE wristband_profile (
        participant_id        INTEGER PRIMARY KEY REFERENCES wristband_participant (id),
        condition             TEXT CHECK (condition IN ('dementia', 'intellectual', 'autism', 'mental', 'other')),
        medication_notes      TEXT,
        height_cm             INTEGER CHECK (height_cm BETWEEN 50 AND 250),
        build                 TEXT CHECK (build IN ('slim', 'medium', 'heavy')),
        distinguishing_marks  TEXT,
        usual_places          TEXT,
        updated_at            TEXT NOT NULL
      ) STRICT;

      CREATE TABLE wristband_photo (
        participant_id  INTEGER PRIMARY KEY REFERENCES wristband_participant (id),
        type            TEXT NOT NULL CHECK (type IN ('image/jpeg', 'image/png')),
        bytes           BLOB NOT NULL CHECK (length(bytes) BETWEEN 1 AND 524288),
        updated_at      TEXT NOT NULL
      ) STRICT;
      ${needsConsent('wristband_profile', 'INSERT')}
      ${needsConsent('wristband_profile', 'UPDATE')}
      ${needsConsent('wristband_photo', 'INSERT')}
      ${needsConsent('wristband_photo', 'UPDATE')}

      CREATE TABLE wristband_guardian (
        id              INTEGER PRIMARY KEY,
        participant_id  INTEGER NOT NULL REFERENCES wristband_participant (id),
        position        INTEGER NOT NULL,
        name            TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
        relation        TEXT NOT NULL CHECK (relation IN (${RELATIONS})),
        band_contact    INTEGER NOT NULL CHECK (band_contact IN (0, 1)),
        UNIQUE (participant_id, position)
      ) STRICT;
      -- One guardian's phone is the one printed on the band.
      CREATE UNIQUE INDEX wristband_guardian_band_contact ON wristband_guardian (participant_id) WHERE band_contact = 1;

      CREATE TABLE wristband_guardian_phone (
        guardian_id   INTEGER NOT NULL REFERENCES wristband_guardian (id) ON DELETE CASCADE,
        position      INTEGER NOT NULL,
        phone         TEXT NOT NULL,
        confirmed_on  TEXT CHECK (confirmed_on ${DATE}),
        PRIMARY KEY (guardian_id, position)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE wristband_band (
        id              INTEGER PRIMARY KEY,
        participant_id  INTEGER NOT NULL REFERENCES wristband_participant (id),
        serial          INTEGER NOT NULL UNIQUE CHECK (serial BETWEEN 1 AND 999999),
        code            TEXT NOT NULL UNIQUE,
        status          TEXT NOT NULL CHECK (status IN (${BAND_STATUSES})),
        issued_on       TEXT NOT NULL CHECK (issued_on ${DATE}),
        status_on       TEXT NOT NULL CHECK (status_on ${DATE} AND status_on >= issued_on),
        checked_on      TEXT NOT NULL CHECK (checked_on ${DATE} AND checked_on >= issued_on),
        -- The band this one replaced (lost or damaged).
        replaces_id     INTEGER UNIQUE REFERENCES wristband_band (id),
        recorded_at     TEXT NOT NULL,
        recorded_by     TEXT NOT NULL
      ) STRICT;
      -- One band in use per participant; replaced and retired bands keep their codes.
      CREATE UNIQUE INDEX wristband_band_in_use ON wristband_band (participant_id) WHERE status IN ('issued', 'active', 'lost', 'damaged');
      CREATE INDEX wristband_band_participant ON wristband_band (participant_id, id);

      CREATE TABLE wristband_band_event (
        band_id      INTEGER NOT NULL REFERENCES wristband_band (id),
        seq          INTEGER NOT NULL,
        status       TEXT NOT NULL CHECK (status IN (${BAND_STATUSES})),
        on_date      TEXT NOT NULL CHECK (on_date ${DATE}),
        note         TEXT,
        recorded_at  TEXT NOT NULL,
        recorded_by  TEXT NOT NULL,
        PRIMARY KEY (band_id, seq)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE wristband_incident (
        id              INTEGER PRIMARY KEY,
        participant_id  INTEGER NOT NULL REFERENCES wristband_participant (id),
        band_id         INTEGER REFERENCES wristband_band (id),
        -- Local times, YYYY-MM-DDTHH:MM, as the office reads the clock.
        missing_at      TEXT NOT NULL CHECK (missing_at ${TIME}),
        reported_by     TEXT NOT NULL CHECK (length(reported_by) BETWEEN 1 AND 50),
        reporter_phone  TEXT,
        found_at        TEXT CHECK (found_at ${TIME} AND found_at >= missing_at),
        found_place     TEXT,
        found_by        TEXT,
        identified_by   TEXT CHECK (identified_by IN ('band_scan', 'band_number', 'police', 'other')),
        reunited_at     TEXT CHECK (reunited_at ${TIME} AND reunited_at >= found_at),
        notes           TEXT,
        recorded_at     TEXT NOT NULL,
        recorded_by     TEXT NOT NULL,
        CHECK ((found_at IS NULL) = (found_place IS NULL) AND (found_at IS NULL) = (found_by IS NULL) AND (found_at IS NULL) = (identified_by IS NULL)),
        CHECK (reunited_at IS NULL OR found_at IS NOT NULL)
      ) STRICT;
      -- One open incident per participant: until reunited, a new report is the same one.
      CREATE UNIQUE INDEX wristband_incident_open ON wristband_incident (participant_id) WHERE reunited_at IS NULL;
      CREATE INDEX wristband_incident_participant ON wristband_incident (participant_id, missing_at);
      CREATE INDEX wristband_incident_missing ON wristband_incident (missing_at);
    `);
  },
};
