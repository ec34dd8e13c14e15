// `report --from --to --json` as scripts run it: a real process over a real registry file prints
// exactly one JSON document in the shape the issue fixes, with the registry's figures; a bad
// period exits non-zero with a Chinese message and nothing on stdout.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PIPELINE } from '../../../electron/contract/stemcell';
import { fillDemoRegistry } from '../../../electron/registry/demo/generate';
import { openRegistry } from '../../../electron/registry/registry';
import { testDir } from '../helpers/tmp';
import { expectedFigures, monthList, readRows } from './expected';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const home = join(testDir(), 'home');
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, XDG_CONFIG_HOME: home, APPDATA: home, SANXIAN_LOG: 'warn' };
  delete env.SANXIAN_DB;
  return new Promise((done) => {
    execFile(process.execPath, [TSX, 'electron/cli/main.ts', ...args], { cwd: ROOT, env, encoding: 'utf8' }, (error, stdout, stderr) =>
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

describe('report --json', () => {
  it('prints the period’s figures in the agreed shape', async () => {
    const db = join(testDir(), 'registry.sqlite3');
    const registry = openRegistry({ path: db });
    fillDemoRegistry(registry.db, { people: 800, seed: 2, today: '2026-06-15' });
    const rows = readRows(registry.db);
    registry.close();

    const run = await cli('--db', db, 'report', '--from', '2025-01-01', '--to', '2025-12-31', '--json');
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines).toHaveLength(2);
    const report = JSON.parse(lines[0]) as Record<string, Record<string, unknown>>;
    expect(Object.keys(report)).toEqual(['from', 'to', 'blood', 'stemcell', 'organ', 'wristband']);
    expect(Object.keys(report.blood)).toEqual(['donations', 'donors', 'wholeBloodMl', 'plateletUnits', 'deferrals', 'drives', 'byMonth']);
    const byMonth = report.blood.byMonth as Record<string, unknown>[];
    expect(byMonth).toHaveLength(12);
    for (const month of byMonth) expect(Object.keys(month)).toEqual(['month', 'donations', 'wholeBloodMl', 'plateletUnits']);
    expect(Object.keys(report.stemcell)).toEqual(['new', 'byStage', 'withdrawn']);
    expect(Object.keys(report.stemcell.byStage as object)).toEqual([...PIPELINE]);
    expect(Object.keys(report.organ)).toEqual(['new', 'revoked', 'active']);
    expect(Object.keys(report.wristband)).toEqual(['new', 'incidents', 'medianHoursToReunite']);
    expect(report).toEqual(expectedFigures(rows, '2025-01-01', '2025-12-31', monthList('2025-01', 12)));
  });

  it('refuses a date that does not exist, in Chinese, with nothing on stdout', async () => {
    const run = await cli('--db', join(testDir(), 'registry.sqlite3'), 'report', '--from', '2025-02-30', '--to', '2025-03-31', '--json');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/开始日期应为有效日期/);
  });
});
