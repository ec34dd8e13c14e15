// Each test gets a fresh data folder (registry file and Chromium profile) and the app running on it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { DesktopApp, projectRoot } from './DesktopApp';

interface Fixtures {
  readonly dataDir: string;
  readonly desktop: DesktopApp;
}

interface WorkerFixtures {
  readonly prepared: void;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  // Once per worker: the app must be built, and better-sqlite3 needs its verified Electron build.
  prepared: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      for (const file of ['dist/shell/main.cjs', 'dist/shell/preload.cjs', 'dist/renderer/index.html']) {
        if (!existsSync(path.join(projectRoot, file))) throw new Error(`${file} is missing: run "npm run build" first`);
      }
      const native = spawnSync(process.execPath, ['scripts/electron-native.mjs'], { cwd: projectRoot, encoding: 'utf8' });
      if (native.status !== 0) throw new Error(`scripts/electron-native.mjs failed: ${native.stderr}`);
      await use();
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sanxian-electron-'));
    try {
      await use(dir);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
  // Depends on `prepared` only for its side effect; Playwright reads the name from the pattern.
  desktop: async ({ dataDir, prepared: _prepared }, use) => {
    const app = await DesktopApp.launch(dataDir);
    try {
      await use(app);
    } finally {
      await app.close();
    }
  },
});

export { expect };
