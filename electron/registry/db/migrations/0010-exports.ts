// Export batches: one row per batch sent up to a registry (CMDP, organ pledges, drive reports)
// and one row per person-line in it. Each line keeps the values it was written with and each
// batch keeps its template, so the file can be written again byte for byte after the people's
// records or the template have changed. The value lists are written out here, not imported
// from the contract, so this step stays what it was when later code changes.
import type { Migration } from './types';

export const migration0010: Migration = {
  version: 10,
  name: 'exports',
  up(db) {
    db.exec(`
      CREATE TABLE export_batch (
        id             INTEGER PRIMARY KEY,
        kind           TEXT NOT NULL CHECK (kind IN ('cmdp', 'organ', 'drive-report')),
        status         TEXT NOT NULL CHECK (status IN ('created', 'submitted', 'closed', 'reopened')),
        created_at     TEXT NOT NULL,
        created_by     TEXT NOT NULL,
        row_count      INTEGER NOT NULL CHECK (row_count > 0),
        file_name      TEXT NOT NULL,
        format         TEXT NOT NULL CHECK (format IN ('xlsx', 'csv')),
        sha256         TEXT NOT NULL CHECK (length(sha256) = 64),
        -- A drive report's drive or date range, as JSON.
        scope          TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(scope)),
        -- The template as it was used, and the totals line of a drive report.
        template       TEXT NOT NULL CHECK (json_valid(template)),
        summary        TEXT CHECK (summary IS NULL OR json_valid(summary)),
        submitted_at   TEXT,
        submitted_by   TEXT,
        closed_at      TEXT,
        closed_by      TEXT,
        close_result   TEXT CHECK (close_result IS NULL OR json_valid(close_result)),
        reopened_at    TEXT,
        reopened_by    TEXT,
        reopen_reason  TEXT,
        CHECK ((status = 'reopened') = (reopened_at IS NOT NULL))
      ) STRICT;
      CREATE INDEX export_batch_kind ON export_batch (kind, id);

      CREATE TABLE export_batch_item (
        batch_id    INTEGER NOT NULL REFERENCES export_batch (id),
        position    INTEGER NOT NULL CHECK (position >= 1),
        person_id   INTEGER NOT NULL REFERENCES person (id),
        -- What this line reports: 'enrollment:12', 'pledge:40:revoked', 'donation:7'.
        source_key  TEXT NOT NULL,
        -- The values written (field → value), as JSON.
        row         TEXT NOT NULL CHECK (json_valid(row)),
        PRIMARY KEY (batch_id, position)
      ) STRICT;
      -- "Is this person already in a batch of this kind?", asked for every candidate.
      CREATE INDEX export_batch_item_person ON export_batch_item (person_id, batch_id);
      CREATE INDEX export_batch_item_source ON export_batch_item (source_key, batch_id);
    `);
  },
};
