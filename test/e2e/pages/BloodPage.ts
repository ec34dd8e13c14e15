// The 献血 page as a test sees it: its three tabs, the 登记献血 form with its override dialog,
// the drive form and a drive's drawer.
import { expect, type Locator, type Page } from '@playwright/test';

export interface DonationEntry {
  readonly person: string;
  /** YYYY-MM-DD; the form's default (today) when absent. */
  readonly date?: string;
  readonly volume?: '200 毫升' | '300 毫升' | '400 毫升';
  readonly deferredFor?: string;
}

export class BloodPage {
  readonly table: Locator;
  readonly form: Locator;
  readonly overrideDialog: Locator;
  readonly driveForm: Locator;
  readonly driveDrawer: Locator;
  readonly personRecord: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('main').getByRole('tabpanel').getByRole('table');
    this.form = page.getByRole('dialog', { name: '登记献血' });
    this.overrideDialog = page.getByRole('dialog', { name: '此次献血不符合以下规定' });
    this.driveForm = page.getByRole('dialog', { name: '新建献血活动' });
    this.driveDrawer = page.getByRole('dialog', { name: /献血活动/ }).filter({ has: page.getByText('本次活动的献血记录') });
    this.personRecord = page.getByRole('dialog', { name: '人员档案' });
  }

  async openTab(name: '献血者' | '献血记录' | '献血活动'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  rowOf(text: string): Locator {
    return this.table.getByRole('row').filter({ hasText: text });
  }

  /** Opens the form with the page's button, or from a drive's drawer when `inDrive`. */
  async openForm(inDrive = false): Promise<void> {
    const scope = inDrive ? this.driveDrawer.getByRole('button', { name: '登记本次活动献血' }) : this.page.getByRole('button', { name: '登记献血' });
    await scope.click();
    await expect(this.form).toBeVisible();
  }

  async fill(entry: DonationEntry): Promise<void> {
    // As staff do it: type, wait for the registry's answer, Enter takes the first match.
    const person = this.form.getByLabel('献血者');
    await person.fill(entry.person);
    await expect(this.page.getByRole('option', { name: new RegExp(entry.person) }).first()).toBeAttached();
    await person.press('Enter');
    if (entry.date !== undefined) {
      const date = this.form.getByLabel('献血日期');
      await date.click();
      await date.fill(entry.date);
      await date.press('Enter');
    }
    if (entry.deferredFor !== undefined) {
      await this.form.getByText('暂缓献血', { exact: true }).click();
      await this.form.getByLabel('暂缓原因').fill(entry.deferredFor);
      await this.form.getByLabel('暂缓原因').press('Enter');
    } else if (entry.volume !== undefined) {
      await this.form.getByText(entry.volume, { exact: true }).click();
    }
  }

  /** Fills and saves a donation that keeps the rules; the form closes when it is saved. */
  async record(entry: DonationEntry, inDrive = false): Promise<void> {
    await this.openForm(inDrive);
    await this.fill(entry);
    await this.form.getByRole('button', { name: '保存' }).click();
    await expect(this.form).toBeHidden();
  }

  async addDrive(site: string, partners: readonly string[]): Promise<void> {
    await this.openTab('献血活动');
    await this.page.getByRole('button', { name: '新建献血活动' }).click();
    await expect(this.driveForm).toBeVisible();
    await this.driveForm.getByLabel('活动地点').fill(site);
    await this.driveForm.getByLabel('组织单位').fill('区红十字会');
    const units = this.driveForm.getByLabel('共建单位');
    for (const name of partners) {
      await units.fill(name);
      await units.press('Enter');
    }
    await this.driveForm.getByRole('button', { name: '保存' }).click();
    await expect(this.driveForm).toBeHidden();
    // Saving opens the new drive's record.
    await expect(this.driveDrawer).toContainText(site);
  }

  /** The number the drive's record shows under a label (到场, 暂缓, 献血, 全血, 血小板). */
  driveTotal(label: string): Locator {
    const statistic = this.driveDrawer.getByRole('group').locator('.ant-statistic').filter({ has: this.page.getByText(label, { exact: true }) });
    return statistic.locator('.ant-statistic-content-value');
  }

  /** The donations listed in a drive's record. */
  get driveDonations(): Locator {
    return this.driveDrawer.getByRole('table').filter({ hasText: '献血证编号' });
  }
}
