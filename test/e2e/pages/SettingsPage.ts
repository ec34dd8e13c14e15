// The settings page: the language switch, the registry's details, and the 审计日志 tab.
import type { Locator, Page } from '@playwright/test';
import { selectOption } from './selectOption';

export class SettingsPage {
  readonly auditTable: Locator;

  constructor(readonly page: Page) {
    this.auditTable = page.getByRole('tabpanel').getByRole('table');
  }

  languageOption(label: '简体中文' | 'English'): Locator {
    return this.page.getByRole('radio', { name: label });
  }

  async chooseLanguage(label: '简体中文' | 'English'): Promise<void> {
    // antd's button-style radios hide the input; the visible label is what staff click.
    await this.page.getByText(label, { exact: true }).click();
  }

  async openAuditLog(): Promise<void> {
    await this.page.getByRole('tab', { name: '审计日志' }).click();
  }

  /** Narrows the log by one of its drop-down filters (操作, 对象, 经办人员). */
  async filterAudit(filter: string, option: string): Promise<void> {
    await this.page.getByRole('combobox', { name: filter, exact: true }).click();
    await selectOption(this.page, option);
  }

  auditRows(text: string): Locator {
    return this.auditTable.getByRole('row').filter({ hasText: text });
  }
}
