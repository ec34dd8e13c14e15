// Stem-cell volunteers (CMDP): one enrollment per person, its two emergency contacts, the
// dated status timeline, blood samples and HLA typings. The value lists are written out here,
// not imported from the contract, so this step stays what it was when later code changes.
import type { Migration } from './types';

const STATUSES = `'registered', 'sample_scheduled', 'sampled', 'typed', 'preliminary_match', 'high_resolution', 'workup', 'donated'`;
const REASONS = `'DO', 'DD', 'MR', 'PR', 'TX', 'MO', 'UC', 'TQ', 'OT'`;
const RELATIONS = `'parent', 'spouse', 'child', 'sibling', 'relative', 'friend', 'colleague'`;
const DATE = `GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'`;

export const migration0007: Migration = {
  version: 7,
  name: 'stemcell',
  up(db) {
    db.exec(`
      CREATE TABLE enrollment (
        id                 INTEGER PRIMARY KEY,
        person_id          INTEGER NOT NULL REFERENCES person (id),
        consent_date       TEXT NOT NULL CHECK (consent_date ${DATE}),
        -- The current status and its date mirror the newest timeline entry, so lists can
        -- filter and sort on an index instead of reading every timeline.
        status             TEXT NOT NULL CHECK (status IN (${STATUSES}, 'withdrawn')),
        status_since       TEXT NOT NULL CHECK (status_since ${DATE}),
        withdrawn_from     TEXT CHECK (withdrawn_from IN (${STATUSES})),
        withdrawal_reason  TEXT CHECK (withdrawal_reason IN (${REASONS})),
        cmdp_donor_id      TEXT CHECK (length(cmdp_donor_id) = 12 AND cmdp_donor_id NOT GLOB '*[^0-9]*'),
        notes              TEXT,
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL,
        CHECK ((status = 'withdrawn') = (withdrawn_from IS NOT NULL AND withdrawal_reason IS NOT NULL))
      ) STRICT;
      CREATE UNIQUE INDEX enrollment_person ON enrollment (person_id);
      CREATE UNIQUE INDEX enrollment_cmdp_donor ON enrollment (cmdp_donor_id) WHERE cmdp_donor_id IS NOT NULL;
      CREATE INDEX enrollment_by_status ON enrollment (status, status_since, id);
      CREATE INDEX enrollment_by_since ON enrollment (status_since, id);

      -- The consent form names exactly two relatives or friends.
      CREATE TABLE enrollment_contact (
        enrollment_id  INTEGER NOT NULL REFERENCES enrollment (id),
        position       INTEGER NOT NULL CHECK (position IN (1, 2)),
        name           TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
        relation       TEXT NOT NULL CHECK (relation IN (${RELATIONS})),
        phone          TEXT NOT NULL,
        PRIMARY KEY (enrollment_id, position)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE enrollment_status (
        id                  INTEGER PRIMARY KEY,
        enrollment_id       INTEGER NOT NULL REFERENCES enrollment (id),
        status              TEXT NOT NULL CHECK (status IN (${STATUSES}, 'withdrawn')),
        from_status         TEXT CHECK (from_status IN (${STATUSES})),
        changed_on          TEXT NOT NULL CHECK (changed_on ${DATE}),
        reason              TEXT CHECK (reason IN (${REASONS})),
        note                TEXT,
        during_cooling_off  INTEGER NOT NULL DEFAULT 0 CHECK (during_cooling_off IN (0, 1)),
        recorded_at         TEXT NOT NULL,
        recorded_by         TEXT NOT NULL,
        CHECK ((status = 'withdrawn') = (reason IS NOT NULL))
      ) STRICT;
      CREATE INDEX enrollment_status_timeline ON enrollment_status (enrollment_id, id);

      CREATE TABLE stemcell_sample (
        id             INTEGER PRIMARY KEY,
        enrollment_id  INTEGER NOT NULL REFERENCES enrollment (id),
        sampled_on     TEXT NOT NULL CHECK (sampled_on ${DATE}),
        tube_barcode   TEXT NOT NULL,
        volume_ml      REAL NOT NULL CHECK (volume_ml > 0),
        lab            TEXT NOT NULL,
        recorded_at    TEXT NOT NULL,
        recorded_by    TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX stemcell_sample_barcode ON stemcell_sample (tube_barcode);
      CREATE INDEX stemcell_sample_enrollment ON stemcell_sample (enrollment_id, sampled_on);

      -- Two alleles per locus; A, B and DRB1 are always typed, the others when the lab reports them.
      CREATE TABLE hla_typing (
        id             INTEGER PRIMARY KEY,
        enrollment_id  INTEGER NOT NULL REFERENCES enrollment (id),
        typed_on       TEXT NOT NULL CHECK (typed_on ${DATE}),
        lab            TEXT NOT NULL,
        resolution     TEXT NOT NULL CHECK (resolution IN ('low', 'high')),
        a_1 TEXT NOT NULL, a_2 TEXT NOT NULL,
        b_1 TEXT NOT NULL, b_2 TEXT NOT NULL,
        c_1 TEXT, c_2 TEXT,
        drb1_1 TEXT NOT NULL, drb1_2 TEXT NOT NULL,
        dqb1_1 TEXT, dqb1_2 TEXT,
        dpb1_1 TEXT, dpb1_2 TEXT,
        recorded_at    TEXT NOT NULL,
        recorded_by    TEXT NOT NULL,
        CHECK ((c_1 IS NULL) = (c_2 IS NULL) AND (dqb1_1 IS NULL) = (dqb1_2 IS NULL) AND (dpb1_1 IS NULL) = (dpb1_2 IS NULL))
      ) STRICT;
      CREATE INDEX hla_typing_enrollment ON hla_typing (enrollment_id, typed_on);
    `);
  },
};
