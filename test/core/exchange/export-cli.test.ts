// `sanxian export` as scripts run it: a real process over a real registry file. --json prints
// exactly {"batchId","kind","rows","file","sha256"}; nothing new means rows 0 and no file.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { testDir } from '../helpers/tmp';
import { exportSetup } from './exportSetup';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const home = join(testDir(), 'home');
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, XDG_CONFIG_HOME: home, APPDATA: home };
  delete env.SANXIAN_DB;
  return new Promise((done) => {
    execFile(process.execPath, [TSX, 'electron/cli/main.ts', ...args], { cwd: ROOT, env, encoding: 'utf8' }, (error, stdout, stderr) =>
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

describe('sanxian export', () => {
  it('writes a CMDP batch to --out once, then reports nothing new', async () => {
    const t = exportSetup();
    const v = await t.sampledVolunteer('陈志强');
    t.registry.close();
    const db = t.registry.path;
    const out = join(testDir(), '报送.xlsx');

    const first = await cli(['--db', db, '--json', 'export', 'cmdp', '--out', out]);
    expect(first.stderr).toBe('');
    expect(first.stdout.trim().split('\n')).toHaveLength(1);
    const result = JSON.parse(first.stdout) as Record<string, unknown>;
    expect(Object.keys(result)).toEqual(['batchId', 'kind', 'rows', 'file', 'sha256']);
    expect(result).toMatchObject({ batchId: 1, kind: 'cmdp', rows: 1, file: out });
    expect(result.sha256).toBe(createHash('sha256').update(readFileSync(out)).digest('hex'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets[0].getRow(2).getCell(6).value).toBe(v.docNumber);

    const out2 = join(testDir(), 'again.csv');
    const second = await cli(['--db', db, '--json', 'export', 'cmdp', '--out', out2, '--csv']);
    expect(JSON.parse(second.stdout)).toEqual({ batchId: null, kind: 'cmdp', rows: 0, file: null, sha256: null });
    expect(existsSync(out2)).toBe(false);

    const bad = await cli(['--db', db, '--json', 'export', 'drive-report', '--out', out2]);
    expect(bad.code).not.toBe(0);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/请选择一次献血活动，或填写开始和结束日期/);
  }, 60_000);
});
