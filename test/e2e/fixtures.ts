// Each test gets its own data folder, a fresh registry database in it, and a running server.
import { test as base, expect } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppShell } from './pages/AppShell';
import { PeoplePage } from './pages/PeoplePage';
import { SettingsPage } from './pages/SettingsPage';
import { RegistryServer } from './registryServer';

interface Fixtures {
  readonly registry: RegistryServer;
  readonly app: AppShell;
  /** The people page, opened (it is the start page). */
  readonly people: PeoplePage;
  readonly settings: SettingsPage;
}

export const test = base.extend<Fixtures>({
  // Playwright reads a fixture's dependencies from the destructuring pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  registry: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'sanxian-e2e-'));
    const registry = new RegistryServer(join(dir, 'registry.sqlite3'));
    await registry.start();
    try {
      await use(registry);
    } finally {
      await registry.stop();
      await rm(dir, { recursive: true, force: true });
    }
  },
  app: async ({ page, registry }, use) => {
    // Script errors and console errors fail the test: a CSP violation, for one, only shows there.
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    const app = new AppShell(page, registry);
    await app.open();
    await use(app);
    expect(problems).toEqual([]);
  },
  people: async ({ app }, use) => {
    // The app opens on the dashboard; people tests start where staff would go next.
    await app.navigateTo('人员');
    await expect(app.heading).toHaveText('人员');
    await use(new PeoplePage(app.page));
  },
  settings: async ({ app }, use) => {
    await app.navigateTo('设置');
    await use(new SettingsPage(app.page));
  },
});

export { expect };
