import { test } from '@playwright/test';
import { AppShell } from './pages/AppShell';
import { RegistryServer } from './registryServer';
test('explore', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  const server = new RegistryServer('/tmp/wbdemo/r.sqlite3');
  await server.start();
  try {
    const app = new AppShell(page, server);
    await app.open();
    await app.navigateTo('爱心手环');
    await page.waitForTimeout(1500);
    await page.screenshot({ path: '/tmp/x1-list.png' });
    await page.getByRole('main').getByRole('table').getByRole('button').first().click();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: '/tmp/x2-drawer.png', fullPage: true });
    const reveal = page.getByRole('dialog').getByRole('button', { name: '显示' }).last();
    if (await reveal.isVisible()) { await reveal.click(); await page.waitForTimeout(800); }
    await page.getByRole('dialog').locator('.ant-drawer-body').evaluate((e) => e.scrollTo(0, 600));
    await page.screenshot({ path: '/tmp x3-reveal.png'.replace(' ', '/') });
    await page.keyboard.press('Escape');
    for (const [tab, file] of [['走失事件', 'x4'], ['统计报表', 'x5'], ['回访提醒', 'x6']]) {
      await page.getByRole('tab', { name: tab }).click();
      await page.waitForTimeout(1500);
      await page.screenshot({ path: `/tmp/${file}.png` });
    }
    await app.navigateTo('设置');
    await page.getByRole('tab', { name: '爱心手环' }).click();
    await page.waitForTimeout(800);
    await page.screenshot({ path: '/tmp/x7-settings.png', fullPage: true });
    await page.goto(server.url + '#/print/roster-cards');
    await page.waitForTimeout(2500);
    await page.screenshot({ path: '/tmp/x8-cards.png' });
  } finally {
    console.log('PROBLEMS', JSON.stringify(problems));
    await server.stop();
  }
});
