// Staff accounts through the UI: the first-run setup and its recovery code (shown once, and
// spent when it resets a forgotten administrator password), signing in with a password and the
// Chinese reason for a refusal, accounts an administrator adds, and locking the window (by hand,
// and by itself after the idle minutes).
import { expect, test } from './fixtures';
import { SignInPage, TEST_PASSWORD, TEST_STAFF } from './pages/SignInPage';

const CODE_PATTERN = /^[0-9A-Z]{4}(-[0-9A-Z]{4}){5}$/;

test('the first run sets up the administrator and shows the recovery code once; the code later resets a forgotten password', async ({ page, registry }) => {
  await page.goto(registry.url);
  const signIn = new SignInPage(page);
  await expect(signIn.setupScreen).toBeVisible();
  await page.getByLabel('管理员姓名', { exact: true }).fill(TEST_STAFF);
  await signIn.password().fill('短密码');
  await signIn.password('再次输入密码').fill('短密码');
  await page.getByRole('button', { name: '建立管理员账户' }).click();
  await expect(page.getByText('密码至少需要8个字符')).toBeVisible();
  await signIn.password().fill(TEST_PASSWORD);
  await signIn.password('再次输入密码').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: '建立管理员账户' }).click();
  await page.getByRole('radio', { name: /暂不加密/ }).check();
  await page.getByRole('button', { name: '下一步', exact: true }).click();

  // Work starts only once the code is confirmed as written down.
  await expect(signIn.recoveryCode).toHaveText(CODE_PATTERN);
  const code = (await signIn.recoveryCode.innerText()).trim();
  await expect(page.getByRole('button', { name: '继续', exact: true })).toBeDisabled();
  await signIn.confirmRecoveryCode();
  const header = page.getByRole('banner');
  await expect(header).toContainText(`经办人员：${TEST_STAFF}（管理员）`);

  // Never shown again: a reload keeps the sign-in, and signing in again asks for the password.
  await page.reload();
  await expect(header).toContainText(TEST_STAFF);
  await expect(signIn.recoveryCode).toHaveCount(0);
  await header.getByRole('button', { name: '切换人员' }).click();
  await expect(signIn.signInScreen).toBeVisible();
  await expect(signIn.recoveryCode).toHaveCount(0);

  // Forgotten: the code resets the password and is replaced by a new one.
  await page.getByRole('button', { name: '忘记密码？' }).click();
  await page.getByLabel('恢复码', { exact: true }).fill(code.toLowerCase());
  await page.getByRole('radio', { name: TEST_STAFF }).check();
  await signIn.password('新密码').fill('新的管理员密码2027');
  await signIn.password('再次输入密码').fill('新的管理员密码2027');
  await page.getByRole('button', { name: '重设密码并登录' }).click();
  await expect(page.getByText('之前的恢复码已作废。')).toBeVisible();
  const next = await signIn.confirmRecoveryCode();
  expect(next).toMatch(CODE_PATTERN);
  expect(next).not.toBe(code);
  await expect(header).toContainText(`经办人员：${TEST_STAFF}（管理员）`);

  await header.getByRole('button', { name: '切换人员' }).click();
  await signIn.signIn(TEST_STAFF, '新的管理员密码2027');
  await expect(header).toContainText(TEST_STAFF);
});

test('a wrong password is refused in Chinese and counted; the right one signs in', async ({ app, page }) => {
  const header = page.getByRole('banner');
  await header.getByRole('button', { name: '切换人员' }).click();
  const signIn = new SignInPage(page);
  // The last person to sign in here is offered first.
  await expect(signIn.staffOption(TEST_STAFF)).toBeChecked();
  await signIn.password().fill('不是这个密码');
  await signIn.signInButton.click();
  await expect(signIn.error).toHaveText('密码不正确（再错 4 次，账户将暂时锁定）');
  await signIn.signIn();
  await expect(app.heading).toHaveText('总览');
});

test('an administrator adds a staff account; its owner signs in, changes the password, and sees no accounts tab', async ({ app, page }) => {
  await app.navigateTo('设置');
  await page.getByRole('tab', { name: '人员账户' }).click();
  await page.getByRole('button', { name: '添加账户' }).click();
  const dialog = page.getByRole('dialog', { name: '添加人员账户' });
  await dialog.getByLabel('姓名', { exact: true }).fill('陈红');
  await dialog.getByLabel('密码', { exact: true }).fill('陈红的密码123');
  await dialog.getByLabel('再次输入密码', { exact: true }).fill('陈红的密码123');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row').filter({ hasText: '陈红' });
  await expect(row).toContainText('工作人员');
  await expect(row).toContainText('在用');

  const header = page.getByRole('banner');
  await header.getByRole('button', { name: '切换人员' }).click();
  const signIn = new SignInPage(page);
  await signIn.signIn('陈红', '陈红的密码123');
  await expect(header).toContainText('经办人员：陈红（工作人员）');
  await app.navigateTo('设置');
  await expect(page.getByRole('tab', { name: '审计日志' })).toBeVisible();
  await expect(page.getByRole('tab', { name: '人员账户' })).toHaveCount(0);

  await header.getByRole('button', { name: /经办人员：陈红/ }).click();
  await page.getByRole('menuitem', { name: '修改我的密码' }).click();
  const change = page.getByRole('dialog', { name: '修改我的密码' });
  await change.getByLabel('当前密码', { exact: true }).fill('陈红的密码123');
  await change.getByLabel('新密码', { exact: true }).fill('陈红的新密码456');
  await change.getByLabel('再次输入密码', { exact: true }).fill('陈红的新密码456');
  await change.getByRole('button', { name: '保存' }).click();
  await expect(change).toBeHidden();
  await header.getByRole('button', { name: '切换人员' }).click();
  await signIn.signIn('陈红', '陈红的新密码456');
  await expect(header).toContainText('经办人员：陈红');
});

test('锁定 and Ctrl+L lock the window; only the same password opens it, and the page is kept', async ({ app, page, people }) => {
  await people.openForm();
  await people.fill({ name: '王秀英' });
  const header = page.getByRole('banner');
  const signIn = new SignInPage(page);
  await page.keyboard.press('Control+l');
  await expect(signIn.lockScreen).toBeVisible();
  await expect(signIn.lockScreen).toContainText(`${TEST_STAFF}，请输入您的密码继续工作。`);
  await signIn.unlock('不是这个密码');
  await expect(signIn.lockScreen.getByRole('alert')).toHaveText('密码不正确（再错 4 次，账户将暂时锁定）');
  await signIn.unlock();
  await expect(signIn.lockScreen).toBeHidden();
  // The half-filled form survived the lock.
  await expect(people.field('姓名')).toHaveValue('王秀英');
  await page.keyboard.press('Escape');

  await header.getByRole('button', { name: '锁定' }).click();
  await expect(signIn.lockScreen).toBeVisible();
  // A reload keeps the lock: the registry holds it, not the page.
  await page.reload();
  await expect(signIn.lockScreen).toBeVisible();
  await signIn.lockScreen.getByRole('button', { name: '换其他人员登录' }).click();
  await expect(signIn.signInScreen).toBeVisible();
  await signIn.signIn();
  // The colleague's sign-in opens where the window was.
  await expect(app.heading).toHaveText('人员');
});

test('the window locks itself after the idle minutes without input, and input puts that off', async ({ app, page }) => {
  // The page's clock is the test's to move: the registry's default of 10 minutes applies.
  await page.clock.install();
  await page.reload();
  await expect(app.heading).toHaveText('总览');
  const signIn = new SignInPage(page);
  await page.clock.fastForward('09:00');
  await page.mouse.move(200, 200);
  await page.clock.fastForward('09:00');
  await expect(signIn.lockScreen).toBeHidden();
  await page.clock.fastForward('02:00');
  await expect(signIn.lockScreen).toBeVisible();
  await signIn.unlock();
  await expect(signIn.lockScreen).toBeHidden();
});

test('a new idle limit applies as soon as it is saved, without signing in again', async ({ app, page }) => {
  await page.clock.install();
  await page.reload();
  await app.navigateTo('设置');
  await page.getByRole('tab', { name: '人员账户' }).click();
  const limit = page.getByLabel('无人操作多少分钟后锁定窗口');
  await expect(limit).toHaveValue('10');
  await limit.fill('1');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('已保存')).toBeVisible();
  // Well inside the old ten minutes, past the new one.
  await page.clock.fastForward('01:30');
  const signIn = new SignInPage(page);
  await expect(signIn.lockScreen).toBeVisible();
});
