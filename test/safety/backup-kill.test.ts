// An online backup (registry.backup) SIGKILLed at random moments. The live registry must be
// unharmed, and where the backup is expected there is either nothing or a complete backup that
// verifies and holds exactly the registry; a hidden .partial temp file may remain beside it.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkRegistryFile } from '../../electron/registry/db/maintenance';
import { subDir, testDir } from '../core/helpers/tmp';
import { fingerprintOf, inspect, sameFingerprint, type Fingerprint } from './fingerprint';
import { killRepeatedly, quicker, uncutRun, type Verdict } from './harness';
import { REGISTRY, copyTemplate, endsOf, judgeRegistry, type Ends } from './judges';
import { KILLS } from './prove';

const BACKUP = join('backups', 'backup.sqlite3');
// Backups are written to a temp name beside the destination and renamed once checked.
const PARTIAL = /\.partial\.sqlite3(-journal)?$/;

function prepare(dir: string): string[] {
  const registry = copyTemplate(inject('safety').registry, dir);
  mkdirSync(join(dir, 'backups'));
  return ['backup', registry, join(dir, BACKUP)];
}

interface Tally {
  liveUnchanged: number;
  /** Runs after which a temp file stayed beside the backup. */
  partialLeft: number;
}

/** The live registry as before; the backup absent ("before") or whole ("after"). */
function judge(dir: string, ends: Ends, tally: Tally): Verdict {
  const live = judgeRegistry(join(dir, REGISTRY), ends);
  if (live.state !== 'before' || !live.healthy) return { ...live, state: 'between', detail: `live registry harmed: ${live.detail}` };
  tally.liveUnchanged += 1;
  const others = readdirSync(join(dir, 'backups')).filter((name) => name !== basename(BACKUP));
  if (others.some((name) => PARTIAL.test(name))) tally.partialLeft += 1;
  const strays = others.filter((name) => !PARTIAL.test(name));
  if (strays.length > 0) return { state: 'between', healthy: true, detail: `unexpected files beside the backup: ${strays.join(', ')}` };
  const dest = join(dir, BACKUP);
  if (!existsSync(dest)) return { state: 'before', healthy: true, detail: 'no backup' };
  let copy: Fingerprint | null = null;
  try {
    // The check a restore makes; the backup's rows are read while it is open.
    checkRegistryFile(dest, {}, (db) => (copy = fingerprintOf(db, 'all')));
  } catch (error) {
    return { state: 'between', healthy: false, detail: `a broken backup was left in place: ${(error as Error).message}` };
  }
  const whole = copy !== null && sameFingerprint(copy, ends.before);
  return { state: whole ? 'after' : 'between', healthy: true, detail: whole ? 'complete backup' : 'the backup differs from the registry' };
}

describe('a backup killed while it is written', () => {
  it('never harms the live registry and never leaves a broken backup in place', async () => {
    const { child, registry } = inject('safety');
    const before = inspect(copyTemplate(registry, subDir('before')), 'all');
    const timing = quicker(await uncutRun(child, prepare(subDir('uncut'))), await uncutRun(child, prepare(subDir('uncut-again'))));
    const ends = endsOf(before.fingerprint, before.fingerprint, true);
    expect(judge(join(testDir(), 'uncut'), ends, { liveUnchanged: 0, partialLeft: 0 })).toMatchObject({ state: 'after', healthy: true });

    const tally: Tally = { liveUnchanged: 0, partialLeft: 0 };
    const report = await killRepeatedly(
      { label: 'backup', kills: KILLS, child, timing, prepare, judge: (dir) => judge(dir, ends, tally), stateNames: { before: 'no backup', after: 'complete backup' } },
      join(testDir(), 'kills'),
    );
    console.log(`${report.summary}; live registry unchanged ${tally.liveUnchanged}/${KILLS}; a .partial temp file left behind by ${tally.partialLeft}/${KILLS} runs`);
    expect(report.failures).toEqual([]);
    expect(report.midOperation).toBeGreaterThanOrEqual(KILLS / 4);
  });
});
