// The registry: one open database plus the operations that concern the whole file. It is the
// core's entry point for every host — Electron's main process, the CLI, browser mode and tests.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { VerifyReport } from '../contract/system';
import { backupDatabase, verifyDatabase } from './db/maintenance';
import { migrate } from './db/migrate';
import { openDatabase } from './db/open';
import type { RegistryKey } from './vault/key';

export interface Registry {
  readonly db: Database;
  readonly path: string;
  /** The key it was opened with; null for a plain file. Copies made of it share the key. */
  readonly key: RegistryKey | null;
  readonly nativeBinding?: string;
  close(): void;
  /** Online backup to `dest`, checked before it is moved into place; `inspect` reads the checked copy. */
  backup(dest: string, inspect?: (copy: Database) => void): void;
  verify(): VerifyReport;
}

export interface RegistryOptions {
  readonly path: string;
  readonly nativeBinding?: string;
  readonly key?: RegistryKey | null;
}

/** Opens (creating if needed) and migrates the registry at `path`. */
export function openRegistry(options: RegistryOptions): Registry {
  const open = { key: options.key ?? null, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) };
  const db = openDatabase(options.path, open);
  try {
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return {
    db,
    path: options.path,
    key: open.key,
    nativeBinding: options.nativeBinding,
    close: () => db.close(),
    backup: (dest, inspect) => backupDatabase(db, dest, open, inspect),
    verify: () => verifyDatabase(db),
  };
}
