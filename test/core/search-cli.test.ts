// `sanxian demo` and `sanxian search` as scripts run them: a real process over a real registry
// file. With --json, stdout is exactly one JSON document; people come out masked.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PersonSummary } from '../../electron/contract/people';
import { namePinyin } from '../../electron/registry/search/keys';
import { openRegistry } from '../../electron/registry/registry';
import { testDir } from './helpers/tmp';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[]): Promise<Run> {
  const home = join(testDir(), 'home');
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, XDG_CONFIG_HOME: home, APPDATA: home, USERPROFILE: home };
  delete env.SANXIAN_DB;
  return new Promise((done) => {
    execFile(process.execPath, [TSX, 'electron/cli/main.ts', ...args], { cwd: ROOT, env, encoding: 'utf8' }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

function json<T>(run: Run): T {
  expect(run.code, run.stderr).toBe(0);
  const lines = run.stdout.split('\n');
  expect(lines, run.stdout).toHaveLength(2);
  return JSON.parse(lines[0]) as T;
}

/** One person of the registry, read directly, to search for. */
function someone(db: string) {
  const registry = openRegistry({ path: db });
  try {
    return registry.db.prepare('SELECT id, name, doc_number AS doc, mobile FROM person WHERE mobile IS NOT NULL ORDER BY id LIMIT 1').get() as {
      id: number; name: string; doc: string; mobile: string;
    };
  } finally {
    registry.close();
  }
}

// Each run starts a process that compiles the sources first: seconds apiece on a busy machine.
describe('demo and search on the command line', { timeout: 180_000 }, () => {
  it('fills an empty registry reproducibly, refuses a full one, and searches it masked', async () => {
    const db = join(testDir(), 'demo.sqlite3');
    const made = json<Record<string, unknown>>(await cli(['--db', db, 'demo', '--people', '300', '--seed', '5', '--today', '2026-06-30', '--json']));
    expect(made).toMatchObject({ db, people: 300, seed: 5, today: '2026-06-30' });
    expect(json<{ people: number }>(await cli(['--db', db, 'stats', '--json'])).people).toBe(300);

    const again = await cli(['--db', db, 'demo', '--people', '10', '--json']);
    expect(again.code).not.toBe(0);
    expect(again.stdout).toBe('');
    expect(again.stderr).toMatch(/已有 300 人.*--force/);

    const p = someone(db);
    for (const query of [namePinyin(p.name).initials, p.doc.slice(-6), p.mobile.slice(-6), p.name]) {
      const people = json<PersonSummary[]>(await cli(['--db', db, 'search', query, '--json', '--limit', '200']));
      expect(people.map((r) => r.id), query).toContain(p.id);
    }
    const byId = json<PersonSummary[]>(await cli(['--db', db, 'search', p.doc, '--json']));
    expect(byId).toEqual([expect.objectContaining({ id: p.id, name: p.name, docNumberMasked: `${p.doc.slice(0, 4)}**********${p.doc.slice(-4)}` })]);
    expect(JSON.stringify(byId)).not.toContain(p.doc);
    expect(JSON.stringify(byId)).not.toContain(p.mobile);

    const other = join(testDir(), 'other.sqlite3');
    await cli(['--db', other, 'demo', '--people', '300', '--seed', '5', '--today', '2026-06-30', '--json']);
    expect(someone(other)).toEqual(p);
  });

  it('prints an empty array when nobody matches, and refuses bad options in Chinese', async () => {
    const db = join(testDir(), 'empty.sqlite3');
    expect(json<unknown[]>(await cli(['--db', db, 'search', '燊', '--json']))).toEqual([]);
    const bad = await cli(['--db', db, 'demo', '--people', '0']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/人数应为/);
    const badLimit = await cli(['--db', db, 'search', '张', '--limit', '1000', '--json']);
    expect(badLimit.code).not.toBe(0);
    expect(badLimit.stdout).toBe('');
    expect(badLimit.stderr).toMatch(/错误/);
  });
});
