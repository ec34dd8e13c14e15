// The one search box: a name or part of it (1 character too), pinyin or its initials, a whole
// ID or phone number or its tail. Pages through the index; every lookup is an index range.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { PeoplePage, PersonSummary } from '../../contract/people';
import { toSummary, type PersonRow } from '../people/rows';
import { parseSearchTerm } from './query';
import { sectionsFor, statement, type Section } from './sections';

export interface SearchInput {
  readonly query: string;
  readonly offset: number;
  readonly limit: number;
}

/** The ids on one page of the sections laid end to end, and the total across them. */
function pageAcross(sections: readonly Section[], offset: number, limit: number): { ids: number[]; total: number } {
  const ids: number[] = [];
  let total = 0;
  for (const section of sections) {
    const count = section.count();
    if (ids.length < limit && offset < total + count) {
      ids.push(...section.ids(Math.max(0, offset - total), limit - ids.length));
    }
    total += count;
  }
  return { ids, total };
}

/** The people's list rows (masked), in the order of `ids`. */
function summariesOf(db: Database, ids: readonly number[]): PersonSummary[] {
  if (ids.length === 0) return [];
  const rows = statement(db, 'SELECT * FROM person WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as PersonRow[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toSummary(row)] : [];
  });
}

export function searchPeople(db: Database, input: SearchInput): PeoplePage {
  // One read transaction: the total and the rows come from the same snapshot, even while the
  // app or an import writes.
  return db.transaction(() => {
    const { ids, total } = pageAcross(sectionsFor(db, parseSearchTerm(input.query)), input.offset, input.limit);
    return { rows: summariesOf(db, ids), total };
  })();
}
