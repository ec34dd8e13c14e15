// 总览 after sign-in on a demo registry: the page a signed-in clerk lands on, a chart bar that
// opens the matching filtered list (its count agrees with the `report` command's), and the
// statistics report: its table, its spreadsheet read back, its print preview saved as a PDF.
import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { MissingInput } from '../../electron/contract/wristbandIncidents';
import { openRegistry } from '../../electron/registry/registry';
import { reportMissing } from '../../electron/registry/wristband/incidents';
import { expect, test } from './fixtures';
import { DashboardPage } from './pages/DashboardPage';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = resolve(ROOT, 'electron/cli/main.ts');
const run = promisify(execFile);

async function cli(dbPath: string, ...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', CLI, '--db', dbPath, ...args], { cwd: ROOT, env: { ...process.env, SANXIAN_LOG: 'warn' } });
  return stdout;
}

const lastDay = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

test('the dashboard comes first; a month of the donations chart opens that month’s donations', async ({ app, page, registry }, testInfo) => {
  await cli(registry.dbPath, 'demo', '--people', '600');
  // The bare address, as staff open it: the start page is the default route.
  await app.open('');
  await expect(page).toHaveURL(/#\/dashboard$/);
  await expect(app.heading).toHaveText('总览');
  await expect(app.navigation.first()).toHaveText('总览');
  const dashboard = new DashboardPage(page);
  await expect(page.getByText('活跃献血者')).toBeVisible();
  await expect(page.getByText(/近 12 个月内（\d{4}-\d{2}-\d{2} 之后）献过血的人数/)).toBeVisible();
  await expect(dashboard.donationsChart).toBeVisible();
  const screenshot = testInfo.outputPath('dashboard.png');
  await page.screenshot({ path: screenshot, fullPage: true });
  await testInfo.attach('dashboard', { path: screenshot, contentType: 'image/png' });

  const bar = await dashboard.tallestDonationBar();
  const month = await dashboard.monthAt(bar);
  const figures = JSON.parse(await cli(registry.dbPath, 'report', '--from', `${month}-01`, '--to', lastDay(month), '--json')) as { blood: { donations: number } };
  expect(figures.blood.donations).toBeGreaterThan(0);

  await page.mouse.click(bar.x, bar.y);
  await expect(page).toHaveURL(/#\/blood$/);
  await expect(page.getByRole('tab', { name: '献血记录', selected: true })).toBeVisible();
  await expect(page.getByRole('main').getByRole('tabpanel').getByText(`共 ${figures.blood.donations} 条`)).toBeVisible();
  await expect(page.getByRole('main').getByRole('tabpanel').getByRole('table')).toContainText(month);
});

test('the statistics report: the table, its Excel file and its A4 print as a PDF', async ({ app, page, registry }, testInfo) => {
  await cli(registry.dbPath, 'demo', '--people', '600');
  await app.open('#/report?from=2025-01-01&to=2025-12-31');
  await expect(app.heading).toHaveText('统计报表');
  const dashboard = new DashboardPage(page);
  const expected = JSON.parse(await cli(registry.dbPath, 'report', '--from', '2025-01-01', '--to', '2025-12-31', '--json')) as {
    blood: { donations: number; wholeBloodMl: number };
  };
  const donationsRow = dashboard.reportTable.getByRole('row').filter({ hasText: /^(无偿献血)?献血人次/ });
  await expect(donationsRow).toContainText(String(expected.blood.donations));
  await expect(page.getByText('上期 2024-01-01 至 2024-12-31')).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const file = await (await download).path();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.getWorksheet('统计报表')!;
  expect(sheet.getRow(1).values).toEqual([undefined, '项目', '指标', '本期', '上期', '变化', '变化率']);
  const lineOf = (figure: string) => sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(2).value === figure)!;
  expect(lineOf('献血人次').getCell(3).value).toBe(expected.blood.donations);
  expect(lineOf('全血献血量（毫升）').getCell(3).value).toBe(expected.blood.wholeBloodMl);

  await page.getByRole('button', { name: '打印' }).click();
  await expect(page).toHaveURL(/#\/print\/report\?from=2025-01-01&to=2025-12-31$/);
  await expect(page.getByRole('heading', { name: '三献与爱心手环工作统计报表' })).toBeVisible();
  await expect(page.getByRole('region', { name: /统计报表/ }).getByRole('row').filter({ hasText: /^(无偿献血)?献血人次/ })).toContainText(String(expected.blood.donations));
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  // What staff would read on the paper: the heading and the figures, and no toolbar.
  const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const text = (await (await document.getPage(1)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ');
  expect(text).toContain('三献与爱心手环工作统计报表');
  expect(text).toMatch(new RegExp(`献血人次\\s+${expected.blood.donations}\\s`));
  expect(text).not.toContain('保存为 PDF');
  await writeFile(testInfo.outputPath('report.pdf'), pdf);
  await testInfo.attach('report.pdf', { path: testInfo.outputPath('report.pdf'), contentType: 'application/pdf' });
});

test('someone missing right now comes first, in red, one click from their record', async ({ app, page, registry }) => {
  await cli(registry.dbPath, 'demo', '--people', '600');
  // Reported as the wristband page would, through the program's core, on the file the server uses.
  const opened = openRegistry({ path: registry.dbPath });
  const participant = opened.db
    .prepare(
      `SELECT p.id, person.name FROM wristband_participant p JOIN person ON person.id = p.person_id
       WHERE p.status = 'active' AND NOT EXISTS (SELECT 1 FROM wristband_incident i WHERE i.participant_id = p.id AND i.reunited_at IS NULL) LIMIT 1`,
    )
    .get() as { id: number; name: string };
  const missingAt = new Date(Date.now() - 3 * 3_600_000);
  const at = `${missingAt.getFullYear()}-${String(missingAt.getMonth() + 1).padStart(2, '0')}-${String(missingAt.getDate()).padStart(2, '0')}T${String(missingAt.getHours()).padStart(2, '0')}:00`;
  reportMissing(opened.db, MissingInput.parse({ participantId: participant.id, missingAt: at, reportedBy: '林秀英' }), '测试员');
  opened.close();

  // The bare address, as staff open it: the start page is the default route.
  await app.open('');
  const alert = page.getByRole('alert').filter({ hasText: '走失尚未找回' });
  await expect(alert).toBeVisible();
  // First on the page: above the tiles.
  const [alertBox, tileBox] = await Promise.all([alert.boundingBox(), page.getByText('活跃献血者').boundingBox()]);
  expect(alertBox!.y).toBeLessThan(tileBox!.y);
  const line = alert.getByRole('listitem').filter({ hasText: participant.name });
  await expect(line).toContainText(at.replace('T', ' '));
  await expect(line.getByText(participant.name)).toHaveCSS('color', 'rgb(255, 77, 79)');
  await line.getByRole('button', { name: '查看档案' }).click();
  await expect(page).toHaveURL(/#\/wristband$/);
  await expect(page.getByRole('dialog')).toContainText(participant.name);
});
