// The audit log (every change, reveal, export and print) and the key-value settings table.
import type { Migration } from './types';

export const migration0002: Migration = {
  version: 2,
  name: 'audit-settings',
  up(db) {
    db.exec(`
      CREATE TABLE audit_log (
        id         INTEGER PRIMARY KEY,
        at         TEXT NOT NULL,
        actor      TEXT NOT NULL,
        action     TEXT NOT NULL,
        entity     TEXT NOT NULL,
        entity_id  INTEGER,
        before     TEXT,
        after      TEXT
      ) STRICT;
      CREATE INDEX audit_entity ON audit_log (entity, entity_id);
      CREATE INDEX audit_action ON audit_log (action, id);

      CREATE TABLE setting (
        key    TEXT PRIMARY KEY,
        value  TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
