// The exchange round: a CMDP sign-up sheet imported through the page (preview, then commit),
// one volunteer's sample recorded, a CMDP batch made and its file downloaded and read back with
// exceljs — ID numbers and phones as text cells, dates as dates, only the ready volunteer in
// it — then downloaded again identically, and reopened so the next batch takes her again.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { residentId } from '../core/exchange/fixtures/ids';
import { writeXlsx } from '../core/exchange/fixtures/sheets';
import { expect, test } from './fixtures';
import { BatchesPage } from './pages/BatchesPage';
import { ImportPage } from './pages/ImportPage';
import { StemcellPage } from './pages/StemcellPage';

async function readSheet(download: Promise<import('@playwright/test').Download>): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await readFile(await (await download).path())) as unknown as ArrayBuffer);
  return book.worksheets[0];
}

test('a CMDP sheet is imported, and the ready volunteer is exported in a batch and downloaded', async ({ app, page }, testInfo) => {
  const ready = residentId('1995-03-12', 'F', 21);
  const waiting = residentId('1996-07-01', 'M', 22);
  await mkdir(testInfo.outputDir, { recursive: true });
  const sheet = join(testInfo.outputDir, '金平区入库登记.xlsx');
  await writeXlsx(sheet, {
    titles: ['金平区造血干细胞志愿者入库登记表'],
    header: ['姓名', '身份证号码', '手机号码', '同意书签署日期', '紧急联系人1', '联系人1关系', '联系人1电话', '紧急联系人2', '联系人2关系', '联系人2电话'],
    rows: [
      ['林晓燕', ready, '13700137000', '2024-03-01', '林国强', '父母', '13800138001', '陈梅', '朋友', '0754-88123456'],
      ['吴志明', waiting, '13900139000', '2024-03-02', '吴建华', '父母', '13800138002', '黄丽', '同事', '13800138003'],
    ],
    footer: [['填表人：张三']],
  });

  await app.navigateTo('数据交换');
  const imports = new ImportPage(page);
  await imports.chooseKind('造血干细胞志愿者（中华骨髓库）');
  await imports.importFile(sheet);
  await expect(imports.summary).toContainText('共 2 行：可导入 2 行');
  expect(await imports.commit()).toContain('新增 2');

  // Only a volunteer with a sample taken is ready for CMDP.
  await app.navigateTo('造血干细胞');
  const stemcell = new StemcellPage(page);
  await stemcell.openVolunteer('林晓燕');
  await stemcell.step('预约采样', '已预约采样');
  await stemcell.recordSample('GD20269001', '广东省血液中心');
  await expect(stemcell.currentStatus()).toContainText('已采样');
  await page.keyboard.press('Escape');

  await app.navigateTo('数据交换');
  await imports.openTab('导出批次');
  const batches = new BatchesPage(page);
  const download = batches.create('中华骨髓库志愿者');
  expect((await download).suggestedFilename()).toMatch(/^中华骨髓库志愿者-\d{8}-\d{6}\.xlsx$/);
  const rows = await readSheet(download);
  expect(rows.rowCount).toBe(2);
  const header = rows.getRow(1).values as unknown[];
  const cell = (name: string) => rows.getRow(2).getCell(header.indexOf(name));
  expect(cell('姓名').value).toBe('林晓燕');
  expect(cell('性别').value).toBe('女');
  expect(cell('证件号码').value).toBe(ready);
  expect(cell('证件号码').type).toBe(ExcelJS.ValueType.String);
  expect(cell('证件号码').numFmt).toBe('@');
  expect(cell('手机号码').value).toBe('13700137000');
  expect(cell('手机号码').type).toBe(ExcelJS.ValueType.String);
  expect((cell('出生日期').value as Date).toISOString().slice(0, 10)).toBe('1995-03-12');
  expect(cell('紧急联系人2电话').value).toBe('0754-88123456');
  expect(cell('采血管条码').value).toBe('GD20269001');

  await expect(batches.notReady).toContainText('吴志明（缺少采样）');
  const row = batches.rowOf(1);
  await expect(row).toContainText('中华骨髓库志愿者');
  await expect(row).toContainText('测试员');
  await expect(row).toContainText('未提交');

  // Downloaded again later: the same rows.
  const again = await readSheet(batches.download(1, 'xlsx'));
  expect(again.getRow(2).values).toEqual(rows.getRow(2).values);

  // Nothing new until the batch is reopened.
  await batches.panel.getByRole('button', { name: '新建批次' }).click();
  const dialog = page.getByRole('dialog', { name: '新建导出批次' });
  await dialog.getByRole('button', { name: '生成并下载' }).click();
  await expect(page.getByText('没有新的记录需要导出，未生成批次')).toBeVisible();
  await batches.reopen(1, '骨髓库退回：联系人电话需核实');
  await expect(batches.rowOf(1)).toContainText('已重新打开');
  const second = await readSheet(batches.create('中华骨髓库志愿者'));
  expect(second.getRow(2).getCell(1).value).toBe('林晓燕');
});

test('an export template is edited in 设置 and kept by the registry', async ({ settings, page }) => {
  await page.getByRole('tab', { name: '导出模板' }).click();
  const panel = page.getByRole('tabpanel', { name: '导出模板' });
  await expect(panel).toContainText('默认');
  const header = panel.getByRole('table').getByRole('textbox').first();
  await expect(header).toHaveValue('姓名');
  await header.fill('志愿者姓名');
  await panel.getByRole('button', { name: '保存模板' }).click();
  await expect(page.getByText('模板已保存')).toBeVisible();
  await expect(panel).toContainText('已修改');

  // Read back from the registry after a reload of the page.
  await page.reload();
  await settings.page.getByRole('tab', { name: '导出模板' }).click();
  await expect(page.getByRole('tabpanel', { name: '导出模板' }).getByRole('table').getByRole('textbox').first()).toHaveValue('志愿者姓名');
});
