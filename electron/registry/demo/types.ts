// The agreement between the demo registry generator (electron/registry/demo/) and each
// program's seeder (electron/registry/<blood|stemcell|organ>/demo.ts). The generator writes
// the people first, then calls every program's seeder with the same seeded Rng, so one seed
// always yields the same registry.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Sex } from '../../contract/validation';
import type { Rng } from './random';

export type { Rng } from './random';

/** A person the generator has already written; `id` is person.id. */
export interface DemoPerson {
  readonly id: number;
  readonly sex: Sex;
  /** YYYY-MM-DD, 1960–2007, consistent with the ID number. */
  readonly birthDate: string;
}

export interface DemoContext {
  /**
   * The day the demo registry is "as of" (YYYY-MM-DD). Seeders date everything on or before
   * it instead of reading the clock, so the same seed and the same day give the same data.
   */
  readonly today: string;
}

/**
 * Fills one program's tables for `people`. It runs inside the generator's transaction (do not
 * open another; nested `db.transaction` calls are fine, they become savepoints) and must use
 * only `rng` for randomness. Prepare statements once per call, not per row: it is called once
 * per batch of people (a few thousand), and a 1M-person registry is built this way.
 */
export type Seeder = (db: Database, rng: Rng, people: readonly DemoPerson[], context: DemoContext) => void;
