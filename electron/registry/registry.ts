// The registry: one open database plus the operations that concern the whole file. It is the
// core's entry point for every host — Electron's main process, the CLI, browser mode and tests.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { VerifyReport } from '../contract/system';
import { backupDatabase, verifyDatabase } from './db/maintenance';
import { migrate } from './db/migrate';
import { openDatabase } from './db/open';

export interface Registry {
  readonly db: Database;
  readonly path: string;
  close(): void;
  /** Online backup to `dest`, checked before it is moved into place. */
  backup(dest: string): Promise<void>;
  verify(): VerifyReport;
}

export interface RegistryOptions {
  readonly path: string;
  readonly nativeBinding?: string;
}

/** Opens (creating if needed) and migrates the registry at `path`. */
export function openRegistry(options: RegistryOptions): Registry {
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const db = openDatabase(options.path, binding);
  try {
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return {
    db,
    path: options.path,
    close: () => db.close(),
    backup: (dest) => backupDatabase(db, dest, binding),
    verify: () => verifyDatabase(db),
  };
}
