// `npm run test:safety`: the crash-proof-writes suite (test/safety). Each file kills a child
// process a hundred times, so the files run in forks, two at a time, with long timeouts; the
// figures are printed with console.log and shown by the default reporter.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/safety/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 2,
    globalSetup: ['test/safety/setup.ts'],
    testTimeout: 300_000,
    hookTimeout: 120_000,
    env: { SANXIAN_LOG: 'warn' },
  },
});
