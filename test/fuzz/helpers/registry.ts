// What the fuzz tests share about the registry: a seeded demo registry copied fresh for each
// test (filling one takes longer than copying it), and a fingerprint of everything it holds, so
// a test can say "this refused call changed nothing" rather than "the row counts look the same".
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { fillDemoRegistry } from '../../../electron/registry/demo/generate';
import { openRegistry, type Registry } from '../../../electron/registry/registry';
import { afterEach } from 'vitest';
import { testDir } from '../../core/helpers/tmp';

/** The demo registry's "today": fixed, so every run seeds the same people. */
export const DEMO_TODAY = '2026-06-30';

export interface SeededTemplate {
  readonly path: string;
  remove(): void;
}

/** Fills a demo registry once and closes it, so tests can copy the file (a closed file has no -wal to miss). */
export function seededTemplate(people = 300): SeededTemplate {
  const dir = mkdtempSync(join(tmpdir(), 'sanxian-fuzz-template-'));
  const path = join(dir, 'template.sqlite3');
  const registry = openRegistry({ path });
  fillDemoRegistry(registry.db, { people, seed: 1, today: DEMO_TODAY });
  registry.close();
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const open: Registry[] = [];

// Registered after the temp folder's own hook (this module imports it first), so it runs before
// the folder is removed: after-hooks run in reverse.
afterEach(() => {
  for (const registry of open.splice(0)) if (registry.db.open) registry.close();
});

/** A copy of the template in the current test's folder, open; closed and removed after the test. */
export function seededRegistry(template: SeededTemplate, name = 'registry.sqlite3'): Registry {
  const path = join(testDir(), name);
  copyFileSync(template.path, path);
  const registry = openRegistry({ path });
  open.push(registry);
  return registry;
}

/** Every row of every table, hashed table by table (the names come from the schema, not from input). */
export function contentHashes(db: Database): Map<string, string> {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  const hashes = new Map<string, string>();
  for (const table of tables) {
    const hash = createHash('sha256');
    for (const row of db.prepare(`SELECT * FROM "${table}"`).raw().iterate()) hash.update(JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v)));
    hashes.set(table, hash.digest('hex'));
  }
  return hashes;
}

/**
 * Watches the registry for writes. SQLite's total_changes() counts every row a statement of one
 * connection wrote; while it has not moved on the same connection, the last hashes still hold
 * and need not be computed again (20 ms on the seeded registry). A transaction that wrote and
 * then rolled back moves it too, so when it has moved the hashes decide. `db` is read each time:
 * a host reopens the registry (encryption switched on, a restore) on a new connection.
 */
export function writeWatch(db: () => Database) {
  let connection = db();
  const changes = () => connection.prepare('SELECT total_changes()').pluck().get() as number;
  let hashes = contentHashes(connection);
  let hashedAt = changes();
  const moved = () => db() !== connection || changes() !== hashedAt;
  return {
    /** Before a call: remembers the registry as it is now. */
    before(): void {
      if (!moved()) return;
      connection = db();
      hashes = contentHashes(connection);
      hashedAt = changes();
    },
    /** After a call: the tables whose rows differ from what they held before it. */
    changedTables(): string[] {
      if (!moved()) return [];
      const now = contentHashes(db());
      return [...new Set([...hashes.keys(), ...now.keys()])].filter((table) => hashes.get(table) !== now.get(table));
    },
    /** After a call: true when the registry holds exactly what it held before it. */
    unchanged(): boolean {
      return this.changedTables().length === 0;
    },
  };
}

/** integrity_check and foreign_key_check, as the registry's own verify reports them. */
export function registrySound(registry: Registry): boolean {
  return registry.verify().ok;
}
