// Encryption at rest: whether the registry file is encrypted, unlocking it at start, recovering
// it with the administrator's recovery code, and switching encryption on, off or to a new
// passphrase. Unlocking works before anyone signs in (staff accounts live inside the file).
import { z } from 'zod';
import { method } from './spec';
import { EmptyInput } from './system';

export interface VaultStatus {
  readonly encrypted: boolean;
  /** false while an encrypted registry waits for its passphrase. */
  readonly unlocked: boolean;
  /** A recovery file sits beside the encrypted registry, so the recovery code can unlock it. */
  readonly recoverable: boolean;
}

/** What changing the key returns: the new recovery code, shown once (the old one is spent). */
export interface VaultChange {
  readonly status: VaultStatus;
  readonly recoveryCode: string;
  /** Backups that could not be re-encrypted (damaged, or under an older passphrase): they keep their old form. */
  readonly backupsLeft: readonly string[];
}

export const PASSPHRASE_MIN = 10;

const passphrase = z.string({ error: '请输入数据库口令' }).min(1, '请输入数据库口令').max(200, '口令不能超过200个字符');
/** A new passphrase: long enough that guessing it through scrypt is hopeless. */
const newPassphrase = z
  .string({ error: '请设置数据库口令' })
  .max(200, '口令不能超过200个字符')
  .refine((value) => [...value.trim()].length >= PASSPHRASE_MIN, { message: `口令至少${PASSPHRASE_MIN}个字符，可以用一句好记的话` });
const recoveryCode = z.string({ error: '请输入恢复码' }).min(1, '请输入恢复码').max(100, '恢复码格式不正确');

export const vaultMethods = {
  'vault.status': method<VaultStatus>()(EmptyInput),
  'vault.unlock': method<VaultStatus>()(z.object({ passphrase }).strict()),
  /** Unlocks with the recovery code and sets a new passphrase at once (the forgotten one is replaced). */
  'vault.recover': method<VaultChange>()(z.object({ recoveryCode, newPassphrase }).strict()),
  /** Encrypts a plain registry, or re-encrypts an encrypted one under a new passphrase. */
  'vault.encrypt': method<VaultChange>()(
    z.object({ currentPassphrase: passphrase.optional(), newPassphrase }).strict(),
  ),
  'vault.decrypt': method<VaultStatus>()(z.object({ currentPassphrase: passphrase }).strict()),
} as const;

/** Open before the registry is unlocked, and so before anyone can sign in. */
export const VAULT_OPEN_METHODS: readonly string[] = ['vault.status', 'vault.unlock', 'vault.recover'];
