// Every committed import: which file (name and sha256, so the same sheet handed in twice is
// recognisable), what kind, the counts staff saw, who and when. Written in the same
// transaction as the rows it imported, so a record exists exactly when its rows do.
import type { Migration } from './types';

export const migration0009: Migration = {
  version: 9,
  name: 'imports',
  up(db) {
    db.exec(`
      CREATE TABLE imports (
        id           INTEGER PRIMARY KEY,
        file_name    TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
        sha256       TEXT NOT NULL CHECK (length(sha256) = 64),
        kind         TEXT NOT NULL CHECK (kind IN ('people', 'blood-drive', 'cmdp', 'organ')),
        drive_id     INTEGER REFERENCES blood_drive (id),
        rows         INTEGER NOT NULL CHECK (rows >= 0),
        valid        INTEGER NOT NULL CHECK (valid >= 0),
        invalid      INTEGER NOT NULL CHECK (invalid >= 0),
        in_registry  INTEGER NOT NULL CHECK (in_registry >= 0),
        created      INTEGER NOT NULL CHECK (created >= 0),
        updated      INTEGER NOT NULL CHECK (updated >= 0),
        skipped      INTEGER NOT NULL CHECK (skipped >= 0),
        imported_at  TEXT NOT NULL,
        imported_by  TEXT NOT NULL,
        CHECK (valid + invalid = rows),
        CHECK ((kind = 'blood-drive') = (drive_id IS NOT NULL))
      ) STRICT;
      CREATE INDEX imports_sha256 ON imports (sha256);
    `);
  },
};
