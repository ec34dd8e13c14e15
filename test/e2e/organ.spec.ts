// Pledges through the pages: organs (some named), corneas and the body with its executor, the
// family's consent; revocation after a confirmation, and a change that keeps the earlier version.
import { residentIdCheckChar } from '../../electron/contract/validation';
import { expect, test } from './fixtures';
import { OrganPage } from './pages/OrganPage';

const residentId = (birth: string, sequence: string) => {
  const first17 = `440514${birth}${sequence}`;
  return first17 + residentIdCheckChar(first17);
};

const EXECUTOR = { name: '王建华', relation: '成年子女', phone: '13800138002' };

test('a pledge of organs, corneas and the body is registered with its executor, then revoked and kept in the history', async ({ app, people, page }) => {
  await people.add({ name: '王德明', docNumber: residentId('19600815', '151') });
  await app.navigateTo('器官遗体');
  const organ = new OrganPage(page);
  await expect(organ.table).toContainText('暂无捐献登记');

  const form = await organ.openNewForm('王德明', 'GD2026-0001');
  await expect(form.getByText('具体器官')).toHaveCount(0);
  await organ.kind(form, '器官').check();
  await organ.kind(form, '肾脏').check();
  await organ.kind(form, '肝脏').check();
  await organ.kind(form, '眼角膜').check();
  // The executor's fields come with the body pledge, and it cannot be saved without them.
  await expect(form.getByLabel('执行人姓名')).toHaveCount(0);
  await organ.kind(form, '遗体').check();
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toContainText('请填写执行人姓名');
  await organ.fillExecutor(form, EXECUTOR);
  await form.getByRole('button', { name: '添加家属同意' }).click();
  await form.getByLabel('家属姓名').fill('李秀兰');
  await form.getByLabel('关系', { exact: true }).click();
  await organ.choose('配偶');
  await form.getByLabel('同意日期').fill('2026-01-05');
  await form.getByLabel('同意日期').press('Enter');
  await organ.save(form);

  await expect(organ.drawer).toContainText('王德明');
  await expect(organ.currentStatus()).toContainText('有效');
  await expect(organ.drawer).toContainText('器官（肝脏、肾脏）');
  await expect(organ.drawer).toContainText('王建华（成年子女）13800138002');
  await expect(organ.drawer).toContainText('李秀兰（配偶）2026-01-05');

  await organ.drawer.getByRole('button', { name: '撤销登记' }).click();
  const revoke = page.getByRole('dialog', { name: '撤销捐献登记' });
  await expect(revoke).toContainText('确定撤销王德明的捐献登记吗');
  await revoke.getByLabel('撤销原因').fill('家属意见不一致');
  await revoke.getByRole('button', { name: '确认撤销' }).click();
  await expect(revoke).toBeHidden();
  await expect(organ.currentStatus()).toContainText('已撤销');
  await expect(organ.drawer).toContainText('家属意见不一致');
  await expect(organ.drawer.getByRole('button', { name: '变更' })).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(organ.filter('有效')).toHaveText('有效 0');
  await organ.filter('已撤销').click();
  await expect(organ.rowOf('王德明')).toContainText('GD2026-0001');

  await app.navigateTo('人员');
  await people.rowOf('王德明').getByRole('button', { name: '王德明' }).click();
  await expect(page.getByRole('region', { name: '器官和遗体捐献' })).toContainText('已撤销');
});

test('changing a pledge keeps the version it replaces; dropping the body pledge drops the executor', async ({ app, people, page }) => {
  await people.add({ name: '刘芳', docNumber: residentId('19750203', '162') });
  await app.navigateTo('器官遗体');
  const organ = new OrganPage(page);
  const form = await organ.openNewForm('刘芳', 'GD2026-0002');
  await organ.kind(form, '遗体').check();
  await organ.fillExecutor(form, EXECUTOR);
  await organ.save(form);
  await expect(organ.currentStatus()).toContainText('有效');

  await organ.drawer.getByRole('button', { name: '变更' }).click();
  await expect(organ.changeForm).toBeVisible();
  await expect(organ.changeForm.getByLabel('执行人姓名')).toHaveValue('王建华');
  await organ.kind(organ.changeForm, '遗体').uncheck();
  await expect(organ.changeForm.getByLabel('执行人姓名')).toHaveCount(0);
  await organ.kind(organ.changeForm, '眼角膜').check();
  await organ.save(organ.changeForm);

  await expect(organ.history()).toContainText('第 2 版');
  await expect(organ.history()).toContainText('第 1 版');
  await expect(organ.history()).toContainText('已变更');
  await expect(organ.drawer.getByRole('row').filter({ hasText: '捐献内容' })).toHaveText(/眼角膜/);
  await expect(organ.drawer).not.toContainText('王建华（成年子女）');

  await page.keyboard.press('Escape');
  await expect(organ.filter('已变更')).toHaveText('已变更 1');
  await expect(organ.rowOf('刘芳')).toContainText('眼角膜');
});
