import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/core/**/*.test.ts', 'test/unit/**/*.test.ts', 'test/fuzz/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
    env: { SANXIAN_LOG: 'warn' },
  },
});
