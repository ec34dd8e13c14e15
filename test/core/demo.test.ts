// The demo registry: the same seed (and day) gives the same registry, table for table; every
// person would pass the real form's checks; a registry with people in it is not filled by
// mistake; and the search index covers what the generator wrote.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { parseMobile, parseResidentId } from '../../electron/contract/validation';
import { fillDemoRegistry } from '../../electron/registry/demo/generate';
import { PROGRAM_SEEDERS } from '../../electron/registry/demo/programs';
import { namePinyin } from '../../electron/registry/search/keys';
import { searchPeople } from '../../electron/registry/search/search';
import { tempRegistry } from './helpers/tmp';

const TODAY = '2026-06-30';

/** Every row of every table but the audit log (which records when the demo ran). */
function contents(db: Database): Record<string, unknown[]> {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'audit_log' ORDER BY name")
    .pluck()
    .all() as string[];
  // Table names come from the schema itself, not from input.
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}"`).raw().all()]));
}

function demo(name: string, seed: number, people = 1500) {
  const registry = tempRegistry(name);
  const result = fillDemoRegistry(registry.db, { people, seed, today: TODAY });
  return { db: registry.db, result };
}

describe('demo registry', () => {
  it('is the same for the same seed and day, and different for another seed', () => {
    const a = demo('a.sqlite3', 42);
    const b = demo('b.sqlite3', 42);
    const c = demo('c.sqlite3', 43);
    expect(a.result).toEqual({ people: 1500, seed: 42, today: TODAY, programs: PROGRAM_SEEDERS.map(([n]) => n) });
    const first = contents(a.db);
    expect(first.person).toHaveLength(1500);
    expect(first).toEqual(contents(b.db));
    expect(contents(c.db).person).not.toEqual(first.person);
  });

  it('writes people whose ID numbers, sexes, birth dates and mobiles pass the real checks', () => {
    const { db } = demo('r.sqlite3', 7);
    const people = db.prepare('SELECT name, sex, birth_date, doc_number, mobile, address, created_at FROM person').all() as {
      name: string; sex: string; birth_date: string; doc_number: string; mobile: string | null; address: string; created_at: string;
    }[];
    const codes = new Set<string>();
    for (const p of people) {
      const id = parseResidentId(p.doc_number, new Date(`${TODAY}T00:00:00Z`));
      expect(id, p.doc_number).toMatchObject({ ok: true, sex: p.sex, birthDate: p.birth_date });
      expect(p.birth_date >= '1960-01-01' && p.birth_date <= '2007-12-31', p.birth_date).toBe(true);
      if (p.mobile !== null) expect(parseMobile(p.mobile)).toBe(p.mobile);
      expect(p.address).toMatch(/^潮南区/);
      expect(p.name).toMatch(/^\p{Script=Han}{2,4}$/u);
      expect(p.created_at.slice(0, 10) <= TODAY).toBe(true);
      codes.add(p.doc_number.slice(0, 6));
    }
    expect([...codes].every((c) => ['440507', '440511', '440512', '440513', '440514', '440515', '440582'].includes(c))).toBe(true);
    expect(new Set(people.map((p) => p.doc_number)).size).toBe(people.length);
    // Both sexes, and a surname distribution led by 陈 as in Chaoshan.
    expect(people.filter((p) => p.sex === 'F').length / people.length).toBeGreaterThan(0.4);
    expect(people.filter((p) => p.name.startsWith('陈')).length / people.length).toBeGreaterThan(0.08);
  });

  it('refuses a registry that already has people, unless forced, and then adds to it', () => {
    const { db } = demo('f.sqlite3', 1, 300);
    expect(() => fillDemoRegistry(db, { people: 10, seed: 2, today: TODAY })).toThrow(/已有 300 人.*--force/);
    expect(db.prepare('SELECT count(*) FROM person').pluck().get()).toBe(300);
    fillDemoRegistry(db, { people: 10, seed: 2, today: TODAY, force: true });
    expect(db.prepare('SELECT count(*) FROM person').pluck().get()).toBe(310);
  });

  it('leaves every demo person findable by initials, ID tail and phone tail', () => {
    const { db } = demo('s.sqlite3', 9, 500);
    const sample = db.prepare('SELECT id, name, doc_number, mobile FROM person WHERE mobile IS NOT NULL ORDER BY id LIMIT 20').all() as {
      id: number; name: string; doc_number: string; mobile: string;
    }[];
    const finds = (query: string, id: number) => {
      const page = searchPeople(db, { query, offset: 0, limit: 200 });
      return page.rows.some((r) => r.id === id) || page.total > 200;
    };
    for (const p of sample) {
      expect(finds(namePinyin(p.name).initials, p.id), p.name).toBe(true);
      expect(finds(p.doc_number.slice(-6), p.id), p.doc_number).toBe(true);
      expect(finds(p.mobile.slice(-5), p.id), p.mobile).toBe(true);
      expect(finds(p.name, p.id), p.name).toBe(true);
    }
  });
});
