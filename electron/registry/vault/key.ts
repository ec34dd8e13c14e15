// The registry's encryption key. SQLCipher's format (through better-sqlite3-multiple-ciphers)
// keeps a random 16-byte salt in the clear at the start of the file; we derive the key from
// the passphrase and that salt with scrypt, and hand SQLCipher the raw key plus salt, so its
// own key derivation is skipped and every copy of the file (backups too) carries the salt it
// needs. Nothing about the key is stored anywhere.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { KEY_COST, newSalt, SALT_BYTES, scrypt } from './kdf';

export interface RegistryKey {
  readonly key: Buffer;
  readonly salt: Buffer;
}

export type FileState = 'missing' | 'empty' | 'plain' | 'encrypted';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** What is at `path`, from its first 16 bytes: a plain SQLite file starts with its magic string. */
export function fileState(path: string): FileState {
  if (!existsSync(path)) return 'missing';
  const head = Buffer.alloc(SALT_BYTES);
  const fd = openSync(path, 'r');
  try {
    const read = readSync(fd, head, 0, SALT_BYTES, 0);
    if (read === 0) return 'empty';
    return read === SALT_BYTES && head.equals(SQLITE_MAGIC) ? 'plain' : 'encrypted';
  } finally {
    closeSync(fd);
  }
}

/** The salt SQLCipher keeps in the clear at the start of an encrypted file. */
export function fileSalt(path: string): Buffer {
  const salt = Buffer.alloc(SALT_BYTES);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, salt, 0, SALT_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  return salt;
}

/** The key of the encrypted file at `path` for `passphrase` (right or wrong: opening tells). */
export async function keyForFile(path: string, passphrase: string): Promise<RegistryKey> {
  const salt = fileSalt(path);
  return { key: await scrypt(passphrase, salt, KEY_COST), salt };
}

/** A key for a file about to be encrypted, with a new salt. */
export async function newKey(passphrase: string): Promise<RegistryKey> {
  const salt = newSalt();
  return { key: await scrypt(passphrase, salt, KEY_COST), salt };
}

export const sameKey = (a: RegistryKey | null, b: RegistryKey | null): boolean =>
  a === b || (a !== null && b !== null && a.key.equals(b.key) && a.salt.equals(b.salt));

/** SQLCipher's raw-key literal: 32 key bytes then the salt, hex, so no second KDF runs. */
const rawKey = ({ key, salt }: RegistryKey): string => `"x'${key.toString('hex')}${salt.toString('hex')}'"`;

/** SQLCipher 4's format, so the file opens with any SQLCipher tool given the raw key. */
function useSqlCipher(db: Database): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
}

/** Must run first on a new connection, before anything reads the file. */
export function applyKey(db: Database, key: RegistryKey): void {
  useSqlCipher(db);
  db.pragma(`key = ${rawKey(key)}`);
}

/**
 * Re-encrypts the open file under `key` (null: decrypts it). The fork refuses to rekey in WAL
 * mode, so callers run this on a copy in rollback-journal mode (see vault/encryption.ts).
 */
export function rekey(db: Database, key: RegistryKey | null): void {
  useSqlCipher(db);
  db.pragma(`rekey = ${key ? rawKey(key) : "''"}`);
}
