// The judges of the kill tests: what the files left by a killed child must hold. A registry file
// is judged by its health and its fingerprint; a missing registry file is never acceptable.
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { changedTables, inspect, restrict, sameFingerprint, type Fingerprint } from './fingerprint';
import type { State, Verdict } from './harness';

export const REGISTRY = 'registry.sqlite3';

/** Copies the closed template file — the main file alone, as a closed registry is — into `dir`. */
export function copyTemplate(template: string, dir: string): string {
  const path = join(dir, REGISTRY);
  copyFileSync(template, path);
  return path;
}

export interface Ends {
  readonly before: Fingerprint;
  readonly after: Fingerprint;
  /** The tables hashed: those the operation changes, or every table. */
  readonly hashed: readonly string[];
}

/** The two ends of an operation, from full fingerprints of a registry before and after it. */
export function endsOf(before: Fingerprint, after: Fingerprint, hashEverything = false): Ends {
  const hashed = hashEverything ? Object.keys(before.counts) : changedTables(before, after);
  return { before: restrict(before, hashed), after: restrict(after, hashed), hashed };
}

/** Which end the registry at `path` is at, and whether SQLite finds it sound. */
export function judgeRegistry(path: string, ends: Ends): Verdict {
  if (!existsSync(path)) return { state: 'between', healthy: false, detail: `${path} is gone` };
  const { health, fingerprint } = inspect(path, ends.hashed);
  const state: State = sameFingerprint(fingerprint, ends.before) ? 'before' : sameFingerprint(fingerprint, ends.after) ? 'after' : 'between';
  const healthy = health.integrity === 'ok' && health.foreignKeyViolations === 0;
  const differs = (end: Fingerprint) => Object.keys(end.counts).filter((t) => end.counts[t] !== fingerprint.counts[t] || end.hashes[t] !== fingerprint.hashes[t]);
  return {
    state,
    healthy,
    detail: `integrity ${health.integrity}, ${health.foreignKeyViolations} foreign key violations; differs from before in [${differs(ends.before)}], from after in [${differs(ends.after)}]`,
  };
}
