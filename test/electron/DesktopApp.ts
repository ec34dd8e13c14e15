// Page object for the packaged-style Electron app: launches dist/shell/main.cjs on a given data
// folder and talks to it the way the renderer does, through window.sanxian.rpc.
/// <reference lib="dom" />
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, type ElectronApplication, type Locator, type Page } from '@playwright/test';
import type { RpcResponse } from '../../electron/contract/errors';
import { SignInPage } from '../e2e/pages/SignInPage';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The Electron executable, or null when npm skipped its download (as on the build machines). */
export const electronBinary: string | null = (() => {
  try {
    // The electron package names its binary via path.txt and throws when there is none.
    const binary: unknown = createRequire(import.meta.url)('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
})();

type Bridge = { rpc(method: string, input: unknown): Promise<RpcResponse<unknown>> };

export class DesktopApp {
  readonly navigation: Locator;
  private closed = false;

  private constructor(
    readonly electronApp: ElectronApplication,
    readonly window: Page,
  ) {
    this.navigation = window.getByRole('navigation').getByRole('menuitem');
  }

  /** Starts the app with its registry and its Chromium profile inside `dataDir`. */
  static async launch(dataDir: string): Promise<DesktopApp> {
    if (electronBinary === null) throw new Error('Electron binary not installed');
    const electronApp = await electron.launch({
      executablePath: electronBinary,
      args: [path.join(projectRoot, 'dist', 'shell', 'main.cjs')],
      cwd: projectRoot,
      env: {
        ...process.env,
        SANXIAN_DB: path.join(dataDir, 'registry.sqlite3'),
        // userDataDir() follows these, so the profile and the single-instance lock are per test.
        XDG_CONFIG_HOME: dataDir,
        APPDATA: dataDir,
      },
    });
    const window = await electronApp.firstWindow();
    const app = new DesktopApp(electronApp, window);
    // Each start of the app asks who is working; the window's session then lets rpc calls through.
    const signIn = new SignInPage(window);
    await app.navigation.first().or(signIn.screen).waitFor();
    if (await signIn.screen.isVisible()) await signIn.signIn();
    await app.navigation.first().waitFor();
    return app;
  }

  rpc<T = unknown>(method: string, input: unknown): Promise<RpcResponse<T>> {
    return this.window.evaluate(
      ([m, i]) => (window as unknown as { sanxian: Bridge }).sanxian.rpc(m, i),
      [method, input] as const,
    ) as Promise<RpcResponse<T>>;
  }

  /** Safe to call twice: a test may close the app itself before the fixture does. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.electronApp.close();
  }
}
