// The people register as a test sees it: the list, the search box, the 新增人员 / 编辑 form
// with its lists of phones and emergency contacts, the record drawer and the 疑似重复 tab.
import { expect, type Locator, type Page } from '@playwright/test';
import { selectOption } from './selectOption';

export interface NewPerson {
  readonly name: string;
  readonly docNumber?: string;
  readonly birthDate?: string;
  readonly mobile?: string;
  readonly address?: string;
}

export interface Contact {
  readonly name: string;
  readonly relation?: string;
  readonly phone: string;
}

export class PeoplePage {
  readonly addButton: Locator;
  readonly search: Locator;
  readonly table: Locator;
  readonly form: Locator;
  readonly editForm: Locator;
  readonly record: Locator;

  constructor(readonly page: Page) {
    this.addButton = page.getByRole('button', { name: '新增人员' });
    this.search = page.getByRole('searchbox');
    this.table = page.getByRole('main').getByRole('table');
    this.form = page.getByRole('dialog', { name: '新增人员' });
    this.editForm = page.getByRole('dialog', { name: '编辑人员档案' });
    this.record = page.getByRole('dialog', { name: '人员档案' });
  }

  rowOf(name: string): Locator {
    return this.table.getByRole('row').filter({ hasText: name });
  }

  field(label: string, form: Locator = this.form): Locator {
    return form.getByLabel(label, { exact: true });
  }

  async openForm(): Promise<void> {
    await this.addButton.click();
    await expect(this.form).toBeVisible();
  }

  async fill(person: NewPerson, form: Locator = this.form): Promise<void> {
    await this.field('姓名', form).fill(person.name);
    if (person.docNumber !== undefined) await this.field('证件号码', form).fill(person.docNumber);
    if (person.birthDate !== undefined) {
      await this.field('出生日期', form).fill(person.birthDate);
      await this.field('出生日期', form).press('Enter');
    }
    if (person.mobile !== undefined) await this.field('手机号码', form).fill(person.mobile);
    if (person.address !== undefined) await this.field('住址', form).fill(person.address);
  }

  /** Opens a drop-down (民族, 血型), types into it when it searches, and takes the option starting with `text`. */
  async choose(label: string, text: string, form: Locator = this.form): Promise<void> {
    const box = this.field(label, form);
    await box.click();
    if (await box.isEditable()) await box.fill(text);
    await selectOption(this.page, new RegExp(`^${text}`));
  }

  async addContact(contact: Contact, form: Locator = this.form): Promise<void> {
    await form.getByRole('button', { name: '添加紧急联系人' }).click();
    const n = await form.getByLabel(/^紧急联系人\d+ 姓名$/).count();
    await this.field(`紧急联系人${n} 姓名`, form).fill(contact.name);
    if (contact.relation !== undefined) await this.field(`紧急联系人${n} 关系`, form).fill(contact.relation);
    await this.field(`紧急联系人${n} 电话`, form).fill(contact.phone);
  }

  async addOtherPhone(phone: string, label: string, form: Locator = this.form): Promise<void> {
    await form.getByRole('button', { name: '添加电话' }).click();
    const n = await form.getByLabel(/^其他电话\d+ 电话$/).count();
    await this.field(`其他电话${n} 电话`, form).fill(phone);
    await this.field(`其他电话${n} 说明`, form).fill(label);
  }

  async save(form: Locator = this.form): Promise<void> {
    await form.getByRole('button', { name: '保存' }).click();
  }

  async add(person: NewPerson): Promise<void> {
    await this.openForm();
    await this.fill(person);
    await this.save();
    // The form closes only after the registry accepted the person.
    await expect(this.form).toBeHidden();
    await expect(this.rowOf(person.name).first()).toBeVisible();
  }

  /** Opens a person's record from the list. */
  async open(name: string): Promise<void> {
    await this.rowOf(name).getByRole('button', { name }).click();
    await expect(this.record).toBeVisible();
  }

  /** One line of the record drawer: its label and value. */
  recordItem(label: string): Locator {
    return this.record.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: label, exact: true }) });
  }

  async edit(): Promise<void> {
    await this.record.getByRole('button', { name: '编辑' }).click();
    await expect(this.editForm).toBeVisible();
  }

  async openDuplicates(): Promise<void> {
    await this.page.getByRole('tab', { name: '疑似重复' }).click();
  }
}
