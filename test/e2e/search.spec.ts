// The people page's one search box as staff use it: pinyin initials (zs finds 张三), a
// polyphonic surname read as a surname (单 shan), the last digits of an ID or a mobile — in a
// handful of people and in a demo registry of thousands.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3-multiple-ciphers';
import { namePinyin } from '../../electron/registry/search/keys';
import { expect, test } from './fixtures';

test('pinyin initials, a surname reading and number tails find the person', async ({ people }) => {
  await people.add({ name: '张三', mobile: '13812345678' });
  await people.add({ name: '单田芳', docNumber: '440514198803150015' });
  await people.add({ name: '李四' });

  await people.search.fill('zs');
  await expect(people.rowOf('张三')).toBeVisible();
  await expect(people.rowOf('李四')).toHaveCount(0);
  await expect(people.rowOf('单田芳')).toHaveCount(0);

  await people.search.fill('shantianfang');
  await expect(people.rowOf('单田芳')).toBeVisible();
  await expect(people.rowOf('张三')).toHaveCount(0);

  await people.search.fill('0015');
  await expect(people.rowOf('单田芳')).toContainText('4405**********0015');
  await people.search.fill('5678');
  await expect(people.rowOf('张三')).toContainText('138****5678');
  await expect(people.rowOf('单田芳')).toHaveCount(0);

  await people.search.fill('');
  await expect(people.rowOf('李四')).toBeVisible();
});

test('in a demo registry of thousands, typing a person\'s initials lists them', async ({ page, people, registry }) => {
  const root = resolve(import.meta.dirname, '../..');
  await promisify(execFile)(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', '--db', registry.dbPath, 'demo', '--people', '3000', '--seed', '11'], { cwd: root });
  const db = new Database(registry.dbPath, { readonly: true });
  // Someone whose initials few others share, so they are on the first page of results.
  const person = db
    .prepare(
      `SELECT p.name, p.doc_number AS doc FROM person p JOIN search_pinyin s ON s.person_id = p.id
       WHERE s.initials IN (SELECT initials FROM search_pinyin GROUP BY initials HAVING count(*) = 1) ORDER BY p.id LIMIT 1`,
    )
    .get() as { name: string; doc: string };
  db.close();

  await page.reload();
  await people.search.fill(namePinyin(person.name).initials);
  const row = people.rowOf(person.doc.slice(-4));
  await expect(row).toContainText(person.name);
  await expect(people.table.getByRole('row')).toHaveCount(2);
});
