// The pledge page as a test sees it: the list with its filters, the pledge form (new and
// change), and a person's pledge drawer with revocation and history.
import { expect, type Locator, type Page } from '@playwright/test';
import { selectOption } from './selectOption';

export interface Executor {
  readonly name: string;
  readonly relation: string;
  readonly phone: string;
}

export class OrganPage {
  readonly table: Locator;
  readonly newForm: Locator;
  readonly changeForm: Locator;
  readonly drawer: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('main').getByRole('table');
    this.newForm = page.getByRole('dialog', { name: '新增捐献登记' });
    this.changeForm = page.getByRole('dialog', { name: '变更捐献登记' });
    this.drawer = page.getByRole('dialog', { name: /^捐献登记/ });
  }

  rowOf(name: string): Locator {
    return this.table.getByRole('row').filter({ hasText: name });
  }

  /** A status filter, by its label; its text is the label and the count. */
  filter(label: string): Locator {
    return this.page.getByRole('main').locator('.ant-segmented-item-label').filter({ hasText: new RegExp(`^${label} \\d+$`) });
  }

  /** Picks an option of the open antd Select (its role="option" copies are for screen readers). */
  async choose(option: string | RegExp): Promise<void> {
    await selectOption(this.page, option);
  }

  kind(form: Locator, label: string): Locator {
    return form.getByRole('checkbox', { name: label, exact: true });
  }

  async openNewForm(personName: string, cardNumber: string): Promise<Locator> {
    await this.page.getByRole('button', { name: '新增登记' }).click();
    await expect(this.newForm).toBeVisible();
    await this.newForm.getByLabel('登记人').fill(personName);
    await this.choose(new RegExp(personName));
    await this.newForm.getByLabel('登记卡号').fill(cardNumber);
    return this.newForm;
  }

  async fillExecutor(form: Locator, executor: Executor): Promise<void> {
    await form.getByLabel('执行人姓名').fill(executor.name);
    await form.getByLabel('与登记人关系').click();
    await this.choose(executor.relation);
    await form.getByLabel('执行人电话').fill(executor.phone);
  }

  async save(form: Locator): Promise<void> {
    await form.getByRole('button', { name: '保存' }).click();
    await expect(form).toBeHidden();
  }

  currentStatus(): Locator {
    return this.drawer.getByRole('row').filter({ hasText: '状态' }).first();
  }

  history(): Locator {
    return this.drawer.locator('.ant-timeline');
  }
}
