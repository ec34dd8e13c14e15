// The benchmark's registry: built once with the demo generator (the same code as `sanxian demo`)
// and kept in .bench/, keyed by size and seed. A registry built by other code (another schema,
// other program seeders) or by a failed run is rebuilt.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fillDemoRegistry } from '../../electron/registry/demo/generate';
import { PROGRAM_SEEDERS } from '../../electron/registry/demo/programs';
import { openRegistry, type Registry } from '../../electron/registry/registry';

export interface BuildRecord {
  /** The schema the registry was built with: migrations change during development. */
  readonly schema: string;
  readonly people: number;
  readonly seed: number;
  readonly today: string;
  readonly programs: readonly string[];
  readonly buildSeconds: number;
}

export interface BenchRegistry {
  readonly registry: Registry;
  readonly build: BuildRecord;
  /** False when the registry was reused from an earlier run (its build time is that run's). */
  readonly builtNow: boolean;
}

const DIR = '.bench';

/** A fingerprint of the schema the current code creates, from a scratch registry. */
function currentSchema(): string {
  const path = join(DIR, 'schema-probe.sqlite3');
  for (const file of [path, `${path}-wal`, `${path}-shm`]) rmSync(file, { force: true });
  const probe = openRegistry({ path });
  try {
    const sql = probe.db.prepare("SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name").pluck().all().join('\n');
    return createHash('sha256').update(sql).digest('hex');
  } finally {
    probe.close();
    for (const file of [path, `${path}-wal`, `${path}-shm`]) rmSync(file, { force: true });
  }
}

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function readRecord(file: string): BuildRecord | null {
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')) as BuildRecord;
}

export function benchRegistry(people: number, seed: number, rebuild: boolean): BenchRegistry {
  mkdirSync(DIR, { recursive: true });
  const path = join(DIR, `registry-${people}-${seed}.sqlite3`);
  const recordFile = `${path}.json`;
  const programs = PROGRAM_SEEDERS.map(([name]) => name);
  const record = readRecord(recordFile);
  const schema = currentSchema();
  if (!rebuild && record && existsSync(path) && record.programs.join() === programs.join() && record.schema === schema) {
    return { registry: openRegistry({ path }), build: record, builtNow: false };
  }
  for (const file of [path, `${path}-wal`, `${path}-shm`, recordFile]) rmSync(file, { force: true });
  const registry = openRegistry({ path });
  const started = performance.now();
  let shown = 0;
  const result = fillDemoRegistry(registry.db, {
    people,
    seed,
    today: today(),
    onProgress: (written) => {
      if (written - shown >= people / 20 || written === people) {
        shown = written;
        process.stderr.write(`  demo: ${written} / ${people} people, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
      }
    },
  });
  const build: BuildRecord = { schema, ...result, buildSeconds: Math.round((performance.now() - started) / 100) / 10 };
  registry.db.pragma('wal_checkpoint(TRUNCATE)');
  writeFileSync(recordFile, `${JSON.stringify(build, null, 2)}\n`);
  return { registry, build, builtNow: true };
}
