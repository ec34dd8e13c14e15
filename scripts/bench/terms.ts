// The search terms the benchmark times, taken from the registry itself so they exist: for each
// kind the commonest values and rare ones (a handful of matches or one), measured apart —
// a common term is a long index range, a rare one is where a LIKE scan is at its worst.
import type { Database } from 'better-sqlite3-multiple-ciphers';

export type Column = 'name' | 'address' | 'doc_number' | 'mobile';

export interface TermSet {
  readonly kind: string;
  /** The person column a plain LIKE '%term%' would scan for the same question. */
  readonly column: Column;
  readonly common: readonly string[];
  readonly rare: readonly string[];
}

const PICK = 5;

/** `count` values spread evenly through `values` (deterministic, not just the first few). */
function spread<T>(values: readonly T[], count = PICK): T[] {
  if (values.length <= count) return [...values];
  return Array.from({ length: count }, (_, i) => values[Math.floor(((i + 0.5) * values.length) / count)]);
}

type Counted = { value: string; n: number }[];

function byCount(db: Database, sql: string): Counted {
  return db.prepare(sql).all() as Counted;
}

/** The commonest values, and values spread over the rarest 1% (at least PICK of them). */
function commonAndRare(counted: Counted): { common: string[]; rare: string[] } {
  const sorted = [...counted].sort((a, b) => b.n - a.n || (a.value < b.value ? -1 : 1));
  const rarest = sorted.slice(-Math.max(PICK, Math.round(sorted.length / 100)));
  return { common: sorted.slice(0, PICK).map((c) => c.value), rare: spread(rarest.map((c) => c.value)) };
}

/** Tails of evenly spaced people's numbers: 4 characters (about N/10⁴ matches) and 6 (one). */
function tails(db: Database, column: 'doc_number' | 'mobile'): { common: string[]; rare: string[] } {
  const max = db.prepare('SELECT max(id) FROM person').pluck().get() as number;
  const ids = Array.from({ length: PICK }, (_, i) => Math.max(1, Math.floor(((i + 0.5) * max) / PICK)));
  const values = ids
    .map((id) => db.prepare(`SELECT ${column} FROM person WHERE id >= ? AND ${column} IS NOT NULL LIMIT 1`).pluck().get(id) as string | undefined)
    .filter((v): v is string => v !== undefined);
  return { common: values.map((v) => v.slice(-4)), rare: values.map((v) => v.slice(-6)) };
}

export function pickTerms(db: Database): TermSet[] {
  const grams = (length: number) =>
    byCount(db, `SELECT gram AS value, count(*) AS n FROM search_gram WHERE length(gram) = ${length} GROUP BY gram`);
  const names3 = byCount(db, 'SELECT name AS value, count(*) AS n FROM person WHERE length(name) = 3 GROUP BY name');
  const initials = byCount(db, 'SELECT initials AS value, count(*) AS n FROM search_pinyin WHERE length(initials) BETWEEN 2 AND 3 GROUP BY initials');
  const letters = byCount(db, 'SELECT substr(initials, 1, 1) AS value, count(*) AS n FROM search_pinyin GROUP BY value');
  // 潮南区陈店镇… : the town, the three characters after the district.
  const towns = byCount(db, 'SELECT substr(address, 4, 3) AS value, count(*) AS n FROM person WHERE address IS NOT NULL GROUP BY value');
  return [
    { kind: 'name, 1 character', column: 'name', ...commonAndRare(grams(1)) },
    { kind: 'name, 2 characters', column: 'name', ...commonAndRare(grams(2)) },
    { kind: 'name, 3 characters', column: 'name', ...commonAndRare(names3) },
    { kind: 'pinyin initials', column: 'name', ...commonAndRare(initials) },
    // Not asked for, timed so nobody is surprised: the first letter typed, and a town's name.
    { kind: 'pinyin, first letter only', column: 'name', ...commonAndRare(letters) },
    { kind: 'address, 3 characters (a town)', column: 'address', common: commonAndRare(towns).common, rare: [] },
    { kind: 'ID number tail', column: 'doc_number', ...tails(db, 'doc_number') },
    { kind: 'phone tail', column: 'mobile', ...tails(db, 'mobile') },
  ];
}
