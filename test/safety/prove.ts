// The kill test of one operation on the registry, as the import, export and merge files run it:
// the two ends measured (the template, and a copy the child took to completion; a second uncut
// run for the timing), then a hundred kills, each judged against those ends. Returns the
// report; the figures are printed here.
import { join } from 'node:path';
import { expect, inject } from 'vitest';
import { subDir, testDir } from '../core/helpers/tmp';
import { inspect, type Fingerprint } from './fingerprint';
import { killRepeatedly, quicker, uncutRun, type KillReport } from './harness';
import { REGISTRY, copyTemplate, endsOf, judgeRegistry } from './judges';

/** Kills per operation; SAFETY_KILLS lowers it while working on the suite. */
export const KILLS = Number(process.env.SAFETY_KILLS ?? 100);

export interface Operation {
  readonly label: string;
  /** Lays out the registry (and anything else the child needs) in `dir`; the child's arguments. */
  prepare(dir: string): readonly string[];
  /** Asserts that the completed run did what the operation is for. */
  checkAfter(before: Fingerprint, after: Fingerprint): void;
}

export async function killOperation(op: Operation): Promise<KillReport> {
  const { child, registry } = inject('safety');
  const before = inspect(copyTemplate(registry, subDir('before')), 'all');
  expect(before.health).toEqual({ integrity: 'ok', foreignKeyViolations: 0 });
  const uncut = subDir('uncut');
  const first = await uncutRun(child, op.prepare(uncut));
  const timing = quicker(first, await uncutRun(child, op.prepare(subDir('uncut-again'))));
  const after = inspect(join(uncut, REGISTRY), 'all');
  expect(after.health).toEqual({ integrity: 'ok', foreignKeyViolations: 0 });
  op.checkAfter(before.fingerprint, after.fingerprint);
  const ends = endsOf(before.fingerprint, after.fingerprint);
  const report = await killRepeatedly(
    { label: op.label, kills: KILLS, child, timing, prepare: op.prepare, judge: (dir) => judgeRegistry(join(dir, REGISTRY), ends) },
    join(testDir(), 'kills'),
  );
  console.log(`${report.summary}; tables compared by content: ${ends.hashed.join(', ')}`);
  return report;
}
