// Blood donation through the pages: a donation recorded for a registered person shows the next
// dates on the donor list and the person's record; a donation that breaks an interval needs an
// override reason; a drive's totals are summed from the donations recorded at it.
import { residentIdCheckChar } from '../../electron/contract/validation';
import { expect, test } from './fixtures';
import { BloodPage } from './pages/BloodPage';

/** A valid resident ID for a birth date (YYYYMMDD) and a three-digit sequence. */
const residentId = (birth: string, sequence: string) => {
  const first17 = `440514${birth}${sequence}`;
  return first17 + residentIdCheckChar(first17);
};

/** The local date `days` from today, as the form and the registry write it. */
const dayFromToday = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

test('a donation recorded for a person shows when they may give again', async ({ app, people, page }) => {
  await people.add({ name: '陈思远', docNumber: residentId('19900615', '123') });
  await app.navigateTo('献血');
  const blood = new BloodPage(page);
  await expect(blood.table).toContainText('暂无献血者');

  await blood.openForm();
  await blood.fill({ person: '陈思远', volume: '300 毫升' });
  // Before saving, the form shows the donor's standing: a first-time donor may give today.
  await expect(blood.form).toContainText('今天可献');
  await blood.form.getByRole('button', { name: '保存' }).click();
  await expect(blood.form).toBeHidden();

  const row = blood.rowOf('陈思远');
  await expect(row).toContainText('300 毫升');
  await expect(row).toContainText(dayFromToday(180));
  await expect(row).toContainText(dayFromToday(90));

  await row.getByRole('button', { name: '陈思远' }).click();
  await expect(blood.personRecord).toContainText('下次可献全血');
  await expect(blood.personRecord).toContainText(dayFromToday(180));
  await expect(blood.personRecord).toContainText('两次献全血间隔不足 180 天');
});

test('a donation that breaks an interval is saved only with a reason, which the records show', async ({ app, people, page }) => {
  await people.add({ name: '林小梅', docNumber: residentId('19880302', '246') });
  await app.navigateTo('献血');
  const blood = new BloodPage(page);
  const earlier = dayFromToday(-30);
  await blood.record({ person: '林小梅', date: earlier, volume: '400 毫升' });

  await blood.openForm();
  await blood.fill({ person: '林小梅', volume: '400 毫升' });
  await blood.form.getByRole('button', { name: '保存' }).click();
  await expect(blood.overrideDialog).toContainText(`两次献全血间隔不足 180 天（另一次：${earlier}），${dayFromToday(150)} 起可献`);

  // Without a reason nothing is saved; cancelling leaves the form as it was.
  await blood.overrideDialog.getByRole('button', { name: '仍然登记' }).click();
  await expect(blood.overrideDialog).toContainText('请填写登记原因');
  await blood.overrideDialog.getByRole('button', { name: '取消' }).click();
  await expect(blood.overrideDialog).toBeHidden();
  await expect(blood.form).toBeVisible();

  await blood.form.getByRole('button', { name: '保存' }).click();
  await blood.overrideDialog.getByLabel('登记原因').fill('补录纸质记录，经站长核实');
  await blood.overrideDialog.getByRole('button', { name: '仍然登记' }).click();
  await expect(blood.overrideDialog).toBeHidden();
  await expect(blood.form).toBeHidden();

  await blood.openTab('献血记录');
  await expect(blood.table.getByRole('row').filter({ hasText: '林小梅' })).toHaveCount(2);
  const overridden = blood.rowOf(dayFromToday(0)).filter({ hasText: '林小梅' });
  await expect(overridden).toContainText('超规登记');
  await overridden.getByText('超规登记').hover();
  await expect(page.getByRole('tooltip')).toContainText('补录纸质记录，经站长核实');
});

test('a drive counts who came, was deferred and donated, and totals the volume', async ({ app, people, page }) => {
  await people.add({ name: '王秀英', docNumber: residentId('19850101', '002') });
  await people.add({ name: '陈志强', docNumber: residentId('19920720', '013') });
  await people.add({ name: '李娜', docNumber: residentId('19960909', '024') });
  await app.navigateTo('献血');
  const blood = new BloodPage(page);
  await blood.addDrive('市民广场献血屋', ['区人民医院', '第一中学']);
  await expect(blood.driveDrawer).toContainText('区人民医院');
  await expect(blood.driveTotal('到场')).toHaveText('0');

  await blood.record({ person: '王秀英', volume: '400 毫升' }, true);
  await blood.record({ person: '陈志强', volume: '300 毫升' }, true);
  await blood.record({ person: '李娜', deferredFor: '血红蛋白偏低' }, true);

  await expect(blood.driveTotal('到场')).toHaveText('3');
  await expect(blood.driveTotal('暂缓')).toHaveText('1');
  await expect(blood.driveTotal('献血')).toHaveText('2');
  await expect(blood.driveTotal('全血')).toHaveText('700');
  await expect(blood.driveTotal('血小板')).toHaveText('0');
  await expect(blood.driveDonations.getByRole('row')).toHaveCount(4);
  await expect(blood.driveDonations).toContainText('血红蛋白偏低');

  // The drives list, by volume: this drive is the office's record.
  await page.keyboard.press('Escape');
  await expect(blood.driveDrawer).toBeHidden();
  const row = blood.rowOf('市民广场献血屋');
  await expect(row).toContainText('本单位纪录');
  await expect(row).toContainText('700 毫升');
  await expect(row).toContainText('第一中学');
});
