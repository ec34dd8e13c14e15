import type { Database } from 'better-sqlite3-multiple-ciphers';

/** One numbered step of the schema. `up` runs inside the runner's transaction. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database): void;
}
