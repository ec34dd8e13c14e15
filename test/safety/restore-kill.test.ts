// A restore (restoreDatabase) SIGKILLed at random moments: it checks the backup, copies it
// beside the registry and renames it over it.
// The file at the registry's path must then be exactly the old registry or exactly the backup.
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { PersonInput } from '../../electron/contract/personInput';
import { createPerson } from '../../electron/registry/people/repository';
import { openRegistry } from '../../electron/registry/registry';
import { subDir, testDir } from '../core/helpers/tmp';
import { inspect } from './fingerprint';
import { killRepeatedly, quicker, uncutRun } from './harness';
import { REGISTRY, copyTemplate, endsOf, judgeRegistry } from './judges';
import { KILLS } from './prove';

/** A backup of the template with one more person: a registry that differs from the live one. */
function backupToRestore(): string {
  const registry = openRegistry({ path: copyTemplate(inject('safety').registry, subDir('source')) });
  const backup = join(testDir(), 'backup.sqlite3');
  try {
    createPerson(registry.db, PersonInput.parse({ name: '方志强', birthDate: '1985-09-09', sex: 'M' }), '安全测试');
    registry.backup(backup);
  } finally {
    registry.close();
  }
  return backup;
}

describe('a restore killed while it runs', () => {
  it('leaves at the registry path exactly the old registry or exactly the backup', async () => {
    const { child, registry } = inject('safety');
    const backup = backupToRestore();
    const prepare = (dir: string) => ['restore', copyTemplate(registry, dir), backup];
    const before = inspect(copyTemplate(registry, subDir('before')), 'all');
    const uncut = subDir('uncut');
    const timing = quicker(await uncutRun(child, prepare(uncut)), await uncutRun(child, prepare(subDir('uncut-again'))));
    const after = inspect(join(uncut, REGISTRY), 'all');
    expect(after.health).toEqual({ integrity: 'ok', foreignKeyViolations: 0 });
    expect(after.fingerprint.counts.person - before.fingerprint.counts.person).toBe(1);
    const ends = endsOf(before.fingerprint, after.fingerprint, true);

    const report = await killRepeatedly(
      { label: 'restore', kills: KILLS, child, timing, prepare, judge: (dir) => judgeRegistry(join(dir, REGISTRY), ends), stateNames: { before: 'old registry', after: 'backup restored' } },
      join(testDir(), 'kills'),
    );
    console.log(`${report.summary}; every table compared by content`);
    expect(report.failures).toEqual([]);
    expect(report.midOperation).toBeGreaterThanOrEqual(KILLS / 4);
  });
});
