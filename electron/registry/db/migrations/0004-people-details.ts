// The whole person record (ethnicity, employer, occupation, blood group, other phones,
// emergency contacts), the staff who sign in, and the indexes the duplicate review and the
// audit log's filters read through. The value lists are written out here, not imported from
// the contract, so this step stays what it was when later code changes.
import type { Migration } from './types';

export const migration0004: Migration = {
  version: 4,
  name: 'people-details',
  up(db) {
    db.exec(`
      -- GB 3304-1991 codes 01–56.
      ALTER TABLE person ADD COLUMN ethnicity TEXT CHECK (ethnicity IS NULL OR (ethnicity GLOB '[0-5][0-9]' AND ethnicity BETWEEN '01' AND '56'));
      ALTER TABLE person ADD COLUMN employer TEXT;
      ALTER TABLE person ADD COLUMN occupation TEXT;
      ALTER TABLE person ADD COLUMN blood_abo TEXT CHECK (blood_abo IN ('A', 'B', 'O', 'AB'));
      ALTER TABLE person ADD COLUMN blood_rh TEXT CHECK (blood_rh IN ('+', '-'));

      -- Phones besides the mobile: a mobile or a landline with its area code, normalised.
      CREATE TABLE person_phone (
        id         INTEGER PRIMARY KEY,
        person_id  INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        position   INTEGER NOT NULL CHECK (position >= 0),
        phone      TEXT NOT NULL CHECK (length(phone) BETWEEN 10 AND 14),
        label      TEXT
      ) STRICT;
      CREATE INDEX person_phone_person ON person_phone (person_id, position);
      CREATE INDEX person_phone_number ON person_phone (phone, person_id);

      -- Emergency contacts, any number, in the order staff entered them. Positions are not
      -- unique: a merge appends the merged person's contacts after the kept person's.
      CREATE TABLE person_contact (
        id         INTEGER PRIMARY KEY,
        person_id  INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        position   INTEGER NOT NULL CHECK (position >= 0),
        name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
        relation   TEXT,
        phone      TEXT NOT NULL
      ) STRICT;
      CREATE INDEX person_contact_person ON person_contact (person_id, position);

      -- Likely duplicates: the same name and birth date, or the same mobile, where at least
      -- one of the two has no document number. The partial indexes hold only the people
      -- without a number (few, in a registry of donors), so the review walks them alone and
      -- looks each one's namesakes or number-sharers up in the full indexes.
      CREATE INDEX person_name_birth ON person (name, birth_date);
      CREATE INDEX person_mobile ON person (mobile) WHERE mobile IS NOT NULL;
      CREATE INDEX person_undocumented_name_birth ON person (name, birth_date) WHERE doc_number IS NULL;
      CREATE INDEX person_undocumented_mobile ON person (mobile) WHERE doc_number IS NULL AND mobile IS NOT NULL;

      CREATE TABLE staff (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 50),
        active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at  TEXT NOT NULL
      ) STRICT;

      -- The audit log's filters by who and when.
      CREATE INDEX audit_actor ON audit_log (actor, id);
      CREATE INDEX audit_at ON audit_log (at);
    `);
  },
};
