// Backup and restore through the Settings tab as an administrator does it: back up, go on
// working, restore the backup from the list, sign in again and find the registry as it was.
import { expect, type Locator, type Page } from '@playwright/test';
import { test } from './fixtures';
import { SignInPage } from './pages/SignInPage';

/** 设置 › 备份与恢复. */
class BackupsTab {
  readonly table: Locator;
  readonly restoreDialog: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('tabpanel').getByRole('table');
    this.restoreDialog = page.getByRole('dialog', { name: '从备份恢复登记库' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('menuitem', { name: '设置', exact: true }).click();
    await this.page.getByRole('tab', { name: '备份与恢复' }).click();
  }

  /** Backup rows (the header row and antd's measure row hold no cells). */
  rows(text?: string): Locator {
    const rows = this.table.getByRole('row').filter({ has: this.page.getByRole('cell') });
    return text === undefined ? rows : rows.filter({ hasText: text });
  }

  async backUpNow(): Promise<void> {
    await this.page.getByRole('button', { name: '立即备份' }).click();
    await expect(this.page.getByText(/^已备份：registry-/)).toBeVisible();
  }
}

test('a backup restored from the list brings back exactly its records, after signing in again', async ({ page, people }) => {
  await people.add({ name: '王秀英', docNumber: '11010519491231002X' });

  const backups = new BackupsTab(page);
  await backups.open();
  await backups.backUpNow();
  const first = backups.rows('人员 1');
  await expect(first).toHaveCount(1);
  await expect(first).toContainText('手动');
  await expect(first).toContainText('通过');

  await page.getByRole('navigation').getByRole('menuitem', { name: '人员', exact: true }).click();
  await people.add({ name: '李明', docNumber: '440514198803150015' });

  await backups.open();
  await first.getByRole('button', { name: '恢复' }).click();
  await expect(backups.restoreDialog).toContainText('当前数据先另存为安全副本');
  await expect(backups.restoreDialog).toContainText('完成后需要重新登录');
  await backups.restoreDialog.getByRole('button', { name: '确认恢复' }).click();

  // The restored registry may not know who was signed in: everyone signs in again.
  const signIn = new SignInPage(page);
  await expect(signIn.screen).toBeVisible();
  await signIn.signIn();

  await page.getByRole('navigation').getByRole('menuitem', { name: '人员', exact: true }).click();
  await expect(people.rowOf('王秀英')).toBeVisible();
  await expect(people.rowOf('李明')).toHaveCount(0);

  // The replaced data is kept in the list, so a wrong restore can be undone.
  await backups.open();
  await expect(backups.rows('恢复前的数据')).toContainText('人员 2');
});

test('an administrator deletes a backup after confirming; the newest sound one cannot be deleted', async ({ page, people }) => {
  await people.add({ name: '王秀英', docNumber: '11010519491231002X' });
  const backups = new BackupsTab(page);
  await backups.open();
  // The backup made as the registry opened, and this one.
  await backups.backUpNow();
  await expect(backups.rows()).toHaveCount(2);

  // The newest passed its check: deleting it is refused, in Chinese, and it stays.
  await backups.rows().first().getByRole('button', { name: '删除' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '删除' }).click();
  await expect(page.getByText('这是最新一份校验通过的备份，不能删除')).toBeVisible();
  await expect(backups.rows()).toHaveCount(2);

  // 取消 keeps the older one; 删除 removes it.
  const older = backups.rows('启动时');
  await older.getByRole('button', { name: '删除' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '取消' }).click();
  await expect(backups.rows()).toHaveCount(2);
  await older.getByRole('button', { name: '删除' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '删除' }).click();
  await expect(page.getByText(/^已删除备份 registry-/)).toBeVisible();
  await expect(backups.rows()).toHaveCount(1);
  await expect(backups.rows('启动时')).toHaveCount(0);
});
