// The backup benchmark: a verified backup of the demo registry as the app makes one at start,
// daily and at quit (VACUUM INTO a temp file, fsync, reopen, integrity_check, foreign_key_check,
// row counts, manifest) beside a plain copy of the same file with an fsync, the least any backup
// can cost. Both run on the main process, so the backup's time is how long the window waits.
import { copyFileSync, rmSync, statSync } from 'node:fs';
import { createBackup } from '../../electron/registry/backups/create';
import { removeBackupFiles } from '../../electron/registry/backups/files';
import { syncFile } from '../../electron/registry/db/maintenance';
import type { Registry } from '../../electron/registry/registry';

export interface BackupBench {
  readonly fileMb: number;
  readonly runs: number;
  readonly backupMs: number;
  readonly copyMs: number;
  /** backupMs / copyMs, medians of the runs. */
  readonly ratio: number;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (n: number, digits = 0): number => Number(n.toFixed(digits));

function elapsed(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

export function backupBench(registry: Registry, runs = 3): BackupBench {
  // The copy sees only the main file: what the write-ahead log holds goes into it first.
  registry.db.pragma('wal_checkpoint(TRUNCATE)');
  const copy = `${registry.path}.bench-copy`;
  const backups: number[] = [];
  const copies: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    let made = '';
    backups.push(elapsed(() => (made = createBackup(registry, { reason: 'manual', actor: 'bench' }).path)));
    removeBackupFiles(made);
    copies.push(
      elapsed(() => {
        copyFileSync(registry.path, copy);
        syncFile(copy);
      }),
    );
    rmSync(copy, { force: true });
  }
  const backupMs = median(backups);
  const copyMs = median(copies);
  return { fileMb: round(statSync(registry.path).size / 2 ** 20, 1), runs, backupMs: round(backupMs), copyMs: round(copyMs), ratio: round(backupMs / copyMs, 1) };
}

export const backupTable = (b: BackupBench): string =>
  [
    `backup: the demo registry (${b.fileMb} MB), median of ${b.runs} run(s)`,
    `  file copy + fsync      ${b.copyMs} ms`,
    `  verified backup        ${b.backupMs} ms, ratio ${b.ratio}×`,
  ].join('\n');
