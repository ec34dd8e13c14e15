// The RPC token guards browser mode: a page without the right one gets nothing from the registry,
// and staff see why instead of an empty screen.
import { expect, test } from './fixtures';

test('a page with the wrong RPC token is refused and says so', async ({ page, registry }) => {
  await page.route(registry.url, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/(name="sanxian-rpc-token" content=")[^"]*/, '$1not-the-token');
    await route.fulfill({ response, body: html });
  });
  await page.goto(registry.url);

  await expect(page.getByText('无法读取程序设置')).toBeVisible();
  await expect(page.getByText('访问令牌无效，请重新打开程序')).toBeVisible();
  await expect(page.getByRole('button', { name: '重试' })).toBeVisible();
});
