// The app starts in Chinese and every program in the navigation opens its page.
import { expect, test } from './fixtures';

const PROGRAMS = [
  { label: '总览', hash: '#/dashboard', heading: '总览' },
  { label: '人员', hash: '#/people', heading: '人员' },
  { label: '献血', hash: '#/blood', heading: '无偿献血' },
  { label: '造血干细胞', hash: '#/stemcell', heading: '造血干细胞捐献' },
  { label: '器官遗体', hash: '#/organ', heading: '器官和遗体捐献' },
  { label: '爱心手环', hash: '#/wristband', heading: '爱心手环' },
  { label: '数据交换', hash: '#/exchange', heading: '数据交换' },
  { label: '统计报表', hash: '#/report', heading: '统计报表' },
  { label: '设置', hash: '#/settings', heading: '设置' },
] as const;

test('loads in Chinese with the programs in order', async ({ app, page }) => {
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page).toHaveTitle('三献与爱心手环登记');
  await expect(app.navigation).toHaveText(PROGRAMS.map((p) => p.label));
  await expect(page).toHaveURL(/#\/dashboard$/);
  await expect(app.heading).toHaveText('总览');
});

test('each navigation entry opens its page', async ({ app, page }) => {
  // Start elsewhere so the first entry (总览) is a real change of route too.
  await app.navigateTo('设置');
  for (const program of PROGRAMS) {
    await app.navigateTo(program.label);
    await expect(page).toHaveURL(new RegExp(`${program.hash}$`));
    await expect(app.heading).toHaveText(program.heading);
  }
});
