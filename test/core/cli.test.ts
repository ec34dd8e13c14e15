// The `sanxian` command as staff and scripts run it: a real process over a real registry file
// in a temp folder. With --json, stdout must be exactly one JSON document (scripts parse it);
// failures must exit non-zero with a Chinese message on stderr and leave the registry as it was.
import Database from 'better-sqlite3-multiple-ciphers';
import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PersonInput } from '../../electron/contract/people';
import { APPLICATION_ID } from '../../electron/registry/db/open';
import { SCHEMA_VERSION } from '../../electron/registry/db/migrations';
import { createPerson } from '../../electron/registry/people/repository';
import { openRegistry } from '../../electron/registry/registry';
import { testDir } from './helpers/tmp';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// node + tsx's own entry is what node_modules/.bin/tsx runs, without the .cmd shim on Windows.
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const MAIN = 'electron/cli/main.ts';
const HAS_RENDERER = existsSync(join(ROOT, 'dist/renderer/index.html'));


interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The child's environment: no SANXIAN_DB, and a home folder of its own, so a test that
 * forgets --db can never touch the real registry of whoever runs the tests. */
function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const home = join(testDir(), 'home');
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, USERPROFILE: home, XDG_CONFIG_HOME: home, APPDATA: home, ...extra };
  if (!('SANXIAN_DB' in extra)) delete env.SANXIAN_DB;
  return env;
}

function cli(args: string[], extraEnv: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [TSX, MAIN, ...args], { cwd: ROOT, env: childEnv(extraEnv), encoding: 'utf8' }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

/** stdout of a --json command: exactly one line, and that line is JSON. */
function json(run: Run): Record<string, unknown> {
  expect(run.stderr).not.toMatch(/错误/);
  expect(run.code).toBe(0);
  const lines = run.stdout.split('\n');
  expect(lines.length, run.stdout).toBe(2);
  expect(lines[1]).toBe('');
  return JSON.parse(lines[0]) as Record<string, unknown>;
}

function addPerson(db: string, name: string): void {
  const registry = openRegistry({ path: db });
  try {
    createPerson(registry.db, PersonInput.parse({ name }), 'test');
  } finally {
    registry.close();
  }
}

/** Names in a registry file, read without migrating or changing it. */
/** `stats` of an empty registry: every program's count, all zero. */
const EMPTY_STATS = { people: 0, bloodDonors: 0, stemcellVolunteers: 0, activePledges: 0 };

function peopleIn(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT name FROM person ORDER BY id').all() as { name: string }[]).map((r) => r.name);
  } finally {
    db.close();
  }
}

/** A failure as a person sees it: non-zero exit, a Chinese message, nothing on stdout. */
function expectFailure(run: Run): void {
  expect(run.code, run.stderr).not.toBe(0);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^错误/);
  expect(run.stderr).toMatch(/[\u4e00-\u9fff]/);
}

describe('sanxian CLI', { timeout: 60_000 }, () => {
  it('init --json prints one JSON line and creates the file', async () => {
    const db = join(testDir(), 'registry.sqlite3');
    expect(json(await cli(['--db', db, 'init', '--json']))).toEqual({ db: resolve(db), created: true, schemaVersion: SCHEMA_VERSION });
    expect(existsSync(db)).toBe(true);
    // Running it again opens the same registry rather than claiming to create one.
    expect(json(await cli(['--db', db, 'init', '--json']))).toMatchObject({ created: false });
  });

  it('stats --json reads SANXIAN_DB and prints only one JSON line of counts per program', async () => {
    const db = join(testDir(), 'env.sqlite3');
    const run = await cli(['stats', '--json'], { SANXIAN_DB: db });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')).toEqual([expect.any(String), '']);
    expect(JSON.parse(run.stdout)).toEqual(EMPTY_STATS);
    expect(existsSync(db)).toBe(true);
  });

  it('stats counts a person added through the core', async () => {
    const db = join(testDir(), 'registry.sqlite3');
    addPerson(db, '张三');
    expect(json(await cli(['--db', db, 'stats', '--json']))).toEqual({ ...EMPTY_STATS, people: 1 });
  });

  it('verify --json passes on a healthy registry', async () => {
    const db = join(testDir(), 'registry.sqlite3');
    addPerson(db, '张三');
    expect(json(await cli(['--db', db, 'verify', '--json']))).toEqual({ ok: true, integrity: ['ok'], foreignKeyViolations: [] });
  });

  it('backup writes a file that holds the person and passes verify', async () => {
    const db = join(testDir(), 'registry.sqlite3');
    const file = join(testDir(), 'backup.sqlite3');
    addPerson(db, '张三');
    const out = json(await cli(['--db', db, 'backup', file, '--json']));
    expect(out.backup).toBe(resolve(file));
    expect(out.bytes).toBeGreaterThan(0);
    expect(peopleIn(file)).toEqual(['张三']);
    expect(json(await cli(['--db', file, 'verify', '--json']))).toMatchObject({ ok: true });
  });

  it('restore brings back the backup, keeps the replaced data as a before-restore backup in the list, and audits it', async () => {
    const db = join(testDir(), 'registry.sqlite3');
    const file = join(testDir(), 'backup.sqlite3');
    addPerson(db, '张三');
    json(await cli(['--db', db, 'backup', file, '--json']));
    addPerson(db, '李四');
    expect(json(await cli(['--db', db, 'stats', '--json']))).toEqual({ ...EMPTY_STATS, people: 2 });

    const out = json(await cli(['--db', db, 'restore', file, '--json']));
    expect(out).toMatchObject({ restored: resolve(file), db: resolve(db) });
    expect(json(await cli(['--db', db, 'stats', '--json']))).toEqual({ ...EMPTY_STATS, people: 1 });
    expect(peopleIn(db)).toEqual(['张三']);
    // Nothing is lost by a mistaken restore: the data it replaced is a backup the app lists.
    const before = out.beforeRestore as string;
    expect(dirname(before)).toBe(join(testDir(), 'backups'));
    expect(peopleIn(before)).toEqual(['张三', '李四']);
    expect(readFileSync(`${before}.json`, 'utf8')).toContain('"reason": "before-restore"');
    const audit = openRegistry({ path: db });
    try {
      expect(audit.db.prepare("SELECT actor FROM audit_log WHERE action = 'backup.restore'").all()).toEqual([{ actor: '命令行' }]);
    } finally {
      audit.close();
    }
  });

  describe('restore refuses a bad source and leaves the registry as it was', () => {
    const sources: [string, (path: string) => void][] = [
      ['a file that is not SQLite', (p) => writeFileSync(p, 'this is not a database, just some bytes\n'.repeat(200))],
      ['a missing file', () => undefined],
      // An empty file is what an interrupted copy leaves behind; SQLite would open it as an
      // empty database, which must not replace the registry.
      ['an empty file', (p) => writeFileSync(p, '')],
    ];
    it.each(sources)('%s', async (_label, make) => {
      const db = join(testDir(), 'registry.sqlite3');
      const source = join(testDir(), 'source.sqlite3');
      addPerson(db, '张三');
      make(source);
      const before = readFileSync(db);
      expectFailure(await cli(['--db', db, 'restore', source, '--json']));
      expect(readFileSync(db).equals(before)).toBe(true);
      expect(peopleIn(db)).toEqual(['张三']);
      expect(existsSync(join(testDir(), 'backups'))).toBe(false);
    });
  });

  it('refuses a registry from a newer version without changing the file', async () => {
    const db = join(testDir(), 'newer.sqlite3');
    // As a newer version's backup would be: ours, a higher user_version, one file (no WAL).
    const newer = new Database(db);
    newer.pragma(`application_id = ${APPLICATION_ID}`);
    newer.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    newer.exec('CREATE TABLE future_table (x)');
    newer.close();
    const before = readFileSync(db);

    const run = await cli(['--db', db, 'stats', '--json']);
    expectFailure(run);
    expect(run.stderr).toContain('DB_TOO_NEW');
    expect(run.stderr).toContain('更新版本');
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it('rejects an unknown command with a non-zero exit', async () => {
    const run = await cli(['frobnicate', '--json']);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('frobnicate');
  });

  // The CLI always serves dist/renderer (it has no option for another folder), so which
  // branch runs depends on whether the renderer has been built before the unit tests.
  it.runIf(!HAS_RENDERER)('serve without a built renderer (dist/renderer missing) explains how to build it', async () => {
    const run = await cli(['--db', join(testDir(), 'registry.sqlite3'), 'serve', '--port', '0', '--json']);
    expectFailure(run);
    expect(run.stderr).toContain('npm run build:renderer');
  });

  it.runIf(HAS_RENDERER)('serve --port 0 --json prints {url, port} on 127.0.0.1, serves the page and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [TSX, MAIN, '--db', join(testDir(), 'registry.sqlite3'), 'serve', '--port', '0', '--json'], {
      cwd: ROOT,
      env: childEnv(),
    });
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    try {
      const line = await new Promise<string>((done, fail) => {
        let out = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
          out += chunk;
          if (out.includes('\n')) done(out);
        });
        child.once('exit', () => fail(new Error(`serve exited before printing its address: ${out}`)));
      });
      expect(line.endsWith('\n') && line.indexOf('\n') === line.length - 1).toBe(true);
      const { url, port } = JSON.parse(line) as { url: string; port: number };
      expect(url).toBe(`http://127.0.0.1:${port}/`);
      expect(port).toBeGreaterThan(0);
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<meta name="sanxian-rpc-token"');
    } finally {
      child.kill('SIGTERM');
    }
    // Windows has no SIGTERM handler to run: kill() there ends the process outright.
    if (process.platform !== 'win32') expect(await exited).toBe(0);
    else await exited;
  });
});
