// The automatic backups of one host: at start, at quit, and daily while it runs, each followed
// by rotation. The hosts (Electron's main process, browser mode) call atStart() once the
// registry is open, atQuit() as they close, and start()/stop() around the daily timer. An
// automatic backup never stops the app: a failure is logged and the next one tries again.
import type { BackupEntry, BackupReason } from '../../contract/backups';
import type { RegistryHost } from '../host';
import { createLogger, type Logger } from '../log';
import { AUTOMATIC_ACTOR, createBackup, openOptionsOf, rotateBackups } from './create';
import { backupsFolderOf, listBackupsIn } from './files';
import { unchangedSince } from './verify';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export interface BackupTimers {
  setInterval(run: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface BackupServiceOptions {
  /** Injected so tests move time instead of waiting. */
  readonly now?: () => Date;
  readonly timers?: BackupTimers;
  /** How often the daily timer looks whether a day has passed since the newest backup (an hour). */
  readonly checkEveryMs?: number;
  readonly log?: Logger;
}

export interface BackupService {
  /** A backup unless one was made in the last hour (a restart should not pile them up) or nothing changed since the last. */
  atStart(): BackupEntry | null;
  /** Unless nothing changed since the last backup. Synchronous from start to end: Electron's will-quit cannot wait for a promise. */
  atQuit(): BackupEntry | null;
  /** Starts the daily timer: a backup once the newest is a day old and the registry has changed since. */
  start(): void;
  stop(): void;
}

const defaultTimers: BackupTimers = {
  setInterval: (run, ms) => {
    const handle = setInterval(run, ms);
    // The timer alone must not keep a CLI process or a test alive.
    handle.unref();
    return handle;
  },
  clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
};

export function createBackupService(host: RegistryHost, options: BackupServiceOptions = {}): BackupService {
  const now = options.now ?? (() => new Date());
  const timers = options.timers ?? defaultTimers;
  const log = options.log ?? createLogger('backups');
  let timer: unknown = null;

  /** The newest backup in the automatic folder; one dated in the future (a wrong clock) does not count. */
  const newest = (): BackupEntry | undefined =>
    listBackupsIn(backupsFolderOf(host.path), openOptionsOf(host.registry())).find((entry) => new Date(entry.createdAt).getTime() <= now().getTime());
  const ageOf = (entry: BackupEntry | undefined): number => (entry ? now().getTime() - new Date(entry.createdAt).getTime() : Infinity);
  /** A sound backup already holds everything: another copy would only cost time (at quit, minutes at a million people). */
  const holdsEverything = (entry: BackupEntry | undefined): boolean =>
    entry?.status === 'ok' && entry.manifest?.auditMark !== undefined && unchangedSince(host.registry().db, entry.manifest.auditMark);

  const backUp = (reason: BackupReason, due: () => boolean): BackupEntry | null => {
    // Locked (no passphrase yet) or being replaced: there is nothing to copy, or it is changing.
    if (host.state() !== 'open') return null;
    try {
      if (!due()) return null;
      const registry = host.registry();
      const at = now();
      const entry = createBackup(registry, { reason, actor: AUTOMATIC_ACTOR, now: at });
      const deleted = rotateBackups(registry, at);
      log.info(`backup ${entry.name} (${reason}) made; rotation removed ${deleted.length}`);
      return entry;
    } catch (error) {
      log.error(`automatic backup (${reason}) failed`, error);
      return null;
    }
  };

  return {
    atStart: () =>
      backUp('start', () => {
        const last = newest();
        return ageOf(last) >= HOUR_MS && !holdsEverything(last);
      }),
    atQuit: () => backUp('quit', () => !holdsEverything(newest())),
    start() {
      if (timer !== null) return;
      const due = () => {
        const last = newest();
        return ageOf(last) >= DAY_MS && !holdsEverything(last);
      };
      timer = timers.setInterval(() => void backUp('daily', due), options.checkEveryMs ?? HOUR_MS);
    },
    stop() {
      if (timer === null) return;
      timers.clearInterval(timer);
      timer = null;
    },
  };
}
