// Stem-cell volunteers through the pages: enroll a registered person with two contacts, move
// them through every stage of the CMDP pipeline (sample and typing forms included), and
// withdraw another after a match, which the list then shows as 悔捐.
import { residentIdCheckChar } from '../../electron/contract/validation';
import { expect, test } from './fixtures';
import { StemcellPage, type Contact } from './pages/StemcellPage';

/** A valid resident ID for a birth date (YYYYMMDD) and a three-digit sequence. */
const residentId = (birth: string, sequence: string) => {
  const first17 = `440514${birth}${sequence}`;
  return first17 + residentIdCheckChar(first17);
};

const CONTACTS: readonly [Contact, Contact] = [
  { name: '陈建国', relation: '父母', phone: '13800138001' },
  { name: '林小梅', relation: '朋友', phone: '0754-88123456' },
];

test('a volunteer is enrolled and moved through every stage to donation', async ({ app, people, page }) => {
  await people.add({ name: '陈思远', docNumber: residentId('19950615', '123') });
  await app.navigateTo('造血干细胞');
  const stemcell = new StemcellPage(page);
  await expect(stemcell.table).toContainText('暂无志愿者登记');

  await stemcell.enroll('陈思远', CONTACTS);
  await expect(stemcell.currentStatus()).toContainText('已登记');
  await expect(stemcell.drawer).toContainText('陈建国（父母）13800138001');

  await stemcell.step('预约采样', '已预约采样');
  await stemcell.recordSample('GD20260001', '广东省血液中心');
  await expect(stemcell.currentStatus()).toContainText('已采样');
  await expect(stemcell.drawer).toContainText('GD20260001');

  await stemcell.drawer.getByRole('button', { name: '录入分型', exact: true }).click();
  const typing = stemcell.typingForm();
  await typing.getByLabel('分型实验室').fill('广东省血液中心 HLA 实验室');
  // The nomenclature is checked as it is typed, naming the locus of the row.
  await stemcell.allele('A', 1).fill('B*07:02');
  await stemcell.allele('A', 1).blur();
  await expect(typing).toContainText('位点不符：此处应填 HLA-A，填写的是 B');
  await stemcell.allele('A', 1).fill('A*02:01');
  await stemcell.allele('A', 2).fill('11:01');
  await stemcell.allele('B', 1).fill('B*46:01');
  await stemcell.allele('B', 2).fill('B*40:01');
  await stemcell.allele('DRB1', 1).fill('DRB1*09:01');
  await stemcell.allele('DRB1', 2).fill('DRB1*15:01');
  await expect(typing).not.toContainText('位点不符');
  await typing.getByRole('button', { name: '保存' }).click();
  await expect(typing).toBeHidden();
  await expect(stemcell.currentStatus()).toContainText('已分型入库');
  // A field typed without its locus is stored with it.
  await expect(stemcell.drawer).toContainText('A*11:01');

  await stemcell.step('初配', '初配');
  await stemcell.step('高分辨', '高分辨');
  await stemcell.step('体检', '体检');
  await stemcell.step('已捐献', '已捐献');
  for (const stage of ['已登记', '已预约采样', '已采样', '已分型入库', '初配', '高分辨', '体检', '已捐献']) {
    await expect(stemcell.drawer.locator('.ant-timeline')).toContainText(stage);
  }
  await expect(stemcell.drawer.getByRole('button', { name: '退出' })).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(stemcell.rowOf('陈思远')).toContainText('已捐献');
  await expect(stemcell.filter('已捐献')).toHaveText('已捐献 1');

  // The person's record shows the programme too.
  await app.navigateTo('人员');
  await people.rowOf('陈思远').getByRole('button', { name: '陈思远' }).click();
  const section = page.getByRole('region', { name: '造血干细胞捐献' });
  await expect(section).toContainText('已捐献');
  await expect(section).toContainText('GD20260001');
  await expect(section).toContainText('广东省血液中心 HLA 实验室');
});

test('a volunteer who withdraws after a match is recorded with the reason code as 悔捐', async ({ app, people, page }) => {
  await people.add({ name: '林晓东', docNumber: residentId('19990302', '135') });
  await app.navigateTo('造血干细胞');
  const stemcell = new StemcellPage(page);
  await stemcell.enroll('林晓东', CONTACTS);
  await stemcell.recordSample('GD20260002', '广东省血液中心');
  await stemcell.drawer.getByRole('button', { name: '录入分型', exact: true }).click();
  await stemcell.typingForm().getByLabel('分型实验室').fill('广东省血液中心');
  for (const [locus, a, b] of [['A', '02', '11'], ['B', '46', '40'], ['DRB1', '09', '15']] as const) {
    await stemcell.allele(locus, 1).fill(a);
    await stemcell.allele(locus, 2).fill(b);
  }
  await stemcell.typingForm().getByRole('button', { name: '保存' }).click();
  await expect(stemcell.currentStatus()).toContainText('已分型入库');
  await stemcell.step('初配', '初配');

  const withdraw = await stemcell.action('退出', '志愿者退出');
  await expect(withdraw).toContainText('退出将记为悔捐');
  await withdraw.getByRole('button', { name: '确认退出' }).click();
  await expect(withdraw).toContainText('请选择退出原因');
  await withdraw.getByLabel('退出原因（EMDIS 代码）').click();
  await stemcell.choose('PR 个人原因');
  await withdraw.getByLabel('说明').fill('家人反对');
  await withdraw.getByRole('button', { name: '确认退出' }).click();
  await expect(withdraw).toBeHidden();

  await expect(stemcell.currentStatus()).toContainText('已退出');
  await expect(stemcell.currentStatus()).toContainText('悔捐');
  await expect(stemcell.drawer.locator('.ant-timeline')).toContainText('PR 个人原因');
  await expect(stemcell.drawer.locator('.ant-timeline')).toContainText('家人反对');
  // Withdrawn is the end: no further steps are offered.
  await expect(stemcell.drawer.getByRole('button', { name: '初配' })).toHaveCount(0);
  await expect(stemcell.drawer.getByRole('button', { name: '退出' })).toHaveCount(0);

  await page.keyboard.press('Escape');
  await stemcell.filter('悔捐').click();
  await expect(stemcell.rowOf('林晓东')).toContainText('悔捐');
  await stemcell.filter('已分型入库').click();
  await expect(stemcell.table).toContainText('没有处于该状态的志愿者');
});

test('enrollment refuses someone outside 18–45 under the consent date and names the field', async ({ app, people, page }) => {
  await people.add({ name: '王老伯', docNumber: residentId('19600101', '111') });
  await app.navigateTo('造血干细胞');
  const stemcell = new StemcellPage(page);
  await page.getByRole('button', { name: '登记入库' }).click();
  const form = stemcell.enrollForm;
  await form.getByLabel('志愿者').fill('王老伯');
  await stemcell.choose(/王老伯/);
  for (const [i, contact] of CONTACTS.entries()) {
    await form.getByLabel(`联系人 ${i + 1} 姓名`).fill(contact.name);
    await form.getByLabel(`联系人 ${i + 1} 关系`).click();
    await stemcell.choose(contact.relation);
    await form.getByLabel(`联系人 ${i + 1} 电话`).fill(contact.phone);
  }
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toContainText(/入库年龄须为 18–45 周岁，签署同意书时为 \d+ 周岁/);
  await form.getByRole('button', { name: '取消' }).click();
  await expect(stemcell.table).toContainText('暂无志愿者登记');
});
