// The search index follows every write to a person — create, update, a change of other phones,
// a merge — in the same transaction, because triggers keep it. After each step the index is
// compared with one built from scratch for the same people, and FTS5 checks its own index.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/api/dispatch';
import type { PeoplePage, PersonDetail } from '../../electron/contract/people';
import { migrate } from '../../electron/registry/db/migrate';
import { MIGRATIONS } from '../../electron/registry/db/migrations';
import { openDatabase } from '../../electron/registry/db/open';
import { tempRegistry, testDir } from './helpers/tmp';

function indexOf(db: Database) {
  return {
    grams: db.prepare('SELECT gram, rank, person_id FROM search_gram ORDER BY person_id, gram').all(),
    gramCounts: db.prepare('SELECT gram, n FROM search_gram_count WHERE n > 0 ORDER BY gram').all(),
    letterCounts: db.prepare('SELECT letter, n FROM search_letter_count WHERE n > 0 ORDER BY letter').all(),
    pinyin: db.prepare('SELECT * FROM search_pinyin ORDER BY person_id').all(),
    numbers: db.prepare('SELECT rev, person_id FROM search_number ORDER BY person_id, rev').all(),
  };
}

let rebuilds = 0;

/** The index migration 0005 builds for the same people and phones, from a version-4 copy. */
function rebuiltIndex(db: Database) {
  const copy = openDatabase(join(testDir(), `rebuilt-${rebuilds++}.sqlite3`));
  migrate(copy, MIGRATIONS, 4);
  for (const table of ['person', 'person_phone']) {
    const columns = copy.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[];
    const list = columns.map((c) => `"${c}"`).join(', ');
    const insert = copy.prepare(`INSERT INTO ${table} (${list}) VALUES (${columns.map(() => '?').join(', ')})`);
    for (const row of db.prepare(`SELECT ${list} FROM ${table}`).raw().all() as unknown[][]) insert.run(...row);
  }
  migrate(copy, MIGRATIONS, 5);
  const index = indexOf(copy);
  copy.close();
  return index;
}

function expectIndexExact(db: Database): void {
  expect(indexOf(db)).toEqual(rebuiltIndex(db));
  // FTS5 compares its index with the person rows it points at; it throws if they differ.
  db.prepare("INSERT INTO search_text (search_text) VALUES ('integrity-check')").run();
}

async function setup() {
  const registry = tempRegistry();
  const dispatch = createDispatcher(registry, { actor: 'staff-1' });
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const response = await dispatch(method, input);
    if ('error' in response) throw new Error(`${response.error.code}: ${response.error.message}`);
    return response.data as T;
  };
  const names = async (query: string) => (await call<PeoplePage>('people.list', { query })).rows.map((r) => r.name);
  return { db: registry.db, call, names };
}

describe('search index maintenance', () => {
  it('indexes a new person at once, with their other phones', async () => {
    const { db, call, names } = await setup();
    await call('people.create', { name: '单田芳', mobile: '13812345678', address: '潮南区峡山街道', phones: [{ phone: '0754-88123456', label: '家' }] });
    expect(await names('stf')).toEqual(['单田芳']);
    expect(await names('田芳')).toEqual(['单田芳']);
    expect(await names('5678')).toEqual(['单田芳']);
    expect(await names('3456')).toEqual(['单田芳']);
    expect(await names('峡山街道')).toEqual(['单田芳']);
    expectIndexExact(db);
  });

  it('follows a change of name, mobile, address and other phones, forgetting the old values', async () => {
    const { db, call, names } = await setup();
    const p = await call<PersonDetail>('people.create', { name: '张三', mobile: '13812345678', address: '潮南区峡山街道', phones: [{ phone: '0754-88123456', label: '家' }] });
    await call('people.update', { id: p.id, name: '曾小明', mobile: '13900001111', address: '潮南区陈店镇', phones: [{ phone: '0754-87770000', label: '单位' }] });
    for (const old of ['张三', '张', 'zs', 'zhangsan', '5678', '3456', '峡山街道']) expect(await names(old), old).toEqual([]);
    for (const now of ['曾小明', '小明', 'zxm', 'zengxiaoming', '1111', '0000', '陈店镇']) expect(await names(now), now).toEqual(['曾小明']);
    expectIndexExact(db);

    await call('people.update', { id: p.id, mobile: null, phones: [] });
    expect(await names('1111')).toEqual([]);
    expect(await names('0000')).toEqual([]);
    expectIndexExact(db);
  });

  it('after a merge, finds the kept person by what the merged record held, and the merged one no more', async () => {
    const { db, call, names } = await setup();
    const kept = await call<PersonDetail>('people.create', { name: '陈伟', docNumber: '11010519491231002X', mobile: '13812345678' });
    const merged = await call<PersonDetail>('people.create', { name: '陈伟', mobile: '13900001111', address: '潮南区两英镇', phones: [{ phone: '0754-88123456', label: '家' }] });
    await call('people.create', { name: '林芳', mobile: '13700002222' });
    expect(await names('1111')).toEqual(['陈伟']);

    await call('people.merge', { keepId: kept.id, mergeId: merged.id });
    const found = async (query: string) => (await call<PeoplePage>('people.list', { query })).rows.map((r) => r.id);
    // The merged mobile and landline now reach the kept record, as does the merged address.
    expect(await found('1111')).toEqual([kept.id]);
    expect(await found('3456')).toEqual([kept.id]);
    expect(await found('两英镇')).toEqual([kept.id]);
    expect(await found('陈伟')).toEqual([kept.id]);
    expect(await found('cw')).toEqual([kept.id]);
    expect(await names('2222')).toEqual(['林芳']);
    expect(db.prepare('SELECT count(*) FROM search_gram WHERE person_id = ?').pluck().get(merged.id)).toBe(0);
    expectIndexExact(db);
  });

  it('writes nothing to the index when the change is refused', async () => {
    const { db, call, names } = await setup();
    await call('people.create', { name: '王芳', docNumber: '11010519491231002X' });
    const other = await call<PersonDetail>('people.create', { name: '李明' });
    await expect(call('people.update', { id: other.id, name: '李明明', docNumber: '11010519491231002X' })).rejects.toThrow(/DUPLICATE/);
    expect(await names('李明明')).toEqual([]);
    expect(await names('002X')).toEqual(['王芳']);
    expectIndexExact(db);
  });
});
