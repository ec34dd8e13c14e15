// The whole person record through the UI: adding a person with emergency contacts,
// editing them from the record, the change in the audit log, and English field messages.
import { expect, test } from './fixtures';
import { SettingsPage } from './pages/SettingsPage';
import { TEST_STAFF } from './pages/SignInPage';

// A valid GB 11643 number: born 1949-12-31, female, check character X.
const VALID_ID = '11010519491231002X';

test('a person added with contacts is shown whole, edited from the record, and the change is in the audit log', async ({ app, people, page }) => {
  await people.openForm();
  await people.fill({ name: '王秀英', docNumber: VALID_ID, mobile: '13800138000', address: '汕头市龙湖区金砂路1号' });
  await people.choose('民族', '壮');
  await people.choose('ABO血型', 'AB');
  await people.addOtherPhone('(0754) 8812 3456', '单位');
  await people.addContact({ name: '王建国', relation: '父亲', phone: '139 0013 9000' });
  await people.addContact({ name: '李梅', relation: '朋友', phone: '0754-88000001' });
  await people.save();
  await expect(people.form).toBeHidden();

  await people.open('王秀英');
  await expect(people.record).toContainText('壮族');
  await expect(people.record).toContainText('AB');
  await expect(people.record).toContainText('0754-88123456（单位）');
  await expect(people.record).toContainText('王建国（父亲） 13900139000');
  await expect(people.record).toContainText('李梅（朋友） 0754-88000001');

  await people.edit();
  await expect(people.field('手机号码', people.editForm)).toHaveValue('13800138000');
  await people.field('手机号码', people.editForm).fill('13700137000');
  await people.editForm.getByRole('button', { name: '删除 紧急联系人1' }).click();
  await people.save(people.editForm);
  await expect(people.editForm).toBeHidden();
  await expect(people.record).toContainText('13700137000');
  await expect(people.record).not.toContainText('王建国');
  // The registered number was kept, not cleared, although the form never held it in full.
  await expect(people.record).toContainText('1101**********002X');
  await page.keyboard.press('Escape');
  await expect(people.record).toBeHidden();

  await app.navigateTo('设置');
  const settings = new SettingsPage(page);
  await expect(page.getByRole('tab')).toHaveText(['常规', '规则', '爱心手环', '导出模板', '备份与恢复', '人员账户', '审计日志']);
  await settings.openAuditLog();
  const change = settings.auditRows('修改人员');
  await expect(change).toHaveCount(1);
  await expect(change).toContainText(TEST_STAFF);
  await expect(change).toContainText('手机号码：138****8000 → 137****7000');
  await expect(change).toContainText('紧急联系人：');
  await expect(change).not.toContainText('13700137000');
  await expect(settings.auditRows('新增人员')).toContainText('证件号码：1101**********002X');

  await settings.filterAudit('操作', '新增人员');
  await expect(settings.auditRows('修改人员')).toHaveCount(0);
  await expect(settings.auditRows('新增人员')).toHaveCount(1);
});

test('in English, the registry’s own field message is shown in English', async ({ people, page, app }) => {
  await people.add({ name: '王秀英', docNumber: VALID_ID });
  await app.navigateTo('设置');
  await page.getByText('English', { exact: true }).click();
  await app.navigateTo('People');
  await people.rowOf('王秀英').getByRole('button', { name: '王秀英' }).click();
  const record = page.getByRole('dialog', { name: 'Person record' });
  await record.getByRole('button', { name: 'Edit' }).click();
  const form = page.getByRole('dialog', { name: 'Edit person record' });
  // The form has no number to check against (the registered one stays masked): the registry does.
  const birthDate = form.getByLabel('Date of birth', { exact: true });
  await birthDate.fill('1950-01-01');
  await birthDate.press('Enter');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText('Does not match the ID number (which says 1949-12-31)')).toBeVisible();
});
