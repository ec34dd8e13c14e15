// The sign-in screen: pick a name from the staff list, or add one. Every test starts signed in
// (see AppShell.open); tests about signing in use this directly.
import { expect, type Locator, type Page } from '@playwright/test';

/** Who the shared fixture signs in as. */
export const TEST_STAFF = '测试员';

export class SignInPage {
  readonly screen: Locator;

  constructor(readonly page: Page) {
    this.screen = page.getByText('请选择经办人员', { exact: true });
  }

  staffOption(name: string): Locator {
    return this.page.getByRole('radio', { name, exact: true });
  }

  /** Chooses `name` from the list, adding it first when it is not there. */
  async signIn(name: string = TEST_STAFF): Promise<void> {
    await expect(this.screen).toBeVisible();
    const nameField = this.page.getByLabel('您的姓名', { exact: true });
    await expect(this.page.getByRole('radio').first().or(nameField)).toBeVisible();
    if (await this.staffOption(name).isVisible()) {
      await this.staffOption(name).check();
      await this.page.getByRole('button', { name: '进入', exact: true }).click();
    } else {
      if (!(await nameField.isVisible())) await this.page.getByRole('button', { name: '名单里没有我' }).click();
      await nameField.fill(name);
      await this.page.getByRole('button', { name: '添加并进入' }).click();
    }
    await expect(this.screen).toBeHidden();
  }
}
