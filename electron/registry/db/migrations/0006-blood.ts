// Blood donation: drives (献血活动) with their partner units (共建单位), donations and deferred
// visits, and blood_donor, a per-donor summary so that the donor list can be filtered and paged
// through an index. Drive totals are not stored: they are summed from the donations each time
// (the partial index on drive_id covers that sum).
//
// The summary is rebuilt from the donations: by the code that adds donations (registry/blood
// donorSummary.ts, one call per donation or per demo batch), and by triggers when donations are
// removed or moved (a merge of two people moves them). Adding is not a trigger because an
// insert trigger makes every insert several times slower, and the demo inserts millions. The
// donor's birth date is copied in (and kept current by a trigger on person) so that counting
// who may give today reads one index, not a million people.
import type { Migration } from './types';

const DATE = "GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'";

// Rebuilds one donor's summary from the donations (the same statement as donorSummary.ts).
const recomputeDonor = (personId: string) => `
  DELETE FROM blood_donor WHERE person_id = ${personId};
  INSERT INTO blood_donor (person_id, donations, whole_ml, platelet_units, platelet_donations, first_date, last_date,
                           last_whole_date, last_platelets_date, adverse, birth_date)
    SELECT d.person_id, count(*), coalesce(sum(d.volume_ml), 0), coalesce(sum(d.units), 0), count(*) FILTER (WHERE d.kind = 'platelets'),
           min(d.date), max(d.date), max(CASE WHEN d.kind = 'whole_blood' THEN d.date END), max(CASE WHEN d.kind = 'platelets' THEN d.date END),
           max(d.adverse_reaction), p.birth_date
    FROM donation d JOIN person p ON p.id = d.person_id WHERE d.person_id = ${personId} AND d.outcome = 'donated' GROUP BY d.person_id;`;

export const migration0006: Migration = {
  version: 6,
  name: 'blood',
  up(db) {
    db.exec(`
      CREATE TABLE partner_unit (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
        created_at  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE blood_drive (
        id          INTEGER PRIMARY KEY,
        date        TEXT NOT NULL CHECK (date ${DATE}),
        site        TEXT NOT NULL CHECK (length(site) BETWEEN 1 AND 200),
        organiser   TEXT,
        notes       TEXT,
        created_at  TEXT NOT NULL,
        created_by  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX blood_drive_date ON blood_drive (date);

      CREATE TABLE blood_drive_partner (
        drive_id  INTEGER NOT NULL REFERENCES blood_drive (id) ON DELETE CASCADE,
        unit_id   INTEGER NOT NULL REFERENCES partner_unit (id),
        PRIMARY KEY (drive_id, unit_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX blood_drive_partner_unit ON blood_drive_partner (unit_id);

      CREATE TABLE donation (
        id                  INTEGER PRIMARY KEY,
        person_id           INTEGER NOT NULL REFERENCES person (id),
        date                TEXT NOT NULL CHECK (date ${DATE}),
        kind                TEXT NOT NULL CHECK (kind IN ('whole_blood', 'platelets')),
        outcome             TEXT NOT NULL CHECK (outcome IN ('donated', 'deferred')),
        volume_ml           INTEGER CHECK (volume_ml > 0),
        units               REAL CHECK (units > 0),
        deferral_reason     TEXT CHECK (deferral_reason IN ('blood_pressure', 'haemoglobin', 'weight', 'pulse', 'medication', 'cold_fever', 'other')),
        deferral_note       TEXT,
        drive_id            INTEGER REFERENCES blood_drive (id),
        certificate_no      TEXT,
        adverse_reaction    INTEGER NOT NULL DEFAULT 0 CHECK (adverse_reaction IN (0, 1)),
        physician_approved  INTEGER NOT NULL DEFAULT 0 CHECK (physician_approved IN (0, 1)),
        override_reason     TEXT,
        created_at          TEXT NOT NULL,
        created_by          TEXT NOT NULL,
        -- A deferred visit has a reason and no volume; a donation has the measure of its kind.
        CHECK (CASE
          WHEN outcome = 'deferred' THEN deferral_reason IS NOT NULL AND volume_ml IS NULL AND units IS NULL AND certificate_no IS NULL
          WHEN kind = 'whole_blood' THEN volume_ml IS NOT NULL AND units IS NULL AND deferral_reason IS NULL
          ELSE units IS NOT NULL AND volume_ml IS NULL AND deferral_reason IS NULL
        END)
      ) STRICT;
      CREATE INDEX donation_person ON donation (person_id, date);
      CREATE INDEX donation_date ON donation (date);
      CREATE INDEX donation_drive ON donation (drive_id, date, outcome, person_id, volume_ml, units) WHERE drive_id IS NOT NULL;
      CREATE UNIQUE INDEX donation_certificate ON donation (certificate_no) WHERE certificate_no IS NOT NULL;

      CREATE TABLE blood_donor (
        person_id            INTEGER PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
        donations            INTEGER NOT NULL,
        whole_ml             INTEGER NOT NULL,
        platelet_units       REAL NOT NULL,
        platelet_donations   INTEGER NOT NULL,
        first_date           TEXT NOT NULL,
        last_date            TEXT NOT NULL,
        last_whole_date      TEXT,
        last_platelets_date  TEXT,
        adverse              INTEGER NOT NULL,
        birth_date           TEXT
      ) STRICT;
      -- The list's order; and, covering every column the eligibility filter reads, its count.
      CREATE INDEX blood_donor_last ON blood_donor (last_date);
      CREATE INDEX blood_donor_eligibility ON blood_donor (last_date, last_whole_date, last_platelets_date, birth_date, adverse, platelet_donations);

      CREATE TRIGGER person_birth_date_to_donor AFTER UPDATE OF birth_date ON person
      BEGIN
        UPDATE blood_donor SET birth_date = NEW.birth_date WHERE person_id = NEW.id;
      END;

      CREATE TRIGGER donation_removed AFTER DELETE ON donation WHEN OLD.outcome = 'donated'
      BEGIN ${recomputeDonor('OLD.person_id')}
      END;
      CREATE TRIGGER donation_changed AFTER UPDATE ON donation
      BEGIN ${recomputeDonor('OLD.person_id')} ${recomputeDonor('NEW.person_id')}
      END;
    `);
  },
};
