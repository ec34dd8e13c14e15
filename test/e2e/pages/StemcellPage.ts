// The stem-cell page as a test sees it: the volunteer list with its status filter, the
// 登记入库 form, and a volunteer's drawer with the pipeline's actions and their dialogs.
import { expect, type Locator, type Page } from '@playwright/test';
import { selectOption } from './selectOption';

export interface Contact {
  readonly name: string;
  readonly relation: string;
  readonly phone: string;
}

export class StemcellPage {
  readonly table: Locator;
  readonly enrollForm: Locator;
  readonly drawer: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('main').getByRole('table');
    this.enrollForm = page.getByRole('dialog', { name: '登记入库' });
    this.drawer = page.getByRole('dialog', { name: /造血干细胞志愿者/ });
  }

  rowOf(name: string): Locator {
    return this.table.getByRole('row').filter({ hasText: name });
  }

  /** A status filter, by its label; its text is the label and the count. */
  filter(label: string): Locator {
    return this.page.getByRole('main').locator('.ant-segmented-item-label').filter({ hasText: new RegExp(`^${label} \\d+$`) });
  }

  /**
   * Picks an option of the open antd Select. Its role="option" elements are a hidden copy for
   * screen readers; the visible list is what staff click.
   */
  async choose(option: string | RegExp): Promise<void> {
    await selectOption(this.page, option);
  }

  async enroll(personName: string, contacts: readonly [Contact, Contact]): Promise<void> {
    await this.page.getByRole('button', { name: '登记入库' }).click();
    await expect(this.enrollForm).toBeVisible();
    await this.enrollForm.getByLabel('志愿者').fill(personName);
    await this.choose(new RegExp(personName));
    for (const [i, contact] of contacts.entries()) {
      await this.enrollForm.getByLabel(`联系人 ${i + 1} 姓名`).fill(contact.name);
      await this.enrollForm.getByLabel(`联系人 ${i + 1} 关系`).click();
      await this.choose(contact.relation);
      await this.enrollForm.getByLabel(`联系人 ${i + 1} 电话`).fill(contact.phone);
    }
    await this.enrollForm.getByRole('button', { name: '保存' }).click();
    await expect(this.enrollForm).toBeHidden();
    await expect(this.drawer).toContainText(personName);
  }

  async openVolunteer(name: string): Promise<void> {
    await this.rowOf(name).getByRole('button', { name }).click();
    await expect(this.drawer).toContainText(name);
  }

  /** Clicks an action in the drawer and returns the dialog it opens. */
  async action(label: string, dialogName: string | RegExp): Promise<Locator> {
    await this.drawer.getByRole('button', { name: label, exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: dialogName });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** A pipeline step dated today: the action, then 保存 in its dialog. */
  async step(label: string, status: string): Promise<void> {
    const dialog = await this.action(label, `变更状态：${status}`);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.currentStatus()).toContainText(status);
  }

  async recordSample(barcode: string, lab: string): Promise<void> {
    const dialog = await this.action('录入采样', '录入采样');
    await dialog.getByLabel('采血管条码').fill(barcode);
    await dialog.getByLabel('送检实验室').fill(lab);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
  }

  typingForm(): Locator {
    return this.page.getByRole('dialog', { name: '录入 HLA 分型' });
  }

  allele(locus: string, n: 1 | 2): Locator {
    return this.typingForm().getByLabel(`HLA-${locus} 等位基因 ${n}`);
  }

  currentStatus(): Locator {
    return this.drawer.getByRole('row').filter({ hasText: '当前状态' });
  }
}
