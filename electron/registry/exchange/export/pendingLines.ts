// The lines of a batch being written, parked in a temporary table of this connection until the
// file is done and the batch is recorded. Keeping 100,000 lines as JavaScript strings until
// then would hold a large batch in memory twice; a temporary table costs the main database
// no lock (it lives in the connection's own temp schema) and vanishes with the connection.
import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ExportKind } from '../../../contract/exports';

const FLUSH_EVERY = 1000;

export class PendingLines {
  // Our own random name: two batches made at once on one connection each get their own table.
  private readonly table = `temp.export_lines_${randomBytes(8).toString('hex')}`;
  private buffer: [number, string, string][] = [];
  private written = 0;

  constructor(private readonly db: Database) {
    db.exec(`CREATE TABLE ${this.table} (position INTEGER PRIMARY KEY, person_id INTEGER NOT NULL, source_key TEXT NOT NULL, row TEXT NOT NULL)`);
  }

  get count(): number {
    return this.written + this.buffer.length;
  }

  add(personId: number, sourceKey: string, line: string): void {
    this.buffer.push([personId, sourceKey, line]);
    if (this.buffer.length >= FLUSH_EVERY) this.flush();
  }

  flush(): void {
    const insert = this.db.prepare(`INSERT INTO ${this.table} (position, person_id, source_key, row) VALUES (?, ?, ?, ?)`);
    this.db.transaction((rows: [number, string, string][]) => {
      for (const [personId, sourceKey, line] of rows) insert.run(++this.written, personId, sourceKey, line);
    })(this.buffer);
    this.buffer = [];
  }

  /** Whether a live batch of `kind` took any of these lines since they were chosen. */
  takenMeanwhile(kind: ExportKind): boolean {
    const hit = this.db
      .prepare(
        `SELECT 1 FROM ${this.table} t JOIN export_batch_item i ON i.source_key = t.source_key JOIN export_batch b ON b.id = i.batch_id
         WHERE b.kind = ? AND b.status != 'reopened' LIMIT 1`,
      )
      .get(kind);
    return hit !== undefined;
  }

  /** Copies the lines into the batch; call inside the transaction that records it. */
  moveInto(batchId: number): void {
    this.db.prepare(`INSERT INTO export_batch_item (batch_id, position, person_id, source_key, row) SELECT ?, position, person_id, source_key, row FROM ${this.table} ORDER BY position`).run(batchId);
  }

  drop(): void {
    this.db.exec(`DROP TABLE IF EXISTS ${this.table}`);
  }
}
