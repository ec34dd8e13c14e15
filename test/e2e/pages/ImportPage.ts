// 数据交换 → 导入 as a test sees it: choose the kind (and drive), drop a file, wait for the
// preview, read its counts and problems, decide for registered people, commit after the
// confirmation, download the problem rows, and read the import history.
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { selectOption } from './selectOption';

export class ImportPage {
  readonly main: Locator;
  /** The preview's summary: 共 N 行：可导入 … */
  readonly summary: Locator;
  readonly issues: Locator;
  readonly duplicates: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    const panel = this.main.getByRole('tabpanel', { name: '导入' });
    this.summary = panel.locator('.ant-alert').filter({ hasText: /共 \d+ 行/ });
    // The duplicates table comes first when there are registered people; the issues table is always last.
    this.issues = panel.getByRole('table').last();
    this.duplicates = panel.getByRole('table').first();
  }

  /** Switches 数据交换's tab (navigate there from the app shell first; 导入 is the default). */
  async openTab(name: '导入' | '导出批次' | '导入记录'): Promise<void> {
    await this.main.getByRole('tab', { name }).click();
  }

  async chooseKind(label: string): Promise<void> {
    await this.main.getByLabel('导入类型').click();
    await selectOption(this.page, label);
  }

  async chooseDrive(text: string | RegExp): Promise<void> {
    await this.main.getByLabel('献血活动').click();
    await selectOption(this.page, text);
  }

  /** Gives the file as a drop would, then waits for the preview. */
  async importFile(path: string): Promise<void> {
    await this.main.locator('input[type=file]').setInputFiles(path);
    await expect(this.summary).toBeVisible({ timeout: 60_000 });
  }

  /** The issue rows shown for a sheet row number. */
  issueRow(row: number): Locator {
    return this.issues.getByRole('row').filter({ has: this.page.getByRole('cell', { name: String(row), exact: true }) });
  }

  async filterIssues(codeLabel: string | RegExp): Promise<void> {
    await this.main.getByLabel('问题', { exact: true }).click();
    await selectOption(this.page, codeLabel);
  }

  duplicateRow(row: number): Locator {
    return this.duplicates.getByRole('row').filter({ has: this.page.getByRole('cell', { name: String(row), exact: true }) });
  }

  /** The action for one registered person (跳过 / 补充空白项 / 用表格覆盖). */
  async decide(row: number, action: RegExp): Promise<void> {
    await this.main.getByLabel(`处理方式 ${row}`).click();
    await selectOption(this.page, action);
  }

  async decideForAll(action: RegExp): Promise<void> {
    await this.main.locator('.ant-segmented-item').filter({ hasText: action }).click();
  }

  /** Commits after the confirmation; returns the result's title (导入完成：…). */
  async commit(): Promise<string> {
    await this.main.getByRole('button', { name: /^导入 \d+ 行$/ }).click();
    const confirm = this.page.getByRole('dialog').filter({ hasText: '确认导入？' });
    await confirm.getByRole('button', { name: /^导入 \d+ 行$/ }).click();
    const title = this.main.locator('.ant-result-title');
    await expect(title).toContainText('导入完成');
    return (await title.textContent()) ?? '';
  }

  async downloadInvalidRows(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.main.getByRole('button', { name: '下载问题行' }).click();
    return download;
  }

  async newImport(): Promise<void> {
    await this.main.getByRole('button', { name: '继续导入其他文件' }).click();
  }

  /** The history table (opens the 导入记录 tab). */
  async history(): Promise<Locator> {
    await this.openTab('导入记录');
    return this.main.getByRole('tabpanel', { name: '导入记录' }).getByRole('table');
  }
}
