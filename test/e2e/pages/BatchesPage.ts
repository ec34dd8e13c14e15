// 数据交换 → 导出批次 as a test sees it: make a batch (its file downloads at once), read the
// batch list and who was left out, download a batch again, and close or reopen one.
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export class BatchesPage {
  readonly panel: Locator;
  readonly table: Locator;
  /** 有 N 人资料不全，未纳入本批：… */
  readonly notReady: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('main').getByRole('tabpanel', { name: '导出批次' });
    this.table = this.panel.getByRole('table');
    this.notReady = this.panel.locator('.ant-alert').filter({ hasText: '资料不全' });
  }

  /** Makes a batch of `kind` (its label, e.g. 中华骨髓库志愿者) and returns the file's download. */
  async create(kind: string): Promise<Download> {
    await this.panel.getByRole('button', { name: '新建批次' }).click();
    const dialog = this.page.getByRole('dialog', { name: '新建导出批次' });
    await dialog.getByText(kind, { exact: true }).click();
    const download = this.page.waitForEvent('download');
    await dialog.getByRole('button', { name: '生成并下载' }).click();
    await expect(dialog).toBeHidden();
    return download;
  }

  /** The list row of a batch, by its number. */
  rowOf(batchId: number): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell', { name: String(batchId), exact: true }) });
  }

  /** Downloads a listed batch again, as .xlsx or .csv. */
  async download(batchId: number, format: 'xlsx' | 'csv'): Promise<Download> {
    await this.rowOf(batchId).getByRole('button', { name: /下载/ }).click();
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('menuitem', { name: format === 'xlsx' ? /Excel/ : /CSV/ }).click();
    return download;
  }

  async reopen(batchId: number, reason: string): Promise<void> {
    await this.rowOf(batchId).getByRole('button', { name: '重新打开' }).click();
    const dialog = this.page.getByRole('dialog', { name: `重新打开第 ${batchId} 批` });
    await dialog.getByLabel('原因').fill(reason);
    await dialog.getByRole('button', { name: '重新打开' }).click();
    await expect(dialog).toBeHidden();
  }
}
