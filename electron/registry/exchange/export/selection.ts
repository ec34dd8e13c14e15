// What a kind's selection hands to the batch: the lines to write, who was left out and why,
// and (for a drive report) the totals line.
import type { NotReady } from '../../../contract/exports';
import type { ExportRow } from './writer';

export interface Candidate {
  readonly personId: number;
  /** What the line reports, so the same thing is not sent twice: 'enrollment:12', 'pledge:40:revoked'. */
  readonly sourceKey: string;
  readonly row: ExportRow;
}

export interface Selection {
  /**
   * The lines, read a page at a time: a large batch never sits in memory whole, and no statement
   * stays open while the writer yields to the event loop.
   */
  readonly candidates: Iterable<Candidate>;
  /** Who was left out and why; complete once `candidates` has been read. */
  readonly notReady: readonly NotReady[];
  /** Lines written after the rows; kept with the batch so a rewrite is identical. */
  readonly summary: readonly (readonly (string | number | null)[])[] | null;
}

/** In a live (not reopened) batch of this kind already. `kind` is our constant, never user input. */
export const IN_LIVE_BATCH = (kind: string, personColumn: string) => `EXISTS (
  SELECT 1 FROM export_batch_item i JOIN export_batch b ON b.id = i.batch_id
  WHERE i.person_id = ${personColumn} AND b.kind = '${kind}' AND b.status != 'reopened')`;


export const PAGE_SIZE = 1000;
