// Every statement the search box and the people list run is answered from an index: SQLite's
// own plan (EXPLAIN QUERY PLAN) for each, captured as the real code prepares it. A full scan of
// person would be fine in a test registry and take tens of milliseconds at a million people.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { PersonInput } from '../../electron/contract/people';
import { createPerson, listPeople } from '../../electron/registry/people/repository';
import { searchPeople } from '../../electron/registry/search/search';
import { tempRegistry } from './helpers/tmp';

/** The SQL of every statement `work` prepares on `db`. */
function preparedBy(db: Database, work: () => void): string[] {
  const seen: string[] = [];
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    seen.push(sql);
    return prepare(sql);
  }) as Database['prepare'];
  try {
    work();
  } finally {
    db.prepare = prepare;
  }
  return seen;
}

/** The plan does not depend on the values bound (no STAT4), so every parameter is NULL. */
function plan(db: Database, sql: string): string[] {
  const stmt = db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
  const named = Object.fromEntries([...sql.matchAll(/@(\w+)/g)].map(([, name]) => [name, null]));
  const positional = (sql.match(/\?/g) ?? []).map(() => null);
  const rows = (Object.keys(named).length > 0 ? stmt.all(named) : stmt.all(...positional)) as { detail: string }[];
  return rows.map((r) => r.detail);
}

/** A registry in which every query below matches someone, so every statement of a page runs. */
function registry(): Database {
  const { db } = tempRegistry();
  createPerson(db, PersonInput.parse({ name: '张三丰', docNumber: '11010519491231002X', mobile: '13812345678', address: '潮南区陈店镇' }), 'test');
  createPerson(db, PersonInput.parse({ name: '陈张三' }), 'test');
  return db;
}

// Tables and the plan lines that would mean reading all of them.
const FULL_SCAN = /^SCAN (person|search_gram|search_pinyin|search_number|person_phone)\b(?! USING (COVERING )?INDEX)/;

describe('search and list query plans', () => {
  const kinds: [string, string][] = [
    ['1-character name', '张'],
    ['2-character name', '张三'],
    ['3+ characters (name, address, notes)', '张三丰'],
    ['3+ characters of an address', '陈店镇'],
    ['pinyin / initials', 'zs'],
    ['first pinyin letter', 'z'],
    ['ID number tail', '002X'],
    ['whole ID number', '11010519491231002X'],
    ['phone tail', '5678'],
  ];

  it.each(kinds)('%s: every statement reads through an index', (_kind, query) => {
    const db = registry();
    const statements = preparedBy(db, () => searchPeople(db, { query, offset: 0, limit: 50 }));
    expect(statements.length).toBeGreaterThan(1);
    for (const sql of statements) {
      const lines = plan(db, sql);
      expect(lines.filter((l) => FULL_SCAN.test(l)), `${sql}\n${lines.join('\n')}`).toEqual([]);
      // The person rows of a page are fetched by id, never searched for.
      for (const l of lines.filter((line) => / person\b/.test(line))) expect(l, sql).toMatch(/USING (INTEGER PRIMARY KEY|INDEX|COVERING INDEX)/);
      // FTS5 answers from its index only when the MATCH reaches it ("M" in its plan).
      for (const l of lines.filter((line) => line.includes('VIRTUAL TABLE') && line.includes('search_text'))) expect(l, sql).toMatch(/INDEX \d+:M/);
    }
  });

  it('the index-ordered kinds page without sorting their matches', () => {
    const db = registry();
    for (const query of ['张', '张三', 'zs']) {
      const statements = preparedBy(db, () => searchPeople(db, { query, offset: 0, limit: 50 }));
      for (const sql of statements) expect(plan(db, sql).filter((l) => l.includes('TEMP B-TREE')), sql).toEqual([]);
    }
  });

  it('the people list pages through an index, with and without a query', () => {
    const db = registry();
    const statements = preparedBy(db, () => {
      listPeople(db, { offset: 0, limit: 50 });
      searchPeople(db, { query: '张', offset: 1, limit: 50 });
    });
    for (const sql of statements) {
      const lines = plan(db, sql);
      expect(lines.filter((l) => FULL_SCAN.test(l) || l.includes('TEMP B-TREE')), `${sql}\n${lines.join('\n')}`).toEqual([]);
    }
  });
});
