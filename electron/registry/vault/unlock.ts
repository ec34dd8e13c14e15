// Unlocking at start, with the same brake on guessing as staff passwords: after five wrong
// passphrases in a row the next try waits a minute, doubling up to half an hour. The registry is
// still locked while someone guesses, so there is nowhere to audit each failure: they are logged,
// counted, and written to the audit log with the unlock that ends them. The count lives in memory:
// restarting the program, which takes a while, is the only way around it.
import { ApiError } from '../../contract/errors';
import type { VaultStatus } from '../../contract/vault';
import { recordAudit } from '../audit/log';
import type { RegistryHost } from '../host';
import { createLogger } from '../log';
import { lockMinutes } from '../staff/passwords';
import { vaultStatus } from './encryption';

const log = createLogger('vault');

interface Brake {
  failures: number;
  lockedUntil: number;
}

const brakes = new WeakMap<RegistryHost, Brake>();

export async function unlockRegistry(host: RegistryHost, passphrase: string, now: Date = new Date()): Promise<VaultStatus> {
  if (host.state() !== 'locked') return vaultStatus(host);
  const brake = brakes.get(host) ?? { failures: 0, lockedUntil: 0 };
  brakes.set(host, brake);
  if (now.getTime() < brake.lockedUntil) {
    const lockedUntil = new Date(brake.lockedUntil).toISOString();
    throw new ApiError('UNAUTHORIZED', '口令错误次数过多，请稍后再试', { reason: 'UNLOCK_DELAYED', lockedUntil });
  }
  try {
    const registry = await host.unlock(passphrase);
    recordAudit(registry.db, { actor: '未登录', action: 'vault.unlock', entity: 'registry', after: { failedAttempts: brake.failures } });
    brake.failures = 0;
    return vaultStatus(host);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'WRONG_PASSPHRASE') {
      brake.failures += 1;
      const minutes = lockMinutes(brake.failures);
      if (minutes > 0) brake.lockedUntil = now.getTime() + minutes * 60_000;
      log.warn(`wrong registry passphrase (${brake.failures} in a row)`);
    }
    throw error;
  }
}
