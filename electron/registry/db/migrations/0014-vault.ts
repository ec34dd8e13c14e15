// The recovery code's hash. One row: issuing a new code replaces the old one, which is then spent.
// The code also unlocks an encrypted registry through a file beside it (vault/recovery.ts);
// this hash lets an administrator prove they hold the code once the registry is open.
import type { Migration } from './types';

export const migration0014: Migration = {
  version: 14,
  name: 'vault',
  up(db) {
    db.exec(`
      CREATE TABLE recovery_code (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        hash TEXT NOT NULL,
        issued_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
