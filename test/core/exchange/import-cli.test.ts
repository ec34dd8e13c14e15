// `sanxian import` as staff and scripts run it, and the commit's promise under the worst case:
// the process SIGKILLed at a random moment while it writes. The registry must then pass
// integrity_check and hold exactly what it held before or everything the import adds, never
// part of it.
import { spawn, execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { IMPORT_ISSUE_CODES } from '../../../electron/contract/imports';
import { openRegistry } from '../../../electron/registry/registry';
import { testDir } from '../helpers/tmp';
import { residentId, withWrongCheck } from './fixtures/ids';
import { writePeopleSheet } from './fixtures/people';
import { writeCsv } from './fixtures/sheets';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const MAIN = 'electron/cli/main.ts';

function childEnv(): NodeJS.ProcessEnv {
  const home = join(testDir(), 'home');
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, USERPROFILE: home, XDG_CONFIG_HOME: home, APPDATA: home };
  delete env.SANXIAN_DB;
  return env;
}

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [TSX, MAIN, ...args], { cwd: ROOT, env: childEnv(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

interface State {
  readonly people: number;
  readonly imports: number;
  readonly integrity: string;
}

function stateOf(db: string): State {
  const registry = openRegistry({ path: db });
  try {
    const count = (sql: string) => (registry.db.prepare(sql).get() as { n: number }).n;
    return {
      people: count('SELECT count(*) AS n FROM person'),
      imports: count('SELECT count(*) AS n FROM imports'),
      integrity: registry.db.pragma('integrity_check', { simple: true }) as string,
    };
  } finally {
    registry.close();
  }
}

describe('sanxian import', () => {
  it('prints exactly the promised JSON, with a dry run writing nothing', async () => {
    const db = join(testDir(), 'r.sqlite3');
    const csv = join(testDir(), 'people.csv');
    writeCsv(csv, { header: ['姓名', '身份证号码'], rows: [['陈明', residentId('1990-01-01', 'M', 1)], ['林芳', withWrongCheck(residentId('1991-01-01', 'F', 2))]] }, 'gb18030');
    const dry = await cli(['--db', db, 'import', csv, '--kind', 'people', '--dry-run', '--json']);
    expect(dry.code).toBe(0);
    const lines = dry.stdout.split('\n');
    expect(lines).toHaveLength(2);
    const report = JSON.parse(lines[0]) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['file', 'kind', 'rows', 'valid', 'invalid', 'committed', 'created', 'updated', 'skipped', 'issues']);
    expect(report).toMatchObject({ file: resolve(csv), kind: 'people', rows: 2, valid: 1, invalid: 1, committed: false, created: 0, updated: 0, skipped: 0 });
    expect(report.issues).toEqual([{ row: 3, field: 'docNumber', code: 'ID_CHECKSUM', severity: 'error', message: '身份证号码：身份证号码校验位错误' }]);
    expect(stateOf(db).people).toBe(0);

    const real = JSON.parse((await cli(['--db', db, 'import', csv, '--kind', 'people', '--json'])).stdout) as Record<string, unknown>;
    expect(real).toMatchObject({ committed: true, created: 1 });
    const again = JSON.parse((await cli(['--db', db, 'import', csv, '--kind', 'people', '--on-duplicate', 'overwrite', '--json'])).stdout) as { skipped: number; issues: { code: string }[] };
    expect(again).toMatchObject({ created: 0, skipped: 1 });
    expect(again.issues.map((i) => i.code).sort()).toEqual(['DUPLICATE_IN_REGISTRY', 'ID_CHECKSUM']);
    for (const issue of again.issues) expect(IMPORT_ISSUE_CODES).toContain(issue.code);

    const wrongKind = await cli(['--db', db, 'import', csv, '--kind', 'donors', '--json']);
    expect(wrongKind.code).not.toBe(0);
    expect(wrongKind.stderr).toContain('导入类型应为');
    const noDrive = await cli(['--db', db, 'import', csv, '--kind', 'blood-drive', '--json']);
    expect(noDrive.code).toBe(2);
    expect(noDrive.stderr).toContain('献血活动');
  }, 120_000);

  it('leaves the registry as before or as after, never between, when killed during the commit', async () => {
    const ROWS = 10_000;
    const KILLS = 5;
    const sheet = await writePeopleSheet(join(testDir(), 'people.xlsx'), ROWS);
    const db = join(testDir(), 'killed.sqlite3');
    openRegistry({ path: db }).close();
    const before = stateOf(db);
    expect(before).toEqual({ people: 0, imports: 0, integrity: 'ok' });
    const after: State = { people: ROWS, imports: 1, integrity: 'ok' };
    const outcomes: string[] = [];

    for (let i = 0; i < KILLS; i += 1) {
      // tsx's own command runs the script in a second process that a SIGKILL of the first would
      // leave running; with tsx as a loader the killed process is the one that writes.
      const child = spawn(process.execPath, ['--import', 'tsx', MAIN, '--db', db, 'import', sheet, '--kind', 'people', '--json'], { cwd: ROOT, env: childEnv() });
      const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
      // The CLI says on stderr when the preview is done and the transaction starts; the kill
      // lands a random moment after that — most often within the commit, sometimes after it.
      await new Promise<void>((writing) => child.stderr.on('data', (chunk: Buffer) => chunk.toString().includes('正在写入') && writing()));
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 4000));
      child.kill('SIGKILL');
      const code = await exited;
      const state = stateOf(db);
      expect([before, after]).toContainEqual(state);
      outcomes.push(code === 0 ? 'finished' : state.people === 0 ? 'rolled back' : 'committed');
      if (state.people === ROWS) break;
    }
    // Nothing half-written, whatever the moment; the next run completes the import.
    if (stateOf(db).people === 0) {
      const done = await cli(['--db', db, 'import', sheet, '--kind', 'people', '--json']);
      expect(JSON.parse(done.stdout)).toMatchObject({ rows: ROWS, valid: ROWS, invalid: 0, committed: true, created: ROWS });
    }
    expect(stateOf(db)).toEqual(after);
    expect(outcomes.length).toBeGreaterThan(0);
  }, 300_000);
});
