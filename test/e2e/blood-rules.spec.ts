// The rule table in 设置 → 规则: a new version of the whole-blood interval, confirmed before it
// is saved, shows as the rule in force with the old value kept in its history, and recording a
// donation then follows it.
import { residentIdCheckChar } from '../../electron/contract/validation';
import { expect, test } from './fixtures';
import { BloodPage } from './pages/BloodPage';

const dayFromToday = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

test('a new version of a rule takes effect from its date and the donation form follows it', async ({ app, page, people }) => {
  const first17 = '44051419870412031';
  await people.add({ name: '黄志明', docNumber: first17 + residentIdCheckChar(first17) });

  await app.navigateTo('设置');
  await page.getByRole('tab', { name: '规则' }).click();
  const rules = page.getByRole('tabpanel').getByRole('table');
  const intervals = rules.getByRole('row').filter({ hasText: '献血间隔' });
  await expect(intervals).toContainText('全血 → 全血（天）：180');
  await expect(intervals).toContainText('出厂默认');
  await expect(rules.getByRole('row').filter({ hasText: '全国无偿献血奉献奖标准' })).toContainText('金奖：40');

  await intervals.getByRole('button', { name: '修改 献血间隔' }).click();
  const form = page.getByRole('dialog', { name: '修改：献血间隔' });
  await form.getByLabel('全血 → 全血（天）').fill('90');
  await form.getByLabel('依据').fill('省卫生健康委通知（测试）');
  await form.getByRole('button', { name: '保存' }).click();
  // Nothing is saved before the confirmation.
  const confirm = page.locator('.ant-modal-confirm');
  await expect(confirm).toContainText(`自 ${dayFromToday(0)} 起按新值执行`);
  await confirm.getByRole('button', { name: '保存' }).click();
  await expect(form).toBeHidden();

  await expect(intervals).toContainText('全血 → 全血（天）：90');
  await expect(intervals).toContainText(`自 ${dayFromToday(0)} 起`);
  await intervals.getByRole('button', { name: /展开|Expand/ }).click();
  const history = rules.locator('.ant-table-expanded-row');
  await expect(history).toContainText('历史版本（2）');
  await expect(history).toContainText('出厂默认：全血 → 全血（天）：180');
  await expect(history).toContainText('省卫生健康委通知（测试）');

  // 100 days after a donation: too soon under the old rule, allowed under the new one.
  await app.navigateTo('献血');
  const blood = new BloodPage(page);
  await blood.record({ person: '黄志明', date: dayFromToday(-100), volume: '400 毫升' });
  await blood.record({ person: '黄志明', volume: '400 毫升' });
  await blood.openTab('献血记录');
  await expect(blood.table.getByRole('row').filter({ hasText: '黄志明' })).toHaveCount(2);
  await expect(blood.table).not.toContainText('超规登记');
});
