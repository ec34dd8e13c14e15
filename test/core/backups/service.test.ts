// The automatic backups as a host runs them: one at start (not again within the hour), one at
// quit, one a day while the app stays open, rotated by the office's keep counts; none while the
// registry is locked. The clock and the timer are injected: the test moves time, it never waits.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordAudit } from '../../../electron/registry/audit/log';
import { AUTOMATIC_ACTOR } from '../../../electron/registry/backups/create';
import { createBackupService, type BackupTimers } from '../../../electron/registry/backups/service';
import { openRegistryHost } from '../../../electron/registry/host';
import { testDir } from '../helpers/tmp';
import { CHEN_ID, WANG_FANG_ID } from '../peopleSetup';
import { startRegistry } from '../helpers/host';
import { PASSPHRASE } from './helpers';

const HOUR = 60 * 60 * 1000;
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

function manualClock(start: Date) {
  let now = start.getTime();
  let tick: (() => void) | null = null;
  const timers: BackupTimers = {
    setInterval: (run) => (tick = run),
    clearInterval: () => (tick = null),
  };
  return {
    now: () => new Date(now),
    timers,
    /** Moves the clock on and fires the timer once, as it would have fired meanwhile. */
    advance(ms: number) {
      now += ms;
      tick?.();
    },
    get running() {
      return tick !== null;
    },
  };
}

describe('automatic backups', () => {
  it('backs up at start unless the last backup is under an hour old, and always at quit', async () => {
    const { host, call } = startRegistry();
    const clock = manualClock(new Date(2026, 11, 7, 8, 30));
    const service = createBackupService(host, { now: clock.now, timers: clock.timers, log: silent });

    expect(service.atStart()?.name).toBe('registry-2026-12-07-0830.sqlite3');
    await call('people.create', { name: '王芳', docNumber: WANG_FANG_ID });
    clock.advance(30 * 60 * 1000);
    expect(service.atStart()).toBeNull();
    const quit = service.atQuit();
    expect(quit?.manifest?.reason).toBe('quit');
    clock.advance(2 * HOUR);
    await call('people.create', { name: '陈明', docNumber: CHEN_ID });
    expect(service.atStart()?.manifest?.reason).toBe('start');

    const { backups } = await call('backups.list', {});
    expect(backups.map((b) => [b.manifest?.reason, b.status])).toEqual([
      ['start', 'ok'],
      ['quit', 'ok'],
      ['start', 'ok'],
    ]);
    const audit = await call('audit.list', { action: 'backup.create' });
    expect(new Set(audit.rows.map((r) => r.actor))).toEqual(new Set([AUTOMATIC_ACTOR]));
  });

  it('backs up once a day while running and keeps only what the settings say', async () => {
    const { host, call } = startRegistry();
    await call('settings.update', { 'backups.keepDaily': 3, 'backups.keepWeekly': 0, 'backups.keepMonthly': 0 });
    const clock = manualClock(new Date(2026, 11, 1, 9, 0));
    const service = createBackupService(host, { now: clock.now, timers: clock.timers, log: silent });
    service.atStart();
    service.start();
    // Hourly checks for ten days of work: one backup a day, never more.
    for (let h = 0; h < 24 * 10; h++) {
      if (h % 24 === 12) await call('people.create', { name: `王芳${h}` });
      clock.advance(HOUR);
    }
    service.stop();
    expect(clock.running).toBe(false);

    const { backups } = await call('backups.list', {});
    expect(backups.map((b) => b.name)).toEqual([
      'registry-2026-12-11-0900.sqlite3',
      'registry-2026-12-10-0900.sqlite3',
      'registry-2026-12-09-0900.sqlite3',
    ]);
    expect(backups.every((b) => b.manifest?.reason === 'daily')).toBe(true);
  });

  it('makes no new backup when nothing changed since the last one but sign-ins', async () => {
    const { host, call } = startRegistry();
    const clock = manualClock(new Date(2026, 11, 7, 8, 30));
    const service = createBackupService(host, { now: clock.now, timers: clock.timers, log: silent });
    await call('people.create', { name: '王芳', docNumber: WANG_FANG_ID });
    expect(service.atStart()).not.toBeNull();
    recordAudit(host.registry().db, { actor: '陈红', action: 'session.sign-in', entity: 'staff', entityId: 1 });
    expect(service.atQuit()).toBeNull();
    clock.advance(25 * HOUR);
    expect(service.atStart()).toBeNull();
    service.start();
    clock.advance(HOUR);
    expect((await call('backups.list', {})).backups).toHaveLength(1);

    await call('people.create', { name: '陈明', docNumber: CHEN_ID });
    expect(service.atQuit()?.manifest?.reason).toBe('quit');
    service.stop();
  });

  it('backs up a restored registry at quit, though its log is older than the newest backup', async () => {
    const { host, call } = startRegistry();
    const clock = manualClock(new Date(2026, 11, 7, 8, 30));
    const service = createBackupService(host, { now: clock.now, timers: clock.timers, log: silent });
    const early = await call('backups.create', {});
    await call('people.create', { name: '王芳', docNumber: WANG_FANG_ID });
    await call('people.create', { name: '陈明', docNumber: CHEN_ID });
    await call('backups.restore', { file: early.path });
    // The newest backup (before-restore) has a later audit id than anything in the restored log.
    expect(service.atQuit()?.manifest?.counts.people).toBe(0);
  });

  it('does nothing while the registry is locked, and never throws', async () => {
    const first = startRegistry();
    await first.call('vault.encrypt', { newPassphrase: PASSPHRASE });
    first.host.close();
    const host = openRegistryHost({ path: join(testDir(), 'registry.sqlite3') });
    try {
      const clock = manualClock(new Date(2026, 11, 7, 9, 0));
      const service = createBackupService(host, { now: clock.now, timers: clock.timers, log: silent });
      expect(host.state()).toBe('locked');
      expect(service.atStart()).toBeNull();
      expect(service.atQuit()).toBeNull();
      await host.unlock(PASSPHRASE);
      expect(service.atStart()?.manifest?.encrypted).toBe(true);
    } finally {
      host.close();
    }
  });
});
