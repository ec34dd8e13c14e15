// Switching to English changes the interface at once and is remembered by the registry.
import { expect, test } from './fixtures';

test('English is applied at once and remembered after a reload', async ({ app, page, settings }) => {
  await settings.chooseLanguage('English');

  await expect(app.navigation.first()).toHaveText('Overview');
  await expect(app.navigation.last()).toHaveText('Settings');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(app.heading).toHaveText('Settings');

  await page.reload();
  await expect(app.navigation.first()).toHaveText('Overview');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
