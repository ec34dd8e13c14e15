// Encryption at rest as staff meet it: an encrypted registry opens on the passphrase screen and
// nothing else; an administrator switches encryption on in 设置 and is shown the recovery code
// once; a forgotten passphrase is replaced with that code, which is then spent.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppShell } from './pages/AppShell';
import { SignInPage, TEST_PASSWORD, TEST_STAFF } from './pages/SignInPage';

const ROOT = resolve(import.meta.dirname, '../..');
const PASSPHRASE = '献血车每周三停在广场东侧';

function encryptWithCli(dbPath: string): void {
  execFileSync(process.execPath, ['--import', 'tsx', resolve(ROOT, 'electron/cli/main.ts'), '--db', dbPath, 'encrypt', '--json'], {
    cwd: ROOT,
    env: { ...process.env, SANXIAN_NEW_PASSPHRASE: PASSPHRASE },
  });
}

const unlockCard = (page: Page) => page.getByText('打开加密的登记库');

async function writeDownRecoveryCode(page: Page): Promise<string> {
  const code = (await page.getByTestId('recovery-code').textContent()) ?? '';
  expect(code).toMatch(/^([0-9A-Z]{4}-){5}[0-9A-Z]{4}$/);
  const next = page.getByRole('button', { name: '继续' });
  await expect(next).toBeDisabled();
  await page.getByLabel('我已抄下恢复码并妥善保管').check();
  await next.click();
  return code;
}

test('an encrypted registry opens only with its passphrase', async ({ page, registry }) => {
  await registry.stop();
  encryptWithCli(registry.dbPath);
  await registry.start();

  await page.goto(registry.url);
  await expect(unlockCard(page)).toBeVisible();
  await page.getByLabel('数据库口令').fill('献血车每周四停在广场西侧');
  await page.getByRole('button', { name: '解锁' }).click();
  await expect(page.getByText('数据库口令不正确')).toBeVisible();
  await expect(unlockCard(page)).toBeVisible();

  await page.getByLabel('数据库口令').fill(PASSPHRASE);
  await page.getByRole('button', { name: '解锁' }).click();
  await expect(unlockCard(page)).toBeHidden();
  const app = new AppShell(page, registry);
  await app.open();
  await app.navigateTo('设置');
  await expect(page.getByText('已加密', { exact: true })).toBeVisible();
});

test('encryption switched on in settings; a forgotten passphrase is replaced with the recovery code', async ({ app, registry, page }) => {
  await app.navigateTo('设置');
  await expect(page.getByText('未加密', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: '启用加密…' }).click();
  const dialog = page.getByRole('dialog', { name: '启用数据加密' });
  await dialog.getByLabel('新的数据库口令').fill('太短');
  await dialog.getByLabel('再输入一次').fill('太短');
  await dialog.getByRole('button', { name: '加密' }).click();
  await expect(dialog.getByText('口令至少 10 个字符')).toBeVisible();
  await dialog.getByLabel('新的数据库口令').fill(PASSPHRASE);
  await dialog.getByLabel('再输入一次').fill(PASSPHRASE);
  await dialog.getByRole('button', { name: '加密' }).click();
  const firstCode = await writeDownRecoveryCode(page);
  await expect(page.getByText('已加密', { exact: true })).toBeVisible();

  // Next morning: the passphrase is forgotten.
  await registry.restart();
  await page.goto(registry.url);
  await expect(unlockCard(page)).toBeVisible();
  await page.getByRole('button', { name: '忘记口令？使用恢复码' }).click();
  await page.getByLabel('恢复码').fill(firstCode.toLowerCase());
  await page.getByLabel('新的数据库口令').fill('新口令是一句更长的话');
  await page.getByLabel('再输入一次').fill('新口令是一句更长的话');
  await page.getByRole('button', { name: '恢复并设置新口令' }).click();
  const secondCode = await writeDownRecoveryCode(page);
  expect(secondCode).not.toBe(firstCode);
  await app.open();

  // The new passphrase opens it from now on; the spent code no longer does.
  await registry.restart();
  await page.goto(registry.url);
  await page.getByRole('button', { name: '忘记口令？使用恢复码' }).click();
  await page.getByLabel('恢复码').fill(firstCode);
  await page.getByLabel('新的数据库口令').fill('再换一句足够长的口令');
  await page.getByLabel('再输入一次').fill('再换一句足够长的口令');
  await page.getByRole('button', { name: '恢复并设置新口令' }).click();
  await expect(page.getByText('恢复码不正确')).toBeVisible();
  await page.getByRole('button', { name: '返回输入口令' }).click();
  await page.getByLabel('数据库口令').fill('新口令是一句更长的话');
  await page.getByRole('button', { name: '解锁' }).click();
  await expect(unlockCard(page)).toBeHidden();
  await app.open();
});

test('the first-run setup offers encryption and shows only the final recovery code', async ({ page, registry }) => {
  await page.goto(registry.url);
  const signIn = new SignInPage(page);
  const code = await signIn.setUp(TEST_STAFF, TEST_PASSWORD, PASSPHRASE);
  await registry.restart();
  await page.goto(registry.url);
  await expect(unlockCard(page)).toBeVisible();
  // The code shown at the end of the wizard is the one that opens the encrypted registry.
  await page.getByRole('button', { name: '忘记口令？使用恢复码' }).click();
  await page.getByLabel('恢复码').fill(code);
  await page.getByLabel('新的数据库口令').fill('新口令是一句更长的话');
  await page.getByLabel('再输入一次').fill('新口令是一句更长的话');
  await page.getByRole('button', { name: '恢复并设置新口令' }).click();
  await writeDownRecoveryCode(page);
  await expect(signIn.screen).toBeVisible();
});
