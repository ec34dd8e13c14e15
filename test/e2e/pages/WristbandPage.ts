// The care-wristband page as a test sees it: the enrolment form, a participant's record with its
// bands and incidents, the band lookup (box and scanner), the settings tab and the print preview.
import { expect, type Locator, type Page } from '@playwright/test';
import { selectOption } from './selectOption';

export interface Enrolment {
  readonly person: string;
  readonly village: string;
  readonly grid: string;
  readonly guardian: { readonly name: string; readonly relation: string; readonly phone: string };
}

export class WristbandPage {
  readonly enrolForm: Locator;
  readonly record: Locator;
  readonly lookup: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.enrolForm = page.getByRole('dialog', { name: '新增爱心手环登记' });
    this.record = page.getByRole('dialog', { name: /^爱心手环档案/ });
    this.lookup = page.getByRole('dialog', { name: /^手环 AX-/ });
    // The dialog of a band or incident step: the one open above the record.
    this.dialog = page.locator('.ant-modal-wrap:not([style*="display: none"])').getByRole('dialog').last();
  }

  async choose(option: string | RegExp): Promise<void> {
    await selectOption(this.page, option);
  }

  /** In 设置 › 爱心手环: the office hotline printed on cards and carried by the QR code. */
  async setHotline(phone: string): Promise<void> {
    await this.page.getByRole('tab', { name: '爱心手环' }).click();
    await this.page.getByRole('textbox', { name: '服务热线' }).fill(phone);
    await this.page.getByRole('button', { name: '保存', exact: true }).click();
    await expect(this.page.getByText('已保存').first()).toBeVisible();
  }

  async openEnrolForm(): Promise<void> {
    await this.page.getByRole('button', { name: '新增登记' }).click();
    await expect(this.enrolForm).toBeVisible();
  }

  async fillEnrolment(enrolment: Enrolment): Promise<void> {
    const form = this.enrolForm;
    await form.getByLabel('参与者').fill(enrolment.person);
    await this.choose(new RegExp(enrolment.person));
    await form.getByLabel('社区/村').fill(enrolment.village);
    await form.getByLabel('网格', { exact: true }).fill(enrolment.grid);
    const guardian = form.getByRole('group', { name: '监护人 1' });
    await guardian.getByLabel('监护人姓名').fill(enrolment.guardian.name);
    await guardian.getByLabel('与本人关系').click();
    await this.choose(enrolment.guardian.relation);
    await guardian.getByLabel('电话 1').fill(enrolment.guardian.phone);
  }

  /** Records the separate consent in the enrolment form; the sensitive fields of `scope` then appear. */
  async giveConsent(by: string, relation: string, scope: readonly string[]): Promise<void> {
    const form = this.enrolForm;
    await form.getByRole('switch', { name: '已取得单独同意' }).click();
    await form.getByLabel('同意人姓名').fill(by);
    await form.getByLabel('与本人关系', { exact: true }).last().click();
    await this.choose(relation);
    for (const item of scope) await form.getByRole('checkbox', { name: item }).check();
  }

  async save(dialog: Locator): Promise<void> {
    await dialog.getByRole('button', { name: '保存' }).click();
    // An enrolment writes many rows with their triggers and audit; once, on a loaded CI machine,
    // it took over the usual 10 s.
    await expect(dialog).toBeHidden({ timeout: 30_000 });
  }

  /** Issues the participant's first band with the code the registry proposes, and returns it. */
  async issueBand(): Promise<string> {
    await this.record.getByRole('button', { name: '发放手环' }).click();
    const code = this.dialog.getByLabel('手环编号');
    await expect(code).toHaveValue(/^AX-\d{6}-[0-9X]$/);
    const value = await code.inputValue();
    await this.save(this.dialog);
    await expect(this.band(value)).toContainText('已发放');
    return value;
  }

  band(code: string): Locator {
    return this.record.getByRole('listitem', { name: code, exact: true });
  }

  async bandStep(code: string, button: string): Promise<void> {
    await this.band(code).getByRole('button', { name: button }).click();
    await this.save(this.dialog);
  }

  incidents(): Locator {
    return this.record.getByRole('listitem', { name: /走失，报告人/ });
  }

  /**
   * Sends a code the way a keyboard-wedge scanner does: a burst of key presses a millisecond or
   * so apart, then Enter, with the focus on no field. The burst is raised inside the page:
   * Playwright's key presses each take a round trip to the browser, 50–270 ms apart on a busy
   * two-core machine, which is a person's typing speed, not a scanner's.
   */
  async scan(code: string): Promise<void> {
    await this.page.evaluate((keys) => {
      (document.activeElement as HTMLElement | null)?.blur();
      for (const key of [...keys, 'Enter']) document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    }, [...code]);
  }
}
