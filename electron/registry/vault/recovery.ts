// The administrator's recovery code, shown once when it is issued. It never defeats the
// encryption: the registry key is kept beside the registry only wrapped (AES-256-GCM) under a
// key derived from the code with scrypt, in `<registry>.recovery`, and the registry itself keeps
// only the code's hash. Losing that file loses the recovery path, never the data: the passphrase
// still opens the registry.
import { createCipheriv, createDecipheriv, randomBytes, randomInt } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { ApiError } from '../../contract/errors';
import type { Registry } from '../registry';
import { hashSecret, newSalt, scrypt, SECRET_COST, verifySecret } from './kdf';
import { fileSalt, fileState, type RegistryKey } from './key';
import { syncFile } from '../db/maintenance';

// Crockford's base32 without look-alikes (no I, L, O, U): read aloud or copied by hand safely.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 6;
const GROUP_LENGTH = 4;

export const recoveryFileOf = (registryPath: string): string => `${registryPath}.recovery`;

/** Upper case, look-alikes mapped, separators dropped: how staff type a code from paper. */
export function normaliseRecoveryCode(code: string): string {
  return code
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
}

function newCode(): string {
  const chars = Array.from({ length: GROUPS * GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return Array.from({ length: GROUPS }, (_, i) => chars.slice(i * GROUP_LENGTH, (i + 1) * GROUP_LENGTH).join('')).join('-');
}

const WrappedKey = z.object({
  version: z.literal(1),
  cost: z.object({ N: z.number(), r: z.number(), p: z.number() }),
  salt: z.string(),
  iv: z.string(),
  tag: z.string(),
  wrapped: z.string(),
});

async function wrapKey(code: string, key: RegistryKey): Promise<z.infer<typeof WrappedKey>> {
  const salt = newSalt();
  const kek = await scrypt(normaliseRecoveryCode(code), salt, SECRET_COST);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  const wrapped = Buffer.concat([cipher.update(key.key), cipher.final()]);
  const b64 = (b: Buffer) => b.toString('base64');
  return { version: 1, cost: SECRET_COST, salt: b64(salt), iv: b64(iv), tag: b64(cipher.getAuthTag()), wrapped: b64(wrapped) };
}

/**
 * Issues a new recovery code for the registry and returns it (to be shown once); the previous
 * code stops working. For an encrypted registry the key is wrapped under the code beside it.
 */
export async function issueRecoveryCode(registry: Registry): Promise<string> {
  const code = newCode();
  const hash = await hashSecret(normaliseRecoveryCode(code));
  const file = recoveryFileOf(registry.path);
  if (registry.key) {
    const partial = `${file}.partial`;
    writeFileSync(partial, JSON.stringify(await wrapKey(code, registry.key)));
    syncFile(partial);
    renameSync(partial, file);
  } else {
    rmSync(file, { force: true });
  }
  registry.db
    .prepare('INSERT INTO recovery_code (id, hash, issued_at) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET hash = excluded.hash, issued_at = excluded.issued_at')
    .run(hash, new Date().toISOString());
  return code;
}

/** Whether `code` is the registry's current recovery code. */
export async function checkRecoveryCode(registry: Registry, code: string): Promise<boolean> {
  const row = registry.db.prepare('SELECT hash FROM recovery_code WHERE id = 1').get() as { hash: string } | undefined;
  return row !== undefined && (await verifySecret(normaliseRecoveryCode(code), row.hash));
}

export const hasRecoveryFile = (registryPath: string): boolean => existsSync(recoveryFileOf(registryPath));

/** The registry key from the recovery code, for a locked encrypted registry. */
export async function keyFromRecoveryCode(registryPath: string, code: string): Promise<RegistryKey> {
  const file = recoveryFileOf(registryPath);
  if (fileState(registryPath) !== 'encrypted' || !existsSync(file)) {
    throw new ApiError('NOT_FOUND', '找不到恢复信息文件，无法用恢复码解锁；请用数据库口令打开', { reason: 'NO_RECOVERY_FILE' });
  }
  const parsed = WrappedKey.safeParse(parseJson(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new ApiError('DB_INVALID', '恢复信息文件已损坏，无法用恢复码解锁', { reason: 'RECOVERY_FILE_INVALID' });
  const stored = parsed.data;
  const kek = await scrypt(normaliseRecoveryCode(code), Buffer.from(stored.salt, 'base64'), stored.cost);
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(stored.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(stored.tag, 'base64'));
    const key = Buffer.concat([decipher.update(Buffer.from(stored.wrapped, 'base64')), decipher.final()]);
    return { key, salt: fileSalt(registryPath) };
  } catch {
    throw new ApiError('UNAUTHORIZED', '恢复码不正确', { reason: 'RECOVERY_CODE_REFUSED' });
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
