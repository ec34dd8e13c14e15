// Adding people through the form: a valid ID is saved, masked in the list and survives a
// restart; a mistyped one is caught as it is typed and nothing is saved.
import { expect, test } from './fixtures';

// A valid GB 11643 number: born 1949-12-31, female, check character X.
const VALID_ID = '11010519491231002X';

test('a person added through the form is listed masked and survives a restart', async ({ app, page, people }) => {
  await expect(people.table).toContainText('暂无人员登记');

  await people.openForm();
  await people.fill({ name: '王秀英', docNumber: VALID_ID, mobile: '138 0013 8000' });
  // Sex and date of birth come from the ID number.
  await expect(people.form.getByRole('radio', { name: '女' })).toBeChecked();
  await expect(people.field('出生日期')).toHaveValue('1949-12-31');
  await people.save();
  await expect(page.getByText('已保存')).toBeVisible();
  await expect(people.form).toBeHidden();

  const row = people.rowOf('王秀英');
  await expect(row).toContainText('1101**********002X');
  await expect(row).toContainText('女');
  await expect(row).toContainText('1949-12-31');
  await expect(row).toContainText('138****8000');
  await expect(row).not.toContainText(VALID_ID);

  await app.restartServerAndReopen();
  await expect(people.rowOf('王秀英')).toContainText('1101**********002X');
});

test('a mistyped ID number is caught in the form and nothing is saved', async ({ page, people }) => {
  await people.openForm();
  await people.fill({ name: '李四', docNumber: `${VALID_ID.slice(0, 17)}1` });
  await expect(people.form.getByText('身份证号码校验位错误')).toBeVisible();

  await people.save();
  await expect(people.form).toBeVisible();
  await expect(people.form.getByText('身份证号码校验位错误')).toBeVisible();
  await people.form.getByRole('button', { name: '取消' }).click();
  await expect(people.form).toBeHidden();

  await page.reload();
  await expect(people.table).toContainText('暂无人员登记');
});

test('Ctrl+N opens the form and a revealed number is shown in full', async ({ page, people }) => {
  await page.keyboard.press('Control+n');
  await expect(people.form).toBeVisible();
  await people.fill({ name: '王秀英', docNumber: VALID_ID });
  await people.save();
  await expect(people.form).toBeHidden();

  const row = people.rowOf('王秀英');
  await row.getByRole('button', { name: '显示' }).click();
  await expect(row).toContainText(VALID_ID);
});

test('adding someone already registered opens their record instead', async ({ page, people }) => {
  await people.add({ name: '王秀英', docNumber: VALID_ID, mobile: '13800138000' });

  // The form starts blank again: nothing carried over from the last person.
  await people.openForm();
  await expect(people.field('手机号码')).toHaveValue('');
  await people.fill({ name: '王秀英', docNumber: VALID_ID });
  await people.save();

  await expect(page.getByText('该人员已登记，已为您打开其档案')).toBeVisible();
  const record = page.getByRole('dialog', { name: '人员档案' });
  await expect(record).toContainText('王秀英');
  await expect(record).toContainText('13800138000');
  await expect(people.rowOf('王秀英')).toHaveCount(1);
});

test('the search box narrows the list through the registry', async ({ people }) => {
  await people.add({ name: '王秀英', docNumber: VALID_ID });
  await people.add({ name: '陈志强', docNumber: '440514198803150015' });

  await people.search.fill('陈志强');
  await expect(people.rowOf('陈志强')).toBeVisible();
  await expect(people.rowOf('王秀英')).toHaveCount(0);

  await people.search.fill('');
  await expect(people.rowOf('王秀英')).toBeVisible();
});
