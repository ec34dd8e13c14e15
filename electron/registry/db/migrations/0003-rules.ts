// Versions of the rule values staff enter; the shipped defaults live in code with their source.
import type { Migration } from './types';

export const migration0003: Migration = {
  version: 3,
  name: 'rules',
  up(db) {
    db.exec(`
      CREATE TABLE rule_version (
        id              INTEGER PRIMARY KEY,
        key             TEXT NOT NULL,
        value           TEXT NOT NULL CHECK (json_valid(value)),
        effective_from  TEXT NOT NULL,
        source          TEXT NOT NULL,
        note            TEXT,
        created_at      TEXT NOT NULL,
        created_by      TEXT NOT NULL
      ) STRICT;
      CREATE INDEX rule_version_key ON rule_version (key, effective_from, id);
    `);
  },
};
