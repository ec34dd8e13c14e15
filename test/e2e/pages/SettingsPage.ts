// The settings page: the language switch and the registry's details.
import type { Locator, Page } from '@playwright/test';

export class SettingsPage {
  constructor(readonly page: Page) {}

  languageOption(label: '简体中文' | 'English'): Locator {
    return this.page.getByRole('radio', { name: label });
  }

  async chooseLanguage(label: '简体中文' | 'English'): Promise<void> {
    // antd's button-style radios hide the input; the visible label is what staff click.
    await this.page.getByText(label, { exact: true }).click();
  }
}
