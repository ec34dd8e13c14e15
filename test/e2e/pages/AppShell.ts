// The main window: the navigation, the page heading, and opening the app from the server.
import { expect, type Locator, type Page } from '@playwright/test';
import type { RegistryServer } from '../registryServer';

export class AppShell {
  readonly navigation: Locator;
  readonly heading: Locator;

  constructor(
    readonly page: Page,
    private readonly registry: RegistryServer,
  ) {
    this.navigation = page.getByRole('navigation').getByRole('menuitem');
    // The page's own title; skeletons further down the page render empty headings too.
    this.heading = page.getByRole('main').getByRole('heading').first();
  }

  /** Loads the app from wherever the server now listens and waits until it has started. */
  async open(hash = ''): Promise<void> {
    await this.page.goto(this.registry.url + hash);
    // The heading appears once the start route has rendered its page, not just the frame.
    await expect(this.heading).not.toBeEmpty();
  }

  async navigateTo(label: string): Promise<void> {
    await this.page.getByRole('navigation').getByRole('menuitem', { name: label, exact: true }).click();
  }

  async restartServerAndReopen(): Promise<void> {
    await this.registry.restart();
    await this.open();
  }
}
