// The people register as a test sees it: the list, the search box and the 新增人员 form.
import { expect, type Locator, type Page } from '@playwright/test';

export interface NewPerson {
  readonly name: string;
  readonly docNumber?: string;
  readonly mobile?: string;
  readonly address?: string;
}

export class PeoplePage {
  readonly addButton: Locator;
  readonly search: Locator;
  readonly table: Locator;
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.addButton = page.getByRole('button', { name: '新增人员' });
    this.search = page.getByRole('searchbox');
    this.table = page.getByRole('main').getByRole('table');
    this.form = page.getByRole('dialog', { name: '新增人员' });
  }

  rowOf(name: string): Locator {
    return this.table.getByRole('row').filter({ hasText: name });
  }

  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  async openForm(): Promise<void> {
    await this.addButton.click();
    await expect(this.form).toBeVisible();
  }

  async fill(person: NewPerson): Promise<void> {
    await this.field('姓名').fill(person.name);
    if (person.docNumber !== undefined) await this.field('证件号码').fill(person.docNumber);
    if (person.mobile !== undefined) await this.field('手机号码').fill(person.mobile);
    if (person.address !== undefined) await this.field('住址').fill(person.address);
  }

  async save(): Promise<void> {
    await this.form.getByRole('button', { name: '保存' }).click();
  }

  async add(person: NewPerson): Promise<void> {
    await this.openForm();
    await this.fill(person);
    await this.save();
    // The form closes only after the registry accepted the person.
    await expect(this.form).toBeHidden();
    await expect(this.rowOf(person.name)).toBeVisible();
  }
}
