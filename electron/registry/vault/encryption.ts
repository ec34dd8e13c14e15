// Switching encryption on, off or to a new passphrase, and recovering with the recovery code.
// Each change rewrites the closed registry into a checked copy that replaces it
// (db/maintenance.ts), and its automatic backups likewise (a plain copy beside an encrypted
// registry would leak it all), then issues a new recovery code, because the old one wraps a key
// that no longer opens the file.
import { rmSync } from 'node:fs';
import { ApiError } from '../../contract/errors';
import type { VaultChange, VaultStatus } from '../../contract/vault';
import { recordAudit } from '../audit/log';
import { rekeyBackups } from '../backups/rekey';
import { rewriteRegistryFile } from '../db/maintenance';
import type { ClosedRegistry, RegistryHost } from '../host';
import type { Registry } from '../registry';
import { fileState, keyForFile, newKey, sameKey, type RegistryKey } from './key';
import { hasRecoveryFile, issueRecoveryCode, keyFromRecoveryCode, recoveryFileOf } from './recovery';

export function vaultStatus(host: RegistryHost): VaultStatus {
  const encrypted = fileState(host.path) === 'encrypted';
  return { encrypted, unlocked: host.state() === 'open', recoverable: encrypted && hasRecoveryFile(host.path) };
}

/** The registry and its backups under `to`; returns the backups that could not follow. */
function rewriteAll(closed: ClosedRegistry, to: RegistryKey | null): string[] {
  rewriteRegistryFile(closed.path, closed.key, to, closed);
  return rekeyBackups(closed.path, closed.key, to, closed).skipped.map((skip) => skip.file);
}

/** Proves the caller knows the current passphrase before the key changes. */
async function assertPassphrase(host: RegistryHost, passphrase: string | undefined): Promise<void> {
  const current = host.registry().key;
  if (!current) return;
  if (passphrase === undefined || !sameKey(current, await keyForFile(host.path, passphrase))) {
    throw new ApiError('WRONG_PASSPHRASE', '当前数据库口令不正确', { field: 'currentPassphrase' });
  }
}

/**
 * The registry and its backups under a new key from `passphrase`, and the recovery code that
 * goes with that key; also the backups that could not follow.
 */
async function rekeyUnder(host: RegistryHost, passphrase: string): Promise<{ registry: Registry; recoveryCode: string; backupsLeft: string[] }> {
  let backupsLeft: string[] = [];
  const registry = await host.reopen(async (closed) => {
    const key = await newKey(passphrase);
    backupsLeft = rewriteAll(closed, key);
    return key;
  });
  return { registry, recoveryCode: await issueRecoveryCode(registry), backupsLeft };
}

export async function encryptRegistry(host: RegistryHost, input: { currentPassphrase?: string; newPassphrase: string }, actor: string): Promise<VaultChange> {
  await assertPassphrase(host, input.currentPassphrase);
  const wasEncrypted = host.registry().key !== null;
  const { registry, recoveryCode, backupsLeft } = await rekeyUnder(host, input.newPassphrase);
  recordAudit(registry.db, wasEncrypted ? { actor, action: 'vault.rekey', entity: 'registry' } : { actor, action: 'vault.encrypt', entity: 'registry' });
  return { status: vaultStatus(host), recoveryCode, backupsLeft };
}

export async function decryptRegistry(host: RegistryHost, currentPassphrase: string, actor: string): Promise<VaultStatus> {
  if (host.registry().key === null) return vaultStatus(host);
  await assertPassphrase(host, currentPassphrase);
  const registry = await host.reopen((closed) => {
    rewriteAll(closed, null);
    return null;
  });
  // The recovery file wraps a key that no longer exists; the code's hash still resets passwords.
  rmSync(recoveryFileOf(host.path), { force: true });
  recordAudit(registry.db, { actor, action: 'vault.decrypt', entity: 'registry' });
  return vaultStatus(host);
}

/** The recovery code opens the locked registry, which is re-keyed at once under a new passphrase. */
export async function recoverRegistry(host: RegistryHost, recoveryCode: string, newPassphrase: string): Promise<VaultChange> {
  if (host.state() !== 'locked') throw new ApiError('INVALID_INPUT', '登记库没有锁定，无需恢复', { reason: 'NOT_LOCKED' });
  host.unlockWithKey(await keyFromRecoveryCode(host.path, recoveryCode));
  const { registry, recoveryCode: code, backupsLeft } = await rekeyUnder(host, newPassphrase);
  recordAudit(registry.db, { actor: '恢复码', action: 'vault.recover', entity: 'registry' });
  return { status: vaultStatus(host), recoveryCode: code, backupsLeft };
}
