// Slow key derivation for everything a person types to prove who they are: the registry's
// passphrase, staff passwords and the recovery code. scrypt (node:crypto) is memory-hard, so a
// stolen file or hash cannot be guessed at GPU speed; the cost is paid once per sign-in/unlock.
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface ScryptCost {
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

/** The registry key: ~0.4 s here, paid once at unlock. */
export const KEY_COST: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };
/** Passwords and the recovery code: ~0.2 s a check, so a sign-in stays quick. */
export const SECRET_COST: ScryptCost = { N: 2 ** 16, r: 8, p: 1 };

export const SALT_BYTES = 16;
export const KEY_BYTES = 32;

export function scrypt(secret: string, salt: Buffer, cost: ScryptCost, length = KEY_BYTES): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; Node's default cap (32 MiB) is below the registry key's cost.
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r };
  return new Promise((resolve, reject) => {
    scryptCallback(secret.normalize('NFC'), salt, length, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export const newSalt = (): Buffer => randomBytes(SALT_BYTES);

/** A stored hash carries its own cost and salt, so the cost can rise later without breaking old ones. */
export async function hashSecret(secret: string, cost: ScryptCost = SECRET_COST): Promise<string> {
  const salt = newSalt();
  const hash = await scrypt(secret, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const [scheme, N, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scrypt(secret, Buffer.from(salt, 'base64'), { N: Number(N), r: Number(r), p: Number(p) }, expected.length);
  return timingSafeEqual(actual, expected);
}
