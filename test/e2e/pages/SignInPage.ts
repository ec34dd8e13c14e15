// The screens before work starts: the first-run setup (a fresh registry has no administrator),
// the sign-in (name and password) and the lock screen. Every test starts signed in as the
// administrator the setup created (see AppShell.open); tests about accounts use this directly.
import { expect, type Locator, type Page } from '@playwright/test';

/** Who the shared fixture signs in as: the administrator of every test's fresh registry. */
export const TEST_STAFF = '测试员';
export const TEST_PASSWORD = '测试员的密码2026';

export class SignInPage {
  /** The sign-in screen or the first-run setup, whichever the registry needs. */
  readonly screen: Locator;
  readonly signInScreen: Locator;
  readonly setupScreen: Locator;
  readonly signInButton: Locator;
  readonly lockScreen: Locator;
  readonly error: Locator;
  readonly recoveryCode: Locator;

  constructor(readonly page: Page) {
    this.signInScreen = page.getByText('工作人员登录', { exact: true });
    this.setupScreen = page.getByText('首次使用：设置管理员', { exact: true });
    this.screen = this.signInScreen.or(this.setupScreen);
    this.signInButton = page.getByRole('button', { name: '登录', exact: true });
    this.lockScreen = page.getByRole('dialog', { name: '窗口已锁定' });
    this.error = page.getByRole('alert');
    this.recoveryCode = page.getByTestId('recovery-code');
  }

  staffOption(name: string): Locator {
    return this.page.getByRole('radio', { name, exact: true });
  }

  password(label = '密码'): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /**
   * Signs `name` in with `password`. On a registry without an administrator it runs the setup
   * instead, making `name` the administrator, and returns the recovery code it showed.
   */
  async signIn(name: string = TEST_STAFF, password: string = TEST_PASSWORD): Promise<string | null> {
    // The sign-in frame shows while the registry is asked who works here; only then is it
    // clear whether it is the setup or the list of names.
    await expect(this.setupScreen.or(this.signInButton)).toBeVisible();
    if (await this.setupScreen.isVisible()) return this.setUp(name, password);
    await this.staffOption(name).check();
    await this.password().fill(password);
    await this.signInButton.click();
    await expect(this.screen).toBeHidden();
    return null;
  }

  /**
   * The first-run setup: the administrator, encryption (declined unless a passphrase is given),
   * then the recovery code, confirmed as written down.
   */
  async setUp(name: string = TEST_STAFF, password: string = TEST_PASSWORD, passphrase?: string): Promise<string> {
    await this.page.getByLabel('管理员姓名', { exact: true }).fill(name);
    await this.password().fill(password);
    await this.password('再次输入密码').fill(password);
    await this.page.getByRole('button', { name: '建立管理员账户' }).click();
    if (passphrase === undefined) {
      await this.page.getByRole('radio', { name: /暂不加密/ }).check();
    } else {
      await this.page.getByLabel('新的数据库口令').fill(passphrase);
      await this.page.getByLabel('再输入一次').fill(passphrase);
    }
    await this.page.getByRole('button', { name: '下一步', exact: true }).click();
    const code = await this.confirmRecoveryCode();
    await expect(this.screen).toBeHidden();
    return code;
  }

  /** Reads the recovery code shown once, ticks 我已抄下恢复码 and goes on. */
  async confirmRecoveryCode(): Promise<string> {
    await expect(this.recoveryCode).toBeVisible();
    const code = (await this.recoveryCode.innerText()).trim();
    await this.page.getByRole('checkbox', { name: /我已抄下恢复码/ }).check();
    await this.page.getByRole('button', { name: '继续', exact: true }).click();
    return code;
  }

  async unlock(password: string = TEST_PASSWORD): Promise<void> {
    await this.lockScreen.getByLabel('密码', { exact: true }).fill(password);
    await this.lockScreen.getByRole('button', { name: '解锁', exact: true }).click();
  }
}
