// End-to-end tests. Browser mode runs in Debian's Chromium where Playwright's own browser is not
// installed (these machines cannot download it); the Electron project skips itself when the
// Electron binary is missing.
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

const systemChromium = '/usr/bin/chromium';

export default defineConfig({
  // Whole flows (sign in, fill a form, check the record) on a 2-core machine: generous per test,
  // while each expectation keeps its own short timeout.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  projects: [
    {
      name: 'browser',
      testDir: 'test/e2e',
      outputDir: 'test-results/browser',
      use: {
        locale: 'zh-CN',
        // As on a computer with animations turned off, which the app follows: a click is never
        // aimed at a dialog still zooming in (seen missing its 保存 on a loaded CI machine).
        reducedMotion: 'reduce',
        screenshot: 'only-on-failure',
        launchOptions: {
          ...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
    { name: 'electron', testDir: 'test/electron', outputDir: 'test-results/electron' },
  ],
});
