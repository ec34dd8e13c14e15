// People, the one record a person has however many programs they join. Later migrations add
// the program tables and the search indexes that point here.
import type { Migration } from './types';

export const migration0001: Migration = {
  version: 1,
  name: 'people',
  up(db) {
    db.exec(`
      CREATE TABLE person (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
        sex         TEXT CHECK (sex IN ('M', 'F')),
        birth_date  TEXT CHECK (birth_date IS NULL OR birth_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        doc_type    TEXT NOT NULL DEFAULT 'resident_id',
        doc_number  TEXT,
        mobile      TEXT,
        address     TEXT,
        notes       TEXT,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
      -- The normalised document number identifies a person: no duplicates.
      CREATE UNIQUE INDEX person_doc ON person (doc_type, doc_number) WHERE doc_number IS NOT NULL;
      CREATE INDEX person_name ON person (name);
      CREATE INDEX person_created ON person (created_at, id);
    `);
  },
};
