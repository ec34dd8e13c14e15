// Importing a sheet through the page: the preview counts and the problem rows by their sheet
// row numbers, a registered person shown as a masked diff and overwritten by choice, the
// commit after a confirmation, the problem rows downloaded as a sheet, and the history.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import { ImportPage } from './pages/ImportPage';
import { residentId, withWrongCheck } from '../core/exchange/fixtures/ids';
import { writeXlsx } from '../core/exchange/fixtures/sheets';

test('a sheet with a registered person and a bad ID is previewed, decided, committed and recorded', async ({ app, people, page }, testInfo) => {
  const known = residentId('1985-03-12', 'M', 7);
  await app.navigateTo('人员');
  await people.add({ name: '陈建国', docNumber: known, mobile: '13800138000' });

  await mkdir(testInfo.outputDir, { recursive: true });
  const sheet = join(testInfo.outputDir, '峡山名单.xlsx');
  const bad = withWrongCheck(residentId('1990-01-01', 'F', 8));
  await writeXlsx(sheet, {
    titles: ['峡山街道志愿者名单'],
    header: ['姓名', '身份证号码', '手机号码'],
    rows: [
      ['陈建国', known, '139 0013 9000'],
      ['林晓燕', residentId('1992-06-01', 'F', 9), '13700137000'],
      ['吴丽', bad, null],
    ],
  });

  await app.navigateTo('数据交换');
  const imports = new ImportPage(page);
  await imports.importFile(sheet);
  await expect(imports.summary).toContainText('共 3 行：可导入 2 行，有问题 1 行，其中 1 人已在登记库中');
  await expect(imports.issueRow(5)).toContainText('身份证号码校验位错误');

  // The registered person's differences, masked; overwrite chosen for that row.
  const duplicate = imports.duplicateRow(3);
  await expect(duplicate).toContainText('陈建国');
  await expect(duplicate).toContainText(`${known.slice(0, 4)}**********${known.slice(-4)}`);
  await expect(duplicate).toContainText('138****8000');
  await expect(duplicate).toContainText('139****9000');
  await expect(duplicate).not.toContainText(known);
  await imports.decide(3, /用表格覆盖/);

  expect(await imports.commit()).toContain('导入完成：新增 1，更新 1，跳过 0');
  const download = await imports.downloadInvalidRows();
  expect(download.suggestedFilename()).toBe('峡山名单-问题行.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
  const rows = workbook.worksheets[0].getSheetValues() as unknown[][];
  expect(rows[1].slice(1)).toEqual(['姓名', '身份证号码', '手机号码', '问题', '原行号']);
  expect(rows[2].slice(1, 3)).toEqual(['吴丽', bad]);
  expect(String(rows[2][4])).toContain('校验位');

  const history = await imports.history();
  await expect(history).toContainText('峡山名单.xlsx');
  await expect(history).toContainText('测试员');

  // The overwrite reached the record.
  await app.navigateTo('人员');
  await expect(people.rowOf('陈建国')).toContainText('139****9000');
});
