// Likely duplicates and merging them: two records of one person are found, compared side by
// side, merged after a confirmation that names both, and the merge is in the audit log.
import { expect, test } from './fixtures';
import { SettingsPage } from './pages/SettingsPage';

const VALID_ID = '11010519491231002X';

test('likely duplicates are found, compared and merged after a confirmation naming both', async ({ app, people, page }) => {
  await people.add({ name: '王秀英', docNumber: VALID_ID });
  await people.openForm();
  await people.fill({ name: '王秀英', birthDate: '1949-12-31', mobile: '13800138000', address: '汕头市金平区' });
  await people.addContact({ name: '王建国', relation: '父亲', phone: '13900139000' });
  await people.save();
  await expect(people.form).toBeHidden();
  await people.add({ name: '陈志强', mobile: '13600136000' });
  await expect(people.rowOf('王秀英')).toHaveCount(2);

  await people.openDuplicates();
  const group = page.getByRole('main').locator('.ant-card').filter({ hasText: '姓名和出生日期相同：王秀英，1949-12-31' });
  await expect(group).toBeVisible();
  await expect(page.getByRole('main').locator('.ant-card')).toHaveCount(1);
  await group.getByRole('button', { name: '比较并合并' }).click();

  const comparison = page.getByRole('dialog', { name: '合并人员档案' });
  await expect(comparison).toBeVisible();
  // The record with the ID number is kept by default; the other one fills its gaps.
  const keptFirst = comparison.getByRole('radio', { name: /王秀英（编号 1）/ });
  await expect(keptFirst).toBeChecked();
  await expect(comparison.getByRole('row').filter({ hasText: '汕头市金平区' })).toContainText('补入');
  await comparison.getByRole('button', { name: '合并…' }).click();

  const confirm = page.getByRole('dialog', { name: '确认合并这两份档案？' });
  await expect(confirm).toContainText('将「王秀英」（编号 2）合并到「王秀英」（编号 1）');
  await expect(confirm).toContainText('合并不能撤销，并将记入审计日志。');
  await confirm.getByRole('button', { name: '确认合并' }).click();
  await expect(page.getByText('已合并到编号 1 的档案')).toBeVisible();
  await expect(page.getByText('没有发现疑似重复的人员')).toBeVisible();

  await page.getByRole('tab', { name: '全部人员' }).click();
  await expect(people.rowOf('王秀英')).toHaveCount(1);
  await people.open('王秀英');
  await expect(people.record).toContainText('1101**********002X');
  await expect(people.record).toContainText('13800138000');
  await expect(people.record).toContainText('汕头市金平区');
  await expect(people.record).toContainText('王建国（父亲） 13900139000');
  await page.keyboard.press('Escape');

  await app.navigateTo('设置');
  const settings = new SettingsPage(page);
  await settings.openAuditLog();
  const merge = settings.auditRows('合并人员档案');
  await expect(merge).toContainText('并入了编号 2 的档案（王秀英）');
  await expect(merge).toContainText('紧急联系人 1 条');
  await expect(merge).toContainText('住址：— → 汕头市金平区');
});

test('cancelling the confirmation merges nothing', async ({ people, page }) => {
  await people.add({ name: '李明', mobile: '13800138000' });
  await people.add({ name: '李小明', mobile: '138 0013 8000' });
  await people.openDuplicates();
  await page.getByRole('button', { name: '比较并合并' }).click();
  await page.getByRole('dialog', { name: '合并人员档案' }).getByRole('button', { name: '合并…' }).click();
  await page.getByRole('dialog', { name: '确认合并这两份档案？' }).getByRole('button', { name: '取消' }).click();
  const comparison = page.getByRole('dialog', { name: '合并人员档案' });
  await comparison.getByRole('button', { name: /^(Close|关闭)$/ }).click();
  await expect(comparison).toBeHidden();
  await page.getByRole('tab', { name: '全部人员' }).click();
  await expect(people.rowOf('李')).toHaveCount(2);
});
