// The care-wristband program through the pages: enrolment with a guardian and the separate
// consent, a band issued and worn, a missing-person incident reported and closed, a band
// scanned from another page, and the printed cards read back from a real PDF: the band code,
// the plea and the hotline are on them; the ID number, the condition and the address are not.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { residentIdCheckChar } from '../../electron/contract/validation';
import { expect, test } from './fixtures';
import { WristbandPage } from './pages/WristbandPage';

const first17 = '44051419420315262';
const ID_NUMBER = first17 + residentIdCheckChar(first17);
const ADDRESS = '东村幸福路12号';
const HOTLINE = '0754-88123456';
const GUARDIAN = { name: '李明', relation: '子女', phone: '13800138000' };

/** Every piece of text in a PDF, pages joined. */
async function pdfText(pdf: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n += 1) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  await document.destroy();
  return pages.join('\n');
}

test('a participant is enrolled with a guardian and a band, goes missing and is found, is looked up by a scan, and the printed card keeps private data off', async ({
  app,
  people,
  page,
}) => {
  await app.navigateTo('人员');
  await people.add({ name: '张桂兰', docNumber: ID_NUMBER, address: ADDRESS });

  const wristband = new WristbandPage(page);
  await app.navigateTo('设置');
  await wristband.setHotline(HOTLINE);

  await app.navigateTo('爱心手环');
  await wristband.openEnrolForm();
  await wristband.fillEnrolment({ person: '张桂兰', village: '东村', grid: '第3网格', guardian: GUARDIAN });
  // No sensitive field is offered before the separate consent is recorded.
  await expect(wristband.enrolForm.getByLabel('病情类别')).toHaveCount(0);
  await wristband.giveConsent('李明', '子女', ['健康状况与用药']);
  await wristband.enrolForm.getByLabel('病情类别').click();
  await wristband.choose('认知障碍');
  await wristband.save(wristband.enrolForm);

  await expect(wristband.record).toContainText('张桂兰');
  await expect(wristband.record).toContainText(GUARDIAN.phone);
  await expect(wristband.record).toContainText('手环联系人');
  // The condition is held but masked until someone asks to see it.
  await expect(wristband.record).not.toContainText('认知障碍');

  const code = await wristband.issueBand();
  await wristband.bandStep(code, '确认佩戴');
  await expect(wristband.band(code)).toContainText('佩戴中');

  await wristband.record.getByRole('button', { name: '报告走失' }).click();
  await wristband.dialog.getByLabel('报告人', { exact: true }).fill(GUARDIAN.name);
  await wristband.save(wristband.dialog);
  await expect(wristband.record).toContainText('此人当前登记为走失');
  await expect(wristband.incidents()).toContainText('走失中');

  await wristband.incidents().getByRole('button', { name: '记录找到' }).click();
  await wristband.dialog.getByLabel('找到地点').fill('西门菜市场');
  await wristband.dialog.getByLabel('发现人').fill('王保安');
  await wristband.dialog.getByLabel('身份确认方式').click();
  await wristband.choose('扫描手环二维码');
  await wristband.save(wristband.dialog);
  await expect(wristband.incidents()).toContainText('在 西门菜市场 由 王保安 找到（扫描手环二维码）');
  await expect(wristband.incidents()).toContainText('已找到，待团聚');
  await expect(wristband.record).toContainText('此人已找到，尚未记录与家人团聚');
  await page.keyboard.press('Escape');
  await expect(wristband.record).toBeHidden();

  // A scanner on another page: the code typed fast and Enter opens the guardians' phones first.
  await app.navigateTo('人员');
  await wristband.scan(code);
  await expect(wristband.lookup).toBeVisible();
  await expect(wristband.lookup).toContainText('张桂兰');
  const lookupText = await wristband.lookup.innerText();
  expect(lookupText.indexOf(GUARDIAN.phone)).toBeLessThan(lookupText.indexOf('社区/村'));
  await wristband.lookup.getByRole('button', { name: '打开档案' }).click();
  await expect(wristband.record).toContainText(code);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: '打印卡片' }).click();
  await expect(page).toHaveURL(/#\/print\/roster-cards$/);
  const card = page.getByRole('article', { name: code });
  await expect(card).toContainText('请帮我联系家人');
  await expect(card.getByRole('img', { name: code })).toBeVisible();

  const text = await pdfText(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
  expect(text).toContain(code);
  expect(text).toContain('请帮我联系家人');
  expect(text).toContain(GUARDIAN.phone);
  expect(text).toContain(HOTLINE);
  expect(text).not.toContain(ID_NUMBER);
  expect(text).not.toContain('认知障碍');
  expect(text).not.toContain(ADDRESS);
  // The toolbar is for the screen only.
  expect(text).not.toContain('保存为 PDF');

  // Printing is written to the audit log before the print dialog opens: what, how many, who.
  await page.getByRole('button', { name: '打印', exact: true }).click();
  await page.getByRole('button', { name: '返回' }).click();
  await app.navigateTo('设置');
  await page.getByRole('tab', { name: '审计日志' }).click();
  // The action shows as its code until the audit catalogue has a label for it.
  await expect(page.getByRole('row').filter({ hasText: /print\.printer|打印/ }).first()).toContainText('测试员');
});

test('a mistyped band code is caught by its check character before the registry is asked, an unknown one by the registry', async ({ app, page }) => {
  await app.navigateTo('爱心手环');
  const box = page.getByLabel('手环查询');
  await box.fill('AX-000001-5');
  await box.press('Enter');
  await expect(page.getByText('手环编号校验位不符，可能有字符看错或输错，请核对')).toBeVisible();
  await expect(new WristbandPage(page).lookup).toHaveCount(0);
  // A well-formed code (typed with spaces, as read out over the phone) that no band carries.
  await box.fill('ax 000002 8');
  await box.press('Enter');
  await expect(page.getByText('没有登记编号为 AX-000002-8 的手环')).toBeVisible();
});

test('a photo is shrunk on this computer before it is stored, and shown only when revealed', async ({ app, people, page }) => {
  await app.navigateTo('人员');
  await people.add({ name: '陈阿婆' });
  await app.navigateTo('爱心手环');
  const wristband = new WristbandPage(page);
  await wristband.openEnrolForm();
  await wristband.fillEnrolment({ person: '陈阿婆', village: '西村', grid: '第1网格', guardian: GUARDIAN });
  await wristband.giveConsent('李明', '子女', ['照片']);
  await wristband.save(wristband.enrolForm);
  await expect(wristband.record).toContainText('陈阿婆');

  // A camera-sized picture, drawn by the browser itself.
  const png = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 3000;
    canvas.height = 2000;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#c33';
    context.fillRect(0, 0, 3000, 2000);
    return canvas.toDataURL('image/png').split(',')[1]!;
  });
  await wristband.record.getByLabel('上传照片').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from(png, 'base64') });
  await expect(page.getByText('照片已保存')).toBeVisible();
  await expect(wristband.record.getByRole('img', { name: '照片' })).toHaveCount(0);

  await wristband.record.getByRole('button', { name: '显示' }).last().click();
  const photo = wristband.record.getByRole('img', { name: '照片' });
  await expect(photo).toBeVisible();
  const size = await photo.evaluate((img: HTMLImageElement) => ({ width: img.naturalWidth, height: img.naturalHeight, src: img.src }));
  expect(size.width).toBe(600);
  expect(size.height).toBe(400);
  expect(size.src).toMatch(/^data:image\/jpeg;base64,/);
});
