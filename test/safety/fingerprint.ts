// What "the registry equals the state before or after" means here: the row count of every table
// plus a hash of the contents of the tables an operation changes. A registry is opened as the
// app opens it after a crash (openRegistry: SQLite rolls a hot journal back / replays the WAL).
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { openRegistry } from '../../electron/registry/registry';

export interface Fingerprint {
  /** Table → row count, every table. */
  readonly counts: Readonly<Record<string, number>>;
  /** Table → sha256 of its rows in key order, for the tables hashed. */
  readonly hashes: Readonly<Record<string, string>>;
}

export interface Health {
  readonly integrity: string;
  readonly foreignKeyViolations: number;
}

/** Real tables: a virtual table's rows live in its shadow tables, which are counted and hashed. */
function tables(db: Database): { name: string; withoutRowid: boolean }[] {
  return (db.prepare("SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string; wr: number }[]).map(
    ({ name, wr }) => ({ name, withoutRowid: wr === 1 }),
  );
}

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

function hashOf(db: Database, table: string, withoutRowid: boolean): string {
  // A WITHOUT ROWID table is scanned in primary-key order already. All rows at once and one
  // update: per-row hashing made the check slower than the kill it judges.
  const rows = db.prepare(`SELECT * FROM ${quote(table)}${withoutRowid ? '' : ' ORDER BY rowid'}`).raw().all();
  const text = JSON.stringify(rows, (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value));
  return createHash('sha256').update(text).digest('hex');
}

/** Counts of every table; hashes of `hashed` (every table when 'all'). */
export function fingerprintOf(db: Database, hashed: readonly string[] | 'all'): Fingerprint {
  const counts: Record<string, number> = {};
  const hashes: Record<string, string> = {};
  for (const { name, withoutRowid } of tables(db)) {
    counts[name] = (db.prepare(`SELECT count(*) AS n FROM ${quote(name)}`).get() as { n: number }).n;
    if (hashed === 'all' || hashed.includes(name)) hashes[name] = hashOf(db, name, withoutRowid);
  }
  return { counts, hashes };
}

export function healthOf(db: Database): Health {
  return {
    integrity: (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; '),
    foreignKeyViolations: (db.pragma('foreign_key_check') as unknown[]).length,
  };
}

/** Opens the registry at `path` the way the app does, and reads its health and fingerprint. */
export function inspect(path: string, hashed: readonly string[] | 'all'): { health: Health; fingerprint: Fingerprint } {
  const registry = openRegistry({ path });
  try {
    return { health: healthOf(registry.db), fingerprint: fingerprintOf(registry.db, hashed) };
  } finally {
    registry.close();
  }
}

/** The tables whose rows differ between two full fingerprints: what an operation changes. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  const names = new Set([...Object.keys(before.counts), ...Object.keys(after.counts)]);
  return [...names].filter((name) => before.counts[name] !== after.counts[name] || before.hashes[name] !== after.hashes[name]).sort();
}

/** The fingerprint restricted to some hashed tables (counts stay whole). */
export function restrict(print: Fingerprint, hashed: readonly string[]): Fingerprint {
  return { counts: print.counts, hashes: Object.fromEntries(hashed.map((name) => [name, print.hashes[name]])) };
}

const sameEntries = (a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>) =>
  Object.keys(a).length === Object.keys(b).length && Object.keys(a).every((key) => a[key] === b[key]);

export const sameFingerprint = (a: Fingerprint, b: Fingerprint) => sameEntries(a.counts, b.counts) && sameEntries(a.hashes, b.hashes);
