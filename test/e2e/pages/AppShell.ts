// The main window: the navigation, the page heading, and opening the app from the server.
import { expect, type Locator, type Page } from '@playwright/test';
import type { RegistryServer } from '../registryServer';
import { SignInPage } from './SignInPage';

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

  /**
   * Loads the app from wherever the server now listens and waits until it has started. A new
   * server starts signed out: the test staff member signs in, so every test begins at work.
   */
  async open(hash = ''): Promise<void> {
    await this.page.goto(this.registry.url + hash);
    const signIn = new SignInPage(this.page);
    await expect(this.heading.or(signIn.screen)).toBeVisible();
    if (await signIn.screen.isVisible()) await signIn.signIn();
    // The heading appears once the start route has rendered its page, not just the frame.
    await expect(this.heading).not.toBeEmpty();
  }

  async navigateTo(label: string): Promise<void> {
    await this.page.getByRole('navigation').getByRole('menuitem', { name: label, exact: true }).click();
  }

  /** Restarts the server and loads the app again on the page it showed, as a reload would. */
  async restartServerAndReopen(): Promise<void> {
    const { hash } = new URL(this.page.url());
    await this.registry.restart();
    await this.open(hash);
  }
}
