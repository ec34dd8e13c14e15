// Staff accounts with passwords and roles. Staff who signed in by name before keep their row (the
// audit log names them) as role 'staff' without a password: an administrator gives them one. A
// registry without an administrator runs the first-run setup, which creates one.
import type { Migration } from './types';

export const migration0013: Migration = {
  version: 13,
  name: 'accounts',
  up(db) {
    db.exec(`
      -- Only scrypt strings from vault/kdf.ts (scheme, cost, salt, hash): a password typed in
      -- plain cannot be stored even by mistake.
      ALTER TABLE staff ADD COLUMN password_hash TEXT CHECK (password_hash IS NULL OR password_hash GLOB 'scrypt$*');
      ALTER TABLE staff ADD COLUMN role TEXT NOT NULL DEFAULT 'staff' CHECK (role IN ('admin', 'staff'));
      -- Failed sign-ins since the last good one, and the lockout they earned: kept in the row so
      -- restarting the app does not reset the count.
      ALTER TABLE staff ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0 CHECK (failed_sign_ins >= 0);
      ALTER TABLE staff ADD COLUMN locked_until TEXT;
      ALTER TABLE staff ADD COLUMN password_changed_at TEXT;
    `);
  },
};
