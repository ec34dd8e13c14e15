// The index lookups behind each kind of search term. A result list is one or more sections,
// each an ordered range of one index, so a page never sorts more than the rows it shows
// (except the 3+-character name section, whose matches are few). Tables: migration 0005.
import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import { numberKey } from './keys';
import type { SearchTerm } from './query';

/** One ordered run of matches: how many there are, and a slice of their person ids. */
export interface Section {
  count(): number;
  ids(offset: number, limit: number): number[];
}

// Above every character we store, so [prefix, prefix + END) is "starts with prefix".
const END = '\u{10FFFF}';

const statements = new WeakMap<Database, Map<string, Statement>>();

/** Statements are compiled once per connection: compiling costs more than most lookups. */
export function statement(db: Database, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let stmt = cache.get(sql);
  if (!stmt) cache.set(sql, (stmt = db.prepare(sql)));
  return stmt;
}

function section(db: Database, countSql: string, idsSql: string, params: Record<string, unknown>): Section {
  return {
    count: () => statement(db, countSql).pluck().get(params) as number,
    ids: (offset, limit) => statement(db, idsSql).pluck().all({ ...params, offset, limit }) as number[],
  };
}

/** FTS5 query syntax for a literal substring: one quoted phrase, quotes doubled. */
const phrase = (text: string): string => `"${text.replaceAll('"', '""')}"`;

/** 1–2 characters: whole name, then names starting with it, then containing it. */
function nameGrams(db: Database, gram: string): Section[] {
  return [
    section(
      db,
      'SELECT coalesce((SELECT n FROM search_gram_count WHERE gram = @gram), 0)',
      'SELECT person_id FROM search_gram WHERE gram = @gram ORDER BY rank, person_id DESC LIMIT @limit OFFSET @offset',
      { gram },
    ),
  ];
}

/** 3+ characters: names ranked as above, then people whose address or notes hold it. */
function nameText(db: Database, text: string): Section[] {
  const inName = `name : ${phrase(text)}`;
  return [
    section(
      db,
      'SELECT count(*) FROM search_text WHERE search_text MATCH @match',
      `SELECT p.id FROM search_text t JOIN person p ON p.id = t.rowid WHERE search_text MATCH @match
       ORDER BY CASE WHEN p.name = @text THEN 0 WHEN substr(p.name, 1, length(@text)) = @text THEN 1 ELSE 2 END, p.id DESC
       LIMIT @limit OFFSET @offset`,
      { match: inName, text },
    ),
    section(
      db,
      'SELECT count(*) FROM search_text WHERE search_text MATCH @match',
      'SELECT rowid FROM search_text WHERE search_text MATCH @match ORDER BY rowid DESC LIMIT @limit OFFSET @offset',
      { match: `{address notes} : ${phrase(text)} NOT ${inName}` },
    ),
  ];
}

/**
 * Initials first (zs: 张三, then 张三丰), then full pinyin (zhangs: 张三, 张帅) not already listed.
 * One letter is both at once (every name whose pinyin starts with it has it as first initial),
 * and its total is a lookup: it is the first key typed, and matches a seventh of everyone.
 */
function pinyin(db: Database, letters: string): Section[] {
  const range = { from: letters, to: letters + END };
  const byInitials = `SELECT person_id FROM search_pinyin WHERE initials >= @from AND initials < @to
       ORDER BY initials, person_id DESC LIMIT @limit OFFSET @offset`;
  if (letters.length === 1) {
    return [section(db, 'SELECT coalesce((SELECT n FROM search_letter_count WHERE letter = @from), 0)', byInitials, range)];
  }
  return [
    section(db, 'SELECT count(*) FROM search_pinyin WHERE initials >= @from AND initials < @to', byInitials, range),
    section(
      db,
      `SELECT count(*) FROM search_pinyin INDEXED BY search_pinyin_full
       WHERE full >= @from AND full < @to AND NOT (initials >= @from AND initials < @to)`,
      `SELECT person_id FROM search_pinyin INDEXED BY search_pinyin_full
       WHERE full >= @from AND full < @to AND NOT (initials >= @from AND initials < @to)
       ORDER BY full, person_id DESC LIMIT @limit OFFSET @offset`,
      range,
    ),
  ];
}

/** A whole document or phone number first, then those ending with the digits. */
function numberTail(db: Database, digits: string): Section[] {
  const rev = numberKey(digits);
  return [
    section(
      db,
      'SELECT count(DISTINCT person_id) FROM search_number WHERE rev >= @from AND rev < @to',
      `SELECT person_id FROM search_number WHERE rev >= @from AND rev < @to
       GROUP BY person_id ORDER BY max(rev = @from) DESC, person_id DESC LIMIT @limit OFFSET @offset`,
      { from: rev, to: rev + END },
    ),
  ];
}

export function sectionsFor(db: Database, term: SearchTerm): Section[] {
  switch (term.kind) {
    case 'name':
      return [...term.text].length <= 2 ? nameGrams(db, term.text) : nameText(db, term.text);
    case 'pinyin':
      return pinyin(db, term.letters);
    case 'number':
      return numberTail(db, term.digits);
    case 'none':
      return [];
  }
}
