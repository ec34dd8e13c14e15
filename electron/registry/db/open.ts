// Opens a registry file with the settings a registry of record needs: WAL so readers never
// block the writer, synchronous=FULL so a committed row survives a power cut, foreign keys on.
import Database from 'better-sqlite3-multiple-ciphers';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ApiError } from '../../contract/errors';
import { applyKey, fileState, type RegistryKey } from '../vault/key';
import { registerFunctions } from './functions';
import { assertNotNewer } from './migrate';

/** 'SANX': marks the file as ours, so restore and open can refuse some other SQLite file. */
export const APPLICATION_ID = 0x53414e58;

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron's ABI). */
  readonly nativeBinding?: string;
  readonly readonly?: boolean;
  /** The key of an encrypted file; a plain file is opened without one. */
  readonly key?: RegistryKey | null;
}

export function openDatabase(path: string, options: OpenOptions = {}): Database.Database {
  if (!options.readonly) mkdirSync(dirname(path), { recursive: true });
  const state = fileState(path);
  if (state === 'encrypted' && !options.key) {
    // Without the key an encrypted file and any other file look alike: random bytes.
    throw new ApiError('DB_INVALID', '不是有效的数据库文件，或是需要口令才能打开的加密登记库', { path, reason: 'ENCRYPTED_OR_FOREIGN' });
  }
  let db: Database.Database;
  try {
    db = new Database(path, {
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (error) {
    throw new ApiError('DB_INVALID', `无法打开数据库文件：${(error as Error).message}`, { path });
  }
  try {
    if (options.key && state !== 'plain') applyKey(db, options.key);
    db.pragma('busy_timeout = 5000');
    // Refuse before anything below writes to the file (switching to WAL rewrites its header).
    assertOurs(db, path);
    assertNotNewer(db.pragma('user_version', { simple: true }) as number);
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    // 64 MiB of page cache instead of SQLite's 2 MiB: counting a 1M-person table drops from
    // ~27 ms to under 1 ms once its index pages stay in memory (npm run bench).
    db.pragma('cache_size = -65536');
    registerFunctions(db);
    if (!options.readonly && isEmpty(db)) db.pragma(`application_id = ${APPLICATION_ID}`);
  } catch (error) {
    db.close();
    if (error instanceof ApiError) throw error;
    // With a key, "not a database" means the key is wrong: SQLCipher cannot tell it from noise.
    if (options.key && state === 'encrypted' && (error as { code?: unknown }).code === 'SQLITE_NOTADB') {
      throw new ApiError('WRONG_PASSPHRASE', '数据库口令不正确', { path });
    }
    throw new ApiError('DB_INVALID', `不是有效的数据库文件：${(error as Error).message}`, { path });
  }
  return db;
}

function isEmpty(db: Database.Database): boolean {
  return (db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }).n === 0;
}

function assertOurs(db: Database.Database, path: string): void {
  const appId = db.pragma('application_id', { simple: true }) as number;
  if (appId !== APPLICATION_ID && !isEmpty(db)) {
    throw new ApiError('DB_INVALID', '该文件不是三献登记数据库', { path, applicationId: appId });
  }
}
