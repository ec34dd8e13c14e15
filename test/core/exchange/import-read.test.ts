// Long sheets of Chinese text read back exactly. exceljs 4.4's streaming reader, left alone,
// decodes each decompressed chunk separately and turns a character cut by a chunk boundary into
// two U+FFFD — about one row in 20,000 of a real sheet. The importer's reader decodes across
// boundaries; this sheet is long enough to put many boundaries inside Chinese text.
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sheetRows } from '../../../electron/registry/exchange/import/read';
import { testDir } from '../helpers/tmp';
import { writeXlsx } from './fixtures/sheets';

const ROWS = 20_000;
const PLACES = ['广东省汕头市潮南区峡山街道', '汕头市龙湖区金霞街道', '潮阳区棉北街道', '濠江区广澳街道'];
const address = (i: number) => `${PLACES[i % PLACES.length]}${'幸福和平路'.slice(0, 1 + (i % 5))}${i}号`;

describe('reading a long Chinese sheet', () => {
  it('returns every character of every row, none garbled at a chunk boundary', async () => {
    const path = join(testDir(), '长表.xlsx');
    await writeXlsx(path, { header: ['姓名', '住址'], rows: Array.from({ length: ROWS }, (_, i) => [`陈${'秀英伟强'[i % 4]}${i}`, address(i)]) });
    let read = 0;
    const garbled: number[] = [];
    for await (const row of sheetRows(path, '长表.xlsx')) {
      if (row.number === 1) continue;
      const i = row.number - 2;
      if (row.cells[1] !== address(i)) garbled.push(row.number);
      read += 1;
    }
    expect(read).toBe(ROWS);
    expect(garbled).toEqual([]);
  }, 60_000);
});

describe('reading a sheet leaves no copy behind', () => {
  it('keeps exceljs’s copy of the worksheet out of the system temp folder and deletes it, even when reading stops early', async () => {
    const folder = testDir();
    const path = join(folder, '名单.xlsx');
    // exceljs writes the worksheet before the shared strings: the order that makes its reader copy it.
    await writeXlsx(path, { header: ['姓名', '证件号码'], rows: Array.from({ length: 200 }, (_, i) => [`王秀英${i}`, `44051419880315${String(i).padStart(4, '0')}`]) });
    const before = new Set(readdirSync(tmpdir()));
    for await (const row of sheetRows(path, '名单.xlsx')) {
      if (row.number === 3) break;
    }
    const added = readdirSync(tmpdir()).filter((name) => !before.has(name) && name.startsWith('tmp-'));
    expect(added).toEqual([]);
    expect(readdirSync(folder)).toEqual(['名单.xlsx']);
  });

  it('lets two reads in one folder go on at once: each reads every row, and no copy is left once both end', async () => {
    const folder = testDir();
    const long = join(folder, '长名单.xlsx');
    const short = join(folder, '短名单.xlsx');
    const rows = (n: number) => Array.from({ length: n }, (_, i) => [`王秀英${i}`, `44051419880315${String(i % 10_000).padStart(4, '0')}`]);
    await writeXlsx(long, { header: ['姓名', '证件号码'], rows: rows(20_000) });
    await writeXlsx(short, { header: ['姓名', '证件号码'], rows: rows(50) });
    /** Rows left in `rows`, plus `first` when it was one. */
    const count = async (rows: AsyncGenerator<unknown>, first?: IteratorResult<unknown>) => {
      let n = first && !first.done ? 1 : 0;
      for (let next = await rows.next(); !next.done; next = await rows.next()) n += 1;
      return n;
    };
    // The long read starts first and is still copying its sheet while the short one runs to its end.
    const longRows = sheetRows(long, '长名单.xlsx');
    const firstLong = longRows.next();
    expect(await count(sheetRows(short, '短名单.xlsx'))).toBe(51);
    expect(await count(longRows, await firstLong)).toBe(20_001);
    expect(readdirSync(folder).sort()).toEqual(['短名单.xlsx', '长名单.xlsx'].sort());
  }, 60_000);
});
