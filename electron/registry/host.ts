// Holds the registry for a host process (the Electron main process, browser mode, a test): the
// open Registry, or none while an encrypted registry waits for its passphrase or while the file
// is being replaced (restore, encryption switched on or off). Every replacement goes through
// reopen(), so the registry is closed, changed and opened again in one place.
import { dirname } from 'node:path';
import { ApiError } from '../contract/errors';
import { removeLeftovers } from './backups/files';
import { openRegistry, type Registry, type RegistryOptions } from './registry';
import { fileState, keyForFile, type RegistryKey } from './vault/key';

const HOUR_MS = 60 * 60 * 1000;

export type HostState = 'open' | 'locked' | 'busy';

export interface ClosedRegistry {
  readonly path: string;
  readonly key: RegistryKey | null;
  readonly nativeBinding?: string;
}

export interface RegistryHost {
  readonly path: string;
  state(): HostState;
  /** The open registry; throws LOCKED or BUSY when there is none. */
  registry(): Registry;
  /** Opens an encrypted registry; WRONG_PASSPHRASE leaves it locked. */
  unlock(passphrase: string): Promise<Registry>;
  /** Opens a locked registry with a key found another way (the recovery code). */
  unlockWithKey(key: RegistryKey): Registry;
  /**
   * Closes the registry, lets `work` change the closed file, and opens it again with the key
   * `work` returns. If `work` fails the registry reopens as it was.
   */
  reopen(work: (closed: ClosedRegistry) => RegistryKey | null | Promise<RegistryKey | null>): Promise<Registry>;
  /**
   * Runs `listener` once the registry is open: soon if it already is, else after it is unlocked
   * (the automatic backup at start waits for the passphrase this way).
   */
  whenOpen(listener: (registry: Registry) => void): void;
  close(): void;
}

/** A host for the registry at `options.path`: open at once unless the file is encrypted and no key is given. */
export function openRegistryHost(options: RegistryOptions): RegistryHost {
  // A restore or re-key killed half-way leaves its copy beside the registry: an hour on, it is no one's.
  removeLeftovers(dirname(options.path), new Date(), HOUR_MS);
  const needsKey = fileState(options.path) === 'encrypted' && !options.key;
  return createHost(options, needsKey ? null : openRegistry(options));
}

/** A host around a registry a caller has already opened (tests, scripts). */
export function hostOf(registry: Registry): RegistryHost {
  return createHost({ path: registry.path, nativeBinding: registry.nativeBinding, key: registry.key }, registry);
}

function createHost(options: RegistryOptions, opened: Registry | null): RegistryHost {
  let current = opened;
  let busy = false;
  let waiting: ((registry: Registry) => void)[] = [];
  // After the call that opened it has answered: a listener's work (a backup) must not hold up the unlock.
  const notify = (registry: Registry) => {
    const listeners = waiting;
    waiting = [];
    for (const listener of listeners) setImmediate(() => listener(registry));
  };
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const open = (key: RegistryKey | null): Registry => {
    current = openRegistry({ path: options.path, key, ...binding });
    return current;
  };
  return {
    path: options.path,
    state: () => (busy ? 'busy' : current ? 'open' : 'locked'),
    registry() {
      if (busy) throw new ApiError('BUSY', '正在更换登记库文件（恢复或加密），请稍候', { reason: 'REGISTRY_REOPENING' });
      if (!current) throw new ApiError('LOCKED', '登记库已加密，请先输入数据库口令');
      return current;
    },
    async unlock(passphrase) {
      if (current) return current;
      const registry = open(await keyForFile(options.path, passphrase));
      notify(registry);
      return registry;
    },
    unlockWithKey(key) {
      if (current) return current;
      const registry = open(key);
      notify(registry);
      return registry;
    },
    whenOpen(listener) {
      waiting.push(listener);
      if (current && !busy) notify(current);
    },
    async reopen(work) {
      const registry = this.registry();
      busy = true;
      const closed: ClosedRegistry = { path: registry.path, key: registry.key, ...binding };
      registry.close();
      current = null;
      try {
        return open(await work(closed));
      } catch (error) {
        open(closed.key);
        throw error;
      } finally {
        busy = false;
      }
    },
    close() {
      current?.close();
      current = null;
    },
  };
}
